// SPDX-License-Identifier: MIT
// The table of tasks, and what every task shares.
#include "engine/task.h"

#include "engine/tasks/classifytask.h"
#include "engine/tasks/forecasttask.h"
#include "engine/tasks/nextcharactertask.h"
#include "engine/tasks/translatetask.h"

namespace rnnlab {

namespace {

//! One row per task: its kind, how its data fields are checked and how it is made from them.
struct TaskType
{
    TaskKind kind;
    void (*validate)(const DataConfig &data, std::vector<Problem> &problems);
    std::shared_ptr<const Task> (*create)(const DataConfig &data);
};

template<typename T>
std::shared_ptr<const Task> make(const DataConfig &data)
{
    return std::make_shared<const T>(data);
}

constexpr TaskType taskTypes[] = {
    {TaskKind::NextCharacter, &NextCharacterTask::validate, &make<NextCharacterTask>},
    {TaskKind::Classify, &ClassifyTask::validate, &make<ClassifyTask>},
    {TaskKind::Forecast, &ForecastTask::validate, &make<ForecastTask>},
    {TaskKind::Translate, &TranslateTask::validate, &make<TranslateTask>},
};

const TaskType &typeOf(TaskKind kind)
{
    for (const TaskType &type : taskTypes) {
        if (type.kind == kind)
            return type;
    }
    return taskTypes[0];
}

} // namespace

void Task::validate(const DataConfig &data, std::vector<Problem> &problems)
{
    typeOf(data.task).validate(data, problems);
}

std::shared_ptr<const Task> Task::create(const DataConfig &data)
{
    return typeOf(data.task).create(data);
}

std::shared_ptr<const ParameterLayout> Task::layout(const ModelConfig &model) const
{
    return std::make_shared<const ParameterLayout>(model, inputSize(), outputSize());
}

std::vector<std::u32string> Task::predictions(const Trace<float> &trace) const
{
    std::vector<std::u32string> out;
    for (const auto &sequence : trace.sequences)
        out.push_back(predictionText(sequence));
    return out;
}

Problem Task::hiddenSizeMismatch(int hiddenSize) const
{
    // One sentence per task, so that a translation says "the number of classes" in its own grammar.
    const char *pattern = nullptr;
    switch (kind()) {
    case TaskKind::NextCharacter:
        pattern = QT_TRANSLATE_NOOP("Problem",
                                    "%1 does not match the vocabulary size %2: without an output layer the hidden "
                                    "state is the output (one unit per character), so hidden_size must be %2 — or "
                                    "set model.output_layer to true");
        break;
    case TaskKind::Classify:
        pattern = QT_TRANSLATE_NOOP("Problem",
                                    "%1 does not match the number of classes %2: without an output layer the hidden "
                                    "state is the output (one unit per class), so hidden_size must be %2 — or set "
                                    "model.output_layer to true");
        break;
    case TaskKind::Forecast:
        pattern = QT_TRANSLATE_NOOP("Problem",
                                    "%1 does not match the number of features %2: without an output layer the hidden "
                                    "state is the output (one unit per feature), so hidden_size must be %2 — or set "
                                    "model.output_layer to true");
        break;
    case TaskKind::Translate:
        pattern = QT_TRANSLATE_NOOP("Problem",
                                    "%1 does not match the number of target tokens %2: without an output layer the "
                                    "hidden state is the output (one unit per token), so hidden_size must be %2 — or "
                                    "set model.output_layer to true");
        break;
    }
    return Problem::of("model.hidden_size", pattern, {std::to_string(hiddenSize), std::to_string(outputSize())});
}

} // namespace rnnlab
