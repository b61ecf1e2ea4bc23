// SPDX-License-Identifier: MIT
#include "ui/window/viewspec.h"

#include "ui/graph/graphview.h"
#include "ui/graph/translationgraph.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/memory/memoryview.h"
#include "ui/panels/generationpanel.h"
#include "ui/panels/predictionslog.h"
#include "ui/panels/pytorchpanel.h"
#include "ui/panels/timeline.h"
#include "ui/plots/lossplot.h"
#include "ui/plots/signalplot.h"
#include "ui/teaching/stepbyhandpanel.h"

#include <QCoreApplication>

namespace rnnlab {

namespace {

// lupdate files a free function's tr("…") under its namespace's context, "rnnlab": the same
// context here, or the titles would be looked up where no translation is.
QString tr(const char *text)
{
    return QCoreApplication::translate("rnnlab", text);
}

template<class View>
QWidget *make(QWidget *parent)
{
    return new View(parent);
}

} // namespace

const std::vector<ViewSpec> &mainWindowViews()
{
    using Place = ViewSpec::Place;
    static const std::vector<ViewSpec> views = {
        {QStringLiteral("graph"), QString(), Place::Graph, false,
         [](QWidget *parent) -> QWidget * {
             auto *graph = new GraphView(parent);
             graph->setFocusPolicy(Qt::StrongFocus);
             return graph;
         }},
        // An encoder–decoder's graph (issue 16): in the graph's place, shown instead of it for a
        // translation (MainWindow::fitTabsToTask).
        {QStringLiteral("translation"), QString(), Place::Graph, false, make<TranslationGraph>},
        {QStringLiteral("matrix"), tr("Matrices"), Place::RightDock, false, make<MatrixPanel>},
        // The lower half holds the equations of the walk by hand first: it needs room for a 16 × 16 matrix.
        {QStringLiteral("step"), tr("Step by hand"), Place::Tab, false, make<StepByHandPanel>},
        {QStringLiteral("loss"), tr("Loss and accuracy"), Place::Tab, false, make<LossPlot>},
        {QStringLiteral("predictions"), tr("Predictions per step"), Place::Tab, false, make<PredictionsLog>},
        {QStringLiteral("generate"), tr("Generate"), Place::Tab, false, make<GenerationPanel>},
        {QStringLiteral("memory"), tr("Memory"), Place::Tab, false, make<MemoryView>},
        // A time series' own tab (issue 15): shown only while the run is a forecast.
        {QStringLiteral("signal"), tr("Signal"), Place::Tab, false, make<SignalPlot>},
        {QStringLiteral("timeline"), QString(), Place::UnderGraph, false, make<Timeline>},
        // The code behind the picture (View ▸ PyTorch): a tab beside the matrices when opened.
        {QStringLiteral("pytorch"), tr("PyTorch"), Place::RightDock, true, make<PytorchPanel>},
    };
    return views;
}

QString characterOnlyNotice(const QString &id)
{
    const QString where =
        tr(" This run is a time series: its values, the network's predictions, the free-running forecast and "
           "the flagged steps are in the Signal tab, and every number of a time step in the graph.");
    if (id == u"predictions")
        return tr("Predictions per step lists predicted strings: it is for character tasks only.") + where;
    if (id == u"generate")
        return tr("Generate writes text, for character tasks only. A time series' free-running forecast (each "
                  "prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.");
    if (id == u"memory")
        return tr("The Memory tab ranks influence over characters: it is for character tasks only.") + where;
    return {};
}

QString translationNotice(const QString &id)
{
    const QString where = tr(" This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss "
                             "tab, each pair's greedy translation at every step in Predictions per step, and its "
                             "three weight sets (encoder, decoder, fc) in the Matrices panel.");
    if (id == u"graph") // hidden for a translation: its own graph (TranslationGraph) stands in its place
        return tr("An encoder–decoder is drawn by its own graph.");
    if (id == u"generate")
        return tr("Generate writes text by feeding a network's output back as its next input; a translation does that "
                  "in its decoder, and its greedy translations are listed in Predictions per step.");
    if (id == u"memory")
        return tr("The Memory tab reads one network over one text; an encoder–decoder's two are not analysed yet.")
            + where;
    return {};
}

} // namespace rnnlab
