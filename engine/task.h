// SPDX-License-Identifier: MIT
// The task seam: everything that differs between the things a network can learn, behind one
// interface, so that the network, the trainer, the worker and the views need not know which task
// they run. A Task owns:
//   - the session fields it reads and validates (validate(): the data fields of DataConfig);
//   - how a sample becomes input vectors (one-hot characters, or real-valued features: Sequence
//     in dataset.h has room for both) and what its targets are (class indices with −1 where a step
//     has none, or real vectors), and the sizes they give the model (inputSize, outputSize, and
//     its parameter blocks: layout());
//   - the output head's loss, a forward/backward pair (loss.h);
//   - what a prediction is, how an output is named and a prediction printed;
//   - the accuracy-like metric;
//   - how a saved prediction (a session's history) is checked.
// Today: NextCharacterTask (many-to-many, the lecture's hello) and ClassifyTask (many-to-one), both
// CharacterTasks (tasks/charactertask.h), and ForecastTask (tasks/forecasttask.h: real-valued time
// series, MSELoss). Not the training loop (trainer.h), not the arithmetic of
// the model (network.h), not reading files (the engine has no I/O).
//
// How to add a task (say issue 15's time series: D real features per step, Linear(H, D), MSELoss):
//   1. Its TaskKind and session spelling (types.h), the fields it reads in DataConfig (types.h),
//      and reading/writing them in the session file (app/session/sessionreader.cpp, sessionwriter.cpp).
//   2. One file pair in engine/tasks/: a class derived from Task with a static validate(data,
//      problems) and the virtual functions below. Its dataset() fills Sequence::inputValues and
//      ::targetValues (D × n) instead of the one-hot indices; its loss() is a new Loss if no
//      existing one fits (a mean squared error: one file pair beside crossentropyloss.h, with
//      torch's reduction order); predictionText() prints the predicted values.
//   3. One row in the table of tasks in task.cpp.
//   4. In the UI, its drawing of inputs and outputs (x_t as a value, y_t beside the target). The
//      views ask the task, never which one it is: the snapshot's RunSetup::task (app/worker/
//      snapshot.h) answers shape(), outputKind() (a new kind is named in ui/matrices/matrixlabels),
//      outputName(), predictionText(), canGenerate(), metricName().
// Nothing in network.cpp, trainer.cpp, the worker, the main window or the graph's painter.
// A task with another model shape (issue 16's encoder–decoder: two stacks) also overrides
// layout() with its stacks (ParameterLayout takes several, each with its own parameters).
//
// Symbols: V = vocabulary size (one-hot width), D = features, O = output size, n = time steps.
#pragma once

#include "engine/dataset.h"
#include "engine/loss.h"
#include "engine/parameterlayout.h"
#include "engine/trace.h"
#include "engine/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

//! Where a task's targets are, as slide 10 draws the shapes: at every time step, or at the last.
enum class SequenceShape { ManyToMany, ManyToOne };

//! What an output row stands for, so that a view can name and draw it without knowing the task: a
//! character of the vocabulary (drawn as one glyph, a space as ␣), a class (a name, a word wide),
//! or a value of a real-valued feature (a time series' next value: a number on a scale).
enum class OutputKind { Character, Class, Value };

class Task
{
public:
    virtual ~Task() = default;

    //! Adds a problem for each field of \a data that the task \a data.task reads and that is wrong,
    //! each naming its field ("data.texts[1]", "data.labels").
    static void validate(const DataConfig &data, std::vector<Problem> &problems);
    //! The task of \a data, which validate() accepted. Shared: traces, snapshots and views may
    //! keep it.
    static std::shared_ptr<const Task> create(const DataConfig &data);

    virtual TaskKind kind() const = 0;
    virtual SequenceShape shape() const = 0;

    // --- The data as the network sees it ---
    //! The width of x_t: V for one-hot characters, D for real-valued features.
    virtual int inputSize() const = 0;
    //! The rows of y_t: O (V for the next character, the classes of a classifier, D).
    virtual int outputSize() const = 0;
    //! Every sample encoded: inputs and targets per time step.
    virtual Dataset dataset() const = 0;
    //! Time steps over all samples (what a trace holds; see estimateTrainingBytes).
    virtual std::int64_t timeSteps() const = 0;
    //! The model's parameter blocks for \a model: one stack "rnn" over inputSize() features and,
    //! with an output layer, "fc" = Linear(H, outputSize()).
    virtual std::shared_ptr<const ParameterLayout> layout(const ModelConfig &model) const;

    // --- The output head ---
    //! The loss of the outputs against the targets (and what the head predicts).
    virtual const Loss &loss() const = 0;

    // --- Predictions ---
    //! What output row \a row stands for: a character, a class name, a feature.
    virtual std::u32string outputName(int row) const = 0;
    //! What outputName() names: a character, or a class.
    virtual OutputKind outputKind() const = 0;
    //! A sequence's prediction as text: the predicted next characters ("ello"), a class name.
    virtual std::u32string predictionText(const SequenceTrace<float> &sequence) const = 0;
    //! predictionText() of every sequence of \a trace.
    std::vector<std::u32string> predictions(const Trace<float> &trace) const;
    //! Whether the network can run free on this task — each prediction fed back as the next input
    //! (generation.h, one-to-many): the outputs are the inputs' own alphabet.
    virtual bool canGenerate() const = 0;

    // --- The accuracy-like metric ---
    //! What metric() measures, for a label: "accuracy".
    virtual std::string metricName() const = 0;
    //! The metric of a forward pass (accuracy: the share of targets predicted right, 0…1).
    virtual double metric(const Trace<float> &trace) const = 0;

    // --- Session ---
    //! The problem with hidden_size \a hiddenSize ≠ outputSize() without an output layer (the
    //! hidden state is then the output), naming the field and what to do.
    Problem hiddenSizeMismatch(int hiddenSize) const;
    //! Whether \a prediction is something this task could have predicted for sample \a sample (a
    //! saved history's), or the problem with it under \a field.
    virtual std::optional<Problem> checkSavedPrediction(std::size_t sample, const std::u32string &prediction,
                                                        const std::string &field) const = 0;
};

} // namespace rnnlab
