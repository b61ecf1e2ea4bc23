// SPDX-License-Identifier: MIT
// torch.optim.Adam(params, lr) as PyTorch 1.13 runs it on CPU (_single_tensor_adam): betas
// (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad. Kingma & Ba, "Adam: A Method for
// Stochastic Optimization", ICLR 2015, Algorithm 1 — with torch's roundings (TORCH_INIT.md §4).
#pragma once

#include "engine/optimizer.h"

namespace rnnlab {

class Adam : public Optimizer
{
public:
    Adam(const std::shared_ptr<const ParameterLayout> &layout, double learningRate);
    void update(ParameterSet<float> &parameters, const ParameterSet<float> &gradients) override;
    ParameterSet<float> effectiveLearningRates() const override;
};

} // namespace rnnlab
