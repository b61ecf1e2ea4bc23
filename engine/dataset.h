// SPDX-License-Identifier: MIT
// The training data encoded for the network, sample by sample: the input of every time step and
// the target of the steps that have one. Each sample is its own sequence, run from a zero hidden
// state. A task (task.h) makes it from its session fields; there is room for both kinds of input
// and of target:
//   - inputs: one-hot indices (characters; Sequence::inputs), or real-valued vectors
//     (Sequence::inputValues, D × n: a time series' features);
//   - targets: class indices with −1 where a step has none (Sequence::targets: a character, a
//     label at the last step), or real vectors (Sequence::targetValues, D × n: the next value).
// Not the tasks' rules (tasks/), not the trace of a forward pass (trace.h).
//
// Symbols: n = time steps of a sample, V = vocabulary size, D = features, O = output size.
#pragma once

#include "engine/eigentypes.h"
#include "engine/types.h"
#include "engine/vocabulary.h"

#include <vector>

namespace rnnlab {

struct Sequence
{
    std::vector<int> inputs; // (n) one-hot index of x_t; empty when inputValues holds the inputs
    Matrix<float> inputValues; // (D × n) real-valued x_t; empty for one-hot inputs
    std::vector<int> targets; // (n) class index of step t's target, −1 where the step has none
    Matrix<float> targetValues; // (D × n) real-valued target of every step; empty for class targets

    int length() const { return static_cast<int>(inputs.empty() ? inputValues.cols() : inputs.size()); }
    //! The steps with a target: class targets ≥ 0, or every real-valued one.
    int targetCount() const;
};

struct Dataset
{
    TaskKind task = TaskKind::NextCharacter;
    //! Character tasks: the one-hot alphabet of the inputs (and of the outputs, for the next
    //! character); empty for real-valued inputs.
    Vocabulary vocabulary;
    //! Classify: the class names, in output order (the logits' rows); empty otherwise.
    std::vector<std::u32string> classes;
    int inputSize = 0; // the width of x_t: V, or D
    int outputSize = 0; // the rows of y_t: O
    std::vector<Sequence> sequences;

    //! The targets of all samples: the N that a mean loss divides by.
    int targetCount() const;

    //! The samples of valid \a data, encoded by its task (Task::create(data)->dataset()).
    static Dataset fromConfig(const DataConfig &data);
    //! A character task's vocabulary of \a data (CharacterTask::vocabularyOf).
    static Vocabulary vocabularyOf(const DataConfig &data);
    //! A classifier's classes of \a data (ClassifyTask::classesOf).
    static std::vector<std::u32string> classesOf(const DataConfig &data);
};

} // namespace rnnlab
