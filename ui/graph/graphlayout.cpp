// SPDX-License-Identifier: MIT
#include "ui/graph/graphlayout.h"

#include "ui/graph/graphedges.h"

#include <algorithm>
#include <cmath>
#include <ranges>

namespace rnnlab {

namespace {

constexpr double margin = 10;

struct Metrics
{
    double lh, cw; // line height, character width
    double charRow; // height of the input and prediction rows
    double gap; // height of a vertical arrow gap
    double labelWidth; // "W_xh⁽⁴⁾"
    double gutter; // row labels on the left
    double timeRow; // "t = 0" under the input characters
};

Metrics metricsOf(const GraphGeometry &g)
{
    Metrics m;
    m.lh = g.lineHeight;
    m.cw = g.charWidth;
    m.charRow = std::round(m.lh * 1.5);
    m.gap = std::round(std::max(m.lh * 1.7, 22.0));
    m.labelWidth = std::ceil(m.cw * (g.layers > 1 ? 8.0 : 6.0)); // bold italic "W_xh", "W_xh⁽²⁾"
    m.gutter = std::ceil(m.cw * 6.5 + 10); // "output", "h_t⁽⁴⁾"
    m.timeRow = std::ceil(m.lh * 1.05);
    return m;
}

double clamp(double x, double lo, double hi)
{
    return std::max(lo, std::min(x, hi));
}

//! Heights of the strips' cells, of the output rows and of the one-hot rows: the cells share the
//! room up to \a maximum, never below the height that prints their numbers; the output rows get a
//! line of text each. With \a squeezeOneHot, when that does not fit, the one-hot x_t (one hot row
//! among V) gives up height, down to 3 px; what still does not fit makes the drawing taller than
//! the room (the view scrolls). With \a squeezeHidden (a time series) x_t's values keep their
//! readable rows and the hidden strips give up height instead, down to 2 px a unit: colours only,
//! their numbers left to the tooltip and the walk's equations, so that the rows that tell the
//! story — the value read, y_t, and the true next value — are all in view.
struct CellHeights
{
    double cell; // hidden (and cell-state) strips
    double row; // softmax output rows
    double oneHot; // one-hot rows
};

CellHeights cellHeights(double available, int V, int O, int stripCells, double lineHeight, double maximum, double zoom,
                        bool squeezeOneHot = false, bool squeezeHidden = false)
{
    // The readability rule: a strip's cell prints its value from 0.8 lines, an output row its
    // probability from 0.9 lines (GraphPainter's tests); never less, whatever the room.
    const double hiddenMinimum = std::ceil(lineHeight * 0.8 + 0.01);
    const double rowMinimum = std::ceil(lineHeight * 0.9 + 0.01);
    maximum = std::max(maximum, hiddenMinimum);
    double cell = clamp(available / (stripCells + O), hiddenMinimum, maximum);
    // The output rows get up to a line of text each.
    double row = std::max({cell, rowMinimum, std::min(lineHeight * 0.95, maximum)});
    double oneHot = cell;
    const int hiddenCells = stripCells - V;
    if (squeezeHidden && hiddenCells > 0) {
        oneHot = std::max(cell, hiddenMinimum);
        if (hiddenCells * cell + V * oneHot + O * row > available)
            cell = clamp((available - V * oneHot - O * row) / hiddenCells, 2.0, cell);
    } else if (squeezeOneHot && hiddenCells * cell + V * oneHot + O * row > available && hiddenCells > 0) {
        // x_t has one hot row in V, named by the input character right under it: it reads from a
        // thin strip (its 0s and 1s in the tooltip) when the hidden states need the room.
        oneHot = clamp((available - hiddenCells * cell - O * row) / V, 3.0, cell);
    }
    return {cell * zoom, row * zoom, oneHot * zoom};
}

//! The tops of the rows both views stack from \a top down: the prediction (\a charRow high),
//! the output (\a outputHeight) and a \a gap, then for each layer from the highest its c_t lane
//! (LSTM: \a hiddenHeight and \a cellGap) and its h_t row (\a hiddenHeight and a \a gap); last
//! the one-hot x, whose top is oneHot.
struct RowTops
{
    double prediction = 0.0;
    double output = 0.0;
    std::vector<double> hidden; // per layer
    std::vector<double> cell; // per layer; LSTM only
    double oneHot = 0.0;
};

RowTops rowTops(double top, double charRow, double outputHeight, double gap, int L, bool lstm, double hiddenHeight,
                double cellGap)
{
    RowTops rows;
    rows.hidden.resize(static_cast<std::size_t>(L));
    rows.cell.resize(static_cast<std::size_t>(L));
    double y = top;
    rows.prediction = y;
    y += charRow;
    rows.output = y;
    y += outputHeight + gap;
    for (int l = L - 1; l >= 0; --l) {
        if (lstm) {
            rows.cell[static_cast<std::size_t>(l)] = y;
            y += hiddenHeight + cellGap;
        }
        rows.hidden[static_cast<std::size_t>(l)] = y;
        y += hiddenHeight + gap;
    }
    rows.oneHot = y;
    return rows;
}

//! The h_t strip of layer \a l at time step \a t: \a cells cells of \a cellHeight from \a top,
//! \a width wide, centred on \a cx.
GraphNode hiddenStrip(int t, int l, double cx, double top, double width, int cells, double cellHeight)
{
    return {NodeKind::Hidden, t, l, QRectF(cx - width / 2, top, width, cells * cellHeight), cells};
}

} // namespace

GraphLayout GraphLayout::unfolded(const GraphGeometry &g)
{
    Metrics m = metricsOf(g);
    const int T = std::max(1, g.timeSteps);
    const int L = std::max(1, g.layers);
    const int V = g.vocabularySize;
    const int O = g.outputSize > 0 ? g.outputSize : V; // rows of y_t
    const bool lstm = g.cellState;
    const int stripCells = V + L * g.hiddenSize * (lstm ? 2 : 1);
    double cellGap = lstm ? std::round(m.lh * 0.5) : 0.0; // between a layer's c_t lane and its h_t row

    // Vertical: character rows and arrow gaps keep their size; the cells share the rest. A deep
    // stack (4 layers of an LSTM) would leave its hidden strips under 4 px per unit: then the
    // arrow gaps give way first (their labels are gone at such sizes anyway), down to minGap.
    {
        const double minGap = std::max(10.0, std::round(m.lh * 0.7));
        const double minCellGap = lstm ? 3.0 : 0.0;
        // A time series' strips give up their numbers before the arrows their names (cellHeights).
        const double wanted = (stripCells - V) * (g.valueOutputs ? 2.0 : std::ceil(m.lh * 0.8))
            + V * (g.valueOutputs ? std::ceil(m.lh * 0.8) : 3.0) + O * std::ceil(m.lh * 0.9);
        const double spare =
            g.viewport.height() - 2 * margin - 2 * m.charRow - m.timeRow - wanted - (L + 1) * minGap - L * minCellGap;
        const double flexible = (L + 1) * (m.gap - minGap) + L * (cellGap - minCellGap);
        if (flexible > 0 && spare < flexible) {
            const double share = clamp(spare / flexible, 0.0, 1.0);
            m.gap = std::round(minGap + (m.gap - minGap) * share);
            cellGap = std::round(minCellGap + (cellGap - minCellGap) * share);
        }
    }
    const double fixedHeight = 2 * m.charRow + m.timeRow + (L + 1) * m.gap + L * cellGap;
    // Presentation mode: cells up to 1.4 lines, the room of a projected slide.
    const double maximumCell = std::max(26.0 * g.scale, g.fill ? m.lh * 1.4 : 0.0);
    const auto [cellHeight, outputRow, oneHotRow] =
        cellHeights(g.viewport.height() - 2 * margin - fixedHeight, V, O, stripCells, m.lh, maximumCell, g.zoom, true,
                    g.valueOutputs);
    // Horizontal: one column per time step, never narrower than its numbers (the strip is 0.42 of
    // the column, the output 0.72 — a time series' y_t, one bar and its number a row, 0.9): when the
    // text is longer than that, the view scrolls along time.
    const double outputShare = g.valueOutputs ? 0.9 : 0.72;
    const double readableColumn =
        std::max({m.cw + 3, (g.numberWidth + 4) / 0.42, (g.outputValuesWidth + 4) / outputShare});
    const double widest = g.fill ? 1e9 : std::max(170.0 * g.scale, readableColumn);
    const double columnWidth =
        clamp((g.viewport.width() - 2 * margin - m.gutter) / T, readableColumn, widest) * std::max(g.zoom, 0.05);
    const double zoomed = std::max(1.0, g.zoom);
    const double stripWidth =
        clamp(columnWidth * 0.42, 4.0,
              std::max(44.0 * g.scale * zoomed, (g.numberWidth + 4) * (g.fill ? 1.5 : 1.0) * std::min(zoomed, 1.5)));
    const double outputWidth = clamp(
        columnWidth * outputShare, 6.0,
        std::max(110.0 * g.scale * zoomed, (g.outputValuesWidth + 4) * (g.fill ? 1.6 : 1.0) * std::min(zoomed, 1.5)));

    const double contentHeight = fixedHeight + (stripCells - V) * cellHeight + V * oneHotRow + O * outputRow;
    const double contentWidth = m.gutter + T * columnWidth;
    const double top = margin + std::max(0.0, (g.viewport.height() - 2 * margin - contentHeight) / 2);
    const double left = margin + std::max(0.0, (g.viewport.width() - 2 * margin - contentWidth) / 2);

    GraphLayout layout;
    layout.m_cellHeight = cellHeight;
    layout.m_outputRowHeight = outputRow;
    // Rows from the top: prediction, output, W_hy gap, h⁽ᴸ⁾ … h⁽¹⁾ with W_xh gaps, W_xh gap, x,
    // input, time step.
    const RowTops rows = rowTops(top, m.charRow, O * outputRow, m.gap, L, lstm, g.hiddenSize * cellHeight, cellGap);
    const double predictionY = rows.prediction;
    const double outputY = rows.output;
    const std::vector<double> &hiddenY = rows.hidden;
    const std::vector<double> &cellY = rows.cell;
    const double oneHotY = rows.oneHot;
    const double inputY = oneHotY + V * oneHotRow;
    const double timeY = inputY + m.charRow;
    // c_t right of the column's centre (the arrows up the column pass left of it); the gate bars
    // in the gap below h_t, left of the arrow coming in (its label goes right of it).
    // (wide enough for its numbers: the readable column leaves the room)
    const double cellWidth =
        std::max(2.0, std::min(std::max(stripWidth * 0.8, g.numberWidth + 4), columnWidth / 2 - 4));
    const double gateBar =
        g.gates > 0 ? std::min(10.0 * g.scale * std::max(1.0, g.zoom), (columnWidth / 2 - 6) / g.gates) : 0.0;
    const double gatesWidth = gateBar >= 2.0 ? gateBar * g.gates : 0.0;

    // A time series' boxes hold a number (bold "−0.00"), not a character: the walk's highlight
    // goes round the number, not through it.
    const double charBox =
        std::min(columnWidth - 4, g.valueOutputs ? std::max(m.lh * 1.6, g.numberWidth * 1.2 + 8) : m.lh * 1.6);
    for (int t = 0; t < T; ++t) {
        const double cx = left + m.gutter + (t + 0.5) * columnWidth;
        layout.m_nodes.push_back(
            {NodeKind::InputChar, t, 0, QRectF(cx - charBox / 2, inputY + 2, charBox, m.charRow - 4), 0});
        layout.m_nodes.push_back(
            {NodeKind::OneHot, t, 0, QRectF(cx - stripWidth / 2, oneHotY, stripWidth, V * oneHotRow), V});
        for (int l = 0; l < L; ++l) {
            const double hy = hiddenY[static_cast<std::size_t>(l)];
            layout.m_nodes.push_back(hiddenStrip(t, l, cx, hy, stripWidth, g.hiddenSize, cellHeight));
            if (g.gates > 0)
                layout.m_nodes.push_back({NodeKind::Gates, t, l,
                                          QRectF(cx - 3 - gatesWidth, hy + g.hiddenSize * cellHeight + 2, gatesWidth,
                                                 std::max(0.0, m.gap - 4)),
                                          g.gates});
            if (lstm)
                layout.m_nodes.push_back(
                    {NodeKind::CellState, t, l,
                     QRectF(cx + 3, cellY[static_cast<std::size_t>(l)], cellWidth, g.hiddenSize * cellHeight),
                     g.hiddenSize});
        }
        // A single output (many-to-one, one-to-one) is as wide as three columns allow, inside the grid.
        double outputLeft = cx - outputWidth / 2;
        double outputW = outputWidth;
        double boxLeft = cx - charBox / 2;
        double boxW = charBox;
        const bool single =
            (g.shape == TaskShape::ManyToOne && t == T - 1) || (g.shape == TaskShape::OneToOne && t == 0);
        if (single) {
            const double gridLeft = left + m.gutter;
            const double gridRight = gridLeft + T * columnWidth;
            outputW = std::max(outputWidth, std::min(columnWidth * 2.6, 200.0 * g.scale * std::max(1.0, g.zoom)));
            outputLeft = std::clamp(cx - outputW / 2, gridLeft, std::max(gridLeft, gridRight - outputW));
            boxW = std::max(charBox, outputW * 0.9);
            boxLeft = std::clamp(cx - boxW / 2, gridLeft, std::max(gridLeft, gridRight - boxW));
        }
        layout.m_nodes.push_back({NodeKind::Output, t, 0, QRectF(outputLeft, outputY, outputW, O * outputRow), O});
        layout.m_nodes.push_back(
            {NodeKind::Prediction, t, 0, QRectF(boxLeft, predictionY + 2, boxW, m.charRow - 4), 0});
        layout.m_nodes.push_back(
            {NodeKind::TimeStep, t, 0, QRectF(cx - columnWidth / 2 + 1, timeY, columnWidth - 2, m.timeRow), 0});
    }
    GraphGeometry normalized = g;
    normalized.timeSteps = T;
    normalized.layers = L;
    GraphEdges::connect(layout.m_nodes, normalized, false, layout.m_edges);
    // The zero state's stub starts inside the first column, clear of the row labels.
    for (GraphEdge &e : layout.m_edges) {
        if (e.kind == EdgeKind::InitialState && !e.cellLane) {
            e.from.setX(std::max(e.from.x(), left + m.gutter + 2));
            e.extent = QRectF(e.from, e.to).normalized().adjusted(-1, -1, 1, 1);
        }
    }

    // Labels: beside vertical arrows when the column has room, above horizontal ones when the gap
    // between columns has room; small live heatmaps under W_hh when there is room for them too.
    for (GraphEdge &e : layout.m_edges) {
        if (e.kind == EdgeKind::Forward) {
            const double room = columnWidth / 2 - 6;
            // In the gap right under the node the arrow enters (an LSTM's c_t lane may sit in the
            // rest of the arrow's way).
            const double mid = e.to.y() + m.gap / 2;
            if (room >= m.labelWidth && m.gap >= m.lh + 2) {
                e.labelled = true;
                e.label = QRectF(e.from.x() + 5, mid - m.lh / 2, m.labelWidth, m.lh);
                // W_xh and W_hy carry their heatmap too, right of the label, when it fits.
                const double thumb = std::min({m.gap - 6, room - m.labelWidth - 4, 30.0 * g.scale});
                if (!e.identity && thumb >= 14)
                    e.thumbnail = QRectF(e.label.right() + 3, mid - thumb / 2, thumb, thumb);
            }
        } else if (e.kind == EdgeKind::Recurrent && !e.cellLane) {
            const double span = e.to.x() - e.from.x();
            // Above the arrow, but within the strip's height (the gaps belong to W_xh and W_hy).
            const GraphNode *strip = layout.node(NodeKind::Hidden, e.t, e.layer);
            if (span >= m.labelWidth + 6 && strip->rect.height() / 2 >= m.lh + 4) {
                e.labelled = true;
                e.label =
                    QRectF((e.from.x() + e.to.x()) / 2 - m.labelWidth / 2, e.from.y() - m.lh - 3, m.labelWidth, m.lh);
                const GraphNode *h = layout.node(NodeKind::Hidden, e.t, e.layer);
                const double thumb = std::min({span - 10, h->rect.height() / 2 - 6, 48.0});
                if (thumb >= 16)
                    e.thumbnail = QRectF((e.from.x() + e.to.x()) / 2 - thumb / 2, e.from.y() + 5, thumb, thumb);
            }
        }
    }
    // Row labels in the gutter: x_t, h_t⁽ˡ⁾, y_t.
    const double gx = left;
    layout.m_rowLabels.push_back({NodeKind::InputChar, 0, QRectF(gx, inputY, m.gutter - 6, m.charRow)});
    layout.m_rowLabels.push_back({NodeKind::TimeStep, 0, QRectF(gx, timeY, m.gutter - 6, m.timeRow)});
    layout.m_rowLabels.push_back(
        {NodeKind::OneHot, 0, QRectF(gx, oneHotY, m.gutter - 6, std::max(m.lh, V * oneHotRow))});
    for (int l = 0; l < L; ++l) {
        layout.m_rowLabels.push_back({NodeKind::Hidden, l,
                                      QRectF(gx, hiddenY[static_cast<std::size_t>(l)], m.gutter - 6,
                                             std::max(m.lh, g.hiddenSize * cellHeight))});
        if (lstm)
            layout.m_rowLabels.push_back({NodeKind::CellState, l,
                                          QRectF(gx, cellY[static_cast<std::size_t>(l)], m.gutter - 6,
                                                 std::max(m.lh, g.hiddenSize * cellHeight))});
    }
    layout.m_rowLabels.push_back(
        {NodeKind::Output, 0, QRectF(gx, outputY, m.gutter - 6, std::max(m.lh, O * outputRow))});
    layout.m_rowLabels.push_back({NodeKind::Prediction, 0, QRectF(gx, predictionY, m.gutter - 6, m.charRow)});
    layout.finish();
    return layout;
}

GraphLayout GraphLayout::folded(const GraphGeometry &g)
{
    const Metrics m = metricsOf(g);
    const int T = std::max(1, g.timeSteps);
    const int L = std::max(1, g.layers);
    const bool lstm = g.cellState;
    const int O = g.outputSize > 0 ? g.outputSize : g.vocabularySize; // rows of y_t
    const int stripCells = g.vocabularySize + L * g.hiddenSize * (lstm ? 2 : 1);
    const double cellGap = lstm ? std::round(m.lh * 0.5) : 0.0;
    const double zoom = std::max(g.zoom, 0.05);

    // The heatmaps beside the arrows are the point of this view: as large as the window allows.
    const double thumb = std::floor(
        clamp(std::min(g.viewport.width() * 0.2, g.viewport.height() / (L + 2.5)), 40.0, 220.0 * g.scale) * zoom);
    // Gaps tall enough for the heatmaps, but not at the cost of the cells (≥ 2 px when possible).
    const double available = g.viewport.height() - 2 * margin - 2 * m.charRow - m.timeRow - L * cellGap;
    const int cells = stripCells + O;
    const double gap = std::max(m.gap, std::min({thumb * 0.45, 70.0 * zoom, (available - 2.0 * cells) / (L + 1)}));
    const double fixedHeight = 2 * m.charRow + m.timeRow + (L + 1) * gap + L * cellGap;
    const auto [cellHeight, outputRow, oneHotRow] = cellHeights(
        g.viewport.height() - 2 * margin - fixedHeight, g.vocabularySize, O, stripCells, m.lh, 30.0 * g.scale, zoom);
    // Wide enough for the values ("-0.00") to be printed in the cells.
    const double stripWidth =
        std::round(clamp(std::max(cellHeight * 2.6, m.cw * 6), 14.0, 64.0 * g.scale * std::max(1.0, zoom)));
    const double outputWidth = std::round(clamp(stripWidth * 3, 60.0, 160.0 * g.scale * std::max(1.0, zoom)));

    const double contentHeight = fixedHeight + stripCells * cellHeight + O * outputRow;
    const double top = margin + std::max(0.0, (g.viewport.height() - 2 * margin - contentHeight) / 2);
    // Left of the column: W_xh's and W_hy's heatmaps; right of it: the W_hh loop, its label and
    // heatmap. The whole picture is centred in the window.
    const double side = std::max(stripWidth, outputWidth) / 2;
    const double loopReach = 70;
    const double width = g.viewport.width() - 2 * margin;
    const double size =
        std::max(24.0, std::min(thumb, (width - 2 * side - loopReach - m.labelWidth - m.cw * 6.5 - 50) / 2));
    const double rowLabelWidth = m.cw * 6.5;
    const double leftPart = side + 4 + rowLabelWidth + 10 + std::max(size, m.labelWidth * 1.6);
    // The loops' labels and heatmaps start right of the loops and of the arrows' labels.
    const double rightStart = std::max(stripWidth / 2 + loopReach + 8, 8 + m.labelWidth + 8);
    const double rightPart = std::max(side + m.labelWidth + 12, rightStart + std::max(m.labelWidth, size));
    const double cx = std::round(margin + std::max(0.0, (width - leftPart - rightPart) / 2) + leftPart);

    GraphLayout layout;
    layout.m_folded = true;
    layout.m_cellHeight = cellHeight;
    layout.m_outputRowHeight = outputRow;
    const RowTops rows = rowTops(top, m.charRow, O * outputRow, gap, L, lstm, g.hiddenSize * cellHeight, cellGap);
    const double predictionY = rows.prediction;
    const double outputY = rows.output;
    const std::vector<double> &hiddenY = rows.hidden;
    const std::vector<double> &cellY = rows.cell;
    const double oneHotY = rows.oneHot;
    const double inputY = oneHotY + g.vocabularySize * cellHeight;
    const double timeY = inputY + m.charRow;
    const double charBox = m.lh * 1.6;
    const double gatesWidth =
        g.gates > 0 ? std::min(12.0 * g.scale * std::max(1.0, zoom), std::max(2.0, side - 4) / g.gates) * g.gates : 0.0;

    // Every time step on the same cell (the unfolded columns collapse onto it when animating).
    for (int t = 0; t < T; ++t) {
        layout.m_nodes.push_back(
            {NodeKind::InputChar, t, 0, QRectF(cx - charBox / 2, inputY + 2, charBox, m.charRow - 4), 0});
        layout.m_nodes.push_back({NodeKind::OneHot, t, 0,
                                  QRectF(cx - stripWidth / 2, oneHotY, stripWidth, g.vocabularySize * cellHeight),
                                  g.vocabularySize});
        for (int l = 0; l < L; ++l) {
            const double hy = hiddenY[static_cast<std::size_t>(l)];
            layout.m_nodes.push_back(hiddenStrip(t, l, cx, hy, stripWidth, g.hiddenSize, cellHeight));
            if (g.gates > 0)
                layout.m_nodes.push_back(
                    {NodeKind::Gates, t, l,
                     QRectF(cx - 3 - gatesWidth, hy + g.hiddenSize * cellHeight + 3, gatesWidth, gap - 6), g.gates});
            if (lstm)
                layout.m_nodes.push_back(
                    {NodeKind::CellState, t, l,
                     QRectF(cx + 3, cellY[static_cast<std::size_t>(l)], stripWidth * 0.9, g.hiddenSize * cellHeight),
                     g.hiddenSize});
        }
        layout.m_nodes.push_back(
            {NodeKind::Output, t, 0, QRectF(cx - outputWidth / 2, outputY, outputWidth, O * outputRow), O});
        layout.m_nodes.push_back(
            {NodeKind::Prediction, t, 0, QRectF(cx - charBox / 2, predictionY + 2, charBox, m.charRow - 4), 0});
        layout.m_nodes.push_back(
            {NodeKind::TimeStep, t, 0, QRectF(cx - outputWidth / 2, timeY, outputWidth, m.timeRow), 0});
    }
    GraphGeometry normalized = g;
    normalized.timeSteps = T;
    normalized.layers = L;
    std::vector<GraphEdge> all;
    GraphEdges::connect(layout.m_nodes, normalized, true, all);
    for (GraphEdge &e : all) {
        if (e.cellLane) {
            layout.m_edges.push_back(e); // the c_t loop: no matrix, no label (the row label names it)
            continue;
        }
        if (e.kind == EdgeKind::Forward) {
            e.labelled = true;
            const double mid = e.to.y() + gap / 2; // the gap under the node the arrow enters
            e.label = QRectF(e.from.x() + 8, mid - m.lh / 2, m.labelWidth, m.lh);
            // Heatmap and its name stand left of the column, centred on the arrow; consecutive
            // ones (stacked layers) are one strip plus one gap apart.
            const double separation = gap + std::min(g.hiddenSize * cellHeight, O * outputRow);
            const double fit = std::min(size, separation - m.lh - 10);
            if (fit >= 14) {
                const double top = mid - (fit + m.lh + 3) / 2 + m.lh + 3;
                e.thumbnail = QRectF(cx - side - 4 - rowLabelWidth - 10 - fit, top, fit, fit);
                const double captionWidth = std::max(fit, m.labelWidth * 1.6);
                e.caption = QRectF(e.thumbnail.right() - captionWidth, top - m.lh - 3, captionWidth, m.lh);
            }
        } else {
            e.labelled = true;
            const double x = std::max(e.extent.right() + 8, cx + rightStart);
            e.label = QRectF(x, e.extent.center().y() - m.lh - 2, m.labelWidth, m.lh);
            // Between this loop's label and the next loop's (stacked layers): no overlap.
            const double fit = std::min(size, e.extent.height() + gap - m.lh - 12);
            if (fit >= 14)
                e.thumbnail = QRectF(x, e.label.bottom() + 6, fit, fit);
        }
        layout.m_edges.push_back(e);
    }
    // Row labels right beside the column (x_t, h_t, y_t) and the character rows in the gutter.
    const double labelRight = cx - side - 4;
    const double labelWidth = rowLabelWidth;
    const auto beside = [&](NodeKind kind, int layer, double y, double height) {
        const double h = std::max(m.lh, height);
        layout.m_rowLabels.push_back(
            {kind, layer, QRectF(labelRight - labelWidth, y + height / 2 - h / 2, labelWidth, h)});
    };
    beside(NodeKind::InputChar, 0, inputY, m.charRow);
    beside(NodeKind::TimeStep, 0, timeY, m.timeRow);
    beside(NodeKind::OneHot, 0, oneHotY, g.vocabularySize * cellHeight);
    for (int l = 0; l < L; ++l) {
        beside(NodeKind::Hidden, l, hiddenY[static_cast<std::size_t>(l)], g.hiddenSize * cellHeight);
        if (lstm)
            beside(NodeKind::CellState, l, cellY[static_cast<std::size_t>(l)], g.hiddenSize * cellHeight);
    }
    beside(NodeKind::Output, 0, outputY, O * outputRow);
    beside(NodeKind::Prediction, 0, predictionY, m.charRow);
    layout.finish();
    return layout;
}

GraphLayout GraphLayout::interpolate(const GraphLayout &from, const GraphLayout &to, double p)
{
    p = clamp(p, 0.0, 1.0);
    const GraphLayout &unfoldedSide = from.m_folded ? to : from;
    GraphLayout out;
    out.m_folded = p < 0.5 ? from.m_folded : to.m_folded;
    out.m_cellHeight = from.m_cellHeight + (to.m_cellHeight - from.m_cellHeight) * p;
    out.m_outputRowHeight = from.m_outputRowHeight + (to.m_outputRowHeight - from.m_outputRowHeight) * p;
    const auto blend = [p](const QRectF &a, const QRectF &b) {
        return QRectF(a.x() + (b.x() - a.x()) * p, a.y() + (b.y() - a.y()) * p, a.width() + (b.width() - a.width()) * p,
                      a.height() + (b.height() - a.height()) * p);
    };
    const std::size_t n = std::min(from.m_nodes.size(), to.m_nodes.size());
    for (std::size_t i = 0; i < n; ++i) {
        GraphNode node = to.m_nodes[i];
        node.rect = blend(from.m_nodes[i].rect, to.m_nodes[i].rect);
        out.m_nodes.push_back(node);
    }
    // Arrows follow their nodes; while moving, none is labelled.
    GraphGeometry g;
    int timeSteps = 0;
    int layers = 0;
    bool identity = false;
    for (const auto &node : out.m_nodes) {
        timeSteps = std::max(timeSteps, node.t + 1);
        if (node.kind == NodeKind::Hidden) {
            layers = std::max(layers, node.layer + 1);
            g.hiddenSize = node.cells;
        }
    }
    for (const auto &e : unfoldedSide.m_edges)
        identity = identity || e.identity;
    g.timeSteps = timeSteps;
    g.layers = layers;
    g.outputLayer = !identity;
    GraphEdges::connect(out.m_nodes, g, false, out.m_edges);
    out.finish();
    return out;
}

const GraphNode *GraphLayout::node(NodeKind kind, int t, int layer) const
{
    return GraphEdges::find(m_nodes, kind, t, layer);
}

const GraphNode *GraphLayout::nodeAt(QPointF point) const
{
    // The last one drawn is on top.
    for (const GraphNode &node : std::ranges::reverse_view(m_nodes)) {
        if (node.rect.contains(point))
            return &node;
    }
    return nullptr;
}

QRectF GraphLayout::cellRect(const GraphNode &node, int index)
{
    if (node.cells <= 0)
        return node.rect;
    const double h = node.rect.height() / node.cells;
    return QRectF(node.rect.left(), node.rect.top() + index * h, node.rect.width(), h);
}

int GraphLayout::cellAt(const GraphNode &node, QPointF point)
{
    if (node.cells <= 0 || !node.rect.contains(point))
        return -1;
    const int index = static_cast<int>((point.y() - node.rect.top()) / (node.rect.height() / node.cells));
    return std::min(index, node.cells - 1);
}

void GraphLayout::finish()
{
    QRectF bounds;
    for (const auto &n : m_nodes)
        bounds = bounds.united(n.rect);
    for (const auto &e : m_edges) {
        bounds = bounds.united(e.extent);
        if (e.labelled)
            bounds = bounds.united(e.label);
        if (!e.thumbnail.isEmpty())
            bounds = bounds.united(e.thumbnail);
        if (!e.caption.isEmpty())
            bounds = bounds.united(e.caption);
    }
    for (const auto &r : m_rowLabels)
        bounds = bounds.united(r.rect);
    m_bounds = bounds;
}

} // namespace rnnlab
