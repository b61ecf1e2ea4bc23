// SPDX-License-Identifier: MIT
// Compiled with -ffp-contract=off: every rounding below is torch's; the two fused multiply-adds
// torch's AVX2 kernels make are the explicit std::fma calls.
#include "engine/adam.h"

#include <cmath>

namespace rnnlab {

Adam::Adam(const std::shared_ptr<const ParameterLayout> &layout, double learningRate)
    : Optimizer(learningRate,
                AdamState{std::vector<float>(static_cast<std::size_t>(layout->tensorCount()), 0.0f),
                          ParameterSet<float>(layout), ParameterSet<float>(layout)})
{ }

ParameterSet<float> Adam::effectiveLearningRates() const
{
    const AdamState &state = std::get<AdamState>(m_state);
    if (state.step.empty() || state.step.front() == 0.0f)
        return {};
    // Not one of torch's own computations, only an explanation of them: in double.
    ParameterSet<float> rates(state.expAvgSq.layoutPtr());
    const ParameterLayout &layout = rates.layout();
    for (int tensor = 0; tensor < layout.tensorCount(); ++tensor) {
        const double t = state.step[static_cast<std::size_t>(tensor)];
        const double biasCorrection2 = 1.0 - std::pow(0.999, t);
        const float *v = state.expAvgSq.data(tensor);
        float *rate = rates.data(tensor);
        for (std::size_t i = 0; i < layout.tensor(tensor).size(); ++i)
            rate[i] = static_cast<float>(m_learningRate / (std::sqrt(v[i] / biasCorrection2) + 1e-8));
    }
    return rates;
}

void Adam::update(ParameterSet<float> &parameters, const ParameterSet<float> &gradients)
{
    // Python floats cast to float32 where torch casts them (each computed in double first).
    constexpr double beta1 = 0.9;
    constexpr double beta2 = 0.999;
    const float b1 = static_cast<float>(beta1);
    const float c1 = static_cast<float>(1.0 - beta1); // 0.1f, not 1.0f − 0.9f
    const float b2 = static_cast<float>(beta2);
    const float c2 = static_cast<float>(1.0 - beta2);
    const float eps = static_cast<float>(1e-8);

    AdamState &state = std::get<AdamState>(m_state);
    const ParameterLayout &layout = parameters.layout();
    for (int tensor = 0; tensor < layout.tensorCount(); ++tensor) {
        float &step = state.step[static_cast<std::size_t>(tensor)];
        step += 1.0f; // a float32 tensor in torch, incremented before use
        // In double, with pow() as Python's ** (repeated multiplication rounds differently).
        const double t = static_cast<double>(step);
        const double biasCorrection1 = 1.0 - std::pow(beta1, t);
        const double biasCorrection2 = 1.0 - std::pow(beta2, t);
        const double stepSize = m_learningRate / biasCorrection1;
        const float negStepSize = static_cast<float>(-stepSize);
        const float biasCorrection2Sqrt = static_cast<float>(std::sqrt(biasCorrection2));

        const std::size_t n = layout.tensor(tensor).size();
        float *p = parameters.data(tensor);
        const float *g = gradients.data(tensor);
        float *m = state.expAvg.data(tensor);
        float *v = state.expAvgSq.data(tensor);
        for (std::size_t i = 0; i < n; ++i) {
            m[i] = std::fma(g[i], c1, m[i] * b1); // exp_avg.mul_(b1).add_(g, alpha=1−b1)
            v[i] = std::fma(c2 * g[i], g[i], v[i] * b2); // exp_avg_sq.mul_(b2).addcmul_(g, g, value=1−b2)
            const float denom = std::sqrt(v[i]) / biasCorrection2Sqrt + eps; // eps after the bias correction
            p[i] = p[i] + (negStepSize * m[i]) / denom; // addcdiv_(m, denom, value=−step_size)
        }
    }
}

} // namespace rnnlab
