// SPDX-License-Identifier: MIT
#include "timestepwalker.h"

#include <algorithm>

namespace rnnlab {

TimeStepWalker::TimeStepWalker(int timeSteps, int layers)
    : m_timeSteps(std::max(1, timeSteps))
    , m_layers(std::max(1, layers))
{
    for (int t = 0; t < m_timeSteps; ++t) {
        for (int l = 0; l < m_layers; ++l) {
            for (Phase p : {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum, Phase::Activation})
                m_forward.push_back({t, l, p});
        }
        for (Phase p : {Phase::Output, Phase::Softmax, Phase::Prediction, Phase::Loss})
            m_forward.push_back({t, m_layers - 1, p});
    }
    for (int t = m_timeSteps - 1; t >= 0; --t) {
        for (int l = m_layers - 1; l >= 0; --l) {
            m_backward.push_back({t, l, Phase::BackwardHidden});
            m_backward.push_back({t, l, Phase::BackwardPre});
        }
    }
}

std::vector<StepCursor> TimeStepWalker::forwardSequence() const
{
    return m_forward;
}

std::vector<StepCursor> TimeStepWalker::backwardSequence() const
{
    return m_backward;
}

int TimeStepWalker::indexIn(const std::vector<StepCursor> &sequence, const StepCursor &cursor) const
{
    const auto it = std::find(sequence.begin(), sequence.end(), cursor);
    return it == sequence.end() ? -1 : int(it - sequence.begin());
}

std::optional<StepCursor> TimeStepWalker::nextPhase(const StepCursor &cursor) const
{
    const auto &sequence = cursor.isBackward() ? m_backward : m_forward;
    const int i = indexIn(sequence, cursor);
    if (i < 0 || i + 1 >= int(sequence.size()))
        return std::nullopt;
    return sequence[static_cast<std::size_t>(i + 1)];
}

std::optional<StepCursor> TimeStepWalker::previousPhase(const StepCursor &cursor) const
{
    const auto &sequence = cursor.isBackward() ? m_backward : m_forward;
    const int i = indexIn(sequence, cursor);
    if (i <= 0)
        return std::nullopt;
    return sequence[static_cast<std::size_t>(i - 1)];
}

std::optional<StepCursor> TimeStepWalker::nextTimeStep(const std::optional<StepCursor> &cursor, bool backward) const
{
    if (!cursor) {
        // Entering: the end of the first time step in the chosen direction.
        return backward ? StepCursor{m_timeSteps - 1, 0, Phase::BackwardPre} : StepCursor{0, m_layers - 1, Phase::Loss};
    }
    if (cursor->isBackward()) {
        if (cursor->t == 0)
            return std::nullopt;
        return StepCursor{cursor->t - 1, 0, Phase::BackwardPre};
    }
    if (cursor->t + 1 >= m_timeSteps)
        return std::nullopt;
    return StepCursor{cursor->t + 1, m_layers - 1, Phase::Loss};
}

std::optional<StepCursor> TimeStepWalker::previousTimeStep(const StepCursor &cursor) const
{
    if (cursor.isBackward()) {
        if (cursor.t + 1 >= m_timeSteps)
            return std::nullopt;
        return StepCursor{cursor.t + 1, 0, Phase::BackwardPre};
    }
    if (cursor.t == 0)
        return std::nullopt;
    return StepCursor{cursor.t - 1, m_layers - 1, Phase::Loss};
}

std::vector<StepCursor> TimeStepWalker::phasesUntilEndOfStep(const StepCursor &from) const
{
    std::vector<StepCursor> out;
    const auto &sequence = from.isBackward() ? m_backward : m_forward;
    int i = indexIn(sequence, from);
    for (++i; i >= 0 && i < int(sequence.size()) && sequence[static_cast<std::size_t>(i)].t == from.t; ++i)
        out.push_back(sequence[static_cast<std::size_t>(i)]);
    return out;
}

StepCursor TimeStepWalker::backwardStart() const
{
    return m_backward.front();
}

QString TimeStepWalker::name(Phase phase)
{
    switch (phase) {
    case Phase::Input: return QStringLiteral("input");
    case Phase::InputPart: return QStringLiteral("input-part");
    case Phase::HiddenPart: return QStringLiteral("hidden-part");
    case Phase::Sum: return QStringLiteral("sum");
    case Phase::Activation: return QStringLiteral("activation");
    case Phase::Output: return QStringLiteral("output");
    case Phase::Softmax: return QStringLiteral("softmax");
    case Phase::Prediction: return QStringLiteral("prediction");
    case Phase::Loss: return QStringLiteral("loss");
    case Phase::BackwardHidden: return QStringLiteral("backward");
    case Phase::BackwardPre: return QStringLiteral("backward-pre");
    }
    return {};
}

std::optional<Phase> TimeStepWalker::phaseFromName(const QString &name)
{
    for (Phase p : {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum, Phase::Activation, Phase::Output,
                    Phase::Softmax, Phase::Prediction, Phase::Loss, Phase::BackwardHidden, Phase::BackwardPre}) {
        if (TimeStepWalker::name(p) == name)
            return p;
    }
    if (name == u"backward-hidden")
        return Phase::BackwardHidden;
    return std::nullopt;
}

QString TimeStepWalker::description(Phase phase, bool relu, bool outputLayer)
{
    switch (phase) {
    case Phase::Input: return QStringLiteral("x_t enters: the one-hot vector of the character (or h_t of the layer below)");
    case Phase::InputPart: return QStringLiteral("W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)");
    case Phase::HiddenPart: return QStringLiteral("W_hh h_{t−1} + b_hh: what the memory of the previous step contributes");
    case Phase::Sum: return QStringLiteral("their sum: the pre-activation");
    case Phase::Activation:
        return relu ? QStringLiteral("ReLU keeps the positive part: h_t") : QStringLiteral("tanh squashes it into (−1, 1): h_t");
    case Phase::Output:
        return outputLayer ? QStringLiteral("W_hy h_t + b_y: the output scores (logits) y_t")
                           : QStringLiteral("y_t = h_t: without an output layer the hidden state is the output");
    case Phase::Softmax: return QStringLiteral("softmax turns the scores into probabilities");
    case Phase::Prediction: return QStringLiteral("the most probable character is the prediction");
    case Phase::Loss: return QStringLiteral("the loss at this step: −log of the probability of the true next character");
    case Phase::BackwardHidden:
        return QStringLiteral("dL/dh_t: the gradient arriving from the output and from t+1 through W_hh");
    case Phase::BackwardPre:
        return relu ? QStringLiteral("dL/dpre_t = dL/dh_t where h_t > 0: what reaches W_xh, W_hh and the biases")
                    : QStringLiteral("dL/dpre_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases");
    }
    return {};
}

} // namespace rnnlab
