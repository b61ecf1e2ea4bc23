// SPDX-License-Identifier: MIT
// The geometry GraphView gives GraphLayout for a snapshot's first text, for graph tests that lay
// out without a view: in a 1200 × 700 viewport at zoom 4 (room for every thumbnail and gate bar).
// Header only: the tests that use it link the ui library, the support libraries do not.
#pragma once

#include "app/worker/snapshot.h"
#include "engine/gates.h"
#include "ui/graph/graphlayout.h"

namespace rnnlab {

inline GraphGeometry graphGeometryOf(const TrainingSnapshot &snapshot)
{
    const ModelConfig &model = snapshot.setup->session.model;
    GraphGeometry g;
    g.timeSteps = snapshot.trace.sequences.front().length();
    g.layers = model.numLayers;
    g.hiddenSize = model.hiddenSize;
    g.vocabularySize = snapshot.setup->vocabulary.size();
    g.outputSize = snapshot.setup->outputSize();
    g.outputLayer = model.outputLayer;
    g.gates = model.cell == CellKind::Lstm || model.cell == CellKind::Gru ? gateCount(model.cell) : 0;
    g.cellState = model.cell == CellKind::Lstm;
    g.viewport = QSizeF(1200, 700);
    g.zoom = 4.0;
    return g;
}

} // namespace rnnlab
