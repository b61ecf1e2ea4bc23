// SPDX-License-Identifier: MIT
#include "dataset.h"

namespace rnnlab {

int Dataset::targetCount() const
{
    int count = 0;
    for (const auto &sequence : sequences)
        count += sequence.length();
    return count;
}

Vocabulary Dataset::vocabularyOf(const DataConfig &data)
{
    return data.vocabulary ? Vocabulary::fromCharacters(*data.vocabulary) : Vocabulary::fromTexts(data.texts);
}

Dataset Dataset::fromConfig(const DataConfig &data)
{
    Dataset dataset;
    dataset.vocabulary = vocabularyOf(data);
    for (const auto &text : data.texts) {
        Sequence sequence;
        for (std::size_t i = 0; i + 1 < text.size(); ++i) {
            sequence.inputs.push_back(dataset.vocabulary.indexOf(text[i]));
            sequence.targets.push_back(dataset.vocabulary.indexOf(text[i + 1]));
        }
        dataset.sequences.push_back(std::move(sequence));
    }
    return dataset;
}

} // namespace rnnlab
