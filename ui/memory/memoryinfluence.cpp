// SPDX-License-Identifier: MIT
#include "ui/memory/memoryinfluence.h"

#include "ui/common/colormap.h"
#include "ui/common/contrast.h"
#include "ui/common/hovertip.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/readability.h"
#include "ui/teaching/equationview.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {
constexpr double margin = 6.0;
} // namespace

MemoryInfluence::MemoryInfluence(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
}

void MemoryInfluence::setPicture(const MemoryPicture *picture)
{
    m_picture = picture;
    updateGeometry();
    update();
}

QFont MemoryInfluence::textFont() const
{
    QFont f = font();
    const double pixels = QFontInfo(f).pixelSize();
    if (pixels < Readability::normalPixels)
        f.setPixelSize(int(std::ceil(Readability::normalPixels)));
    return f;
}

double MemoryInfluence::cellWidth() const
{
    const QFontMetricsF metrics(textFont());
    const double least = leastCellWidth();
    const int steps = m_picture ? int(m_picture->characters.size()) : 1;
    return std::max(least, std::min(3 * least, (width() - 2 * margin) / std::max(steps, 1)));
}

double MemoryInfluence::leastCellWidth() const
{
    // The widest letter and a little air, at the readable size: a pangram's 43 characters fit
    // 1280×800's strip without scrolling (with 8 px of air, "the quick brown fox" was scrolled
    // off to the left).
    return QFontMetricsF(textFont()).horizontalAdvance(QStringLiteral("M")) + 4;
}

double MemoryInfluence::cellHeight() const
{
    return QFontMetricsF(textFont()).height() + 8;
}

QRectF MemoryInfluence::cellRect(int s) const
{
    return {margin + s * cellWidth(), height() - margin - cellHeight(), cellWidth(), cellHeight()};
}

QRectF MemoryInfluence::barArea() const
{
    const double top = margin + QFontMetricsF(textFont()).height() + 2;
    return {margin, top, width() - 2 * margin, height() - margin - cellHeight() - 4 - top};
}

QSize MemoryInfluence::minimumSizeHint() const
{
    const QFontMetricsF metrics(textFont());
    const int steps = m_picture ? int(m_picture->characters.size()) : 1;
    const double least = leastCellWidth();
    return {int(std::ceil(2 * margin + steps * least)), int(std::ceil(2 * margin + cellHeight() * 3.5))};
}

QSize MemoryInfluence::sizeHint() const
{
    return minimumSizeHint().expandedTo({320, 160});
}

int MemoryInfluence::stepAt(QPointF point) const
{
    if (!m_picture || m_picture->influence.empty())
        return -1;
    const int s = int(std::floor((point.x() - margin) / cellWidth()));
    if (s < 0 || s >= int(m_picture->influence.size()) || point.y() < margin || point.y() > height() - margin)
        return -1;
    return s;
}

QString MemoryInfluence::toolTipOf(int s) const
{
    if (!m_picture || s < 0 || s >= int(m_picture->influence.size()))
        return {};
    // Time steps on screen count 1…n (ARCHITECTURE.md, "Words on screen").
    return tr("x at step %1 (‘%2’) on the prediction of step %3 (‘%4’): ‖∂ log p / ∂x‖ = %5")
        .arg(s + 1)
        .arg(m_picture->characters.value(s), QString::number(m_picture->t + 1), m_picture->target,
             EquationView::number(float(m_picture->influence[std::size_t(s)]), 4));
}

QColor MemoryInfluence::shadeOf(double value, double largest)
{
    return valueColor(value, niceScale(largest));
}

bool MemoryInfluence::event(QEvent *event)
{
    if (HoverTip::handle(this, event, [this](QPoint point) { return toolTipOf(stepAt(point)); }))
        return true;
    return QWidget::event(event);
}

void MemoryInfluence::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(textFont());
    const QColor text = palette().color(QPalette::WindowText);
    if (!m_picture || m_picture->characters.isEmpty())
        return;
    const double largest = m_picture->largestInfluence();
    const QRectF bars = barArea();
    const QFontMetricsF metrics(painter.font());
    const int decimals = EquationView::decimalsFor(largest);
    for (int s = 0; s < int(m_picture->characters.size()); ++s) {
        const QRectF cell = cellRect(s).adjusted(1, 0, -1, 0);
        const bool looked = s < int(m_picture->influence.size());
        const double value = looked ? m_picture->influence[std::size_t(s)] : 0.0;
        const QColor fill = looked ? shadeOf(value, largest) : palette().color(QPalette::Window);
        painter.setPen(s == m_picture->t ? QPen(palette().color(QPalette::Highlight), 2) : QPen(text.lighter(), 0.5));
        painter.setBrush(fill);
        painter.drawRect(cell);
        // A step after t cannot change y_t: its character is drawn faded, not shaded.
        QColor ink = Contrast::textOn(fill, text);
        if (!looked)
            ink.setAlphaF(0.45);
        painter.setPen(ink);
        const QString character = m_picture->characters[s];
        painter.drawText(cell, Qt::AlignCenter, character);
        LayoutRecorder::note(painter, cell, Qt::AlignCenter, character, TextTag{"memory", "x", -1, s, -1});
        if (!looked || largest <= 0)
            continue;
        const double h = bars.height() * value / largest;
        const QRectF bar(cell.left() + 2, bars.bottom() - h, cell.width() - 4, h);
        painter.fillRect(bar, fill);
        painter.setPen(QPen(text, 0.5));
        painter.drawRect(bar);
        // The number above its bar where it fits at the readable size; otherwise on hover.
        const QString number = EquationView::number(float(value), decimals);
        if (metrics.horizontalAdvance(number) + 2 <= cellWidth()) {
            const QRectF label(cell.left(), bar.top() - metrics.height() - 1, cell.width(), metrics.height());
            painter.setPen(text);
            painter.drawText(label, Qt::AlignCenter, number);
            LayoutRecorder::note(painter, label, Qt::AlignCenter, number, TextTag{"memory", "influence", -1, s, -1});
        }
    }
    painter.setPen(QPen(text, 1));
    painter.drawLine(QPointF(bars.left(), bars.bottom()), QPointF(bars.right(), bars.bottom()));
}

} // namespace rnnlab
