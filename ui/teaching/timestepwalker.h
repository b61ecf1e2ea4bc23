// SPDX-License-Identifier: MIT
// Stepping through one forward pass by hand, and back through time: where the teacher is (time
// step t, layer, phase of the computation) and where → / ← / Shift+→ / Shift+← go next. Pure: no
// widgets, no numbers — GraphView highlights the cursor's place, EquationModel writes its numbers.
//
// Forward, for t = 0 … n−1, for each layer l (bottom to top):
//   input (x_t, or h_t of the layer below) → input-part (W_xh x_t + b_ih) → hidden-part
//   (W_hh h_{t−1} + b_hh) → sum (the pre-activation) → activation (tanh or ReLU: h_t);
// then, after the top layer: output (W_hy h_t + b_y, or y_t = h_t) → softmax → prediction → loss.
// Backward through time, for t = n−1 … 0, for each layer from the top: dL/dh_t, then dL/dpre_t.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace rnnlab {

enum class Phase {
    Input,
    InputPart,
    HiddenPart,
    Sum,
    Activation,
    Output,
    Softmax,
    Prediction,
    Loss,
    BackwardHidden,     // dL/dh_t: from the output (or the layer above) and from t+1 through W_hh
    BackwardPre,        // dL/dpre_t = dL/dh_t ⊙ act'(pre_t): what reaches W_xh, W_hh and the biases
};

struct StepCursor
{
    int t = 0;
    int layer = 0;
    Phase phase = Phase::Input;

    bool isBackward() const { return phase == Phase::BackwardHidden || phase == Phase::BackwardPre; }
    //! Phases after the top layer's activation belong to the whole column, not to one layer.
    bool isOutputPhase() const { return phase >= Phase::Output && phase <= Phase::Loss; }
    bool operator==(const StepCursor &) const = default;
};

class TimeStepWalker
{
public:
    TimeStepWalker(int timeSteps, int layers);

    //! Every forward position, in order.
    std::vector<StepCursor> forwardSequence() const;
    //! Every backward position, in order (t = n−1 first).
    std::vector<StepCursor> backwardSequence() const;

    //! The next / previous position in the cursor's own direction; nullopt at the end / start.
    std::optional<StepCursor> nextPhase(const StepCursor &cursor) const;
    std::optional<StepCursor> previousPhase(const StepCursor &cursor) const;
    //! → and ←: the last phase of the next / previous time step (backward: the next step back in
    //! time is t − 1). From nothing (nullopt), → enters at the end of t = 0 (backward: t = n−1).
    std::optional<StepCursor> nextTimeStep(const std::optional<StepCursor> &cursor, bool backward = false) const;
    std::optional<StepCursor> previousTimeStep(const StepCursor &cursor) const;
    //! The phases of one time step from \a from (exclusive) to its end: what → animates through.
    std::vector<StepCursor> phasesUntilEndOfStep(const StepCursor &from) const;
    //! The first position of backward through time (t = n−1, top layer).
    StepCursor backwardStart() const;

    int timeSteps() const { return m_timeSteps; }
    int layers() const { return m_layers; }

    //! Command-line names: input, input-part, hidden-part, sum, activation, output, softmax,
    //! prediction, loss, backward (= backward-hidden), backward-pre.
    static QString name(Phase phase);
    static std::optional<Phase> phaseFromName(const QString &name);
    //! What is on screen, in words ("W_hh h_{t−1} + b_hh: the memory of t−1").
    static QString description(Phase phase, bool relu, bool outputLayer);

private:
    int indexIn(const std::vector<StepCursor> &sequence, const StepCursor &cursor) const;

    int m_timeSteps;
    int m_layers;
    std::vector<StepCursor> m_forward;
    std::vector<StepCursor> m_backward;
};

} // namespace rnnlab
