// SPDX-License-Identifier: MIT
#include "engine/tasks/classifytask.h"

#include "engine/session.h"
#include "engine/unicode.h"

#include <algorithm>
#include <set>

namespace rnnlab {

ClassifyTask::ClassifyTask(const DataConfig &data)
    : CharacterTask(data)
    , m_labels(data.labels)
    , m_classes(classesOf(data))
{ }

std::vector<std::u32string> ClassifyTask::classesOf(const DataConfig &data)
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

void ClassifyTask::validate(const DataConfig &data, std::vector<Problem> &problems)
{
    // Many-to-one: every character is an input; the label is the one target.
    validateTexts(data, problems, [](const std::u32string &text, const std::string &field, std::vector<Problem> &out) {
        if (text.empty())
            out.push_back(Problem::of(
                field, QT_TRANSLATE_NOOP("Problem", "is empty: a text to classify needs at least 1 character")));
    });
    [&] {
        if (data.labels.size() != data.texts.size()) {
            problems.push_back(
                Problem::of("data.labels",
                            QT_TRANSLATE_NOOP(
                                "Problem", "has %1 labels for %2 texts: a classifier needs exactly one label per text"),
                            {std::to_string(data.labels.size()), std::to_string(data.texts.size())}));
            return;
        }
        for (std::size_t i = 0; i < data.labels.size(); ++i) {
            if (data.labels[i].empty())
                problems.push_back(
                    Problem::of("data.labels[" + std::to_string(i) + "]",
                                QT_TRANSLATE_NOOP("Problem", "is empty: name the class of text %1 (e.g. \"positive\")"),
                                {std::to_string(i)}));
        }
        if (data.classes) {
            std::set<std::u32string> seen;
            for (const auto &c : *data.classes) {
                if (c.empty() || !seen.insert(c).second) {
                    problems.push_back(
                        c.empty()
                            ? Problem::of("data.classes", QT_TRANSLATE_NOOP("Problem", "has an empty class name"))
                            : Problem::of(
                                "data.classes",
                                QT_TRANSLATE_NOOP("Problem", "lists \"%1\" more than once: each class may appear once"),
                                {toUtf8(c)}));
                    return;
                }
            }
            for (std::size_t i = 0; i < data.labels.size(); ++i) {
                if (!data.labels[i].empty() && !seen.count(data.labels[i])) {
                    problems.push_back(Problem::of(
                        "data.labels[" + std::to_string(i) + "]",
                        QT_TRANSLATE_NOOP("Problem",
                                          "\"%1\" is not one of data.classes: add it there, or leave data.classes out"),
                        {toUtf8(data.labels[i])}));
                    return;
                }
            }
        }
        const auto classes = classesOf(data);
        // Only when nothing else is wrong (a wrong label would be counted as a class).
        if (problems.empty() && classes.size() < 2) {
            problems.push_back(Problem::of("data.labels",
                                           QT_TRANSLATE_NOOP("Problem",
                                                             "name only one class: a classifier needs at least two "
                                                             "(e.g. \"positive\" and \"negative\")")));
        }
        if (classes.size() > static_cast<std::size_t>(limits::maxVocabularySize)) {
            problems.push_back(
                Problem::of("data.labels", QT_TRANSLATE_NOOP("Problem", "name %1 classes; the limit is %2"),
                            {std::to_string(classes.size()), std::to_string(limits::maxVocabularySize)}));
        }
    }();
    validateVocabulary(data, problems);
}

Dataset ClassifyTask::dataset() const
{
    Dataset dataset;
    dataset.task = kind();
    dataset.vocabulary = m_vocabulary;
    dataset.classes = m_classes;
    dataset.inputSize = inputSize();
    dataset.outputSize = outputSize();
    for (std::size_t k = 0; k < m_texts.size(); ++k) {
        Sequence sequence;
        for (char32_t c : m_texts[k]) {
            sequence.inputs.push_back(m_vocabulary.indexOf(c));
            sequence.targets.push_back(-1);
        }
        const auto label = std::find(m_classes.begin(), m_classes.end(), m_labels[k]);
        sequence.targets.back() = static_cast<int>(label - m_classes.begin());
        dataset.sequences.push_back(std::move(sequence));
    }
    return dataset;
}

std::int64_t ClassifyTask::timeSteps() const
{
    // A classifier reads every character of a text (its label is the one target); counting n − 1
    // for it, as for a next-character text, let a million one-character texts pass as free.
    std::int64_t steps = 0;
    for (const auto &text : m_texts)
        steps += static_cast<std::int64_t>(text.size());
    return steps;
}

std::u32string ClassifyTask::outputName(int row) const
{
    return m_classes[static_cast<std::size_t>(row)];
}

std::u32string ClassifyTask::predictionText(const SequenceTrace<float> &sequence) const
{
    // Many-to-one: the class the last time step predicts.
    const int predicted = sequence.predictions.empty() ? -1 : sequence.predictions.back();
    return predicted >= 0 ? m_classes[static_cast<std::size_t>(predicted)] : std::u32string();
}

std::optional<Problem> ClassifyTask::checkSavedPrediction(std::size_t, const std::u32string &prediction,
                                                          const std::string &field) const
{
    // A classifier's prediction is the class its last step picks, by name.
    if (std::find(m_classes.begin(), m_classes.end(), prediction) == m_classes.end())
        return Problem::of(field, QT_TRANSLATE_NOOP("Problem", "\"%1\" is not one of the session's classes"),
                           {toUtf8(prediction)});
    return std::nullopt;
}

} // namespace rnnlab
