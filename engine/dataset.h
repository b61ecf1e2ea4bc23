// SPDX-License-Identifier: MIT
// The training texts encoded for the network. Next character (many-to-many): every text of n
// characters becomes n−1 inputs (its first n−1 characters, one-hot) and n−1 targets (its last
// n−1). Classify (many-to-one): every text of n characters becomes n inputs and one target, its
// label's class, at the last time step; the other steps have none (−1, as torch's ignore_index).
// Each text is its own sequence, run from a zero hidden state.
#pragma once

#include "engine/types.h"
#include "engine/vocabulary.h"

#include <vector>

namespace rnnlab {

struct Sequence
{
    std::vector<int> inputs; // n one-hot indices x_t (next character: the text's first n−1 characters)
    std::vector<int> targets; // n output indices: the next character, or (classify) −1 … −1, the label's class
    int length() const { return static_cast<int>(inputs.size()); }
};

struct Dataset
{
    TaskKind task = TaskKind::NextCharacter;
    Vocabulary vocabulary;
    //! Classify: the class names, in output order (the logits' rows); empty otherwise.
    std::vector<std::u32string> classes;
    std::vector<Sequence> sequences;

    //! The targets of all texts (those ≥ 0): the N that CrossEntropyLoss(mean) divides by.
    int targetCount() const;
    //! Rows of the logits: the vocabulary size, or (classify) the number of classes.
    int outputSize() const;
    //! The classes a DataConfig implies: the explicit order, or the labels in order of first appearance.
    static std::vector<std::u32string> classesOf(const DataConfig &data);

    //! Encodes validated data (see validation.h: every text ≥ 2 characters, all in the vocabulary).
    static Dataset fromConfig(const DataConfig &data);
    //! The vocabulary a DataConfig implies: the explicit one, or first appearance order.
    static Vocabulary vocabularyOf(const DataConfig &data);
};

} // namespace rnnlab
