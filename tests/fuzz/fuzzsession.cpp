// SPDX-License-Identifier: MIT
#include "tests/fuzz/fuzzsession.h"

#include "app/session/picklereader.h"
#include "app/session/sessionfile.h"
#include "app/session/statedictimport.h"
#include "app/session/torchstatedict.h"
#include "engine/dataset.h"
#include "engine/generation.h"
#include "engine/trainer.h"
#include "engine/translator.h"
#include "engine/unicode.h"

#include <QByteArray>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <map>

namespace rnnlab::fuzz {

namespace {

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

bool sameBits(const ParameterSet<float> &a, const ParameterSet<float> &b)
{
    const auto count = static_cast<std::size_t>(a.flat().size());
    return count == static_cast<std::size_t>(b.flat().size())
        && std::memcmp(a.flat().data(), b.flat().data(), count * sizeof(float)) == 0;
}

bool isUtf8(const std::string &text)
{
    return fromUtf8(text).has_value();
}

//! Values and shape of two tensors (not their names: a reloaded optimizer state is named after
//! its field, a saved one after its parameter).
std::string valuesDifference(const NamedTensor &a, const NamedTensor &b, const std::string &field)
{
    if (a.shape != b.shape)
        return field + ": the shapes differ";
    if (a.values.size() != b.values.size())
        return field + ": " + std::to_string(a.values.size()) + " vs " + std::to_string(b.values.size()) + " values";
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        if (!sameBits(a.values[i], b.values[i]))
            return field + "[" + std::to_string(i) + "]: " + number(a.values[i]) + " vs " + number(b.values[i]);
    }
    return {};
}

std::string optionalDifference(const std::optional<NamedTensor> &a, const std::optional<NamedTensor> &b,
                               const std::string &field)
{
    if (a.has_value() != b.has_value())
        return field + ": present in one session only";
    return a ? valuesDifference(*a, *b, field) : std::string();
}

std::string optionalDifference(const std::optional<double> &a, const std::optional<double> &b, const std::string &field)
{
    if (a.has_value() != b.has_value())
        return field + ": present in one session only";
    if (a && !sameBits(*a, *b))
        return field + ": " + number(*a) + " vs " + number(*b);
    return {};
}

std::string problemsText(const std::vector<Problem> &problems)
{
    std::string text;
    for (const Problem &problem : problems)
        text += (text.empty() ? "" : " | ") + problem.toString();
    return text;
}

//! Every problem names what is wrong in valid UTF-8 (messages quote the input back).
std::string checkProblems(const std::vector<Problem> &problems, const char *where)
{
    for (const Problem &problem : problems) {
        if (problem.message.empty())
            return std::string(where) + ": a problem without a message (field \"" + problem.field + "\")";
        if (!isUtf8(problem.message) || !isUtf8(problem.field))
            return std::string(where) + ": a problem's text is not valid UTF-8";
    }
    return {};
}

//! toJson(\a session), parsed again: must be valid and equal to \a session.
std::string checkRoundTrip(const Session &session, const char *what, Session *reloaded = nullptr)
{
    const std::string json = SessionFile::toJson(session);
    if (!isUtf8(json))
        return std::string(what) + ": toJson wrote invalid UTF-8";
    SessionParseResult again = SessionFile::parse(QByteArray(json.data(), static_cast<qsizetype>(json.size())));
    if (!again.session)
        return std::string(what) + ": the written session does not load again: " + problemsText(again.problems);
    if (std::string difference = sessionDifference(session, *again.session); !difference.empty())
        return std::string(what) + ": the written session loads differently: " + difference;
    if (reloaded)
        *reloaded = std::move(*again.session);
    return {};
}

std::string checkOutcome(const Trainer &trainer, const StepOutcome &outcome, const ParameterSet<float> &before,
                         std::int64_t stepsBefore)
{
    const std::string step = "step " + std::to_string(outcome.step);
    if (outcome.step != stepsBefore + 1)
        return step + ": numbered " + std::to_string(outcome.step) + " after " + std::to_string(stepsBefore) + " steps";
    if (outcome.accepted) {
        if (!std::isfinite(outcome.loss))
            return step + ": accepted with the loss " + number(outcome.loss);
        if (!trainer.parameters().allFinite())
            return step + ": accepted with a non-finite weight";
        if (trainer.stepsTaken() != stepsBefore + 1)
            return step + ": accepted but stepsTaken() is " + std::to_string(trainer.stepsTaken());
        if (outcome.targets != trainer.dataset().targetCount() || outcome.correct < 0
            || outcome.correct > outcome.targets)
            return step + ": " + std::to_string(outcome.correct) + " correct of " + std::to_string(outcome.targets)
                + " targets, but there are " + std::to_string(trainer.dataset().targetCount());
    } else {
        if (outcome.problem.empty() || !isUtf8(outcome.problem))
            return step + ": refused without a (valid UTF-8) message";
        if (trainer.stepsTaken() != stepsBefore)
            return step + ": refused but stepsTaken() moved";
        if (!sameBits(trainer.parameters(), before))
            return step + ": refused but the weights changed";
    }
    return {};
}

std::string checkPredictions(const Trainer &trainer)
{
    const std::vector<std::u32string> predictions = trainer.predictions();
    if (trainer.dataset().task == TaskKind::Forecast) {
        // A time series: one line of predicted values per series, and a finite metric.
        if (predictions.size() != trainer.session().data.series.size())
            return "predictions: " + std::to_string(predictions.size()) + " for "
                + std::to_string(trainer.session().data.series.size()) + " series";
        if (!(trainer.task().metric(trainer.trace()) >= 0.0))
            return "the mean absolute error is not a number ≥ 0";
        return {};
    }
    const auto &texts = trainer.session().data.texts;
    if (predictions.size() != texts.size())
        return "predictions: " + std::to_string(predictions.size()) + " for " + std::to_string(texts.size()) + " texts";
    if (trainer.dataset().task == TaskKind::Classify) {
        // Many-to-one: one class name per text, one of the session's classes.
        const auto &classes = trainer.dataset().classes;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (std::find(classes.begin(), classes.end(), predictions[i]) == classes.end())
                return "predictions[" + std::to_string(i) + "]: not one of the classes";
        }
        return {};
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (predictions[i].size() + 1 != texts[i].size())
            return "predictions[" + std::to_string(i) + "]: the wrong length";
        for (char32_t c : predictions[i]) {
            if (!trainer.dataset().vocabulary.contains(c))
                return "predictions[" + std::to_string(i) + "]: a character outside the vocabulary";
        }
    }
    return {};
}

std::string checkGeneration(const Trainer &trainer, std::optional<double> temperature)
{
    GenerationOptions options;
    const std::u32string &first = trainer.session().data.texts.front();
    options.prime = first.substr(0, std::min<std::size_t>(first.size(), 16));
    options.length = generatedLength;
    options.temperature = temperature;
    options.seed = trainer.stepsTaken();
    const Vocabulary &vocabulary = trainer.dataset().vocabulary;
    if (const auto problems = validate(options, vocabulary); !problems.empty())
        return "generate: a prime from the texts is refused: " + problemsText(problems);
    const std::u32string text = generate(trainer.parameters(), vocabulary, options);
    if (text.size() != static_cast<std::size_t>(generatedLength))
        return "generate: " + std::to_string(text.size()) + " characters instead of " + std::to_string(generatedLength);
    if (!std::all_of(text.begin(), text.end(), [&](char32_t c) { return vocabulary.contains(c); }))
        return "generate: a character outside the vocabulary";
    return {};
}

//! A translation (issue 16: Translator, not Trainer): trained a few steps (an accepted step has a
//! finite loss and weights, a refused one leaves them), every greedy translation within the
//! target tokens and its length, then saved, reloaded and checked to go on exactly as the
//! original does.
std::string checkTranslation(const Session &session)
{
    Translator translator(session);
    for (int i = 0; i < trainedSteps; ++i) {
        const ParameterSet<float> before = translator.parameters();
        const std::int64_t stepsBefore = translator.stepsTaken();
        const StepOutcome outcome = translator.step();
        const std::string step = "translate: step " + std::to_string(outcome.step);
        if (outcome.accepted
            && (!std::isfinite(outcome.loss) || !translator.parameters().allFinite()
                || translator.stepsTaken() != stepsBefore + 1))
            return step + ": accepted with a non-finite loss or weight, or not counted";
        if (!outcome.accepted
            && (outcome.problem.empty() || !isUtf8(outcome.problem) || translator.stepsTaken() != stepsBefore
                || !sameBits(translator.parameters(), before)))
            return step + ": refused without a message, or with the weights or the step count moved";
    }
    const TranslateTask &task = translator.task();
    for (const std::vector<int> &tokens : translator.translations()) {
        if (tokens.empty() || static_cast<int>(tokens.size()) > task.maxTranslationLength())
            return "translate: a greedy translation of " + std::to_string(tokens.size()) + " tokens (at most "
                + std::to_string(task.maxTranslationLength()) + ")";
        if (!std::all_of(tokens.begin(), tokens.end(), [&](int t) { return t >= 0 && t < task.outputSize(); }))
            return "translate: a token outside the target tokens";
    }
    Session reloaded;
    if (std::string failure = checkRoundTrip(translator.currentSession(), "the trained translation", &reloaded);
        !failure.empty())
        return failure;
    Translator resumed(reloaded);
    if (resumed.stepsTaken() != translator.stepsTaken() || !sameBits(resumed.parameters(), translator.parameters()))
        return "reloaded translation: not at the same step with the same weights";
    const StepOutcome original = translator.step();
    const StepOutcome again = resumed.step();
    if (original.accepted != again.accepted || !sameBits(original.loss, again.loss)
        || !sameBits(translator.parameters(), resumed.parameters()))
        return "reloaded translation: its next step differs from the original's";
    return {};
}

//! Trains \a session a few steps, generates, saves the run, reloads it, and checks that the
//! reloaded run goes on exactly as the original does.
std::string checkTraining(const Session &session)
{
    if (session.data.task == TaskKind::Translate)
        return checkTranslation(session);
    Trainer trainer(session);
    for (int i = 0; i < trainedSteps; ++i) {
        const ParameterSet<float> before = trainer.parameters();
        const std::int64_t stepsBefore = trainer.stepsTaken();
        const StepOutcome outcome = trainer.step();
        if (std::string failure = checkOutcome(trainer, outcome, before, stepsBefore); !failure.empty())
            return failure;
    }
    if (std::string failure = checkPredictions(trainer); !failure.empty())
        return failure;
    trainer.evaluate(true);
    trainer.evaluateLastStepGradients();
    // A classifier does not continue a prime (its outputs are classes, not characters: rnnlab-cli
    // generate and the Generate tab refuse it), so only next-character sessions generate.
    for (const std::optional<double> temperature : {std::optional<double>(), std::optional<double>(0.7)}) {
        if (session.data.task != TaskKind::NextCharacter)
            break; // a forecast's free-running forecast is checked below
        if (std::string failure = checkGeneration(trainer, temperature); !failure.empty())
            return failure;
    }
    if (session.data.task == TaskKind::Forecast) {
        // The free-running forecast past the first series (rnnlab-cli generate): D × length.
        const Sequence &first = trainer.dataset().sequences.front();
        if (forecast(trainer.parameters(), first.inputValues, 5).cols() != 5)
            return "forecast: not 5 points";
    }

    // Rewinding: a checkpoint restored goes on exactly as it did the first time.
    const TrainerState checkpoint = trainer.state();
    const StepOutcome first = trainer.step();
    const ParameterSet<float> afterFirst = trainer.parameters();
    trainer.restore(checkpoint);
    const StepOutcome second = trainer.step();
    if (first.accepted != second.accepted || !sameBits(first.loss, second.loss)
        || !sameBits(afterFirst, trainer.parameters()))
        return "restore: the step after a restored checkpoint differs from the first time";
    trainer.restore(checkpoint);

    // Saving and reloading: the reloaded run has the same weights and takes the same next step.
    Session reloaded;
    if (std::string failure = checkRoundTrip(trainer.currentSession(), "the trained run", &reloaded); !failure.empty())
        return failure;
    Trainer resumed(reloaded);
    if (resumed.stepsTaken() != trainer.stepsTaken() || !sameBits(resumed.parameters(), trainer.parameters()))
        return "reloaded run: not at the same step with the same weights";
    const StepOutcome original = trainer.step();
    const StepOutcome again = resumed.step();
    if (original.accepted != again.accepted || !sameBits(original.loss, again.loss)
        || !sameBits(trainer.parameters(), resumed.parameters()))
        return "reloaded run: its next step differs from the original's (loss " + number(original.loss) + " vs "
            + number(again.loss) + ")";
    return {};
}

//! A .pt file (torch.save's zip): imported as rnnlab-cli import-pytorch would, with texts whose
//! nine characters fit tests/data/pytorch/statedict's models, and again as a tanh RNN when only the
//! cell was missing; a session it gives goes the whole way a loaded one does.
std::string checkTorchSave(const QByteArray &bytes)
{
    StateDictImportOptions options{{U"hello world", U"lower the dew"}, std::nullopt, std::nullopt};
    PytorchImportResult imported = StateDictImport::parse(bytes, options);
    if (!imported.session && imported.problems.size() == 1 && imported.problems.front().field == "cell") {
        options.cell = CellKind::RnnTanh;
        imported = StateDictImport::parse(bytes, options);
    }
    if (imported.session.has_value() == !imported.problems.empty())
        return "import-pytorch: a session and problems both, or neither";
    if (!imported.session)
        return checkProblems(imported.problems, "import-pytorch");
    const Session &session = *imported.session;
    if (const auto problems = validate(session); !problems.empty())
        return "import-pytorch accepted a session that validate() refuses: " + problemsText(problems);
    if (std::string failure = checkRoundTrip(session, "the imported session"); !failure.empty())
        return failure;
    return isTrainedInFuzzing(session) ? checkTraining(session) : std::string();
}

//! A pickle (protocol 2 and up starts with PROTO, 0x80) straight into the restricted unpickler: inside
//! a .pt the zip's CRC-32 stops nearly every mutation before the pickle, so the pickle is fuzzed alone.
std::string checkPickle(const QByteArray &bytes)
{
    PickleReader::Failure failure;
    const std::optional<PickleDocument> document = PickleReader::read(bytes, &failure);
    if (document.has_value() == !failure.message.empty())
        return "pickle: a document and a failure both, or neither";
    if (!document)
        return isUtf8(failure.message) ? std::string() : "pickle: the failure's message is not valid UTF-8";
    if (document->root < 0 || static_cast<std::size_t>(document->root) >= document->values.size())
        return "pickle: the root is not one of the values";
    return {};
}

std::string checkOneUnguarded(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (TorchStateDictReader::looksLikeTorchSave(bytes))
        return checkTorchSave(bytes);
    if (bytes.startsWith('\x80')) {
        if (std::string failure = checkPickle(bytes); !failure.empty())
            return failure;
    }
    const SessionParseResult parsed = SessionFile::parse(bytes);
    if (parsed.session.has_value() == !parsed.problems.empty())
        return "parse: a session and problems both, or neither";
    if (!parsed.session)
        return checkProblems(parsed.problems, "parse");

    const Session &session = *parsed.session;
    if (const auto problems = validate(session); !problems.empty())
        return "parse accepted a session that validate() refuses: " + problemsText(problems);
    if (std::string failure = checkRoundTrip(session, "the loaded session"); !failure.empty())
        return failure;
    if (!isTrainedInFuzzing(session))
        return {}; // valid but large: see maxTrainedBytes
    return checkTraining(session);
}

} // namespace

bool isTrainedInFuzzing(const Session &session)
{
    if (session.data.task == TaskKind::Forecast || session.data.task == TaskKind::Translate) {
        // A time series or a translation: the task counts its steps (training and test series; the
        // encoder's and the decoder's) and sizes its model.
        const auto task = Task::create(session.data);
        const int width = std::max(task->inputSize(), task->outputSize());
        if (estimateTrainingBytes(session.model, width, task->timeSteps()) > maxTrainedBytes)
            return false;
        return task->timeSteps() * static_cast<std::int64_t>(task->layout(session.model)->totalSize())
            <= maxTrainedWork;
    }
    const int V = Dataset::vocabularyOf(session.data).size();
    const bool classify = session.data.task == TaskKind::Classify;
    const int O = classify ? static_cast<int>(Dataset::classesOf(session.data).size()) : V;
    if (estimateTrainingBytes(session.model, std::max(V, O), session.data.texts, session.data.task) > maxTrainedBytes)
        return false;
    // A classifier reads every character (n time steps), a next-character text n − 1 of them.
    std::int64_t timeSteps = 0;
    for (const auto &text : session.data.texts)
        timeSteps += static_cast<std::int64_t>(text.size()) - (classify ? 0 : 1);
    const ParameterLayout layout(session.model, V, O);
    return timeSteps * static_cast<std::int64_t>(layout.totalSize()) <= maxTrainedWork;
}

std::string sessionDifference(const Session &a, const Session &b)
{
    if (!(a.model == b.model))
        return "model";
    if (!(a.data == b.data))
        return "data";
    const TrainingConfig &s = a.training;
    const TrainingConfig &t = b.training;
    if (s.optimizer != t.optimizer || s.seed != t.seed || s.steps != t.steps)
        return "training";
    if (!sameBits(s.learningRate, t.learningRate) || !sameBits(s.momentum, t.momentum))
        return "training: learning_rate or momentum " + number(s.learningRate) + "/" + number(s.momentum) + " vs "
            + number(t.learningRate) + "/" + number(t.momentum);
    if (std::string d = optionalDifference(s.clipGradNorm, t.clipGradNorm, "training.clip_grad_norm"); !d.empty())
        return d;
    if (a.weights.has_value() != b.weights.has_value())
        return "weights: present in one session only";
    if (a.weights) {
        // By name: a JSON object's keys come back in another order.
        std::map<std::string, const NamedTensor *> byName;
        for (const NamedTensor &tensor : *a.weights)
            byName[tensor.name] = &tensor;
        if (byName.size() != b.weights->size())
            return "weights: " + std::to_string(byName.size()) + " vs " + std::to_string(b.weights->size())
                + " tensors";
        for (const NamedTensor &tensor : *b.weights) {
            const auto it = byName.find(tensor.name);
            if (it == byName.end())
                return "weights." + tensor.name + ": in one session only";
            if (std::string d = valuesDifference(*it->second, tensor, "weights." + tensor.name); !d.empty())
                return d;
        }
    }
    if (a.optimizerState.has_value() != b.optimizerState.has_value())
        return "optimizer_state: present in one session only";
    if (a.optimizerState) {
        const SavedOptimizerState &x = *a.optimizerState;
        const SavedOptimizerState &y = *b.optimizerState;
        if (x.stepsTaken != y.stepsTaken)
            return "optimizer_state.steps_taken";
        if (x.entries.size() != y.entries.size())
            return "optimizer_state.state: a different number of entries";
        for (std::size_t i = 0; i < x.entries.size(); ++i) {
            const std::string field = "optimizer_state.state." + std::to_string(i);
            const auto &e = x.entries[i];
            const auto &f = y.entries[i];
            for (std::string d : {optionalDifference(e.step, f.step, field + ".step"),
                                  optionalDifference(e.expAvg, f.expAvg, field + ".exp_avg"),
                                  optionalDifference(e.expAvgSq, f.expAvgSq, field + ".exp_avg_sq"),
                                  optionalDifference(e.momentumBuffer, f.momentumBuffer, field + ".momentum_buffer")}) {
                if (!d.empty())
                    return d;
            }
        }
    }
    return {};
}

std::string checkOne(const std::uint8_t *data, std::size_t size)
{
    // An exception is a failure too (the engine and the parser report problems, they do not
    // throw for bad input); turn it into a description, so that the replay test names it.
    try {
        return checkOneUnguarded(data, size);
    } catch (const std::exception &e) {
        return std::string("threw: ") + e.what();
    }
}

int runOne(const std::uint8_t *data, std::size_t size)
{
    const std::string failure = checkOne(data, size);
    if (!failure.empty()) {
        std::fprintf(stderr, "fuzzsession: %s\n", failure.c_str());
        std::abort();
    }
    return 0;
}

} // namespace rnnlab::fuzz
