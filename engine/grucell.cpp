// SPDX-License-Identifier: MIT
#include "engine/grucell.h"

#include "engine/gatemath.h"

namespace rnnlab {

namespace {

//! One time step of ATen's GRUCell from gi and gh (3H each): the gates' pre-activations \a a,
//! activations \a gates and the new hidden state \a h from the previous one \a previous (null: 0).
template<typename T, typename GI, typename GH, typename A, typename G, typename P, typename Hout>
void gruStep(const GI &gi, const GH &gh, A &&a, G &&gates, const P *previous, Hout &&h, Eigen::Index H)
{
    for (Eigen::Index k = 0; k < H; ++k) {
        a(k) = gh(k) + gi(k); // chunked_hgates[0].add_(chunked_igates[0])
        a(H + k) = gh(H + k) + gi(H + k);
        const T r = sigmoid(a(k));
        const T z = sigmoid(a(H + k));
        const T resetHidden = gh(2 * H + k) * r; // chunked_hgates[2].mul_(reset_gate)
        a(2 * H + k) = gi(2 * H + k) + resetHidden;
        const T n = std::tanh(a(2 * H + k));
        gates(k) = r;
        gates(H + k) = z;
        gates(2 * H + k) = n;
        const T before = previous ? (*previous)(k) : T(0);
        const T keep = (before - n) * z; // (hidden − new_gate).mul_(input_gate).add_(new_gate)
        h(k) = keep + n;
    }
}

} // namespace

template<typename T>
void GruCell<T>::forward(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, LayerTrace<T> &trace)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    computeInputParts(p, layer, input, trace.inputPart);
    for (Eigen::Index t = 0; t < n; ++t) {
        auto gh = trace.hiddenPart.col(t);
        if (t == 0) {
            gh = bhh;
        } else {
            gh.noalias() = Whh * trace.hidden.col(t - 1);
            gh += bhh;
        }
        if (t == 0) {
            gruStep<T>(trace.inputPart.col(t), gh, trace.preActivation.col(t), trace.gates.col(t),
                       static_cast<const Vector<T> *>(nullptr), trace.hidden.col(t), H);
        } else {
            const auto previous = trace.hidden.col(t - 1);
            gruStep<T>(trace.inputPart.col(t), gh, trace.preActivation.col(t), trace.gates.col(t), &previous,
                       trace.hidden.col(t), H);
        }
    }
}

template<typename T>
void GruCell<T>::backward(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, LayerTrace<T> &trace,
                          ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    // dL/dh_t gathers three terms, in the order autograd's engine adds them: from the outputs (or
    // the layer above), then z_{t+1} ⊙ dL/dh_{t+1} (the GRU's direct path), then W_hhᵀ dL/dgh_{t+1}.
    Vector<T> viaWhh(H);
    trace.dHiddenThroughTime.col(n - 1).setZero();
    for (Eigen::Index t = n - 1; t >= 0; --t) {
        auto dh = trace.dHidden.col(t);
        auto throughTime = trace.dHiddenThroughTime.col(t);
        if (t + 1 < n) {
            viaWhh.noalias() = Whh.transpose() * trace.dHiddenPart.col(t + 1);
            for (Eigen::Index k = 0; k < H; ++k) {
                const T direct = trace.dHidden(k, t + 1) * trace.gates(H + k, t + 1);
                throughTime(k) = direct + viaWhh(k);
                dh(k) = (trace.dHiddenFromAbove(k, t) + direct) + viaWhh(k);
            }
        } else {
            dh = trace.dHiddenFromAbove.col(t);
        }
        auto dgi = trace.dPreActivation.col(t);
        auto dgh = trace.dHiddenPart.col(t);
        for (Eigen::Index k = 0; k < H; ++k) {
            const T r = trace.gates(k, t), z = trace.gates(H + k, t), nn = trace.gates(2 * H + k, t);
            const T before = t == 0 ? T(0) : trace.hidden(k, t - 1);
            const T dNew = dh(k) + -(dh(k) * z); // from add_(n), then from (h − n)
            const T dUpdate = dh(k) * (before - nn);
            const T dNewPre = tanhBackward(dNew, nn);
            const T dReset = dNewPre * trace.hiddenPart(2 * H + k, t);
            dgi(k) = sigmoidBackward(dReset, r);
            dgi(H + k) = sigmoidBackward(dUpdate, z);
            dgi(2 * H + k) = dNewPre;
            dgh(k) = dgi(k);
            dgh(H + k) = dgi(H + k);
            dgh(2 * H + k) = dNewPre * r;
        }
    }

    accumulateParameterGradients(p, layer, input, trace.dPreActivation, trace.dHiddenPart, trace.hidden, gradients,
                                 dInput);
}

template<typename T>
void GruCell<T>::step(const ParameterSet<T> &p, int layer, int oneHot, const Vector<T> *x, CellState<T> &state)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    computeInputPart(p, layer, oneHot, x, state.inputPart);
    state.hiddenPart.noalias() = Whh * state.h;
    state.hiddenPart += bhh;
    const Vector<T> previous = state.h;
    gruStep<T>(state.inputPart, state.hiddenPart, state.preActivation, state.gates, &previous, state.h, state.h.size());
}

template class GruCell<float>;
template class GruCell<double>;

} // namespace rnnlab
