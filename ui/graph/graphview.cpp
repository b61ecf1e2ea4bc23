// SPDX-License-Identifier: MIT
#include "ui/graph/graphview.h"

#include "engine/gates.h"
#include "engine/unicode.h"
#include "ui/common/colormap.h"
#include "ui/graph/gatebars.h"
#include "ui/matrices/matrixlabels.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>

namespace rnnlab {

namespace {

//! A text with its spaces and control characters made visible, as in the graph's boxes.
QString visibleText(const std::u32string &text, int maximum = 40)
{
    QString out;
    for (std::size_t i = 0; i < text.size() && int(i) < maximum; ++i)
        out += visibleCharacter(text[i]);
    if (int(text.size()) > maximum)
        out += QStringLiteral("…");
    return out;
}

QString number(double value, int digits = 3)
{
    return QString::number(value, 'g', digits);
}

//! Max |x| over \a values, for a colour scale (NaN-safe).
double maxAbs(const float *values, Eigen::Index count)
{
    double m = 0.0;
    for (Eigen::Index i = 0; i < count; ++i) {
        const double a = std::abs(static_cast<double>(values[i]));
        if (a > m)
            m = a;
    }
    return m;
}

int tensorOf(const ParameterLayout &layout, MatrixRole role, int layer)
{
    switch (role) {
    case MatrixRole::InputToHidden: return layout.stack().weightIh(layer);
    case MatrixRole::HiddenToHidden: return layout.stack().weightHh(layer);
    case MatrixRole::HiddenToOutput: return layout.fcWeight();
    case MatrixRole::Bias: return -1;
    }
    return -1;
}

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

GraphView::GraphView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_animation(new QVariantAnimation(this))
{
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumSize(320, 240);
    m_animation->setDuration(500);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toDouble();
        relayout();
    });
}

GraphView::~GraphView() = default;

const SequenceTrace<float> *GraphView::sequence() const
{
    if (!m_snapshot || m_snapshot->trace.sequences.empty())
        return nullptr;
    const auto index =
        static_cast<std::size_t>(std::clamp(m_textIndex, 0, int(m_snapshot->trace.sequences.size()) - 1));
    return &m_snapshot->trace.sequences[index];
}

double GraphView::captionHeight() const
{
    // One line of caption; the folded view adds the cell's equations under it.
    return std::ceil(QFontMetricsF(viewFont()).height() * (m_folded ? 2.8 : 1.8));
}

QFont GraphView::viewFont() const
{
    QFont f = font();
    if (m_fontScale != 1.0)
        f.setPointSizeF(f.pointSizeF() * m_fontScale);
    return f;
}

GraphGeometry GraphView::geometry() const
{
    GraphGeometry g;
    g.scale = m_fontScale;
    const QFontMetricsF metrics(viewFont());
    g.lineHeight = metrics.height();
    g.charWidth = metrics.averageCharWidth();
    const double caption = captionHeight();
    g.viewport = QSizeF(viewport()->width(), std::max(100.0, viewport()->height() - caption));
    g.zoom = m_zoom;
    if (m_snapshot && m_snapshot->setup) {
        const ModelConfig &model = m_snapshot->setup->session.model;
        g.layers = model.numLayers;
        g.hiddenSize = model.hiddenSize;
        g.outputLayer = model.outputLayer;
        g.gates = model.cell == CellKind::Lstm || model.cell == CellKind::Gru ? gateCount(model.cell) : 0;
        g.cellState = model.cell == CellKind::Lstm;
        g.vocabularySize = m_snapshot->setup->vocabulary.size();
        g.outputSize = m_snapshot->setup->outputSize();
        g.shape = taskShape();
        if (const auto *s = sequence())
            g.timeSteps = s->length();
    }
    return g;
}

void GraphView::relayout()
{
    // A large view (a projector, a maximised window) gets larger text, as long as the columns
    // still fit at fit-to-window: up to 1.75× from about 900×400 px of graph upwards.
    const QFontMetricsF base(font());
    // Type that is already large (presentation mode) is not enlarged again: at most about 18 pt.
    const double most = std::clamp(18.0 / std::max(1.0, font().pointSizeF()), 1.0, 1.75);
    double scale = std::clamp(std::min(viewport()->width() / 900.0, viewport()->height() / 400.0), 1.0, most);
    if (m_snapshot && !m_snapshot->trace.sequences.empty()) {
        const int T = std::max(1, sequence()->length());
        const double column = (viewport()->width() - 20.0 - base.averageCharWidth() * 6.5 * scale - 10) / T;
        scale = std::clamp(std::min(scale, (column - 3) / base.averageCharWidth()), 1.0, most);
    }
    if (std::abs(scale - m_fontScale) > 0.02)
        m_fontScale = scale;
    const GraphGeometry g = geometry();
    const bool changed = g.timeSteps != m_lastGeometry.timeSteps || g.layers != m_lastGeometry.layers
        || g.hiddenSize != m_lastGeometry.hiddenSize || g.vocabularySize != m_lastGeometry.vocabularySize
        || g.outputSize != m_lastGeometry.outputSize || g.shape != m_lastGeometry.shape
        || g.outputLayer != m_lastGeometry.outputLayer || g.viewport != m_lastGeometry.viewport
        || g.gates != m_lastGeometry.gates || g.cellState != m_lastGeometry.cellState || g.zoom != m_lastGeometry.zoom
        || g.lineHeight != m_lastGeometry.lineHeight || g.scale != m_lastGeometry.scale || m_unfolded.nodes().empty();
    if (changed) {
        m_unfolded = GraphLayout::unfolded(g);
        m_foldedLayout = GraphLayout::folded(g);
        m_lastGeometry = g;
    }
    const GraphLayout &target = m_folded ? m_foldedLayout : m_unfolded;
    const GraphLayout &other = m_folded ? m_unfolded : m_foldedLayout;
    m_layout = m_progress >= 1.0 ? target : GraphLayout::interpolate(other, target, m_progress);
    updateScrollBars();
    viewport()->update();
}

void GraphView::updateScrollBars()
{
    const QRectF bounds = m_layout.bounds();
    const QSize view = viewport()->size();
    const double caption = captionHeight();
    // The layout keeps its own margin: scroll only when the drawing itself does not fit.
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(bounds.right() + 2 - view.width()))));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(bounds.bottom() + 2 + caption - view.height()))));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

void GraphView::setSnapshot(const SnapshotPtr &snapshot)
{
    const bool newRun = !m_snapshot || !snapshot || snapshot->generation != m_snapshot->generation;
    m_snapshot = snapshot;
    if (newRun && snapshot && m_textIndex >= int(snapshot->trace.sequences.size()))
        m_textIndex = 0;
    if (snapshot) {
        m_weightScale = niceScale(maxAbs(snapshot->weights.flat().data(), snapshot->weights.flat().size()));
        const bool relu = snapshot->setup && snapshot->setup->session.model.cell == CellKind::RnnRelu;
        double hiddenMax = 1.0;
        if (relu) {
            hiddenMax = 0.0;
            for (const auto &s : snapshot->trace.sequences)
                for (const auto &layer : s.layers)
                    hiddenMax = std::max(hiddenMax, maxAbs(layer.hidden.data(), layer.hidden.size()));
        }
        m_hiddenScale = relu ? niceScale(hiddenMax) : 1.0; // tanh: h ∈ [−1, 1]
        double gradientMax = 0.0;
        if (snapshot->trace.hasGradients) {
            for (const auto &s : snapshot->trace.sequences)
                for (const auto &layer : s.layers)
                    gradientMax = std::max(gradientMax, maxAbs(layer.dHidden.data(), layer.dHidden.size()));
        }
        m_gradientScale = niceScale(gradientMax);
        double cellMax = 0.0;
        double cellGradientMax = 0.0;
        for (const auto &s : snapshot->trace.sequences) {
            for (const auto &layer : s.layers) {
                cellMax = std::max(cellMax, maxAbs(layer.cell.data(), layer.cell.size()));
                if (snapshot->trace.hasGradients)
                    cellGradientMax = std::max(cellGradientMax, maxAbs(layer.dCell.data(), layer.dCell.size()));
            }
        }
        m_cellScale = niceScale(cellMax);
        m_cellGradientScale = niceScale(cellGradientMax);
    }
    relayout();
}

void GraphView::setFolded(bool folded, bool animate)
{
    if (folded == m_folded)
        return;
    m_folded = folded;
    m_animation->stop();
    if (animate && isVisible()) {
        m_progress = 0.0;
        m_animation->start();
    } else {
        m_progress = 1.0;
    }
    relayout();
    emit foldedChanged(folded);
}

void GraphView::setTextIndex(int index)
{
    if (index == m_textIndex)
        return;
    m_textIndex = index;
    relayout();
}

void GraphView::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, 1.0, 8.0);
    if (std::abs(zoom - m_zoom) < 1e-9)
        return;
    // Keep the point under the anchor where it is.
    const QPointF scene = anchor + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const double factor = zoom / m_zoom;
    m_zoom = zoom;
    relayout();
    horizontalScrollBar()->setValue(int(scene.x() * factor - anchor.x()));
    verticalScrollBar()->setValue(int(scene.y() * factor - anchor.y()));
}

void GraphView::zoomIn()
{
    setZoom(m_zoom * 1.25, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void GraphView::zoomOut()
{
    setZoom(m_zoom / 1.25, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void GraphView::fitToWindow()
{
    m_zoom = 1.0;
    relayout();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
}

std::vector<double> GraphView::takeFrameTimes()
{
    std::vector<double> out;
    out.swap(m_frameTimes);
    return out;
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void GraphView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    // Presentation mode's large type: the rows and columns are measured in the font.
    if (event->type() == QEvent::FontChange) {
        relayout();
        viewport()->update();
    }
}

void GraphView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(m_zoom * std::pow(1.15, steps), event->position());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_dragStart = event->position().toPoint();
        m_scrollAtDragStart = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const QPoint delta = event->position().toPoint() - m_dragStart;
        horizontalScrollBar()->setValue(m_scrollAtDragStart.x() - delta.x());
        verticalScrollBar()->setValue(m_scrollAtDragStart.y() - delta.y());
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    viewport()->unsetCursor();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const double caption = captionHeight();
        const QPointF scene =
            QPointF(help->pos()) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value() - caption);
        const QString text = toolTipAt(scene);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

TaskShape GraphView::taskShape() const
{
    if (m_shape)
        return *m_shape;
    return m_snapshot && m_snapshot->setup && m_snapshot->setup->classifies() ? TaskShape::ManyToOne
                                                                              : TaskShape::ManyToMany;
}

void GraphView::setTaskShape(std::optional<TaskShape> shape)
{
    if (shape == m_shape)
        return;
    m_shape = shape;
    relayout();
    viewport()->update();
}

void GraphView::setOutputsHidden(bool hidden)
{
    if (hidden == m_outputsHidden)
        return;
    m_outputsHidden = hidden;
    viewport()->update();
}

bool GraphView::inShape(const GraphNode &node) const
{
    if (m_layout.isFolded())
        return true;
    const TaskShape shape = taskShape();
    const int T = m_lastGeometry.timeSteps;
    if (!shapeHasStep(shape, node.t, T))
        return false;
    switch (node.kind) {
    case NodeKind::InputChar:
    case NodeKind::OneHot: return shapeHasInput(shape, node.t, T);
    case NodeKind::Output:
    case NodeKind::Prediction: return shapeHasOutput(shape, node.t, T);
    default: return true;
    }
}

bool GraphView::inShape(const GraphEdge &e) const
{
    if (m_layout.isFolded() || e.kind == EdgeKind::Loop)
        return true;
    const TaskShape shape = taskShape();
    const int T = m_lastGeometry.timeSteps;
    if (!shapeHasStep(shape, e.t, T))
        return false;
    if (e.kind == EdgeKind::Forward && e.role == MatrixRole::HiddenToOutput)
        return shapeHasOutput(shape, e.t, T);
    if (e.kind == EdgeKind::Forward && e.role == MatrixRole::InputToHidden && e.layer == 0)
        return shapeHasInput(shape, e.t, T);
    return true;
}

QString GraphView::outputName(int index) const
{
    return outputLabel(m_snapshot->setup->vocabulary, m_snapshot->setup->classes, index);
}

QString GraphView::toolTipAt(QPointF scene) const
{
    const SequenceTrace<float> *s = sequence();
    if (!s || !m_snapshot->setup)
        return {};
    const Vocabulary &vocabulary = m_snapshot->setup->vocabulary;
    const int L = m_snapshot->setup->session.model.numLayers;
    const int shownT = s->length() - 1;
    for (const auto &e : m_layout.edges()) {
        if (!e.thumbnail.isEmpty() && e.thumbnail.contains(scene)) {
            const int tensor = tensorOf(m_snapshot->weights.layout(), e.role, e.layer);
            if (tensor < 0)
                return {};
            const auto &spec = m_snapshot->weights.layout().tensor(tensor);
            return QStringLiteral("<b>%1</b> (%2), %3×%4: the same matrix at every time step")
                .arg(matrixName(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, L),
                     QString::fromStdString(spec.name))
                .arg(spec.rows)
                .arg(spec.cols);
        }
    }
    const GraphNode *node = m_layout.nodeAt(scene);
    if (!node || (m_layout.isFolded() && node->t != shownT) || !inShape(*node))
        return {};
    if (m_outputsHidden
        && (node->kind == NodeKind::Output || node->kind == NodeKind::Prediction || node->kind == NodeKind::TimeStep))
        return QStringLiteral("Hidden until you have predicted (Lesson ▸ Reveal)");
    const int t = node->t;
    const auto ut = static_cast<std::size_t>(t);
    const QString in = visibleCharacter(vocabulary.character(s->inputs[ut]));
    const int cell = GraphLayout::cellAt(*node, scene);
    switch (node->kind) {
    case NodeKind::TimeStep:
        if (s->targets[ut] < 0)
            return QStringLiteral(
                       "Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step's)")
                .arg(t)
                .arg(in);
        return QStringLiteral("Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’")
            .arg(t)
            .arg(in, outputName(s->targets[ut]));
    case NodeKind::InputChar: return QStringLiteral("x_%1 = ‘%2’ (time step %1)").arg(t).arg(in);
    case NodeKind::OneHot:
        if (cell < 0)
            return {};
        return QStringLiteral("x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)")
            .arg(t)
            .arg(cell)
            .arg(cell == s->inputs[ut] ? 1 : 0)
            .arg(in, visibleCharacter(vocabulary.character(cell)));
    case NodeKind::Gates: {
        const CellKind kind = m_snapshot->setup->session.model.cell;
        const auto &layer = s->layers[static_cast<std::size_t>(node->layer)];
        const int H = m_snapshot->setup->session.model.hiddenSize;
        QString text = QStringLiteral("Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)")
                           .arg(t)
                           .arg(L > 1 ? QStringLiteral(", layer %1").arg(node->layer + 1) : QString());
        for (int g = 0; g < node->cells; ++g) {
            QStringList values;
            for (int k = 0; k < H && k < 8; ++k)
                values << QString::number(layer.gates(gateRows(g, H).row(k), t), 'f', 2);
            if (H > 8)
                values << QStringLiteral("…");
            text += QStringLiteral("<br><span style='color:%1'>■</span> <b>%2</b> %3: %4")
                        .arg(gateColor(kind, g).name(), gateLetter(kind, g), gateTitle(kind, g).section(u' ', 0, -2),
                             values.join(QStringLiteral(" ")));
        }
        return text;
    }
    case NodeKind::CellState: {
        if (cell < 0)
            return {};
        const auto &layer = s->layers[static_cast<std::size_t>(node->layer)];
        return QStringLiteral("c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g")
            .arg(t)
            .arg(L > 1 ? QStringLiteral(" of layer %1").arg(node->layer + 1) : QString())
            .arg(cell + 1)
            .arg(number(layer.cell(cell, t), 9));
    }
    case NodeKind::Hidden: {
        if (cell < 0)
            return {};
        const auto &layer = s->layers[static_cast<std::size_t>(node->layer)];
        if (m_lastGeometry.gates > 0) {
            const bool lstm = m_lastGeometry.cellState;
            return QStringLiteral("h_%1%2[%3] = %4<br>%5")
                .arg(t)
                .arg(L > 1 ? QStringLiteral(" of layer %1").arg(node->layer + 1) : QString())
                .arg(cell + 1)
                .arg(number(layer.hidden(cell, t), 9))
                .arg(lstm ? QStringLiteral("= o ⊙ tanh(c_t): o = %1, c_t = %2")
                                .arg(number(layer.gates(gateRows(LstmGate::Output, node->cells).row(cell), t), 6),
                                     number(layer.cell(cell, t), 6))
                          : QStringLiteral("= (1 − z) ⊙ n + z ⊙ h_{t−1}: z = %1, n = %2")
                                .arg(number(layer.gates(gateRows(GruGate::Update, node->cells).row(cell), t), 6),
                                     number(layer.gates(gateRows(GruGate::New, node->cells).row(cell), t), 6)));
        }
        return QStringLiteral("h_%1%2[%3] = %4<br>pre-activation %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)")
            .arg(t)
            .arg(L > 1 ? QStringLiteral(" of layer %1").arg(node->layer + 1) : QString())
            .arg(cell + 1)
            .arg(number(layer.hidden(cell, t), 9))
            .arg(number(layer.preActivation(cell, t), 6))
            .arg(number(layer.hiddenPart(cell, t), 6))
            .arg(number(layer.inputPart(cell, t), 6));
    }
    case NodeKind::Output: {
        if (cell < 0)
            return {};
        return (m_snapshot->setup->classifies()
                    ? QStringLiteral("P(class ‘%1’ | the text up to ‘%2’) = %3<br>logit %4%5%6")
                    : QStringLiteral("P(‘%1’ follows ‘%2’) = %3<br>logit %4%5%6"))
            .arg(outputName(cell), in)
            .arg(number(s->probabilities(cell, t), 6))
            .arg(number(s->logits(cell, t), 6))
            .arg(cell == s->targets[ut] ? QStringLiteral(" · the target") : QString())
            .arg(cell == s->predictions[ut] ? QStringLiteral(" · predicted") : QString());
    }
    case NodeKind::Prediction: {
        const bool correct = s->predictions[ut] == s->targets[ut];
        if (s->targets[ut] < 0)
            return QStringLiteral("After ‘%1’ the network would say ‘%2’; only the last time step is scored")
                .arg(in, outputName(s->predictions[ut]));
        if (m_snapshot->setup->classifies())
            return QStringLiteral(
                       "After the whole text the network says ‘%1’; its label is ‘%2’: %3<br>loss −log P(‘%2’) = %4")
                .arg(outputName(s->predictions[ut]), outputName(s->targets[ut]),
                     correct ? QStringLiteral("correct") : QStringLiteral("wrong"))
                .arg(number(s->stepLoss(t), 5));
        return QStringLiteral("After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4<br>"
                              "loss at this step −log P(‘%3’) = %5")
            .arg(in, outputName(s->predictions[ut]), outputName(s->targets[ut]),
                 correct ? QStringLiteral("correct") : QStringLiteral("wrong"))
            .arg(number(s->stepLoss(t), 5));
    }
    }
    return {};
}

void GraphView::setStepCursor(const std::optional<StepCursor> &cursor)
{
    if (cursor == m_cursor)
        return;
    m_cursor = cursor;
    viewport()->update();
}

void GraphView::setWalkOrder(WalkOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    viewport()->update();
}

int GraphView::shownTimeStep() const
{
    const SequenceTrace<float> *s = sequence();
    if (!s)
        return 0;
    return m_cursor ? std::clamp(m_cursor->t, 0, s->length() - 1) : s->length() - 1;
}

namespace {
constexpr double pendingOpacity = 0.14; // not computed yet: a ghost of the slide
}

GraphView::Emphasis GraphView::emphasis(const GraphNode &n) const
{
    if (!m_cursor)
        return {};
    const StepCursor &c = *m_cursor;
    const bool gated = m_lastGeometry.gates > 0;
    if (c.isBackward()) {
        // Everything of the forward pass exists; the gradient has reached the hidden states (and
        // an LSTM's cell states) from where it started down to the cursor, in the walk's order.
        const bool strip = n.kind == NodeKind::Hidden || n.kind == NodeKind::CellState;
        const bool reached = strip && backwardReached(n.t, n.layer);
        const bool sameStep = n.t == c.t && n.layer == c.layer;
        bool here = false;
        if (sameStep) {
            if (!gated)
                here = n.kind == NodeKind::Hidden;
            else
                here = (n.kind == NodeKind::Hidden && c.phase == Phase::BackwardHidden)
                    || (n.kind == NodeKind::CellState && c.phase == Phase::BackwardCell)
                    || (n.kind == NodeKind::Gates && c.phase == Phase::BackwardPre);
        }
        // dL/dc_t exists once its step's BackwardCell phase is reached.
        const bool cellReached = n.kind != NodeKind::CellState || !sameStep || c.phase != Phase::BackwardHidden;
        Emphasis e;
        e.gradient = reached && cellReached;
        e.highlight = here || (n.kind == NodeKind::TimeStep && n.t == c.t);
        e.opacity = strip && !e.gradient ? 0.4 : 1.0;
        return e;
    }
    const bool inputSide = c.phase == Phase::Input || c.phase == Phase::InputPart || c.phase == Phase::Sum;
    const bool hiddenSide = c.phase == Phase::HiddenPart || c.phase == Phase::Sum
        || (m_lastGeometry.gates == 3 && c.phase == Phase::Activation); // GRU: h_t mixes h_{t−1} in
    const bool columnNode = n.kind == NodeKind::InputChar || n.kind == NodeKind::OneHot || n.kind == NodeKind::TimeStep;
    if (!notFuture(n.t, columnNode ? 0 : n.layer, n.kind == NodeKind::Output || n.kind == NodeKind::Prediction))
        return {pendingOpacity, false, false, false};
    if (n.t != c.t
        || (!columnNode && n.kind != NodeKind::Output && n.kind != NodeKind::Prediction && n.layer != c.layer)) {
        // Computed earlier in the walk. h_{t−1} feeds the current step's W_hh h_{t−1}; c_{t−1} its
        // c_t; h_t of the layer below its input.
        const bool previousHidden = n.kind == NodeKind::Hidden && n.t == c.t - 1 && n.layer == c.layer && hiddenSide;
        const bool previousCell =
            n.kind == NodeKind::CellState && n.t == c.t - 1 && n.layer == c.layer && c.phase == Phase::CellState;
        const bool below =
            n.kind == NodeKind::Hidden && n.t == c.t && n.layer == c.layer - 1 && inputSide && !c.isOutputPhase();
        const bool top = n.kind == NodeKind::Hidden && n.t == c.t && n.layer == m_lastGeometry.layers - 1
            && c.phase == Phase::Output;
        return {1.0, previousHidden || previousCell || below || top, false, false};
    }
    if (n.t != c.t)
        return {};
    switch (n.kind) {
    case NodeKind::Gates:
        if (c.isOutputPhase())
            return {};
        // A GRU's candidate n_t is one of its gate bars.
        return {c.phase >= Phase::Gates ? 1.0 : pendingOpacity,
                c.phase == Phase::Gates || (!m_lastGeometry.cellState && c.phase == Phase::CellState), false, false};
    case NodeKind::CellState:
        if (c.isOutputPhase())
            return {};
        return {c.phase >= Phase::CellState ? 1.0 : pendingOpacity,
                c.phase == Phase::CellState || (m_lastGeometry.cellState && c.phase == Phase::Activation), false,
                false};
    case NodeKind::TimeStep: return {1.0, true, false, false};
    case NodeKind::InputChar: return {1.0, c.layer == 0 && c.phase == Phase::Input, false, false};
    case NodeKind::OneHot: return {1.0, c.layer == 0 && inputSide && !c.isOutputPhase(), false, false};
    case NodeKind::Hidden:
        if (n.layer < c.layer)
            return {1.0, n.layer == c.layer - 1 && inputSide, false, false};
        if (n.layer > c.layer && !c.isOutputPhase())
            return {pendingOpacity, false, false, false};
        if (n.layer == c.layer && !c.isOutputPhase() && c.phase != Phase::Activation)
            return {pendingOpacity, false, false, false};
        return {1.0,
                (n.layer == c.layer && c.phase == Phase::Activation)
                    || (n.layer == m_lastGeometry.layers - 1 && c.phase == Phase::Output),
                false, false};
    case NodeKind::Output:
        if (c.phase < Phase::Softmax || !c.isOutputPhase())
            return {pendingOpacity, false, false, false};
        return {1.0, c.phase == Phase::Softmax || c.phase == Phase::Loss, false, false};
    case NodeKind::Prediction:
        if (c.phase < Phase::Prediction || !c.isOutputPhase())
            return {pendingOpacity, false, false, false};
        return {1.0, true, false, false};
    }
    return {};
}

bool GraphView::notFuture(int t, int layer, bool output) const
{
    const StepCursor &c = *m_cursor;
    if (m_order == WalkOrder::TimeMajor) {
        if (output)
            return t < c.t || (t == c.t && c.isOutputPhase());
        return t < c.t || (t == c.t && (c.isOutputPhase() || layer <= c.layer));
    }
    if (output)
        return c.isOutputPhase() && t <= c.t;
    return c.isOutputPhase() || layer < c.layer || (layer == c.layer && t <= c.t);
}

bool GraphView::backwardReached(int t, int layer) const
{
    const StepCursor &c = *m_cursor;
    if (m_order == WalkOrder::TimeMajor)
        return t > c.t || (t == c.t && layer >= c.layer);
    return layer > c.layer || (layer == c.layer && t >= c.t);
}

GraphView::Emphasis GraphView::emphasis(const GraphEdge &e) const
{
    if (!m_cursor)
        return {};
    const StepCursor &c = *m_cursor;
    const int L = m_lastGeometry.layers;
    if (c.isBackward()) {
        Emphasis out;
        out.opacity = 0.55;
        // Into h_t (t = c.t, layer c.layer) the gradient arrives along these, backwards; an LSTM's
        // dL/dc_t also along the cell state's lane from t+1.
        const bool fromNext = e.kind == EdgeKind::Recurrent && e.t == c.t + 1 && e.layer == c.layer
            && (e.cellLane ? c.phase == Phase::BackwardCell : c.phase != Phase::BackwardCell);
        const bool fromOutput = e.kind == EdgeKind::Forward && e.t == c.t && e.role == MatrixRole::HiddenToOutput
            && c.layer == L - 1 && c.phase == Phase::BackwardHidden;
        const bool fromAbove = e.kind == EdgeKind::Forward && e.t == c.t && e.role == MatrixRole::InputToHidden
            && e.layer == c.layer + 1 && c.phase == Phase::BackwardHidden;
        const bool toWeights = c.phase == Phase::BackwardPre && e.t == c.t && e.layer == c.layer && !e.cellLane
            && ((e.kind == EdgeKind::Forward && e.role == MatrixRole::InputToHidden) || e.kind == EdgeKind::Recurrent
                || e.kind == EdgeKind::InitialState);
        if (fromNext || fromOutput || fromAbove || toWeights) {
            out.opacity = 1.0;
            out.highlight = true;
            out.reversed = !toWeights;
        }
        return out;
    }
    if (e.role == MatrixRole::HiddenToOutput) {
        if (!notFuture(e.t, L - 1, true))
            return {pendingOpacity, false, false, false};
        return {1.0, e.t == c.t && c.phase == Phase::Output, false, false};
    }
    if (!notFuture(e.t, e.layer, false))
        return {pendingOpacity, false, false, false};
    if (e.t != c.t || e.layer != c.layer || c.isOutputPhase())
        return {};
    if (e.cellLane) // c_{t−1} → c_t: the cell phase
        return {c.phase >= Phase::CellState ? 1.0 : pendingOpacity, c.phase == Phase::CellState, false, false};
    const bool recurrent = e.kind == EdgeKind::Recurrent || e.kind == EdgeKind::InitialState;
    const bool highlight = recurrent ? (c.phase == Phase::HiddenPart || c.phase == Phase::Sum)
                                     : (c.phase == Phase::InputPart || c.phase == Phase::Sum);
    const bool computed = recurrent ? c.phase >= Phase::HiddenPart : c.phase >= Phase::InputPart;
    return {computed ? 1.0 : pendingOpacity, highlight, false, false};
}

void GraphView::paintHighlight(QPainter &painter, const QRectF &rect) const
{
    // A soft halo and a firm outline in the highlight colour: "look here".
    QColor halo = palette().color(QPalette::Highlight);
    halo.setAlphaF(0.25);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(halo, 8));
    painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5);
}

void GraphView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(viewFont());
    paintCaption(painter);
    const SequenceTrace<float> *s = sequence();
    if (s) {
        const double caption = captionHeight();
        painter.save();
        painter.translate(-horizontalScrollBar()->value(), caption - verticalScrollBar()->value());
        const QRectF shown(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(),
                           viewport()->height() - caption);
        painter.setClipRect(shown);
        // Only what is (nearly) in view is painted: a 10,000-character text has tens of thousands
        // of nodes, and shaping the text of every one of them froze the window for seconds per
        // frame. The margin keeps highlights, arrowheads and labels that stick out of a box.
        const QRectF near = shown.adjusted(-48, -48, 48, 48);
        const auto edgeInView = [&near](const GraphEdge &e) {
            return e.extent.intersects(near) || (e.labelled && e.label.intersects(near))
                || (!e.thumbnail.isEmpty() && e.thumbnail.intersects(near))
                || (!e.caption.isEmpty() && e.caption.intersects(near));
        };
        const int shownT = shownTimeStep();
        // How unfolded the picture is: 1 = unfolded, 0 = folded.
        const double unfolded = m_folded ? 1.0 - m_progress : m_progress;

        // Row labels.
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const int L = m_snapshot->setup->session.model.numLayers;
        for (const auto &r : m_layout.rowLabels()) {
            QString text;
            switch (r.kind) {
            case NodeKind::InputChar: text = QStringLiteral("input"); break;
            case NodeKind::OneHot: text = QStringLiteral("x_t"); break;
            case NodeKind::Hidden:
                text = L > 1 ? QStringLiteral("h_t") + matrixName(MatrixRole::Bias, r.layer, L).mid(1)
                             : QStringLiteral("h_t");
                break;
            case NodeKind::Output: text = QStringLiteral("y_t"); break;
            case NodeKind::Prediction: text = QStringLiteral("output"); break;
            case NodeKind::TimeStep: text = QStringLiteral("t"); break;
            case NodeKind::CellState:
                text = L > 1 ? QStringLiteral("c_t") + matrixName(MatrixRole::Bias, r.layer, L).mid(1)
                             : QStringLiteral("c_t");
                break;
            case NodeKind::Gates: break;
            }
            QFont f = viewFont();
            f.setItalic(r.kind != NodeKind::InputChar && r.kind != NodeKind::Prediction);
            painter.setFont(f);
            painter.drawText(r.rect, Qt::AlignRight | Qt::AlignVCenter, text);
        }
        painter.setFont(viewFont());

        // Arrows below the nodes.
        for (const auto &e : m_layout.edges()) {
            if (!inShape(e) || !edgeInView(e))
                continue;
            double opacity = 1.0;
            if (e.kind == EdgeKind::Recurrent || e.kind == EdgeKind::InitialState)
                opacity = unfolded;
            else if (m_layout.isFolded() && e.kind == EdgeKind::Forward && e.t != shownT)
                continue;
            else if (e.kind == EdgeKind::Forward && e.t != shownT)
                opacity = unfolded;
            const Emphasis emphasis = this->emphasis(e);
            opacity *= emphasis.opacity;
            if (opacity > 0.02)
                paintEdge(painter, e, opacity, emphasis);
        }
        if (unfolded < 1.0) {
            // The loop of the folded picture, fading in as the columns collapse.
            for (const auto &e : m_foldedLayout.edges()) {
                if (e.kind == EdgeKind::Loop)
                    paintEdge(painter, e, 1.0 - unfolded, Emphasis());
            }
        }
        for (const auto &node : m_layout.nodes()) {
            if ((m_layout.isFolded() && node.t != shownT) || !node.rect.intersects(near) || !inShape(node))
                continue;
            const Emphasis emphasis = this->emphasis(node);
            const double opacity = (node.t == shownT ? 1.0 : unfolded) * emphasis.opacity;
            if (opacity > 0.02)
                paintNode(painter, node, opacity, emphasis);
        }
        // The highlights on top of everything, so that no neighbour covers them.
        if (m_cursor && m_progress >= 1.0) {
            for (const auto &node : m_layout.nodes()) {
                if ((!m_layout.isFolded() || node.t == shownT) && node.rect.intersects(near)
                    && emphasis(node).highlight)
                    paintHighlight(painter, node.rect);
            }
        }
        if (m_progress >= 1.0) {
            for (const auto &e : m_layout.edges()) {
                if (!e.thumbnail.isEmpty() && e.thumbnail.intersects(near) && inShape(e)
                    && !(m_layout.isFolded() && e.kind == EdgeKind::Forward && e.t != shownT))
                    paintThumbnail(painter, e);
            }
        }
        painter.restore();
    }
    paintProblem(painter);
    m_frameTimes.push_back(timer.nsecsElapsed() / 1e6);
    if (m_frameTimes.size() > 100000)
        m_frameTimes.erase(m_frameTimes.begin(), m_frameTimes.begin() + 50000);
}

void GraphView::paintCaption(QPainter &painter) const
{
    const QFontMetricsF metrics(viewFont());
    const QRectF rect(8, 0, viewport()->width() - 16, captionHeight());
    painter.setPen(palette().color(QPalette::Text));
    if (!m_snapshot || !m_snapshot->setup) {
        painter.drawText(rect, Qt::AlignVCenter | Qt::AlignLeft, tr("Starting…"));
        return;
    }
    const SequenceTrace<float> *s = sequence();
    const Vocabulary &vocabulary = m_snapshot->setup->vocabulary;
    const ModelConfig &model = m_snapshot->setup->session.model;
    const auto &texts = m_snapshot->setup->session.data.texts;
    const auto text = static_cast<std::size_t>(std::clamp(m_textIndex, 0, int(texts.size()) - 1));
    const bool finite = std::isfinite(m_snapshot->trace.loss);
    QString predicted;
    int correct = 0;
    int scored = 0;
    const bool classifies = m_snapshot->setup->classifies();
    for (int t = 0; t < s->length(); ++t) {
        const auto ut = static_cast<std::size_t>(t);
        if (!classifies)
            predicted += outputName(s->predictions[ut]);
        if (s->targets[ut] >= 0) {
            ++scored;
            correct += s->predictions[ut] == s->targets[ut] ? 1 : 0;
            if (classifies)
                predicted = outputName(s->predictions[ut]);
        }
    }
    // What is drawn is the network as it is now: the weights after the steps taken, and their
    // forward pass (the pass the next training step will start from).
    const std::int64_t steps = m_snapshot->stepsTaken;
    const QString when = steps == 0 ? tr("Untrained (the seed's initial weights)")
        : steps == 1                ? tr("After 1 training step")
                                    : tr("After %1 training steps").arg(steps);
    QString caption;
    if (m_folded) {
        const auto t = static_cast<std::size_t>(shownTimeStep());
        const bool right = s->predictions[t] == s->targets[t];
        caption = tr("Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5")
                      .arg(t)
                      .arg(visibleCharacter(vocabulary.character(s->inputs[t])),
                           s->targets[t] < 0 ? tr("would say") : tr("predicts"), outputName(s->predictions[t]),
                           s->targets[t] < 0 ? tr("(not scored)")
                               : right       ? QStringLiteral("✓")
                                             : tr("✗ (should be ‘%1’)").arg(outputName(s->targets[t])));
    } else {
        caption = when + QStringLiteral(": ");
        if (texts.size() > 1)
            caption += tr("text %1 of %2, ").arg(text + 1).arg(texts.size());
        if (!finite)
            caption += tr("the outputs are not numbers (NaN): the run diverged");
        else if (classifies)
            caption += tr("“%1” → %2 %3 (label: %4)")
                           .arg(visibleText(texts[text]), predicted,
                                correct == scored ? QStringLiteral("✓") : QStringLiteral("✗"))
                           .arg(outputName(s->targets.back()));
        else
            caption +=
                tr("“%1” → “%2”, %3 of %4 right").arg(visibleText(texts[text]), predicted).arg(correct).arg(scored);
    }
    if (finite)
        caption += tr(" · loss %1").arg(m_snapshot->trace.loss, 0, 'f', 4);
    if (m_outputsHidden)
        caption = when + tr(": the outputs are hidden — predict first, then reveal (Lesson)");
    if (!m_folded && m_shape && *m_shape != TaskShape::ManyToMany)
        caption = tr("Drawn as %1 — ").arg(QString::fromLatin1(shapeName(*m_shape))) + caption;
    QFont bold = viewFont();
    bold.setBold(true);
    painter.setFont(bold);
    QRectF first = rect;
    if (m_folded)
        first.setHeight(std::ceil(metrics.height() * 1.6));
    // LSTM / GRU: the gate bars' legend at the right end of the caption line, "gates ■i ■f ■g ■o".
    const int gates = model.cell == CellKind::Lstm || model.cell == CellKind::Gru ? gateCount(model.cell) : 0;
    double legendWidth = 0.0;
    if (gates > 0) {
        const double swatch = std::round(metrics.height() * 0.7);
        const QString title = tr("gates");
        legendWidth = metrics.horizontalAdvance(title) + 6
            + gates * (swatch + 3 + metrics.horizontalAdvance(QStringLiteral("o")) + 8);
        double x = first.right() - legendWidth;
        const double cy = first.top() + std::min(first.height(), metrics.height() * 1.8) / 2;
        painter.setFont(viewFont());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(x, cy - metrics.height() / 2, legendWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        x += metrics.horizontalAdvance(title) + 6;
        for (int g = 0; g < gates; ++g) {
            painter.fillRect(QRectF(x, cy - swatch / 2, swatch, swatch), gateColor(model.cell, g));
            x += swatch + 3;
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(x, cy - metrics.height() / 2, metrics.height(), metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, gateLetter(model.cell, g));
            x += metrics.horizontalAdvance(gateLetter(model.cell, g)) + 8;
        }
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
    }
    painter.drawText(
        first.adjusted(0, 0, -legendWidth - (gates > 0 ? 12 : 0), 0), Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetricsF(bold).elidedText(caption, Qt::ElideRight, rect.width() - legendWidth - (gates > 0 ? 12 : 0)));
    painter.setFont(viewFont());
    if (m_folded) {
        // The slide's equations, for this cell.
        const QString activation = model.cell == CellKind::RnnRelu ? QStringLiteral("ReLU") : QStringLiteral("tanh");
        QString equation = QStringLiteral("h_t = %1(W_hh h_{t−1} + W_xh x_t + b)").arg(activation);
        if (model.cell == CellKind::Lstm)
            equation = QStringLiteral("i, f, o = σ(…), g = tanh(…),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)");
        else if (model.cell == CellKind::Gru)
            equation = QStringLiteral(
                "r, z = σ(…),  n = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn)),  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}");
        equation += model.outputLayer ? QStringLiteral(",   y_t = W_hy h_t + b_y") : QStringLiteral(",   y_t = h_t");
        QFont italic = viewFont();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(rect.left(), first.bottom() - 2, rect.width(),
                                rect.height() - first.height() + metrics.height() * 0.4),
                         Qt::AlignTop | Qt::AlignLeft, equation);
        painter.setFont(viewFont());
    }
}

void GraphView::paintProblem(QPainter &painter) const
{
    if (!m_snapshot || m_snapshot->problem.empty())
        return;
    // A refused step (divergence) is said on the picture itself, where the class is looking.
    const QFontMetricsF metrics(viewFont());
    const double width = viewport()->width() - 24.0;
    const QString text = QStringLiteral("⚠ ") + QString::fromStdString(m_snapshot->problem);
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width - 20, 1e6), Qt::TextWordWrap, text);
    const QRectF box(12, viewport()->height() - bounds.height() - 28, width, bounds.height() + 16);
    painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
    QColor fill = palette().color(QPalette::Base);
    fill.setAlphaF(0.94);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box.adjusted(10, 8, -10, -8), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
}

void GraphView::paintNode(QPainter &painter, const GraphNode &node, double opacity, const Emphasis &emphasis) const
{
    const SequenceTrace<float> *s = sequence();
    const Vocabulary &vocabulary = m_snapshot->setup->vocabulary;
    const auto t = static_cast<std::size_t>(node.t);
    const QPalette &pal = palette();
    const QFontMetricsF metrics(viewFont());
    painter.setOpacity(opacity);
    const QColor frame = pal.color(QPalette::Mid);
    if (m_outputsHidden && (node.kind == NodeKind::Output || node.kind == NodeKind::Prediction)) {
        // Hidden until the student has predicted: a box with a question mark.
        painter.setPen(QPen(frame, 1.0, Qt::DashLine));
        painter.setBrush(pal.color(QPalette::AlternateBase));
        painter.drawRoundedRect(node.rect, 4, 4);
        QFont f = viewFont();
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(node.rect, Qt::AlignCenter, QStringLiteral("?"));
        painter.setFont(viewFont());
        painter.setOpacity(1.0);
        return;
    }
    switch (node.kind) {
    case NodeKind::TimeStep: {
        // "t = 3", or "3", or every k-th index when the columns are narrow — decided by the widest
        // label of the row, so that one row never mixes styles ("8 9 10" running together).
        const int last = sequence()->length() - 1;
        const QString full = QStringLiteral("t = %1").arg(node.t);
        const QString index = QString::number(node.t);
        const bool fullFits = metrics.horizontalAdvance(QStringLiteral("t = %1").arg(last)) <= node.rect.width();
        QString label = fullFits ? full : index;
        if (!fullFits && metrics.horizontalAdvance(QString::number(last)) + 2 > node.rect.width()) {
            const int every = int(
                std::ceil((metrics.horizontalAdvance(QString::number(sequence()->length())) + 4) / node.rect.width()));
            const int k = every <= 2 ? 2 : every <= 5 ? 5 : every <= 10 ? 10 : 20;
            if (node.t % k != 0)
                break;
        }
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(node.rect.center().x() - 40, node.rect.top(), 80, node.rect.height()), Qt::AlignCenter,
                         label);
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
            border = correct ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00); // Okabe-Ito green / vermillion
            fill = border;
            fill.setAlphaF(0.18);
        }
        painter.setPen(QPen(border, prediction ? 2.0 : 1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(node.rect, 4, 4);
        painter.setPen(pal.color(QPalette::Text));
        QFont f = viewFont();
        f.setBold(true);
        painter.setFont(f);
        QString label = undefined ? QStringLiteral("—")
            : prediction          ? outputName(index)
                                  : visibleCharacter(vocabulary.character(index));
        // Right or wrong never by colour alone: a mark beside the character when there is room.
        if (prediction && !undefined && scored
            && node.rect.width() >= metrics.averageCharWidth() * (label.size() + 2.2))
            label += correct ? QStringLiteral("✓") : QStringLiteral("✗");
        painter.drawText(node.rect, Qt::AlignCenter, label);
        painter.setFont(viewFont());
        if (prediction && !undefined && scored && node.rect.width() < metrics.averageCharWidth() * (label.size() + 2.2)
            && !correct) {
            // Narrow columns: a wrong prediction is crossed out.
            painter.setPen(QPen(border, 1.5));
            painter.drawLine(node.rect.bottomLeft() + QPointF(2, -2), node.rect.topRight() + QPointF(-2, 2));
        }
        break;
    }
    case NodeKind::OneHot: {
        const bool printing = node.rect.width() >= metrics.averageCharWidth() + 2
            && node.rect.height() / std::max(1, node.cells) >= metrics.height() * 0.75;
        for (int i = 0; i < node.cells; ++i) {
            const QRectF cell = GraphLayout::cellRect(node, i);
            const bool hot = i == s->inputs[t];
            painter.fillRect(cell, hot ? pal.color(QPalette::Text) : pal.color(QPalette::Base));
            if (printing) {
                painter.setPen(hot ? pal.color(QPalette::Base) : pal.color(QPalette::PlaceholderText));
                painter.drawText(cell, Qt::AlignCenter, hot ? QStringLiteral("1") : QStringLiteral("0"));
            }
        }
        painter.setPen(QPen(frame, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(node.rect);
        break;
    }
    case NodeKind::Gates: {
        const CellKind cell = m_snapshot->setup->session.model.cell;
        GateBars::paint(painter, node.rect, cell, s->layers[static_cast<std::size_t>(node.layer)].gates.col(node.t),
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
        const double scale = cellState ? (emphasis.gradient ? m_cellGradientScale : m_cellScale)
                                       : (emphasis.gradient ? m_gradientScale : m_hiddenScale);
        const bool printing = node.rect.width() >= metrics.horizontalAdvance(QStringLiteral("-0.00"))
            && m_layout.cellHeight() >= metrics.height() * 0.8;
        for (int i = 0; i < node.cells; ++i) {
            const QRectF cell = GraphLayout::cellRect(node, i);
            const double value = h(i, node.t);
            const QColor colour = valueColor(value, scale);
            painter.fillRect(cell, colour);
            if (printing) {
                painter.setPen(textColorOn(colour));
                // Two decimals in tanh's range; an exploding ReLU's 6e+28 stays inside the cell.
                const QString text = emphasis.gradient || std::abs(value) >= 99.995 ? formatCellValue(value)
                                                                                    : QString::number(value, 'f', 2);
                painter.drawText(cell, Qt::AlignCenter, text);
            }
        }
        painter.setPen(QPen(frame, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(node.rect);
        break;
    }
    case NodeKind::Output: {
        const double rowHeight = node.rect.height() / node.cells;
        // A classifier's rows are class names: as wide as the widest, up to half the node.
        double labelWidth = metrics.averageCharWidth() * 1.6;
        if (m_snapshot->setup->classifies()) {
            for (int i = 0; i < node.cells; ++i)
                labelWidth = std::max(labelWidth, metrics.horizontalAdvance(outputName(i)) + 8);
            labelWidth = std::min(labelWidth, node.rect.width() / 2);
        }
        const bool labels =
            rowHeight >= metrics.height() * 0.9 && node.rect.width() >= std::min(labelWidth * 3, labelWidth + 24);
        const bool values =
            labels && node.rect.width() >= labelWidth + metrics.horizontalAdvance(QStringLiteral("0.00")) * 2.2;
        const double barLeft = node.rect.left() + (labels ? labelWidth : 0);
        const double barWidth = node.rect.right() - barLeft;
        const QColor bar = pal.color(QPalette::Highlight);
        for (int i = 0; i < node.cells; ++i) {
            const QRectF row = GraphLayout::cellRect(node, i);
            const double p = s->probabilities(i, node.t);
            const bool predicted = i == s->predictions[t];
            const bool target = i == s->targets[t];
            QColor c = bar;
            c.setAlphaF(predicted ? 0.95 : 0.45);
            const QRectF filled(barLeft, row.top() + rowHeight * 0.12, std::max(1.0, barWidth * p), rowHeight * 0.76);
            painter.fillRect(filled, c);
            if (labels) {
                QFont f = viewFont();
                f.setBold(predicted);
                f.setUnderline(target);
                painter.setFont(f);
                painter.setPen(pal.color(QPalette::Text));
                painter.drawText(QRectF(row.left(), row.top(), labelWidth, rowHeight), Qt::AlignCenter,
                                 metrics.elidedText(outputName(i), Qt::ElideRight, labelWidth - 2));
                if (values) {
                    // Always right-aligned, one column of numbers; on the bar when it reaches them.
                    const QString text = std::isfinite(p) ? QString::number(p, 'f', 2) : QStringLiteral("nan");
                    const double textLeft = barLeft + barWidth - 2 - metrics.horizontalAdvance(text);
                    painter.setPen(filled.right() > textLeft ? textColorOn(c) : pal.color(QPalette::Text));
                    painter.drawText(QRectF(barLeft + 2, row.top(), barWidth - 4, rowHeight),
                                     Qt::AlignVCenter | Qt::AlignRight, text);
                }
                painter.setFont(viewFont());
            }
            if (target) {
                // The target row is outlined (not marked by colour alone).
                painter.setPen(QPen(pal.color(QPalette::Text), 1.0, Qt::DotLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(row.adjusted(0.5, 0.5, -0.5, -0.5));
            }
        }
        painter.setPen(QPen(frame, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(node.rect);
        break;
    }
    }
    painter.setOpacity(1.0);
}

void GraphView::paintEdge(QPainter &painter, const GraphEdge &e, double opacity, const Emphasis &emphasis) const
{
    const QFontMetricsF metrics(viewFont());
    const double width = std::max(1.5, metrics.height() / 8.0) * (emphasis.highlight ? 2.2 : 1.0);
    if (emphasis.highlight && e.kind != EdgeKind::Loop) {
        QColor halo = palette().color(QPalette::Highlight);
        halo.setAlphaF(0.3 * opacity);
        painter.setPen(QPen(halo, width + 7, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(e.from, e.to);
    }
    const int layers = m_snapshot->setup->session.model.numLayers;
    QColor colour = e.identity ? palette().color(QPalette::PlaceholderText)
        : e.cellLane           ? palette().color(QPalette::Text)
                               : matrixColor(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, layers);
    painter.setOpacity(opacity * (e.cellLane ? 0.75 : 1.0));
    // The cell state's lane is the LSTM's "conveyor belt": a heavier line than the matrices' arrows.
    QPen pen(colour, e.cellLane ? width * 1.6 : width);
    if (e.identity || e.kind == EdgeKind::InitialState)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    const double head = std::max(6.0, width * 3.5);
    if (e.kind == EdgeKind::Loop) {
        QPainterPath path(e.from);
        const double reach = e.extent.right();
        path.cubicTo(QPointF(reach, e.from.y() - e.extent.height() * 0.45),
                     QPointF(reach, e.to.y() + e.extent.height() * 0.45), e.to + QPointF(head * 0.8, 0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        drawArrowHead(painter, e.to, QPointF(-1, 0), head);
    } else {
        const QPointF d = e.to - e.from;
        const double length = std::hypot(d.x(), d.y());
        if (length < 2) {
            painter.setOpacity(1.0);
            return;
        }
        const QPointF unit = d / length;
        painter.setBrush(colour);
        if (emphasis.reversed) {
            // The gradient flows back along the arrow: the head at its start, pointing back.
            painter.drawLine(e.from + unit * head * 0.8, e.to);
            painter.setPen(Qt::NoPen);
            if (length > head * 1.5)
                drawArrowHead(painter, e.from, -d, head);
        } else {
            painter.drawLine(e.from, e.to - unit * head * 0.8);
            painter.setPen(Qt::NoPen);
            if (length > head * 1.5)
                drawArrowHead(painter, e.to, d, head);
        }
        if (e.kind == EdgeKind::InitialState && std::abs(d.x()) >= metrics.averageCharWidth() * 1.5) {
            // h_{−1} = 0: the "0" sits on the stub's start, inside the column.
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(
                QRectF(e.from.x(), e.from.y() - metrics.height() - 1, metrics.averageCharWidth() * 2, metrics.height()),
                Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
        }
    }
    if (e.labelled && m_progress >= 1.0) {
        const int L = m_snapshot->setup->session.model.numLayers;
        QFont f = viewFont();
        f.setBold(true);
        f.setItalic(true);
        painter.setFont(f);
        painter.setPen(e.identity ? palette().color(QPalette::PlaceholderText)
                                  : colour.darker(palette().color(QPalette::Base).lightness() > 128 ? 130 : 70));
        // One W_hy reads the top layer: no layer index on it.
        const QString name = e.identity ? QStringLiteral("y = h")
                                        : matrixName(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, L);
        painter.drawText(
            e.label, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(f).elidedText(name, Qt::ElideRight, e.label.width() + metrics.averageCharWidth()));
        painter.setFont(viewFont());
    }
    painter.setOpacity(1.0);
}

void GraphView::paintThumbnail(QPainter &painter, const GraphEdge &e) const
{
    if (e.identity)
        return;
    const ParameterLayout &layout = m_snapshot->weights.layout();
    const int tensor = tensorOf(layout, e.role, e.layer);
    if (tensor < 0)
        return;
    const auto matrix = m_snapshot->weights.matrix(tensor);
    const int rows = int(matrix.rows());
    const int cols = int(matrix.cols());
    // Cells as square as the rectangle allows, centred; one colour per weight.
    const double cell = std::min(e.thumbnail.width() / cols, e.thumbnail.height() / rows);
    const QRectF area(e.thumbnail.left(), e.thumbnail.top(), cell * cols, cell * rows);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c)
            painter.fillRect(QRectF(area.left() + c * cell, area.top() + r * cell, cell + 0.5, cell + 0.5),
                             valueColor(matrix(r, c), m_weightScale));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(matrixColor(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer,
                                    m_snapshot->setup->session.model.numLayers),
                        2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(-1, -1, 1, 1));
    if (!e.caption.isEmpty()) {
        // The folded view's heatmaps stand apart from their arrows: name them.
        const int L = m_snapshot->setup->session.model.numLayers;
        QFont f = viewFont();
        f.setBold(true);
        f.setItalic(true);
        painter.setFont(f);
        painter.setPen(palette().color(QPalette::Text));
        const QString name = matrixName(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, L);
        const QString withShape = QStringLiteral("%1 (%2×%3)").arg(name).arg(rows).arg(cols);
        painter.drawText(e.caption, Qt::AlignRight | Qt::AlignBottom,
                         QFontMetricsF(f).horizontalAdvance(withShape) <= e.caption.width() ? withShape : name);
        painter.setFont(viewFont());
    }
}

} // namespace rnnlab
