// SPDX-License-Identifier: MIT
// torch.optim.SGD(params, lr, momentum) as PyTorch 1.13 runs it on CPU (_single_tensor_sgd):
// dampening 0, no Nesterov, no weight decay (TORCH_INIT.md §5).
//   buf_1 = g_1;  buf_t = μ·buf_{t−1} + g_t;  p ← p − lr·buf_t        (μ = 0: p ← p − lr·g)
#pragma once

#include "engine/optimizer.h"

namespace rnnlab {

class Sgd : public Optimizer
{
public:
    Sgd(const std::shared_ptr<const ParameterLayout> &layout, double learningRate, double momentum);
    void update(ParameterSet<float> &parameters, const ParameterSet<float> &gradients) override;
    ParameterSet<float> effectiveLearningRates() const override;
    double momentum() const { return m_momentum; }

private:
    double m_momentum;
    std::shared_ptr<const ParameterLayout> m_layout;
};

} // namespace rnnlab
