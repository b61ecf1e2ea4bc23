// SPDX-License-Identifier: MIT
#include "engine/rnncell.h"

#include "engine/gatemath.h"

#include <cmath>

namespace rnnlab {

namespace {

template<typename T>
inline T activate(T x, bool relu)
{
    // std::tanh (libm, correctly rounded in practice) rather than Eigen's fast rational tanh:
    // the numbers on screen must be PyTorch's to the tolerance promised in PRECISION.md.
    return relu ? (x > T(0) ? x : T(0)) : std::tanh(x);
}

//! d act / d pre, from the output y = act(pre), as ATen's tanh_backward / threshold_backward.
template<typename T>
inline T activationGradient(T y, bool relu)
{
    return relu ? (y > T(0) ? T(1) : T(0)) : T(1) - y * y;
}

} // namespace

template<typename T>
CellState<T> CellState<T>::zero(CellKind cell, Eigen::Index hiddenSize)
{
    const Eigen::Index GH = gateCount(cell) * hiddenSize;
    CellState state;
    state.h = Vector<T>::Zero(hiddenSize);
    if (cell == CellKind::Lstm)
        state.c = Vector<T>::Zero(hiddenSize);
    state.inputPart = Vector<T>::Zero(GH);
    state.hiddenPart = Vector<T>::Zero(GH);
    state.preActivation = Vector<T>::Zero(GH);
    if (cell == CellKind::Lstm || cell == CellKind::Gru)
        state.gates = Vector<T>::Zero(GH);
    return state;
}

template<typename T>
void RnnCell<T>::forward(const ParameterSet<T> &p, int layer, bool relu, const LayerInput<T> &input,
                         LayerTrace<T> &trace)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    // W_ih x_t for all t at once (ATen precomputes it the same way); a one-hot x_t is a column.
    computeInputParts(p, layer, input, trace.inputPart);
    for (Eigen::Index t = 0; t < n; ++t) {
        auto hiddenPart = trace.hiddenPart.col(t);
        if (t == 0) {
            hiddenPart = bhh; // W_hh · 0 + b_hh
        } else {
            hiddenPart.noalias() = Whh * trace.hidden.col(t - 1);
            hiddenPart += bhh;
        }
        auto pre = trace.preActivation.col(t);
        pre = hiddenPart + trace.inputPart.col(t);
        auto h = trace.hidden.col(t);
        for (Eigen::Index i = 0; i < H; ++i)
            h(i) = activate(pre(i), relu);
    }
}

template<typename T>
void RnnCell<T>::backward(const ParameterSet<T> &p, int layer, bool relu, const LayerInput<T> &input,
                          LayerTrace<T> &trace, ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    // dL/dh_t = (from the outputs or the layer above) + W_hhᵀ dL/dpre_{t+1}; the second term is
    // kept on its own, for the views that show the gradient flowing back through time.
    trace.dHiddenThroughTime.col(n - 1).setZero();
    for (Eigen::Index t = n - 1; t >= 0; --t) {
        auto throughTime = trace.dHiddenThroughTime.col(t);
        if (t + 1 < n)
            throughTime.noalias() = Whh.transpose() * trace.dPreActivation.col(t + 1);
        auto dh = trace.dHidden.col(t);
        dh = trace.dHiddenFromAbove.col(t) + throughTime;
        auto dpre = trace.dPreActivation.col(t);
        const auto h = trace.hidden.col(t);
        for (Eigen::Index i = 0; i < H; ++i)
            dpre(i) = dh(i) * activationGradient(h(i), relu);
    }
    // pre = hiddenPart + inputPart: the same gradient reaches both linear maps.
    accumulateParameterGradients(p, layer, input, trace.dPreActivation, trace.dPreActivation, trace.hidden, gradients,
                                 dInput);
}

template<typename T>
void RnnCell<T>::step(const ParameterSet<T> &p, int layer, bool relu, int oneHot, const Vector<T> *x,
                      CellState<T> &state)
{
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    // The same operations in the same order as forward(), so generation from a prime gives the
    // forward pass's numbers.
    computeInputPart(p, layer, oneHot, x, state.inputPart);
    state.hiddenPart.noalias() = Whh * state.h;
    state.hiddenPart += bhh;
    state.preActivation = state.hiddenPart + state.inputPart;
    for (Eigen::Index i = 0; i < state.h.size(); ++i)
        state.h(i) = activate(state.preActivation(i), relu);
}

template class RnnCell<float>;
template class RnnCell<double>;
template struct CellState<float>;
template struct CellState<double>;

} // namespace rnnlab
