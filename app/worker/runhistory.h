// SPDX-License-Identifier: MIT
// A run's past as the window can look at it and change it: every accepted step recorded (loss,
// accuracy, predictions: HistoryRecorder; the state: CheckpointStore), an earlier step shown exactly
// (back to the nearest checkpoint, then the same steps again), training resumed from there, weights
// edited by hand, and the edits undone and redone. It also keeps the last step's gradients and
// update, which belong to the step shown. It works on the Trainer it is handed (the worker's) and
// owns no thread: the worker calls it on its own thread, the test support synchronously.
// Not the thread, the pacing or the lock step (TrainingWorker), nor what a snapshot holds
// (SnapshotAssembler). Plain C++.
//
// Revision: bumped by every change to what a saved file would hold (an accepted step, an edit,
// undo, redo, a resume from an earlier step), not by looking (viewing a step).
#pragma once

#include "app/worker/checkpointstore.h"
#include "app/worker/historyrecorder.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace rnnlab {

class RunHistory
{
public:
    //! The history of a run that starts where \a trainer stands, after the steps \a saved kept (a
    //! session file's, valid for it: validateHistory()); checkpoints within \a budgetBytes.
    RunHistory(const Trainer &trainer, const SavedHistory &saved,
               std::size_t budgetBytes = CheckpointStore::defaultBudget);

    // Training at the latest step.

    //! Records the accepted step \a outcome that \a trainer has just taken (its trace holds that
    //! step's passes): loss and predictions (as its task prints them), a checkpoint when one is
    //! due. Its gradients and update are taken by the next takeLastStep(). An undone edit can no
    //! longer be redone.
    void recordStep(const StepOutcome &outcome, const Trainer &trainer);
    //! Keeps the gradients and update of the step recordStep() recorded last, if not taken yet:
    //! \a trainer's trace must still hold that step's backward pass (call before it evaluates
    //! anything else). Copying once per publication rather than once per step keeps the
    //! full-speed loop from copying every parameter twice a step.
    void takeLastStep(const Trainer &trainer);

    // Looking back.

    //! Whether an earlier step is shown (the trainer stands there; the run's latest step is kept).
    bool viewing() const { return m_viewing; }
    //! The run's latest step.
    std::int64_t headSteps(const Trainer &trainer) const;
    //! Puts \a trainer at step \a step (clamped to the earliest step that can be recomputed and the
    //! latest), recomputed exactly from the nearest checkpoint before it; the latest step is kept.
    void view(Trainer &trainer, std::int64_t step);
    //! Back to the run's latest step, when an earlier one is shown.
    void returnToHead(Trainer &trainer);
    //! Continues the run from the step shown: the later steps are forgotten. False (nothing done)
    //! when no earlier step is shown.
    bool resumeFromView(const Trainer &trainer);

    // Changing weights by hand, at the latest step.

    //! Sets element \a index of tensor \a tensor to \a value. False (nothing done) when an earlier
    //! step is shown or the edit is not one (no such element, a value that is not finite).
    bool edit(Trainer &trainer, int tensor, std::size_t index, float value);
    bool canUndo() const { return !m_checkpoints.edits().empty(); }
    //! Takes back the last edit (back at the latest step first), rewinding to its step — the later
    //! steps go — if training went on since. Needs canUndo().
    void undo(Trainer &trainer);
    //! Whether redo() would re-apply an undone edit: one was undone at the step \a trainer is at,
    //! nothing was trained since, and the latest step is shown.
    bool canRedo(const Trainer &trainer) const;
    //! Re-applies the last undone edit; false (nothing done) unless canRedo().
    bool redo(Trainer &trainer);

    //! Keeps checkpoints further apart while copying them takes more than \a share of the time
    //! between steps (measured every 64 steps; 0, the default: every step the budget allows). A
    //! step between two checkpoints is recomputed when viewed, exactly, so this costs only that.
    //! The worker asks for 2%: with 128 units a checkpoint every step took a sixth of the run's
    //! time beside the window (issue 14's benchmark).
    void setCheckpointShare(double share) { m_checkpointShare = share; }

    //! Starts the checkpoints over within \a bytes (from the latest step, which is kept; the
    //! edits' record goes with the old checkpoints).
    void setCheckpointBudget(const Trainer &trainer, std::size_t bytes);

    // What a snapshot shows.

    std::uint64_t revision() const { return m_revision; }
    //! Every recorded step, as immutable chunks.
    History history() { return m_recorder.history(); }
    std::int64_t checkpointStride() const { return m_checkpoints.stride(); }
    //! Whether the checkpoints were spaced out for speed (setCheckpointShare), not only thinned
    //! for the memory budget.
    bool checkpointsSpacedOut() const { return m_checkpoints.spacedOut(); }
    const std::vector<WeightEdit> &edits() const { return m_checkpoints.edits(); }
    //! dL/dθ of the last step taken to the step shown (at the weights before its update), and the
    //! change its update made; empty (isNull) when there is none.
    const ParameterSet<float> &lastGradients() const { return m_lastGradients; }
    const ParameterSet<float> &lastUpdate() const { return m_lastUpdate; }

private:
    void forgetLastStep();
    void applyEdit(Trainer &trainer, int tensor, std::size_t index, float value);

    HistoryRecorder m_recorder;
    CheckpointStore m_checkpoints;
    std::vector<WeightEdit> m_redo;
    std::uint64_t m_revision = 0;

    bool m_viewing = false;
    TrainerState m_headState; // while viewing: where the run really is
    ParameterSet<float> m_headLastGradients;
    ParameterSet<float> m_headLastUpdate;

    ParameterSet<float> m_lastGradients;
    ParameterSet<float> m_lastUpdate;
    bool m_lastStepPending = false; // recordStep() since the last takeLastStep()

    // setCheckpointShare(): the share allowed, and the window it is measured over.
    using Clock = std::chrono::steady_clock;
    double m_checkpointShare = 0.0;
    int m_windowSteps = 0;
    Clock::time_point m_windowStart;
    Clock::duration m_windowCopying{};
};

} // namespace rnnlab
