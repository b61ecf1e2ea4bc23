// SPDX-License-Identifier: MIT
// Where the views find one gate's rows in a layer's stacked gate activations and gate weights
// (G·H rows, G gate blocks in torch's order: LSTM i, f, g, o; GRU r, z, n — gateCount()): the one
// place in ui/ that knows these offsets, so that the engine's own accessor can replace them here.
#pragma once

#include <Eigen/Core>

namespace rnnlab::GateRows {

//! Gate indices the views name: an LSTM's output gate o, a GRU's update gate z and candidate n.
constexpr int lstmOutput = 3;
constexpr int gruUpdate = 1;
constexpr int gruCandidate = 2;

//! The row of unit \a unit (0-based) of gate \a gate in a layer of \a hidden units (H).
inline Eigen::Index row(int gate, int unit, int hidden)
{
    return static_cast<Eigen::Index>(gate) * hidden + unit;
}

//! The first of gate \a gate's \a hidden rows (a segment of H rows starts there).
inline Eigen::Index first(int gate, int hidden)
{
    return row(gate, 0, hidden);
}

} // namespace rnnlab::GateRows
