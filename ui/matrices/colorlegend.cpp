// SPDX-License-Identifier: MIT
#include "ui/matrices/colorlegend.h"

#include "ui/common/colormap.h"
#include "ui/matrices/matrixlabels.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {
constexpr int barHeight = 12;
constexpr int barMinWidth = 120;
constexpr int barMaxWidth = 260;
constexpr int gap = 10; // between the caption and the bar
} // namespace

ColorLegend::ColorLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorLegend::setScale(double scale, const QString &caption)
{
    if (scale == m_scale && caption == m_caption)
        return;
    const bool resized = caption != m_caption
        || CellNumberFormat::forScale(scale).exponent != CellNumberFormat::forScale(m_scale).exponent;
    m_scale = scale;
    m_caption = caption;
    if (resized)
        updateGeometry();
    update();
}

QString ColorLegend::toolTipText() const
{
    const CellNumberFormat format = CellNumberFormat::forScale(m_scale);
    //: %1 the legend's caption (Weights), %2 the colour scale's end.
    QString text = tr("%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.")
                       .arg(m_caption, formatTickValue(m_scale));
    if (format.exponent != 0) {
        // An example from this scale: the darkest negative value as the cells print it.
        text += u'\n'
            //: %1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.
            + tr("The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.")
                  .arg(powerOfTen(format.exponent), format.format(-m_scale).replace(u'-', QChar(0x2212)),
                       formatTickValue(-m_scale));
    }
    text += u'\n'
        + tr("Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read "
             "its value.");
    return text;
}

QString ColorLegend::unitNote() const
{
    return CellNumberFormat::forScale(m_scale).unitNote();
}

bool ColorLegend::event(QEvent *event)
{
    // Built when asked for, not on every scale change (snapshots change the scale often).
    if (event->type() == QEvent::ToolTip) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), toolTipText(), this);
        return true;
    }
    return QWidget::event(event);
}

QStringList ColorLegend::tickLabels() const
{
    const double unit = std::pow(10.0, CellNumberFormat::forScale(m_scale).exponent);
    const double end = m_scale / unit;
    return {formatTickValue(-end), QStringLiteral("0"), u'+' + formatTickValue(end)};
}

QSize ColorLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QString note = unitNote();
    const int noteWidth = note.isEmpty() ? 0 : gap / 2 + metrics.horizontalAdvance(note);
    return QSize(QFontMetrics(bold).horizontalAdvance(m_caption) + gap + barMaxWidth + metrics.height() + noteWidth,
                 barHeight + 4 + metrics.height() + 2);
}

QSize ColorLegend::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return QSize(hint.width() - barMaxWidth + barMinWidth, hint.height());
}

void ColorLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::WindowText);

    QFont bold = font();
    bold.setBold(true);
    const int captionWidth = QFontMetrics(bold).horizontalAdvance(m_caption);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(0, 0, captionWidth, barHeight + 2), Qt::AlignLeft | Qt::AlignVCenter, m_caption);
    painter.setFont(font());

    // The bar, leaving half a tick label of room at both ends so "−2.5" and "+2.5" are not clipped.
    const QStringList ticks = tickLabels();
    const int halfLabel =
        std::max(metrics.horizontalAdvance(ticks.first()), metrics.horizontalAdvance(ticks.last())) / 2;
    const QString note = unitNote();
    const int noteWidth = note.isEmpty() ? 0 : gap / 2 + metrics.horizontalAdvance(note);
    const int left = captionWidth + gap + halfLabel;
    const int width = std::clamp(this->width() - left - std::max(halfLabel, noteWidth) - 1, 16, barMaxWidth);
    const QRect bar(left, 1, width, barHeight);
    for (int i = 0; i < width; ++i) {
        const double v = (2.0 * (i + 0.5) / width - 1.0) * m_scale;
        painter.fillRect(QRect(bar.left() + i, bar.top(), 1, bar.height()), valueColor(v, m_scale));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (!note.isEmpty()) {
        // Right of the bar, where a plot puts its axis' common factor.
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(bar.right() + 1 + gap / 2, 0, noteWidth, barHeight + 2),
                         Qt::AlignLeft | Qt::AlignVCenter, note);
    }

    // Ticks and their labels at −s, 0, +s.
    painter.setPen(text);
    const int xs[] = {bar.left(), bar.left() + bar.width() / 2, bar.right()};
    for (int k = 0; k < 3; ++k) {
        painter.drawLine(xs[k], bar.bottom() + 1, xs[k], bar.bottom() + 3);
        const int w = metrics.horizontalAdvance(ticks.at(k)) + 2;
        painter.drawText(QRect(xs[k] - w / 2, bar.bottom() + 4, w, metrics.height()), Qt::AlignCenter, ticks.at(k));
    }
}

} // namespace rnnlab
