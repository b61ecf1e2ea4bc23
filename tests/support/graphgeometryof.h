// SPDX-License-Identifier: MIT
// The geometry GraphView gives GraphLayout for a snapshot's first text, for graph tests that lay
// out without a view: in a 1200 × 700 viewport at zoom 4 (room for every thumbnail and gate bar).
// Header only: the tests that use it link the ui library, the support libraries do not.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/graph/graphfit.h"
#include "ui/graph/graphlayout.h"

namespace rnnlab {

inline GraphGeometry graphGeometryOf(const TrainingSnapshot &snapshot)
{
    GraphGeometry g;
    g.timeSteps = snapshot.trace.sequences.front().length();
    GraphFit::describeModel(g, *snapshot.setup);
    g.viewport = QSizeF(1200, 700);
    g.zoom = 4.0;
    return g;
}

} // namespace rnnlab
