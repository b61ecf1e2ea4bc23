// SPDX-License-Identifier: MIT
#include "historyrecorder.h"

namespace rnnlab {

void HistoryRecorder::record(std::int64_t step, float loss, const Trace<float> &trace, const Vocabulary &vocabulary,
                             const std::vector<std::u32string> &classes)
{
    if (step % m_stride != 0)
        return;
    if (++m_recordedAtStride > denseSteps) {
        m_stride *= 2;
        m_recordedAtStride = 0;
        if (step % m_stride != 0)
            return;
        m_recordedAtStride = 1;
    }

    bool same = m_predictions && m_predictionIndices.size() == trace.sequences.size();
    for (std::size_t s = 0; same && s < trace.sequences.size(); ++s)
        same = m_predictionIndices[s] == trace.sequences[s].predictions;
    if (!same) {
        auto strings = std::make_shared<std::vector<std::u32string>>();
        m_predictionIndices.resize(trace.sequences.size());
        for (std::size_t s = 0; s < trace.sequences.size(); ++s) {
            m_predictionIndices[s] = trace.sequences[s].predictions;
            const std::vector<int> &predicted = trace.sequences[s].predictions;
            // A classifier's answer is the class its last time step predicts.
            if (!classes.empty() && !predicted.empty() && predicted.back() >= 0
                && static_cast<std::size_t>(predicted.back()) < classes.size())
                strings->push_back(classes[static_cast<std::size_t>(predicted.back())]);
            else
                strings->push_back(vocabulary.decode(predicted));
        }
        m_predictions = std::move(strings);
    }

    if (!m_current) {
        m_current = std::make_shared<HistoryChunk>();
        m_current->entries.reserve(HistoryChunk::capacity);
    }
    const float accuracy = trace.targetCount > 0 ? static_cast<float>(trace.correctCount) / trace.targetCount : 0.0f;
    m_current->entries.push_back({step, loss, accuracy, m_predictions});
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
    // The next prediction compares against the last kept entry's.
    m_predictions = entries.empty() ? nullptr : (m_current ? m_current->entries.back().predictions
                                                           : m_full.back()->entries.back().predictions);
    m_predictionIndices.clear();
}

History HistoryRecorder::history()
{
    History history;
    history.chunks = m_full;
    if (m_current && !m_current->entries.empty()) {
        if (!m_frozen || m_frozen->entries.size() != m_current->entries.size())
            m_frozen = std::make_shared<const HistoryChunk>(*m_current);
        history.chunks.push_back(m_frozen);
    }
    return history;
}

} // namespace rnnlab
