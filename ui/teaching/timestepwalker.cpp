// SPDX-License-Identifier: MIT
#include "ui/teaching/timestepwalker.h"

#include <algorithm>

namespace rnnlab {

namespace {

bool gated(CellKind cell)
{
    return cell == CellKind::Lstm || cell == CellKind::Gru;
}

} // namespace

OutputHead outputHeadOf(const Task &task)
{
    return task.outputKind() == OutputKind::Value ? OutputHead::Value : OutputHead::Softmax;
}

std::vector<Phase> TimeStepWalker::outputPhases(OutputHead head)
{
    if (head == OutputHead::Value)
        return {Phase::Output, Phase::Loss};
    return {Phase::Output, Phase::Softmax, Phase::Prediction, Phase::Loss};
}

std::vector<Phase> TimeStepWalker::layerPhases(CellKind cell, bool backward)
{
    if (backward) {
        if (cell == CellKind::Lstm)
            return {Phase::BackwardHidden, Phase::BackwardCell, Phase::BackwardPre};
        return {Phase::BackwardHidden, Phase::BackwardPre};
    }
    if (gated(cell))
        return {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum,
                Phase::Gates, Phase::CellState, Phase::Activation};
    return {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum, Phase::Activation};
}

TimeStepWalker::TimeStepWalker(int timeSteps, int layers, CellKind cell, WalkOrder order, OutputHead head)
    : m_timeSteps(std::max(1, timeSteps))
    , m_layers(std::max(1, layers))
    , m_cell(cell)
    , m_order(order)
    , m_head(head)
{
    build(0);
}

TimeStepWalker TimeStepWalker::encoderDecoder(int sourceLength, int decoderSteps, int layers, CellKind cell,
                                              WalkOrder order)
{
    TimeStepWalker walker(decoderSteps, layers, cell, order, OutputHead::Softmax);
    walker.build(std::max(1, sourceLength));
    return walker;
}

void TimeStepWalker::build(int sourceLength)
{
    m_sourceLength = sourceLength;
    m_forwardPositions.clear();
    m_backwardPositions.clear();
    m_forward.clear();
    m_backward.clear();
    const int T = m_timeSteps;
    const int L = m_layers;
    // One stack's walk: its layers (the trace's first + 0 … L−1) over its \a n steps, with or without
    // the output phases after its top layer.
    const auto forwardLayer = [&](int t, int l, int block) {
        for (Phase p : layerPhases(m_cell))
            m_forwardPositions.push_back({{t, l, p}, block});
    };
    const auto backwardLayer = [&](int t, int l, int block) {
        for (Phase p : layerPhases(m_cell, true))
            m_backwardPositions.push_back({{t, l, p}, block});
    };
    const auto forwardStack = [&](int first, int n, bool outputs, int &block) {
        const auto output = [&](int t) {
            for (Phase p : outputPhases(m_head))
                m_forwardPositions.push_back({{t, first + L - 1, p}, block});
        };
        if (m_order == WalkOrder::TimeMajor) {
            for (int t = 0; t < n; ++t, ++block) {
                for (int l = 0; l < L; ++l)
                    forwardLayer(t, first + l, block);
                if (outputs)
                    output(t);
            }
        } else {
            for (int l = 0; l < L; ++l) {
                for (int t = 0; t < n; ++t, ++block)
                    forwardLayer(t, first + l, block);
            }
            for (int t = 0; outputs && t < n; ++t, ++block)
                output(t);
        }
    };
    const auto backwardStack = [&](int first, int n, int &block) {
        if (m_order == WalkOrder::TimeMajor) {
            for (int t = n - 1; t >= 0; --t, ++block) {
                for (int l = L - 1; l >= 0; --l)
                    backwardLayer(t, first + l, block);
            }
        } else {
            for (int l = L - 1; l >= 0; --l) {
                for (int t = n - 1; t >= 0; --t, ++block)
                    backwardLayer(t, first + l, block);
            }
        }
    };
    int block = 0;
    if (sourceLength == 0) {
        forwardStack(0, T, true, block);
        block = 0;
        backwardStack(0, T, block);
    } else {
        // The encoder (no outputs), the context of every layer in one block, the decoder.
        forwardStack(0, sourceLength, false, block);
        for (int l = 0; l < L; ++l)
            m_forwardPositions.push_back({{0, L + l, Phase::Context}, block});
        ++block;
        forwardStack(L, T, true, block);
        block = 0;
        backwardStack(L, T, block);
        for (int l = L - 1; l >= 0; --l)
            m_backwardPositions.push_back({{0, L + l, Phase::BackwardContext}, block});
        ++block;
        backwardStack(0, sourceLength, block);
    }
    for (const auto &p : m_forwardPositions)
        m_forward.push_back(p.cursor);
    for (const auto &p : m_backwardPositions)
        m_backward.push_back(p.cursor);
}

StepCursor TimeStepWalker::lastLoss() const
{
    for (auto it = m_forward.rbegin(); it != m_forward.rend(); ++it) {
        if (it->phase == Phase::Loss)
            return *it;
    }
    return m_forward.back();
}

int TimeStepWalker::indexIn(const std::vector<Position> &sequence, const StepCursor &cursor)
{
    const auto it =
        std::find_if(sequence.begin(), sequence.end(), [&](const Position &p) { return p.cursor == cursor; });
    return it == sequence.end() ? -1 : int(it - sequence.begin());
}

const std::vector<TimeStepWalker::Position> &TimeStepWalker::sequenceOf(const StepCursor &cursor) const
{
    return cursor.isBackward() ? m_backwardPositions : m_forwardPositions;
}

std::optional<StepCursor> TimeStepWalker::endOfBlock(const std::vector<Position> &sequence, int block)
{
    std::optional<StepCursor> last;
    for (const auto &p : sequence) {
        if (p.block == block)
            last = p.cursor;
        else if (p.block > block)
            break;
    }
    return last;
}

bool TimeStepWalker::contains(const StepCursor &cursor) const
{
    return indexIn(sequenceOf(cursor), cursor) >= 0;
}

std::optional<StepCursor> TimeStepWalker::nextPhase(const StepCursor &cursor) const
{
    const auto &sequence = sequenceOf(cursor);
    const int i = indexIn(sequence, cursor);
    if (i < 0 || i + 1 >= int(sequence.size()))
        return std::nullopt;
    return sequence[static_cast<std::size_t>(i + 1)].cursor;
}

std::optional<StepCursor> TimeStepWalker::previousPhase(const StepCursor &cursor) const
{
    const auto &sequence = sequenceOf(cursor);
    const int i = indexIn(sequence, cursor);
    if (i <= 0)
        return std::nullopt;
    return sequence[static_cast<std::size_t>(i - 1)].cursor;
}

std::optional<StepCursor> TimeStepWalker::nextTimeStep(const std::optional<StepCursor> &cursor, bool backward) const
{
    if (!cursor)
        return endOfBlock(backward ? m_backwardPositions : m_forwardPositions, 0);
    const auto &sequence = sequenceOf(*cursor);
    const int i = indexIn(sequence, *cursor);
    if (i < 0)
        return std::nullopt;
    return endOfBlock(sequence, sequence[static_cast<std::size_t>(i)].block + 1);
}

std::optional<StepCursor> TimeStepWalker::previousTimeStep(const StepCursor &cursor) const
{
    const auto &sequence = sequenceOf(cursor);
    const int i = indexIn(sequence, cursor);
    if (i < 0 || sequence[static_cast<std::size_t>(i)].block == 0)
        return std::nullopt;
    return endOfBlock(sequence, sequence[static_cast<std::size_t>(i)].block - 1);
}

std::vector<StepCursor> TimeStepWalker::block(const StepCursor &cursor) const
{
    std::vector<StepCursor> out;
    const auto &sequence = sequenceOf(cursor);
    const int i = indexIn(sequence, cursor);
    if (i < 0)
        return out;
    const int block = sequence[static_cast<std::size_t>(i)].block;
    for (const auto &p : sequence) {
        if (p.block == block)
            out.push_back(p.cursor);
    }
    return out;
}

std::vector<StepCursor> TimeStepWalker::phasesUntilEndOfStep(const StepCursor &from) const
{
    std::vector<StepCursor> out;
    const auto &sequence = sequenceOf(from);
    int i = indexIn(sequence, from);
    if (i < 0)
        return out;
    const int block = sequence[static_cast<std::size_t>(i)].block;
    for (++i; i < int(sequence.size()) && sequence[static_cast<std::size_t>(i)].block == block; ++i)
        out.push_back(sequence[static_cast<std::size_t>(i)].cursor);
    return out;
}

QString TimeStepWalker::name(Phase phase)
{
    switch (phase) {
    case Phase::Input: return QStringLiteral("input");
    case Phase::InputPart: return QStringLiteral("input-part");
    case Phase::HiddenPart: return QStringLiteral("hidden-part");
    case Phase::Sum: return QStringLiteral("sum");
    case Phase::Gates: return QStringLiteral("gates");
    case Phase::CellState: return QStringLiteral("cell");
    case Phase::Activation: return QStringLiteral("activation");
    case Phase::Output: return QStringLiteral("output");
    case Phase::Softmax: return QStringLiteral("softmax");
    case Phase::Prediction: return QStringLiteral("prediction");
    case Phase::Loss: return QStringLiteral("loss");
    case Phase::Context: return QStringLiteral("context");
    case Phase::BackwardHidden: return QStringLiteral("backward");
    case Phase::BackwardCell: return QStringLiteral("backward-cell");
    case Phase::BackwardPre: return QStringLiteral("backward-pre");
    case Phase::BackwardContext: return QStringLiteral("backward-context");
    }
    return {};
}

std::optional<Phase> TimeStepWalker::phaseFromName(const QString &name)
{
    for (Phase p : {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum, Phase::Gates, Phase::CellState,
                    Phase::Activation, Phase::Output, Phase::Softmax, Phase::Prediction, Phase::Loss, Phase::Context,
                    Phase::BackwardHidden, Phase::BackwardCell, Phase::BackwardPre, Phase::BackwardContext}) {
        if (TimeStepWalker::name(p) == name)
            return p;
    }
    if (name == u"backward-hidden")
        return Phase::BackwardHidden;
    if (name == u"candidate")
        return Phase::CellState;
    return std::nullopt;
}

QString TimeStepWalker::description(Phase phase, CellKind cell, bool outputLayer, OutputHead head)
{
    const bool relu = cell == CellKind::RnnRelu;
    const bool lstm = cell == CellKind::Lstm;
    const bool gru = cell == CellKind::Gru;
    const bool value = head == OutputHead::Value;
    switch (phase) {
    case Phase::Input:
        if (value)
            return tr("x_t enters: the series' values at step t, one per feature (or h_t of the layer "
                      "below)");
        return tr("x_t enters: the one-hot vector of the character (or h_t of the layer below)");
    case Phase::InputPart:
        if (lstm)
            return tr("W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o");
        if (gru)
            return tr("W_ih x_t + b_ih: what the input contributes to each gate r, z, n");
        return value ? tr("W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one "
                          "feature of x_t)")
                     : tr("W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)");
    case Phase::HiddenPart:
        if (lstm || gru)
            return tr("W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate");
        return tr("W_hh h_{t−1} + b_hh: what the memory of the previous step contributes");
    case Phase::Sum:
        if (lstm)
            return tr("their sum: each gate's pre-activation");
        if (gru)
            return tr("the sums for the reset gate r and the update gate z");
        return tr("their sum: the pre-activation a_t");
    case Phase::Gates:
        if (gru)
            return tr("σ squashes into (0, 1): the reset gate r and the update gate z");
        return tr("σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)");
    case Phase::CellState:
        if (gru)
            return tr("the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))");
        return tr("the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new");
    case Phase::Activation:
        if (lstm)
            return tr("h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out");
        if (gru)
            return tr("h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep");
        return relu ? tr("ReLU keeps the positive part: h_t") : tr("tanh squashes it into (−1, 1): h_t");
    case Phase::Output:
        if (value)
            return outputLayer ? tr("y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per "
                                    "feature")
                               : tr("y_t = h_t: without an output layer the hidden state is the predicted "
                                    "next value x_{t+1}");
        return outputLayer ? tr("W_hy h_t + b_y: the output scores (logits) y_t")
                           : tr("y_t = h_t: without an output layer the hidden state is the output");
    case Phase::Softmax: return tr("softmax turns the scores into probabilities");
    case Phase::Prediction: return tr("the most probable output (character, or class) is the prediction");
    case Phase::Loss:
        if (value)
            return tr("the squared error of this step: (y_t − x_{t+1})² per feature, and its share of "
                      "the mean (MSE)");
        return tr(
            "the loss at this step: −log of the probability of the target (the true next character, or the label)");
    case Phase::BackwardHidden:
        if (value)
            return gru ? tr("dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh "
                            "and through z_{t+1} ⊙ h_t")
                       : tr("dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh");
        if (gru)
            return tr("dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t");
        return tr("dL/dh_t: the gradient arriving from the output and from t+1 through W_hh");
    case Phase::Context:
        return lstm ? tr("the decoder starts from the encoder's final state: h_0 and c_0 of the decoder = "
                         "h_n and c_n of the encoder, layer by layer")
                    : tr("the decoder starts from the encoder's final state: h_0 of the decoder = h_n of the "
                         "encoder, layer by layer");
    case Phase::BackwardContext:
        return lstm ? tr("across the context: the decoder's dL/dh_0 and dL/dc_0 are what reaches the "
                         "encoder's h_n and c_n")
                    : tr("across the context: the decoder's dL/dh_0 is what reaches the encoder's h_n");
    case Phase::BackwardCell:
        return tr("dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state");
    case Phase::BackwardPre:
        if (lstm || gru)
            return tr("dL/da_t, the gates' pre-activations: what reaches W_ih, W_hh and the biases");
        return relu ? tr("dL/da_t = dL/dh_t where h_t > 0: what reaches W_xh, W_hh and the biases")
                    : tr("dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases");
    }
    return {};
}

} // namespace rnnlab
