// SPDX-License-Identifier: MIT
// What the training worker publishes and the views render: immutable values, shared as
// std::shared_ptr<const TrainingSnapshot>. Plain C++ (no Qt) so that the hand-off can be checked
// by ThreadSanitizer. A snapshot is never modified after it is published; everything in it is
// either a value (deep-copied Eigen data) or a shared_ptr to const.
#pragma once

#include "app/worker/checkpointstore.h"
#include "engine/encoderdecoder.h"
#include "engine/forecastreadout.h"
#include "engine/generation.h"
#include "engine/parameterset.h"
#include "engine/runsummary.h"
#include "engine/session.h"
#include "engine/task.h"
#include "engine/trace.h"
#include "engine/vocabulary.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

//! One training step as the lecture's loop prints it: its loss and predicted strings come from
//! that step's forward pass, before the update.
struct HistoryEntry
{
    std::int64_t step = 0; // 1-based
    float loss = 0.0f;
    float accuracy = 0.0f; // share of targets predicted correctly, 0…1 (0 for real-valued targets)
    //! One string per text. Consecutive entries with the same predictions share one vector.
    std::shared_ptr<const std::vector<std::u32string>> predictions;
    //! A real-valued task's metric of that pass (Task::metric: a forecast's mean absolute error);
    //! NaN for the character tasks, and for steps read from a saved history (it keeps no error).
    float error = std::numeric_limits<float>::quiet_NaN();
};

//! Up to capacity entries, in step order; immutable once published.
struct HistoryChunk
{
    static constexpr std::size_t capacity = 4096;
    std::vector<HistoryEntry> entries;
};

//! Every recorded step of a run. Every step is recorded up to HistoryRecorder's dense limit; after
//! that every k-th, with k doubling, so memory stays bounded however long a run goes on.
struct History
{
    std::vector<std::shared_ptr<const HistoryChunk>> chunks; // all full but the last
    //! Every step's numbers, not only the recorded ones: the last loss, the first step with every
    //! prediction right (compare mode's table).
    RunSummary summary;

    std::int64_t size() const
    {
        return chunks.empty()
            ? 0
            : static_cast<std::int64_t>((chunks.size() - 1) * HistoryChunk::capacity + chunks.back()->entries.size());
    }
    const HistoryEntry &at(std::int64_t i) const
    {
        const auto chunk = static_cast<std::size_t>(i) / HistoryChunk::capacity;
        return chunks[chunk]->entries[static_cast<std::size_t>(i) % HistoryChunk::capacity];
    }
    bool empty() const { return size() == 0; }
};

//! The immutable part of a run: what is being trained.
struct RunSetup
{
    Session session;
    Vocabulary vocabulary;
    std::shared_ptr<const ParameterLayout> layout;
    //! What the run learns: views ask it (its shape, its outputs' names and kind, whether it can
    //! generate) instead of branching on which task it is.
    std::shared_ptr<const Task> task;

    //! Rows of y_t (the task's outputSize()).
    int outputSize() const { return task->outputSize(); }
};

struct GeneratedText
{
    std::uint64_t requestId = 0;
    GenerationOptions options;
    std::u32string text; // the characters after the prime
    std::optional<Problem> problem; // when the request was refused (the window says it in its language)
};

struct TrainingSnapshot
{
    std::uint64_t generation = 0; // bumped by every reset: views drop state of older generations
    std::uint64_t sequence = 0; // increases with every publication within a generation
    //! Bumped by every change to what a saved file would hold — an accepted step, an edit, undo,
    //! redo, a resume from an earlier step — but not by looking (rewinding, what-if): the window
    //! compares it with the revision it saved to know whether there is unsaved work.
    std::uint64_t revision = 0;
    std::shared_ptr<const RunSetup> setup;

    std::int64_t stepsTaken = 0;
    bool playing = false;
    double stepsPerSecond = 0.0; // measured over about the last second while playing
    double targetStepsPerSecond = 0.0; // the speed setting; 0 = as fast as possible
    //! Time spent training (not waiting: for the speed setting, the UI, a lock-step round) and
    //! the steps trained in it, since the reset: trainingSeconds / trainedSteps is the time per step.
    double trainingSeconds = 0.0;
    std::int64_t trainedSteps = 0;

    ParameterSet<float> weights; // the weights now, after stepsTaken updates
    //! The forward pass and BPTT of `weights` — exactly what the next training step computes
    //! before its update: what the graph draws, forward and back through time. With whatIfNoMemory,
    //! the pass of `weights` with every W_hh set to 0 instead.
    Trace<float> trace;
    OptimizerState optimizer; // after stepsTaken steps (a saved session resumes from it)
    //! Per parameter, the learning rate the last update effectively used (Adam: lr / (√v̂ + ε)).
    ParameterSet<float> effectiveLearningRate;
    //! dL/dθ of the last step (at the weights before its update, unclipped) and the change that
    //! step's update made. Empty (isNull) before the first step.
    ParameterSet<float> lastGradients;
    ParameterSet<float> lastUpdate;

    History history;
    std::string problem; // why the last step was refused (divergence); empty if none

    // Rewinding: the run's latest step is headSteps; when viewingHistory, the snapshot shows the
    // network as it was after stepsTaken (< headSteps) steps, recomputed exactly.
    std::int64_t headSteps = 0;
    bool viewingHistory = false;
    std::int64_t checkpointStride = 1; // kept steps are this far apart; the others replayed
    bool checkpointsSpacedOut = false; // … for speed (RunHistory::setCheckpointShare), not only for memory
    std::vector<WeightEdit> edits; // by hand, oldest first
    bool canRedo = false;
    bool whatIfNoMemory = false;
    std::optional<GeneratedText> generated;
    //! A forecast run (task "forecast"): its series, the one-step predictions and free-running
    //! forecast of the weights the trace was computed with (the what-if variant's too), and the
    //! test series' errors; null for the character tasks.
    std::shared_ptr<const ForecastReadout> forecast;
    //! A translation run (task "translate"): every pair's greedy translation by the weights the
    //! trace was computed with (the what-if variant's too), step by step (EncoderDecoder::greedyPass),
    //! in the pairs' order: the graph's Translate view. Null for the other tasks.
    std::shared_ptr<const std::vector<GreedyPass>> greedy;
    //! A run that can generate (next character, Task::canGenerate): each training text's
    //! free-running pass by the weights the trace was computed with (the what-if variant's too),
    //! from the text's first character, as many steps as the text has, each pick fed back, the
    //! text's targets beside the picks (traceGeneration; partsAt: where the generated text parts
    //! from it) — the graph's one-to-many picture. In the texts' order; null for the other tasks.
    std::shared_ptr<const std::vector<GenerationTrace>> freeRuns;
    //! How its picks were made: none = greedy, else sampled at this temperature with freeRunSeed.
    std::optional<double> freeRunTemperature;
    std::int64_t freeRunSeed = 0;

    // The sequences the graph and the walk by hand can show, as the bar lists them: the trace's
    // (the training texts or series, 0 … trace.sequences.size() − 1), then a forecast run's test
    // series (forecast->testTrace: forward only, never trained on).
    //! How many there are.
    int shownSequenceCount() const
    {
        return int(trace.sequences.size()) + (forecast ? int(forecast->testTrace.sequences.size()) : 0);
    }
    //! Whether \a index (0-based, as above) is a test series.
    bool isTestSequence(int index) const
    {
        return index >= int(trace.sequences.size()) && index < shownSequenceCount();
    }
    //! Sequence \a index, clamped to those there are (at least one: the trace's first).
    const SequenceTrace<float> &shownSequence(int index) const
    {
        index = std::clamp(index, 0, shownSequenceCount() - 1);
        const int train = int(trace.sequences.size());
        return index < train ? trace.sequences[static_cast<std::size_t>(index)]
                             : forecast->testTrace.sequences[static_cast<std::size_t>(index - train)];
    }
};

using SnapshotPtr = std::shared_ptr<const TrainingSnapshot>;

} // namespace rnnlab
