// SPDX-License-Identifier: MIT
// One training run: the weights, the optimizer and the trace of the last step, advanced one
// optimizer step at a time exactly as the lecture's PyTorch loop does —
//   outputs = model(x); cost = criterion(outputs, y); cost.backward();
//   [clip_grad_norm_]; optimizer.step(); optimizer.zero_grad()
// — whatever the task (task.h: it gives the data, the model's blocks and the criterion).
// A step that would produce a non-finite loss, gradient or weight is refused and leaves the
// weights and the optimizer as they were. Not thread-aware: the UI's worker owns one.
#pragma once

#include "engine/dataset.h"
#include "engine/optimizer.h"
#include "engine/session.h"
#include "engine/task.h"
#include "engine/trace.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

class TranslateTask;

//! Everything that decides where a run goes next: a checkpoint to rewind to.
struct TrainerState
{
    std::int64_t stepsTaken = 0;
    ParameterSet<float> weights;
    OptimizerState optimizer;
};

struct StepOutcome
{
    bool accepted = false;
    std::int64_t step = 0; // 1-based number of the step attempted
    float loss = 0.0f; // of this step's forward pass, before the update
    int correct = 0; // predictions of that pass equal to their targets …
    int targets = 0; // … out of this many
    std::optional<float> gradNorm; // total gradient norm before clipping, when clipping is on
    std::string problem; // when refused: what happened and what to try
};

class Trainer
{
public:
    //! \a session must be valid (validate(session) is empty); throws std::invalid_argument otherwise.
    explicit Trainer(const Session &session);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    const Session &session() const { return m_session; }
    //! What the run learns (task.h); shared, so that snapshots and views can keep it.
    const Task &task() const { return *m_task; }
    const std::shared_ptr<const Task> &taskPtr() const { return m_task; }
    const Dataset &dataset() const { return m_dataset; }
    const std::shared_ptr<const ParameterLayout> &layout() const { return m_layout; }
    const ParameterSet<float> &parameters() const { return m_parameters; }
    const Optimizer &optimizer() const { return *m_optimizer; }
    //! The last forward pass (and backward pass, when trace().hasGradients).
    const Trace<float> &trace() const { return m_trace; }
    std::int64_t stepsTaken() const { return m_stepsTaken; }

    //! One training step. Allocates nothing.
    StepOutcome step();

    //! A forward pass on the current weights, without training (refreshes trace()); with
    //! \a gradients, BPTT too: trace() then holds exactly what the next step() will compute
    //! before its update.
    void evaluate(bool gradients = false);
    //! After evaluate(true) (or evaluateVariant(weights, true)): also ∂loss_{n−1}/∂h_t
    //! (trace().layers[l].dHiddenLastLoss), with the same weights.
    void evaluateLastStepGradients(const ParameterSet<float> *weights = nullptr);

    //! The forward pass (and BPTT) of \a weights instead of the trainer's own — "what if" variants
    //! such as W_hh = 0 — into trace(); the run itself is untouched. \a weights: this layout, finite.
    void evaluateVariant(const ParameterSet<float> &weights, bool gradients = false);

    //! A checkpoint of the run (weights, optimizer state, steps taken).
    TrainerState state() const;
    //! The same into \a out, reusing its storage: no allocation when \a out came from this trainer
    //! (the worker keeps a checkpoint every few steps while it trains at full speed).
    void copyStateTo(TrainerState &out) const;
    //! Goes back (or forward) to \a state, which must come from a trainer of the same session.
    //! Training from it continues exactly as it did from there. Refreshes trace() (forward only).
    void restore(const TrainerState &state);
    //! Replaces the weights (an edit by hand); the optimizer state stays. \a weights must have this
    //! trainer's layout and be finite.
    void setParameters(const ParameterSet<float> &weights);

    //! The session as it stands now: its settings with the current weights and optimizer state,
    //! so that training it continues exactly from here.
    Session currentSession() const;

    //! The weights before the last step's update (the weights trace() was computed from, right
    //! after an accepted step); parameters() before any step. After a refused step it equals
    //! parameters(): keep what you need from an accepted step before taking the next.
    const ParameterSet<float> &parametersBeforeLastStep() const { return m_backupParameters; }
    //! What the last accepted step's update changed: parameters() − parametersBeforeLastStep().
    ParameterSet<float> lastUpdate() const;

    //! Every sample's prediction as text, from trace() (Task::predictionText: the predicted
    //! characters; for a classifier, the predicted class name).
    std::vector<std::u32string> predictions() const;
    //! An encoder–decoder (task "translate"): every pair's greedy translation (its own outputs fed
    //! back, EncoderDecoder::translate) by the weights trace() was computed from
    //! (parametersBeforeLastStep()), as text without <eos>; empty for every other task.
    std::vector<std::u32string> translations() const;

private:
    StepOutcome refuse(StepOutcome outcome, const std::string &what) const;
    //! The task's forward pass (and BPTT) of \a weights into m_trace: Network's, or an
    //! encoder–decoder's.
    void forward(const ParameterSet<float> &weights);
    void backward(const ParameterSet<float> &weights);

    Session m_session;
    std::shared_ptr<const Task> m_task;
    const TranslateTask *m_translate = nullptr; // m_task, when it is an encoder–decoder's
    std::vector<std::vector<int>> m_sources; // (pairs)(n) an encoder–decoder's sources, one-hot indices
    Dataset m_dataset;
    std::shared_ptr<const ParameterLayout> m_layout;
    ParameterSet<float> m_parameters;
    std::unique_ptr<Optimizer> m_optimizer;
    Trace<float> m_trace;
    std::int64_t m_stepsTaken = 0;
    // The gradients the optimizer uses when clipping is on (trace().gradients stays dL/dθ).
    ParameterSet<float> m_clippedGradients;
    // The state before the current update, to roll back an update that overflows.
    ParameterSet<float> m_backupParameters;
    OptimizerState m_backupState;
};

} // namespace rnnlab
