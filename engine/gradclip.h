// SPDX-License-Identifier: MIT
// torch.nn.utils.clip_grad_norm_(parameters, max_norm) (2-norm) and the float32 norm torch
// computes on CPU, to the last bit (TORCH_INIT.md §6).
#pragma once

#include "engine/parameterset.h"

namespace rnnlab {

//! torch.norm of \a n contiguous float32 values \a x: 8 fused lanes, then the tail.
float torchNorm(const float *x, std::size_t n);

//! The total 2-norm of all gradients (the norm of the per-tensor norms, in parameters() order).
float totalGradientNorm(const ParameterSet<float> &gradients);

//! Scales every gradient by min(max_norm / (total + 1e-6), 1) as torch does; returns the total
//! norm before clipping, which is what clip_grad_norm_ returns.
float clipGradientNorm(ParameterSet<float> &gradients, double maxNorm);

} // namespace rnnlab
