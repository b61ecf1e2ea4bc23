// SPDX-License-Identifier: MIT
// Building blocks of EquationModel's lines, shared by the RNN equations (equationmodel.cpp) and
// the LSTM / GRU ones (gatedequations.cpp): a text item, a matrix item from any Eigen expression,
// a column vector focused on one unit, an output worked out unit by unit (termLines), a character's
// name, the backward pass's shared words.
// Values are copied, never computed.
#pragma once

#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/equationmodel.h"
#include "ui/teaching/stackplace.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace rnnlab::equation {

inline EquationItem text(const QString &symbols, bool emphasis = false)
{
    EquationItem item;
    item.kind = EquationItem::Kind::Text;
    item.text = symbols;
    item.emphasis = emphasis;
    return item;
}

//! A matrix item from any Eigen expression with (rows × cols) and element access.
template<typename M>
EquationItem matrix(const M &m, const QString &name, std::vector<int> rows, std::vector<int> columns, bool emphasis,
                    std::optional<MatrixRole> role = std::nullopt, int highlightRow = -1, int highlightColumn = -1)
{
    EquationItem item;
    item.kind = EquationItem::Kind::Matrix;
    item.text = name;
    item.emphasis = emphasis;
    item.role = role;
    item.fullRows = int(m.rows());
    item.fullColumns = int(m.cols());
    item.highlightRow = highlightRow;
    item.highlightColumn = highlightColumn;
    item.rowIndex = std::move(rows);
    item.columnIndex = std::move(columns);
    for (int r : item.rowIndex) {
        for (int c : item.columnIndex)
            item.values.push_back(r < 0 || c < 0 ? std::numeric_limits<float>::quiet_NaN() : float(m(r, c)));
    }
    return item;
}

//! A column vector (one time step of a trace matrix, a bias) focused on \a focus.
template<typename V>
EquationItem vector(const V &v, const QString &name, int focus, bool emphasis, int highlight = -1)
{
    struct Column
    {
        const V &v;
        Eigen::Index rows() const { return v.size(); }
        Eigen::Index cols() const { return 1; }
        float operator()(Eigen::Index r, Eigen::Index) const { return float(v(r)); }
    } column{v};
    return matrix(column, name, EquationModel::window(int(v.size()), focus), {0}, emphasis, std::nullopt, highlight);
}

//! One output y_t[\a row] worked out over every hidden unit, for an output line whose W_hy and h_t
//! show a window (⋯) and so cannot be checked by hand: \a perLine units a line, each line a row of
//! W_hy times the same units of h_t and the sum of those products, then the sums and the bias:
//!   units 1–8:   [W_hy[row, 1…8]] · [h_t[1…8]] = Σ 1–8
//!   …
//!   y_t[row] = Σ 1–8 + Σ 9–16 + b_y[row] = y_t[row]
//! W_hy (\a why: O × H), h_t (\a h: H), b_y and y_t (\a bias, \a y: O) are the snapshot's; each Σ is
//! the sum of its line's products, worked out here in double (the engine adds all H at once, so the
//! last line is the only one whose result is the engine's). \a t: the time step (0-based, shown
//! 1-based); \a rowName: the row in words ("" for one output, "[2]", "‘a’").
template<typename W, typename V, typename B, typename Y>
std::vector<EquationLine> termLines(const W &why, const V &h, const B &bias, const Y &y, int row, int t,
                                    const QString &rowName, int perLine, bool current)
{
    const int H = int(h.size());
    struct Row // h_t as a (1 × H) row, for matrix()'s window of columns
    {
        const V &v;
        Eigen::Index rows() const { return 1; }
        Eigen::Index cols() const { return v.size(); }
        float operator()(Eigen::Index, Eigen::Index c) const { return float(v(c)); }
    } hRow{h};
    const QString hName = QStringLiteral("h_%1").arg(t + 1);
    const QString yName = QStringLiteral("y_%1%2").arg(t + 1).arg(rowName);
    std::vector<EquationLine> lines;
    EquationLine total;
    total.current = current;
    total.items.push_back(text(yName + QStringLiteral(" =")));
    LineArithmetic sum{LineArithmetic::Kind::Sum, {}, -1};
    for (int first = 0; first < H; first += perLine) {
        const int last = std::min(H, first + perLine) - 1;
        std::vector<int> units;
        double products = 0.0;
        for (int i = first; i <= last; ++i) {
            units.push_back(i);
            products += double(why(row, i)) * double(h(i));
        }
        const QString span = QStringLiteral("%1–%2").arg(first + 1).arg(last + 1);
        EquationLine line;
        line.current = current;
        line.items.push_back(text(EquationModel::tr("units %1:").arg(span)));
        line.items.push_back(matrix(why, QStringLiteral("W_hy%1[%2]").arg(rowName, span), {row}, units, false,
                                    MatrixRole::HiddenToOutput));
        line.items.push_back(text(QStringLiteral("·")));
        line.items.push_back(matrix(hRow, QStringLiteral("%1[%2]").arg(hName, span), {0}, units, false));
        line.items.push_back(text(QStringLiteral("=")));
        const Eigen::Matrix<float, 1, 1> partial = Eigen::Matrix<float, 1, 1>::Constant(float(products));
        line.items.push_back(vector(partial, QStringLiteral("Σ %1").arg(span), 0, current));
        line.arithmetic.push_back({LineArithmetic::Kind::Dot, {1, 3}, 5});
        lines.push_back(std::move(line));
        if (first > 0)
            total.items.push_back(text(QStringLiteral("+")));
        sum.terms.push_back(int(total.items.size()));
        total.items.push_back(vector(partial, QStringLiteral("Σ %1").arg(span), 0, false));
    }
    total.items.push_back(text(QStringLiteral("+")));
    const Eigen::Matrix<float, 1, 1> b = Eigen::Matrix<float, 1, 1>::Constant(float(bias(row)));
    sum.terms.push_back(int(total.items.size()));
    total.items.push_back(vector(b, QStringLiteral("b_y%1").arg(rowName), 0, false));
    total.items.push_back(text(QStringLiteral("=")));
    sum.result = int(total.items.size());
    const Eigen::Matrix<float, 1, 1> result = Eigen::Matrix<float, 1, 1>::Constant(float(y(row)));
    total.items.push_back(vector(result, yName, 0, current));
    total.arithmetic.push_back(sum);
    lines.push_back(std::move(total));
    return lines;
}

inline QString charName(const Vocabulary &vocabulary, int index)
{
    return QStringLiteral("‘%1’").arg(visibleCharacter(vocabulary.character(index)));
}

//! The backward phases' only line when a pass has no gradients (its loss is not finite).
inline EquationLine noGradientsLine()
{
    EquationLine line;
    line.items.push_back(text(EquationModel::tr("(no gradients: the loss of this pass is not finite)")));
    return line;
}

//! What reaches dL/dh_t of the layer at \a place from above: the output's gradient (through W_hy
//! with an output layer) at the top, else the layer above's; an encoder's top layer has no outputs
//! (its gradient comes across the context, at its last step); at time step \a t (0-based, shown 1-based).
inline QString gradientFromAbove(const ModelConfig &model, const StackPlace &place, int t)
{
    // With the time step as the other labels have it (dL/dh_1 = dL/dy_1 + …), not a loose "t".
    const QString dy = QStringLiteral("dL/dy_%1").arg(t + 1);
    if (place.encoder() && place.layer == place.layers - 1)
        return EquationModel::tr("0: the encoder has no outputs");
    return place.layer == place.layers - 1 ? (model.outputLayer ? QStringLiteral("W_hyᵀ ") + dy : dy)
                                           : EquationModel::tr("from layer %1").arg(place.layer + 2);
}

//! What reaches dL/dh_t from step t+1 at the stack's last step \a t: nothing, or for an
//! encoder the decoder's dL/dh_0 of the same layer, across the context.
inline QString afterLastStep(const StackPlace &place, int t)
{
    if (place.encoder())
        return EquationModel::tr("dL/dh_0^{dec} across the context");
    return EquationModel::tr("nothing after t = %1").arg(t + 1);
}

} // namespace rnnlab::equation
