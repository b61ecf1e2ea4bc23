// SPDX-License-Identifier: MIT
// The training thread: owns the engine's Trainer, takes commands (reset, play, pause, step, speed,
// generate) and publishes immutable TrainingSnapshots into a latest-value mailbox. Plain C++ —
// std::thread, std::mutex, std::condition_variable, std::atomic, no Qt — so that ThreadSanitizer can
// check the whole hand-off (Debian's Qt is not TSan-instrumented). The Qt side (TrainingController)
// only posts commands and reads latest() on its frame timer.
//
// At full speed the worker never waits for the UI: it trains in bursts of about one display frame
// and publishes once per burst; a reader that is slower simply sees fewer snapshots.
#pragma once

#include "checkpointstore.h"
#include "historyrecorder.h"
#include "latestvalue.h"
#include "snapshot.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace rnnlab {

class Trainer;

class TrainingWorker
{
public:
    //! Starts the thread. It idles until reset() gives it a session.
    TrainingWorker();
    //! Stops the thread (finishing at most the step in progress) and joins it.
    ~TrainingWorker();
    TrainingWorker(const TrainingWorker &) = delete;
    TrainingWorker &operator=(const TrainingWorker &) = delete;

    //! Starts over with \a session (which must be valid: validate(session) is empty), paused at
    //! the steps it has taken (0, or its optimizer_state's); bumps the snapshot generation.
    //! \a history: the steps before, as a session file kept them (valid: validateHistory()).
    void reset(Session session, SavedHistory history = {});
    void play();
    void pause();
    //! Takes \a count training steps (then stays paused, or goes on playing).
    void step(int count = 1);
    //! Steps per second while playing; 0 (or less) = as fast as possible.
    void setSpeed(double stepsPerSecond);
    //! Generates text with the weights the worker has when it takes the request (steps still
    //! pending from step() may come after); the result arrives in snapshot->generated.
    void generate(GenerationOptions options, std::uint64_t requestId);
    //! How often snapshots are published at full speed (default: 16 ms, about one display frame).
    void setPublishInterval(std::chrono::microseconds interval);

    //! Shows the network as it was after \a step steps (0 … the run's latest), recomputed exactly
    //! from the nearest checkpoint; pauses training. Training (play/step) returns to the latest step
    //! first; resumeFromView() continues from the viewed one instead.
    void viewStep(std::int64_t step);
    //! Continues the run from the step being viewed: the later steps are forgotten.
    void resumeFromView();
    //! Sets one weight (element \a index of tensor \a tensor) to \a value, at the latest step.
    void editWeight(int tensor, std::size_t index, float value);
    //! Takes back the last edit (rewinding to its step if training went on since); redo() re-applies it.
    void undo();
    void redo();
    //! Shows the network with every W_hh set to 0 ("what if it had no memory?"); training is not affected.
    void setWhatIfNoMemory(bool on);
    //! How much memory the rewind checkpoints may use (default 256 MiB).
    void setCheckpointBudget(std::size_t bytes);

    //! The newest snapshot (null until the first reset has been processed).
    SnapshotPtr latest() const { return m_mailbox.latest(); }
    //! How many snapshots have been published.
    std::uint64_t publications() const { return m_mailbox.version(); }

    //! Stops the thread and joins it; idempotent. Commands after stop() are ignored.
    void stop();

private:
    struct Command
    {
        enum class Kind { Reset, Play, Pause, Step, Speed, Generate, PublishInterval, View, Resume, Edit, Undo, Redo,
                          WhatIf, Budget };
        explicit Command(Kind k)
            : kind(k)
        {
        }
        Kind kind;
        std::optional<Session> session;
        SavedHistory history;
        int count = 0;
        double value = 0.0;
        std::chrono::microseconds interval{0};
        std::optional<GenerationOptions> options;
        std::uint64_t requestId = 0;
        std::int64_t step = 0;
        int tensor = 0;
        std::size_t index = 0;
        float weight = 0.0f;
        bool flag = false;
        std::size_t bytes = 0;
    };
    void post(Command command);
    void run();
    void apply(Command &command);
    void trainOneStep();
    void publish();
    //! Back to the run's latest step when a history step is being viewed.
    void returnToHead();
    void showStep(std::int64_t step);
    void applyEdit(int tensor, std::size_t index, float value);

    // Shared with the posting threads, guarded by m_mutex (m_commandsPending/m_stopRequested are
    // atomics so that the training loop can poll them without taking the lock every step).
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Command> m_commands;
    std::atomic<bool> m_commandsPending{false};
    std::atomic<bool> m_stopRequested{false};
    LatestValue<TrainingSnapshot> m_mailbox;

    // Owned by the worker thread alone.
    std::unique_ptr<Trainer> m_trainer;
    std::shared_ptr<const RunSetup> m_setup;
    HistoryRecorder m_history;
    CheckpointStore m_checkpoints;
    bool m_viewing = false;
    TrainerState m_headState;          // while viewing: where the run really is
    ParameterSet<float> m_headLastGradients;
    ParameterSet<float> m_headLastUpdate;
    std::vector<WeightEdit> m_redo;
    bool m_whatIf = false;
    std::uint64_t m_generation = 0;
    std::uint64_t m_sequence = 0;
    std::uint64_t m_revision = 0;
    bool m_playing = false;
    int m_pendingSteps = 0;
    double m_speed = 0.0;
    std::chrono::microseconds m_publishInterval{16000};
    std::chrono::steady_clock::time_point m_nextStep;
    std::chrono::steady_clock::time_point m_lastPublish;
    std::string m_problem;
    std::optional<GeneratedText> m_generated;
    bool m_newAcceptedStep = false;     // since the last publish
    ParameterSet<float> m_lastGradients; // of the last accepted step
    ParameterSet<float> m_lastUpdate;
    // Steps-per-second measurement: (time, steps) at the start of the current window.
    std::chrono::steady_clock::time_point m_rateStart;
    std::int64_t m_rateSteps = 0;
    double m_stepsPerSecond = 0.0;

    std::thread m_thread; // last: starts after everything above exists
};

} // namespace rnnlab
