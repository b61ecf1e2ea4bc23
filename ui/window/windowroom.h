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
//   summary wrap above it).
// Presentation mode arranges the window its own way (PresentationMode); this class then waits.
#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QSplitter;

namespace rnnlab {

class GraphView;

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
    //! While presentation mode is on, the split is left alone.
    void setPaused(bool paused) { m_paused = paused; }

private:
    QMainWindow *m_window;
    QPointer<QSplitter> m_splitter;
    GraphView *m_graph;
    const void *m_fittedShape = nullptr;
    bool m_draggedByHand = false;
    bool m_paused = false;
};

} // namespace rnnlab
