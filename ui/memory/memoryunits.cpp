// SPDX-License-Identifier: MIT
#include "ui/memory/memoryunits.h"

#include "ui/common/colormap.h"
#include "ui/common/contrast.h"
#include "ui/common/hovertip.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/readability.h"
#include "ui/common/readernumber.h"
#include "ui/teaching/equationview.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace rnnlab {

namespace {
constexpr double margin = 6.0;
constexpr double gap = 16.0; // between the text and the list beside it
constexpr int leastPerLine = 8; // the list goes under the text rather than leave fewer characters a line

//! A score as the list prints it: two decimals, or scientific for the huge score of a unit that is
//! constant inside and outside (UnitRanking::minimumSd).
QString scoreText(double score, int decimals)
{
    return EquationView::number(float(score), score < 1000 ? decimals : -1);
}
} // namespace

MemoryUnits::MemoryUnits(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void MemoryUnits::setPicture(const UnitsPicture *picture, double scale)
{
    m_picture = picture;
    m_scale = scale;
    m_geometry.reset();
    const int units = m_picture ? m_picture->hiddenSize() : 0;
    m_unit = std::clamp(m_unit, 0, std::max(units - 1, 0));
    if (m_span && (!m_picture || m_span->text != m_picture->text || m_span->end > m_picture->steps()))
        m_span.reset();
    m_caret = std::clamp(m_caret, 0, std::max(m_picture ? m_picture->steps() - 1 : 0, 0));
    rank();
    updateGeometry();
    update();
}

void MemoryUnits::setUnit(int unit)
{
    const int units = m_picture ? m_picture->hiddenSize() : 0;
    unit = std::clamp(unit, 0, std::max(units - 1, 0));
    if (unit == m_unit)
        return;
    m_unit = unit;
    m_geometry.reset(); // the note names the unit
    updateGeometry();
    update();
    emit unitChanged(m_unit);
}

void MemoryUnits::setSpan(int begin, int end)
{
    const int n = m_picture ? m_picture->steps() : 0;
    begin = std::clamp(begin, 0, n);
    end = std::clamp(end, begin, n);
    const std::optional<TextSpan> span =
        end > begin ? std::optional<TextSpan>(TextSpan{m_picture->text, begin, end}) : std::nullopt;
    const bool same = span.has_value() == m_span.has_value()
        && (!span || (span->text == m_span->text && span->begin == m_span->begin && span->end == m_span->end));
    if (same)
        return;
    m_span = span;
    m_geometry.reset(); // the note and the list change
    rank();
    updateGeometry();
    update();
    emit spanChanged();
}

void MemoryUnits::clearSpan()
{
    setSpan(0, 0);
}

void MemoryUnits::rank()
{
    m_ranking = m_span && m_picture ? m_picture->ranking(m_span->begin, m_span->end) : std::vector<UnitScore>{};
}

QFont MemoryUnits::textFont() const
{
    QFont f = font();
    if (QFontInfo(f).pixelSize() < Readability::normalPixels)
        f.setPixelSize(int(std::ceil(Readability::normalPixels)));
    return f;
}

int MemoryUnits::guessRows() const
{
    std::size_t rows = 0;
    if (m_picture)
        for (const auto &guesses : m_picture->top)
            rows = std::max(rows, guesses.size());
    return int(rows);
}

QString MemoryUnits::note() const
{
    if (!m_picture)
        return {};
    if (m_span) {
        const QString problem = m_picture->spanProblem(m_span->begin, m_span->end);
        if (!problem.isEmpty())
            return problem;
        return tr("Score: |mean inside − mean outside| / pooled standard deviation, how many standard deviations "
                  "apart the unit is inside the span and outside. Click a row to colour the text by it.");
    }
    const QString colour = tr("Colour: %1’s value at each step, red above 0, blue below.")
                               .arg(m_picture->hiddenSize() > 0 ? m_picture->unitName(m_unit) : QString());
    const QString guesses = m_picture->everyStepOutputs
        ? tr("Under each character: the network’s three likeliest next characters.")
        : tr("Under the last character: the network’s likeliest classes.");
    return colour + u' ' + guesses + u' ' + tr("Drag over the text to rank the units.");
}

const MemoryUnits::Geometry &MemoryUnits::geometry(int width) const
{
    // Hit-testing and painting ask for every cell: the arithmetic runs once per width and picture.
    if (m_geometry && m_geometryWidth == width)
        return *m_geometry;
    m_geometry = computeGeometry(width);
    m_geometryWidth = width;
    return *m_geometry;
}

void MemoryUnits::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_geometry.reset();
    QWidget::changeEvent(event);
}

MemoryUnits::Geometry MemoryUnits::computeGeometry(int width) const
{
    Geometry g;
    const QFontMetricsF metrics(textFont());
    const double base = metrics.horizontalAdvance(QStringLiteral("M")) + 8;
    double widest = 0;
    if (m_picture)
        for (const auto &guesses : m_picture->top)
            for (const UnitsPicture::Guess &guess : guesses)
                widest = std::max(widest, metrics.horizontalAdvance(guess.label + QStringLiteral(" 0.00")));
    g.cellWidth = std::clamp(widest + 8, base, 12 * base); // a long class name is elided (hover: whole)
    g.cellHeight = metrics.height() + 8;
    g.guessHeight = metrics.height() + 2;
    g.lineHeight = g.cellHeight + guessRows() * g.guessHeight + 10;
    g.rowHeight = metrics.height() + 4;

    const QString number = EquationView::widest(2);
    const double column = std::max(metrics.horizontalAdvance(number), metrics.horizontalAdvance(tr("outside"))) + 12;
    const double listWidth = std::max(4 * column, 20 * metrics.averageCharWidth());
    const int steps = m_picture ? m_picture->steps() : 0;
    const double room = width - 2 * margin;
    const bool beside = room >= leastPerLine * g.cellWidth + gap + listWidth;
    const double textWidth = beside ? room - gap - listWidth : room;
    g.perLine = std::max(1, int(std::floor(textWidth / g.cellWidth)));
    g.lines = (steps + g.perLine - 1) / g.perLine;
    g.text = QRectF(margin, margin, textWidth, g.lines * g.lineHeight);
    const double noteWidth = beside ? listWidth : std::min(room, std::max(listWidth, 40 * metrics.averageCharWidth()));
    g.noteHeight = metrics.boundingRect(QRectF(0, 0, noteWidth, 1e5), Qt::TextWordWrap, note()).height() + 4;
    const int units = shownRows(); // the list's room appears with a span
    const double listHeight = g.noteHeight + (units > 0 ? (1 + units) * g.rowHeight : 0);
    g.list = beside ? QRectF(g.text.right() + gap, margin, listWidth, listHeight)
                    : QRectF(margin, g.text.bottom(), noteWidth, listHeight);
    return g;
}

int MemoryUnits::heightForWidth(int width) const
{
    const Geometry &g = width == this->width() ? geometry(width) : computeGeometry(width);
    return int(std::ceil(std::max(g.text.bottom(), g.list.bottom()) + margin));
}

int MemoryUnits::leastHeight() const
{
    const Geometry g = computeGeometry(std::max(width(), 320));
    return int(std::ceil(margin + g.cellHeight));
}

QSize MemoryUnits::sizeHint() const
{
    return {640, heightForWidth(640)};
}

QSize MemoryUnits::minimumSizeHint() const
{
    const Geometry g = computeGeometry(320);
    return {int(std::ceil(2 * margin + g.cellWidth)), heightForWidth(width() > 0 ? width() : 640)};
}

QRectF MemoryUnits::cellRect(int t) const
{
    const Geometry &g = geometry(width());
    const int line = t / g.perLine;
    const int column = t % g.perLine;
    return {g.text.left() + column * g.cellWidth, g.text.top() + line * g.lineHeight, g.cellWidth, g.cellHeight};
}

QRectF MemoryUnits::columnRect(int t) const
{
    const Geometry &g = geometry(width());
    const QRectF cell = cellRect(t);
    return {cell.left(), cell.top(), cell.width(), g.lineHeight - 6};
}

QRectF MemoryUnits::rowRect(int row) const
{
    const Geometry &g = geometry(width());
    return {g.list.left(), g.list.top() + g.noteHeight + (row + 1) * g.rowHeight, g.list.width(), g.rowHeight};
}

int MemoryUnits::stepAt(QPointF point) const
{
    if (!m_picture)
        return -1;
    const Geometry &g = geometry(width());
    const int line = int(std::floor((point.y() - g.text.top()) / g.lineHeight));
    const int column = int(std::floor((point.x() - g.text.left()) / g.cellWidth));
    const int t = line * g.perLine + column;
    if (line < 0 || column < 0 || column >= g.perLine || t >= m_picture->steps() || !columnRect(t).contains(point))
        return -1;
    return t;
}

int MemoryUnits::rowAt(QPointF point) const
{
    for (int row = 0; row < shownRows(); ++row)
        if (rowRect(row).contains(point))
            return row;
    return -1;
}

QColor MemoryUnits::colorOf(int t) const
{
    if (!m_picture || m_picture->hiddenSize() == 0 || t < 0 || t >= m_picture->steps())
        return {};
    return valueColor(m_picture->value(m_unit, t), m_scale);
}

QString MemoryUnits::guessText(int t, int k) const
{
    if (!m_picture || t < 0 || t >= int(m_picture->top.size()) || k < 0
        || k >= int(m_picture->top[std::size_t(t)].size()))
        return {};
    const UnitsPicture::Guess &guess = m_picture->top[std::size_t(t)][std::size_t(k)];
    return guess.label + u' ' + EquationView::number(guess.probability, 2);
}

QString MemoryUnits::toolTipAt(QPointF point) const
{
    if (!m_picture || m_picture->hiddenSize() == 0)
        return {};
    if (const int row = rowAt(point); row >= 0) {
        const UnitScore &s = m_ranking[std::size_t(row)];
        return tr("%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)")
            .arg(m_picture->unitName(s.unit), scoreText(s.score, 4), EquationView::number(float(s.meanInside), 4),
                 EquationView::number(float(s.meanOutside), 4), EquationView::number(float(s.pooledSd), 4));
    }
    const int t = stepAt(point);
    if (t < 0)
        return {};
    // Time steps and units on screen count from 1 (ARCHITECTURE.md, "Words on screen").
    const QString layer = m_picture->layers > 1 ? tr(" of layer %1").arg(m_picture->layer + 1) : QString();
    if (cellRect(t).contains(point))
        return tr("step %1, input ‘%2’: %3%4 = %5")
            .arg(t + 1)
            .arg(m_picture->characters[t], m_picture->unitName(m_unit), layer,
                 EquationView::number(m_picture->value(m_unit, t), 4));
    const auto &guesses = m_picture->top[std::size_t(t)];
    if (guesses.empty())
        return tr("step %1, input ‘%2’: no output at this step").arg(t + 1).arg(m_picture->characters[t]);
    QStringList lines;
    for (const UnitsPicture::Guess &guess : guesses)
        lines << tr("p(‘%1’) = %2").arg(guess.label, EquationView::number(guess.probability, 4));
    return tr("step %1, input ‘%2’, the likeliest outputs: %3")
        .arg(t + 1)
        .arg(m_picture->characters[t], lines.join(ReaderNumber::listSeparator()));
}

bool MemoryUnits::event(QEvent *event)
{
    if (HoverTip::handle(this, event, [this](QPoint point) { return toolTipAt(point); }))
        return true;
    return QWidget::event(event);
}

void MemoryUnits::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const int row = rowAt(event->position()); row >= 0) {
        setUnit(m_ranking[std::size_t(row)].unit);
        return;
    }
    const int t = stepAt(event->position());
    if (t < 0)
        return;
    if ((event->modifiers() & Qt::ShiftModifier) && m_anchor >= 0) {
        setSpan(std::min(m_anchor, t), std::max(m_anchor, t) + 1);
    } else {
        m_anchor = t;
        setSpan(t, t + 1);
    }
    m_caret = t;
}

void MemoryUnits::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const int t = stepAt(event->position());
    if (t < 0)
        return;
    m_caret = t;
    setSpan(std::min(m_anchor, t), std::max(m_anchor, t) + 1);
}

void MemoryUnits::keyPressEvent(QKeyEvent *event)
{
    const int n = m_picture ? m_picture->steps() : 0;
    const int step = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    if (event->key() == Qt::Key_Escape && m_span) {
        clearSpan();
        return;
    }
    if (step == 0 || n == 0)
        return QWidget::keyPressEvent(event);
    const int from = m_caret;
    m_caret = std::clamp(m_caret + step, 0, n - 1);
    if (event->modifiers() & Qt::ShiftModifier) {
        if (!m_span || m_anchor < 0)
            m_anchor = from;
        setSpan(std::min(m_anchor, m_caret), std::max(m_anchor, m_caret) + 1);
    } else {
        m_anchor = -1;
    }
    update();
}

void MemoryUnits::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(textFont());
    if (!m_picture || m_picture->hiddenSize() == 0)
        return;
    const Geometry &g = geometry(width());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QFontMetricsF metrics(painter.font());
    for (int t = 0; t < m_picture->steps(); ++t) {
        const bool inSpan = m_span && t >= m_span->begin && t < m_span->end;
        if (inSpan) {
            // The span: its columns tinted, its characters framed in the selection colour.
            QColor tint = highlight;
            tint.setAlphaF(0.22);
            painter.fillRect(columnRect(t), tint);
        }
        const QRectF cell = cellRect(t).adjusted(1, 0, -1, 0);
        const QColor fill = colorOf(t);
        painter.setPen(inSpan ? QPen(highlight, 2.5) : QPen(text.lighter(), 0.5));
        painter.setBrush(fill);
        painter.drawRect(cell);
        painter.setPen(Contrast::textOn(fill, text));
        const QString character = m_picture->characters[t];
        painter.drawText(cell, Qt::AlignCenter, character);
        LayoutRecorder::note(painter, cell, Qt::AlignCenter, character, TextTag{"memory", "unit-x", -1, t, -1});
        if (hasFocus() && t == m_caret) {
            painter.setPen(QPen(text, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(-1, -1, 1, 1));
        }
        const auto &guesses = m_picture->top[std::size_t(t)];
        for (int k = 0; k < int(guesses.size()); ++k) {
            const QRectF line(cell.left() + 3, cell.bottom() + 1 + k * g.guessHeight, cell.width() - 6, g.guessHeight);
            const QString probability = EquationView::number(guesses[std::size_t(k)].probability, 2);
            const double labelRoom = line.width() - metrics.horizontalAdvance(u' ' + probability);
            const QString label = metrics.elidedText(guesses[std::size_t(k)].label, Qt::ElideRight, labelRoom);
            QColor ink = text;
            ink.setAlphaF(k == 0 ? 1.0 : 0.75); // the likeliest first and darkest
            painter.setPen(ink);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, label);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, probability);
            LayoutRecorder::note(painter, line, Qt::AlignLeft | Qt::AlignVCenter, label,
                                 TextTag{"memory", "guess", -1, t, k});
            LayoutRecorder::note(painter, line, Qt::AlignRight | Qt::AlignVCenter, probability,
                                 TextTag{"memory", "guess-p", -1, t, k});
        }
    }
    paintList(painter, g);
}

void MemoryUnits::paintList(QPainter &painter, const Geometry &g)
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor soft = text;
    soft.setAlphaF(0.8);
    painter.setPen(soft);
    const QRectF noteRect(g.list.left(), g.list.top(), g.list.width(), g.noteHeight);
    painter.drawText(noteRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, note());
    if (m_ranking.empty())
        return;
    const double column = g.list.width() / 4;
    const auto cellsOf = [&](const QRectF &row) {
        std::array<QRectF, 4> cells;
        for (int c = 0; c < 4; ++c)
            cells[std::size_t(c)] = QRectF(row.left() + c * column, row.top(), column - 6, row.height());
        return cells;
    };
    const QRectF header(g.list.left(), g.list.top() + g.noteHeight, g.list.width(), g.rowHeight);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QStringList titles{tr("unit"), tr("score"), tr("inside"), tr("outside")};
    const auto headerCells = cellsOf(header);
    for (int c = 0; c < 4; ++c)
        painter.drawText(headerCells[std::size_t(c)], (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         titles[c]);
    painter.setFont(textFont());
    int decimals = 2;
    for (int row = 0; row < shownRows(); ++row) {
        const UnitScore &s = m_ranking[std::size_t(row)];
        const QRectF r = rowRect(row);
        QColor ink = text;
        if (s.unit == m_unit) {
            painter.fillRect(r, palette().color(QPalette::Highlight));
            ink = palette().color(QPalette::HighlightedText);
        }
        painter.setPen(ink);
        const QStringList values{m_picture->unitName(s.unit), scoreText(s.score, decimals),
                                 EquationView::number(float(s.meanInside), decimals),
                                 EquationView::number(float(s.meanOutside), decimals)};
        const auto cells = cellsOf(r.adjusted(4, 0, 0, 0));
        for (int c = 0; c < 4; ++c) {
            const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            painter.drawText(cells[std::size_t(c)], align, values[c]);
            LayoutRecorder::note(painter, cells[std::size_t(c)], align, values[c],
                                 TextTag{"memory", "unit-rank", -1, c, s.unit});
        }
    }
}

} // namespace rnnlab
