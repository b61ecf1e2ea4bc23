// SPDX-License-Identifier: MIT
#include "ui/common/layoutrecorder.h"

#include "ui/common/readability.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegion>
#include <QWidget>

#include <cmath>

namespace rnnlab {

LayoutRecorder *LayoutRecorder::s_active = nullptr;

LayoutRecorder::LayoutRecorder() = default;

LayoutRecorder::~LayoutRecorder()
{
    if (s_active == this)
        s_active = nullptr;
}

void LayoutRecorder::setActive(bool active)
{
    if (active)
        s_active = this;
    else if (s_active == this)
        s_active = nullptr;
}

void LayoutRecorder::record(const QPainter &painter, const QRectF &rect, int flags, const QString &text,
                            const TextTag &tag)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Widget || text.isEmpty())
        return;
    const auto *widget = static_cast<const QWidget *>(device);
    // The painter's world transform is in the widget's own coordinates, also while a grab()
    // redirects the painting into a pixmap (the redirection offset is kept apart from it).
    const QTransform &transform = painter.worldTransform();
    const QRectF box = QFontMetricsF(painter.font()).boundingRect(rect, flags, text);
    const QRectF local = transform.mapRect(box);
    bool clipped = !widget->isVisible();
    if (painter.hasClipping() && !painter.clipBoundingRect().contains(box.adjusted(0.5, 0.5, -0.5, -0.5)))
        clipped = true;
    const QRect inner = local.adjusted(0.5, 0.5, -0.5, -0.5).toAlignedRect();
    if (!(QRegion(inner) - widget->visibleRegion()).isEmpty())
        clipped = true;
    RecordedText item;
    item.tag = tag;
    item.text = text;
    item.rect = local.translated(widget->mapTo(widget->window(), QPoint(0, 0)));
    const QFont &font = painter.font();
    item.pixelSize = Readability::pixelsOf(font.pointSizeF(), font.pixelSize(), widget->logicalDpiY())
        * std::sqrt(std::abs(transform.determinant()));
    item.clipped = clipped;
    m_items.push_back(std::move(item));
}

QByteArray LayoutRecorder::toJson() const
{
    const auto orNull = [](int value) { return value < 0 ? QJsonValue() : QJsonValue(value); };
    const auto round2 = [](double value) { return std::round(value * 100) / 100; };
    QJsonArray items;
    for (const RecordedText &item : m_items) {
        items.append(QJsonObject{
            {QStringLiteral("view"), QString::fromLatin1(item.tag.view)},
            {QStringLiteral("kind"), QString::fromLatin1(item.tag.kind)},
            {QStringLiteral("layer"), orNull(item.tag.layer)},
            {QStringLiteral("t"), orNull(item.tag.t)},
            {QStringLiteral("unit"), orNull(item.tag.unit)},
            {QStringLiteral("text"), item.text},
            {QStringLiteral("x"), round2(item.rect.x())},
            {QStringLiteral("y"), round2(item.rect.y())},
            {QStringLiteral("w"), round2(item.rect.width())},
            {QStringLiteral("h"), round2(item.rect.height())},
            {QStringLiteral("pixel_size"), round2(item.pixelSize)},
            {QStringLiteral("clipped"), item.clipped},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Indented);
}

} // namespace rnnlab
