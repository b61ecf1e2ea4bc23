// SPDX-License-Identifier: MIT
#include "rnncell.h"

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
void RnnCell<T>::forward(const ParameterSet<T> &p, int layer, bool relu, const LayerInput<T> &input,
                         LayerTrace<T> &trace)
{
    const auto Wih = p.matrix(ParameterLayout::weightIh(layer));
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bih = p.vector(ParameterLayout::biasIh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    const Eigen::Index n = trace.hidden.cols();
    const Eigen::Index H = trace.hidden.rows();

    // W_ih x_t for all t at once (ATen precomputes it the same way); a one-hot x_t is a column.
    if (input.oneHot) {
        for (Eigen::Index t = 0; t < n; ++t)
            trace.inputPart.col(t) = Wih.col((*input.oneHot)[static_cast<std::size_t>(t)]) + bih;
    } else {
        trace.inputPart.noalias() = Wih * (*input.dense);
        trace.inputPart.colwise() += bih;
    }

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
    const auto Wih = p.matrix(ParameterLayout::weightIh(layer));
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

    auto gWih = gradients.matrix(ParameterLayout::weightIh(layer));
    auto gWhh = gradients.matrix(ParameterLayout::weightHh(layer));
    auto gbih = gradients.vector(ParameterLayout::biasIh(layer));
    auto gbhh = gradients.vector(ParameterLayout::biasHh(layer));
    // The bias gradients are the same sum: b_ih and b_hh enter pre additively.
    for (Eigen::Index t = 0; t < n; ++t) {
        gbih += trace.dPreActivation.col(t);
        gbhh += trace.dPreActivation.col(t);
    }
    if (n > 1)
        gWhh.noalias() += trace.dPreActivation.rightCols(n - 1) * trace.hidden.leftCols(n - 1).transpose();
    if (input.oneHot) {
        for (Eigen::Index t = 0; t < n; ++t)
            gWih.col((*input.oneHot)[static_cast<std::size_t>(t)]) += trace.dPreActivation.col(t);
    } else {
        gWih.noalias() += trace.dPreActivation * input.dense->transpose();
        if (dInput)
            dInput->noalias() = Wih.transpose() * trace.dPreActivation;
    }
}

template<typename T>
void RnnCell<T>::step(const ParameterSet<T> &p, int layer, bool relu, int oneHot, const Vector<T> *x,
                      Vector<T> &h, StepScratch &scratch)
{
    const auto Wih = p.matrix(ParameterLayout::weightIh(layer));
    const auto Whh = p.matrix(ParameterLayout::weightHh(layer));
    const auto bih = p.vector(ParameterLayout::biasIh(layer));
    const auto bhh = p.vector(ParameterLayout::biasHh(layer));
    // The same operations in the same order as forward(), so generation from a prime gives the
    // forward pass's numbers.
    if (x) {
        scratch.inputPart.noalias() = Wih * (*x);
        scratch.inputPart += bih;
    } else {
        scratch.inputPart = Wih.col(oneHot) + bih;
    }
    scratch.hiddenPart.noalias() = Whh * h;
    scratch.hiddenPart += bhh;
    scratch.hiddenPart += scratch.inputPart;
    for (Eigen::Index i = 0; i < h.size(); ++i)
        h(i) = activate(scratch.hiddenPart(i), relu);
}

template class RnnCell<float>;
template class RnnCell<double>;

} // namespace rnnlab
