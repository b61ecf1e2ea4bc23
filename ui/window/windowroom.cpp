// SPDX-License-Identifier: MIT
#include "ui/window/windowroom.h"

#include "ui/graph/graphview.h"
#include "ui/plots/signalplot.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace rnnlab {

WindowRoom::WindowRoom(QMainWindow *window, QSplitter *splitter, GraphView *graph)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_graph(graph)
{
    // splitterMoved is emitted only for the reader's drag, never for setSizes().
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_draggedByHand = true; });
}

void WindowRoom::arrangeDocks(bool savedLayout)
{
    if (savedLayout)
        return;
    const int side = std::clamp(m_window->width() / 5, 200, 300);
    auto *model = m_window->findChild<QDockWidget *>(QStringLiteral("modelDock"));
    auto *matrices = m_window->findChild<QDockWidget *>(QStringLiteral("matrixDock"));
    if (model && matrices && !model->isHidden() && !matrices->isHidden() && !model->isFloating()
        && m_window->tabifiedDockWidgets(matrices).isEmpty()) {
        // The model panel cannot narrow below its form; the matrices need about a fifth of the
        // width. Where the graph would then keep less than graphMinimumWidth, one dock column.
        const int needed = model->minimumSizeHint().width() + side + graphMinimumWidth;
        if (m_window->width() < needed) {
            // What shares the model panel's place (the lesson, closed) goes with it.
            const QList<QDockWidget *> beside = m_window->tabifiedDockWidgets(model);
            m_window->tabifyDockWidget(matrices, model);
            for (QDockWidget *dock : beside)
                m_window->tabifyDockWidget(matrices, dock);
            // raise() picks the tab only once the dock layout has run.
            QTimer::singleShot(0, matrices, &QDockWidget::raise);
        }
    }
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        if (!dock->isHidden())
            docks << dock;
    m_window->resizeDocks(docks, QList<int>(docks.size(), side), Qt::Horizontal);
}

void WindowRoom::fitGraphHeight(const void *shape)
{
    if (shape == m_fittedShape || m_draggedByHand || m_paused || !m_splitter || !m_splitter->isVisible())
        return;
    // After the views have laid the snapshot out (and the window its panes).
    QTimer::singleShot(0, this, [this, shape] {
        // The Signal tab has its share (fitSignalShare): the graph scrolls within the rest.
        if (m_draggedByHand || m_paused || !m_splitter || !m_splitter->isVisible() || signalShown())
            return;
        QList<int> sizes = m_splitter->sizes();
        if (sizes.size() != 2 || sizes[0] <= 0 || sizes[1] <= 0)
            return;
        m_fittedShape = shape;
        const int lowest = std::max(lowerPaneMinimum, m_splitter->widget(1)->minimumSizeHint().height());
        const int give = std::min(m_graph->extraHeightWanted(), sizes[1] - lowest);
        if (give <= 0)
            return;
        sizes[0] += give;
        sizes[1] -= give;
        m_splitter->setSizes(sizes);
    });
}

void WindowRoom::watchSignal(QTabWidget *tabs, SignalPlot *signal)
{
    m_tabs = tabs;
    m_signal = signal;
    m_graphMinimum = m_graph->minimumHeight();
    connect(tabs, &QTabWidget::currentChanged, this, &WindowRoom::fitSignalShare);
    connect(signal, &SignalPlot::wantedHeightChanged, this, &WindowRoom::fitSignalShare);
    // A resize hands the splitter's new height out by its stretch factors (3 : 2): take the share again.
    m_splitter->installEventFilter(this);
}

bool WindowRoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        fitSignalShare();
    return QObject::eventFilter(watched, event);
}

bool WindowRoom::signalShown() const
{
    if (!m_tabs || !m_signal)
        return false;
    const int index = m_tabs->indexOf(m_signal);
    return index >= 0 && m_tabs->currentIndex() == index && m_tabs->isTabVisible(index);
}

int WindowRoom::signalPaneHeight(int total, int wanted, int topMinimum, int lowerMinimum)
{
    const int topKept = std::max(topMinimum, int(total * graphShareKept));
    return std::max(lowerMinimum, std::min(wanted, total - topKept));
}

void WindowRoom::fitSignalShare()
{
    if (m_sharePending)
        return;
    m_sharePending = true;
    // After the tab's and the window's layouts have run (the presentation font, the tab shown).
    QTimer::singleShot(0, this, [this] {
        m_sharePending = false;
        // The graph's minimum: shorter beside the Signal tab, its own again with any other tab
        // (the splitter then gives the graph's pane its minimum back). Not in presentation mode,
        // where the graph is drawn whole above the tab (below).
        const int graphMinimum =
            signalShown() && !m_paused ? std::min(m_graphMinimum, graphMinimumBesideSignal) : m_graphMinimum;
        if (m_graph->minimumHeight() != graphMinimum)
            m_graph->setMinimumHeight(graphMinimum);
        // A time series' run (its Signal tab offered), shown in presentation mode on another tab.
        const bool seriesWalk =
            m_paused && !signalShown() && m_tabs && m_signal && m_tabs->isTabVisible(m_tabs->indexOf(m_signal));
        if (!m_splitter || (!signalShown() && !seriesWalk) || (m_draggedByHand && !m_paused))
            return;
        QList<int> sizes = m_splitter->sizes();
        if (sizes.size() != 2)
            return;
        const int total = sizes[0] + sizes[1];
        if (total <= 0)
            return;
        // What the graph's pane needs to show its whole drawing (its bar and caption included).
        const int graphNeed = m_splitter->widget(0)->height() - m_graph->height() + m_graph->heightWanted();
        if (!signalShown()) {
            // Presentation mode with a time series' walk by hand below: PresentationMode gave the graph two
            // thirds; what its drawing does not need goes to the equations (at 1920×1080 the walk's
            // last line, y_t's sum, was cut at the bottom under a graph with room to spare).
            const int top = std::max(graphNeed, m_splitter->widget(0)->minimumSizeHint().height());
            if (top < sizes[0] - 1)
                m_splitter->setSizes({top, total - top});
            return;
        }
        // The tab's own height plus what the tab widget puts around it (its bar; none in presentation).
        const int around = std::max(0, m_tabs->height() - m_signal->height());
        const int lowerMinimum = m_splitter->widget(1)->minimumSizeHint().height();
        int topMinimum = m_splitter->widget(0)->minimumSizeHint().height();
        if (m_paused) {
            // Presentation: the class reads the graph from the back row, its x_t, input and t rows
            // too (at 1920×1080 they fell below the edge with the graph's pane at a quarter): the
            // pane gets what the whole drawing needs, as long as the tab keeps its own minimum.
            topMinimum = std::max(topMinimum, std::min(graphNeed, total - lowerMinimum));
        }
        const int lower = signalPaneHeight(total, m_signal->sizeHint().height() + around, topMinimum, lowerMinimum);
        if (std::abs(sizes[1] - lower) <= 1)
            return;
        m_splitter->setSizes({total - lower, lower});
    });
}

} // namespace rnnlab
