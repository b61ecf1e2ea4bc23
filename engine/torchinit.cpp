// SPDX-License-Identifier: MIT
// Compiled with -ffp-contract=off: the one fused multiply-add torch does is written as std::fma;
// the compiler must not fuse anything else.
#include "engine/torchinit.h"

#include <cmath>

namespace rnnlab {

TorchGenerator::TorchGenerator(std::int64_t seed)
    // torch.manual_seed(-1) is seed 2^64-1; init_genrand then keeps the low 32 bits.
    : m_engine(static_cast<std::uint32_t>(static_cast<std::uint64_t>(seed) & 0xFFFFFFFFu))
{ }

void TorchGenerator::uniformFill(float *values, std::size_t count, double from, double to)
{
    const float fromF = static_cast<float>(from);
    const float toF = static_cast<float>(to);
    const float range = toF - fromF; // float32 subtraction, as torch does
    constexpr float twoToMinus24 = 1.0f / 16777216.0f;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t word = next();
        const float u = static_cast<float>(word & 0xFFFFFFu) * twoToMinus24; // exact
        values[i] = std::fma(u, range, fromF); // torch's AVX2 kernel fuses this: one rounding
    }
}

void initializeLikeTorch(ParameterSet<float> &parameters, std::int64_t seed)
{
    TorchGenerator generator(seed);
    const auto &layout = parameters.layout();
    // nn.RNN: stdv = 1/sqrt(H) in double for every rnn tensor. nn.Linear: kaiming_uniform_(a=√5)
    // gives a double bound that differs from 1/sqrt(H) in the last bits but rounds to the same
    // float for every fan_in up to 10^6 (TORCH_INIT.md §3), and its bias uses 1/sqrt(fan_in = H).
    const double bound = 1.0 / std::sqrt(static_cast<double>(layout.model().hiddenSize));
    for (int t = 0; t < layout.tensorCount(); ++t)
        generator.uniformFill(parameters.data(t), layout.tensor(t).size(), -bound, bound);
}

} // namespace rnnlab
