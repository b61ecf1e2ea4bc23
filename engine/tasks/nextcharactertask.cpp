// SPDX-License-Identifier: MIT
#include "engine/tasks/nextcharactertask.h"

#include "engine/unicode.h"

namespace rnnlab {

NextCharacterTask::NextCharacterTask(const DataConfig &data)
    : CharacterTask(data)
{ }

void NextCharacterTask::validate(const DataConfig &data, std::vector<Problem> &problems)
{
    validateTexts(data, problems, [](const std::u32string &text, const std::string &field, std::vector<Problem> &out) {
        if (text.empty()) {
            out.push_back(Problem::of(
                field,
                QT_TRANSLATE_NOOP(
                    "Problem", "is empty: a text needs at least 2 characters (an input and the character after it)")));
        } else if (text.size() == 1) {
            out.push_back(Problem::of(field,
                                      QT_TRANSLATE_NOOP("Problem",
                                                        "\"%1\" has only 1 character: a text needs at least 2 (an "
                                                        "input and the character after it)"),
                                      {toUtf8(text)}));
        }
    });
    if (!data.labels.empty() || data.classes)
        problems.push_back(Problem::of("data.labels",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "are only for \"task\": \"classify\" (one label per text); a "
                                                         "next-character session predicts the text itself")));
    validateVocabulary(data, problems);
}

Dataset NextCharacterTask::dataset() const
{
    Dataset dataset;
    dataset.task = kind();
    dataset.vocabulary = m_vocabulary;
    dataset.inputSize = inputSize();
    dataset.outputSize = outputSize();
    for (const auto &text : m_texts) {
        Sequence sequence;
        for (std::size_t i = 0; i + 1 < text.size(); ++i) {
            sequence.inputs.push_back(m_vocabulary.indexOf(text[i]));
            sequence.targets.push_back(m_vocabulary.indexOf(text[i + 1]));
        }
        dataset.sequences.push_back(std::move(sequence));
    }
    return dataset;
}

std::int64_t NextCharacterTask::timeSteps() const
{
    std::int64_t steps = 0;
    for (const auto &text : m_texts)
        steps += text.empty() ? 0 : static_cast<std::int64_t>(text.size()) - 1;
    return steps;
}

std::u32string NextCharacterTask::outputName(int row) const
{
    return std::u32string(1, m_vocabulary.character(row));
}

std::u32string NextCharacterTask::predictionText(const SequenceTrace<float> &sequence) const
{
    return m_vocabulary.decode(sequence.predictions);
}

std::optional<Problem> NextCharacterTask::checkSavedPrediction(std::size_t sample, const std::u32string &prediction,
                                                               const std::string &field) const
{
    const std::u32string &text = m_texts[sample];
    if (prediction.size() + 1 != text.size()) {
        return Problem::of(field, QT_TRANSLATE_NOOP("Problem", "has %1 characters; a prediction has one per input, %2"),
                           {std::to_string(prediction.size()), std::to_string(text.size() - 1)});
    }
    for (char32_t c : prediction) {
        if (m_vocabulary.indexOf(c) < 0)
            return Problem::of(field, QT_TRANSLATE_NOOP("Problem", "predicts %1, which is not in the vocabulary"),
                               {describeCharacter(c)});
    }
    return std::nullopt;
}

} // namespace rnnlab
