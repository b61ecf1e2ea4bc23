// SPDX-License-Identifier: MIT
#include "engine/presetoutcome.h"

#include "engine/comparison.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! How the lecture names a cell: "RNN", "LSTM", "GRU".
std::string cellName(CellKind cell)
{
    switch (cell) {
    case CellKind::RnnTanh: return "RNN";
    case CellKind::RnnRelu: return "ReLU RNN";
    case CellKind::Lstm: return "LSTM";
    case CellKind::Gru: return "GRU";
    }
    return toString(cell);
}

//! The models' names in a sentence: the cells when they differ ("the LSTM"), otherwise what sets
//! them apart ("the 2 layers model").
std::vector<std::string> modelNames(const std::vector<Session> &sessions)
{
    bool cellsDiffer = false;
    for (const Session &s : sessions)
        cellsDiffer = cellsDiffer || s.model.cell != sessions.front().model.cell;
    std::vector<std::string> names;
    const std::vector<std::string> labels = distinguishingLabels(sessions);
    for (std::size_t i = 0; i < sessions.size(); ++i)
        names.push_back(cellsDiffer ? "the " + cellName(sessions[i].model.cell)
                                    : "model " + modelLetter(int(i)) + " (" + labels[i] + ")");
    return names;
}

std::string listText(const std::vector<std::string> &items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

//! "only ‘a’" when every prediction is the same character.
std::string onlyCharacter(const std::u32string &predicted)
{
    if (predicted.empty())
        return {};
    for (char32_t c : predicted) {
        if (c != predicted.front())
            return {};
    }
    return "says only ‘" + toUtf8(std::u32string(1, predicted.front())) + "’";
}

} // namespace

ModelOutcome measureModel(const Session &session, std::int64_t steps, std::int64_t shown)
{
    ModelOutcome outcome;
    Trainer trainer(session);
    for (std::int64_t s = 0; s < steps; ++s) {
        const StepOutcome step = trainer.step();
        if (!step.accepted)
            break;
        const bool allRight = step.correct == step.targets;
        if (allRight) {
            ++outcome.allRightSteps;
            if (outcome.firstAllRight < 0)
                outcome.firstAllRight = step.step;
        } else {
            outcome.lastWrong = step.step;
        }
        if (step.step == shown) {
            outcome.correctAtShown = step.correct;
            outcome.targetsAtShown = step.targets;
            outcome.lossAtShown = step.loss;
            outcome.predictedAtShown = trainer.predictions().front(); // this step's forward pass
        }
    }
    return outcome;
}

double lastStepShareAtStart(Trainer &trainer)
{
    trainer.evaluate(true);
    trainer.evaluateLastStepGradients();
    const auto &layer = trainer.trace().sequences.front().layers.back();
    const Eigen::Index n = layer.dHiddenLastLoss.cols();
    const double last = layer.dHiddenLastLoss.col(n - 1).cast<double>().norm();
    if (!(last > 0.0) || !std::isfinite(last))
        return 0.0;
    return layer.dHiddenLastLoss.col(0).cast<double>().norm() / last;
}

double lastStepShareAtStart(const Session &session, std::int64_t steps)
{
    Trainer trainer(session);
    for (std::int64_t s = 0; s < steps; ++s) {
        if (!trainer.step().accepted)
            break;
    }
    return lastStepShareAtStart(trainer);
}

std::string outcomeText(const std::vector<Session> &sessions, const std::vector<ModelOutcome> &outcomes,
                        std::int64_t steps, std::int64_t shown)
{
    const std::vector<std::string> names = modelNames(sessions);
    // Who learns it, in the order they do; who never does.
    std::vector<std::size_t> order;
    std::vector<std::string> never;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].firstAllRight > 0)
            order.push_back(i);
        else
            never.push_back(names[i]);
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return outcomes[a].firstAllRight < outcomes[b].firstAllRight; });
    std::string text = "With seed " + std::to_string(sessions.front().training.seed) + ": ";
    std::vector<std::string> learners;
    for (std::size_t k = 0; k < order.size(); ++k)
        learners.push_back(names[order[k]] + (k == 0 ? " first predicts every character right at step " : " at step ")
                           + std::to_string(outcomes[order[k]].firstAllRight));
    text += listText(learners);
    if (!never.empty())
        text += std::string(learners.empty() ? "" : "; ") + listText(never)
            + (learners.empty()
                   ? (never.size() == 1 ? " never predicts" : " never predict") + std::string(" every character right")
                   : never.size() == 1 ? std::string(" never does")
                                       : std::string(" never do"))
            + " in " + std::to_string(steps) + " steps";
    text += ". At step " + std::to_string(shown) + " ";
    std::vector<std::string> atShown;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const ModelOutcome &o = outcomes[i];
        std::string what = names[i] + " ";
        if (o.correctAtShown == o.targetsAtShown)
            what += "predicts every character right";
        else {
            const std::string only = onlyCharacter(o.predictedAtShown);
            what += (only.empty() ? "gets " : only + ", ") + std::to_string(o.correctAtShown) + " of "
                + std::to_string(o.targetsAtShown) + " right";
        }
        atShown.push_back(what);
    }
    text += listText(atShown) + ".";
    // Getting it right once is not keeping it: say so when the shown step proves it.
    std::vector<std::string> lost;
    for (std::size_t i : order) {
        if (outcomes[i].firstAllRight <= shown && outcomes[i].correctAtShown < outcomes[i].targetsAtShown)
            lost.push_back(names[i]);
    }
    if (!lost.empty())
        text += " Right once is not right for good: " + listText(lost) + " lost it again.";
    return text;
}

} // namespace rnnlab
