// SPDX-License-Identifier: MIT
// The graph as a grid a keyboard and a screen reader can walk: every unit of the strips (x_t's
// one-hot, h_t, c_t, y_t) and every other node whole (the input character, the time step's label,
// the gates, the prediction), column by column (t ascending) and, within a column, top to bottom
// as drawn; and where the arrow keys go from one of them. Pure geometry over a GraphLayout — what
// the cells are called and what they hold is GraphAccessible's, drawing the cursor GraphView's.
#pragma once

#include "ui/graph/graphlayout.h"

#include <functional>
#include <vector>

namespace rnnlab {

struct GraphCell
{
    NodeKind kind = NodeKind::Hidden;
    int t = 0;
    int layer = 0;
    int cell = -1; // the unit (row of the strip); −1: the node as a whole
    QRectF rect; // scene coordinates of the layout it was made from

    //! The same cell (of any layout): kind, t, layer and unit.
    bool sameAs(const GraphCell &other) const
    {
        return kind == other.kind && t == other.t && layer == other.layer && cell == other.cell;
    }
};

class GraphCells
{
public:
    //! The cells of \a layout's nodes for which \a include holds, ordered by t, then top to bottom.
    static std::vector<GraphCell> of(const GraphLayout &layout, const std::function<bool(const GraphNode &)> &include);
    //! Where an arrow key goes from cell \a from of \a cells: \a dy = ±1 the cell above / below in
    //! the same column (none past the ends: \a from), \a dx = ±1 the same unit of the same node at
    //! the next / previous time step, else the nearest cell of that column in height (none past the
    //! last column: \a from). Returns an index into \a cells.
    static int move(const std::vector<GraphCell> &cells, int from, int dx, int dy);
    //! The first (\a last: the last) column's cell nearest in height to \a from.
    static int toEnd(const std::vector<GraphCell> &cells, int from, bool last);
    //! The index of the cell that is \a cell in \a cells, or −1.
    static int find(const std::vector<GraphCell> &cells, const GraphCell &cell);
};

} // namespace rnnlab
