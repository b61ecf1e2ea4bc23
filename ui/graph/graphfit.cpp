// SPDX-License-Identifier: MIT
#include "ui/graph/graphfit.h"

#include "app/worker/snapshot.h"
#include "engine/gates.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

double GraphFit::fontScale(QSize room, double pointSize, double charWidth, int timeSteps)
{
    const double most = std::clamp(18.0 / std::max(1.0, pointSize), 1.0, 1.75);
    double scale = std::clamp(std::min(room.width() / 900.0, room.height() / 400.0), 1.0, most);
    if (timeSteps > 0) {
        const double column = (room.width() - 20.0 - charWidth * 6.5 * scale - 10) / timeSteps;
        scale = std::clamp(std::min(scale, (column - 3) / charWidth), 1.0, most);
    }
    return scale;
}

double GraphFit::shrink(const GraphGeometry &full)
{
    const double bottom = GraphLayout::unfolded(full).bounds().bottom();
    return bottom > full.viewport.height() + 1 ? std::clamp(full.viewport.height() / bottom, 0.5, 1.0) : 1.0;
}

void GraphFit::describeModel(GraphGeometry &g, const RunSetup &setup)
{
    const ModelConfig &model = setup.session.model;
    g.layers = model.numLayers;
    g.hiddenSize = model.hiddenSize;
    g.outputLayer = model.outputLayer;
    g.gates = model.cell == CellKind::Lstm || model.cell == CellKind::Gru ? gateCount(model.cell) : 0;
    g.cellState = model.cell == CellKind::Lstm;
    g.vocabularySize = setup.task->inputSize(); // V one-hot rows, or a time series' D values
    g.outputSize = setup.outputSize();
    g.valueOutputs = setup.task->outputKind() == OutputKind::Value;
}

GraphFit::Scrolling GraphFit::scrolling(const QRectF &bounds, QSize room, double barExtent, double caption,
                                        double overview)
{
    const double needWidth = bounds.right() + 2;
    const double needHeight = bounds.bottom() + 2 + caption + overview;
    bool horizontal = needWidth > room.width();
    bool vertical = needHeight > room.height();
    if (horizontal && !vertical)
        vertical = needHeight > room.height() - barExtent;
    if (vertical && !horizontal)
        horizontal = needWidth > room.width() - barExtent;
    const double width = room.width() - (vertical ? barExtent : 0.0);
    const double height = room.height() - (horizontal ? barExtent : 0.0);
    return {QSize(std::max(0, int(std::ceil(needWidth - width))), std::max(0, int(std::ceil(needHeight - height)))),
            QSizeF(width, height)};
}

GraphFit::Bars GraphFit::bars(QSize room, double barExtent, double caption, double overviewLine,
                              const std::function<GraphGeometry(bool, bool)> &geometryOf)
{
    // A vertical bar when the drawing is taller than the room (its width then set aside, so that
    // no horizontal bar follows from it); the overview strip and the horizontal bar when the
    // columns at their readable width are wider than what is left (their height set aside in turn).
    const auto taller = [&](const GraphLayout &layout, bool overview) {
        return layout.bounds().bottom() + 2 + caption + (overview ? overviewLine + barExtent : 0.0) > room.height();
    };
    const auto wider = [&](const GraphLayout &layout, bool verticalBar) {
        return layout.bounds().right() + 2 > room.width() - (verticalBar ? barExtent : 0.0);
    };
    Bars b;
    b.layout = GraphLayout::unfolded(geometryOf(false, false));
    if (taller(b.layout, false)) {
        b.vertical = true;
        b.layout = GraphLayout::unfolded(geometryOf(true, false));
    }
    if (wider(b.layout, b.vertical)) {
        b.overview = true;
        b.layout = GraphLayout::unfolded(geometryOf(b.vertical, true));
        if (!b.vertical && taller(b.layout, true)) {
            b.vertical = true;
            b.layout = GraphLayout::unfolded(geometryOf(true, true));
        }
    }
    return b;
}

} // namespace rnnlab
