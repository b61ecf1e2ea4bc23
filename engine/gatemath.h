// SPDX-License-Identifier: MIT
// The arithmetic the recurrent cells share, written as ATen writes it so that rounding matches:
// sigmoid as 1 / (1 + exp(−x)), the backward formulas of ATen's sigmoid_backward and
// tanh_backward kernels (grad · (1 − y) · y and grad · (1 − y²), in that order), the input part
// W_ih x_t + b_ih precomputed for a whole sequence (ATen's FullLayer does the same), and the
// parameter gradients of the two linear maps of a layer.
#pragma once

#include "engine/rnncell.h"

#include <cmath>

namespace rnnlab {

template<typename T>
inline T sigmoid(T x)
{
    return T(1) / (T(1) + std::exp(-x));
}

template<typename T>
inline T sigmoidBackward(T grad, T y)
{
    return grad * (T(1) - y) * y;
}

template<typename T>
inline T tanhBackward(T grad, T y)
{
    return grad * (T(1) - y * y);
}

//! W_ih x_t + b_ih for every t of a sequence (G·H × n); a one-hot x_t selects a column.
template<typename T>
void computeInputParts(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, Matrix<T> &out)
{
    const auto Wih = p.matrix(ParameterLayout::weightIh(layer));
    const auto bih = p.vector(ParameterLayout::biasIh(layer));
    if (input.oneHot) {
        for (Eigen::Index t = 0; t < out.cols(); ++t)
            out.col(t) = Wih.col((*input.oneHot)[static_cast<std::size_t>(t)]) + bih;
    } else {
        out.noalias() = Wih * (*input.dense);
        out.colwise() += bih;
    }
}

//! W_ih x + b_ih for one step: the one-hot index \a oneHot (layer 0) or the vector \a x.
template<typename T>
void computeInputPart(const ParameterSet<T> &p, int layer, int oneHot, const Vector<T> *x, Vector<T> &out)
{
    const auto Wih = p.matrix(ParameterLayout::weightIh(layer));
    const auto bih = p.vector(ParameterLayout::biasIh(layer));
    if (x) {
        out.noalias() = Wih * (*x);
        out += bih;
    } else {
        out = Wih.col(oneHot) + bih;
    }
}

//! Adds a layer's parameter gradients from dL/d(W_ih x_t + b_ih) = \a dInputPart and
//! dL/d(W_hh h_{t−1} + b_hh) = \a dHiddenPart (G·H × n each; the same matrix for RNN and LSTM),
//! and writes dL/dx_t = W_ihᵀ dInputPart into \a dInput when the input is dense and it is given.
template<typename T>
void accumulateParameterGradients(const ParameterSet<T> &p, int layer, const LayerInput<T> &input,
                                  const Matrix<T> &dInputPart, const Matrix<T> &dHiddenPart, const Matrix<T> &hidden,
                                  ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    const Eigen::Index n = hidden.cols();
    auto gWih = gradients.matrix(ParameterLayout::weightIh(layer));
    auto gWhh = gradients.matrix(ParameterLayout::weightHh(layer));
    auto gbih = gradients.vector(ParameterLayout::biasIh(layer));
    auto gbhh = gradients.vector(ParameterLayout::biasHh(layer));
    for (Eigen::Index t = 0; t < n; ++t) {
        gbih += dInputPart.col(t);
        gbhh += dHiddenPart.col(t);
    }
    // h_{−1} = 0 contributes nothing to dW_hh.
    if (n > 1)
        gWhh.noalias() += dHiddenPart.rightCols(n - 1) * hidden.leftCols(n - 1).transpose();
    if (input.oneHot) {
        for (Eigen::Index t = 0; t < n; ++t)
            gWih.col((*input.oneHot)[static_cast<std::size_t>(t)]) += dInputPart.col(t);
    } else {
        gWih.noalias() += dInputPart * input.dense->transpose();
        if (dInput)
            dInput->noalias() = p.matrix(ParameterLayout::weightIh(layer)).transpose() * dInputPart;
    }
}

} // namespace rnnlab
