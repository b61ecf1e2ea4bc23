// SPDX-License-Identifier: MIT
#include "ui/graph/graphpainter.h"

#include "ui/common/colormap.h"
#include "ui/common/contrast.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/readernumber.h"
#include "ui/graph/gatebars.h"
#include "ui/graph/graphthumbnail.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/symboltext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

void drawArrowHead(QPainter &painter, QPointF tip, QPointF direction, double size)
{
    const double length = std::hypot(direction.x(), direction.y());
    if (length < 1e-9)
        return;
    const QPointF d = direction / length;
    const QPointF n(-d.y(), d.x());
    QPolygonF head;
    head << tip << tip - d * size + n * size * 0.45 << tip - d * size - n * size * 0.45;
    painter.drawPolygon(head);
}

} // namespace

GraphPainter::GraphPainter(QPainter &painter, const TrainingSnapshot &snapshot, const SequenceTrace<float> &sequence,
                           const ColorScales &scales, const QFont &font, const QPalette &palette, double cellHeight,
                           bool settled, bool outputsHidden)
    : m_painter(painter)
    , m_snapshot(snapshot)
    , m_sequence(sequence)
    , m_scales(scales)
    , m_font(font)
    , m_palette(palette)
    , m_cellHeight(cellHeight)
    , m_settled(settled)
    , m_outputsHidden(outputsHidden)
{ }

bool GraphPainter::showsWhole(const QRectF &rect, int flags, const QString &text) const
{
    if (m_visible.isEmpty())
        return true;
    // The box the glyphs take (as LayoutRecorder measures it), half a pixel of antialiasing spared.
    const QRectF box = QFontMetricsF(m_painter.font()).boundingRect(rect, flags, text);
    return m_visible.contains(box.adjusted(0.5, 0.5, -0.5, -0.5));
}

QString GraphPainter::outputName(int index) const
{
    return outputLabel(*m_snapshot.setup->task, index);
}

void GraphPainter::paintRowLabels(const std::vector<RowLabel> &labels, bool gradients) const
{
    m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
    const int L = m_snapshot.setup->session.model.numLayers;
    const bool values = m_snapshot.setup->task->outputKind() == OutputKind::Value;
    for (const auto &r : labels) {
        QString text;
        switch (r.kind) {
        case NodeKind::InputChar: text = QCoreApplication::translate("rnnlab::GraphPainter", "input"); break;
        case NodeKind::OneHot: text = QStringLiteral("x_t"); break;
        case NodeKind::Hidden:
            text =
                L > 1 ? QStringLiteral("h_t") + matrixName(MatrixRole::Bias, r.layer, L).mid(1) : QStringLiteral("h_t");
            if (gradients) // going back through time the strips show the gradient
                text = QStringLiteral("dL/d") + text;
            break;
        // The bars are softmax(y_t); a time series' are y_t itself, the predicted next value.
        case NodeKind::Output: text = values ? QStringLiteral("y_t") : QStringLiteral("p_t"); break;
        // A time series' top row is the true next value, the target y_t is measured against.
        case NodeKind::Prediction:
            text = values ? QStringLiteral("x_{t+1}") : QCoreApplication::translate("rnnlab::GraphPainter", "output");
            break;
        case NodeKind::TimeStep: text = QStringLiteral("t"); break;
        case NodeKind::CellState:
            text =
                L > 1 ? QStringLiteral("c_t") + matrixName(MatrixRole::Bias, r.layer, L).mid(1) : QStringLiteral("c_t");
            if (gradients)
                text = QStringLiteral("dL/d") + text;
            break;
        case NodeKind::Gates: break;
        }
        QFont f = m_font;
        f.setItalic(r.kind != NodeKind::InputChar && (r.kind != NodeKind::Prediction || values));
        m_painter.setFont(f);
        // Measured as drawn (real subscripts: "x_{t+1}" spelt out is wider than its gutter); a label
        // half scrolled away (a tall stack's lower rows) is left out whole.
        const QString drawn = SymbolText::unicode(text);
        if (!showsWhole(r.rect, Qt::AlignRight | Qt::AlignVCenter, drawn))
            continue;
        SymbolText::draw(m_painter, r.rect, Qt::AlignRight | Qt::AlignVCenter, text);
        LayoutRecorder::note(m_painter, r.rect, Qt::AlignRight | Qt::AlignVCenter, drawn, {"graph", "row", r.layer});
    }
    m_painter.setFont(m_font);
}

void GraphPainter::paintFeedback(const QRectF &prediction, const QRectF &input, double opacity) const
{
    const QColor accent = m_palette.color(QPalette::Highlight);
    const double gapX = (prediction.right() + input.left()) / 2;
    const QPointF start(prediction.right(), prediction.center().y());
    const QPointF end(input.left(), input.center().y());
    m_painter.setOpacity(opacity);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(accent, 1.8, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    m_painter.drawPolyline(QPolygonF{start, QPointF(gapX, start.y()), QPointF(gapX, end.y()), end});
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(accent);
    drawArrowHead(m_painter, end, QPointF(1, 0), 7.0);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setOpacity(1.0);
}

void GraphPainter::paintHighlight(const QRectF &rect) const
{
    // A soft halo and a firm outline in the highlight colour: "look here".
    QColor halo = m_palette.color(QPalette::Highlight);
    halo.setAlphaF(0.25);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(halo, 8));
    m_painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5);
    m_painter.setPen(QPen(m_palette.color(QPalette::Highlight), 2.5));
    m_painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5);
}

void GraphPainter::paintNode(const GraphNode &node, double opacity, const Emphasis &emphasis) const
{
    const SequenceTrace<float> *s = &m_sequence;
    const Vocabulary &vocabulary = m_snapshot.setup->vocabulary;
    const auto t = static_cast<std::size_t>(node.t);
    const QPalette &pal = m_palette;
    const QFontMetricsF metrics(m_font);
    m_painter.setOpacity(opacity);
    // A node the walk by hand has not reached yet is drawn faint, its colours a hint: its numbers
    // are left out rather than drawn half legible (white on a faded blue vanishes, black on a
    // faded pink does not) — and the walk does not give its answers away.
    const bool pending = opacity < 0.5;
    const QColor frame = pal.color(QPalette::Mid);
    if (m_outputsHidden && (node.kind == NodeKind::Output || node.kind == NodeKind::Prediction)) {
        // Hidden until the student has predicted: a box with a question mark.
        m_painter.setPen(QPen(frame, 1.0, Qt::DashLine));
        m_painter.setBrush(pal.color(QPalette::AlternateBase));
        m_painter.drawRoundedRect(node.rect, 4, 4);
        QFont f = m_font;
        f.setBold(true);
        m_painter.setFont(f);
        m_painter.setPen(pal.color(QPalette::PlaceholderText));
        if (showsWhole(node.rect, Qt::AlignCenter, QStringLiteral("?")))
            m_painter.drawText(node.rect, Qt::AlignCenter, QStringLiteral("?"));
        m_painter.setFont(m_font);
        m_painter.setOpacity(1.0);
        return;
    }
    if (s->inputs.empty() && paintValueNode(node, pending)) {
        m_painter.setOpacity(1.0);
        return;
    }
    switch (node.kind) {
    case NodeKind::TimeStep: {
        // "t = 3", or "3", or every k-th index when the columns are narrow — decided by the widest
        // label of the row, so that one row never mixes styles ("8 9 10" running together).
        // Numbered 1 … n as the lecture does (the trace's node.t is 0-based).
        const int last = m_sequence.length();
        const QString full = QStringLiteral("t = %1").arg(node.t + 1);
        const QString index = QString::number(node.t + 1);
        const bool fullFits = metrics.horizontalAdvance(QStringLiteral("t = %1").arg(last)) <= node.rect.width();
        QString label = fullFits ? full : index;
        if (!fullFits && metrics.horizontalAdvance(QString::number(last)) + 2 > node.rect.width()) {
            const int every = int(
                std::ceil((metrics.horizontalAdvance(QString::number(m_sequence.length())) + 4) / node.rect.width()));
            const int k = every <= 2 ? 2 : every <= 5 ? 5 : every <= 10 ? 10 : 20;
            if ((node.t + 1) % k != 0)
                break;
        }
        m_painter.setPen(pal.color(QPalette::PlaceholderText));
        // As wide as the label at least: presentation type made "t = 111" wider than a fixed 80 px,
        // and its "t" was cut off.
        const double width = std::max({80.0, node.rect.width(), metrics.horizontalAdvance(label) + 4});
        const QRectF box(node.rect.center().x() - width / 2, node.rect.top(), width, node.rect.height());
        if (!showsWhole(box, Qt::AlignCenter, label))
            break;
        m_painter.drawText(box, Qt::AlignCenter, label);
        LayoutRecorder::note(m_painter, box, Qt::AlignCenter, label, {"graph", "time", -1, node.t});
        break;
    }
    case NodeKind::InputChar:
    case NodeKind::Prediction: {
        const bool prediction = node.kind == NodeKind::Prediction;
        const int index = prediction ? s->predictions[t] : s->inputs[t];
        // A diverged pass (NaN outputs) predicts nothing.
        const bool undefined = prediction && !std::isfinite(s->probabilities(index, node.t));
        const bool correct = prediction && !undefined && s->predictions[t] == s->targets[t];
        const bool scored = !prediction || s->targets[t] >= 0;
        QColor fill = pal.color(QPalette::AlternateBase);
        QColor border = frame;
        if (prediction && !undefined && scored) {
            border = verdictColor(correct); // Okabe-Ito bluish green / vermillion (tst_colourvision)
            fill = border;
            fill.setAlphaF(0.18);
        }
        m_painter.setPen(QPen(border, prediction ? 2.0 : 1.0));
        m_painter.setBrush(fill);
        m_painter.drawRoundedRect(node.rect, 4, 4);
        m_painter.setPen(pal.color(QPalette::Text));
        QFont f = SymbolText::characterFont(m_font); // 'l' and 'I' told apart
        f.setBold(true);
        m_painter.setFont(f);
        QString label = undefined ? QStringLiteral("—")
            : prediction          ? outputName(index)
                                  : visibleCharacter(vocabulary.character(index));
        // Right or wrong never by colour alone: a mark beside the character when there is room.
        if (prediction && !undefined && scored
            && node.rect.width() >= metrics.averageCharWidth() * (label.size() + 2.2))
            label += correct ? QStringLiteral("✓") : QStringLiteral("✗");
        if (showsWhole(node.rect, Qt::AlignCenter, label)) {
            m_painter.drawText(node.rect, Qt::AlignCenter, label);
            LayoutRecorder::note(m_painter, node.rect, Qt::AlignCenter, label,
                                 {"graph", prediction ? "prediction" : "input", -1, node.t});
        }
        m_painter.setFont(m_font);
        if (prediction && !undefined && scored && node.rect.width() < metrics.averageCharWidth() * (label.size() + 2.2)
            && !correct) {
            // Narrow columns: a wrong prediction is crossed out.
            m_painter.setPen(QPen(border, 1.5));
            m_painter.drawLine(node.rect.bottomLeft() + QPointF(2, -2), node.rect.topRight() + QPointF(-2, 2));
        }
        break;
    }
    case NodeKind::OneHot: {
        // The 0s and 1s in the graph's font where its rows are tall enough; where the hidden states
        // took the room (presentation mode, stacks), in a smaller one down to the readability
        // rule's minimum (10 px, in presentation mode 1/60 of the screen), rather than none; below
        // that none: the hot row is the filled box (issue 19: 10 px digits in Japanese
        // presentation mode at 1024×768).
        const double rowHeight = node.rect.height() / std::max(1, node.cells);
        QFont digits = m_font;
        const bool squeezed = rowHeight < metrics.height() * 0.75;
        const int squeezedPixels = int(std::floor(rowHeight / 1.2));
        const bool readable = squeezedPixels >= std::ceil(m_minimumPixels - 0.01);
        if (squeezed && readable)
            digits.setPixelSize(squeezedPixels);
        const QFontMetricsF digitMetrics(digits);
        const bool printing =
            !pending && (!squeezed || readable) && node.rect.width() >= digitMetrics.averageCharWidth() + 2;
        m_painter.setFont(digits);
        for (int i = 0; i < node.cells; ++i) {
            const QRectF cell = GraphLayout::cellRect(node, i);
            const bool hot = i == s->inputs[t];
            m_painter.fillRect(cell, hot ? pal.color(QPalette::Text) : pal.color(QPalette::Base));
            if (printing && showsWhole(cell, Qt::AlignCenter, hot ? QStringLiteral("1") : QStringLiteral("0"))) {
                m_painter.setPen(hot ? pal.color(QPalette::Base) : pal.color(QPalette::PlaceholderText));
                m_painter.drawText(cell, Qt::AlignCenter, hot ? QStringLiteral("1") : QStringLiteral("0"));
                LayoutRecorder::note(m_painter, cell, Qt::AlignCenter, hot ? QStringLiteral("1") : QStringLiteral("0"),
                                     {"graph", "x", -1, node.t, i});
            }
        }
        m_painter.setFont(m_font);
        m_painter.setPen(QPen(frame, 1.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(node.rect);
        break;
    }
    case NodeKind::Gates: {
        const CellKind cell = m_snapshot.setup->session.model.cell;
        GateBars::paint(m_painter, node.rect, cell, s->layers[static_cast<std::size_t>(node.layer)].gates.col(node.t),
                        pal);
        break;
    }
    case NodeKind::Hidden:
    case NodeKind::CellState: {
        // Going back through time the strip shows dL/dh_t (dL/dc_t), on the gradients' own colour scale.
        const auto &layer = s->layers[static_cast<std::size_t>(node.layer)];
        const bool cellState = node.kind == NodeKind::CellState;
        const auto &h = cellState ? (emphasis.gradient ? layer.dCell : layer.cell)
                                  : (emphasis.gradient ? layer.dHidden : layer.hidden);
        const double scale = cellState ? (emphasis.gradient ? m_scales.cellGradient : m_scales.cell)
                                       : (emphasis.gradient ? m_scales.hiddenGradient : m_scales.hidden);
        const bool printing = !pending && node.rect.width() >= metrics.horizontalAdvance(QStringLiteral("−0.00"))
            && m_cellHeight >= metrics.height() * 0.8;
        // Written as the equations beside the graph write them (U+2212, no "−0.00"): a gradient's
        // column with the decimals its largest entry needs ("−0.082", "0.001"), the same for every
        // entry, when they fit the strip; otherwise in the compact form that always fits ("6e−3").
        int decimals = 2;
        if (emphasis.gradient) {
            double largest = 0.0;
            for (int i = 0; i < node.cells; ++i)
                if (std::isfinite(h(i, node.t)))
                    largest = std::max(largest, double(std::abs(h(i, node.t))));
            decimals = EquationView::decimalsFor(largest);
            if (metrics.horizontalAdvance(EquationView::widest(decimals)) > node.rect.width() - 2)
                decimals = -2; // compact
        }
        for (int i = 0; i < node.cells; ++i) {
            const QRectF cell = GraphLayout::cellRect(node, i);
            const double value = h(i, node.t);
            if (emphasis.awaiting) {
                m_painter.fillRect(cell, pal.color(QPalette::Base));
                continue;
            }
            const QColor colour = valueColor(value, scale);
            m_painter.fillRect(cell, colour);
            if (printing) {
                m_painter.setPen(Contrast::textOn(colour));
                // Two decimals in tanh's range; an exploding ReLU's 6e+28 stays inside the cell.
                // A saturated 0.996 reads "0.996" where the strip has room, not "1.00" (1 − h² ≠ 0).
                const bool saturated = !emphasis.gradient && std::abs(value) >= 0.995 && std::abs(value) < 1.0
                    && metrics.horizontalAdvance(QStringLiteral("−0.000")) <= cell.width() - 2;
                const QString text = decimals == -2 || std::abs(value) >= 99.995
                    ? formatCellValue(value).replace(u'-', QChar(0x2212))
                    : EquationView::number(float(value), saturated ? 3 : decimals);
                if (!showsWhole(cell, Qt::AlignCenter, text))
                    continue;
                m_painter.drawText(cell, Qt::AlignCenter, text);
                LayoutRecorder::note(m_painter, cell, Qt::AlignCenter, text,
                                     {"graph",
                                      cellState ? (emphasis.gradient ? "dc" : "c") : (emphasis.gradient ? "dh" : "h"),
                                      node.layer, node.t, i});
            }
        }
        m_painter.setPen(QPen(frame, 1.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(node.rect);
        break;
    }
    case NodeKind::Output: {
        const double rowHeight = node.rect.height() / node.cells;
        // Rows named by words (a classifier's classes): as wide as the widest, up to half the node.
        double labelWidth = metrics.averageCharWidth() * 1.6;
        if (m_snapshot.setup->task->outputKind() == OutputKind::Class) {
            for (int i = 0; i < node.cells; ++i)
                labelWidth = std::max(labelWidth, metrics.horizontalAdvance(outputName(i)) + 8);
            labelWidth = std::min(labelWidth, node.rect.width() / 2);
        }
        const bool labels =
            rowHeight >= metrics.height() * 0.9 && node.rect.width() >= std::min(labelWidth * 3, labelWidth + 24);
        const bool values = !pending && labels
            && node.rect.width() >= labelWidth + metrics.horizontalAdvance(QStringLiteral("0.00")) * 2.2;
        const double barLeft = node.rect.left() + (labels ? labelWidth : 0);
        const double barWidth = node.rect.right() - barLeft;
        // With the numbers printed, the bars end where the numbers' column begins: a bar running
        // under "0.71" turned its 0 into ")" (half on the bar, half off) however it was coloured.
        QFont boldNumbers = m_font;
        boldNumbers.setBold(true);
        const double barSpan = values
            ? std::max(1.0, barWidth - QFontMetricsF(boldNumbers).horizontalAdvance(QStringLiteral("0.00")) - 8)
            : barWidth;
        const QColor bar = pal.color(QPalette::Highlight);
        std::vector<double> column(static_cast<std::size_t>(node.cells));
        for (int i = 0; i < node.cells; ++i)
            column[static_cast<std::size_t>(i)] = s->probabilities(i, node.t);
        const QStringList texts = probabilityTexts(column, s->predictions[t]);
        for (int i = 0; i < node.cells; ++i) {
            const QRectF row = GraphLayout::cellRect(node, i);
            const double p = s->probabilities(i, node.t);
            const bool predicted = i == s->predictions[t];
            const bool target = i == s->targets[t];
            QColor c = bar;
            c.setAlphaF(predicted ? 0.95 : 0.45);
            const QRectF filled(barLeft, row.top() + rowHeight * 0.12, std::max(1.0, barSpan * p), rowHeight * 0.76);
            m_painter.fillRect(filled, c);
            if (labels) {
                QFont f = m_snapshot.setup->task->outputKind() == OutputKind::Character
                    ? SymbolText::characterFont(m_font) // 'l' and 'I' told apart
                    : m_font;
                f.setBold(predicted);
                f.setUnderline(target);
                m_painter.setFont(f);
                m_painter.setPen(pal.color(QPalette::Text));
                const QRectF nameBox(row.left(), row.top(), labelWidth, rowHeight);
                // A character is one glyph in the character font: drawn whole, never elided (in the
                // proportional font's metrics "␣" was wider than its column and read "…").
                const QString name = m_snapshot.setup->task->outputKind() == OutputKind::Character
                    ? outputName(i)
                    : QFontMetricsF(f).elidedText(outputName(i), Qt::ElideRight, labelWidth - 2);
                if (showsWhole(nameBox, Qt::AlignCenter, name)) {
                    m_painter.drawText(nameBox, Qt::AlignCenter, name);
                    LayoutRecorder::note(m_painter, nameBox, Qt::AlignCenter, name, {"graph", "class", -1, node.t, i});
                }
                if (values
                    && showsWhole(QRectF(barLeft + 2, row.top(), barWidth - 4, rowHeight),
                                  Qt::AlignVCenter | Qt::AlignRight, texts.value(i))) {
                    // Always right-aligned, one column of numbers. Where the bar runs under the
                    // number, that part is drawn in the colour that reads on the bar as it is
                    // seen (its translucency over the background), the rest in the one that
                    // reads on the background: the number stays whole and legible in every theme.
                    const QString text = texts.value(i);
                    const QRectF box(barLeft + 2, row.top(), barWidth - 4, rowHeight);
                    const QColor base = pal.color(QPalette::Base);
                    const QColor onBase = Contrast::textOn(base, pal.color(QPalette::Text));
                    const double textLeft = box.right() - QFontMetricsF(f).horizontalAdvance(text);
                    if (filled.right() > textLeft) {
                        const QColor onBar = Contrast::textOn(Contrast::over(c, base), pal.color(QPalette::Text));
                        m_painter.save();
                        m_painter.setClipRect(QRectF(filled.left(), row.top(), filled.width(), rowHeight),
                                              Qt::IntersectClip);
                        m_painter.setPen(onBar);
                        m_painter.drawText(box, Qt::AlignVCenter | Qt::AlignRight, text);
                        m_painter.restore();
                        m_painter.save();
                        m_painter.setClipRect(
                            QRectF(filled.right(), row.top(), node.rect.right() - filled.right(), rowHeight),
                            Qt::IntersectClip);
                    }
                    m_painter.setPen(onBase);
                    m_painter.drawText(box, Qt::AlignVCenter | Qt::AlignRight, text);
                    if (filled.right() > textLeft)
                        m_painter.restore();
                    LayoutRecorder::note(m_painter, box, Qt::AlignVCenter | Qt::AlignRight, text,
                                         {"graph", "p", -1, node.t, i});
                }
                m_painter.setFont(m_font);
            }
            if (target) {
                // The target row is outlined (not marked by colour alone).
                m_painter.setPen(QPen(pal.color(QPalette::Text), 1.0, Qt::DotLine));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawRect(row.adjusted(0.5, 0.5, -0.5, -0.5));
            }
        }
        m_painter.setPen(QPen(frame, 1.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(node.rect);
        break;
    }
    }
    m_painter.setOpacity(1.0);
}

bool GraphPainter::paintValueNode(const GraphNode &node, bool pending) const
{
    const SequenceTrace<float> &s = m_sequence;
    const QPalette &pal = m_palette;
    const QFontMetricsF metrics(m_font);
    const QColor frame = pal.color(QPalette::Mid);
    const Eigen::Index t = node.t;
    const Eigen::Index D = s.inputValues.rows();
    if (t < 0 || t >= s.inputValues.cols() || D == 0)
        return false;
    // One scale for every value of the series, its inputs and the predictions: a value's bar and
    // colour mean the same at every time step.
    const double scale =
        std::max({1e-6, double(s.inputValues.cwiseAbs().maxCoeff()), double(s.targetValues.cwiseAbs().maxCoeff()),
                  std::isfinite(s.logits.cwiseAbs().maxCoeff()) ? double(s.logits.cwiseAbs().maxCoeff()) : 0.0});
    // Each number with the decimals the walk by hand gives its column (x_t, y_t or x_{t+1} at t):
    // the graph said y_20 = 0.01 where the walk said 0.0080.
    const auto decimalsAt = [t](const auto &matrix) {
        std::vector<float> column(std::size_t(matrix.rows()));
        for (Eigen::Index d = 0; d < matrix.rows(); ++d)
            column[std::size_t(d)] = matrix(d, t);
        return EquationView::decimalsOf(column.data(), column.size());
    };
    const auto text = [](float v, int decimals) {
        return std::isfinite(v) ? EquationView::number(v, decimals) : QStringLiteral("nan");
    };
    switch (node.kind) {
    case NodeKind::InputChar:
    case NodeKind::Prediction: {
        // The value read (x_t), or the true next value x_{t+1} (the target y_t is measured against;
        // the prediction y_t is the bar below, with its own number): a number, bold, in a box
        // widened around the node's (laid out for one character) as far as the number needs — up
        // to three times its width; narrower columns leave the number to the tooltip. The target's
        // box is dotted as its outline in the bars below is (the caption's legend says so).
        const bool prediction = node.kind == NodeKind::Prediction;
        // Step t predicts x_{t+1}: a flagged step's target box is outlined in the Signal tab's
        // 'flagged' red, tinted as its band there is, with a "!" beside it (not before the walk
        // reaches it: the walk does not give its answers away).
        const bool flagged = prediction && !pending && m_flags && m_flags->contains(node.t);
        QFont f = m_font;
        f.setBold(true);
        const QString label = D > 1 ? QStringLiteral("x")
            : prediction            ? text(s.targetValues(0, t), decimalsAt(s.targetValues))
                                    : text(s.inputValues(0, t), decimalsAt(s.inputValues));
        const double needed = QFontMetricsF(f).horizontalAdvance(label) + 8;
        const bool fits = needed <= node.rect.width() * 3;
        QRectF box = node.rect;
        if (fits && needed > box.width())
            box = QRectF(box.center().x() - needed / 2, box.top(), needed, box.height());
        m_painter.setPen(prediction ? QPen(pal.color(QPalette::Text), 1.5, Qt::DotLine) : QPen(frame, 1.0));
        m_painter.setBrush(pal.color(QPalette::AlternateBase));
        m_painter.drawRoundedRect(box, 4, 4);
        if (flagged) {
            const QColor red = GraphFlags::colour(pal);
            QColor tint = red;
            tint.setAlpha(pal.color(QPalette::Base).lightnessF() < 0.5 ? 60 : 40); // the Signal tab's band
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(tint);
            m_painter.drawRoundedRect(box, 4, 4);
            m_painter.setPen(QPen(red, 2.0));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRoundedRect(box.adjusted(-2.5, -2.5, 2.5, 2.5), 6, 6);
        }
        m_painter.setFont(f);
        if (fits && !pending && showsWhole(box, Qt::AlignCenter, label)) {
            m_painter.setPen(pal.color(QPalette::Text));
            m_painter.drawText(box, Qt::AlignCenter, label);
            LayoutRecorder::note(m_painter, box, Qt::AlignCenter, label,
                                 {"graph", prediction ? "target" : "input", -1, node.t});
        }
        m_painter.setFont(m_font);
        if (flagged) {
            // Beside the box, in the gap before the next column's: the number stays whole.
            const double radius = QFontMetricsF(m_font).height() * 0.45;
            const QPointF centre(box.right() + 4 + radius, box.center().y());
            if (m_visible.isEmpty()
                || m_visible.contains(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)))
                paintFlagBadge(m_painter, centre, m_font, pal);
        }
        return true;
    }
    case NodeKind::OneHot: {
        // x_t as the D values it is: each coloured on the series' scale, its number printed — but
        // for one feature, whose number the input box right under it prints (the review read the
        // same number twice and asked what differed): its colour only, the number on hover.
        for (int i = 0; i < node.cells && i < D; ++i) {
            const QRectF cell = GraphLayout::cellRect(node, i);
            const double value = s.inputValues(i, t);
            const QColor colour = valueColor(value, scale);
            m_painter.fillRect(cell, colour);
            const QString label = text(float(value), decimalsAt(s.inputValues));
            if (D > 1 && !pending && cell.width() >= metrics.horizontalAdvance(QStringLiteral("−0.00"))
                && cell.height() >= metrics.height() * 0.8 && showsWhole(cell, Qt::AlignCenter, label)) {
                m_painter.setPen(Contrast::textOn(colour));
                m_painter.drawText(cell, Qt::AlignCenter, label);
                LayoutRecorder::note(m_painter, cell, Qt::AlignCenter, label, {"graph", "x", -1, node.t, i});
            }
        }
        m_painter.setPen(QPen(frame, 1.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(node.rect);
        return true;
    }
    case NodeKind::Output: {
        // Each row: y_t[d] as a bar from the zero line, the target x_{t+1}[d] as a dotted outline of
        // the bar it should be, and the predicted number (the target's is in the row above).
        const double rowHeight = node.rect.height() / std::max(1, node.cells);
        QFont bold = m_font;
        bold.setBold(true);
        const bool values = !pending && rowHeight >= metrics.height() * 0.9
            && node.rect.width() >= QFontMetricsF(bold).horizontalAdvance(QStringLiteral("−0.00")) * 2.2;
        // As wide as this step's widest y_t[d] (0.0080 is wider than −0.00), the bars in what is left.
        const int yDecimals = decimalsAt(s.logits);
        double widest = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("−0.00"));
        for (Eigen::Index d = 0; d < D; ++d)
            widest = std::max(widest, QFontMetricsF(bold).horizontalAdvance(text(s.logits(d, t), yDecimals)));
        const double numberWidth = values ? widest + 6 : 0.0;
        const double left = node.rect.left() + 2;
        const double span = std::max(4.0, node.rect.width() - 4 - numberWidth);
        const double zero = left + span / 2;
        const auto xOf = [&](double v) { return zero + std::clamp(v / scale, -1.0, 1.0) * span / 2; };
        for (int i = 0; i < node.cells && i < D; ++i) {
            const QRectF row = GraphLayout::cellRect(node, i);
            const double y = s.logits(i, t);
            const double target = s.targetValues(i, t);
            QColor c = pal.color(QPalette::Highlight);
            c.setAlphaF(0.9);
            if (std::isfinite(y)) {
                const double x = xOf(y);
                m_painter.fillRect(QRectF(std::min(zero, x), row.top() + rowHeight * 0.15,
                                          std::max(1.0, std::abs(x - zero)), rowHeight * 0.7),
                                   c);
            }
            const double xt = xOf(target);
            m_painter.setPen(QPen(pal.color(QPalette::Text), 1.5, Qt::DotLine));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(QRectF(std::min(zero, xt), row.top() + rowHeight * 0.1,
                                      std::max(1.0, std::abs(xt - zero)), rowHeight * 0.8));
            // The zero mark in the text's colour, past the row's edges: where a bar starts, visible
            // under a short bar and on every theme (the frame's Mid was lost on the row's fill).
            m_painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
            m_painter.drawLine(QPointF(zero, row.top() - 2), QPointF(zero, row.bottom() + 2));
            const QString label = text(float(y), yDecimals);
            const QRectF box(node.rect.right() - numberWidth, row.top(), numberWidth - 2, rowHeight);
            m_painter.setFont(bold);
            const bool whole = showsWhole(box, Qt::AlignVCenter | Qt::AlignRight, label);
            m_painter.setFont(m_font);
            if (values && whole) {
                m_painter.setFont(bold);
                m_painter.setPen(pal.color(QPalette::Text));
                m_painter.drawText(box, Qt::AlignVCenter | Qt::AlignRight, label);
                LayoutRecorder::note(m_painter, box, Qt::AlignVCenter | Qt::AlignRight, label,
                                     {"graph", "y", -1, node.t, i});
                m_painter.setFont(m_font);
            }
        }
        m_painter.setPen(QPen(frame, 1.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(node.rect);
        if (!pending && m_flags && m_flags->contains(node.t)) {
            // The flagged step's prediction y_t, outlined as its target above.
            m_painter.setPen(QPen(GraphFlags::colour(pal), 2.0));
            m_painter.drawRect(node.rect.adjusted(-1.5, -1.5, 1.5, 1.5));
        }
        return true;
    }
    default: return false;
    }
}

QRectF GraphPainter::paintFlagBadge(QPainter &painter, QPointF centre, const QFont &font, const QPalette &palette)
{
    const double radius = QFontMetricsF(font).height() * 0.45;
    const QRectF disc(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    const QColor red = GraphFlags::colour(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(red);
    painter.drawEllipse(disc);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Contrast::textOn(red));
    painter.drawText(disc, Qt::AlignCenter, QStringLiteral("!"));
    painter.restore();
    return disc;
}

QStringList GraphPainter::probabilityTexts(const std::vector<double> &probabilities, int predicted)
{
    const auto text = [](double p, int decimals) {
        return std::isfinite(p) ? ReaderNumber::fixed(p, decimals) : QStringLiteral("nan");
    };
    const int n = static_cast<int>(probabilities.size());
    const bool hasWinner = predicted >= 0 && predicted < n;
    const double winner = hasWinner ? probabilities[static_cast<std::size_t>(predicted)] : 0.0;
    const auto tiesAt = [&](int i, int decimals) {
        return hasWinner && i != predicted
            && text(probabilities[static_cast<std::size_t>(i)], decimals) == text(winner, decimals);
    };
    std::vector<bool> tied(probabilities.size(), false);
    bool anyTie = false;
    for (int i = 0; i < n; ++i) {
        tied[static_cast<std::size_t>(i)] = tiesAt(i, 2);
        anyTie = anyTie || tied[static_cast<std::size_t>(i)];
    }
    int decimals = 2;
    if (anyTie) {
        tied[static_cast<std::size_t>(predicted)] = true;
        decimals = 3;
        const auto stillTied = [&] {
            for (int i = 0; i < n; ++i) {
                if (tied[static_cast<std::size_t>(i)] && tiesAt(i, decimals))
                    return true;
            }
            return false;
        };
        while (decimals < 4 && stillTied())
            ++decimals;
    }
    QStringList texts;
    for (int i = 0; i < n; ++i)
        texts << text(probabilities[static_cast<std::size_t>(i)], tied[static_cast<std::size_t>(i)] ? decimals : 2);
    return texts;
}

void GraphPainter::paintEdge(const GraphEdge &e, double opacity, const Emphasis &emphasis) const
{
    const QFontMetricsF metrics(m_font);
    const double width = std::max(1.5, metrics.height() / 8.0) * (emphasis.highlight ? 2.2 : 1.0);
    if (emphasis.highlight && e.kind != EdgeKind::Loop) {
        QColor halo = m_palette.color(QPalette::Highlight);
        halo.setAlphaF(0.3 * opacity);
        m_painter.setPen(QPen(halo, width + 7, Qt::SolidLine, Qt::RoundCap));
        m_painter.drawLine(e.from, e.to);
    }
    const int layers = m_snapshot.setup->session.model.numLayers;
    QColor colour = e.identity ? m_palette.color(QPalette::PlaceholderText)
        : e.cellLane           ? m_palette.color(QPalette::Text)
                               : matrixColor(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, layers);
    // What if W_hh = 0?: its arrows are struck out (dotted, faint, crossed) where the class looks.
    const bool struck = m_snapshot.whatIfNoMemory && e.role == MatrixRole::HiddenToHidden && !e.cellLane && !e.identity
        && (e.kind == EdgeKind::Recurrent || e.kind == EdgeKind::Loop);
    m_painter.setOpacity(opacity * (e.cellLane ? 0.75 : 1.0) * (struck ? 0.45 : 1.0));
    // The cell state's lane is the LSTM's "conveyor belt": a heavier line than the matrices' arrows.
    QPen pen(colour, e.cellLane ? width * 1.6 : width);
    if (e.identity || e.kind == EdgeKind::InitialState)
        pen.setStyle(Qt::DashLine);
    if (struck)
        pen.setStyle(Qt::DotLine);
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    const double head = std::max(6.0, width * 3.5);
    if (e.kind == EdgeKind::Loop) {
        QPainterPath path(e.from);
        const double reach = e.extent.right();
        path.cubicTo(QPointF(reach, e.from.y() - e.extent.height() * 0.45),
                     QPointF(reach, e.to.y() + e.extent.height() * 0.45), e.to + QPointF(head * 0.8, 0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
        m_painter.setBrush(colour);
        m_painter.setPen(Qt::NoPen);
        drawArrowHead(m_painter, e.to, QPointF(-1, 0), head);
        if (struck) { // the cubic's middle: (P0 + 3 P1 + 3 P2 + P3) / 8
            const QPointF p1(reach, e.from.y() - e.extent.height() * 0.45);
            const QPointF p2(reach, e.to.y() + e.extent.height() * 0.45);
            paintStrikeOut((e.from + 3 * p1 + 3 * p2 + e.to + QPointF(head * 0.8, 0)) / 8, opacity);
        }
    } else {
        const QPointF d = e.to - e.from;
        const double length = std::hypot(d.x(), d.y());
        if (length < 2) {
            m_painter.setOpacity(1.0);
            return;
        }
        const QPointF unit = d / length;
        m_painter.setBrush(colour);
        if (emphasis.reversed) {
            // The gradient flows back along the arrow: the head at its start, pointing back.
            m_painter.drawLine(e.from + unit * head * 0.8, e.to);
            m_painter.setPen(Qt::NoPen);
            if (length > head * 1.5)
                drawArrowHead(m_painter, e.from, -d, head);
        } else {
            m_painter.drawLine(e.from, e.to - unit * head * 0.8);
            m_painter.setPen(Qt::NoPen);
            if (length > head * 1.5)
                drawArrowHead(m_painter, e.to, d, head);
        }
        if (struck && !(e.labelled && m_settled)) // else beside its name, below
            paintStrikeOut((e.from + e.to) / 2, opacity);
        const QRectF zeroBox(e.from.x(), e.from.y() - metrics.height() - 1, metrics.averageCharWidth() * 2,
                             metrics.height());
        if (e.kind == EdgeKind::InitialState && std::abs(d.x()) >= metrics.averageCharWidth() * 1.5
            && showsWhole(zeroBox, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"))) {
            // h_{−1} = 0: the "0" sits on the stub's start, inside the column.
            m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
            m_painter.drawText(zeroBox, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
        }
    }
    if (e.labelled && m_settled) {
        m_painter.setOpacity(opacity); // a struck arrow fades, its name stays readable
        const int L = m_snapshot.setup->session.model.numLayers;
        QFont f = m_font;
        f.setBold(true);
        f.setItalic(true);
        m_painter.setFont(f);
        m_painter.setPen(e.identity ? m_palette.color(QPalette::PlaceholderText)
                                    : colour.darker(m_palette.color(QPalette::Base).lightness() > 128 ? 130 : 70));
        // One W_hy reads the top layer: no layer index on it.
        const QString name = e.identity ? QStringLiteral("y = h")
                                        : matrixName(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, L,
                                                     m_snapshot.setup->session.model.cell);
        // Struck out, "W_hh = 0" where it fits, else the whole name: the cross, the zero thumbnail
        // and the heading say "= 0" too, and a cut "W_…" would name no matrix at all.
        const auto fits = [&](const QString &text) {
            return SymbolText::width(text, f) <= e.label.width() + metrics.averageCharWidth();
        };
        const QString zeroed = name + QStringLiteral(" = 0");
        const QString shown = struck && fits(zeroed) ? zeroed
            : fits(name)                             ? name
                         : QFontMetricsF(f).elidedText(name, Qt::ElideRight, e.label.width());
        // A name half under the gutter ("_hh") names no matrix: whole or not at all (measured in
        // its plain form, which is wider than the drawn subscripts).
        if (showsWhole(e.label, Qt::AlignLeft | Qt::AlignVCenter, shown)) {
            SymbolText::draw(m_painter, e.label, Qt::AlignLeft | Qt::AlignVCenter, shown); // W_hh with a real subscript
            LayoutRecorder::note(m_painter, e.label, Qt::AlignLeft | Qt::AlignVCenter, shown,
                                 {"graph", "weight", e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, e.t});
        }
        m_painter.setFont(m_font);
        if (struck && e.kind != EdgeKind::Loop) {
            // The cross on the arrow right of the name above it, not over its subscript, where the
            // arrow has room before its head.
            const QPointF middle = (e.from + e.to) / 2;
            const double r = strikeRadius();
            const double head = std::max(6.0, width * 3.5);
            const double right = std::max(middle.x(), e.to.x() - head - r);
            paintStrikeOut(QPointF(std::clamp(e.label.left() + SymbolText::width(shown, f) + r + 2, middle.x(), right),
                                   middle.y()),
                           opacity);
        }
    }
    m_painter.setOpacity(1.0);
}

void GraphPainter::paintStrikeOut(QPointF centre, double opacity) const
{
    // A bold ✕ across a W_hh arrow (What if W_hh = 0?), in the wrong-prediction vermillion.
    const double r = strikeRadius();
    m_painter.setOpacity(opacity);
    m_painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), std::max(2.0, r / 3), Qt::SolidLine, Qt::RoundCap));
    m_painter.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r));
    m_painter.drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
}

double GraphPainter::strikeRadius() const
{
    return QFontMetricsF(m_font).height() * 0.38;
}

void GraphPainter::paintThumbnail(const GraphEdge &e) const
{
    GraphThumbnail::paint(m_painter, e, m_snapshot, m_scales, m_font, m_palette);
}

void GraphPainter::paintProblem(QPainter &painter, const std::string &problem, const QFont &font,
                                const QPalette &palette, int width, int height)
{
    if (problem.empty())
        return;
    // A refused step (divergence) is said on the picture itself, where the class is looking.
    const QFontMetricsF metrics(font);
    const double boxWidth = width - 24.0;
    const QString text = QStringLiteral("⚠ ") + QString::fromStdString(problem);
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, boxWidth - 20, 1e6), Qt::TextWordWrap, text);
    const QRectF box(12, height - bounds.height() - 28, boxWidth, bounds.height() + 16);
    painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
    QColor fill = palette.color(QPalette::Base);
    fill.setAlphaF(0.94);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(box.adjusted(10, 8, -10, -8), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace rnnlab
