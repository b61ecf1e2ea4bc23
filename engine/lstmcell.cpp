// SPDX-License-Identifier: MIT
#include "engine/lstmcell.h"

#include "engine/gatemath.h"

namespace rnnlab {

namespace {

//! One time step of ATen's LSTMCell from a = W_hh h + b_hh + W_ih x + b_ih (4H): the gates, and
//! c, h from c_{t−1} = \a previous (null: 0).
template<typename T, typename A, typename G, typename P, typename C, typename Hout>
void lstmStep(const A &a, G &&gates, const P *previous, C &&c, Hout &&h, Eigen::Index H)
{
    for (Eigen::Index k = 0; k < H; ++k) {
        const T i = sigmoid(a(k));
        const T f = sigmoid(a(H + k));
        const T g = std::tanh(a(2 * H + k));
        const T o = sigmoid(a(3 * H + k));
        gates(k) = i;
        gates(H + k) = f;
        gates(2 * H + k) = g;
        gates(3 * H + k) = o;
        const T forget = f * (previous ? (*previous)(k) : T(0)); // (forgetgate * cx).add_(ingate * cellgate)
        const T write = i * g;
        c(k) = forget + write;
        h(k) = o * std::tanh(c(k)); // outgate * cy.tanh()
    }
}

} // namespace

template<typename T>
void LstmCell<T>::forward(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, LayerTrace<T> &trace)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    computeInputParts(p, layer, input, trace.inputPart);
    for (Eigen::Index t = 0; t < n; ++t) {
        auto hiddenPart = trace.hiddenPart.col(t);
        if (t == 0) {
            hiddenPart = bhh;
        } else {
            hiddenPart.noalias() = Whh * trace.hidden.col(t - 1);
            hiddenPart += bhh;
        }
        auto a = trace.preActivation.col(t);
        a = hiddenPart + trace.inputPart.col(t); // linear_hh(hx).add_(linear_ih(x))
        if (t == 0) {
            lstmStep<T>(a, trace.gates.col(t), static_cast<const Vector<T> *>(nullptr), trace.cell.col(t),
                        trace.hidden.col(t), H);
        } else {
            const auto previous = trace.cell.col(t - 1);
            lstmStep<T>(a, trace.gates.col(t), &previous, trace.cell.col(t), trace.hidden.col(t), H);
        }
    }
}

template<typename T>
void LstmCell<T>::backward(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, LayerTrace<T> &trace,
                           ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    trace.dHiddenThroughTime.col(n - 1).setZero();
    for (Eigen::Index t = n - 1; t >= 0; --t) {
        auto throughTime = trace.dHiddenThroughTime.col(t);
        if (t + 1 < n)
            throughTime.noalias() = Whh.transpose() * trace.dPreActivation.col(t + 1);
        auto dh = trace.dHidden.col(t);
        dh = trace.dHiddenFromAbove.col(t) + throughTime;
        const auto gates = trace.gates.col(t);
        auto da = trace.dPreActivation.col(t);
        auto dc = trace.dCell.col(t);
        for (Eigen::Index k = 0; k < H; ++k) {
            const T i = gates(k), f = gates(H + k), g = gates(2 * H + k), o = gates(3 * H + k);
            const T tanhC = std::tanh(trace.cell(k, t));
            const T previous = t == 0 ? T(0) : trace.cell(k, t - 1);
            // dL/dc_t: through h_t = o ⊙ tanh(c_t), and from c_{t+1} = f_{t+1} ⊙ c_t + …
            const T fromNext = t + 1 < n ? trace.dCell(k, t + 1) * trace.gates(H + k, t + 1) : T(0);
            dc(k) = tanhBackward(dh(k) * o, tanhC) + fromNext;
            da(k) = sigmoidBackward(dc(k) * g, i); // input gate
            da(H + k) = sigmoidBackward(dc(k) * previous, f); // forget gate
            da(2 * H + k) = tanhBackward(dc(k) * i, g); // cell gate
            da(3 * H + k) = sigmoidBackward(dh(k) * tanhC, o); // output gate
        }
    }
    // a_t = hiddenPart + inputPart: the same gradient reaches both linear maps.
    accumulateParameterGradients(p, layer, input, trace.dPreActivation, trace.dPreActivation, trace.hidden, gradients,
                                 dInput);
}

template<typename T>
void LstmCell<T>::step(const ParameterSet<T> &p, int layer, int oneHot, const Vector<T> *x, CellState<T> &state)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    computeInputPart(p, layer, oneHot, x, state.inputPart);
    state.hiddenPart.noalias() = Whh * state.h;
    state.hiddenPart += bhh;
    state.preActivation = state.hiddenPart + state.inputPart;
    const Vector<T> previous = state.c;
    lstmStep<T>(state.preActivation, state.gates, &previous, state.c, state.h, state.h.size());
}

template class LstmCell<float>;
template class LstmCell<double>;

} // namespace rnnlab
