// SPDX-License-Identifier: MIT
// The arithmetic the gated cells share, written as ATen writes it so that rounding matches:
// sigmoid as 1 / (1 + exp(−x)), and the backward formulas of ATen's sigmoid_backward and
// tanh_backward kernels (grad · (1 − y) · y and grad · (1 − y²), in that order). The linear maps
// around the cells are recurrentlayer.h's.
#pragma once

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

} // namespace rnnlab
