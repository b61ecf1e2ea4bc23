// SPDX-License-Identifier: MIT
// The optimizer interface: one small class per algorithm (adam.h, sgd.h), each reproducing
// torch.optim 1.13 on CPU to the last float32 bit given the same gradients (TORCH_INIT.md §4-5).
// Every parameter tensor has its own state, laid out like the parameters themselves; the state is
// a plain value so a caller can copy it (rewinding, divergence roll-back) or save it.
#pragma once

#include "engine/parameterset.h"

#include <memory>

namespace rnnlab {

//! torch.optim's per-parameter state, under its state_dict names.
struct OptimizerState
{
    OptimizerKind kind = OptimizerKind::Adam;
    //! Adam: each tensor's float32 "step" (torch keeps one per parameter). SGD: unused.
    std::vector<float> steps;
    //! Adam "exp_avg"; SGD "momentum_buffer".
    ParameterSet<float> first;
    //! Adam "exp_avg_sq"; empty for SGD.
    ParameterSet<float> second;
    //! SGD: torch creates momentum_buffer on the first step (buf = g); false before it.
    bool hasMomentumBuffer = false;
};

class Optimizer
{
public:
    virtual ~Optimizer() = default;
    //! One optimizer.step(): updates \a parameters in place from \a gradients.
    virtual void update(ParameterSet<float> &parameters, const ParameterSet<float> &gradients) = 0;

    const OptimizerState &state() const { return m_state; }
    //! Restores a state taken from state() of an optimizer of the same kind and layout.
    void setState(const OptimizerState &state) { m_state = state; }
    double learningRate() const { return m_learningRate; }

    //! The learning rate each parameter effectively got in the last update: Adam's
    //! lr / (√v̂ + ε) per entry (how far it moves per unit of its bias-corrected momentum m̂),
    //! SGD's lr everywhere. Null before the first step.
    virtual ParameterSet<float> effectiveLearningRates() const = 0;

    //! Adam or SGD for \a training, with fresh state for \a layout.
    static std::unique_ptr<Optimizer> create(const TrainingConfig &training,
                                             const std::shared_ptr<const ParameterLayout> &layout);

protected:
    explicit Optimizer(double learningRate)
        : m_learningRate(learningRate)
    { }
    OptimizerState m_state;
    double m_learningRate;
};

} // namespace rnnlab
