// SPDX-License-Identifier: MIT
// The per-step math of torch.nn.LSTM and its backward; the loop through time around it is
// RecurrentLayer's (recurrentlayer.h), the dispatch by CellKind Cell's (cell.h). Gate rows i, f,
// g, o, each H tall (torch's order, gates.h), and ATen's LSTMCell arithmetic, operation for
// operation:
//   a_t = W_hh h_{t−1} + b_hh + W_ih x_t + b_ih                             (4H)
//   i = σ(a_i), f = σ(a_f), g = tanh(a_g), o = σ(a_o)
//   c_t = f ⊙ c_{t−1} + i ⊙ g,   h_t = o ⊙ tanh(c_t),   h_{−1} = c_{−1} = 0
// (Hochreiter & Schmidhuber 1997; torch.nn.LSTM docs.) The trace keeps a_t (preActivation), the
// gates' activations (gates), c_t (cell) and on the way back dL/dc_t (dCell):
//   dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1}
//   dL/da_i = dL/dc_t ⊙ g ⊙ i(1 − i),  dL/da_f = dL/dc_t ⊙ c_{t−1} ⊙ f(1 − f),
//   dL/da_g = dL/dc_t ⊙ i ⊙ (1 − g²),  dL/da_o = dL/dh_t ⊙ tanh c_t ⊙ o(1 − o)
//
// Symbols: H = hidden size, k = a unit; a, i, f, g, o as above (gates.h: LstmGate).
#pragma once

#include "engine/gatemath.h"
#include "engine/gates.h"
#include "engine/recurrentlayer.h"

namespace rnnlab {

template<typename T>
class LstmCell
{
public:
    static constexpr bool directPath = false;

    //! a_t = hiddenPart + inputPart; the gates; c_t and h_t.
    template<typename Step>
    void forward(Step &step) const
    {
        auto &&a = step.preActivation();
        a = step.hiddenPart() + step.inputPart(); // linear_hh(hx).add_(linear_ih(x))
        auto &&gates = step.gates();
        auto &&c = step.cell();
        auto &&h = step.hidden();
        const Eigen::Index H = h.size();
        const GateRows I = gateRows(LstmGate::Input, H), F = gateRows(LstmGate::Forget, H),
                       G = gateRows(LstmGate::Cell, H), O = gateRows(LstmGate::Output, H);
        for (Eigen::Index k = 0; k < H; ++k) {
            const T i = sigmoid(a(I.row(k)));
            const T f = sigmoid(a(F.row(k)));
            const T g = std::tanh(a(G.row(k)));
            const T o = sigmoid(a(O.row(k)));
            gates(I.row(k)) = i;
            gates(F.row(k)) = f;
            gates(G.row(k)) = g;
            gates(O.row(k)) = o;
            const T forget = f * step.previousCell(k); // (forgetgate * cx).add_(ingate * cellgate)
            const T write = i * g;
            c(k) = forget + write;
            h(k) = o * std::tanh(c(k)); // outgate * cy.tanh()
        }
    }

    //! dL/dc_t and dL/da_t from dL/dh_t (and dL/dc_{t+1}, f_{t+1}).
    void backward(LayerTrace<T> &trace, Eigen::Index t) const
    {
        const Eigen::Index n = trace.hidden.cols();
        const Eigen::Index H = trace.hidden.rows();
        const GateRows I = gateRows(LstmGate::Input, H), F = gateRows(LstmGate::Forget, H),
                       G = gateRows(LstmGate::Cell, H), O = gateRows(LstmGate::Output, H);
        const auto dh = trace.dHidden.col(t);
        const auto gates = trace.gates.col(t);
        auto da = trace.dPreActivation.col(t);
        auto dc = trace.dCell.col(t);
        for (Eigen::Index k = 0; k < H; ++k) {
            const T i = gates(I.row(k)), f = gates(F.row(k)), g = gates(G.row(k)), o = gates(O.row(k));
            const T tanhC = std::tanh(trace.cell(k, t));
            const T previous =
                t > 0 ? trace.cell(k, t - 1) : (trace.initialCell.size() > 0 ? trace.initialCell(k) : T(0));
            // dL/dc_t: through h_t = o ⊙ tanh(c_t), and from c_{t+1} = f_{t+1} ⊙ c_t + …
            // (At t = n−1: from the stack that reads this layer's final c, if one does.)
            const T fromNext = t + 1 < n      ? trace.dCell(k, t + 1) * trace.gates(F.row(k), t + 1)
                : trace.dFinalCell.size() > 0 ? trace.dFinalCell(k)
                                              : T(0);
            dc(k) = tanhBackward(dh(k) * o, tanhC) + fromNext;
            da(I.row(k)) = sigmoidBackward(dc(k) * g, i); // input gate
            da(F.row(k)) = sigmoidBackward(dc(k) * previous, f); // forget gate
            da(G.row(k)) = tanhBackward(dc(k) * i, g); // cell gate
            da(O.row(k)) = sigmoidBackward(dh(k) * tanhC, o); // output gate
        }
    }

    //! dL/dc_{−1} = f_0 ⊙ dL/dc_0 for a given initial cell state (dL/dh_{−1} is W_hhᵀ dL/da_0 alone).
    void initialStateBackward(LayerTrace<T> &trace) const
    {
        const Eigen::Index H = trace.hidden.rows();
        const GateRows F = gateRows(LstmGate::Forget, H);
        trace.dInitialCell.resize(H);
        for (Eigen::Index k = 0; k < H; ++k)
            trace.dInitialCell(k) = trace.dCell(k, 0) * trace.gates(F.row(k), 0);
    }

    //! a_t = hiddenPart + inputPart: dL/dhiddenPart is dL/da.
    static const Matrix<T> &hiddenPartGradient(const LayerTrace<T> &trace) { return trace.dPreActivation; }
};

} // namespace rnnlab
