// SPDX-License-Identifier: MIT
#include "app/worker/historyrecorder.h"

#include <algorithm>
#include <limits>

namespace rnnlab {

void HistoryRecorder::record(std::int64_t step, float loss, const Trace<float> &trace, const Task &task,
                             const std::vector<std::u32string> *texts)
{
    m_summary.record(step, loss, trace.correctCount, trace.targetCount);
    if (step % m_stride != 0)
        return;
    if (++m_recordedAtStride > denseSteps) {
        m_stride *= 2;
        m_recordedAtStride = 0;
        if (step % m_stride != 0)
            return;
        m_recordedAtStride = 1;
    }

    if (texts) {
        // Given strings (greedy translations): shared with the previous entry's while they read the same.
        if (!m_predictions || *m_predictions != *texts)
            m_predictions = std::make_shared<const std::vector<std::u32string>>(*texts);
        m_predictionIndices.clear();
    } else if (task.outputKind() == OutputKind::Value) {
        // Predicted values (a forecast) have no class indices to compare: a step's text is made from
        // its y_t, so it is made every step and shared with the previous entry's while it reads the same.
        std::vector<std::u32string> strings;
        strings.reserve(trace.sequences.size());
        for (const SequenceTrace<float> &sequence : trace.sequences)
            strings.push_back(task.predictionText(sequence));
        if (!m_predictions || *m_predictions != strings)
            m_predictions = std::make_shared<const std::vector<std::u32string>>(std::move(strings));
        m_predictionIndices.clear();
    }
    bool same = m_predictions && m_predictionIndices.size() == trace.sequences.size();
    for (std::size_t s = 0; same && s < trace.sequences.size(); ++s)
        same = m_predictionIndices[s] == trace.sequences[s].predictions;
    if (!same && !texts && task.outputKind() != OutputKind::Value) {
        auto strings = std::make_shared<std::vector<std::u32string>>();
        m_predictionIndices.resize(trace.sequences.size());
        for (std::size_t s = 0; s < trace.sequences.size(); ++s) {
            m_predictionIndices[s] = trace.sequences[s].predictions;
            strings->push_back(task.predictionText(trace.sequences[s]));
        }
        m_predictions = std::move(strings);
    }

    if (!m_current) {
        m_current = std::make_shared<HistoryChunk>();
        m_current->entries.reserve(HistoryChunk::capacity);
    }
    const float accuracy = trace.targetCount > 0 ? static_cast<float>(trace.correctCount) / trace.targetCount : 0.0f;
    // A real-valued task has no share of right predictions: its error instead (the loss plot's).
    const float error = task.outputKind() == OutputKind::Value ? static_cast<float>(task.metric(trace))
                                                               : std::numeric_limits<float>::quiet_NaN();
    m_current->entries.push_back({step, loss, accuracy, m_predictions, error});
    if (m_current->entries.size() == HistoryChunk::capacity) {
        m_full.push_back(std::move(m_current)); // full chunks are never written again
        m_current.reset();
        m_frozen.reset();
    }
}

void HistoryRecorder::truncateAfter(std::int64_t step)
{
    // Rebuild from the kept entries: chunks already handed out are never changed.
    History kept = history();
    std::vector<HistoryEntry> entries;
    for (std::int64_t i = 0; i < kept.size() && kept.at(i).step <= step; ++i)
        entries.push_back(kept.at(i));
    m_full.clear();
    m_current.reset();
    m_frozen.reset();
    for (HistoryEntry &entry : entries) {
        if (!m_current) {
            m_current = std::make_shared<HistoryChunk>();
            m_current->entries.reserve(HistoryChunk::capacity);
        }
        m_current->entries.push_back(std::move(entry));
        if (m_current->entries.size() == HistoryChunk::capacity) {
            m_full.push_back(std::move(m_current));
            m_current.reset();
        }
    }
    // The summary keeps what it knows up to the step; the loss there is the last kept entry's (the
    // step itself unless the history had become sparse). An all-right entry cannot be the first
    // such step if the summary did not keep one at or before it, so it only restores the loss.
    m_summary.truncateAfter(step);
    if (!entries.empty()) {
        const HistoryEntry &last = m_current ? m_current->entries.back() : m_full.back()->entries.back();
        m_summary.record(last.step, last.loss, last.accuracy >= 1.0f ? 1 : 0, 1);
    }
    // The next prediction compares against the last kept entry's.
    m_predictions = entries.empty()
        ? nullptr
        : (m_current ? m_current->entries.back().predictions : m_full.back()->entries.back().predictions);
    m_predictionIndices.clear();
}

void HistoryRecorder::restore(const SavedHistory &saved)
{
    *this = HistoryRecorder();
    // Entries before the first kept change of predictions have none: one empty string per text.
    std::shared_ptr<const std::vector<std::u32string>> predictions;
    if (!saved.predictions.empty() && saved.predictions.front().from > 0)
        predictions = std::make_shared<const std::vector<std::u32string>>(saved.predictions.front().texts.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < saved.entries.size(); ++i) {
        if (next < saved.predictions.size() && saved.predictions[next].from == i)
            predictions = std::make_shared<const std::vector<std::u32string>>(saved.predictions[next++].texts);
        if (!predictions)
            predictions = std::make_shared<const std::vector<std::u32string>>();
        if (!m_current) {
            m_current = std::make_shared<HistoryChunk>();
            m_current->entries.reserve(HistoryChunk::capacity);
        }
        const SavedHistory::Entry &entry = saved.entries[i];
        m_current->entries.push_back(
            {entry.step, entry.loss, entry.accuracy, predictions, std::numeric_limits<float>::quiet_NaN()});
        if (m_current->entries.size() == HistoryChunk::capacity) {
            m_full.push_back(std::move(m_current));
            m_current.reset();
        }
    }
    // The next step compares its predictions with the last kept ones (by value: the indices are
    // not kept in a file, so the first new step always starts a new shared vector).
    m_predictions = predictions;
    m_predictionIndices.clear();
    // Memory stays bounded as before: a saved history counts as recorded at stride 1, so a long
    // one thins the steps that follow it sooner.
    m_recordedAtStride = static_cast<std::int64_t>(saved.entries.size());
}

SavedHistory toSavedHistory(const History &history, std::size_t maxPredictionCharacters)
{
    SavedHistory saved;
    const std::int64_t n = history.size();
    saved.entries.reserve(static_cast<std::size_t>(n));
    const std::vector<std::u32string> *last = nullptr;
    for (std::int64_t i = 0; i < n; ++i) {
        const HistoryEntry &entry = history.at(i);
        saved.entries.push_back({entry.step, entry.loss, entry.accuracy});
        const std::vector<std::u32string> *current = entry.predictions.get();
        if (!current || current == last || (last && *current == *last))
            continue;
        last = current;
        saved.predictions.push_back({static_cast<std::size_t>(i), *current});
    }
    // Entries that had no predictions (restored from a file that kept none for them) stay without.
    std::erase_if(saved.predictions, [](const SavedHistory::Predictions &p) {
        return std::all_of(p.texts.begin(), p.texts.end(), [](const std::u32string &s) { return s.empty(); });
    });
    std::size_t characters = 0;
    std::size_t keepFrom = saved.predictions.size();
    while (keepFrom > 0) {
        std::size_t size = 0;
        for (const auto &text : saved.predictions[keepFrom - 1].texts)
            size += text.size();
        if (characters + size > maxPredictionCharacters)
            break;
        characters += size;
        --keepFrom;
    }
    saved.predictions.erase(saved.predictions.begin(),
                            saved.predictions.begin() + static_cast<std::ptrdiff_t>(keepFrom));
    return saved;
}

History HistoryRecorder::history()
{
    History history;
    history.summary = m_summary;
    history.chunks = m_full;
    if (m_current && !m_current->entries.empty()) {
        if (!m_frozen || m_frozen->entries.size() != m_current->entries.size())
            m_frozen = std::make_shared<const HistoryChunk>(*m_current);
        history.chunks.push_back(m_frozen);
    }
    return history;
}

} // namespace rnnlab
