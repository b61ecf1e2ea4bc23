// SPDX-License-Identifier: MIT
#include "app/worker/lockstep.h"

#include <algorithm>
#include <stdexcept>

namespace rnnlab {

namespace {
//! Long enough for any model to reach a display frame's worth of steps, short enough that a
//! pause (which lets the round in progress end) still feels immediate.
constexpr std::int64_t maxBatch = std::int64_t(1) << 16;
} // namespace

LockStep::LockStep(int participants, std::chrono::microseconds roundTime)
    : m_arrived(static_cast<std::size_t>(std::max(participants, 0)), -1)
    , m_stuck(m_arrived.size(), 0)
    , m_snapshots(m_arrived.size())
    , m_wakers(m_arrived.size())
    , m_roundTime(roundTime)
{
    if (participants < 1)
        throw std::invalid_argument("LockStep needs at least one participant");
}

void LockStep::run()
{
    std::lock_guard lock(m_mutex);
    m_running = !m_stopped; // after a stop, only a new gate (a reset) trains again
    nextRound();
}

void LockStep::hold()
{
    std::lock_guard lock(m_mutex);
    m_running = false;
}

bool LockStep::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

std::int64_t LockStep::batch() const
{
    std::lock_guard lock(m_mutex);
    return m_batch;
}

void LockStep::advance(std::int64_t steps)
{
    if (steps <= 0)
        return;
    std::lock_guard lock(m_mutex);
    m_extra += steps;
    nextRound();
}

void LockStep::setWaker(int participant, std::function<void()> wake)
{
    std::lock_guard lock(m_mutex);
    m_wakers.at(static_cast<std::size_t>(participant)) = std::move(wake);
}

void LockStep::arrive(int participant, SnapshotPtr snapshot, bool stuck)
{
    if (!snapshot)
        return;
    std::lock_guard lock(m_mutex);
    const auto i = static_cast<std::size_t>(participant);
    m_arrived.at(i) = snapshot->stepsTaken;
    m_stuck[i] = stuck ? 1 : 0;
    m_snapshots[i] = std::move(snapshot);
    settle();
}

void LockStep::settle()
{
    const std::int64_t target = m_target.load(std::memory_order_relaxed);
    std::int64_t furthest = -1;
    bool anyStuck = false;
    for (std::size_t i = 0; i < m_arrived.size(); ++i) {
        // Not there yet: this participant is still training towards the target.
        if (m_arrived[i] < 0 || (m_arrived[i] < target && !m_stuck[i]))
            return;
        anyStuck = anyStuck || m_stuck[i];
        furthest = std::max(furthest, m_arrived[i]);
    }
    if (anyStuck) {
        // A run diverged: show every model where it stopped, and take no further round.
        if (!m_stopped) {
            m_stopped = true;
            m_running = false;
            publishRound(furthest, true);
        }
        return;
    }
    bool together = true;
    for (std::int64_t arrived : m_arrived)
        together = together && arrived == furthest;
    if (!together) {
        // Gathering: the participants arrived where they stood (models that were free-running, or
        // one ahead of the others); the others train up to the furthest, untimed.
        m_waiting = false;
        m_timed = false;
        m_target.store(furthest, std::memory_order_release);
        wakeAll();
        return;
    }
    m_target.store(furthest, std::memory_order_release); // the first gathering: −1 → where all are
    publishRound(furthest, false);

    // Rounds of about m_roundTime: double the batch while a round takes less than half of it,
    // halve it while one takes more than twice as long.
    if (m_timed && !m_waiting) {
        const auto took = std::chrono::steady_clock::now() - m_roundStart;
        if (took < m_roundTime / 2)
            m_batch = std::min(m_batch * 2, maxBatch);
        else if (took > m_roundTime * 2)
            m_batch = std::max<std::int64_t>(m_batch / 2, 1);
    }
    m_waiting = true;
    nextRound();
}

void LockStep::nextRound()
{
    if (!m_waiting || m_stopped)
        return;
    const std::int64_t steps = (m_running ? m_batch : 0) + m_extra;
    if (steps <= 0)
        return;
    m_extra = 0;
    m_waiting = false;
    m_timed = m_running;
    m_roundStart = std::chrono::steady_clock::now();
    m_target.store(m_target.load(std::memory_order_relaxed) + steps, std::memory_order_release);
    wakeAll();
}

void LockStep::publishRound(std::int64_t step, bool stopped)
{
    auto round = std::make_shared<LockStepRound>();
    round->sequence = ++m_sequence;
    round->step = step;
    round->snapshots = m_snapshots;
    round->stopped = stopped;
    m_rounds.publish(std::move(round));
}

void LockStep::wakeAll()
{
    for (const auto &wake : m_wakers) {
        if (wake)
            wake();
    }
}

} // namespace rnnlab
