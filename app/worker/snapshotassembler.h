// SPDX-License-Identifier: MIT
// Builds the immutable TrainingSnapshot of a run as it stands: the trainer's weights with their
// forward pass and BPTT evaluated now (or the "what if W_hh = 0" variant's), the optimizer state,
// the last step's gradients and update, the history and the rewinding state (RunHistory), and what
// the caller reports about the run (RunStatus: playing, speeds, timings, a problem, generated
// text). Numbers the snapshots of one run in order. The training worker publishes what it builds;
// the view tests' SnapshotBuilder builds the same snapshots without a thread.
// Not the publishing (LatestValue, TrainingWorker) nor the history. Plain C++.
#pragma once

#include "app/worker/snapshot.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace rnnlab {

class RunHistory;
class Trainer;

//! What a snapshot reports that neither the trainer nor the history knows: the caller's state.
struct RunStatus
{
    bool playing = false; // training goes on (playing, steps pending, or a lock-step round open)
    double stepsPerSecond = 0.0; // measured
    double targetStepsPerSecond = 0.0; // the speed setting; 0 = as fast as possible
    double trainingSeconds = 0.0; // time spent training since the reset …
    std::int64_t trainedSteps = 0; // … and the steps it took
    bool whatIfNoMemory = false; // show the network with every W_hh set to 0
    std::string problem; // why the last step was refused; empty if none
    std::optional<GeneratedText> generated;
    int forecastLength = 20; // a forecast run: points of the free-running forecast past each series
    int forecastFrom = 0; // … which starts after that many points (0: at each series' end)
    //! A run that can generate: how the free-running passes of TrainingSnapshot::freeRuns pick
    //! (none: greedy; else sampled at this temperature with freeRunSeed).
    std::optional<double> freeRunTemperature;
    std::int64_t freeRunSeed = 0;
};

class SnapshotAssembler
{
public:
    //! Before any run: assemble() must not be called.
    SnapshotAssembler() = default;
    //! A run of \a setup whose snapshots carry \a generation and are numbered from 1.
    SnapshotAssembler(std::shared_ptr<const RunSetup> setup, std::uint64_t generation);

    //! What is trained: \a session (which \a trainer was made from), its vocabulary, layout and
    //! task.
    static std::shared_ptr<const RunSetup> setupOf(Session session, const Trainer &trainer);

    const std::shared_ptr<const RunSetup> &setup() const { return m_setup; }

    //! \a weights with every layer's W_hh set to 0: the network of What if W_hh = 0?.
    static ParameterSet<float> withoutMemory(ParameterSet<float> weights);

    //! The snapshot of \a trainer's run now. Takes the last step's gradients from the trainer's
    //! trace first (RunHistory::takeLastStep), then evaluates the current weights — their forward
    //! pass and BPTT, what the next step computes before its update, and the last step's loss
    //! carried back alone — or with \a status.whatIfNoMemory the variant with every W_hh set to 0
    //! (the run itself is untouched).
    SnapshotPtr assemble(Trainer &trainer, RunHistory &history, const RunStatus &status);

private:
    std::shared_ptr<const RunSetup> m_setup;
    std::uint64_t m_generation = 0;
    std::uint64_t m_sequence = 0;
};

} // namespace rnnlab
