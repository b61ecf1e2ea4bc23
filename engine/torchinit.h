// SPDX-License-Identifier: MIT
// Initialization exactly as `torch.manual_seed(seed)` followed by constructing nn.RNN/LSTM/GRU and
// then nn.Linear(H, V) in PyTorch 1.13 on CPU — bit for bit. The rules, and how they were
// verified against torch, are in tests/data/parity/TORCH_INIT.md (sections 1-3).
#pragma once

#include "engine/parameterset.h"

#include <cstdint>
#include <random>

namespace rnnlab {

//! torch's CPU generator: a standard MT19937 seeded with init_genrand(seed mod 2^32), where a
//! negative seed first wraps to uint64 as torch.manual_seed does.
class TorchGenerator
{
public:
    explicit TorchGenerator(std::int64_t seed);

    //! Tensor.uniform_(from, to) on \a count float32 values, in order: one 32-bit word per value,
    //! value = fma((w & 0xFFFFFF)·2^-24, to − from, from) with one rounding (TORCH_INIT.md §2).
    void uniformFill(float *values, std::size_t count, double from, double to);

    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }

private:
    std::mt19937 m_engine;
};

//! Fills every tensor of \a parameters as torch.manual_seed(seed); nn.RNN(...); nn.Linear(H, V):
//! each from U(−1/√H, 1/√H), the bound computed in double (TORCH_INIT.md §3).
void initializeLikeTorch(ParameterSet<float> &parameters, std::int64_t seed);

} // namespace rnnlab
