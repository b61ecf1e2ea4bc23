// SPDX-License-Identifier: MIT
// The gate tables of gates.h, in torch's row order.
#include "engine/gates.h"

namespace rnnlab {

namespace {
constexpr GateInfo lstmGates[] = {
    {'i', "input gate", false},
    {'f', "forget gate", false},
    {'g', "candidate", true},
    {'o', "output gate", false},
};
constexpr GateInfo gruGates[] = {
    {'r', "reset gate", false},
    {'z', "update gate", false},
    {'n', "candidate", true},
};
} // namespace

std::span<const GateInfo> gatesOf(CellKind cell)
{
    switch (cell) {
    case CellKind::Lstm: return lstmGates;
    case CellKind::Gru: return gruGates;
    case CellKind::RnnTanh:
    case CellKind::RnnRelu: break;
    }
    return {};
}

int gateIndex(CellKind cell, char letter)
{
    const std::span<const GateInfo> gates = gatesOf(cell);
    for (std::size_t g = 0; g < gates.size(); ++g) {
        if (gates[g].letter == letter)
            return static_cast<int>(g);
    }
    return -1;
}

GateRows gateRows(CellKind cell, char letter, Eigen::Index H)
{
    const int index = gateIndex(cell, letter);
    return index < 0 ? GateRows{} : gateRows(index, H);
}

} // namespace rnnlab
