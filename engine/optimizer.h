// SPDX-License-Identifier: MIT
// The optimizer interface: one small class per algorithm (adam.h, sgd.h), each reproducing
// torch.optim 1.13 on CPU to the last float32 bit given the same gradients (TORCH_INIT.md §4-5),
// each with its own state type under torch's state_dict names. Every parameter tensor has its own
// state, laid out like the parameters themselves; the state is a plain value so a caller can copy
// it (rewinding, divergence roll-back) or save it (session.h: saveOptimizerState).
//
// Symbols: P = the model's tensors (ParameterLayout::tensorCount()); every ParameterSet below has
// the model's layout, one value per parameter.
#pragma once

#include "engine/parameterset.h"

#include <memory>
#include <variant>
#include <vector>

namespace rnnlab {

//! torch.optim.Adam's state of every parameter tensor.
struct AdamState
{
    std::vector<float> step; // (P) "step": each tensor's float32 step count (torch keeps one per parameter)
    ParameterSet<float> expAvg; // "exp_avg": m, the running average of the gradients
    ParameterSet<float> expAvgSq; // "exp_avg_sq": v, the running average of the squared gradients
};

//! torch.optim.SGD's state of every parameter tensor.
struct SgdState
{
    //! "momentum_buffer": buf_t = μ·buf_{t−1} + g_t. Sized up front when momentum ≠ 0 (so that a
    //! step allocates nothing), null without momentum.
    ParameterSet<float> momentumBuffer;
    //! torch creates momentum_buffer on the first step (buf = g): false before it.
    bool hasMomentumBuffer = false;
};

//! The state of whichever optimizer a run uses.
using OptimizerState = std::variant<AdamState, SgdState>;

//! Adam or SGD, by the state's type.
OptimizerKind kindOf(const OptimizerState &state);
//! Whether every value of \a state is finite (Adam's v can overflow while the weights do not).
bool allFinite(const OptimizerState &state);
//! How many floats \a state holds (for memory budgets).
std::size_t floatCount(const OptimizerState &state);

class Optimizer
{
public:
    virtual ~Optimizer() = default;
    //! One optimizer.step(): updates \a parameters in place from \a gradients.
    virtual void update(ParameterSet<float> &parameters, const ParameterSet<float> &gradients) = 0;

    const OptimizerState &state() const { return m_state; }
    //! Restores a state taken from state() of an optimizer of the same kind and layout (without
    //! allocating: the values are copied into this optimizer's own buffers).
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
    Optimizer(double learningRate, OptimizerState state)
        : m_state(std::move(state))
        , m_learningRate(learningRate)
    { }
    OptimizerState m_state;
    double m_learningRate;
};

} // namespace rnnlab
