// SPDX-License-Identifier: MIT
// How the main window shares its room between the graph and the panels around it, so that the
// graph — the point of the app — gets what its readable drawing needs first:
// - across: on first show (without a saved layout), the side docks take a fifth of the width; on a
//   screen too narrow for the model panel, the matrices and a readable graph side by side (a
//   1024-wide projector), the model panel becomes a tab beside the matrices instead;
// - down: when a run of a new shape starts, the splitter gives the graph pane the height its
//   unfolded drawing needs (GraphView::extraHeightWanted()), taken from the pane below as long as
//   that keeps its own minimum. Once the reader drags the splitter, the split is theirs. That
//   minimum is the lower views' own (the Signal tab's plot asks for 170 px; its controls and
//   summary wrap above it);
// - a time series' Signal tab: while it is the lower tab shown (a time series run; in
//   presentation mode too, where it is the lower pane's page), the lower pane gets the height the
//   tab asks for (SignalPlot::sizeHint: both plots readable), up to all but graphShareKept of the
//   splitter, so that its value and error plots are read, not strips under a wrapped summary;
//   the graph pane keeps its own minimum and scrolls (it is the same drawing as before, and for a
//   series the signal is what the class looks at) — down to graphMinimumBesideSignal while the tab
//   is shown. Minimum heights alone could not do it: a plot's
//   minimum large enough to read made the 1024×768 presentation window taller than its screen.
// Presentation mode arranges the window its own way (PresentationMode); fitGraphHeight then waits,
// the Signal tab's share does not: there the graph keeps its own minimum and its pane gets what its
// whole drawing needs (the back row reads its x_t, input and t rows), the tab the rest down to its
// own minimum; on a time series' walk by hand the equations get what the drawing does not need.
#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QSplitter;
class QTabWidget;

namespace rnnlab {

class GraphView;
class SignalPlot;

class WindowRoom : public QObject
{
    Q_OBJECT

public:
    //! \a splitter holds the graph's pane (first) and the tabs below (second).
    WindowRoom(QMainWindow *window, QSplitter *splitter, GraphView *graph);

    //! The smallest height the pane below the graph keeps when the graph takes room from it (px).
    static constexpr int lowerPaneMinimum = 210;
    //! The width the graph's column keeps beside the docks on first show before the model panel
    //! gives way (px): five columns of "hello" with their numbers.
    static constexpr int graphMinimumWidth = 560;

    //! On the window's first show: the docks' widths, and the model panel tabbed beside the
    //! matrices on a narrow screen. \a savedLayout: a layout the reader saved was restored (it wins).
    void arrangeDocks(bool savedLayout);
    //! A run's snapshot arrived: when its shape is new, give the graph the height it needs.
    void fitGraphHeight(const void *shape);
    //! While presentation mode is on, the split is left alone (but for the Signal tab's share).
    void setPaused(bool paused) { m_paused = paused; }

    //! While the Signal tab is shown, the lower pane gets what the tab asks for (its sizeHint:
    //! both plots readable, its summary whole), as long as the graph's pane keeps this share of
    //! the splitter's height (0.3 left the value plot 70 px at 1280×800).
    static constexpr double graphShareKept = 0.25;
    //! The graph's minimum height while the Signal tab is shown (px; else its own, 240): its
    //! caption and a row of the drawing, the rest scrolled — a series is read on the Signal tab,
    //! and the graph's 240 px kept the plots strips at 1280×800 and 1024×768.
    static constexpr int graphMinimumBesideSignal = 110;
    //! \a tabs: the lower pane; \a signal: its Signal tab's page. From then on, showing that tab,
    //! resizing the window, toggling presentation mode or the tab's own wish changing
    //! (fitSignalShare()) gives it its share.
    void watchSignal(QTabWidget *tabs, SignalPlot *signal);
    //! Whether the Signal tab is the lower pane's page now (a time series run).
    bool signalShown() const;
    //! Give the lower pane the Signal tab's height if it is shown (after the
    //! pending layout). Not after the reader dragged the splitter, except in presentation mode,
    //! which arranges the window afresh.
    void fitSignalShare();
    //! The lower pane's height for a splitter \a total px tall, the Signal tab wanting \a wanted px
    //! and the panes needing \a topMinimum and \a lowerMinimum: what it wants, up to what leaves the
    //! graph graphShareKept of the total and its minimum (the lower pane's minimum wins).
    static int signalPaneHeight(int total, int wanted, int topMinimum, int lowerMinimum);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    QPointer<QSplitter> m_splitter;
    GraphView *m_graph;
    const void *m_fittedShape = nullptr;
    bool m_draggedByHand = false;
    bool m_paused = false;
    QPointer<QTabWidget> m_tabs;
    QPointer<QWidget> m_signal;
    bool m_sharePending = false;
    int m_graphMinimum = 0; // the graph's own minimum height, given back when the Signal tab goes
};

} // namespace rnnlab
