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
    //! step 0; bumps the snapshot generation.
    void reset(Session session);
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

    //! The newest snapshot (null until the first reset has been processed).
    SnapshotPtr latest() const { return m_mailbox.latest(); }
    //! How many snapshots have been published.
    std::uint64_t publications() const { return m_mailbox.version(); }

    //! Stops the thread and joins it; idempotent. Commands after stop() are ignored.
    void stop();

private:
    struct Command
    {
        enum class Kind { Reset, Play, Pause, Step, Speed, Generate, PublishInterval };
        explicit Command(Kind k)
            : kind(k)
        {
        }
        Kind kind;
        std::optional<Session> session;
        int count = 0;
        double value = 0.0;
        std::chrono::microseconds interval{0};
        std::optional<GenerationOptions> options;
        std::uint64_t requestId = 0;
    };
    void post(Command command);
    void run();
    void apply(Command &command);
    void trainOneStep();
    void publish();

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
    std::uint64_t m_generation = 0;
    std::uint64_t m_sequence = 0;
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
