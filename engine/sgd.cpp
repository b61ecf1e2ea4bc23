// SPDX-License-Identifier: MIT
// Compiled with -ffp-contract=off; torch's fused add(alpha=−lr) is the explicit std::fma.
#include "engine/sgd.h"

#include "engine/adam.h"

#include <cmath>

namespace rnnlab {

Sgd::Sgd(const std::shared_ptr<const ParameterLayout> &layout, double learningRate, double momentum)
    : Optimizer(learningRate)
    , m_momentum(momentum)
    , m_layout(layout)
{
    m_state.kind = OptimizerKind::Sgd;
    if (momentum != 0.0)
        m_state.first = ParameterSet<float>(layout);
}

void Sgd::update(ParameterSet<float> &parameters, const ParameterSet<float> &gradients)
{
    const float negLr = static_cast<float>(-m_learningRate);
    auto &p = parameters.flat();
    const auto &g = gradients.flat();
    const Eigen::Index n = p.size();
    if (m_momentum == 0.0) {
        for (Eigen::Index i = 0; i < n; ++i)
            p(i) = std::fma(g(i), negLr, p(i));
        return;
    }
    const float mu = static_cast<float>(m_momentum);
    auto &buf = m_state.first.flat();
    if (!m_state.hasMomentumBuffer) {
        buf = g; // torch.clone(d_p).detach() on the first step
        m_state.hasMomentumBuffer = true;
    } else {
        for (Eigen::Index i = 0; i < n; ++i)
            buf(i) = buf(i) * mu + g(i); // mul_(μ).add_(g, alpha=1 − dampening): two roundings
    }
    for (Eigen::Index i = 0; i < n; ++i)
        p(i) = std::fma(buf(i), negLr, p(i));
}

ParameterSet<float> Sgd::effectiveLearningRates() const
{
    if (m_state.first.isNull() ? false : !m_state.hasMomentumBuffer)
        return {};
    ParameterSet<float> rates(m_layout);
    rates.flat().setConstant(static_cast<float>(m_learningRate));
    return rates;
}

std::unique_ptr<Optimizer> Optimizer::create(const TrainingConfig &training,
                                             const std::shared_ptr<const ParameterLayout> &layout)
{
    if (training.optimizer == OptimizerKind::Adam)
        return std::make_unique<Adam>(layout, training.learningRate);
    return std::make_unique<Sgd>(layout, training.learningRate, training.momentum);
}

} // namespace rnnlab
