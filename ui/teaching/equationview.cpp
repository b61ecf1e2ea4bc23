// SPDX-License-Identifier: MIT
#include "ui/teaching/equationview.h"

#include "ui/common/layoutrecorder.h"
#include "ui/common/readernumber.h"
#include "ui/teaching/printedarithmetic.h"
#include "ui/teaching/symboltext.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QFontInfo>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {
constexpr double minimumScale = 0.7; // below this the numbers are too small to read …
constexpr double minimumPixels = 10.0; // … and never below 10 px (issue 14)

//! The width of one number's cell of \a item: the widest number it may print, and room around.
double cellWidthOf(const EquationItem &item, const QFontMetricsF &fm, double minimum)
{
    double width = std::max(minimum, fm.horizontalAdvance(EquationView::widest(EquationView::decimals(item))) + 8);
    // From 100 on number() prints two significant digits in scientific notation (exp(y_t) can be).
    if (std::any_of(item.values.cbegin(), item.values.cend(), [](float v) { return std::abs(v) >= 99.995f; }))
        width = std::max(width, fm.horizontalAdvance(EquationView::widest(-1)) + 8);
    return width;
}

} // namespace

QString EquationView::roundingNote()
{
    return tr("Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the "
              "exact values, so working them out from the printed numbers may change a last digit; "
              "the graph shows every digit on hover.");
}

bool EquationView::showsRoundingNote() const
{
    return m_currentOnly ? m_roundingDiffersInCurrent : m_roundingDiffers;
}

EquationView::NotePlacement EquationView::notePlacement(const QFont &font, double linesWidth) const
{
    NotePlacement note;
    if (!showsRoundingNote())
        return note;
    QFont italic = font;
    italic.setItalic(true);
    const double em = QFontMetricsF(italic).averageCharWidth();
    const double spare = room().width() - 16 - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - linesWidth - 3 * em;
    note.beside = spare >= 22 * em;
    note.left = note.beside ? 8 + linesWidth + 3 * em : 8;
    note.lines = SymbolText::wrap(roundingNote(), italic, note.beside ? std::min(spare, 44 * em) : headerWidth());
    return note;
}

double EquationView::linesWidth(const QFont &font) const
{
    const Metrics m = metrics(font);
    double width = 0;
    for (const EquationLine *line : shownLines()) {
        double lineWidth = 0;
        for (const auto &item : line->items)
            lineWidth += itemSize(item, font, m).width() + m.gap;
        width = std::max(width, lineWidth);
    }
    return width;
}

int EquationView::decimals(const EquationItem &item)
{
    return decimalsOf(item.values.data(), item.values.size());
}

int EquationView::decimalsOf(const float *values, std::size_t count)
{
    double largest = 0.0;
    bool saturated = false;
    for (std::size_t i = 0; i < count; ++i) {
        const float v = values[i];
        if (std::isfinite(v)) {
            largest = std::max(largest, double(std::abs(v)));
            saturated = saturated || (std::abs(v) >= 0.995f && std::abs(v) < 1.0f);
        }
    }
    const int decimals = decimalsFor(largest);
    // A saturated tanh or σ (or a sure probability) of 0.996 would print "1.00", and 1 − h² = 0
    // by hand where the engine's is 0.008: three decimals for the whole column.
    return decimals == 2 && saturated ? 3 : decimals;
}

int EquationView::decimalsFor(double largest)
{
    if (!(largest > 0.0) || largest >= 0.1)
        return 2;
    if (largest >= 0.01)
        return 3;
    if (largest >= 0.001)
        return 4;
    return -1;
}

QString EquationView::number(float value, int decimals)
{
    return ReaderNumber::fromC(plainNumber(value, decimals));
}

QString EquationView::plainNumber(float value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("⋯");
    if (!std::isfinite(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QString text;
    if (std::abs(value) >= 999999.5) {
        // Two significant digits times a power of ten, as a textbook writes it ("1.5×10⁷"), not "1.5e+07".
        const QString e = QString::number(value, 'e', 1); // "1.5e+07"
        text = SymbolText::unicode(
            QStringLiteral("%1×10^{%2}").arg(e.left(e.indexOf(u'e'))).arg(e.mid(e.indexOf(u'e') + 1).toInt()));
    } else if (std::abs(value) >= 99.995) {
        text = QString::number(value, 'f', 0); // exp(y_t) after training: "150", not "1.5e+02"
    } else if (decimals < 0)
        text = value == 0.0f ? QStringLiteral("0") : QString::number(value, 'e', 1);
    else
        text = QString::number(value, 'f', decimals);
    if (text.startsWith(u'-')
        && !std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c != u'0'; }))
        text.remove(0, 1); // "-0.00": rounds to zero
    return text.replace(u'-', QChar(0x2212));
}

QString EquationView::widest(int decimals)
{
    return ReaderNumber::fromC(decimals < 0 ? QStringLiteral("−8.8e−88")
                                            : QStringLiteral("−0.") + QString(decimals, u'0'));
}

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
    return Metrics{fm.horizontalAdvance(QStringLiteral("−0.00")) + 8, fm.height(), fm.height(), fm.averageCharWidth(),
                   std::max(4.0, fm.averageCharWidth() * 0.8)};
}

double EquationView::lineGap(const Metrics &m) const
{
    return m.gap * (m_tightLines ? 0.5 : 1.5);
}

QFont EquationView::labelFont(const QFont &font)
{
    QFont label = font;
    label.setItalic(true);
    label.setPointSizeF(font.pointSizeF() * 0.9);
    return label;
}

QSizeF EquationView::itemSize(const EquationItem &item, const QFont &font, const Metrics &m) const
{
    if (item.kind == EquationItem::Kind::Text) {
        QFont f = font;
        f.setBold(item.emphasis);
        return QSizeF(SymbolText::width(item.text, f), m.cellHeight);
    }
    const QFontMetricsF fm(font);
    const double cell = cellWidthOf(item, fm, m.cellWidth);
    // The name under it is never cut: the item is as wide as its name.
    const double width = std::max(item.columns() * cell + 2 * m.bracket, SymbolText::width(item.text, labelFont(font)));
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

double EquationView::headerWidth() const
{
    // The room's, less a vertical scroll bar that may show: never our own width, which follows
    // our size hint (a header measured on it would feed back into it).
    return std::max(120, room().width() - 16 - style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

std::vector<EquationView::HeaderLine> EquationView::headerLines(const QFont &font) const
{
    const QString key = font.key() + u'|' + QString::number(headerWidth());
    for (const auto &[k, lines] : m_headers) {
        if (k == key)
            return lines;
    }
    // Where the walk is (bold), then the lecture's equations (italic, quieter): wrapped, never cut.
    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    std::vector<HeaderLine> lines;
    for (const QString &line : SymbolText::wrap(m_equation.caption, bold, headerWidth()))
        lines.push_back(HeaderLine{line, true});
    if (!m_equation.symbolic.isEmpty()) {
        for (const QString &line : SymbolText::wrap(m_equation.symbolic, italic, headerWidth()))
            lines.push_back(HeaderLine{line, false});
    }
    if (m_headers.size() >= 8) // resized often: keep the newest few
        m_headers.clear();
    m_headers.emplace_back(key, lines);
    return lines;
}

QSizeF EquationView::naturalSize(const QFont &font) const
{
    const QString key = font.key() + u'|' + QString::number(headerWidth())
        + (m_currentOnly ? QStringLiteral("|c") : QString()) + (m_tightLines ? QStringLiteral("|t") : QString());
    for (const auto &[k, size] : m_sizes) {
        if (k == key)
            return size;
    }
    const Metrics m = metrics(font);
    const QFontMetricsF fm(font);
    double width = 0;
    double height = double(headerLines(font).size()) * fm.height() + 6;
    const double linesTop = height;
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
        height += lineHeight + lineGap(m);
    }
    const NotePlacement note = notePlacement(font, width);
    const double noteHeight = double(note.lines.size()) * fm.height();
    if (note.beside) {
        double noteWidth = 0;
        QFont italic = font;
        italic.setItalic(true);
        for (const QString &line : note.lines)
            noteWidth = std::max(noteWidth, SymbolText::width(line, italic));
        width = note.left - 8 + noteWidth;
        height = std::max(height, linesTop + noteHeight);
    } else {
        height += noteHeight;
    }
    const QSizeF size(width + 16, height + 8);
    if (m_sizes.size() >= 8)
        m_sizes.clear();
    m_sizes.emplace_back(key, size);
    return size;
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
    // not fit, the context lines go first (the current phase's line stays), then the space between
    // the lines; then scroll, to the current phase's last line (revealCurrent).
    m_currentOnly = false;
    const bool wasTight = m_tightLines;
    m_tightLines = false;
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
    const double pixels = QFontInfo(font()).pixelSize();
    const double legible = std::min(1.0, std::max(minimumScale, pixels > 0 ? minimumPixels / pixels : 0.0));
    double scale = std::clamp(available, legible, 1.0);
    // Text does not shrink in proportion (pixel sizes and line heights round, the header wraps
    // anew): at the scale the ratio gives, the equations may still overrun the panel by a few
    // pixels. A few steps smaller until they fit, when the ratio says they should.
    for (int tries = 0; available >= legible && scale > legible && tries < 6; ++tries) {
        const QSizeF size = naturalSize(scaledFont(scale));
        if (size.width() <= space.width() && size.height() <= space.height())
            break;
        scale = std::max(legible, scale * 0.98);
    }
    // Still taller than the panel at the legible minimum: the lines closer together before the
    // panel scrolls (at 1920 × 1080 in presentation mode the output phase's six lines overran it
    // by 32 px, the last line's labels cut).
    if (naturalSize(scaledFont(scale)).height() > space.height()) {
        m_tightLines = true;
        if (naturalSize(scaledFont(scale)).height() > space.height())
            m_tightLines = false; // scrolls either way: the usual spacing (revealCurrent)
    }
    if (std::abs(scale - m_scale) > 0.01 || m_tightLines != wasTight) {
        m_scale = scale;
        updateGeometry();
        update();
    }
}

void EquationView::setEquation(Equation equation)
{
    if (equation.caption != m_equation.caption || equation.symbolic != m_equation.symbolic)
        m_headers.clear();
    m_sizes.clear();
    m_equation = std::move(equation);
    m_roundingDiffers = m_roundingDiffersInCurrent = false;
    for (const EquationLine &line : m_equation.lines) {
        if (PrintedArithmetic::differs(line)) {
            m_roundingDiffers = true;
            m_roundingDiffersInCurrent = m_roundingDiffersInCurrent || line.current;
        }
    }
    m_scale = 1.0;
    fit();
    updateGeometry();
    update();
    // Once the scroll area has the new size: scrolled to the current phase's lines.
    if (!m_revealPending) {
        m_revealPending = true;
        QTimer::singleShot(0, this, [this] {
            revealCurrent();
            m_revealPending = false;
        });
    }
}

std::pair<double, double> EquationView::currentSpan(const QFont &font) const
{
    // As paintEvent() lays them out: the header, then the shown lines one under the other.
    const Metrics m = metrics(font);
    double y = 4 + double(headerLines(font).size()) * QFontMetricsF(font).height() + 6;
    double top = -1;
    double bottom = -1;
    for (const EquationLine *line : shownLines()) {
        double lineHeight = m.cellHeight;
        for (const auto &item : line->items)
            lineHeight = std::max(lineHeight, itemSize(item, font, m).height());
        if (line->current) {
            top = top < 0 ? y : top;
            bottom = y + lineHeight;
        }
        y += lineHeight + lineGap(m);
    }
    return {top, bottom};
}

void EquationView::revealCurrent()
{
    // In a scroll area taller than the panel: the current phase's last line whole (a result's
    // labels were cut at the bottom edge), then as much of the lines before it as fits.
    QWidget *viewport = parentWidget();
    auto *area = viewport ? qobject_cast<QScrollArea *>(viewport->parentWidget()) : nullptr;
    if (!area)
        return;
    const auto [top, bottom] = currentSpan(scaledFont(m_scale));
    if (top < 0)
        return;
    const int x = area->horizontalScrollBar()->value();
    area->ensureVisible(x, int(std::floor(top)), 0, 2);
    area->ensureVisible(x, int(std::ceil(bottom)), 0, 4);
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
    if (m_revealPending) // the scroll area's new range, before the queued reveal
        revealCurrent();
}

void EquationView::drawText(QPainter &painter, const QRectF &rect, int alignment, const QString &text,
                            const TextTag &tag) const
{
    SymbolText::draw(painter, rect, alignment, text);
    LayoutRecorder::note(painter, rect, alignment, text, tag); // --layout-json: one place for every text
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

    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    for (const HeaderLine &line : headerLines(font)) {
        painter.setFont(line.caption ? bold : italic);
        painter.setPen(line.caption ? pal.color(QPalette::Text) : quiet);
        drawText(painter, QRectF(8, y, headerWidth(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line.text);
        y += fm.height();
    }
    y += 6;
    const double linesTop = y;

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
                drawText(painter, QRectF(x, matrixTop, size.width() + 2, std::max(cellsHeight, m.cellHeight)),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text, {"equations", "text"});
                x += size.width() + m.gap;
                continue;
            }
            const int places = decimals(item);
            const double cellWidth = cellWidthOf(item, fm, m.cellWidth);
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
                    const QRectF cell(cells.left() + c * cellWidth, cells.top() + r * m.cellHeight, cellWidth,
                                      m.cellHeight);
                    // Numbers right-aligned in their column, so that the decimal points line up
                    // (every number of an item has as many decimals); the gaps' dots centred.
                    if (gapRow || gapColumn)
                        drawText(painter, cell, Qt::AlignCenter, gapRow ? QStringLiteral("⋮") : QStringLiteral("⋯"));
                    else
                        drawText(painter, cell.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                                 number(item.at(r, c), places),
                                 {"equations", "value", -1, -1, item.rowIndex[std::size_t(r)]});
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
            // The name under it, whole (itemSize made room for it).
            painter.setFont(labelFont(font));
            painter.setPen(item.role
                               ? matrixColor(*item.role).darker(pal.color(QPalette::Base).lightness() > 128 ? 125 : 80)
                               : quiet);
            drawText(painter, QRectF(x, top + cellsHeight + 2, size.width(), m.labelHeight),
                     Qt::AlignHCenter | Qt::AlignTop, item.text);
            x += size.width() + m.gap;
        }
        y += lineHeight + lineGap(m);
    }

    // Why a printed result may not be the sum of its printed operands: once, quietly.
    // Beside them when there is room for it (nothing to scroll to), else under them.
    const NotePlacement note = notePlacement(font, linesWidth(font));
    painter.setFont(italic);
    painter.setPen(quiet);
    if (note.beside)
        y = linesTop;
    for (const QString &line : note.lines) {
        drawText(painter, QRectF(note.left, y, SymbolText::width(line, italic) + 2, fm.height()),
                 Qt::AlignLeft | Qt::AlignVCenter, line, {"equations", "note"});
        y += fm.height();
    }
}

} // namespace rnnlab
