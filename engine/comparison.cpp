// SPDX-License-Identifier: MIT
#include "engine/comparison.h"

#include "engine/dataset.h"
#include "engine/presetoutcome.h"
#include "engine/unicode.h"

namespace rnnlab {

namespace {

//! A text as a message quotes it: in quotes, cut after 40 characters.
std::string quoted(const std::u32string &text)
{
    constexpr std::size_t shown = 40;
    if (text.size() <= shown)
        return "\"" + toUtf8(text) + "\"";
    return "\"" + toUtf8(text.substr(0, shown)) + "…\" (" + std::to_string(text.size()) + " characters)";
}

std::string textsText(const std::vector<std::u32string> &texts)
{
    std::string out;
    for (std::size_t i = 0; i < texts.size(); ++i)
        out += (i ? ", " : "") + quoted(texts[i]);
    return texts.size() == 1 ? out : "[" + out + "]";
}

std::string clipText(const std::optional<double> &clip)
{
    return clip ? numberText(*clip) : "none";
}

std::int64_t startingStep(const Session &session)
{
    return session.optimizerState ? session.optimizerState->stepsTaken : 0;
}

std::string layersText(int layers)
{
    return std::to_string(layers) + (layers == 1 ? " layer" : " layers");
}

std::string outputText(bool outputLayer)
{
    return outputLayer ? "output layer" : "no output layer";
}

//! What the cells preset's \a sessions do in their step count, in words (presetoutcome.h):
//! measured by training them the first time it is asked for.
std::string cellsPresetOutcome(const std::vector<Session> &sessions)
{
    // Training three models 300 steps takes a moment: once per process, for the menus and the CLI.
    static const std::string text = [&sessions] {
        const std::int64_t steps = sessions.front().training.steps;
        std::vector<ModelOutcome> outcomes;
        for (const Session &session : sessions)
            outcomes.push_back(measureModel(session, steps, cellsPresetShownStep));
        return outcomeText(sessions, outcomes, steps, cellsPresetShownStep);
    }();
    return text;
}

} // namespace

std::string modelLetter(int index)
{
    std::string letter;
    do {
        letter.insert(letter.begin(), static_cast<char>('A' + index % 26));
        index = index / 26 - 1;
    } while (index >= 0);
    return letter;
}

std::vector<Problem> validateComparison(const std::vector<Session> &sessions,
                                        const std::vector<std::string> &givenNames)
{
    std::vector<Problem> problems;
    const int count = static_cast<int>(sessions.size());
    if (count < limits::minComparedModels || count > limits::maxComparedModels) {
        problems.push_back(Problem::of("",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "compare mode trains %1 or %2 models side by side, not %3 "
                                                         "(more do not fit on a screen): give two or three sessions"),
                                       {std::to_string(limits::minComparedModels),
                                        std::to_string(limits::maxComparedModels), std::to_string(count)}));
        return problems;
    }
    std::vector<std::string> names = givenNames;
    for (int i = static_cast<int>(names.size()); i < count; ++i)
        names.push_back(modelLetter(i));

    // One problem per field: what every session has, so the user sees which one is the odd one
    // (%1 in the pattern).
    const auto check = [&](const std::string &field, const char *pattern, auto value) {
        bool same = true;
        for (int i = 1; i < count; ++i)
            same = same && value(sessions[static_cast<std::size_t>(i)]) == value(sessions[0]);
        if (same)
            return;
        std::string list;
        for (int i = 0; i < count; ++i)
            list += (i ? ", " : "") + names[static_cast<std::size_t>(i)] + " "
                + value(sessions[static_cast<std::size_t>(i)]);
        problems.push_back(Problem::of(field, pattern, {list}));
    };
    check("data.task",
          QT_TRANSLATE_NOOP("Problem",
                            "differs between the compared sessions (%1): compared models train on the same data, so "
                            "that only the models differ and learn the same thing; give every session the same "
                            "\"task\""),
          [](const Session &s) { return toString(s.data.task); });
    check("data.texts",
          QT_TRANSLATE_NOOP("Problem",
                            "differs between the compared sessions (%1): compared models train on the same data, so "
                            "that only the models differ; give every session the same \"texts\""),
          [](const Session &s) { return textsText(s.data.texts); });
    if (problems.empty() && sessions[0].data.task == TaskKind::Forecast) {
        // Compare mode's table and views read predicted strings and accuracy; a time series has neither.
        problems.push_back(Problem::of("task",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "\"forecast\" (a time series) cannot be compared yet: compare "
                                                         "mode compares models of texts; train each time-series "
                                                         "session with rnnlab-cli train")));
        return problems;
    }
    if (problems.empty() && sessions[0].data.task == TaskKind::Translate) {
        // An encoder–decoder is trained by Translator, not the Trainer compare mode runs.
        problems.push_back(Problem::of("task",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "\"translate\" (an encoder–decoder) cannot be compared yet: "
                                                         "train each translation session with rnnlab-cli train")));
        return problems;
    }
    if (problems.empty() && sessions[0].data.task == TaskKind::Classify) {
        // Classifiers: the same texts must also carry the same labels, in the same class order.
        check("data.labels",
              QT_TRANSLATE_NOOP("Problem",
                                "differs between the compared sessions (%1): compared models train on the same data, "
                                "so that only the models differ (the same class for each text); give every session "
                                "the same \"labels\""),
              [](const Session &s) { return textsText(s.data.labels); });
        check("data.classes",
              QT_TRANSLATE_NOOP("Problem",
                                "differs between the compared sessions (%1): compared models train on the same data, "
                                "so that only the models differ (the output units in the same order); give every "
                                "session the same \"classes\", or none"),
              [](const Session &s) { return s.data.classes ? textsText(*s.data.classes) : std::string("none"); });
    }
    if (problems.empty()) {
        // Same texts but an explicit vocabulary in one of them: another one-hot order.
        check("data.vocabulary",
              QT_TRANSLATE_NOOP("Problem",
                                "differs between the compared sessions (%1): compared models train on the same data, "
                                "so that only the models differ (one-hot inputs in the same order); give every "
                                "session the same \"vocabulary\", or none"),
              [](const Session &s) { return quoted(Dataset::vocabularyOf(s.data).characters()); });
    }
    check("training.optimizer",
          QT_TRANSLATE_NOOP("Problem",
                            "differs between the compared sessions (%1): compared models train with the same "
                            "optimizer settings, so that only the models differ; give every session the same "
                            "\"optimizer\""),
          [](const Session &s) { return toString(s.training.optimizer); });
    check("training.learning_rate",
          QT_TRANSLATE_NOOP("Problem",
                            "differs between the compared sessions (%1): compared models train with the same "
                            "optimizer settings, so that only the models differ; give every session the same "
                            "\"learning_rate\""),
          [](const Session &s) { return numberText(s.training.learningRate); });
    bool allSgd = true;
    for (const Session &s : sessions)
        allSgd = allSgd && s.training.optimizer == OptimizerKind::Sgd;
    if (allSgd) // Adam ignores momentum: a difference there changes nothing
        check("training.momentum",
              QT_TRANSLATE_NOOP("Problem",
                                "differs between the compared sessions (%1): compared models train with the same "
                                "optimizer settings, so that only the models differ; give every session the same "
                                "\"momentum\""),
              [](const Session &s) { return numberText(s.training.momentum); });
    check("training.clip_grad_norm",
          QT_TRANSLATE_NOOP("Problem",
                            "differs between the compared sessions (%1): compared models train with the same "
                            "optimizer settings, so that only the models differ; give every session the same "
                            "\"clip_grad_norm\" (or null in each)"),
          [](const Session &s) { return clipText(s.training.clipGradNorm); });
    check("optimizer_state.steps_taken",
          QT_TRANSLATE_NOOP("Problem",
                            "differs between the compared sessions (%1): lock step shows step N of every model side "
                            "by side; give every session the same starting step (leave \"optimizer_state\" out to "
                            "start from step 0)"),
          [](const Session &s) { return std::to_string(startingStep(s)); });
    return problems;
}

std::vector<Problem> validateForComparison(const std::vector<Session> &sessions, const std::vector<std::string> &names)
{
    std::vector<Problem> problems;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        for (Problem problem : validate(sessions[i])) {
            problem.field = modelLetter(int(i)) + ": " + problem.field;
            problems.push_back(std::move(problem));
        }
    }
    if (problems.empty())
        problems = validateComparison(sessions, names);
    return problems;
}

std::string describeModel(const Session &session)
{
    const ModelConfig &m = session.model;
    std::string text = toString(m.cell) + ", " + layersText(m.numLayers) + ", H " + std::to_string(m.hiddenSize) + ", "
        + outputText(m.outputLayer) + ", seed " + std::to_string(session.training.seed);
    if (session.weights)
        text += ", own weights";
    return text;
}

std::vector<std::string> distinguishingLabels(const std::vector<Session> &sessions)
{
    using Describe = std::string (*)(const Session &);
    const Describe parts[] = {
        [](const Session &s) { return toString(s.model.cell); },
        [](const Session &s) { return layersText(s.model.numLayers); },
        [](const Session &s) { return "H " + std::to_string(s.model.hiddenSize); },
        [](const Session &s) { return outputText(s.model.outputLayer); },
        [](const Session &s) { return "seed " + std::to_string(s.training.seed); },
        [](const Session &s) { return std::string(s.weights ? "own weights" : "seeded weights"); },
    };
    std::vector<std::string> labels(sessions.size());
    for (Describe part : parts) {
        bool differs = false;
        for (const Session &s : sessions)
            differs = differs || part(s) != part(sessions.front());
        if (!differs)
            continue;
        for (std::size_t i = 0; i < sessions.size(); ++i)
            labels[i] += (labels[i].empty() ? "" : ", ") + part(sessions[i]);
    }
    return labels;
}

std::vector<ComparePreset> comparePresets(bool described)
{
    std::vector<ComparePreset> presets;

    // The lecture's hello example (H = V = 4, no output layer, Adam lr 0.1, seed 0) with one layer
    // and with two: the question a class asks right after it.
    ComparePreset layers;
    layers.id = "layers";
    layers.title = "1 layer vs 2 layers on hello";
    layers.description = "The lecture's hello example with one layer and with two stacked layers: the same seed, "
                         "the same Adam — does depth help on four characters?";
    Session one = lectureExample();
    one.training.steps = 30;
    Session two = one;
    two.model.numLayers = 2;
    layers.sessions = {one, two};
    presets.push_back(std::move(layers));

    // A text that only a network with memory can predict: after 19 a's comes a b, so the b is
    // predictable only by counting the a's — 19 time steps back. What the three cells do with it
    // is measured, not typed: cellsPresetOutcome() trains them here (once per process) and the
    // description says what happened (tests/engine/tst_presetoutcome.cpp checks the words against
    // the numbers). Learning rate 0.01: at 0.02 the gated cells learn faster but their loss jumps
    // back up at times.
    ComparePreset cells;
    cells.id = "cells";
    cells.title = "RNN vs LSTM vs GRU on a long text";
    Session rnn = lectureExample();
    rnn.data.texts = {U"aaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaab"};
    rnn.model = ModelConfig{CellKind::RnnTanh, 16, 1, true};
    rnn.training.learningRate = 0.01;
    rnn.training.steps = 300;
    Session lstm = rnn;
    lstm.model.cell = CellKind::Lstm;
    Session gru = rnn;
    gru.model.cell = CellKind::Gru;
    cells.sessions = {rnn, lstm, gru};
    cells.description = "After 19 a's comes a b: only a network that counts — that remembers — can predict the b.";
    if (described)
        cells.description += " " + cellsPresetOutcome(cells.sessions);
    presets.push_back(std::move(cells));
    return presets;
}

std::optional<ComparePreset> comparePreset(const std::string &id)
{
    for (ComparePreset &preset : comparePresets()) {
        if (preset.id == id)
            return std::move(preset);
    }
    return std::nullopt;
}

} // namespace rnnlab
