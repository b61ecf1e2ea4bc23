// SPDX-License-Identifier: MIT
// The per-step math of torch.nn.GRU and its backward; the loop through time around it is
// RecurrentLayer's (recurrentlayer.h), the dispatch by CellKind Cell's (cell.h). Gate rows r, z,
// n, each H tall (torch's order, gates.h), and ATen's GRUCell arithmetic, operation for operation:
//   gi = W_ih x_t + b_ih,  gh = W_hh h_{t−1} + b_hh                         (3H each)
//   r = σ(gh_r + gi_r),  z = σ(gh_z + gi_z),  n = tanh(gi_n + gh_n ⊙ r)
//   h_t = (h_{t−1} − n) ⊙ z + n        (= (1 − z) ⊙ n + z ⊙ h_{t−1}, torch.nn.GRU docs)
// The trace keeps gi (inputPart), gh (hiddenPart), the gates' pre-activations (preActivation:
// gh_r + gi_r, gh_z + gi_z, gi_n + r ⊙ gh_n) and activations r, z, n (gates). On the way back
// dPreActivation is dL/dgi and dHiddenPart is dL/dgh: they differ in the n block, where
// dL/dgh_n = r ⊙ dL/dgi_n. h_t depends on h_{t−1} also outside W_hh (through z), so dL/dh_t has a
// third term, z_{t+1} ⊙ dL/dh_{t+1} (gatherHiddenGradient).
//
// Symbols: H = hidden size, k = a unit; gi, gh, r, z, n as above (gates.h: GruGate).
#pragma once

#include "engine/gatemath.h"
#include "engine/gates.h"
#include "engine/recurrentlayer.h"

namespace rnnlab {

template<typename T>
class GruCell
{
public:
    static constexpr bool directPath = true;

    //! The gates' pre-activations and activations, and h_t, from gi, gh and h_{t−1}.
    template<typename Step>
    void forward(Step &step) const
    {
        auto &&gi = step.inputPart();
        auto &&gh = step.hiddenPart();
        auto &&a = step.preActivation();
        auto &&gates = step.gates();
        auto &&h = step.hidden();
        const Eigen::Index H = h.size();
        const GateRows R = gateRows(GruGate::Reset, H), Z = gateRows(GruGate::Update, H), N = gateRows(GruGate::New, H);
        for (Eigen::Index k = 0; k < H; ++k) {
            a(R.row(k)) = gh(R.row(k)) + gi(R.row(k)); // chunked_hgates[0].add_(chunked_igates[0])
            a(Z.row(k)) = gh(Z.row(k)) + gi(Z.row(k));
            const T r = sigmoid(a(R.row(k)));
            const T z = sigmoid(a(Z.row(k)));
            const T resetHidden = gh(N.row(k)) * r; // chunked_hgates[2].mul_(reset_gate)
            a(N.row(k)) = gi(N.row(k)) + resetHidden;
            const T n = std::tanh(a(N.row(k)));
            gates(R.row(k)) = r;
            gates(Z.row(k)) = z;
            gates(N.row(k)) = n;
            const T before = step.previousHidden(k);
            const T keep = (before - n) * z; // (hidden − new_gate).mul_(input_gate).add_(new_gate)
            h(k) = keep + n;
        }
    }

    //! dL/dh_t gathers three terms, in the order autograd's engine adds them: from the outputs (or
    //! the layer above), then z_{t+1} ⊙ dL/dh_{t+1} (the GRU's direct path), then W_hhᵀ dL/dgh_{t+1}
    //! (which RecurrentLayer has put into dHiddenThroughTime_t; this adds the direct path to it).
    void gatherHiddenGradient(LayerTrace<T> &trace, Eigen::Index t) const
    {
        const Eigen::Index n = trace.hidden.cols();
        const Eigen::Index H = trace.hidden.rows();
        auto dh = trace.dHidden.col(t);
        if (t + 1 == n) {
            // A stack that reads this layer's final state sends its gradient in through time.
            if (trace.dFinalHidden.size() > 0)
                dh = trace.dHiddenFromAbove.col(t) + trace.dHiddenThroughTime.col(t);
            else
                dh = trace.dHiddenFromAbove.col(t);
            return;
        }
        const GateRows Z = gateRows(GruGate::Update, H);
        auto throughTime = trace.dHiddenThroughTime.col(t);
        for (Eigen::Index k = 0; k < H; ++k) {
            const T viaWhh = throughTime(k);
            const T direct = trace.dHidden(k, t + 1) * trace.gates(Z.row(k), t + 1);
            throughTime(k) = direct + viaWhh;
            dh(k) = (trace.dHiddenFromAbove(k, t) + direct) + viaWhh;
        }
    }

    //! dL/dgi_t (dPreActivation) and dL/dgh_t (dHiddenPart) from dL/dh_t.
    void backward(LayerTrace<T> &trace, Eigen::Index t) const
    {
        const Eigen::Index H = trace.hidden.rows();
        const GateRows R = gateRows(GruGate::Reset, H), Z = gateRows(GruGate::Update, H), N = gateRows(GruGate::New, H);
        const auto dh = trace.dHidden.col(t);
        auto dgi = trace.dPreActivation.col(t);
        auto dgh = trace.dHiddenPart.col(t);
        for (Eigen::Index k = 0; k < H; ++k) {
            const T r = trace.gates(R.row(k), t), z = trace.gates(Z.row(k), t), nn = trace.gates(N.row(k), t);
            const T before =
                t > 0 ? trace.hidden(k, t - 1) : (trace.initialHidden.size() > 0 ? trace.initialHidden(k) : T(0));
            const T dNew = dh(k) + -(dh(k) * z); // from add_(n), then from (h − n)
            const T dUpdate = dh(k) * (before - nn);
            const T dNewPre = tanhBackward(dNew, nn);
            const T dReset = dNewPre * trace.hiddenPart(N.row(k), t);
            dgi(R.row(k)) = sigmoidBackward(dReset, r);
            dgi(Z.row(k)) = sigmoidBackward(dUpdate, z);
            dgi(N.row(k)) = dNewPre;
            dgh(R.row(k)) = dgi(R.row(k));
            dgh(Z.row(k)) = dgi(Z.row(k));
            dgh(N.row(k)) = dNewPre * r;
        }
    }

    //! A given h_{−1} also reaches h_0 directly: dL/dh_{−1} += z_0 ⊙ dL/dh_0.
    void initialStateBackward(LayerTrace<T> &trace) const
    {
        const Eigen::Index H = trace.hidden.rows();
        const GateRows Z = gateRows(GruGate::Update, H);
        for (Eigen::Index k = 0; k < H; ++k)
            trace.dInitialHidden(k) = trace.dHidden(k, 0) * trace.gates(Z.row(k), 0) + trace.dInitialHidden(k);
    }

    //! gh feeds r, z (as gi does) and, through r ⊙ gh_n, n: dL/dgh is its own matrix.
    static const Matrix<T> &hiddenPartGradient(const LayerTrace<T> &trace) { return trace.dHiddenPart; }
};

} // namespace rnnlab
