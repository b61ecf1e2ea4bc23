// SPDX-License-Identifier: MIT
// Test support for the view tests: trains a real session with the engine's Trainer and publishes
// the snapshots the training worker would — built by the worker's own SnapshotAssembler from the
// worker's own RunHistory (weights, their trace with BPTT, optimizer state, effective learning
// rates, last gradients and update, history, weight edits, the what-if variant). Not the worker: no
// thread, no throttling, no rewinding (withChanges() sets the flags a view reads); one snapshot
// whenever snapshot() is called.
#pragma once

#include "app/worker/runhistory.h"
#include "app/worker/snapshot.h"
#include "app/worker/snapshotassembler.h"
#include "engine/trainer.h"

#include <functional>

namespace rnnlab::test {

class SnapshotBuilder
{
public:
    //! \a session must be valid (validate(session) is empty); otherwise the test aborts.
    explicit SnapshotBuilder(const Session &session, std::uint64_t generation = 1);

    //! Takes \a steps training steps (all must be accepted), recording each in the history, as the
    //! worker's step(steps) does before it publishes.
    void train(int steps);
    //! Sets element \a index of \a tensor to \a value by hand and records the edit, as the
    //! worker's editWeight() does (snapshot().edits).
    void edit(int tensor, std::size_t index, float value);
    //! The network with every W_hh set to 0 in the next snapshots, as the worker's
    //! setWhatIfNoMemory() (training is not affected).
    void setWhatIfNoMemory(bool on) { m_status.whatIfNoMemory = on; }
    //! A forecast run: the free-running forecast's points in the next snapshots, as the worker's
    //! setForecastLength().
    void setForecastLength(int length) { m_status.forecastLength = length; }
    //! … and its start (SignalPlot::forecastFrom()).
    void setForecastFrom(int from) { m_status.forecastFrom = from; }
    //! How the free-running passes pick (snapshot()->freeRuns), as the worker's setFreeRun().
    void setFreeRun(std::optional<double> temperature, std::int64_t seed)
    {
        m_status.freeRunTemperature = temperature;
        m_status.freeRunSeed = seed;
    }
    //! The state now as an immutable snapshot (sequence increases with every call).
    SnapshotPtr snapshot();

    Trainer &trainer() { return m_trainer; }
    const std::shared_ptr<const RunSetup> &setup() const { return m_assembler.setup(); }

private:
    Trainer m_trainer;
    RunHistory m_history;
    SnapshotAssembler m_assembler;
    RunStatus m_status;
};

//! The lecture's session with \a layers layers and, with \a outputLayer, an output layer of
//! hidden size \a hidden (without one H must equal the vocabulary size, 4 for "hello").
Session lectureVariant(int layers, bool outputLayer, int hidden = 4);

//! A copy of \a snapshot with \a generated set, as the worker publishes a generation result.
SnapshotPtr withGenerated(const SnapshotPtr &snapshot, GeneratedText generated);

//! A copy of \a snapshot changed by \a change (a later sequence number): viewingHistory,
//! whatIfNoMemory and the like, which the worker sets and SnapshotBuilder does not.
SnapshotPtr withChanges(const SnapshotPtr &snapshot, const std::function<void(TrainingSnapshot &)> &change);

} // namespace rnnlab::test
