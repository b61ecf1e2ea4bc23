// SPDX-License-Identifier: MIT
#include "ui/graph/graphcells.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

bool isStrip(NodeKind kind)
{
    return kind == NodeKind::OneHot || kind == NodeKind::Hidden || kind == NodeKind::CellState
        || kind == NodeKind::Output;
}

//! The cell of column \a t nearest in height to \a y, or −1 when the column has none.
int nearestInColumn(const std::vector<GraphCell> &cells, int t, const GraphCell &like)
{
    int best = -1;
    double distance = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const GraphCell &c = cells[i];
        if (c.t != t)
            continue;
        if (c.kind == like.kind && c.layer == like.layer && c.cell == like.cell)
            return static_cast<int>(i);
        const double d = std::abs(c.rect.center().y() - like.rect.center().y());
        if (d < distance) {
            distance = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

} // namespace

std::vector<GraphCell> GraphCells::of(const GraphLayout &layout, const std::function<bool(const GraphNode &)> &include)
{
    std::vector<GraphCell> cells;
    for (const GraphNode &node : layout.nodes()) {
        if (!include(node))
            continue;
        if (isStrip(node.kind) && node.cells > 0) {
            for (int i = 0; i < node.cells; ++i)
                cells.push_back({node.kind, node.t, node.layer, i, GraphLayout::cellRect(node, i)});
        } else {
            cells.push_back({node.kind, node.t, node.layer, -1, node.rect});
        }
    }
    std::stable_sort(cells.begin(), cells.end(), [](const GraphCell &a, const GraphCell &b) {
        if (a.t != b.t)
            return a.t < b.t;
        return a.rect.center().y() < b.rect.center().y();
    });
    return cells;
}

int GraphCells::move(const std::vector<GraphCell> &cells, int from, int dx, int dy)
{
    if (from < 0 || from >= static_cast<int>(cells.size()))
        return cells.empty() ? -1 : 0;
    const GraphCell &here = cells[static_cast<std::size_t>(from)];
    if (dy != 0) {
        const int next = from + (dy > 0 ? 1 : -1);
        if (next < 0 || next >= static_cast<int>(cells.size()) || cells[static_cast<std::size_t>(next)].t != here.t)
            return from;
        return next;
    }
    if (dx == 0)
        return from;
    // The next column that has cells (a many-to-one's outputs are at the last step only, but its
    // hidden states are at every step).
    std::vector<int> columns;
    for (const GraphCell &c : cells) {
        if (columns.empty() || columns.back() != c.t)
            columns.push_back(c.t);
    }
    const auto at = std::find(columns.begin(), columns.end(), here.t);
    const auto index = at - columns.begin() + (dx > 0 ? 1 : -1);
    if (index < 0 || index >= static_cast<std::ptrdiff_t>(columns.size()))
        return from;
    const int next = nearestInColumn(cells, columns[static_cast<std::size_t>(index)], here);
    return next < 0 ? from : next;
}

int GraphCells::toEnd(const std::vector<GraphCell> &cells, int from, bool last)
{
    if (cells.empty())
        return -1;
    const GraphCell &here = cells[static_cast<std::size_t>(std::clamp(from, 0, int(cells.size()) - 1))];
    const int next = nearestInColumn(cells, last ? cells.back().t : cells.front().t, here);
    return next < 0 ? from : next;
}

int GraphCells::find(const std::vector<GraphCell> &cells, const GraphCell &cell)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].sameAs(cell))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace rnnlab
