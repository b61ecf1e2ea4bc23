// SPDX-License-Identifier: MIT
#include "ui/window/presentationmode.h"

#include "ui/graph/graphview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowmenus.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <cmath>

namespace rnnlab {

PresentationMode::PresentationMode(MainWindow *window, QTabWidget *tabs, GraphView *graph, QWidget *timeline,
                                   WindowMenus *menus, bool interactive)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_graph(graph)
    , m_timeline(timeline)
    , m_menus(menus)
    , m_interactive(interactive)
{ }

double PresentationMode::pointSize(double basePointSize, int height)
{
    // About 1/50 of the screen's height per line: 15 pt at 768 px, 22 pt at 1080 px — type a
    // back row reads — and never smaller than 1.3× the desktop's.
    const double fromHeight = height / 50.0;
    return std::max(basePointSize * 1.3, std::min(fromHeight, basePointSize * 2.6));
}

QByteArray PresentationMode::windowState() const
{
    return m_on ? m_state : m_window->saveState();
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    QAction *action = m_menus->presentationAction();
    if (action->isChecked() != on) {
        QSignalBlocker block(action);
        action->setChecked(on);
    }
    if (on) {
        m_state = m_window->saveState();
        m_wasFullScreen = m_window->isFullScreen();
        m_wasMaximized = m_window->isMaximized();
        m_tabBefore = m_tabs->currentIndex();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            // The lesson stays: the teacher walks it in front of the class.
            if (dock->objectName() != QStringLiteral("lessonDock"))
                dock->hide();
        }
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        m_timeline->hide();
        m_window->showTab(m_window->presentationTab()); // the walk by hand's equations (a time series: its signal)
        m_tabs->tabBar()->hide();
        if (auto *splitter = qobject_cast<QSplitter *>(m_window->centralWidget())) {
            // The graph is what the room looks at; the equations get the rest.
            m_splitterSizes = splitter->sizes();
            // (Before the window is first shown the sizes are 0: the window's height stands in.)
            const int total = std::max(m_splitterSizes.value(0) + m_splitterSizes.value(1), m_window->height() - 60);
            splitter->setSizes({total * 2 / 3, total - total * 2 / 3});
        }
        applyFont(m_window->height());
        if (m_interactive)
            m_window->showFullScreen();
    } else {
        m_window->setFont(QFont());
        m_graph->setFont(QFont());
        m_graph->setPresentation(false, 0);
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        m_timeline->show();
        m_tabs->tabBar()->show();
        m_tabs->setCurrentIndex(m_tabBefore);
        if (auto *splitter = qobject_cast<QSplitter *>(m_window->centralWidget());
            splitter && m_splitterSizes.size() == 2)
            splitter->setSizes(m_splitterSizes);
        m_window->restoreState(m_state);
        if (m_interactive && !m_wasFullScreen)
            m_wasMaximized ? m_window->showMaximized() : m_window->showNormal();
    }
}

void PresentationMode::resized(int height)
{
    if (m_on)
        applyFont(height);
}

void PresentationMode::applyFont(int height)
{
    m_graph->setPresentation(true, height); // the readability rule: numbers of at least height / 60 px
    QFont big = QApplication::font();
    big.setPointSizeF(pointSize(QApplication::font().pointSizeF(), height));
    if (std::abs(big.pointSizeF() - m_window->font().pointSizeF()) <= 0.25)
        return;
    m_window->setFont(big);
    // The graph's labels are short and its cells need the room: a little smaller than the rest.
    QFont graph = big;
    graph.setPointSizeF(big.pointSizeF() * 0.8);
    m_graph->setFont(graph);
}

} // namespace rnnlab
