// SPDX-License-Identifier: MIT
// Records the training history the views plot and list (step, loss, accuracy, predictions) in
// immutable chunks, so that every snapshot can carry the whole history by sharing pointers instead
// of copying it. Memory stays bounded on runs of any length: every step is recorded until
// denseSteps entries exist at the current stride, then every 2nd step, then every 4th, …
// Owned and used by the worker thread only; what it hands out (History) is immutable.
#pragma once

#include "app/worker/snapshot.h"

namespace rnnlab {

class HistoryRecorder
{
public:
    //! Entries recorded at one stride before the stride doubles (2^19: ~16 MiB of entries).
    static constexpr std::int64_t denseSteps = std::int64_t(1) << 19;

    //! Records step \a step of \a trace (the step's forward pass) if the stride says so (and
    //! in the summary always); its predictions as \a task prints them (Task::predictionText).
    //! Allocates only when a chunk fills up or the predictions change (a class task's: its
    //! predicted indices; a task of values, a forecast: its text, made at every recorded step).
    //! With \a texts, those are the step's predictions instead (an encoder–decoder's greedy
    //! translations, which the trace does not hold: Trainer::translations()).
    void record(std::int64_t step, float loss, const Trace<float> &trace, const Task &task,
                const std::vector<std::u32string> *texts = nullptr);

    //! Everything recorded so far, as immutable chunks (the current chunk frozen as a copy).
    History history();

    //! Forgets the entries of steps after \a step (a run resumed from an earlier step).
    void truncateAfter(std::int64_t step);

    std::int64_t stride() const { return m_stride; }

    //! Starts from a history a session file kept (replacing everything recorded), so that a
    //! reopened session shows its past; steps recorded afterwards follow it. \a saved must be valid
    //! for the session (validateHistory()).
    void restore(const SavedHistory &saved);

private:
    std::vector<std::shared_ptr<const HistoryChunk>> m_full;
    std::shared_ptr<HistoryChunk> m_current; // being filled; never handed out
    std::shared_ptr<const HistoryChunk> m_frozen; // the last copy of m_current handed out
    std::shared_ptr<const std::vector<std::u32string>> m_predictions;
    std::vector<std::vector<int>> m_predictionIndices; // of m_predictions, to compare cheaply
    std::int64_t m_stride = 1;
    std::int64_t m_recordedAtStride = 0;
    RunSummary m_summary;
};

//! \a history as a session file keeps it. The predicted strings are kept where they change; when
//! they would take more than \a maxPredictionCharacters characters in all, only the newest changes
//! are (a long run on long texts), and older entries have none.
SavedHistory toSavedHistory(const History &history, std::size_t maxPredictionCharacters = std::size_t(8) << 20);

} // namespace rnnlab
