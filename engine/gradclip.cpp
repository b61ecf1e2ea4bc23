// SPDX-License-Identifier: MIT
// Compiled with -ffp-contract=off: the fused steps are the explicit std::fma calls.
#include "engine/gradclip.h"

#include <cmath>
#include <vector>

namespace rnnlab {

float torchNorm(const float *x, std::size_t n)
{
    // The AVX2 reduction keeps 8 lanes, each fma-accumulating every 8th square …
    float lanes[8] = {};
    const std::size_t vectorised = n / 8 * 8;
    for (std::size_t i = 0; i < vectorised; ++i)
        lanes[i % 8] = std::fma(x[i], x[i], lanes[i % 8]);
    // … adds them left to right …
    float sum = lanes[0];
    for (int j = 1; j < 8; ++j)
        sum = sum + lanes[j];
    // … then the tail: groups of four square-then-add, the rest fused.
    const std::size_t tail = n - vectorised;
    const std::size_t grouped = vectorised + tail / 4 * 4;
    for (std::size_t i = vectorised; i < grouped; ++i) {
        const float square = x[i] * x[i];
        sum = sum + square;
    }
    for (std::size_t i = grouped; i < n; ++i)
        sum = std::fma(x[i], x[i], sum);
    return std::sqrt(sum);
}

float totalGradientNorm(const ParameterSet<float> &gradients)
{
    const ParameterLayout &layout = gradients.layout();
    // A fixed array keeps a training step free of allocation: one stack of at most 8 layers has
    // 8·4 tensors, and the output layer 2; two stacks (an encoder and a decoder) 66.
    constexpr int capacity = 128;
    float fixed[capacity]{}; // zeroed: 512 bytes, and g++ sees every read is of a written value
    std::vector<float> more; // never, for the models validate() allows
    const int count = layout.tensorCount();
    if (count > capacity)
        more.resize(static_cast<std::size_t>(count));
    float *norms = count > capacity ? more.data() : fixed;
    for (int t = 0; t < count; ++t)
        norms[t] = torchNorm(gradients.data(t), layout.tensor(t).size());
    return torchNorm(norms, static_cast<std::size_t>(count));
}

float clipGradientNorm(ParameterSet<float> &gradients, double maxNorm)
{
    const float total = totalGradientNorm(gradients);
    // max_norm / (total + 1e-6): Python's scalar / tensor is reciprocal, then multiply.
    const float denominator = total + static_cast<float>(1e-6);
    const float reciprocal = 1.0f / denominator;
    float coefficient = reciprocal * static_cast<float>(maxNorm);
    if (coefficient > 1.0f)
        coefficient = 1.0f; // clamp(max=1); multiplying by 1 is exact, so torch always multiplies
    if (coefficient < 1.0f)
        gradients.flat() *= coefficient;
    return total;
}

} // namespace rnnlab
