// SPDX-License-Identifier: MIT
#include "ui/common/toolicon.h"

#include "ui/common/theme.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace rnnlab {

namespace {

//! Draws its shape each time it is asked, in the application palette of that moment.
class DrawnIconEngine : public QIconEngine
{
public:
    explicit DrawnIconEngine(ToolIcon::Kind kind)
        : m_kind(kind)
    { }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("rnnlab-tool"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // While rnnlab wears the desktop's palette, the desktop's icon theme fits it.
        if (currentTheme() == Theme::System && QIcon::hasThemeIcon(ToolIcon::themeName(m_kind))) {
            QIcon::fromTheme(ToolIcon::themeName(m_kind)).paint(painter, rect, Qt::AlignCenter, mode, state);
            return;
        }
        const QPalette palette = QApplication::palette();
        QColor color =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // A 16-unit grid inside the rect, 2 units of margin.
        const double side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
        painter->scale(side / 16.0, side / 16.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        switch (m_kind) {
        case ToolIcon::Kind::Play: painter->drawPolygon(QPolygonF({{4, 2}, {14, 8}, {4, 14}})); break;
        case ToolIcon::Kind::Pause:
            painter->drawRect(QRectF(3.5, 2.5, 3.5, 11));
            painter->drawRect(QRectF(9, 2.5, 3.5, 11));
            break;
        case ToolIcon::Kind::Step:
            painter->drawPolygon(QPolygonF({{2.5, 2.5}, {11, 8}, {2.5, 13.5}}));
            painter->drawRect(QRectF(11.5, 2.5, 2.5, 11));
            break;
        case ToolIcon::Kind::Reset: {
            // An arrow going round: most of a circle, its head at the top.
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(color, 2.2, Qt::SolidLine, Qt::FlatCap));
            painter->drawArc(QRectF(3, 3, 10, 10), 120 * 16, 290 * 16);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(QPolygonF({{5.2, 0.8}, {9.6, 3.6}, {5.0, 6.4}}));
            break;
        }
        case ToolIcon::Kind::ZoomIn:
        case ToolIcon::Kind::ZoomOut: {
            // A magnifying glass with + or − in its lens.
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(color, 1.8));
            painter->drawEllipse(QPointF(6.5, 6.5), 4.6, 4.6);
            painter->setPen(QPen(color, 2.6, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(10.2, 10.2), QPointF(14.2, 14.2));
            painter->setPen(QPen(color, 1.6, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(4.2, 6.5), QPointF(8.8, 6.5));
            if (m_kind == ToolIcon::Kind::ZoomIn)
                painter->drawLine(QPointF(6.5, 4.2), QPointF(6.5, 8.8));
            break;
        }
        case ToolIcon::Kind::ZoomFit: {
            // Four corners pointing out: the whole picture in the frame.
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(color, 2.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter->drawPolyline(QPolygonF({{2, 6}, {2, 2}, {6, 2}}));
            painter->drawPolyline(QPolygonF({{10, 2}, {14, 2}, {14, 6}}));
            painter->drawPolyline(QPolygonF({{14, 10}, {14, 14}, {10, 14}}));
            painter->drawPolyline(QPolygonF({{6, 14}, {2, 14}, {2, 10}}));
            painter->setPen(QPen(color, 1.4));
            painter->drawRect(QRectF(5.5, 5.5, 5, 5));
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

private:
    ToolIcon::Kind m_kind;
};

} // namespace

QString ToolIcon::themeName(Kind kind)
{
    switch (kind) {
    case Kind::Play: return QStringLiteral("media-playback-start");
    case Kind::Pause: return QStringLiteral("media-playback-pause");
    case Kind::Step: return QStringLiteral("media-skip-forward");
    case Kind::Reset: return QStringLiteral("view-refresh");
    case Kind::ZoomIn: return QStringLiteral("zoom-in");
    case Kind::ZoomOut: return QStringLiteral("zoom-out");
    case Kind::ZoomFit: return QStringLiteral("zoom-fit-best");
    }
    return {};
}

QIcon ToolIcon::icon(Kind kind)
{
    return QIcon(new DrawnIconEngine(kind));
}

} // namespace rnnlab
