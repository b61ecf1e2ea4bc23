// SPDX-License-Identifier: MIT
#include "ui/graph/graphedges.h"

#include <algorithm>

namespace rnnlab {

namespace {

QRectF lineBox(QPointF a, QPointF b)
{
    return QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
}

//! A row of strips joined through time: the LSTM's cell state (no matrix on it) or a layer's
//! hidden states (W_hh).
struct Lane
{
    NodeKind kind;
    MatrixRole role;
    bool cellLane;
    // A folded loop reaches out max(least, min(most, share × height + add)) px.
    double leastReach, mostReach, reachShare, reachAdd;
    double stubShare; // the zero state's stub: max(8, min(24, share × the strip's width)) px
};

//! Layer \a l's lane: c_{t−1} → c_t or h_{t−1} → h_t (a stub from the zero state at t = 0), or one
//! loop when folded.
void connectLane(const std::vector<GraphNode> &nodes, const Lane &lane, int l, const GraphGeometry &g, bool folded,
                 std::vector<GraphEdge> &edges)
{
    const auto find = [&nodes](NodeKind kind, int t, int layer) { return GraphEdges::find(nodes, kind, t, layer); };
    if (folded) {
        const QRectF r = find(lane.kind, 0, l)->rect;
        GraphEdge loop;
        loop.kind = EdgeKind::Loop;
        loop.cellLane = lane.cellLane;
        loop.role = lane.role;
        loop.layer = l;
        loop.t = 0;
        loop.from = QPointF(r.right(), r.top() + r.height() * 0.3);
        loop.to = QPointF(r.right(), r.top() + r.height() * 0.7);
        const double reach =
            std::max(lane.leastReach, std::min(lane.mostReach, r.height() * lane.reachShare + lane.reachAdd));
        loop.extent = QRectF(r.right(), r.top() - 2, reach, r.height() + 4);
        edges.push_back(loop);
        return;
    }
    for (int t = 0; t < g.timeSteps; ++t) {
        const GraphNode *node = find(lane.kind, t, l);
        GraphEdge e;
        e.cellLane = lane.cellLane;
        e.role = lane.role;
        e.layer = l;
        e.t = t;
        e.to = QPointF(node->rect.left(), node->rect.center().y());
        if (t == 0) {
            e.kind = EdgeKind::InitialState;
            e.from = QPointF(node->rect.left() - std::max(8.0, std::min(24.0, node->rect.width() * lane.stubShare)),
                             e.to.y());
        } else {
            const GraphNode *previous = find(lane.kind, t - 1, l);
            e.kind = EdgeKind::Recurrent;
            e.from = QPointF(previous->rect.right(), previous->rect.center().y());
        }
        e.extent = lineBox(e.from, e.to);
        edges.push_back(e);
    }
}

} // namespace

//! Every layout stores its nodes column by column (t ascending), so a node is a binary search for
//! its column and a scan of that column's few nodes. (A linear search over all nodes, once per
//! arrow, made laying out a 10,000-character text quadratic: 8 s with the window frozen.)
const GraphNode *GraphEdges::find(const std::vector<GraphNode> &nodes, NodeKind kind, int t, int layer)
{
    auto it =
        std::lower_bound(nodes.begin(), nodes.end(), t, [](const GraphNode &n, int column) { return n.t < column; });
    for (; it != nodes.end() && it->t == t; ++it) {
        if (it->kind == kind && it->layer == layer)
            return &*it;
    }
    return nullptr;
}

void GraphEdges::connect(const std::vector<GraphNode> &nodes, const GraphGeometry &g, bool folded,
                         std::vector<GraphEdge> &edges)
{
    const auto find = [&nodes](NodeKind kind, int t, int layer) { return GraphEdges::find(nodes, kind, t, layer); };
    for (int t = 0; t < g.timeSteps; ++t) {
        for (int l = 0; l < g.layers; ++l) {
            const GraphNode *below = l == 0 ? find(NodeKind::OneHot, t, 0) : find(NodeKind::Hidden, t, l - 1);
            const GraphNode *h = find(NodeKind::Hidden, t, l);
            GraphEdge e;
            e.kind = EdgeKind::Forward;
            e.role = MatrixRole::InputToHidden;
            e.layer = l;
            e.t = t;
            e.from = QPointF(below->rect.center().x(), below->rect.top());
            e.to = QPointF(h->rect.center().x(), h->rect.bottom());
            e.extent = lineBox(e.from, e.to);
            edges.push_back(e);
        }
        const GraphNode *top = find(NodeKind::Hidden, t, g.layers - 1);
        const GraphNode *out = find(NodeKind::Output, t, 0);
        GraphEdge y;
        y.kind = EdgeKind::Forward;
        y.role = MatrixRole::HiddenToOutput;
        y.layer = g.layers - 1;
        y.t = t;
        y.identity = !g.outputLayer;
        y.from = QPointF(top->rect.center().x(), top->rect.top());
        // Straight up: a single wide output may be off-centre over its column.
        y.to = QPointF(top->rect.center().x(), out->rect.bottom());
        y.extent = lineBox(y.from, y.to);
        edges.push_back(y);
    }
    // An LSTM's cell state: c_{t−1} → c_t along its lane (a loop when folded), no matrix on it.
    const Lane cellLane{NodeKind::CellState, MatrixRole::Bias, true, 22.0, 48.0, 0.6, 14, 2};
    for (int l = 0; l < g.layers; ++l) {
        if (!find(NodeKind::CellState, 0, l))
            break;
        connectLane(nodes, cellLane, l, g, folded, edges);
    }
    const Lane hiddenLane{NodeKind::Hidden, MatrixRole::HiddenToHidden, false, 28.0, 70.0, 0.8, 20, 1};
    for (int l = 0; l < g.layers; ++l)
        connectLane(nodes, hiddenLane, l, g, folded, edges);
}

} // namespace rnnlab
