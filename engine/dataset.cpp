// SPDX-License-Identifier: MIT
#include "engine/dataset.h"

#include <algorithm>

namespace rnnlab {

int Dataset::targetCount() const
{
    int count = 0;
    for (const auto &sequence : sequences) {
        for (int target : sequence.targets)
            count += target >= 0 ? 1 : 0;
    }
    return count;
}

int Dataset::outputSize() const
{
    return task == TaskKind::Classify ? static_cast<int>(classes.size()) : vocabulary.size();
}

std::vector<std::u32string> Dataset::classesOf(const DataConfig &data)
{
    if (data.classes)
        return *data.classes;
    std::vector<std::u32string> classes;
    for (const auto &label : data.labels) {
        if (std::find(classes.begin(), classes.end(), label) == classes.end())
            classes.push_back(label);
    }
    return classes;
}

Vocabulary Dataset::vocabularyOf(const DataConfig &data)
{
    return data.vocabulary ? Vocabulary::fromCharacters(*data.vocabulary) : Vocabulary::fromTexts(data.texts);
}

Dataset Dataset::fromConfig(const DataConfig &data)
{
    Dataset dataset;
    dataset.task = data.task;
    dataset.vocabulary = vocabularyOf(data);
    if (data.task == TaskKind::Classify) {
        dataset.classes = classesOf(data);
        for (std::size_t k = 0; k < data.texts.size(); ++k) {
            Sequence sequence;
            for (char32_t c : data.texts[k]) {
                sequence.inputs.push_back(dataset.vocabulary.indexOf(c));
                sequence.targets.push_back(-1);
            }
            const auto label = std::find(dataset.classes.begin(), dataset.classes.end(), data.labels[k]);
            sequence.targets.back() = static_cast<int>(label - dataset.classes.begin());
            dataset.sequences.push_back(std::move(sequence));
        }
        return dataset;
    }
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
