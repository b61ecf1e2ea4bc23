// SPDX-License-Identifier: MIT
// What the equation panel shows for one position of the walk through a time step: the lecture's
// equations with the engine's own numbers substituted, time steps numbered 1 … n and h_0 = 0 as
// the lecture writes them (the trace's arrays stay 0-based) — W_xh x_t + b_ih = …, W_hh h_{t−1} + b_hh
// = …, h_t = tanh(…), y_t = W_hy h_t + b_y, the softmax, the loss, and on the way back dL/dh_t and
// dL/dpre_t. Pure: the numbers are copied from the snapshot (weights and trace), never computed
// here — except the softmax's exp(y_t) and its sum, which the engine does not keep (it subtracts
// max y_t first, for stability): those are std::exp of the trace's logits and their sum, beside
// the engine's own probabilities. EquationView only draws this model, and tst_equationmodel
// checks every number against the trace. Each line also says what it works out from its own
// items (LineArithmetic), for the view's note on rounding.
//
// Small matrices and vectors are shown in full; beyond 12 hidden units the row of the selected
// hidden unit only, and beyond 16 columns a window around the one in focus, with gaps ("⋯").
// Symbols are spelt "h_{t−1}"; EquationView draws them with real subscripts (SymbolText).
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/colormap.h"
#include "ui/teaching/timestepwalker.h"

#include <QColor>
#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS
#include <QString>

#include <vector>

namespace rnnlab {

//! Where a vector's numbers come from in the trace: column \a t of a LayerTrace field of \a layer
//! (the trace's index: an encoder–decoder's decoder layers follow the encoder's), rows from \a rowOffset (one gate's block of an LSTM/GRU field). For tests, which hold every
//! number to the engine's, and for the tooltip that names it.
struct TraceSource
{
    enum class Field {
        InputPart,
        HiddenPart,
        PreActivation,
        Gates,
        Cell,
        Hidden,
        DHidden,
        DHiddenFromAbove,
        DHiddenThroughTime,
        DCell,
        DPreActivation,
        DHiddenPart,
        // An encoder–decoder's context (LayerTrace's vectors, one per layer; t is ignored).
        InitialHidden,
        InitialCell,
        DInitialHidden,
        DInitialCell,
        DFinalHidden,
        DFinalCell,
    };
    Field field = Field::Hidden;
    int layer = 0;
    int t = 0;
    int rowOffset = 0;
};

struct EquationItem
{
    enum class Kind { Text, Matrix };
    Kind kind = Kind::Text;
    QString text; // Text: symbols; Matrix: its name, written under it ("W_xh", "h_{t−1}")
    bool emphasis = false; // part of what the current phase computes
    // Matrix (a column vector is rows × 1): the shown rows and columns of the full one, −1 = gap.
    std::vector<int> rowIndex;
    std::vector<int> columnIndex;
    std::vector<float> values; // shown rows × shown columns, row-major; NaN in gaps
    int fullRows = 0;
    int fullColumns = 0;
    int highlightRow = -1; // index into the full matrix
    int highlightColumn = -1;
    std::optional<MatrixRole> role; // the matrix's identity colour
    std::optional<TraceSource> source; // set on the LSTM / GRU equations' vectors

    int rows() const { return int(rowIndex.size()); }
    int columns() const { return int(columnIndex.size()); }
    float at(int r, int c) const { return values[static_cast<std::size_t>(r * columns() + c)]; }
};

//! What a line works out from numbers it shows itself, so that the view can tell whether the
//! printed result is what its printed (rounded) operands give. Indices into the line's items.
struct LineArithmetic
{
    enum class Kind {
        Sum, // items[result] = items[terms[0]] + items[terms[1]] + …, entry by entry
        Total, // items[result] (1 × 1) = the sum of the entries of items[terms[0]]
        Ratio, // items[result] = items[terms[0]] / items[terms[1]] (1 × 1), entry by entry
        Affine, // items[result] = items[terms[0]] (matrix) · items[terms[1]] (vector) + items[terms[2]]
        Map, // items[result] = function(items[terms[0]]), entry by entry
        Softmax, // items[result] = softmax(items[terms[0]]) (every entry shown)
        CellState, // c_t = f ⊙ c_{t−1} + i ⊙ g: terms {f, c_{t−1}, i, g}
        OutputGate, // h_t = o ⊙ tanh(c_t): terms {o, c_t}
        Blend, // h_t = (1 − z) ⊙ n + z ⊙ h_{t−1} (GRU): terms {z, n, h_{t−1}}
        ResetSum, // a_n = (W_in x + b_in) + r ⊙ (W_hn h + b_hn) (GRU): terms {input part, r, hidden part}
        SquaredDifference, // items[result] = (items[terms[0]] − items[terms[1]])², entry by entry (MSE)
        Scaled, // items[result] = scale · items[terms[0]], entry by entry (a count written in the line)
        ScaledDifference, // items[result] = scale · (items[terms[0]] − items[terms[1]]) (MSE's dL/dy_t)
        Dot, // items[result] (1 × 1) = Σ_c items[terms[0]](0, c) · items[terms[1]](0, c) (two 1 × k rows)
    };
    enum class Function { Tanh, Sigmoid, Relu, Exp };
    Kind kind = Kind::Sum;
    std::vector<int> terms;
    int result = -1;
    Function function = Function::Tanh; // Map's
    double scale = 1.0; // Scaled's and ScaledDifference's factor (1/(N·D), 2/(N·D))
};

struct EquationLine
{
    std::vector<EquationItem> items;
    bool current = false; // the current phase's line (others are context, drawn quieter)
    std::vector<LineArithmetic> arithmetic; // what the line computes from its own items
};

struct Equation
{
    QString symbolic; // the lecture's equations in symbols
    QString caption; // "t = 2, layer 1 — W_hh h_{t−1} + b_hh: …"
    std::vector<EquationLine> lines;
};

class EquationModel
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::EquationModel)

public:
    //! Beyond this many rows or columns a matrix is shown as a window around its focus.
    static constexpr int fullLimit = 16;
    //! Beyond this many hidden units W_xh, W_hh and W_hy show the focused unit's row only: a
    //! whole 13 × 13 matrix would have to shrink below a readable size.
    static constexpr int rowLimit = 12;

    //! The equation at \a cursor for text \a textIndex of \a snapshot; \a unit: the hidden unit in
    //! focus for large matrices (0-based).
    static Equation build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit = 0);

    //! Shown indices of a dimension of \a count with \a focus: all when count ≤ fullLimit, else
    //! the first two, a window around focus and the last two, with −1 for each gap.
    static std::vector<int> window(int count, int focus);
};

} // namespace rnnlab
