// SPDX-License-Identifier: MIT
// Lock step for compare mode: two or three TrainingWorkers, each on its own thread, train in
// rounds. Every worker trains up to the round's step (target()), publishes its snapshot there and
// arrives; when all have arrived, their snapshots — all after the same number of steps — are
// published together as one LockStepRound, and the next round begins. So the window shows step N
// of every model at once, and no worker waits for the window: only for the slowest model.
// Rounds grow and shrink so that one takes about one display frame: fast models end many steps
// per round, slow ones a single step.
// Plain C++ (mutex, atomic, LatestValue) so that ThreadSanitizer checks it, like the worker. Not
// the training loop (trainingworker.cpp) nor the Qt side (CompareController).
//
// Locking: the gate's mutex may be held while a worker's waker takes that worker's mutex, never
// the other way round — a worker calls into the gate only while holding none of its own locks.
#pragma once

#include "app/worker/latestvalue.h"
#include "app/worker/snapshot.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace rnnlab {

//! One round: every participant's snapshot after the same number of steps.
struct LockStepRound
{
    std::uint64_t sequence = 0; // 1, 2, … with every published round
    std::int64_t step = 0; // every snapshot's stepsTaken (but a stuck one's)
    std::vector<SnapshotPtr> snapshots; // one per participant, in participant order
    //! A participant could not take its next step (the run diverged): its snapshot is behind and
    //! says why (problem); the rounds stop here until the runs are reset.
    bool stopped = false;
};

class LockStep
{
public:
    //! \a participants workers (2 or more); a round should take about \a roundTime.
    explicit LockStep(int participants, std::chrono::microseconds roundTime = std::chrono::milliseconds(16));
    LockStep(const LockStep &) = delete;
    LockStep &operator=(const LockStep &) = delete;

    int participants() const { return static_cast<int>(m_arrived.size()); }

    // The controller's side (any thread).

    //! Rounds follow one another until hold().
    void run();
    //! No new round after the one in progress (which still ends: every model at the same step).
    void hold();
    bool isRunning() const;
    //! One more round of \a steps steps after the one in progress (the Step button).
    void advance(std::int64_t steps);
    //! The newest complete round (null before the first).
    std::shared_ptr<const LockStepRound> latest() const { return m_rounds.latest(); }
    //! Steps per round now (grows while rounds are shorter than roundTime/2, shrinks above 2×).
    std::int64_t batch() const;

    // The workers' side.

    //! The step to train towards; −1 until every participant has arrived once (each arrives first
    //! where it stands: the gate then sets the target to the furthest, so that models that were
    //! free-running meet there).
    std::int64_t target() const { return m_target.load(std::memory_order_acquire); }
    //! Participant \a participant stops at snapshot->stepsTaken with \a snapshot (published there):
    //! it reached target(), or (\a stuck) it cannot go on. When the last one arrives at the target,
    //! the round is published and, if running or advanced, the target moves and the wakers are called.
    void arrive(int participant, SnapshotPtr snapshot, bool stuck = false);
    //! \a wake is called (on some participant's or the controller's thread, with the gate's lock
    //! held) whenever target() moves; an empty function stops the calls — after setWaker returns,
    //! the old one is never called again.
    void setWaker(int participant, std::function<void()> wake);

private:
    // All with m_mutex held.
    //! After an arrival: when every participant is at the target, publish the round and start
    //! the next one (if running or advanced); when they are at different steps, gather them.
    void settle();
    //! Moves the target by the next round's steps, if there is a next round.
    void nextRound();
    void publishRound(std::int64_t step, bool stopped);
    void wakeAll();

    mutable std::mutex m_mutex;
    std::atomic<std::int64_t> m_target{-1};
    std::vector<std::int64_t> m_arrived; // step each participant last arrived at (−1: not yet)
    std::vector<char> m_stuck;
    std::vector<SnapshotPtr> m_snapshots;
    std::vector<std::function<void()>> m_wakers;
    bool m_running = false;
    bool m_stopped = false;
    bool m_waiting = false; // every participant is at the target: no round in progress
    bool m_timed = false; // the round in progress is one of run()'s (its time adapts m_batch)
    std::int64_t m_extra = 0; // steps asked for by advance(), for the next round
    std::int64_t m_batch = 1;
    std::chrono::microseconds m_roundTime;
    std::chrono::steady_clock::time_point m_roundStart;
    std::uint64_t m_sequence = 0;
    LatestValue<LockStepRound> m_rounds;
};

} // namespace rnnlab
