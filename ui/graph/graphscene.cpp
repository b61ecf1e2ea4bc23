// SPDX-License-Identifier: MIT
#include "ui/graph/graphscene.h"

#include "ui/graph/graphpainter.h"

#include <algorithm>

namespace rnnlab {

void GraphScene::paint(const GraphPainter &graph, const GraphEmphasis &emphasis, const Frame &frame)
{
    const GraphLayout &layout = *frame.layout;
    const QRectF &near = frame.near;
    const int shownT = frame.shownT;
    const auto edgeInView = [&near](const GraphEdge &e) {
        return e.extent.intersects(near) || (e.labelled && e.label.intersects(near))
            || (!e.thumbnail.isEmpty() && e.thumbnail.intersects(near))
            || (!e.caption.isEmpty() && e.caption.intersects(near));
    };
    const auto nodeInShape = [&](const GraphNode &node) {
        return layout.isFolded() || shapeHasNode(frame.shape, node, frame.timeSteps, frame.freeRun != nullptr);
    };
    const auto edgeInShape = [&](const GraphEdge &e) {
        return layout.isFolded() || shapeHasEdge(frame.shape, e, frame.timeSteps, frame.freeRun != nullptr);
    };

    // Generating: the pick of step t − 1 is the input of step t — under everything else, so that
    // the W_hh arrows' names and heatmaps in the gap stay on top. Unfolded only (folded, every
    // step is one column), from the first step whose input is a pick (after the prime).
    if (frame.freeRun && !layout.isFolded() && frame.unfolded > 0.02) {
        for (int t = std::max(1, frame.freeRun->primeLength); t < frame.timeSteps; ++t) {
            const GraphNode *from = layout.node(NodeKind::Prediction, t - 1);
            const GraphNode *to = layout.node(NodeKind::InputChar, t);
            if (!from || !to || !from->rect.united(to->rect).intersects(near))
                continue;
            const double opacity = frame.unfolded * std::min(emphasis.of(*from).opacity, emphasis.of(*to).opacity);
            if (opacity > 0.02)
                graph.paintFeedback(from->rect, to->rect, opacity);
        }
    }

    // Arrows below the nodes.
    for (const auto &e : layout.edges()) {
        if (!edgeInShape(e) || !edgeInView(e))
            continue;
        double opacity = 1.0;
        if (e.kind == EdgeKind::Recurrent || e.kind == EdgeKind::InitialState)
            opacity = frame.unfolded;
        else if (layout.isFolded() && e.kind == EdgeKind::Forward && e.t != shownT)
            continue;
        else if (e.kind == EdgeKind::Forward && e.t != shownT)
            opacity = frame.unfolded;
        const GraphEmphasis::Emphasis edgeEmphasis = emphasis.of(e);
        opacity *= edgeEmphasis.opacity;
        if (opacity > 0.02)
            graph.paintEdge(e, opacity, edgeEmphasis);
    }
    if (frame.unfolded < 1.0 && frame.folded) {
        // The loop of the folded picture, fading in as the columns collapse.
        for (const auto &e : frame.folded->edges()) {
            if (e.kind == EdgeKind::Loop)
                graph.paintEdge(e, 1.0 - frame.unfolded, GraphEmphasis::Emphasis());
        }
    }
    for (const auto &node : layout.nodes()) {
        if ((layout.isFolded() && node.t != shownT) || !node.rect.intersects(near) || !nodeInShape(node))
            continue;
        const GraphEmphasis::Emphasis nodeEmphasis = emphasis.of(node);
        const double opacity = (node.t == shownT ? 1.0 : frame.unfolded) * nodeEmphasis.opacity;
        if (opacity > 0.02)
            graph.paintNode(node, opacity, nodeEmphasis);
    }
    // The highlights on top of everything, so that no neighbour covers them.
    if (frame.walking && frame.settled) {
        for (const auto &node : layout.nodes()) {
            if ((!layout.isFolded() || node.t == shownT) && node.rect.intersects(near) && emphasis.of(node).highlight)
                // The time row is the drawing's lowest: its frame drawn 2 px higher at the bottom
                // stays clear of the overview strip (the layout keeps 2 px under its bounds).
                graph.paintHighlight(node.kind == NodeKind::TimeStep ? node.rect.adjusted(0, 0, 0, -2) : node.rect);
        }
    }
    if (frame.settled) {
        for (const auto &e : layout.edges()) {
            if (!e.thumbnail.isEmpty() && e.thumbnail.intersects(near) && edgeInShape(e)
                && !(layout.isFolded() && e.kind == EdgeKind::Forward && e.t != shownT))
                graph.paintThumbnail(e);
        }
    }
}

} // namespace rnnlab
