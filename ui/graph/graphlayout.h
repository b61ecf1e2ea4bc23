// SPDX-License-Identifier: MIT
// Where everything of the RNN graph goes, as plain geometry: node rectangles (input character,
// one-hot x_t, hidden states h_t of every layer, softmax outputs, predicted character) and the
// arrows between them (W_xh up into each layer, W_hh along each layer's row, W_hy up to the
// output), for the unfolded graph (one column per time step, a time × depth grid) and the folded
// one (every time step on one cell, W_hh as a loop). LSTM and GRU layers add their gates (bars in
// the gap where the input arrow enters the layer, left of the arrow) and, for an LSTM, the cell
// state c_t: a lane of strips above each layer's h_t row, right of the column's centre, so that the
// arrows up the column cross the lane between two strips. Pure: no painting, no widgets — GraphView
// paints what this computes and hit-tests with it; tst_graphlayout checks it without a GUI.
//
// Sizes are pixels of the view: fonts keep their size at any zoom (semantic zoom), the cells and
// gaps grow or shrink. At zoom 1 ("fit to window") everything fits inside the viewport as long as
// the numbers stay readable (GraphGeometry::numberWidth): past that the columns and cells keep
// their readable size and the drawing is wider (or taller) than the viewport, which scrolls.
#pragma once

#include "ui/common/colormap.h"
#include "ui/graph/taskshape.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace rnnlab {

struct GraphGeometry
{
    int timeSteps = 4; // T, of the text shown
    int layers = 1; // L
    int hiddenSize = 4; // H
    int vocabularySize = 4; // V
    bool outputLayer = false;
    QSizeF viewport{800, 600};
    double lineHeight = 16; // of the view's font, px
    double charWidth = 8; // average character width, px
    double zoom = 1.0; // 1 = fit to window
    double scale = 1.0; // text scale of a large view (projector): the size limits grow with it
    //! The readability rule (Readability): a strip prints its values when it is numberWidth wide
    //! ("-0.00" in the view's font) and its cells are 0.8 lines high; an output prints its
    //! probabilities when it is outputValuesWidth wide and its rows 0.9 lines high. The columns and
    //! cells never get smaller than that: the graph scrolls instead (0: no minimum).
    double numberWidth = 0;
    double outputValuesWidth = 0;
    //! Presentation mode: the columns grow to use the whole width (no upper limit on them).
    bool fill = false;
    int gates = 0; // G: 0 for an RNN, 4 for an LSTM (i, f, g, o), 3 for a GRU (r, z, n)
    bool cellState = false; // an LSTM's c_t lane
    //! Many-to-one and one-to-one have a single output: it gets the room of three columns (a class
    //! name is wider than a character).
    TaskShape shape = TaskShape::ManyToMany;
    int outputSize = 0; // rows of y_t: 0 = V (next character); a classifier's number of classes
    bool valueOutputs = false; // a time series: y_t is the predicted value itself, no softmax (issue 15)

    //! Equal geometries lay out alike: a view relayouts only when its geometry changed.
    bool operator==(const GraphGeometry &) const = default;
};

//! TimeStep: the "t = 0" label under each column. Gates: an LSTM/GRU layer's gate bars at (t, layer);
//! CellState: an LSTM layer's c_t strip.
enum class NodeKind { InputChar, OneHot, Hidden, Output, Prediction, TimeStep, Gates, CellState };

struct GraphNode
{
    NodeKind kind = NodeKind::Hidden;
    int t = 0;
    int layer = 0; // Hidden, Gates, CellState
    QRectF rect;
    int cells = 0; // OneHot: V, Hidden and CellState: H, Output: V (one row per character), Gates: G; 0 for characters
};

enum class EdgeKind {
    Forward, // vertical: x_t → h_t⁽¹⁾ (W_xh), h_t⁽ˡ⁻¹⁾ → h_t⁽ˡ⁾ (W_xh⁽ˡ⁾), h_t⁽ᴸ⁾ → y_t (W_hy)
    Recurrent, // horizontal: h_{t−1} → h_t (W_hh)
    InitialState, // the zero state h_{−1} entering t = 0
    Loop, // folded: W_hh as a loop from the cell back into itself
};

struct GraphEdge
{
    EdgeKind kind = EdgeKind::Forward;
    MatrixRole role = MatrixRole::InputToHidden;
    int layer = 0;
    int t = 0;
    QPointF from;
    QPointF to;
    bool identity = false; // W_hy without an output layer: y_t = h_t, drawn dashed
    bool cellLane = false; // Recurrent / InitialState / Loop of an LSTM's cell state c_t (no matrix on it)
    bool labelled = false;
    QRectF label; // where the matrix name goes (valid when labelled)
    QRectF thumbnail; // where a small live heatmap of the matrix goes (empty: none)
    QRectF caption; // folded view: the name above a heatmap that stands apart from its arrow
    QRectF extent; // what the arrow itself covers (a loop's bulge, a line's box)
};

struct RowLabel
{
    NodeKind kind = NodeKind::Hidden;
    int layer = 0;
    QRectF rect;
};

class GraphLayout
{
public:
    //! One column per time step, depth bottom to top: input, x_t, h_t⁽¹⁾ … h_t⁽ᴸ⁾, y_t, prediction.
    static GraphLayout unfolded(const GraphGeometry &geometry);
    //! One cell: every time step's nodes on the same column (so that the unfolded layout can be
    //! animated into it node by node), W_hh as a loop, large heatmaps beside the arrows.
    static GraphLayout folded(const GraphGeometry &geometry);
    //! \a from and \a to blended: 0 = from, 1 = to (nodes matched by kind, t and layer).
    static GraphLayout interpolate(const GraphLayout &from, const GraphLayout &to, double progress);

    const std::vector<GraphNode> &nodes() const { return m_nodes; }
    const std::vector<GraphEdge> &edges() const { return m_edges; }
    const std::vector<RowLabel> &rowLabels() const { return m_rowLabels; }
    //! The bounding box of everything drawn.
    QRectF bounds() const { return m_bounds; }
    bool isFolded() const { return m_folded; }
    //! Cell height of the strips (px).
    double cellHeight() const { return m_cellHeight; }
    //! Row height of the softmax outputs (px): a line of text when there is room, never less than
    //! cellHeight().
    double outputRowHeight() const { return m_outputRowHeight; }

    //! The node of \a kind at (\a t, \a layer), or null.
    const GraphNode *node(NodeKind kind, int t, int layer = 0) const;
    //! The topmost node containing \a point, or null.
    const GraphNode *nodeAt(QPointF point) const;
    //! The rectangle of cell \a index of a strip node (OneHot, Hidden, Output), top to bottom.
    static QRectF cellRect(const GraphNode &node, int index);
    //! The cell of \a node under \a point, or -1.
    static int cellAt(const GraphNode &node, QPointF point);

private:
    void finish();

    std::vector<GraphNode> m_nodes;
    std::vector<GraphEdge> m_edges;
    std::vector<RowLabel> m_rowLabels;
    QRectF m_bounds;
    double m_cellHeight = 0;
    double m_outputRowHeight = 0;
    bool m_folded = false;
};

} // namespace rnnlab
