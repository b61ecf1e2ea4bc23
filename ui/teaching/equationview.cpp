// SPDX-License-Identifier: MIT
#include "ui/teaching/equationview.h"

#include "ui/common/layoutrecorder.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

#include <cmath>

namespace rnnlab {

namespace {
constexpr double minimumScale = 0.7; // below this the numbers are too small to read

//! How many decimals an item's numbers get: two for weights and activations, more for small
//! gradients (so that 0.0041 does not read 0.00); the same for every number of the item, so that
//! its columns line up. −1: scientific notation.
int decimalsFor(const EquationItem &item)
{
    double largest = 0.0;
    for (float v : item.values) {
        if (std::isfinite(v))
            largest = std::max(largest, double(std::abs(v)));
    }
    if (largest == 0.0 || largest >= 0.1)
        return 2;
    if (largest >= 0.01)
        return 3;
    if (largest >= 0.001)
        return 4;
    return -1;
}

QString formatted(float value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("⋯");
    if (!std::isfinite(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (std::abs(value) >= 99.995)
        return QString::number(value, 'g', 2);
    if (decimals < 0)
        return value == 0.0f ? QStringLiteral("0") : QString::number(value, 'e', 1);
    return QString::number(value, 'f', decimals);
}

//! The widest number an item with \a decimals can show.
QString widest(int decimals)
{
    return decimals < 0 ? QStringLiteral("-8.8e-88") : QStringLiteral("-0.") + QString(decimals, u'0');
}
} // namespace

EquationView::EquationView(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QFont EquationView::scaledFont(double scale) const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * scale);
    return f;
}

EquationView::Metrics EquationView::metrics(const QFont &font) const
{
    const QFontMetricsF fm(font);
    return Metrics{fm.horizontalAdvance(QStringLiteral("-0.00")) + 5, fm.height(), fm.height(), fm.averageCharWidth(),
                   std::max(4.0, fm.averageCharWidth() * 0.8)};
}

QSizeF EquationView::itemSize(const EquationItem &item, const QFont &font, const Metrics &m) const
{
    if (item.kind == EquationItem::Kind::Text) {
        QFont f = font;
        f.setBold(item.emphasis);
        return QSizeF(QFontMetricsF(f).horizontalAdvance(item.text), m.cellHeight);
    }
    const QFontMetricsF fm(font);
    const double cell = std::max(m.cellWidth, fm.horizontalAdvance(widest(decimalsFor(item))) + 5);
    const double width = std::max(item.columns() * cell + 2 * m.bracket, fm.horizontalAdvance(item.text) * 0.9);
    return QSizeF(width, item.rows() * m.cellHeight + m.labelHeight + 4);
}

std::vector<const EquationLine *> EquationView::shownLines() const
{
    std::vector<const EquationLine *> lines;
    for (const auto &line : m_equation.lines) {
        if (line.current || !m_currentOnly)
            lines.push_back(&line);
    }
    return lines;
}

QSizeF EquationView::naturalSize(const QFont &font) const
{
    const Metrics m = metrics(font);
    const QFontMetricsF fm(font);
    // The symbolic line and the caption are elided to the width: only the substituted lines
    // decide how much room the equations need.
    double width = 0;
    double height = fm.height() + 6; // one header line
    for (const EquationLine *shown : shownLines()) {
        const EquationLine &line = *shown;
        double lineWidth = 0;
        double lineHeight = m.cellHeight;
        for (const auto &item : line.items) {
            const QSizeF size = itemSize(item, font, m);
            lineWidth += size.width() + m.gap;
            lineHeight = std::max(lineHeight, size.height());
        }
        width = std::max(width, lineWidth);
        height += lineHeight + m.gap * 1.5;
    }
    return QSizeF(width + 16, height + 8);
}

QSize EquationView::room() const
{
    // In a scroll area: all the room it has without scroll bars (maximumViewportSize), so that the
    // scale fit() picks does not depend on whether the bars happen to be showing. Were it the
    // viewport's size, a scale that needs a scroll bar would shrink the viewport to another scale
    // that needs none, and the two would swap for good (the What-if freeze of issue 14).
    QWidget *viewport = parentWidget();
    if (auto *area = viewport ? qobject_cast<QAbstractScrollArea *>(viewport->parentWidget()) : nullptr)
        return area->maximumViewportSize();
    return viewport ? viewport->size() : size();
}

void EquationView::fit()
{
    // The largest text scale (≤ 1) at which everything fits; when even the legible minimum does
    // not fit, the context lines go first (the current phase's line stays); then scroll.
    m_currentOnly = false;
    QSizeF natural = naturalSize(font());
    const QSize space = room();
    if (std::min(space.width() / natural.width(), space.height() / natural.height()) < 0.9) {
        bool hasContext = false;
        for (const auto &line : m_equation.lines)
            hasContext = hasContext || !line.current;
        bool hasCurrent = false;
        for (const auto &line : m_equation.lines)
            hasCurrent = hasCurrent || line.current;
        if (hasContext && hasCurrent) {
            m_currentOnly = true;
            natural = naturalSize(font());
        }
    }
    const double available = std::min(space.width() / natural.width(), space.height() / natural.height());
    const double scale = std::clamp(available, minimumScale, 1.0);
    if (std::abs(scale - m_scale) > 0.01) {
        m_scale = scale;
        updateGeometry();
        update();
    }
}

void EquationView::setEquation(Equation equation)
{
    m_equation = std::move(equation);
    m_scale = 1.0;
    fit();
    updateGeometry();
    update();
}

QSize EquationView::sizeHint() const
{
    return naturalSize(font()).toSize();
}

QSize EquationView::minimumSizeHint() const
{
    // What the parent scroll area must provide at the scale fit() chose (scrolling beyond it).
    return naturalSize(scaledFont(m_scale)).toSize();
}

bool EquationView::event(QEvent *event)
{
    // In a scroll area the room is the viewport's: follow its size, not only ours (which stays
    // at our minimum while we are larger than it).
    if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    return QWidget::event(event);
}

bool EquationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QWidget::eventFilter(watched, event);
}

void EquationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void EquationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont font = scaledFont(m_scale);
    const Metrics m = metrics(font);
    const QFontMetricsF fm(font);
    const QPalette &pal = palette();
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    double y = 4;

    // One header line: where the walk is (bold), then the lecture's equations (italic, quieter).
    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    const double room = width() - 16;
    const QString caption = QFontMetricsF(bold).elidedText(m_equation.caption, Qt::ElideRight, room);
    const double captionWidth = QFontMetricsF(bold).horizontalAdvance(caption);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QPointF(8, y + fm.ascent()), caption);
    if (room - captionWidth > 80) {
        painter.setFont(italic);
        painter.setPen(quiet);
        painter.drawText(
            QPointF(8 + captionWidth + 14, y + fm.ascent()),
            QFontMetricsF(italic).elidedText(m_equation.symbolic, Qt::ElideRight, room - captionWidth - 14));
    }
    y += fm.height() + 6;

    for (const EquationLine *shown : shownLines()) {
        const EquationLine &line = *shown;
        double lineHeight = m.cellHeight;
        for (const auto &item : line.items)
            lineHeight = std::max(lineHeight, itemSize(item, font, m).height());
        const double matrixTop = y;
        double x = 8;
        for (const auto &item : line.items) {
            const QSizeF size = itemSize(item, font, m);
            const QColor ink = line.current ? pal.color(QPalette::Text) : quiet;
            if (item.kind == EquationItem::Kind::Text) {
                QFont f = font;
                f.setBold(item.emphasis && line.current);
                painter.setFont(f);
                painter.setPen(ink);
                // Vertically centred on the matrices' cells (not their labels).
                const double cellsHeight = lineHeight - m.labelHeight - 4;
                painter.drawText(QRectF(x, matrixTop, size.width() + 2, std::max(cellsHeight, m.cellHeight)),
                                 Qt::AlignLeft | Qt::AlignVCenter, item.text);
                LayoutRecorder::note(painter,
                                     QRectF(x, matrixTop, size.width() + 2, std::max(cellsHeight, m.cellHeight)),
                                     Qt::AlignLeft | Qt::AlignVCenter, item.text, {"equations", "text"});
                x += size.width() + m.gap;
                continue;
            }
            const int decimals = decimalsFor(item);
            const double cellWidth = std::max(m.cellWidth, fm.horizontalAdvance(widest(decimals)) + 5);
            const double cellsHeight = item.rows() * m.cellHeight;
            const double cellsWidth = item.columns() * cellWidth;
            const double left = x + (size.width() - cellsWidth - 2 * m.bracket) / 2;
            const double top = matrixTop + (lineHeight - m.labelHeight - 4 - cellsHeight) / 2;
            const QRectF cells(left + m.bracket, top, cellsWidth, cellsHeight);
            // The row / column in focus.
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlphaF(line.current ? 0.22 : 0.1);
            for (int r = 0; r < item.rows(); ++r) {
                if (item.rowIndex[static_cast<std::size_t>(r)] == item.highlightRow && item.highlightRow >= 0)
                    painter.fillRect(QRectF(cells.left(), cells.top() + r * m.cellHeight, cellsWidth, m.cellHeight),
                                     tint);
            }
            for (int c = 0; c < item.columns(); ++c) {
                if (item.columnIndex[static_cast<std::size_t>(c)] == item.highlightColumn && item.highlightColumn >= 0)
                    painter.fillRect(QRectF(cells.left() + c * cellWidth, cells.top(), cellWidth, cellsHeight), tint);
            }
            QFont f = font;
            f.setBold(item.emphasis && line.current);
            painter.setFont(f);
            painter.setPen(ink);
            for (int r = 0; r < item.rows(); ++r) {
                for (int c = 0; c < item.columns(); ++c) {
                    const bool gapRow = item.rowIndex[static_cast<std::size_t>(r)] < 0;
                    const bool gapColumn = item.columnIndex[static_cast<std::size_t>(c)] < 0;
                    const QString value = gapRow ? QStringLiteral("⋮")
                        : gapColumn              ? QStringLiteral("⋯")
                                                 : formatted(item.at(r, c), decimals);
                    painter.drawText(
                        QRectF(cells.left() + c * cellWidth, cells.top() + r * m.cellHeight, cellWidth, m.cellHeight),
                        Qt::AlignCenter, value);
                    LayoutRecorder::note(
                        painter,
                        QRectF(cells.left() + c * cellWidth, cells.top() + r * m.cellHeight, cellWidth, m.cellHeight),
                        Qt::AlignCenter, value, {"equations", "value", -1, -1, item.rowIndex[std::size_t(r)]});
                }
            }
            // Brackets, in the matrix's identity colour when it is one of W_xh, W_hh, W_hy.
            QColor bracketColour = item.role ? matrixColor(*item.role) : ink;
            if (!line.current)
                bracketColour.setAlphaF(0.5);
            painter.setPen(QPen(bracketColour, item.role ? 2.0 : 1.2));
            const double b = m.bracket;
            const QRectF frame = cells.adjusted(-b * 0.7, 0, b * 0.7, 0);
            painter.drawPolyline(QPolygonF{QPointF(frame.left() + b * 0.6, frame.top()), frame.topLeft(),
                                           frame.bottomLeft(), QPointF(frame.left() + b * 0.6, frame.bottom())});
            painter.drawPolyline(QPolygonF{QPointF(frame.right() - b * 0.6, frame.top()), frame.topRight(),
                                           frame.bottomRight(), QPointF(frame.right() - b * 0.6, frame.bottom())});
            // The name under it.
            QFont label = font;
            label.setItalic(true);
            label.setPointSizeF(font.pointSizeF() * 0.9);
            painter.setFont(label);
            painter.setPen(item.role
                               ? matrixColor(*item.role).darker(pal.color(QPalette::Base).lightness() > 128 ? 125 : 80)
                               : quiet);
            painter.drawText(QRectF(x - 4, top + cellsHeight + 2, size.width() + 8, m.labelHeight),
                             Qt::AlignHCenter | Qt::AlignTop,
                             QFontMetricsF(label).elidedText(item.text, Qt::ElideRight, size.width() + 8));
            x += size.width() + m.gap;
        }
        y += lineHeight + m.gap * 1.5;
    }
}

} // namespace rnnlab
