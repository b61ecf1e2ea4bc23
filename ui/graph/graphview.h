// SPDX-License-Identifier: MIT
// The centre of the app: the RNN drawn like a lecture slide — unfolded over the time steps (one
// column per character, a time × depth grid for stacked layers) or folded into one cell with the
// W_hh loop — with the live numbers of the newest snapshot: the one-hot inputs, the hidden states
// as coloured strips, the softmax outputs as bars with the predicted character marked right or
// wrong, and the shared matrices W_xh, W_hh, W_hy as small live heatmaps on their arrows.
// Renders snapshots only: GraphLayout decides where things go, GraphEmphasis what the walk by
// hand highlights; paintEvent picks what is in view and hands it to GraphPainter and GraphCaption;
// GraphToolTip says what is under the mouse. The view itself keeps the view's state: the text
// shown, fold (animated), zoom and scrolling, the walk's cursor, the lesson's shape and hidden
// outputs.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/colorscales.h"
#include "ui/common/snapshotview.h"
#include "ui/graph/graphcaption.h"
#include "ui/graph/graphcells.h"
#include "ui/graph/graphemphasis.h"
#include "ui/graph/graphflags.h"
#include "ui/graph/graphlayout.h"
#include "ui/graph/graphoverview.h"
#include "ui/teaching/timestepwalker.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>

#include <limits>

class QVariantAnimation;

namespace rnnlab {

class GraphKeyboard;

class GraphView
    : public QAbstractScrollArea
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    bool isFolded() const { return m_folded; }
    //! The fold or unfold is under way (currentLayout() between the two).
    bool isAnimating() const;
    const std::optional<StepCursor> &stepCursor() const { return m_cursor; }
    //! How a node / an arrow is drawn under the current cursor (for painting and for tests).
    using Emphasis = GraphEmphasis::Emphasis;
    Emphasis emphasis(const GraphNode &node) const;
    Emphasis emphasis(const GraphEdge &edge) const;
    int textIndex() const { return m_textIndex; }
    double zoom() const { return m_zoom; }
    bool outputsHidden() const { return m_outputsHidden; }
    //! The layout as drawn now (after the fold animation, when one runs).
    const GraphLayout &currentLayout() const { return m_layout; }
    //! The task's shape the unfolded graph is drawn as: the one set with setTaskShape(), else the
    //! session's own (many-to-one for a classifier, many-to-many for next-character prediction).
    TaskShape taskShape() const;
    //! One-to-many drawn as it generates: the shown text's free-running pass
    //! (TrainingSnapshot::freeRuns), whose numbers the graph then draws instead of the training
    //! pass's; null for any other shape, or a run that does not generate.
    const GenerationTrace *freeRun() const;
    //! The pass drawn: freeRun()'s, else the shown text's (series') of the trace; null before a snapshot.
    const SequenceTrace<float> *shownPass() const { return sequence(); }
    //! Whether \a node / \a edge is part of the picture of taskShape().
    bool inShape(const GraphNode &node) const;
    bool inShape(const GraphEdge &edge) const;
    //! The snapshot drawn (null before the first).
    const SnapshotPtr &snapshot() const { return m_snapshot; }
    //! How many px more height the view would need to show the whole unfolded drawing without
    //! scrolling up and down (its caption, overview strip and bars included); 0 when it fits.
    int extraHeightWanted() const;
    //! The view's height (frame included) that shows the whole unfolded drawing laid out at its
    //! tightest without scrolling up and down; its present height when there is nothing to draw.
    int heightWanted() const;
    //! The overview of the whole text along the bottom of the view (viewport px), drawn over the
    //! bottom of the drawing's room: shown when the columns at their readable width are wider than
    //! the view; empty otherwise.
    QRectF overviewRect() const;
    //! The time step the folded view and the caption show: the walk's, or the last.
    int shownTimeStep() const;
    //! Height of the caption above the drawing (viewport px): one line or two (a long caption
    //! wraps), and a time series' legend or the folded view's equations under it.
    double captionHeight() const;
    //! The cells a keyboard and a screen reader walk (GraphCells::of the layout as drawn now:
    //! what the task's shape draws; folded, the shown time step's), in scene coordinates.
    const std::vector<GraphCell> &cells() const;
    //! The keyboard cursor (arrow keys in the focused graph; GraphKeyboard).
    GraphKeyboard *keyboard() const { return m_keyboard; }
    //! \a scene (the layout's coordinates) in the widget's coordinates, as drawn now.
    QRectF sceneToWidget(const QRectF &scene) const;
    //! Scrolls so that \a scene is in view (right of the row labels), when it is not.
    void ensureVisible(const QRectF &scene);
    //! The tooltip at \a scene: GraphToolTip::at for the text shown (rich text; empty: none).
    QString toolTipAt(QPointF scene) const;
    //! What the overview strip is, for its tooltip and the short label beside it.
    static QString overviewWords();
    //! The tooltip at viewport point \a pos: the overview strip's words there, else toolTipAt's.
    QString toolTipAtViewport(QPointF pos) const;
    //! The test series' time steps flagged as candidate anomalies (error² above the Signal tab's
    //! threshold, setAnomalyThreshold()): their columns are marked; empty for anything else.
    const GraphFlags &flags() const { return m_flags; }
    //! How long each paint of the graph took, in ms, since the last call (for --bench-ui).
    std::vector<double> takeFrameTimes();

    //! Shows \a snapshot coloured on \a scales (ColorScales::of(*snapshot), computed once by the
    //! caller for every view of the snapshot).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    //! Shows \a snapshot on its own colour scales.
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);
    //! Fold into one cell or unfold over time, animated unless \a animate is false, the view is
    //! hidden or motion is reduced (reducedMotion()).
    void setFolded(bool folded, bool animate = true);
    void toggleFolded() { setFolded(!m_folded); }
    void setTextIndex(int index);
    //! Walking through a time step by hand: columns after the cursor are not computed yet (dimmed),
    //! what the current phase computes is highlighted; going back through time, the hidden
    //! states show dL/dh_t. No cursor: everything computed, nothing highlighted.
    void setStepCursor(const std::optional<rnnlab::StepCursor> &cursor);
    //! The order the walk by hand goes through the stacked grid (what is "computed so far").
    void setWalkOrder(rnnlab::WalkOrder order);
    //! Draw the unfolded graph as \a shape (only the inputs and outputs it uses); nullopt: the
    //! session's own shape.
    void setTaskShape(std::optional<rnnlab::TaskShape> shape);
    //! Predict, then reveal: draw y_t and the predictions as "?" until the answer is out.
    void setOutputsHidden(bool hidden);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    //! Presentation mode (\a on) on a screen \a screenHeight px high: numbers at least
    //! Readability::minimumPixels(), the columns using the whole width.
    void setPresentation(bool on, int screenHeight);
    //! The Signal tab's anomaly threshold (SignalPlot::thresholdChanged): a test series' steps whose
    //! squared error is above it are marked in their columns and said so on hover.
    void setAnomalyThreshold(double threshold);

signals:
    void foldedChanged(bool folded);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    //! The geometry the layouts are made for: the room less the scroll bars relayout() decided.
    GraphGeometry geometry() const;
    //! The same with the vertical bar's width and the overview strip and horizontal bar's height
    //! set aside or not.
    GraphGeometry geometry(bool verticalBar, bool overview) const;
    //! The widget's font, larger on a large view (a projector) when the graph has room for it.
    QFont viewFont() const;
    //! The width the caption wraps in (GraphCaption::lines).
    double captionWrapWidth() const;
    //! What the caption above the graph describes now.
    GraphCaption::State captionState() const;
    void relayout();
    void updateScrollBars();
    void setZoom(double zoom, QPointF anchor);
    //! The text shown (the trace of text m_textIndex), or null before the first snapshot.
    const SequenceTrace<float> *sequence() const;
    //! Scrolls along time so that the focus (the walk's time step, or the newest) is in view, when
    //! the focus or the layout changed since the last time (the reader's own scrolling stays).
    void followFocus(bool force);
    //! Scrolls up or down so that what the walk by hand highlights is in view, when it is not.
    void followPhase();
    //! The right edge of the row labels' gutter (scene px), which stays put while the columns
    //! scroll under it; 0 when folded.
    double gutterRight() const;
    double overviewHeight() const;
    //! The overview strip's height when it is shown (px).
    double overviewLineHeight() const;
    double scrollBarExtent() const;
    //! Colours only: the top layer's h_t of every time step, and the part of the text in view.
    void paintOverview(QPainter &painter);
    //! Scrolls so that the time step under \a x of the overview is in the middle of the view.
    void scrollToOverview(double x);
    //! m_flags for the snapshot, the text shown and the threshold now.
    void updateFlags();

    SnapshotPtr m_snapshot;
    bool m_folded = false;
    double m_progress = 1.0; // of the fold animation: 0 = the other layout, 1 = the target
    int m_textIndex = 0;
    double m_zoom = 1.0;
    double m_fontScale = 1.0;
    double m_minimumPixels; // the readability rule's smallest number, px
    bool m_fill = false; // presentation: the columns use the whole width
    //! Presentation mode: the type shrinks by this (never below the rule) when the stack is taller
    //! than the view; decided once per m_shrinkBase (the geometry at full size).
    double m_shrink = 1.0;
    GraphGeometry m_shrinkBase;
    int m_followedT = -1; // the focus last scrolled to
    bool m_overviewShown = false; // decided by relayout() from the room alone
    bool m_verticalBar = false; // the unfolded drawing is taller than the room: its bar's width set aside
    bool m_overviewDragging = false;
    GraphOverview m_overview;
    ColorScales m_scales; // of m_snapshot
    std::optional<StepCursor> m_cursor;
    WalkOrder m_order = WalkOrder::TimeMajor;
    std::optional<TaskShape> m_shape;
    double m_anomalyThreshold = std::numeric_limits<double>::quiet_NaN(); // none passed on yet
    GraphFlags m_flags; // of m_snapshot, m_textIndex and m_anomalyThreshold
    bool m_outputsHidden = false;
    GraphGeometry m_lastGeometry;
    GraphGeometry m_plainGeometry; // the room without bars the layouts were last made for
    GraphLayout m_unfolded;
    GraphLayout m_foldedLayout;
    GraphLayout m_layout;
    QVariantAnimation *m_animation = nullptr;
    QPoint m_dragStart;
    QPoint m_scrollAtDragStart;
    bool m_dragging = false;
    std::vector<double> m_frameTimes;
    GraphKeyboard *m_keyboard = nullptr; // a child
    // cells(), made again when what it depends on changed
    struct CellsKey
    {
        const void *snapshot = nullptr;
        QRectF bounds;
        std::size_t nodes = 0;
        bool folded = false;
        int shownT = -1;
        TaskShape shape = TaskShape::ManyToMany;
        bool operator==(const CellsKey &) const = default;
    };
    mutable CellsKey m_cellsKey;
    mutable std::vector<GraphCell> m_cells;
};

} // namespace rnnlab
