// SPDX-License-Identifier: MIT
#include "engine/tasks/charactertask.h"

#include "engine/crossentropyloss.h"
#include "engine/session.h"
#include "engine/unicode.h"

#include <set>
#include <unordered_set>

namespace rnnlab {

CharacterTask::CharacterTask(const DataConfig &data)
    : m_texts(data.texts)
    , m_vocabulary(vocabularyOf(data))
{ }

Vocabulary CharacterTask::vocabularyOf(const DataConfig &data)
{
    return data.vocabulary ? Vocabulary::fromCharacters(*data.vocabulary) : Vocabulary::fromTexts(data.texts);
}

const Loss &CharacterTask::loss() const
{
    return CrossEntropyLoss::instance();
}

double CharacterTask::metric(const Trace<float> &trace) const
{
    return trace.targetCount > 0 ? static_cast<double>(trace.correctCount) / trace.targetCount : 0.0;
}

void CharacterTask::validateTexts(
    const DataConfig &data, std::vector<Problem> &problems,
    const std::function<void(const std::u32string &text, const std::string &field, std::vector<Problem> &)> &checkText)
{
    if (!data.series.empty() || !data.testSeries.empty() || !data.seriesGenerators.empty()
        || !data.testSeriesGenerators.empty())
        problems.push_back(Problem::of(
            data.series.empty() ? "data.test_series" : "data.series",
            QT_TRANSLATE_NOOP("Problem",
                              "is for \"task\": \"forecast\" (time series); a character task reads data.texts")));
    if (data.texts.empty()) {
        problems.push_back(Problem::of(
            "data.texts",
            QT_TRANSLATE_NOOP("Problem", "there is no training text: give at least one text of 2 or more characters")));
        return;
    }
    std::int64_t total = 0;
    for (std::size_t i = 0; i < data.texts.size(); ++i) {
        total += static_cast<std::int64_t>(data.texts[i].size());
        checkText(data.texts[i], "data.texts[" + std::to_string(i) + "]", problems);
    }
    if (total > limits::maxTotalCharacters) {
        problems.push_back(Problem::of("data.texts",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "have %1 characters in all; the limit is %2 (every "
                                                         "character is a time step rnnlab traces and draws)"),
                                       {std::to_string(total), std::to_string(limits::maxTotalCharacters)}));
    }
}

void CharacterTask::validateVocabulary(const DataConfig &data, std::vector<Problem> &problems)
{
    if (data.vocabulary) {
        std::unordered_set<char32_t> seen;
        for (char32_t c : *data.vocabulary) {
            if (!seen.insert(c).second) {
                problems.push_back(
                    Problem::of("data.vocabulary",
                                QT_TRANSLATE_NOOP("Problem", "lists %1 more than once: each character may appear once"),
                                {describeCharacter(c)}));
                return;
            }
        }
        std::string missing;
        std::set<char32_t> reported;
        for (const auto &text : data.texts) {
            for (char32_t c : text) {
                if (!seen.count(c) && reported.insert(c).second)
                    missing += (missing.empty() ? "" : ", ") + describeCharacter(c);
            }
        }
        if (!missing.empty()) {
            problems.push_back(Problem::of("data.vocabulary",
                                           QT_TRANSLATE_NOOP("Problem",
                                                             "lacks %1, which the texts use: add them, or leave the "
                                                             "vocabulary out to take the texts' own characters"),
                                           {missing}));
        }
    }
    const int size = vocabularyOf(data).size();
    if (size > limits::maxVocabularySize) {
        problems.push_back(Problem::of(
            data.vocabulary ? "data.vocabulary" : "data.texts",
            data.vocabulary ? QT_TRANSLATE_NOOP("Problem",
                                                "has %1 characters; the limit is %2 (every character is a one-hot "
                                                "dimension rnnlab draws)")
                            : QT_TRANSLATE_NOOP("Problem",
                                                "make a vocabulary of %1 characters; the limit is %2 (every character "
                                                "is a one-hot dimension rnnlab draws)"),
            {std::to_string(size), std::to_string(limits::maxVocabularySize)}));
    }
}

} // namespace rnnlab
