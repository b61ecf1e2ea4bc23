// SPDX-License-Identifier: MIT
// Compiled with -ffp-contract=off; torch's fused add(alpha=−lr) is the explicit std::fma.
#include "engine/sgd.h"

#include "engine/adam.h"

#include <cmath>

namespace rnnlab {

Sgd::Sgd(const std::shared_ptr<const ParameterLayout> &layout, double learningRate, double momentum)
    : Optimizer(learningRate, SgdState{momentum != 0.0 ? ParameterSet<float>(layout) : ParameterSet<float>(), false})
    , m_momentum(momentum)
    , m_layout(layout)
{ }

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
    SgdState &state = std::get<SgdState>(m_state);
    auto &buf = state.momentumBuffer.flat();
    if (!state.hasMomentumBuffer) {
        buf = g; // torch.clone(d_p).detach() on the first step
        state.hasMomentumBuffer = true;
    } else {
        for (Eigen::Index i = 0; i < n; ++i)
            buf(i) = buf(i) * mu + g(i); // mul_(μ).add_(g, alpha=1 − dampening): two roundings
    }
    for (Eigen::Index i = 0; i < n; ++i)
        p(i) = std::fma(buf(i), negLr, p(i));
}

ParameterSet<float> Sgd::effectiveLearningRates() const
{
    const SgdState &state = std::get<SgdState>(m_state);
    if (state.momentumBuffer.isNull() ? false : !state.hasMomentumBuffer)
        return {};
    ParameterSet<float> rates(m_layout);
    rates.flat().setConstant(static_cast<float>(m_learningRate));
    return rates;
}

OptimizerKind kindOf(const OptimizerState &state)
{
    return std::holds_alternative<AdamState>(state) ? OptimizerKind::Adam : OptimizerKind::Sgd;
}

bool allFinite(const OptimizerState &state)
{
    if (const auto *adam = std::get_if<AdamState>(&state))
        return adam->expAvg.allFinite() && adam->expAvgSq.allFinite();
    return std::get<SgdState>(state).momentumBuffer.allFinite();
}

std::size_t floatCount(const OptimizerState &state)
{
    if (const auto *adam = std::get_if<AdamState>(&state))
        return static_cast<std::size_t>(adam->expAvg.flat().size() + adam->expAvgSq.flat().size()) + adam->step.size();
    return static_cast<std::size_t>(std::get<SgdState>(state).momentumBuffer.flat().size());
}

std::unique_ptr<Optimizer> Optimizer::create(const TrainingConfig &training,
                                             const std::shared_ptr<const ParameterLayout> &layout)
{
    if (training.optimizer == OptimizerKind::Adam)
        return std::make_unique<Adam>(layout, training.learningRate);
    return std::make_unique<Sgd>(layout, training.learningRate, training.momentum);
}

} // namespace rnnlab
