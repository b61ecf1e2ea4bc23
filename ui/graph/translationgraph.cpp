// SPDX-License-Identifier: MIT
#include "ui/graph/translationgraph.h"

#include "engine/tasks/translatetask.h"
#include "ui/common/colormap.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/readability.h"
#include "ui/common/readernumber.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/equationview.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! The canvas the scroll area scrolls: it paints what its graph says.
class Canvas : public QWidget
{
public:
    explicit Canvas(TranslationGraph *graph)
        : QWidget(graph)
        , m_graph(graph)
    { }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        m_graph->paint(painter);
    }

private:
    TranslationGraph *m_graph;
};

const TranslateTask *translateTaskOf(const TrainingSnapshot &snapshot)
{
    return snapshot.setup ? dynamic_cast<const TranslateTask *>(snapshot.setup->task.get()) : nullptr;
}

//! Pair \a pair's greedy pass in \a snapshot, or null (no translation, or none computed).
const GreedyPass *greedyOf(const TrainingSnapshot &snapshot, int pair)
{
    if (!snapshot.greedy || pair < 0 || pair >= int(snapshot.greedy->size()))
        return nullptr;
    return &(*snapshot.greedy)[std::size_t(pair)];
}

QString encoderCaption()
{
    return TranslationGraph::tr("Encoder (encoder): reads the source");
}

QString contextCaption()
{
    return TranslationGraph::tr("context");
}

QString decoderCaption(bool greedy)
{
    return greedy ? TranslationGraph::tr("Decoder (decoder) and fc, translating (greedy): its own previous output in")
                  : TranslationGraph::tr("Decoder (decoder) and fc, teacher forcing: the previous target token in");
}

void arrow(QPainter &painter, QPointF from, QPointF to, const QColor &color, double width, bool dashed = false)
{
    QPen pen(color, width);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(from, to);
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1)
        return;
    const QPointF u = d / length;
    const QPointF v(-u.y(), u.x());
    const double head = 4 + width;
    QPainterPath path;
    path.moveTo(to);
    path.lineTo(to - u * head + v * head * 0.55);
    path.lineTo(to - u * head - v * head * 0.55);
    path.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
    painter.setBrush(Qt::NoBrush);
}

} // namespace

TranslationGraph::TranslationGraph(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("translationGraph"));
    m_canvas = new Canvas(this);
    m_canvas->setMouseTracking(true);
    m_canvas->installEventFilter(this);
    setWidget(m_canvas);
    setWidgetResizable(false);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
}

QFont TranslationGraph::viewFont() const
{
    QFont f = font();
    const double dpi = logicalDpiY();
    if (Readability::pixelsOf(f.pointSizeF(), f.pixelSize(), dpi) < Readability::normalPixels - 0.01)
        f.setPointSizeF(Readability::pointSizeFor(Readability::normalPixels, dpi));
    return f;
}

void TranslationGraph::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales)
{
    m_snapshot = snapshot;
    m_scales = scales;
    relayout();
    m_canvas->update();
}

void TranslationGraph::setPairIndex(int pair)
{
    m_pair = std::max(0, pair);
    relayout();
    m_canvas->update();
}

void TranslationGraph::setGreedy(bool greedy)
{
    m_greedy = greedy;
    relayout();
    m_canvas->update();
}

void TranslationGraph::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void TranslationGraph::relayout()
{
    if (!m_snapshot || !translateTaskOf(*m_snapshot) || m_snapshot->trace.sequences.empty()) {
        m_layout = TranslationLayout();
        m_canvas->resize(viewport()->size());
        return;
    }
    const TrainingSnapshot &s = *m_snapshot;
    const TranslateTask &task = *translateTaskOf(s);
    m_pair = std::min(m_pair, int(s.trace.sequences.size()) - 1);
    const auto &sequence = s.trace.sequences[std::size_t(m_pair)];
    const QFont font = viewFont();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const GreedyPass *pass = m_greedy ? greedyOf(s, m_pair) : nullptr;
    TranslationGeometry g;
    g.sourceLength = int(s.setup->session.data.pairs[std::size_t(m_pair)].first.size());
    g.decoderSteps = pass ? std::max(1, pass->steps()) : sequence.length();
    g.layers = s.setup->session.model.numLayers;
    g.hiddenSize = s.setup->session.model.hiddenSize;
    g.sourceVocabulary = task.inputSize();
    g.targetTokens = task.outputSize();
    // A pixel kept spare: a drawing as wide as the view to the last fraction rounds up past it,
    // and the scroll bar it would bring takes the room it was laid out in.
    g.viewport = QSizeF(viewport()->size()) - QSizeF(1, 1);
    g.lineHeight = metrics.height();
    g.numberWidth = metrics.horizontalAdvance(QStringLiteral("−0.00"));
    g.greedy = pass != nullptr;
    // Every label a column prints, whole: its tokens (bold) and its prediction's two lines.
    const auto widest = [&](const std::vector<TranslationNode> &nodes) {
        double w = 0;
        for (const TranslationNode &node : nodes) {
            if (node.cells != 0)
                continue;
            const QStringList lines = textOf(s, m_pair, node, m_greedy).split(u'\n');
            if (node.kind == TranslationNodeKind::Prediction)
                g.predictionLines = std::max(g.predictionLines, int(lines.size()));
            for (qsizetype i = 0; i < lines.size(); ++i)
                w = std::max(w,
                             (i == 0 && node.kind != TranslationNodeKind::StepLabel ? boldMetrics : metrics)
                                 .horizontalAdvance(lines[i]));
        }
        return w;
    };
    g.contextCaptionWidth = boldMetrics.horizontalAdvance(contextCaption()) + 8;
    m_layout = TranslationLayout::of(g);
    g.labelWidth = widest(m_layout.nodes);
    // The captions wrapped to their boxes: as many lines as the longer needs.
    m_layout = TranslationLayout::of(g);
    const auto linesOf = [&](const QString &caption, const QRectF &rect) {
        const QRectF r = boldMetrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, caption);
        return std::max(1, int(std::ceil(r.height() / boldMetrics.lineSpacing() - 0.01)));
    };
    g.captionLines = std::max(linesOf(encoderCaption(), m_layout.encoderCaption),
                              linesOf(decoderCaption(m_greedy), m_layout.decoderCaption));
    if (g.captionLines > 1)
        m_layout = TranslationLayout::of(g);
    const QSize size(int(std::ceil(std::max(m_layout.size.width(), g.viewport.width()))),
                     int(std::ceil(std::max(m_layout.size.height(), g.viewport.height()))));
    if (m_canvas->size() != size)
        m_canvas->resize(size);
}

std::optional<float> TranslationGraph::valueOf(const TrainingSnapshot &snapshot, int pair, const TranslationNode &node,
                                               int cell, bool greedy)
{
    const TranslateTask *task = translateTaskOf(snapshot);
    if (!task || pair < 0 || pair >= int(snapshot.trace.sequences.size()) || cell < 0 || cell >= node.cells)
        return std::nullopt;
    const auto &sequence = snapshot.trace.sequences[std::size_t(pair)];
    const int L = snapshot.setup->session.model.numLayers;
    if (greedy && node.decoder) {
        // The Translate view's decoder: the greedy pass, fed its own previous output.
        const GreedyPass *pass = greedyOf(snapshot, pair);
        if (!pass || node.t >= pass->steps())
            return std::nullopt;
        switch (node.kind) {
        case TranslationNodeKind::Hidden: return pass->hidden[std::size_t(node.layer)](cell, node.t);
        case TranslationNodeKind::OneHot: return pass->inputs[std::size_t(node.t)] == cell ? 1.0f : 0.0f;
        case TranslationNodeKind::Output: return pass->probabilities(cell, node.t);
        default: return std::nullopt;
        }
    }
    switch (node.kind) {
    case TranslationNodeKind::Hidden: {
        const auto &layer = sequence.layers[std::size_t(node.layer + (node.decoder ? L : 0))];
        if (node.t >= layer.hidden.cols())
            return std::nullopt;
        return layer.hidden(cell, node.t);
    }
    case TranslationNodeKind::Context: {
        // What the decoder's layer starts from: the encoder's final h of that layer.
        const auto &layer = sequence.layers[std::size_t(node.layer + L)];
        if (layer.initialHidden.size() <= cell)
            return std::nullopt;
        return layer.initialHidden(cell);
    }
    case TranslationNodeKind::OneHot: {
        if (node.decoder)
            return node.t < int(sequence.inputs.size()) && sequence.inputs[std::size_t(node.t)] == cell ? 1.0f : 0.0f;
        std::vector<int> source;
        task->encodeSource(snapshot.setup->session.data.pairs[std::size_t(pair)].first, source);
        return node.t < int(source.size()) && source[std::size_t(node.t)] == cell ? 1.0f : 0.0f;
    }
    case TranslationNodeKind::Output:
        if (node.t >= sequence.probabilities.cols())
            return std::nullopt;
        return sequence.probabilities(cell, node.t);
    default: return std::nullopt;
    }
}

QString TranslationGraph::textOf(const TrainingSnapshot &snapshot, int pair, const TranslationNode &node, bool greedy)
{
    const TranslateTask *task = translateTaskOf(snapshot);
    if (!task || pair < 0 || pair >= int(snapshot.trace.sequences.size()))
        return {};
    const auto &sequence = snapshot.trace.sequences[std::size_t(pair)];
    const std::u32string &source = snapshot.setup->session.data.pairs[std::size_t(pair)].first;
    const auto token = [&](int index) {
        const std::u32string name = task->outputName(index);
        return name.size() == 1 ? visibleCharacter(name.front()) : QString::fromStdU32String(name);
    };
    // A prediction: the argmax, then ✓ — or ✗, then the target (none past the target's <eos>).
    // One item a line, so that a column as wide as a token holds each.
    const auto judged = [&](int predicted, int target) {
        if (predicted == target)
            return token(predicted) + QStringLiteral("\n✓");
        return token(predicted) + (target >= 0 ? QStringLiteral("\n✗\n") + token(target) : QStringLiteral("\n✗"));
    };
    const GreedyPass *pass = greedy && node.decoder ? greedyOf(snapshot, pair) : nullptr;
    if (greedy && node.decoder && node.kind != TranslationNodeKind::StepLabel) {
        if (!pass || node.t >= pass->steps())
            return {};
        if (node.kind == TranslationNodeKind::Token)
            return token(pass->inputs[std::size_t(node.t)]);
        if (node.kind == TranslationNodeKind::Prediction)
            return judged(pass->tokens[std::size_t(node.t)],
                          node.t < int(sequence.targets.size()) ? sequence.targets[std::size_t(node.t)] : -1);
        return {};
    }
    switch (node.kind) {
    case TranslationNodeKind::StepLabel: return QStringLiteral("t = %1").arg(node.t + 1);
    case TranslationNodeKind::Token:
        if (!node.decoder)
            return node.t < int(source.size()) ? visibleCharacter(source[std::size_t(node.t)]) : QString();
        return node.t < int(sequence.inputs.size()) ? token(sequence.inputs[std::size_t(node.t)]) : QString();
    case TranslationNodeKind::Prediction: {
        if (node.t >= int(sequence.predictions.size()) || node.t >= int(sequence.targets.size()))
            return {};
        return judged(sequence.predictions[std::size_t(node.t)], sequence.targets[std::size_t(node.t)]);
    }
    default: return {};
    }
}

void TranslationGraph::paint(QPainter &painter) const
{
    const QPalette &pal = palette();
    if (!m_snapshot || m_layout.nodes.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No translation to draw yet"));
        return;
    }
    const TrainingSnapshot &s = *m_snapshot;
    const QFont font = viewFont();
    painter.setFont(font);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const int L = s.setup->session.model.numLayers;
    const bool greedy = m_greedy && s.greedy;

    // The boxes: the encoder, the context (the one vector that carries the source across), the decoder.
    const auto box = [&](const QRectF &r, const QRectF &captionRect, const QString &caption, bool context) {
        QColor fill = context ? accent : pal.color(QPalette::AlternateBase);
        fill.setAlphaF(context ? 0.16 : 0.5);
        painter.setPen(QPen(context ? accent : pal.color(QPalette::Mid), context ? 2.5 : 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 6, 6);
        painter.setBrush(Qt::NoBrush);
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        // Wrapped to the box, never elided: relayout() gave the captions the lines they need.
        const int flags = (context ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap;
        painter.drawText(captionRect, flags, caption);
        LayoutRecorder::note(painter, captionRect, flags, caption, {"graph", "label"});
        painter.setFont(font);
    };
    box(m_layout.encoderBox, m_layout.encoderCaption, encoderCaption(), false);
    box(m_layout.contextBox, m_layout.contextCaption, contextCaption(), true);
    box(m_layout.decoderBox, m_layout.decoderCaption, decoderCaption(m_greedy && s.greedy), false);

    // The arrows under the nodes.
    for (const TranslationEdge &edge : m_layout.edges) {
        switch (edge.kind) {
        case TranslationEdgeKind::Forward:
            arrow(painter, edge.from, edge.to, matrixColor(MatrixRole::InputToHidden), 1.5);
            break;
        case TranslationEdgeKind::Recurrent:
            arrow(painter, edge.from, edge.to, matrixColor(MatrixRole::HiddenToHidden, edge.layer, L), 1.5);
            break;
        case TranslationEdgeKind::Context: arrow(painter, edge.from, edge.to, accent, 3); break;
        case TranslationEdgeKind::TeacherForcing: {
            // Down the gap between the two columns: the target of step t is the input of step t + 1.
            const double gapX = edge.to.x() - (edge.to.x() - edge.from.x()) / 2;
            QPen pen(pal.color(QPalette::PlaceholderText), 1.2, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(edge.from, QPointF(gapX, edge.from.y()));
            painter.drawLine(QPointF(gapX, edge.from.y()), QPointF(gapX, edge.to.y()));
            arrow(painter, QPointF(gapX, edge.to.y()), edge.to, pal.color(QPalette::PlaceholderText), 1.2);
            break;
        }
        case TranslationEdgeKind::Feedback: {
            // The same way, solid: the output y_{t−1} (its argmax) is the input x_t.
            const double gapX = edge.to.x() - (edge.to.x() - edge.from.x()) / 2;
            painter.setPen(QPen(accent, 1.8));
            painter.drawLine(edge.from, QPointF(gapX, edge.from.y()));
            painter.drawLine(QPointF(gapX, edge.from.y()), QPointF(gapX, edge.to.y()));
            arrow(painter, QPointF(gapX, edge.to.y()), edge.to, accent, 1.8);
            break;
        }
        }
    }

    // The nodes.
    for (const TranslationNode &node : m_layout.nodes) {
        if (node.cells == 0) {
            // One line (a step, a token), or a prediction's: the argmax (bold), then ✓, or ✗ and the
            // target. The columns are as wide as these labels (relayout), so none is cut.
            const QStringList lines = textOf(s, m_pair, node, greedy).split(u'\n');
            const double lineH = node.kind == TranslationNodeKind::Prediction
                ? node.rect.height() / std::max(qsizetype(2), lines.size()) * 0.97
                : node.rect.height();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QFont f = font;
                f.setBold(i == 0
                          && (node.kind == TranslationNodeKind::Token || node.kind == TranslationNodeKind::Prediction));
                painter.setFont(f);
                const bool wrong = i == 1 && lines[i].startsWith(u'✗');
                painter.setPen(node.kind == TranslationNodeKind::StepLabel || i == 2
                                   ? pal.color(QPalette::PlaceholderText)
                                   : wrong ? QColor(0xB0, 0x30, 0x00)
                                           : text);
                const QRectF r(node.rect.left(), node.rect.top() + i * lineH, node.rect.width(), lineH);
                painter.drawText(r, Qt::AlignCenter, lines[i]);
                LayoutRecorder::note(painter, r, Qt::AlignCenter, lines[i],
                                     {"graph", node.kind == TranslationNodeKind::StepLabel ? "t" : "x", -1, node.t});
            }
            painter.setFont(font);
            continue;
        }
        const bool probabilities = node.kind == TranslationNodeKind::Output;
        const double scale = probabilities ? 1.0 : node.kind == TranslationNodeKind::OneHot ? 1.0 : m_scales.hidden;
        const auto &sequence = s.trace.sequences[std::size_t(m_pair)];
        const bool numbers = probabilities ? m_layout.outputNumbersFit : m_layout.numbersFit;
        for (int i = 0; i < node.cells; ++i) {
            const std::optional<float> value = valueOf(s, m_pair, node, i, greedy);
            const QRectF cell = node.cellRect(i).adjusted(0.5, 0.5, -0.5, -0.5);
            const QColor color = value ? valueColor(*value, scale) : pal.color(QPalette::Mid);
            painter.fillRect(cell, color);
            if (value && numbers && node.kind != TranslationNodeKind::OneHot) {
                const QString number = EquationView::number(*value, 2);
                painter.setPen(textColorOn(color));
                painter.drawText(cell, Qt::AlignCenter, number);
                LayoutRecorder::note(painter, cell, Qt::AlignCenter, number,
                                     {"graph", probabilities ? "p" : "h", node.layer, node.t, i});
            }
        }
        // The argmax framed, the target's cell underlined: right when they are one cell.
        const GreedyPass *pass = greedy ? greedyOf(s, m_pair) : nullptr;
        const std::vector<int> &argmax = pass ? pass->tokens : sequence.predictions;
        if (probabilities && node.t < int(argmax.size())) {
            painter.setPen(QPen(text, 2));
            painter.drawRect(node.cellRect(argmax[std::size_t(node.t)]).adjusted(1, 1, -1, -1));
            const int target = node.t < int(sequence.targets.size()) ? sequence.targets[std::size_t(node.t)] : -1;
            if (target >= 0) {
                const QRectF t = node.cellRect(target);
                painter.setPen(QPen(accent, 3));
                painter.drawLine(QPointF(t.left() + 2, t.bottom() - 1.5), QPointF(t.right() - 2, t.bottom() - 1.5));
            }
        }
        painter.setPen(QPen(node.kind == TranslationNodeKind::Context ? accent : pal.color(QPalette::Mid),
                            node.kind == TranslationNodeKind::Context ? 3 : 1));
        painter.drawRect(node.rect);
    }

    // The walk by hand's place: a soft halo and a firm outline, as the other tasks' graph has it.
    if (m_cursor) {
        for (const TranslationNode *node : highlighted(m_layout, *m_cursor, L)) {
            QColor halo = accent;
            halo.setAlphaF(0.25);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(halo, 8));
            painter.drawRoundedRect(node->rect.adjusted(-3, -3, 3, 3), 5, 5);
            painter.setPen(QPen(accent, 2.5));
            painter.drawRoundedRect(node->rect.adjusted(-3, -3, 3, 3), 5, 5);
        }
    }
}

std::vector<const TranslationNode *> TranslationGraph::highlighted(const TranslationLayout &layout,
                                                                   const StepCursor &cursor, int layers)
{
    std::vector<const TranslationNode *> out;
    const auto add = [&out](const TranslationNode *node) {
        if (node)
            out.push_back(node);
    };
    const bool decoder = cursor.layer >= layers;
    const int layer = cursor.layer % std::max(1, layers);
    switch (cursor.phase) {
    case Phase::Context:
    case Phase::BackwardContext: add(layout.find(TranslationNodeKind::Context, false, 0, layer)); break;
    case Phase::Output:
    case Phase::Softmax: add(layout.find(TranslationNodeKind::Output, true, cursor.t)); break;
    case Phase::Prediction:
    case Phase::Loss: add(layout.find(TranslationNodeKind::Prediction, true, cursor.t)); break;
    case Phase::Input:
        add(layer == 0 ? layout.find(TranslationNodeKind::OneHot, decoder, cursor.t)
                       : layout.find(TranslationNodeKind::Hidden, decoder, cursor.t, layer - 1));
        break;
    default: add(layout.find(TranslationNodeKind::Hidden, decoder, cursor.t, layer)); break;
    }
    return out;
}

void TranslationGraph::setStepCursor(const std::optional<StepCursor> &cursor)
{
    if (cursor == m_cursor)
        return;
    m_cursor = cursor;
    if (m_cursor && m_snapshot && m_snapshot->setup) {
        for (const TranslationNode *node :
             highlighted(m_layout, *m_cursor, m_snapshot->setup->session.model.numLayers)) {
            const QPointF c = node->rect.center();
            ensureVisible(int(c.x()), int(c.y()), int(node->rect.width() / 2) + 12, int(node->rect.height() / 2) + 12);
        }
    }
    m_canvas->update();
}

QString TranslationGraph::cellName(const TrainingSnapshot &snapshot, const TranslationNode &node, int i, bool greedy)
{
    const QString side = node.decoder ? (greedy ? tr("decoder (greedy)") : tr("decoder")) : tr("encoder");
    switch (node.kind) {
    case TranslationNodeKind::Hidden:
        return tr("h_%1[%2] of the %3, layer %4").arg(node.t + 1).arg(i + 1).arg(side).arg(node.layer + 1);
    case TranslationNodeKind::Context:
        return tr("context, layer %1, unit %2: the encoder's last h, the decoder's h_0").arg(node.layer + 1).arg(i + 1);
    case TranslationNodeKind::OneHot: return tr("x_%1[%2] of the %3 (one-hot)").arg(node.t + 1).arg(i + 1).arg(side);
    case TranslationNodeKind::Output: {
        const auto *task = translateTaskOf(snapshot);
        return tr("p_%1(%2): the probability of this target token")
            .arg(node.t + 1)
            .arg(task ? QString::fromStdU32String(task->outputName(i)) : QString());
    }
    default: return {};
    }
}

QString TranslationGraph::toolTipAt(QPointF pos) const
{
    if (!m_snapshot)
        return {};
    const bool greedy = m_greedy && m_snapshot->greedy;
    for (const TranslationNode &node : m_layout.nodes) {
        if (!node.rect.contains(pos))
            continue;
        if (node.kind == TranslationNodeKind::Prediction) {
            const QStringList lines = textOf(*m_snapshot, m_pair, node, greedy).split(u'\n');
            if (lines.size() < 2)
                return {};
            const QString how = greedy ? tr("the greedy translation's output") : tr("the argmax (teacher forcing)");
            if (lines[1] == u"✓")
                return tr("y_%1: %2 is %3, the target ✓").arg(node.t + 1).arg(how, lines[0]);
            return lines.size() > 2
                ? tr("y_%1: %2 is %3, the target is %4 ✗").arg(node.t + 1).arg(how, lines[0], lines[2])
                : tr("y_%1: %2 is %3, past the target's <eos> ✗").arg(node.t + 1).arg(how, lines[0]);
        }
        for (int i = 0; i < node.cells; ++i) {
            if (!node.cellRect(i).contains(pos))
                continue;
            const std::optional<float> value = valueOf(*m_snapshot, m_pair, node, i, greedy);
            return cellName(*m_snapshot, node, i, greedy) + QStringLiteral(" = ")
                + (value ? ReaderNumber::significant(*value, 9) : QStringLiteral("—"));
        }
    }
    return {};
}

bool TranslationGraph::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas || event->type() != QEvent::ToolTip || !m_snapshot)
        return QScrollArea::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString tip = toolTipAt(help->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, m_canvas);
    return true;
}

} // namespace rnnlab
