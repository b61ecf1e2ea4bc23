// SPDX-License-Identifier: MIT
// The gates of an LSTM or GRU layer by name: which rows of a gate-stacked vector or matrix belong
// to which gate. Torch stacks a layer's gates in W_ih, W_hh, the biases and every per-gate trace
// field (LayerTrace::preActivation, gates, …) as blocks of H rows, in a fixed order:
//   LSTM  i, f, g, o   input gate, forget gate, cell candidate, output gate   (4·H rows)
//   GRU   r, z, n      reset gate, update gate, new-state candidate           (3·H rows)
//   RNN   no gates: its G·H rows are the H units                             (1·H rows)
// (torch.nn.LSTM / torch.nn.GRU docs, "weight_ih_l[k]".) Gate g's rows are [g·H, g·H + H); unit
// k of gate g is row g·H + k. Everyone who slices gates — the cells, the graph's gate bars, the
// walk by hand — asks here instead of writing that offset. Not the gates' arithmetic (gatemath.h,
// lstmcell.h, grucell.h).
//
// Symbols: H = hidden size, G = gate blocks (gateCount, types.h), k = a unit 0 … H−1.
#pragma once

#include "engine/types.h"

#include <Eigen/Core>

#include <span>

namespace rnnlab {

//! An LSTM's gate blocks, in torch's row order.
enum class LstmGate { Input, Forget, Cell, Output };
//! A GRU's gate blocks, in torch's row order.
enum class GruGate { Reset, Update, New };

//! One gate of a cell kind: its letter as the slides and torch's docs write it, what it is called,
//! and whether it is a candidate (tanh, −1 … 1) rather than a gate (σ, 0 … 1).
struct GateInfo
{
    char letter; // 'i', 'f', 'g', 'o' or 'r', 'z', 'n'
    const char *title; // "input gate", "forget gate", "candidate", …
    bool candidate; // g (LSTM) and n (GRU): a tanh, not a σ
};

//! The gates of \a cell in row order; empty for an RNN (which has none).
std::span<const GateInfo> gatesOf(CellKind cell);

//! The block index of the gate called \a letter in \a cell ('f' of an LSTM: 1), or −1 when that
//! cell has no such gate.
int gateIndex(CellKind cell, char letter);

//! The H rows of one gate block inside a G·H-tall vector or matrix.
struct GateRows
{
    Eigen::Index first = 0; // g·H
    Eigen::Index size = 0; // H

    //! The row of unit \a unit (0 … H−1) of this gate: first + unit.
    constexpr Eigen::Index row(Eigen::Index unit) const { return first + unit; }
    //! This gate's rows of \a v (a G·H vector, or a column of a G·H-row matrix), as a view.
    template<typename V>
    auto of(V &&v) const
    {
        return v.segment(first, size);
    }
};

//! The rows of gate block \a gate (0 … G−1) for hidden size \a H.
constexpr GateRows gateRows(int gate, Eigen::Index H)
{
    return GateRows{static_cast<Eigen::Index>(gate) * H, H};
}
constexpr GateRows gateRows(LstmGate gate, Eigen::Index H)
{
    return gateRows(static_cast<int>(gate), H);
}
constexpr GateRows gateRows(GruGate gate, Eigen::Index H)
{
    return gateRows(static_cast<int>(gate), H);
}
//! The rows of the gate called \a letter of \a cell; {0, 0} (no rows) when \a cell has no such gate.
GateRows gateRows(CellKind cell, char letter, Eigen::Index H);

} // namespace rnnlab
