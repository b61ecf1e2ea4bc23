// SPDX-License-Identifier: MIT
#include "ui/graph/graphview.h"

#include "ui/graph/graphcaption.h"
#include "ui/graph/graphpainter.h"
#include "ui/graph/graphtooltip.h"
#include "ui/teaching/symboltext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>

namespace rnnlab {

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
    if (g != m_lastGeometry || m_unfolded.nodes().empty()) {
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
    showSnapshot(snapshot, snapshot ? ColorScales::of(*snapshot) : m_scales);
}

void GraphView::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales)
{
    const bool newRun = !m_snapshot || !snapshot || snapshot->generation != m_snapshot->generation;
    m_snapshot = snapshot;
    if (newRun && snapshot && m_textIndex >= int(snapshot->trace.sequences.size()))
        m_textIndex = 0;
    if (snapshot)
        m_scales = scales;
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
        const SequenceTrace<float> *s = sequence();
        const QString text =
            s ? GraphToolTip::at(scene, m_layout, *m_snapshot, *s, taskShape(), m_outputsHidden) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), SymbolText::html(text, false), viewport()); // real subscripts
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

TaskShape GraphView::taskShape() const
{
    if (m_shape)
        return *m_shape;
    return m_snapshot && m_snapshot->setup && m_snapshot->setup->task->shape() == SequenceShape::ManyToOne
        ? TaskShape::ManyToOne
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
    return m_layout.isFolded() || shapeHasNode(taskShape(), node, m_lastGeometry.timeSteps);
}

bool GraphView::inShape(const GraphEdge &e) const
{
    return m_layout.isFolded() || shapeHasEdge(taskShape(), e, m_lastGeometry.timeSteps);
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

GraphView::Emphasis GraphView::emphasis(const GraphNode &node) const
{
    return GraphEmphasis(m_cursor, m_order, m_lastGeometry).of(node);
}

GraphView::Emphasis GraphView::emphasis(const GraphEdge &edge) const
{
    return GraphEmphasis(m_cursor, m_order, m_lastGeometry).of(edge);
}

void GraphView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont font = viewFont();
    painter.setFont(font);
    const SequenceTrace<float> *s = sequence();
    GraphCaption::State state;
    state.snapshot = m_snapshot.get();
    state.sequence = s;
    state.textIndex = m_textIndex;
    state.folded = m_folded;
    state.shownTimeStep = shownTimeStep();
    state.outputsHidden = m_outputsHidden;
    state.shape = m_shape;
    GraphCaption::paint(painter, QRectF(8, 0, viewport()->width() - 16, captionHeight()), font, palette(), state);
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

        const GraphPainter graph(painter, *m_snapshot, *s, m_scales, font, palette(), m_layout.cellHeight(),
                                 m_progress >= 1.0, m_outputsHidden);
        const GraphEmphasis emphasis(m_cursor, m_order, m_lastGeometry);
        graph.paintRowLabels(m_layout.rowLabels(), m_cursor && m_cursor->isBackward());

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
            const Emphasis edgeEmphasis = emphasis.of(e);
            opacity *= edgeEmphasis.opacity;
            if (opacity > 0.02)
                graph.paintEdge(e, opacity, edgeEmphasis);
        }
        if (unfolded < 1.0) {
            // The loop of the folded picture, fading in as the columns collapse.
            for (const auto &e : m_foldedLayout.edges()) {
                if (e.kind == EdgeKind::Loop)
                    graph.paintEdge(e, 1.0 - unfolded, Emphasis());
            }
        }
        for (const auto &node : m_layout.nodes()) {
            if ((m_layout.isFolded() && node.t != shownT) || !node.rect.intersects(near) || !inShape(node))
                continue;
            const Emphasis nodeEmphasis = emphasis.of(node);
            const double opacity = (node.t == shownT ? 1.0 : unfolded) * nodeEmphasis.opacity;
            if (opacity > 0.02)
                graph.paintNode(node, opacity, nodeEmphasis);
        }
        // The highlights on top of everything, so that no neighbour covers them.
        if (m_cursor && m_progress >= 1.0) {
            for (const auto &node : m_layout.nodes()) {
                if ((!m_layout.isFolded() || node.t == shownT) && node.rect.intersects(near)
                    && emphasis.of(node).highlight)
                    graph.paintHighlight(node.rect);
            }
        }
        if (m_progress >= 1.0) {
            for (const auto &e : m_layout.edges()) {
                if (!e.thumbnail.isEmpty() && e.thumbnail.intersects(near) && inShape(e)
                    && !(m_layout.isFolded() && e.kind == EdgeKind::Forward && e.t != shownT))
                    graph.paintThumbnail(e);
            }
        }
        painter.restore();
    }
    if (m_snapshot)
        GraphPainter::paintProblem(painter, m_snapshot->problem, font, palette(), viewport()->width(),
                                   viewport()->height());
    m_frameTimes.push_back(timer.nsecsElapsed() / 1e6);
    if (m_frameTimes.size() > 100000)
        m_frameTimes.erase(m_frameTimes.begin(), m_frameTimes.begin() + 50000);
}

} // namespace rnnlab
