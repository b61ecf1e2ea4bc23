// SPDX-License-Identifier: MIT
#include "engine/session.h"

#include "engine/optimizer.h"
#include "engine/task.h"
#include "engine/torchinit.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace rnnlab {

namespace {

std::string bytesText(std::int64_t bytes)
{
    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    char buffer[64];
    if (mib >= 1024.0)
        std::snprintf(buffer, sizeof buffer, "%.1f GiB", mib / 1024.0);
    else
        std::snprintf(buffer, sizeof buffer, "%.0f MiB", mib);
    return buffer;
}

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

void validateModel(const ModelConfig &model, std::vector<Problem> &problems)
{
    if (model.hiddenSize < 1 || model.hiddenSize > limits::maxHiddenSize) {
        problems.push_back(Problem::of("model.hidden_size",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "%1 is out of range: it must be between 1 and %2 (rnnlab "
                                                         "draws every hidden unit; larger networks cannot be shown "
                                                         "and train too slowly to watch)"),
                                       {std::to_string(model.hiddenSize), std::to_string(limits::maxHiddenSize)}));
    }
    if (model.numLayers < 1 || model.numLayers > limits::maxLayers) {
        problems.push_back(Problem::of("model.num_layers",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "%1 is out of range: it must be between 1 and %2 (the "
                                                         "stacked view draws every layer; deeper stacks do not fit "
                                                         "on screen)"),
                                       {std::to_string(model.numLayers), std::to_string(limits::maxLayers)}));
    }
}

void validateTraining(const TrainingConfig &training, std::vector<Problem> &problems)
{
    const double lr = training.learningRate;
    if (!std::isfinite(lr) || lr < 0.0) {
        problems.push_back(Problem::of("training.learning_rate",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "%1 is not allowed: the learning rate must be a finite "
                                                         "number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)"),
                                       {numberText(lr)}));
    }
    if (!std::isfinite(training.momentum) || training.momentum < 0.0) {
        problems.push_back(Problem::of("training.momentum",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "%1 is not allowed: momentum must be a finite number ≥ 0 "
                                                         "(0.9 is usual; 0 turns it off)"),
                                       {numberText(training.momentum)}));
    }
    if (training.clipGradNorm && (!std::isfinite(*training.clipGradNorm) || *training.clipGradNorm <= 0.0)) {
        problems.push_back(Problem::of("training.clip_grad_norm",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "%1 is not allowed: the gradient-norm limit must be a "
                                                         "finite number > 0, or null for no clipping"),
                                       {numberText(*training.clipGradNorm)}));
    }
    if (training.steps < 0 || training.steps > limits::maxSteps) {
        problems.push_back(Problem::of("training.steps",
                                       QT_TRANSLATE_NOOP("Problem", "%1 is out of range: it must be between 0 and %2"),
                                       {std::to_string(training.steps), std::to_string(limits::maxSteps)}));
    }
}

void validateWeights(const Session &session, const ParameterLayout &layout, std::vector<Problem> &problems)
{
    const auto &weights = *session.weights;
    std::set<std::string> given;
    for (const auto &tensor : weights) {
        const std::string field = "weights." + tensor.name;
        if (!given.insert(tensor.name).second) {
            problems.push_back(Problem::of(field, QT_TRANSLATE_NOOP("Problem", "is given twice")));
            continue;
        }
        const int index = layout.find(tensor.name);
        if (index < 0) {
            std::string names;
            for (const auto &spec : layout.tensors())
                names += (names.empty() ? "" : ", ") + spec.name;
            problems.push_back(Problem::of(
                field, QT_TRANSLATE_NOOP("Problem", "is not a parameter of this model; it has %1"), {names}));
            continue;
        }
        const TensorSpec &spec = layout.tensor(index);
        const std::vector<std::int64_t> expected =
            spec.isVector ? std::vector<std::int64_t>{spec.rows} : std::vector<std::int64_t>{spec.rows, spec.cols};
        std::int64_t count = 1;
        for (std::int64_t extent : tensor.shape)
            count *= extent;
        if (tensor.shape != expected || count != static_cast<std::int64_t>(tensor.values.size())) {
            problems.push_back(Problem::of(
                field, QT_TRANSLATE_NOOP("Problem", "has shape %1 but this model needs %2 (as PyTorch's state_dict)"),
                {shapeText(tensor.shape), shapeText(expected)}));
            continue;
        }
        for (std::size_t i = 0; i < tensor.values.size(); ++i) {
            const float value = static_cast<float>(tensor.values[i]);
            if (!std::isfinite(value)) {
                const std::string where = spec.isVector ? "[" + std::to_string(i) + "]"
                                                        : "[" + std::to_string(i / static_cast<std::size_t>(spec.cols))
                        + "][" + std::to_string(i % static_cast<std::size_t>(spec.cols)) + "]";
                problems.push_back(Problem::of(
                    field + where,
                    QT_TRANSLATE_NOOP("Problem",
                                      "%1 is not a finite float32 number: weights must be finite (|w| < 3.4e38)"),
                    {numberText(tensor.values[i])}));
                break;
            }
        }
    }
    for (const auto &spec : layout.tensors()) {
        if (!given.count(spec.name))
            problems.push_back(Problem::of("weights." + spec.name,
                                           QT_TRANSLATE_NOOP("Problem",
                                                             "is missing: give every parameter of the model, or leave "
                                                             "\"weights\" out to initialize from the seed")));
    }
}

void validateOptimizerState(const Session &session, const ParameterLayout &layout, std::vector<Problem> &problems)
{
    const SavedOptimizerState &saved = *session.optimizerState;
    if (!session.weights) {
        problems.push_back(Problem::of("optimizer_state",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "needs \"weights\": a run resumes from its weights and its "
                                                         "optimizer state together")));
        return;
    }
    if (saved.stepsTaken < 0 || saved.stepsTaken > limits::maxSteps) {
        problems.push_back(Problem::of("optimizer_state.steps_taken",
                                       QT_TRANSLATE_NOOP("Problem", "%1 is out of range: it must be between 0 and %2"),
                                       {std::to_string(saved.stepsTaken), std::to_string(limits::maxSteps)}));
    }
    if (saved.entries.empty())
        return;
    if (static_cast<int>(saved.entries.size()) != layout.tensorCount()) {
        problems.push_back(Problem::of("optimizer_state.state",
                                       QT_TRANSLATE_NOOP("Problem", "has %1 parameters but the model has %2"),
                                       {std::to_string(saved.entries.size()), std::to_string(layout.tensorCount())}));
        return;
    }
    const bool adam = session.training.optimizer == OptimizerKind::Adam;
    for (int t = 0; t < layout.tensorCount(); ++t) {
        const SavedOptimizerState::Entry &entry = saved.entries[static_cast<std::size_t>(t)];
        const TensorSpec &spec = layout.tensor(t);
        const std::string field = "optimizer_state.state." + std::to_string(t);
        const auto checkTensor = [&](const std::optional<NamedTensor> &tensor, const char *name) {
            const std::vector<std::int64_t> expected =
                spec.isVector ? std::vector<std::int64_t>{spec.rows} : std::vector<std::int64_t>{spec.rows, spec.cols};
            if (!tensor) {
                problems.push_back(Problem::of(field + "." + name, QT_TRANSLATE_NOOP("Problem", "is missing")));
                return;
            }
            if (tensor->shape != expected || tensor->values.size() != spec.size()) {
                problems.push_back(Problem::of(field + "." + name,
                                               QT_TRANSLATE_NOOP("Problem", "has shape %1 but %2 needs %3"),
                                               {shapeText(tensor->shape), spec.name, shapeText(expected)}));
                return;
            }
            for (double v : tensor->values) {
                if (!std::isfinite(static_cast<float>(v))) {
                    problems.push_back(Problem::of(
                        field + "." + name, QT_TRANSLATE_NOOP("Problem", "holds %1: optimizer state must be finite"),
                        {numberText(v)}));
                    return;
                }
            }
        };
        if (adam) {
            // Bounded like steps_taken: a step of 3.5e38 or more is an infinite float32 (saved as "inf").
            if (!entry.step || !(*entry.step >= 1) || std::floor(*entry.step) != *entry.step
                || *entry.step > static_cast<double>(limits::maxSteps))
                problems.push_back(
                    Problem::of(field + ".step",
                                QT_TRANSLATE_NOOP("Problem", "must be a whole number from 1 to %1 (Adam's step count)"),
                                {std::to_string(limits::maxSteps)}));
            checkTensor(entry.expAvg, "exp_avg");
            checkTensor(entry.expAvgSq, "exp_avg_sq");
            if (entry.expAvgSq
                && std::any_of(entry.expAvgSq->values.begin(), entry.expAvgSq->values.end(),
                               [](double v) { return v < 0; }))
                problems.push_back(
                    Problem::of(field + ".exp_avg_sq",
                                QT_TRANSLATE_NOOP("Problem", "holds a negative value: squared gradients cannot be")));
            if (entry.momentumBuffer)
                problems.push_back(
                    Problem::of(field + ".momentum_buffer",
                                QT_TRANSLATE_NOOP("Problem", "belongs to SGD, but the optimizer is adam")));
        } else {
            if (entry.expAvg || entry.expAvgSq || entry.step)
                problems.push_back(
                    Problem::of(field, QT_TRANSLATE_NOOP("Problem", "holds Adam's state, but the optimizer is sgd")));
            if (entry.momentumBuffer) {
                if (session.training.momentum == 0.0)
                    problems.push_back(Problem::of(
                        field + ".momentum_buffer",
                        QT_TRANSLATE_NOOP("Problem", "is given but momentum is 0 (SGD keeps no buffer then)")));
                checkTensor(entry.momentumBuffer, "momentum_buffer");
            }
        }
    }
}

} // namespace

std::int64_t estimateTrainingBytes(const ModelConfig &model, int width, std::int64_t timeSteps)
{
    const std::int64_t H = model.hiddenSize;
    const std::int64_t GH = gateCount(model.cell) * H;
    const std::int64_t V = width;
    const std::int64_t L = model.numLayers;
    std::int64_t parameters = 0;
    for (std::int64_t l = 0; l < L; ++l)
        parameters += GH * ((l == 0 ? V : H) + H + 2);
    if (model.outputLayer)
        parameters += V * H + V;
    // weights, gradients, two optimizer moments and a roll-back copy of weights and moments;
    // per time step and layer up to six gate-sized columns (input, hidden and pre-activation parts,
    // gates, and two gradients) and seven hidden-sized ones, plus four V-sized ones.
    const std::int64_t floats = parameters * 7 + timeSteps * (L * (6 * GH + 7 * H) + 4 * V);
    return floats * static_cast<std::int64_t>(sizeof(float));
}

std::int64_t estimateTrainingBytes(const ModelConfig &model, int width, const std::vector<std::u32string> &texts,
                                   TaskKind task)
{
    DataConfig data;
    data.task = task;
    data.texts = texts;
    return estimateTrainingBytes(model, width, Task::create(data)->timeSteps());
}

std::vector<Problem> validate(const Session &session)
{
    std::vector<Problem> problems;
    validateModel(session.model, problems);
    Task::validate(session.data, problems);
    validateTraining(session.training, problems);
    if (!problems.empty())
        return problems;

    const std::shared_ptr<const Task> task = Task::create(session.data);
    if (task->kind() == TaskKind::Translate && !session.model.outputLayer) {
        // The decoder's hidden state is not a distribution over the target tokens (issue 16).
        problems.push_back(Problem::of("model.output_layer",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "is false: a translation needs its output layer, "
                                                         "fc = Linear(H, T) over the target tokens; set it to true")));
        return problems;
    }
    if (!session.model.outputLayer && session.model.hiddenSize != task->outputSize()) {
        problems.push_back(task->hiddenSizeMismatch(session.model.hiddenSize));
        return problems;
    }
    const std::int64_t bytes =
        estimateTrainingBytes(session.model, std::max(task->inputSize(), task->outputSize()), task->timeSteps());
    if (bytes > limits::maxTrainingBytes) {
        problems.push_back(Problem::of("",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "this session needs about %1 for its training buffers; the "
                                                         "limit is %2 (so that the app's copies of it still fit in "
                                                         "memory): use shorter texts, a smaller hidden size or fewer "
                                                         "layers"),
                                       {bytesText(bytes), bytesText(limits::maxTrainingBytes)}));
        return problems;
    }
    const std::shared_ptr<const ParameterLayout> layout = task->layout(session.model);
    if (session.weights)
        validateWeights(session, *layout, problems);
    if (session.optimizerState)
        validateOptimizerState(session, *layout, problems);
    return problems;
}

std::vector<Problem> validateHistory(const SavedHistory &history, const Session &session)
{
    std::vector<Problem> problems;
    const std::int64_t taken = session.optimizerState ? session.optimizerState->stepsTaken : 0;
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < history.entries.size(); ++i) {
        const SavedHistory::Entry &entry = history.entries[i];
        const std::string field = "history.steps[" + std::to_string(i) + "]";
        if (entry.step <= previous) {
            problems.push_back(Problem::of(
                field,
                QT_TRANSLATE_NOOP("Problem", "%1 does not come after %2: the steps of a history increase, from 1"),
                {std::to_string(entry.step), std::to_string(previous)}));
            return problems;
        }
        if (entry.step > taken) {
            problems.push_back(Problem::of(
                field,
                QT_TRANSLATE_NOOP("Problem",
                                  "%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)"),
                {std::to_string(entry.step), std::to_string(taken)}));
            return problems;
        }
        previous = entry.step;
        if (!std::isfinite(entry.loss) || entry.loss < 0.0f) {
            problems.push_back(
                Problem::of("history.loss[" + std::to_string(i) + "]",
                            QT_TRANSLATE_NOOP("Problem", "%1 is not a loss: a cross-entropy is a finite number ≥ 0"),
                            {numberText(entry.loss)}));
            return problems;
        }
        if (!(entry.accuracy >= 0.0f && entry.accuracy <= 1.0f)) {
            problems.push_back(
                Problem::of("history.accuracy[" + std::to_string(i) + "]",
                            QT_TRANSLATE_NOOP("Problem", "%1 is not a share of right predictions (0 to 1)"),
                            {numberText(entry.accuracy)}));
            return problems;
        }
    }
    const std::shared_ptr<const Task> task = Task::create(session.data);
    std::size_t previousFrom = 0;
    for (std::size_t p = 0; p < history.predictions.size(); ++p) {
        const SavedHistory::Predictions &change = history.predictions[p];
        const std::string field = "history.predictions[" + std::to_string(p) + "]";
        if (change.from >= history.entries.size() || (p > 0 && change.from <= previousFrom)) {
            problems.push_back(
                Problem::of(field + ".from_step",
                            QT_TRANSLATE_NOOP("Problem", "is not a step of the history after the previous change")));
            return problems;
        }
        previousFrom = change.from;
        const std::size_t samples =
            session.data.task == TaskKind::Forecast ? session.data.series.size() : session.data.texts.size();
        if (change.texts.size() != samples) {
            problems.push_back(
                Problem::of(field + ".texts",
                            session.data.task == TaskKind::Forecast
                                ? QT_TRANSLATE_NOOP("Problem", "has %1 predictions but the session has %2 series")
                                : QT_TRANSLATE_NOOP("Problem", "has %1 predictions but the session has %2 texts"),
                            {std::to_string(change.texts.size()), std::to_string(samples)}));
            return problems;
        }
        for (std::size_t t = 0; t < change.texts.size(); ++t) {
            const std::string textField = field + ".texts[" + std::to_string(t) + "]";
            if (auto problem = task->checkSavedPrediction(t, change.texts[t], textField)) {
                problems.push_back(std::move(*problem));
                return problems;
            }
        }
    }
    return problems;
}

ParameterSet<float> initialParameters(const Session &session, const std::shared_ptr<const ParameterLayout> &layout)
{
    ParameterSet<float> parameters(layout);
    if (!session.weights) {
        initializeLikeTorch(parameters, session.training.seed);
        return parameters;
    }
    for (const auto &tensor : *session.weights) {
        const int index = layout->find(tensor.name);
        float *data = parameters.data(index);
        for (std::size_t i = 0; i < tensor.values.size(); ++i)
            data[i] = static_cast<float>(tensor.values[i]);
    }
    return parameters;
}

std::vector<NamedTensor> toNamedTensors(const ParameterSet<float> &parameters)
{
    std::vector<NamedTensor> tensors;
    const ParameterLayout &layout = parameters.layout();
    for (int t = 0; t < layout.tensorCount(); ++t) {
        const TensorSpec &spec = layout.tensor(t);
        NamedTensor tensor;
        tensor.name = spec.name;
        tensor.shape =
            spec.isVector ? std::vector<std::int64_t>{spec.rows} : std::vector<std::int64_t>{spec.rows, spec.cols};
        tensor.values.assign(parameters.data(t), parameters.data(t) + spec.size());
        tensors.push_back(std::move(tensor));
    }
    return tensors;
}

SavedOptimizerState saveOptimizerState(const OptimizerState &state, std::int64_t stepsTaken)
{
    SavedOptimizerState saved;
    saved.stepsTaken = stepsTaken;
    if (const auto *adam = std::get_if<AdamState>(&state)) {
        if (adam->step.empty() || adam->step.front() == 0.0f)
            return saved; // nothing yet: torch's state_dict has no entries before the first step
        const std::vector<NamedTensor> expAvg = toNamedTensors(adam->expAvg);
        const std::vector<NamedTensor> expAvgSq = toNamedTensors(adam->expAvgSq);
        for (std::size_t t = 0; t < expAvg.size(); ++t) {
            SavedOptimizerState::Entry entry;
            entry.step = adam->step[t];
            entry.expAvg = expAvg[t];
            entry.expAvgSq = expAvgSq[t];
            saved.entries.push_back(std::move(entry));
        }
        return saved;
    }
    const SgdState &sgd = std::get<SgdState>(state);
    if (!sgd.hasMomentumBuffer)
        return saved;
    for (NamedTensor &buffer : toNamedTensors(sgd.momentumBuffer)) {
        SavedOptimizerState::Entry entry;
        entry.momentumBuffer = std::move(buffer);
        saved.entries.push_back(std::move(entry));
    }
    return saved;
}

OptimizerState restoreOptimizerState(const Session &session, const std::shared_ptr<const ParameterLayout> &layout)
{
    std::unique_ptr<Optimizer> fresh = Optimizer::create(session.training, layout);
    OptimizerState state = fresh->state();
    if (!session.optimizerState || session.optimizerState->entries.empty())
        return state;
    const auto &entries = session.optimizerState->entries;
    for (std::size_t t = 0; t < entries.size(); ++t) {
        const auto copy = [&](const std::optional<NamedTensor> &from, ParameterSet<float> &to) {
            float *data = to.data(static_cast<int>(t));
            for (std::size_t i = 0; i < from->values.size(); ++i)
                data[i] = static_cast<float>(from->values[i]);
        };
        if (auto *adam = std::get_if<AdamState>(&state)) {
            adam->step[t] = static_cast<float>(*entries[t].step);
            copy(entries[t].expAvg, adam->expAvg);
            copy(entries[t].expAvgSq, adam->expAvgSq);
        } else if (entries[t].momentumBuffer) {
            auto &sgd = std::get<SgdState>(state);
            copy(entries[t].momentumBuffer, sgd.momentumBuffer);
            sgd.hasMomentumBuffer = true;
        }
    }
    return state;
}

Session lectureExample()
{
    Session session;
    session.model = ModelConfig{CellKind::RnnTanh, 4, 1, false};
    session.data.texts = {U"hello"};
    session.training = TrainingConfig{};
    return session;
}

} // namespace rnnlab
