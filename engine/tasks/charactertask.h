// SPDX-License-Identifier: MIT
// What the tasks over texts share: their inputs are characters (Unicode code points), one-hot
// over the vocabulary, and their head is softmax cross-entropy over classes, scored by accuracy.
// NextCharacterTask and ClassifyTask derive from it; a task with real-valued inputs derives from
// Task directly.
//
//   x_t = onehot(vocabulary.indexOf(text[t]))     (V)
//   the vocabulary: data.vocabulary, or the texts' characters in order of first appearance
//
// Symbols: V = vocabulary size.
#pragma once

#include "engine/task.h"
#include "engine/vocabulary.h"

#include <functional>

namespace rnnlab {

class CharacterTask : public Task
{
public:
    //! The vocabulary \a data implies: the explicit one, or first appearance order.
    static Vocabulary vocabularyOf(const DataConfig &data);

    const Vocabulary &vocabulary() const { return m_vocabulary; }
    const std::vector<std::u32string> &texts() const { return m_texts; }

    int inputSize() const override { return m_vocabulary.size(); }
    const Loss &loss() const override;
    std::string metricName() const override { return "accuracy"; }
    //! The share of targets predicted right (the argmax equals the target), 0…1.
    double metric(const Trace<float> &trace) const override;

protected:
    explicit CharacterTask(const DataConfig &data);

    //! The checks of data.texts every character task makes (at least one text; at most
    //! limits::maxTotalCharacters in all), and \a checkText's of each text (with its field name).
    static void validateTexts(const DataConfig &data, std::vector<Problem> &problems,
                              const std::function<void(const std::u32string &text, const std::string &field,
                                                       std::vector<Problem> &)> &checkText);
    //! data.vocabulary: no repeats, every character of the texts, at most limits::maxVocabularySize.
    static void validateVocabulary(const DataConfig &data, std::vector<Problem> &problems);

    std::vector<std::u32string> m_texts;
    Vocabulary m_vocabulary;
};

} // namespace rnnlab
