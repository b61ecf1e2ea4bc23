// SPDX-License-Identifier: MIT
// The training thread: owns the engine's Trainer, takes commands (reset, play, pause, step, speed,
// generate, rewind and edit: WorkerCommand) and publishes immutable TrainingSnapshots
// (SnapshotAssembler) into a latest-value mailbox. What rewinding and editing do to the run is
// RunHistory's; this class is the thread, the pacing and the lock step. Plain C++ —
// std::thread, std::mutex, std::condition_variable, std::atomic, no Qt — so that ThreadSanitizer can
// check the whole hand-off (Debian's Qt is not TSan-instrumented). The Qt side (TrainingController)
// only posts commands and reads latest() on its frame timer.
//
// At full speed the worker never waits for the UI: it trains in bursts of about one display frame
// and publishes once per burst; a reader that is slower simply sees fewer snapshots.
//
// In compare mode's lock step (setLockStep), a LockStep gate decides how far the worker trains:
// up to the gate's target, then it publishes, arrives at the gate and waits for the next round —
// for the slowest of the compared models, never for the UI.
#pragma once

#include "app/worker/checkpointstore.h"
#include "app/worker/latestvalue.h"
#include "app/worker/lockstep.h"
#include "app/worker/runhistory.h"
#include "app/worker/snapshot.h"
#include "app/worker/snapshotassembler.h"
#include "app/worker/workercommand.h"

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
    //! The share of the run's time its checkpoints may take (RunHistory::setCheckpointShare).
    static constexpr double checkpointShare = 0.02;

    //! Starts the thread. It idles until reset() gives it a session.
    //! \a threadNice: the training thread's nice value on Linux, 0 (the UI thread's) or more — a
    //! lower priority; see run(). It cannot go back up (that takes privileges), so it is fixed here.
    explicit TrainingWorker(int threadNice = 0);
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
    //! A forecast run: every snapshot's free-running forecast has \a length points past the end
    //! (0 … maxGenerationLength) and starts after the first \a from points (0: at the end).
    void setForecastLength(int length, int from = 0);
    //! How the snapshots' free-running passes (TrainingSnapshot::freeRuns) pick: greedy without
    //! \a temperature, else sampled with it (> 0) and \a seed.
    void setFreeRun(std::optional<double> temperature, std::int64_t seed);
    //! How much memory the rewind checkpoints may use (default 256 MiB).
    void setCheckpointBudget(std::size_t bytes);
    //! Trains in lock step with the other participants of \a gate, as participant \a participant:
    //! training goes as far as gate->target() and no further (at the speed set), every stop there is
    //! published and arrives at the gate; play, pause and step are ignored meanwhile (the gate
    //! decides). Null: free-running again, paused. A reset() leaves the gate too.
    void setLockStep(std::shared_ptr<LockStep> gate, int participant = 0);

    //! The newest snapshot (null until the first reset has been processed).
    SnapshotPtr latest() const { return m_mailbox.latest(); }
    //! How many snapshots have been published.
    std::uint64_t publications() const { return m_mailbox.version(); }

    //! Stops the thread and joins it; idempotent. Commands after stop() are ignored.
    void stop();

private:
    void post(WorkerCommand command);
    void run();
    //! Frees the published snapshots nobody else holds any more (on this, the worker's, thread).
    void releaseUnused();
    // One per command (WorkerCommand), on the worker's thread.
    void apply(command::Reset &command);
    void apply(command::Play &command);
    void apply(command::Pause &command);
    void apply(command::Step &command);
    void apply(command::SetSpeed &command);
    void apply(command::Generate &command);
    void apply(command::SetPublishInterval &command);
    void apply(command::ViewStep &command);
    void apply(command::ResumeFromView &command);
    void apply(command::EditWeight &command);
    void apply(command::Undo &command);
    void apply(command::Redo &command);
    void apply(command::SetWhatIfNoMemory &command);
    void apply(command::SetForecastLength &command);
    void apply(command::SetFreeRun &command);
    void apply(command::SetCheckpointBudget &command);
    void apply(command::SetLockStep &command);
    //! Playing stops and pending steps are dropped (the measured speed is kept).
    void stopTraining();
    //! One step; false when it was refused (the status's problem says why).
    bool trainOneStep();
    //! trainOneStep(), its time counted in m_trainingTime.
    bool timedStep();
    void publish();
    //! Back to the run's latest step when a history step is being viewed.
    void returnToHead();
    //! Lock step: whether the gate lets the worker train now (it is behind the target).
    bool gateOpen() const;
    //! Lock step: at the target (or stuck) and not arrived there yet — or \a again, after a command
    //! changed what a snapshot shows: publish and arrive.
    void arriveIfDue(bool again = false);
    void leaveGate();

    // Shared with the posting threads, guarded by m_mutex (m_commandsPending/m_stopRequested are
    // atomics so that the training loop can poll them without taking the lock every step).
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<WorkerCommand> m_commands;
    std::atomic<bool> m_commandsPending{false};
    std::atomic<bool> m_stopRequested{false};
    LatestValue<TrainingSnapshot> m_mailbox;

    // Owned by the worker thread alone.
    std::unique_ptr<Trainer> m_trainer;
    std::optional<RunHistory> m_history; // of m_trainer's run
    SnapshotAssembler m_assembler; // of m_trainer's run
    RunStatus m_status; // what the next snapshot reports besides the trainer's numbers and history
    std::size_t m_checkpointBudget = CheckpointStore::defaultBudget;
    std::uint64_t m_generation = 0;
    bool m_playing = false;
    int m_pendingSteps = 0;
    double m_speed = 0.0;
    std::chrono::microseconds m_publishInterval{16000};
    std::chrono::steady_clock::time_point m_nextStep;
    std::chrono::steady_clock::time_point m_lastPublish;
    // What the last publication cost this thread (a forward pass and two BPTTs, and the copies).
    std::chrono::steady_clock::duration m_publishCost{};
    // Steps-per-second measurement: (time, steps) at the start of the current window.
    std::chrono::steady_clock::time_point m_rateStart;
    std::int64_t m_rateSteps = 0;
    double m_stepsPerSecond = 0.0;
    // Time spent training (not waiting), and the steps it took, since the reset.
    std::chrono::steady_clock::duration m_trainingTime{};
    std::int64_t m_trainedSteps = 0;
    // Lock step (see setLockStep).
    std::shared_ptr<LockStep> m_gate;
    int m_participant = 0;
    std::int64_t m_arrivedAt = -1; // the step the worker last arrived at the gate with (−1: none)
    bool m_gateStuck = false; // a step was refused: no further training in lock step
    bool m_arrivedStuck = false; // … and the gate knows it

    // Snapshots published and maybe still held elsewhere (the window, a lock-step round): the
    // worker keeps a reference so that the last one — and with it the freeing of the snapshot's
    // memory — is usually its own (releaseUnused()), not the UI thread's. glibc's free() of a block
    // from another thread's arena takes that arena's lock; a UI thread freeing the worker's
    // snapshots waits whenever the worker is inside malloc — up to a time slice when it is
    // preempted there (measured: 170 ms in compare mode with three workers on two cores).
    std::vector<SnapshotPtr> m_published;
    static constexpr std::size_t maxKeptPublished = 64; // beyond: the oldest is let go wherever it dies
    //! At full speed a burst of training lasts at least this many times what a publication costs,
    //! so that publishing takes at most about 1/21 of the worker's time: on a long text a
    //! snapshot costs two or three training steps, and sixty a second made training 30% slower.
    static constexpr int trainingPerPublishCost = 20;

    const int m_threadNice;
    std::thread m_thread; // last: starts after everything above exists
};

} // namespace rnnlab
