// SPDX-License-Identifier: MIT
// One frame of the graph's drawing, in scene coordinates: the arrows under the nodes, the nodes,
// the walk's highlights on top of everything, the matrices' thumbnails — only what is near the
// part in view (a 10,000-character text has tens of thousands of nodes), only what the task's
// shape draws, and, while the fold animates, the unfolded columns fading as the loop fades in.
// GraphView scrolls, clips and draws the caption, the row labels and the overview around it.
#pragma once

#include "ui/graph/graphemphasis.h"
#include "ui/graph/graphlayout.h"
#include "ui/graph/taskshape.h"

#include <QRectF>

namespace rnnlab {

class GraphPainter;
struct GenerationTrace;

class GraphScene
{
public:
    struct Frame
    {
        const GraphLayout *layout = nullptr; // as drawn now (interpolated while the fold animates)
        const GraphLayout *folded = nullptr; // the folded layout: its W_hh loop fades in
        TaskShape shape = TaskShape::ManyToMany;
        //! One-to-many as it generates (GraphView::freeRun()): every input, and an arrow from each
        //! picked y_{t−1} down to x_t. Null: the shape's nodes of the training pass.
        const GenerationTrace *freeRun = nullptr;
        int timeSteps = 0;
        int shownT = 0; // the time step the folded cell shows
        double unfolded = 1.0; // 1 = unfolded, 0 = folded
        bool settled = true; // no fold animation runs
        bool walking = false; // a walk-by-hand cursor is set
        QRectF near; // the part in view, with a margin for what sticks out of a box
    };

    static void paint(const GraphPainter &graph, const GraphEmphasis &emphasis, const Frame &frame);
};

} // namespace rnnlab
