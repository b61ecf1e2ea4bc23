// SPDX-License-Identifier: MIT
// Building blocks of EquationModel's lines, shared by the RNN equations (equationmodel.cpp) and
// the LSTM / GRU ones (gatedequations.cpp): a text item, a matrix item from any Eigen expression,
// a column vector focused on one unit, a character's name, the backward pass's shared words.
// Values are copied, never computed.
#pragma once

#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/equationmodel.h"

#include <limits>

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

inline QString charName(const Vocabulary &vocabulary, int index)
{
    return QStringLiteral("‘%1’").arg(visibleCharacter(vocabulary.character(index)));
}

//! The backward phases' only line when a pass has no gradients (its loss is not finite).
inline EquationLine noGradientsLine()
{
    EquationLine line;
    line.items.push_back(text(QStringLiteral("(no gradients: the loss of this pass is not finite)")));
    return line;
}

//! What reaches dL/dh_t of layer \a l of \a model from above: the output's gradient (through W_hy
//! with an output layer) at the top, else the layer above's; at time step \a t (0-based, shown 1-based).
inline QString gradientFromAbove(const ModelConfig &model, int l, int t)
{
    // With the time step as the other labels have it (dL/dh_1 = dL/dy_1 + …), not a loose "t".
    const QString dy = QStringLiteral("dL/dy_%1").arg(t + 1);
    return l == model.numLayers - 1 ? (model.outputLayer ? QStringLiteral("W_hyᵀ ") + dy : dy)
                                    : QStringLiteral("from layer %1").arg(l + 2);
}

} // namespace rnnlab::equation
