// SPDX-License-Identifier: MIT
// The walk by hand's rules for the graph: under the cursor of the walk (StepCursor, see
// TimeStepWalker), which nodes and arrows are computed already, which are not yet (a ghost of the
// slide), which one the current phase computes (highlighted), and — going back through time —
// which hidden strips show dL/dh_t and which arrows carry the gradient backwards. Pure: no
// painting, no widgets; GraphView paints what this decides and tst_graphemphasis checks the rules
// without a GUI. Not the task's shape (taskshape.h: which nodes exist at all).
#pragma once

#include "ui/graph/graphlayout.h"
#include "ui/teaching/timestepwalker.h"

#include <optional>

namespace rnnlab {

class GraphEmphasis
{
public:
    //! How a node or an arrow is drawn under the cursor.
    struct Emphasis
    {
        double opacity = 1.0;
        bool highlight = false;
        bool gradient = false; // hidden strip: dL/dh_t instead of h_t
        bool reversed = false; // arrow: the gradient flows back along it
        //! Walking back: a strip the gradient has not reached yet, drawn empty — its row reads
        //! dL/dh_t, and the forward h_t's colours there read as gradients that are not there.
        bool awaiting = false;
    };
    //! The opacity of what is not computed yet.
    static constexpr double pendingOpacity = 0.14;

    //! \a cursor: the walk's position (none: everything computed, nothing highlighted); \a order:
    //! the order it walks the stacked grid in; \a geometry: the model drawn (its layers, gates and
    //! cell state).
    GraphEmphasis(const std::optional<StepCursor> &cursor, WalkOrder order, const GraphGeometry &geometry);

    Emphasis of(const GraphNode &node) const;
    Emphasis of(const GraphEdge &edge) const;

private:
    //! With a cursor: whether (t, layer)'s layer phases — or, \a output, time step t's output phases
    //! — come at or before the cursor's position in the walk (forward).
    bool notFuture(int t, int layer, bool output) const;
    //! With a backward cursor: whether the gradient has reached (t, layer) in the walk.
    bool backwardReached(int t, int layer) const;

    std::optional<StepCursor> m_cursor;
    WalkOrder m_order;
    int m_layers; // L
    int m_gates; // G: 0 for an RNN, 4 LSTM, 3 GRU
    bool m_cellState; // an LSTM
    bool m_valueOutputs; // a time series: y_t shows at the output phase, there is no softmax
};

} // namespace rnnlab
