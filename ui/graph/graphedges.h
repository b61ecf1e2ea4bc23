// SPDX-License-Identifier: MIT
// The arrows of the RNN graph, from its nodes' rectangles: W_xh up into each layer, W_hy up to the
// output, W_hh along each layer's row (from the zero state's stub at t = 0; a loop when folded),
// and an LSTM's cell state along its lane. Used by every GraphLayout and by the fold animation, so
// that the arrows stay attached to their nodes while the nodes move. Pure geometry, as GraphLayout;
// not where the nodes go.
#pragma once

#include "ui/graph/graphlayout.h"

#include <vector>

namespace rnnlab {

struct GraphEdges
{
    //! Appends the arrows between \a nodes (laid out for \a geometry, \a folded or not) to \a edges.
    static void connect(const std::vector<GraphNode> &nodes, const GraphGeometry &geometry, bool folded,
                        std::vector<GraphEdge> &edges);
    //! The node of \a kind at (\a t, \a layer) of \a nodes, or null. \a nodes are stored column by
    //! column (t ascending), as every layout stores them.
    static const GraphNode *find(const std::vector<GraphNode> &nodes, NodeKind kind, int t, int layer);
};

} // namespace rnnlab
