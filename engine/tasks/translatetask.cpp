// SPDX-License-Identifier: MIT
#include "engine/tasks/translatetask.h"

#include "engine/crossentropyloss.h"
#include "engine/session.h"
#include "engine/unicode.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace rnnlab {

namespace {

std::u32string charactersOf(const std::vector<std::pair<std::u32string, std::u32string>> &pairs, bool source)
{
    std::u32string out;
    std::unordered_set<char32_t> seen;
    for (const auto &pair : pairs) {
        for (char32_t c : source ? pair.first : pair.second) {
            if (seen.insert(c).second)
                out += c;
        }
    }
    return out;
}

//! A given vocabulary: no repeats, no <sos>/<eos> written in it, and every character of the side
//! it covers.
void checkVocabulary(const std::optional<std::u32string> &vocabulary, const std::string &field,
                     const std::vector<std::pair<std::u32string, std::u32string>> &pairs, bool source,
                     std::vector<Problem> &problems)
{
    if (!vocabulary)
        return;
    for (const std::u32string_view marker : {std::u32string_view(U"<sos>"), std::u32string_view(U"<eos>")}) {
        if (vocabulary->find(marker) != std::u32string::npos) {
            problems.push_back(Problem::of(field,
                                           source ? QT_TRANSLATE_NOOP("Problem",
                                                                      "contains \"%1\": the start and end tokens are "
                                                                      "added by rnnlab; list only the characters of "
                                                                      "the sources")
                                                  : QT_TRANSLATE_NOOP("Problem",
                                                                      "contains \"%1\": the start and end tokens are "
                                                                      "added by rnnlab; list only the characters of "
                                                                      "the targets"),
                                           {toUtf8(marker)}));
            return;
        }
    }
    std::unordered_set<char32_t> seen;
    for (char32_t c : *vocabulary) {
        if (!seen.insert(c).second) {
            problems.push_back(Problem::of(
                field, QT_TRANSLATE_NOOP("Problem", "lists %1 more than once: each character may appear once"),
                {describeCharacter(c)}));
            return;
        }
    }
    std::string missing;
    std::set<char32_t> reported;
    for (const auto &pair : pairs) {
        for (char32_t c : source ? pair.first : pair.second) {
            if (!seen.count(c) && reported.insert(c).second)
                missing += (missing.empty() ? "" : ", ") + describeCharacter(c);
        }
    }
    if (!missing.empty())
        problems.push_back(Problem::of(field,
                                       source ? QT_TRANSLATE_NOOP("Problem",
                                                                  "lacks %1, which the sources use: add them, or "
                                                                  "leave the vocabulary out to take the pairs' own "
                                                                  "characters")
                                              : QT_TRANSLATE_NOOP("Problem",
                                                                  "lacks %1, which the targets use: add them, or "
                                                                  "leave the vocabulary out to take the pairs' own "
                                                                  "characters"),
                                       {missing}));
}

} // namespace

TranslateTask::TranslateTask(const DataConfig &data)
    : m_pairs(data.pairs)
    , m_source(sourceVocabularyOf(data))
    , m_target(targetVocabularyOf(data))
{ }

Vocabulary TranslateTask::sourceVocabularyOf(const DataConfig &data)
{
    return Vocabulary::fromCharacters(data.sourceVocabulary ? *data.sourceVocabulary : charactersOf(data.pairs, true));
}

Vocabulary TranslateTask::targetVocabularyOf(const DataConfig &data)
{
    return Vocabulary::fromCharacters(data.targetVocabulary ? *data.targetVocabulary : charactersOf(data.pairs, false));
}

void TranslateTask::validate(const DataConfig &data, std::vector<Problem> &problems)
{
    if (!data.texts.empty())
        problems.push_back(Problem::of(
            "data.texts", QT_TRANSLATE_NOOP("Problem", "is for the character tasks; a translation reads data.pairs")));
    if (!data.series.empty() || !data.testSeries.empty())
        problems.push_back(
            Problem::of("data.series",
                        QT_TRANSLATE_NOOP("Problem", "is for \"task\": \"forecast\"; a translation reads data.pairs")));
    if (data.pairs.empty()) {
        problems.push_back(
            Problem::of("data.pairs",
                        QT_TRANSLATE_NOOP("Problem",
                                          "there is no pair: give at least one pair of a source and a "
                                          "target (\"source<Tab>target\", or [\"source\", \"target\"])")));
        return;
    }
    std::int64_t total = 0;
    for (std::size_t i = 0; i < data.pairs.size(); ++i) {
        const auto &[source, target] = data.pairs[i];
        const std::string field = "data.pairs[" + std::to_string(i) + "]";
        if (source.empty())
            problems.push_back(Problem::of(
                field,
                QT_TRANSLATE_NOOP("Problem", "has an empty source: the encoder needs at least one character to read")));
        if (target.empty())
            problems.push_back(Problem::of(
                field,
                QT_TRANSLATE_NOOP("Problem",
                                  "has no target: give the string the source translates to (\"source<Tab>target\")")));
        for (const std::u32string_view marker : {std::u32string_view(U"<sos>"), std::u32string_view(U"<eos>")}) {
            const bool inSource = source.find(marker) != std::u32string::npos;
            if (inSource || target.find(marker) != std::u32string::npos) {
                problems.push_back(Problem::of(field,
                                               inSource ? QT_TRANSLATE_NOOP("Problem",
                                                                            "has \"%1\" in its source: <sos> and <eos> "
                                                                            "are the start and end tokens rnnlab adds; "
                                                                            "a pair holds only characters")
                                                        : QT_TRANSLATE_NOOP("Problem",
                                                                            "has \"%1\" in its target: <sos> and <eos> "
                                                                            "are the start and end tokens rnnlab adds; "
                                                                            "a pair holds only characters"),
                                               {toUtf8(marker)}));
                break;
            }
        }
        total += static_cast<std::int64_t>(source.size() + target.size() + 1);
    }
    if (total > limits::maxTotalCharacters)
        problems.push_back(Problem::of("data.pairs",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "have %1 characters in all; the limit is %2 (every "
                                                         "character is a time step rnnlab traces and draws)"),
                                       {std::to_string(total), std::to_string(limits::maxTotalCharacters)}));
    checkVocabulary(data.sourceVocabulary, "data.source_vocabulary", data.pairs, true, problems);
    checkVocabulary(data.targetVocabulary, "data.target_vocabulary", data.pairs, false, problems);
    const std::size_t sourceSize =
        data.sourceVocabulary ? data.sourceVocabulary->size() : charactersOf(data.pairs, true).size();
    const std::size_t targetSize =
        (data.targetVocabulary ? data.targetVocabulary->size() : charactersOf(data.pairs, false).size()) + 2;
    if (sourceSize > std::size_t(limits::maxVocabularySize))
        problems.push_back(
            Problem::of(data.sourceVocabulary ? "data.source_vocabulary" : "data.pairs",
                        QT_TRANSLATE_NOOP("Problem", "make a source vocabulary of %1 characters; the limit is %2"),
                        {std::to_string(sourceSize), std::to_string(limits::maxVocabularySize)}));
    if (targetSize > std::size_t(limits::maxVocabularySize))
        problems.push_back(Problem::of(data.targetVocabulary ? "data.target_vocabulary" : "data.pairs",
                                       QT_TRANSLATE_NOOP("Problem", "make %1 target tokens; the limit is %2"),
                                       {std::to_string(targetSize), std::to_string(limits::maxVocabularySize)}));
}

Dataset TranslateTask::dataset() const
{
    Dataset out;
    out.task = TaskKind::Translate;
    out.vocabulary = m_target;
    out.inputSize = outputSize();
    out.outputSize = outputSize();
    for (const auto &pair : m_pairs) {
        Sequence sequence;
        sequence.inputs.push_back(sos);
        for (char32_t c : pair.second) {
            const int token = m_target.indexOf(c) + 2;
            sequence.inputs.push_back(token);
            sequence.targets.push_back(token);
        }
        sequence.targets.push_back(eos);
        out.sequences.push_back(std::move(sequence));
    }
    return out;
}

std::vector<std::vector<int>> TranslateTask::sourceIndices() const
{
    std::vector<std::vector<int>> out;
    for (const auto &pair : m_pairs) {
        std::vector<int> indices;
        encodeSource(pair.first, indices);
        out.push_back(std::move(indices));
    }
    return out;
}

std::optional<char32_t> TranslateTask::encodeSource(const std::u32string &source, std::vector<int> &out) const
{
    out.clear();
    for (char32_t c : source) {
        const int index = m_source.indexOf(c);
        if (index < 0)
            return c;
        out.push_back(index);
    }
    return std::nullopt;
}

std::int64_t TranslateTask::timeSteps() const
{
    std::int64_t total = 0;
    for (const auto &pair : m_pairs)
        total += static_cast<std::int64_t>(pair.first.size() + pair.second.size() + 1);
    return total;
}

std::shared_ptr<const ParameterLayout> TranslateTask::layout(const ModelConfig &model) const
{
    return std::make_shared<const ParameterLayout>(
        model, std::vector<StackSpec>{{"encoder", inputSize()}, {"decoder", outputSize()}}, outputSize());
}

const Loss &TranslateTask::loss() const
{
    return CrossEntropyLoss::instance();
}

std::string TranslateTask::tokenName(int index) const
{
    if (index == sos)
        return "<sos>";
    if (index == eos)
        return "<eos>";
    return toUtf8(m_target.character(index - 2));
}

std::vector<std::string> TranslateTask::tokenNames(const std::vector<int> &indices) const
{
    std::vector<std::string> out;
    for (int index : indices)
        out.push_back(tokenName(index));
    return out;
}

int TranslateTask::maxTranslationLength() const
{
    std::size_t longest = 0;
    for (const auto &pair : m_pairs)
        longest = std::max(longest, pair.second.size());
    return static_cast<int>(longest) + 1;
}

std::u32string TranslateTask::outputName(int row) const
{
    if (row == sos)
        return U"<sos>";
    if (row == eos)
        return U"<eos>";
    return std::u32string(1, m_target.character(row - 2));
}

std::u32string TranslateTask::predictionText(const SequenceTrace<float> &sequence) const
{
    std::u32string out;
    for (int index : sequence.predictions)
        out += outputName(index);
    return out;
}

double TranslateTask::metric(const Trace<float> &trace) const
{
    return trace.targetCount > 0 ? static_cast<double>(trace.correctCount) / trace.targetCount : 0.0;
}

std::optional<Problem> TranslateTask::checkSavedPrediction(std::size_t, const std::u32string &,
                                                           const std::string &) const
{
    return std::nullopt;
}

} // namespace rnnlab
