// SPDX-License-Identifier: MIT
#include "ui/graph/graphview.h"

#include "ui/common/errornumber.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/motion.h"
#include "ui/common/readability.h"
#include "ui/graph/graphcaption.h"
#include "ui/graph/graphfit.h"
#include "ui/graph/graphkeyboard.h"
#include "ui/graph/graphoverview.h"
#include "ui/graph/graphpainter.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphtooltip.h"
#include "ui/teaching/symboltext.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>

namespace rnnlab {

GraphView::GraphView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_minimumPixels(Readability::normalPixels)
    , m_animation(new QVariantAnimation(this))
    , m_keyboard(new GraphKeyboard(this))
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
    if (const GenerationTrace *run = freeRun())
        return &run->pass; // one-to-many as it generates: its own pass, not the training pass
    return &m_snapshot->shownSequence(m_textIndex); // a forecast run's test series after its training series
}

double GraphView::captionHeight() const
{
    // One line of caption; the folded view adds the cell's equations under it, a time series its
    // legend (which mark of y_t is the prediction, which the target).
    // A caption too long for its line even in few words wraps onto another (GraphCaption::lines).
    const bool values = m_snapshot && m_snapshot->setup && m_snapshot->setup->task->outputKind() == OutputKind::Value;
    const QFont font = viewFont();
    QFont bold = font;
    bold.setBold(true);
    const double wrapped =
        double(GraphCaption::lines(captionState(), font, captionWrapWidth()).size() - 1) * QFontMetricsF(bold).height();
    return std::ceil(QFontMetricsF(font).height() * (m_folded || values ? 2.8 : 1.8) + wrapped);
}

double GraphView::captionWrapWidth() const
{
    // As if the vertical bar showed, whether it does or not: were it the viewport's width, a
    // caption wrapped for want of the bar's width would be a line taller, which may call the bar in
    // or send it away, and back (see room() in relayout()).
    return maximumViewportSize().width() - scrollBarExtent() - 16;
}

GraphCaption::State GraphView::captionState() const
{
    GraphCaption::State state;
    state.snapshot = m_snapshot.get();
    state.sequence = sequence();
    state.textIndex = m_textIndex;
    state.folded = m_folded;
    state.shownTimeStep = shownTimeStep();
    state.outputsHidden = m_outputsHidden;
    state.shape = m_shape;
    state.freeRun = freeRun();
    state.flagged = !m_flags.empty();
    return state;
}

QFont GraphView::viewFont() const
{
    QFont f = font();
    if (m_fontScale * m_shrink != 1.0)
        f.setPointSizeF(f.pointSizeF() * m_fontScale * m_shrink);
    // The readability rule: never below its minimum, whatever the window's font.
    const double dpi = logicalDpiY();
    if (Readability::pixelsOf(f.pointSizeF(), f.pixelSize(), dpi) < m_minimumPixels - 0.01)
        f.setPointSizeF(Readability::pointSizeFor(m_minimumPixels, dpi));
    return f;
}

GraphGeometry GraphView::geometry() const
{
    // Folded, the cell alone is drawn: it always fits, neither bar is set aside.
    return geometry(m_verticalBar && !m_folded, m_overviewShown && !m_folded);
}

GraphGeometry GraphView::geometry(bool verticalBar, bool overview) const
{
    GraphGeometry g;
    g.scale = m_fontScale;
    const QFontMetricsF metrics(viewFont());
    g.lineHeight = metrics.height();
    g.charWidth = metrics.averageCharWidth();
    // What GraphPainter needs to print a strip's values and an output's probabilities.
    g.numberWidth = metrics.horizontalAdvance(QStringLiteral("−0.00"));
    g.outputValuesWidth = g.charWidth * 1.6 + metrics.horizontalAdvance(QStringLiteral("0.00")) * 2.2 + 1;
    g.fill = m_fill;
    // See relayout(): the room without scroll bars, less the bars that relayout() decided from
    // that room alone — never less the bars that happen to be shown now.
    const QSize room = maximumViewportSize();
    const double bar = scrollBarExtent();
    const double width = room.width() - (verticalBar ? bar : 0.0);
    const double height = room.height() - captionHeight() - (overview ? overviewLineHeight() + bar : 0.0);
    g.viewport = QSizeF(width, std::max(100.0, height));
    g.zoom = m_zoom;
    if (m_snapshot && m_snapshot->setup) {
        GraphFit::describeModel(g, *m_snapshot->setup);
        if (g.valueOutputs) {
            // A time series' y_t prints one bold number a row beside its bar (GraphPainter).
            QFont bold = viewFont();
            bold.setBold(true);
            g.outputValuesWidth = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("−0.00")) * 2.2 + 1;
        }
        g.shape = taskShape();
        if (const auto *s = sequence())
            g.timeSteps = s->length();
    }
    return g;
}

void GraphView::relayout()
{
    // Made for the room without scroll bars (maximumViewportSize), never the viewport less them:
    // else a bar that appears shrinks the layout, the bar goes, the room grows, and round again —
    // the loop tst_idle found in What if W_hh = 0? at 1792×984 (as EquationView::room()).
    const QSize room = maximumViewportSize();
    const int T = m_snapshot && !m_snapshot->trace.sequences.empty() ? std::max(1, sequence()->length()) : 0;
    const double scale = GraphFit::fontScale(room, font().pointSizeF(), QFontMetricsF(font()).averageCharWidth(), T);
    if (std::abs(scale - m_fontScale) > 0.02)
        m_fontScale = scale;
    if (m_fill) {
        // Presentation mode: a stack taller than the view (4 layers at 800 px) takes smaller type,
        // down to the rule's minimum, rather than hiding its lowest layers below the edge.
        const double shrink = m_shrink;
        m_shrink = 1.0;
        const GraphGeometry full = geometry(false, false); // from the room alone, as below
        if (!(full == m_shrinkBase)) {
            m_shrinkBase = full;
            m_shrink = GraphFit::shrink(full);
        } else {
            m_shrink = shrink;
        }
    } else {
        m_shrink = 1.0;
    }
    // The scroll bars the drawing needs, decided afresh from the room alone (GraphFit::bars).
    const GraphGeometry plain = geometry(false, false);
    if (plain != m_plainGeometry || m_unfolded.nodes().empty()) {
        m_plainGeometry = plain;
        GraphFit::Bars bars =
            GraphFit::bars(room, scrollBarExtent(), captionHeight(), overviewLineHeight(),
                           [this](bool verticalBar, bool overview) { return geometry(verticalBar, overview); });
        m_verticalBar = bars.vertical;
        m_overviewShown = bars.overview;
        m_unfolded = std::move(bars.layout);
        m_foldedLayout = GraphLayout::folded(plain);
    }
    m_lastGeometry = geometry();
    const GraphLayout &target = m_folded ? m_foldedLayout : m_unfolded;
    const GraphLayout &other = m_folded ? m_unfolded : m_foldedLayout;
    const bool changed =
        m_progress >= 1.0 && (m_layout.bounds() != target.bounds() || m_layout.nodes().size() != target.nodes().size());
    m_layout = m_progress >= 1.0 ? target : GraphLayout::interpolate(other, target, m_progress);
    updateScrollBars();
    followFocus(changed);
    followPhase();
    viewport()->update();
}

double GraphView::gutterRight() const
{
    if (m_layout.isFolded())
        return 0;
    double right = 0;
    for (const RowLabel &r : m_layout.rowLabels())
        right = std::max(right, r.rect.right() + 6);
    return right;
}

void GraphView::followFocus(bool force)
{
    const SequenceTrace<float> *s = sequence();
    if (!s || m_layout.isFolded() || m_progress < 1.0)
        return;
    const int focus = shownTimeStep();
    if (!force && focus == m_followedT)
        return;
    m_followedT = focus;
    const GraphNode *column = m_layout.node(NodeKind::TimeStep, focus);
    if (!column)
        return;
    // The focus column whole in view right of the gutter; when it is not, centred in the room.
    const double left = column->rect.left() - 4;
    const double right = column->rect.right() + 4;
    const double scroll = horizontalScrollBar()->value();
    const double roomLeft = scroll + gutterRight();
    const double roomRight = scroll + viewport()->width();
    if (left >= roomLeft && right <= roomRight)
        return;
    const double middle = (gutterRight() + viewport()->width()) / 2;
    horizontalScrollBar()->setValue(int(std::round(column->rect.center().x() - middle)));
}

void GraphView::followPhase()
{
    if (!m_cursor || m_layout.isFolded() || m_progress < 1.0)
        return;
    // What the walk highlights (x_t below a deep stack, the output above it) scrolled into view
    // when the drawing is taller than the view; the reader's own scrolling stays otherwise.
    // The time step's label under the column is highlighted in every phase: it comes into view
    // only when the rest of the focus leaves room for it (else the output phase's y_t, at the
    // top, would be scrolled away for the "t = 20" at the bottom).
    QRectF focus;
    QRectF label;
    for (const GraphNode &node : m_layout.nodes()) {
        if (emphasis(node).highlight) {
            QRectF &into = node.kind == NodeKind::TimeStep ? label : focus;
            into = into.united(node.rect);
        }
    }
    const double room = viewport()->height() - captionHeight() - overviewHeight();
    if (focus.isEmpty())
        focus = label;
    else if (!label.isEmpty() && focus.united(label).height() + 8 <= room)
        focus = focus.united(label);
    if (focus.isEmpty())
        return;
    const double top = verticalScrollBar()->value();
    if (focus.top() - 4 >= top && focus.bottom() + 4 <= top + room)
        return;
    const double wanted =
        focus.height() + 8 > room ? focus.top() - 4 : focus.center().y() - room / 2; // centred when it fits
    verticalScrollBar()->setValue(int(std::round(wanted)));
}

int GraphView::extraHeightWanted() const
{
    if (m_unfolded.nodes().empty())
        return 0;
    const double need = m_unfolded.bounds().bottom() + 2 + captionHeight()
        + (m_overviewShown ? overviewLineHeight() + scrollBarExtent() : 0.0);
    return std::max(0, int(std::ceil(need - maximumViewportSize().height())));
}

int GraphView::heightWanted() const
{
    if (m_unfolded.nodes().empty())
        return height();
    // The drawing at its tightest (its gaps and cells at their least, as in a short view): in
    // presentation mode the layout fills whatever room it has, so its present bounds say nothing
    // of what it needs.
    GraphGeometry tight = geometry(m_verticalBar, m_overviewShown);
    tight.viewport.setHeight(100.0);
    const double need = GraphLayout::unfolded(tight).bounds().bottom() + 2 + captionHeight()
        + (m_overviewShown ? overviewLineHeight() + scrollBarExtent() : 0.0);
    return int(std::ceil(need)) + height() - maximumViewportSize().height();
}

double GraphView::overviewHeight() const
{
    return m_overviewShown && !m_folded ? overviewLineHeight() : 0.0;
}

double GraphView::overviewLineHeight() const
{
    return std::ceil(std::max(14.0, QFontMetricsF(viewFont()).height() * 1.2));
}

double GraphView::scrollBarExtent() const
{
    return style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
}

QRectF GraphView::overviewRect() const
{
    const double height = overviewHeight();
    if (height <= 0)
        return {};
    const double left = gutterRight();
    // Flush with the view's bottom: the 2 px under it are kept over it instead, for the time row's
    // highlight (GraphScene), which the strip covered half.
    return QRectF(left, viewport()->height() - height, viewport()->width() - left - 8, height);
}

void GraphView::paintOverview(QPainter &painter)
{
    const SequenceTrace<float> *s = sequence();
    const QRectF area = overviewRect();
    if (!s || area.isEmpty())
        return;
    const double scroll = horizontalScrollBar()->value();
    m_overview.paint(painter, area, *s, m_scales.hidden, palette(),
                     GraphOverview::shownPart(m_layout, s->length(), scroll, gutterRight(), viewport()->width()));
    // Its name in the gutter beside it, where the row labels stand, when it fits whole there.
    const QString name = tr("overview");
    const QFont small = viewFont();
    if (area.height() >= QFontMetricsF(small).height() * 0.9
        && QFontMetricsF(small).horizontalAdvance(name) <= area.left() - 6) {
        painter.save();
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRectF label(0, area.top(), area.left() - 6, area.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, name);
        LayoutRecorder::note(painter, label, Qt::AlignRight | Qt::AlignVCenter, name, {"graph", "overview", -1, -1});
        painter.restore();
    }
}

void GraphView::scrollToOverview(double x)
{
    const QRectF area = overviewRect();
    const SequenceTrace<float> *s = sequence();
    if (area.isEmpty() || !s)
        return;
    if (const GraphNode *column = m_layout.node(NodeKind::TimeStep, GraphOverview::timeStepAt(x, area, s->length()))) {
        const double middle = (gutterRight() + viewport()->width()) / 2;
        horizontalScrollBar()->setValue(int(std::round(column->rect.center().x() - middle)));
    }
}

void GraphView::setPresentation(bool on, int screenHeight)
{
    const double minimum = Readability::minimumPixels(on, screenHeight);
    if (on == m_fill && std::abs(minimum - m_minimumPixels) < 0.01)
        return;
    m_fill = on;
    m_minimumPixels = minimum;
    relayout();
}

void GraphView::updateScrollBars()
{
    // The bars follow from the drawing and the room without bars, never from the bars shown now:
    // a bar left over from an earlier, smaller layout would otherwise keep itself (its own width
    // or height makes the drawing seem not to fit) — as relayout() decides them.
    const GraphFit::Scrolling scrolling = GraphFit::scrolling(m_layout.bounds(), maximumViewportSize(),
                                                              scrollBarExtent(), captionHeight(), overviewHeight());
    horizontalScrollBar()->setRange(0, scrolling.range.width());
    verticalScrollBar()->setRange(0, scrolling.range.height());
    horizontalScrollBar()->setPageStep(int(scrolling.page.width()));
    verticalScrollBar()->setPageStep(int(scrolling.page.height()));
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
    if (newRun && snapshot && m_textIndex >= snapshot->shownSequenceCount())
        m_textIndex = 0;
    if (snapshot)
        m_scales = scales;
    updateFlags();
    relayout();
}

void GraphView::setAnomalyThreshold(double threshold)
{
    if (threshold == m_anomalyThreshold)
        return;
    m_anomalyThreshold = threshold;
    updateFlags();
    viewport()->update();
}

void GraphView::updateFlags()
{
    m_flags = m_snapshot ? GraphFlags::of(*m_snapshot, m_textIndex, m_anomalyThreshold) : GraphFlags{};
}

void GraphView::setFolded(bool folded, bool animate)
{
    if (folded == m_folded)
        return;
    m_folded = folded;
    m_animation->stop();
    // Reduced motion (View ▸ Reduce motion): the final layout at once, the loop drawn whole.
    if (animate && isVisible() && !reducedMotion()) {
        m_progress = 0.0;
        m_animation->start();
    } else {
        m_progress = 1.0;
    }
    relayout();
    emit foldedChanged(folded);
}

bool GraphView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void GraphView::setTextIndex(int index)
{
    if (index == m_textIndex)
        return;
    m_textIndex = index;
    updateFlags();
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
    if (event->button() == Qt::LeftButton && overviewRect().contains(event->position())) {
        // Click or drag along the overview: the view follows.
        m_overviewDragging = true;
        scrollToOverview(event->position().x());
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_dragStart = event->position().toPoint();
        m_scrollAtDragStart = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_overviewDragging) {
        scrollToOverview(event->position().x());
        return;
    }
    if (m_dragging) {
        const QPoint delta = event->position().toPoint() - m_dragStart;
        horizontalScrollBar()->setValue(m_scrollAtDragStart.x() - delta.x());
        verticalScrollBar()->setValue(m_scrollAtDragStart.y() - delta.y());
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    m_overviewDragging = false;
    viewport()->unsetCursor();
}

QString GraphView::overviewWords()
{
    return tr("Overview: the top layer's h_t at every time step, colours only; the frame marks the steps in "
              "view. Click or drag along it to scroll there.");
}

QString GraphView::toolTipAtViewport(QPointF pos) const
{
    // The strip had no word of its own: a student took it for another row of the network.
    if (overviewRect().adjusted(-gutterRight(), 0, 0, 0).contains(pos))
        return overviewWords();
    return toolTipAt(pos + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value() - captionHeight()));
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAtViewport(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), SymbolText::html(text, false), viewport()); // real subscripts
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString GraphView::toolTipAt(QPointF scene) const
{
    const SequenceTrace<float> *s = sequence();
    if (!s)
        return {};
    const GraphNode *node = m_layout.nodeAt(scene);
    const bool gradients = node && emphasis(*node).gradient;
    QString text =
        GraphToolTip::at(scene, m_layout, *m_snapshot, *s, taskShape(), m_outputsHidden, gradients, freeRun());
    // A flagged column says so wherever it is hovered, with the numbers that flag it (as the
    // Signal tab prints them) — not while its outputs are hidden nor before the walk reaches it.
    if (node && !text.isEmpty() && !m_outputsHidden && m_flags.contains(node->t) && emphasis(*node).opacity >= 0.5)
        text += QStringLiteral("<br>")
            + tr("flagged (a candidate anomaly): error² %1 > threshold %2, as the Signal tab marks it")
                  .arg(ErrorNumber::text(m_flags.errorAt(node->t)), ErrorNumber::text(m_flags.threshold));
    return text;
}

const std::vector<GraphCell> &GraphView::cells() const
{
    const int shownT = shownTimeStep();
    const CellsKey key{m_snapshot.get(), m_layout.bounds(), m_layout.nodes().size(), m_layout.isFolded(),
                       shownT,           taskShape()};
    if (!(key == m_cellsKey)) {
        m_cellsKey = key;
        if (sequence()) {
            m_cells = GraphCells::of(m_layout, [this, shownT](const GraphNode &node) {
                return inShape(node) && (!m_layout.isFolded() || node.t == shownT);
            });
        } else {
            m_cells.clear();
        }
    }
    return m_cells;
}

QRectF GraphView::sceneToWidget(const QRectF &scene) const
{
    const QPointF offset(-horizontalScrollBar()->value(), captionHeight() - verticalScrollBar()->value());
    return scene.translated(offset + QPointF(viewport()->pos()));
}

void GraphView::ensureVisible(const QRectF &scene)
{
    const double hScroll = horizontalScrollBar()->value();
    const double left = hScroll + (hScroll > 0 ? gutterRight() : 0.0);
    const double right = hScroll + viewport()->width();
    if (scene.left() - 4 < left)
        horizontalScrollBar()->setValue(int(std::floor(scene.left() - 4 - gutterRight())));
    else if (scene.right() + 4 > right)
        horizontalScrollBar()->setValue(int(std::ceil(scene.right() + 4 - viewport()->width())));
    const double vScroll = verticalScrollBar()->value();
    const double room = viewport()->height() - captionHeight() - overviewHeight();
    if (scene.top() - 4 < vScroll)
        verticalScrollBar()->setValue(int(std::floor(scene.top() - 4)));
    else if (scene.bottom() + 4 > vScroll + room)
        verticalScrollBar()->setValue(int(std::ceil(scene.bottom() + 4 - room)));
}

bool GraphView::event(QEvent *event)
{
    // The keys the cursor uses beat the window's shortcuts (→ walks time steps, Esc leaves the
    // walk) while the graph has the focus, as in a heatmap.
    if (event->type() == QEvent::ShortcutOverride && m_keyboard->usesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (!m_keyboard->keyPress(event))
        QAbstractScrollArea::keyPressEvent(event);
}

void GraphView::focusInEvent(QFocusEvent *event)
{
    viewport()->update(); // the cursor's frame
    QAbstractScrollArea::focusInEvent(event);
}

void GraphView::focusOutEvent(QFocusEvent *event)
{
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
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

const GenerationTrace *GraphView::freeRun() const
{
    if (!m_snapshot || !m_snapshot->freeRuns || taskShape() != TaskShape::OneToMany
        || m_textIndex >= int(m_snapshot->freeRuns->size()) || m_snapshot->isTestSequence(m_textIndex))
        return nullptr;
    return &(*m_snapshot->freeRuns)[static_cast<std::size_t>(m_textIndex)];
}

bool GraphView::inShape(const GraphNode &node) const
{
    return m_layout.isFolded() || shapeHasNode(taskShape(), node, m_lastGeometry.timeSteps, freeRun() != nullptr);
}

bool GraphView::inShape(const GraphEdge &e) const
{
    return m_layout.isFolded() || shapeHasEdge(taskShape(), e, m_lastGeometry.timeSteps, freeRun() != nullptr);
}

void GraphView::setStepCursor(const std::optional<StepCursor> &cursor)
{
    if (cursor == m_cursor)
        return;
    m_cursor = cursor;
    followFocus(false);
    followPhase();
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
    GraphCaption::paint(painter, QRectF(8, 0, viewport()->width() - 16, captionHeight()), font, palette(),
                        captionState(), captionWrapWidth());
    if (s) {
        const double caption = captionHeight();
        painter.save();
        painter.translate(-horizontalScrollBar()->value(), caption - verticalScrollBar()->value());
        const QRectF shown(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(),
                           viewport()->height() - caption - overviewHeight());
        // Scrolled along time, the row labels stay at the left edge and the columns pass under them.
        const double sticky = horizontalScrollBar()->value() > 0 ? gutterRight() : 0.0;
        painter.setClipRect(shown.adjusted(sticky, 0, 0, 0));
        // Only what is (nearly) in view is painted; the margin keeps highlights, arrowheads and
        // labels that stick out of a box.
        GraphScene::Frame frame;
        frame.layout = &m_layout;
        frame.folded = &m_foldedLayout;
        frame.shape = taskShape();
        frame.freeRun = freeRun();
        frame.timeSteps = m_lastGeometry.timeSteps;
        frame.shownT = shownTimeStep();
        frame.unfolded = m_folded ? 1.0 - m_progress : m_progress;
        frame.settled = m_progress >= 1.0;
        frame.walking = m_cursor.has_value();
        frame.near = shown.adjusted(-48, -48, 48, 48);

        GraphPainter graph(painter, *m_snapshot, *s, m_scales, font, palette(), m_layout.cellHeight(),
                           m_progress >= 1.0, m_outputsHidden);
        graph.setFlags(&m_flags);
        graph.setMinimumPixels(m_minimumPixels);
        // A column half under the gutter or past the edge: its colours, not a cut number.
        graph.setVisible(shown.adjusted(sticky, 0, 0, 0));
        if (sticky <= 0)
            graph.paintRowLabels(m_layout.rowLabels(), m_cursor && m_cursor->isBackward());
        GraphScene::paint(graph, GraphEmphasis(m_cursor, m_order, m_lastGeometry), frame);
        if (hasFocus())
            m_keyboard->paintCursor(painter);
        if (sticky > 0) {
            painter.translate(horizontalScrollBar()->value(), 0);
            const QRectF gutter(0, shown.top(), sticky, shown.height());
            painter.setClipRect(gutter);
            painter.fillRect(gutter, palette().color(QPalette::Base));
            graph.setVisible(gutter);
            graph.paintRowLabels(m_layout.rowLabels(), m_cursor && m_cursor->isBackward());
        }
        painter.restore();
        paintOverview(painter);
    }
    if (m_snapshot)
        GraphPainter::paintProblem(painter, m_snapshot->problem, font, palette(), viewport()->width(),
                                   viewport()->height());
    m_frameTimes.push_back(timer.nsecsElapsed() / 1e6);
    if (m_frameTimes.size() > 100000)
        m_frameTimes.erase(m_frameTimes.begin(), m_frameTimes.begin() + 50000);
}

} // namespace rnnlab
