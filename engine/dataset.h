// SPDX-License-Identifier: MIT
// The training texts encoded for the network: every text of n characters becomes n−1 inputs
// (its first n−1 characters, one-hot) and n−1 targets (its last n−1). Each text is its own
// sequence, run from a zero hidden state.
#pragma once

#include "types.h"
#include "vocabulary.h"

#include <vector>

namespace rnnlab {

struct Sequence
{
    std::vector<int> inputs;  // n−1 one-hot indices: x_0 … x_{n−2}
    std::vector<int> targets; // n−1 indices: the character after each input
    int length() const { return static_cast<int>(inputs.size()); }
};

struct Dataset
{
    Vocabulary vocabulary;
    std::vector<Sequence> sequences;

    //! Sum of the sequence lengths: the N that CrossEntropyLoss(mean) divides by.
    int targetCount() const;

    //! Encodes validated data (see validation.h: every text ≥ 2 characters, all in the vocabulary).
    static Dataset fromConfig(const DataConfig &data);
    //! The vocabulary a DataConfig implies: the explicit one, or first appearance order.
    static Vocabulary vocabularyOf(const DataConfig &data);
};

} // namespace rnnlab
