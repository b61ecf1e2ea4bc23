// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmaplayout.h"

#include <algorithm>

namespace rnnlab {

HeatmapLayout::HeatmapLayout(int rows, int columns, int cellSize, const Margins &margins)
    : m_rows(std::max(rows, 0))
    , m_columns(std::max(columns, 0))
    , m_cellSize(std::max(cellSize, 1))
    , m_margins(margins)
{ }

QSize HeatmapLayout::size() const
{
    const QRect grid = gridRect();
    return QSize(std::max(grid.right() + 1, m_margins.titleWidth), grid.bottom() + 1);
}

QRect HeatmapLayout::gridRect() const
{
    return QRect(m_margins.rowLabelWidth, m_margins.titleHeight + m_margins.columnLabelHeight, m_columns * m_cellSize,
                 m_rows * m_cellSize);
}

QRect HeatmapLayout::cellRect(int row, int column) const
{
    const QRect grid = gridRect();
    return QRect(grid.left() + column * m_cellSize, grid.top() + row * m_cellSize, m_cellSize, m_cellSize);
}

QRect HeatmapLayout::cellFillRect(int row, int column) const
{
    const QRect cell = cellRect(row, column);
    return m_cellSize >= gridGapMinCell ? cell.adjusted(0, 0, -1, -1) : cell;
}

QPoint HeatmapLayout::cellAt(const QPoint &position) const
{
    const QRect grid = gridRect();
    if (!grid.contains(position))
        return QPoint(-1, -1);
    return QPoint((position.x() - grid.left()) / m_cellSize, (position.y() - grid.top()) / m_cellSize);
}

QRect HeatmapLayout::rowLabelRect(int row) const
{
    const QRect cell = cellRect(row, 0);
    // 4 px between the label and the grid; labels may be taller than small cells, so centre a
    // band of at least 1 cell on the row.
    return QRect(0, cell.top(), std::max(m_margins.rowLabelWidth - 4, 0), m_cellSize);
}

QRect HeatmapLayout::columnLabelRect(int column) const
{
    const QRect cell = cellRect(0, column);
    return QRect(cell.left(), m_margins.titleHeight, m_cellSize, std::max(m_margins.columnLabelHeight - 2, 0));
}

bool HeatmapLayout::fitsInCell(int textWidth, int textHeight) const
{
    const int inner = m_cellSize - (m_cellSize >= gridGapMinCell ? 1 : 0) - 2 * textPadding;
    return textWidth <= inner && textHeight <= m_cellSize - 1;
}

int HeatmapLayout::labelStep(int extent) const
{
    static constexpr int steps[] = {1, 2, 5};
    for (int scale = 1; scale < 1'000'000'000 / 10; scale *= 10) {
        for (int step : steps) {
            if (static_cast<long long>(step) * scale * m_cellSize >= extent + 2)
                return step * scale;
        }
    }
    return 1'000'000'000;
}

namespace {
// The fewest tiers with which labels \a extent pixels long (plus \a gap) no longer overlap when
// neighbours sit \a cellSize apart: label i and label i + tiers are tiers cells apart.
int tiersFor(int extent, int gap, int cellSize)
{
    return std::max(1, (extent + gap + cellSize - 1) / std::max(cellSize, 1));
}
} // namespace

HeatmapLayout::LabelPlan HeatmapLayout::planColumnLabels(int cellSize, LabelExtent normal, LabelExtent small,
                                                         bool mayThin)
{
    // Side by side, a label needs its width plus 2 px; turned 90° its line height (the line
    // height already holds the space between lines of text).
    if (normal.width + 2 <= cellSize)
        return {};
    if (small.width + 2 <= cellSize)
        return {.small = true};
    // Turning pays only for labels longer than they are high ("h12", a wide glyph): a single
    // character turned on its side needs about as much room and reads sideways; upright in
    // staggered rows it stays a letter a student recognises.
    const bool longLabels = normal.width > normal.height;
    if (longLabels && normal.height <= cellSize)
        return {.rotated = true};
    if (longLabels && small.height <= cellSize)
        return {.small = true, .rotated = true};
    if (mayThin)
        return {.step = HeatmapLayout(1, 1, cellSize, {}).labelStep(normal.width)};
    return {.small = true, .tiers = tiersFor(small.width, 2, cellSize)};
}

HeatmapLayout::LabelPlan HeatmapLayout::planRowLabels(int cellSize, LabelExtent normal, LabelExtent small, bool mayThin)
{
    if (normal.height <= cellSize)
        return {};
    if (small.height <= cellSize)
        return {.small = true};
    if (mayThin)
        return {.step = HeatmapLayout(1, 1, cellSize, {}).labelStep(normal.height)};
    return {.small = true, .tiers = tiersFor(small.height, 0, cellSize)};
}

int HeatmapLayout::columnLabelBand(const LabelPlan &plan, LabelExtent normal, LabelExtent small)
{
    const LabelExtent &extent = plan.small ? small : normal;
    return plan.rotated ? extent.width + 2 : plan.tiers * extent.height;
}

int HeatmapLayout::rowLabelBand(const LabelPlan &plan, LabelExtent normal, LabelExtent small)
{
    const LabelExtent &extent = plan.small ? small : normal;
    return plan.tiers * extent.width + (plan.tiers - 1) * tierGap;
}

bool HeatmapLayout::drawsLabel(const LabelPlan &plan, int index)
{
    return plan.step <= 1 || (index + 1) % plan.step == 0;
}

int HeatmapLayout::defaultCellSize(int rows, int columns)
{
    const int longest = std::max({rows, columns, 1});
    return std::clamp(320 / longest, minCellSize, maxCellSize);
}

int HeatmapLayout::cellSizeToFit(int rows, int columns, const Margins &margins, const QSize &available, int preferred)
{
    int cell = std::clamp(preferred, minCellSize, maxCellSize);
    if (columns > 0)
        cell = std::min(cell, (available.width() - margins.rowLabelWidth) / columns);
    if (rows > 0)
        cell = std::min(cell, (available.height() - margins.titleHeight - margins.columnLabelHeight) / rows);
    return std::max(cell, minCellSize);
}

} // namespace rnnlab
