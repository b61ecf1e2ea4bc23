// SPDX-License-Identifier: MIT
// Stepping through one forward pass by hand, and back through time: where the teacher is (time
// step t, layer, phase of the computation) and where → / ← / Shift+→ / Shift+← go next. Pure: no
// widgets, no numbers — GraphView highlights the cursor's place, EquationModel writes its numbers.
//
// The phases of one layer at one time step:
//   RNN:       input (x_t, or h_t of the layer below) → input-part (W_xh x_t + b_ih) → hidden-part
//              (W_hh h_{t−1} + b_hh) → sum (the pre-activation) → activation (tanh or ReLU: h_t)
//   LSTM, GRU: input → input-part → hidden-part (all gates at once, G·H rows) → sum (the gates'
//              pre-activations) → gates (σ, tanh) → cell (LSTM: c_t = f ⊙ c_{t−1} + i ⊙ g; GRU:
//              the candidate n_t) → activation (LSTM: h_t = o ⊙ tanh(c_t); GRU: h_t = (1 − z) ⊙ n + z ⊙ h_{t−1})
// and, after the top layer: output (W_hy h_t + b_y, or y_t = h_t) → softmax → prediction → loss;
// a time series' head (OutputHead::Value: y_t is the predicted next value) has no softmax and no
// prediction: output → loss (the step's squared error, (y_t − x_{t+1})²).
// Back through time, per layer and time step: dL/dh_t (→ dL/dc_t for an LSTM) → dL/dpre_t.
//
// An encoder–decoder (task "translate", issue 16; encoderDecoder()) walks two stacks: the encoder's
// layers over the n source characters (no outputs), then the context (per layer: the decoder's
// h_0 = the encoder's final h_n, and c for an LSTM), then the decoder's layers over its m + 1 steps
// with the output phases. A cursor's layer is then the trace's: 0 … L−1 the encoder's, L … 2L−1 the
// decoder's (SequenceTrace::layers), its t the step within that stack. Back through time: the
// decoder from its last step, across the context (dL/dh_0 of the decoder is what reaches the
// encoder's h_n), then the encoder from its last step.
//
// Two walking orders visit the same positions (and the engine's numbers are the same in both):
//   time-major:  every layer at t, then t+1 — how the stacked picture reads;
//   layer-major: layer 1 over all of time, then layer 2 … — how PyTorch computes it; the output
//                phases follow, time step by time step, after the top layer.
// Backward mirrors them: time-major goes t = n−1 … 0 and down through the layers at each t;
// layer-major goes down the layers, each back over all of time.
// A "block" is what → jumps over: one time step (time-major) or one layer at one time step and
// then one time step's output (layer-major).
#pragma once

#include "engine/task.h"
#include "engine/types.h"

#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS
#include <QString>

#include <optional>
#include <vector>

namespace rnnlab {

enum class Phase {
    Input,
    InputPart,
    HiddenPart,
    Sum,
    Gates, // LSTM, GRU: the gates' activations
    CellState, // LSTM: c_t; GRU: the candidate n_t
    Activation,
    Output,
    Softmax,
    Prediction,
    Loss,
    Context, // an encoder–decoder: the decoder's h_0 (c_0) of one layer = the encoder's final state
    BackwardHidden, // dL/dh_t: from the output (or the layer above) and from t+1
    BackwardCell, // LSTM: dL/dc_t, through h_t = o ⊙ tanh(c_t) and from c_{t+1}
    BackwardPre, // dL/dpre_t: what reaches W_xh, W_hh and the biases
    BackwardContext, // an encoder–decoder: the decoder's dL/dh_0 (dL/dc_0) = what reaches the encoder's h_n
};

enum class WalkOrder { TimeMajor, LayerMajor };

//! What follows y_t: a softmax over classes (characters, labels) or nothing (a time series'
//! predicted values, scored by their squared error).
enum class OutputHead { Softmax, Value };
//! The head of \a task's outputs.
OutputHead outputHeadOf(const Task &task);

struct StepCursor
{
    int t = 0;
    int layer = 0;
    Phase phase = Phase::Input;

    bool isBackward() const { return phase >= Phase::BackwardHidden; }
    //! Phases after the top layer's activation belong to the whole column, not to one layer.
    bool isOutputPhase() const { return phase >= Phase::Output && phase <= Phase::Loss; }
    bool operator==(const StepCursor &) const = default;
};

class TimeStepWalker
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::TimeStepWalker)

public:
    TimeStepWalker(int timeSteps, int layers, CellKind cell = CellKind::RnnTanh, WalkOrder order = WalkOrder::TimeMajor,
                   OutputHead head = OutputHead::Softmax);
    //! An encoder–decoder's walk: the encoder's \a layers over \a sourceLength steps, the context,
    //! the decoder's \a layers over \a decoderSteps steps with a softmax head (see the top).
    static TimeStepWalker encoderDecoder(int sourceLength, int decoderSteps, int layers, CellKind cell,
                                         WalkOrder order = WalkOrder::TimeMajor);

    //! Every forward position, in order. (By value: safe on a temporary walker.)
    std::vector<StepCursor> forwardSequence() const { return m_forward; }
    //! Every backward position, in order.
    std::vector<StepCursor> backwardSequence() const { return m_backward; }
    //! The phases of one layer at one time step, in order (forward or backward).
    static std::vector<Phase> layerPhases(CellKind cell, bool backward = false);
    //! The phases after the top layer at one time step, in order.
    static std::vector<Phase> outputPhases(OutputHead head);

    //! The next / previous position in the cursor's own direction; nullopt at the end / start.
    std::optional<StepCursor> nextPhase(const StepCursor &cursor) const;
    std::optional<StepCursor> previousPhase(const StepCursor &cursor) const;
    //! → and ←: the last phase of the next / previous block. From nothing (nullopt), → enters at
    //! the end of the first block (backward: of the first block back through time).
    std::optional<StepCursor> nextTimeStep(const std::optional<StepCursor> &cursor, bool backward = false) const;
    std::optional<StepCursor> previousTimeStep(const StepCursor &cursor) const;
    //! Every position of the cursor's block, in order (empty if the walker has no such cursor).
    std::vector<StepCursor> block(const StepCursor &cursor) const;
    //! The phases of the cursor's block from \a from (exclusive) to its end: what → animates through.
    std::vector<StepCursor> phasesUntilEndOfStep(const StepCursor &from) const;
    //! The first position of backward through time.
    StepCursor backwardStart() const { return m_backward.front(); }
    //! Whether the walker has \a cursor (a phase of another cell kind, a layer or t out of range: no).
    bool contains(const StepCursor &cursor) const;

    //! The time steps with outputs (an encoder–decoder's: the decoder's).
    int timeSteps() const { return m_timeSteps; }
    //! Layers per stack.
    int layers() const { return m_layers; }
    //! An encoder–decoder's source length n; 0 for one stack.
    int sourceLength() const { return m_sourceLength; }
    bool isEncoderDecoder() const { return m_sourceLength > 0; }
    //! The trace's layer of the top layer whose h_t feeds the outputs (L−1, or 2L−1 for an
    //! encoder–decoder's decoder).
    int outputLayer() const { return isEncoderDecoder() ? 2 * m_layers - 1 : m_layers - 1; }
    //! Whether \a cursor is in an encoder–decoder's encoder (its layer below L).
    bool inEncoder(const StepCursor &cursor) const { return isEncoderDecoder() && cursor.layer < m_layers; }
    //! The last time step's loss: what the walk shows before it starts (and Step in parts' loss).
    StepCursor lastLoss() const;
    CellKind cell() const { return m_cell; }
    WalkOrder order() const { return m_order; }
    OutputHead head() const { return m_head; }

    //! Command-line names: input, input-part, hidden-part, sum, gates, cell, activation, output,
    //! softmax, prediction, loss, context, backward (= backward-hidden), backward-cell, backward-pre,
    //! backward-context.
    static QString name(Phase phase);
    static std::optional<Phase> phaseFromName(const QString &name);
    //! What is on screen, in words ("W_hh h_{t−1} + b_hh: the memory of t−1").
    static QString description(Phase phase, CellKind cell, bool outputLayer, OutputHead head = OutputHead::Softmax);

private:
    struct Position
    {
        StepCursor cursor;
        int block = 0;
    };
    //! Index of \a cursor in \a sequence, or −1.
    static int indexIn(const std::vector<Position> &sequence, const StepCursor &cursor);
    const std::vector<Position> &sequenceOf(const StepCursor &cursor) const;
    //! The last position of block \a block of \a sequence, or nullopt.
    static std::optional<StepCursor> endOfBlock(const std::vector<Position> &sequence, int block);

    //! Both walks' positions; \a sourceLength > 0: an encoder–decoder's.
    void build(int sourceLength);

    int m_timeSteps;
    int m_sourceLength = 0;
    int m_layers;
    CellKind m_cell;
    WalkOrder m_order;
    OutputHead m_head;
    std::vector<StepCursor> m_forward;
    std::vector<StepCursor> m_backward;
    std::vector<Position> m_forwardPositions;
    std::vector<Position> m_backwardPositions;
};

} // namespace rnnlab
