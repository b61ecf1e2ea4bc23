// SPDX-License-Identifier: MIT
// The main window's presentation mode (F11): full screen (when interactive), large type and thick
// lines, only the graph, the equations of the walk by hand, the play controls (and the lesson,
// when it is open); the configuration panels, menus and the other tabs hidden. Off restores the
// layout as it was. The state it keeps to restore it, and the type size for the window's height.
// Not the actions (WindowMenus) and not the views.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTabWidget;
class QWidget;

namespace rnnlab {

class GraphView;
class MainWindow;
class WindowMenus;

class PresentationMode : public QObject
{
    Q_OBJECT

public:
    //! For \a window, whose lower tabs are \a tabs, with \a timeline under \a graph and its
    //! actions in \a menus. \a interactive: full screen (off for screenshots and tests).
    PresentationMode(MainWindow *window, QTabWidget *tabs, GraphView *graph, QWidget *timeline, WindowMenus *menus,
                     bool interactive);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    //! The window is \a height px high now: the type follows while on.
    void resized(int height);
    //! The docks and toolbars to save as the window's layout: as they were before presentation mode
    //! while it is on.
    QByteArray windowState() const;

    //! The font size presentation mode uses for a window of \a height px (points).
    static double pointSize(double basePointSize, int height);

private:
    void applyFont(int height);

    MainWindow *m_window;
    QTabWidget *m_tabs;
    GraphView *m_graph;
    QWidget *m_timeline;
    WindowMenus *m_menus;
    bool m_interactive;
    bool m_on = false;
    QByteArray m_state; // saveState() before presentation mode
    bool m_wasFullScreen = false;
    bool m_wasMaximized = false;
    int m_tabBefore = 0;
    QList<int> m_splitterSizes;
};

} // namespace rnnlab
