// SPDX-License-Identifier: MIT
#include "app/worker/runhistory.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

RunHistory::RunHistory(const Trainer &trainer, const SavedHistory &saved, std::size_t budgetBytes)
    : m_checkpoints(budgetBytes)
{
    if (!saved.empty())
        m_recorder.restore(saved);
    m_checkpoints.record(trainer.state(), /*pinned=*/true);
}

void RunHistory::recordStep(const StepOutcome &outcome, const Trainer &trainer)
{
    // An encoder–decoder's predictions are its greedy translations, as rnnlab-cli train prints them.
    const std::vector<std::u32string> translations = trainer.translations();
    m_recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task(),
                      translations.empty() ? nullptr : &translations);
    if (m_checkpointShare <= 0.0) {
        if (m_checkpoints.wants(outcome.step))
            m_checkpoints.record(trainer);
    } else {
        if (m_checkpoints.wants(outcome.step)) {
            const auto start = Clock::now();
            m_checkpoints.record(trainer);
            m_windowCopying += Clock::now() - start;
        }
        if (++m_windowSteps == 64) {
            const auto now = Clock::now();
            // Wall time: while training waits for its pace (or a pause), copying costs nothing.
            if (m_windowStart != Clock::time_point() && m_windowCopying > (now - m_windowStart) * m_checkpointShare)
                m_checkpoints.spaceOut();
            m_windowStart = now;
            m_windowSteps = 0;
            m_windowCopying = {};
        }
    }
    m_lastStepPending = true;
    ++m_revision;
    m_redo.clear(); // a redo applies only where the edit was undone
}

void RunHistory::takeLastStep(const Trainer &trainer)
{
    if (!m_lastStepPending)
        return;
    m_lastGradients = trainer.trace().gradients;
    m_lastUpdate = trainer.lastUpdate();
    m_lastStepPending = false;
}

void RunHistory::forgetLastStep()
{
    m_lastGradients = ParameterSet<float>();
    m_lastUpdate = ParameterSet<float>();
}

std::int64_t RunHistory::headSteps(const Trainer &trainer) const
{
    return m_viewing ? m_headState.stepsTaken : trainer.stepsTaken();
}

void RunHistory::returnToHead(Trainer &trainer)
{
    if (!m_viewing)
        return;
    trainer.restore(m_headState);
    m_lastGradients = m_headLastGradients;
    m_lastUpdate = m_headLastUpdate;
    m_viewing = false;
}

void RunHistory::view(Trainer &trainer, std::int64_t step)
{
    const std::int64_t head = headSteps(trainer);
    const TrainerState *first = m_checkpoints.atOrBefore(step);
    if (!first)
        first = m_checkpoints.earliest();
    step = std::clamp<std::int64_t>(step, first ? first->stepsTaken : head, head);
    if (step == head) {
        returnToHead(trainer);
        return;
    }
    if (!m_viewing) {
        m_headState = trainer.state();
        m_headLastGradients = m_lastGradients;
        m_headLastUpdate = m_lastUpdate;
        m_viewing = true;
    }
    // The nearest kept step before it, then the same steps again: the same bits (training is
    // deterministic, and no edit lies in between — edited steps are always kept). Replaying at
    // least the last step gives that step's gradients and update for the matrix panel.
    const TrainerState *from = m_checkpoints.atOrBefore(step - 1);
    if (!from)
        from = m_checkpoints.atOrBefore(step);
    trainer.restore(*from);
    forgetLastStep();
    while (trainer.stepsTaken() < step) {
        if (!trainer.step().accepted)
            break; // cannot happen on a path the run took, but never loop forever
        m_lastGradients = trainer.trace().gradients;
        m_lastUpdate = trainer.lastUpdate();
    }
    // Weights edited by hand at this very step: the step shows them edited.
    if (const TrainerState *edited = m_checkpoints.atOrBefore(step); edited && edited->stepsTaken == step)
        trainer.restore(*edited);
    m_lastStepPending = false;
}

bool RunHistory::resumeFromView(const Trainer &trainer)
{
    if (!m_viewing)
        return false;
    const std::int64_t step = trainer.stepsTaken();
    m_checkpoints.truncateAfter(step);
    m_checkpoints.record(trainer.state(), /*pinned=*/true);
    m_recorder.truncateAfter(step);
    m_viewing = false;
    m_redo.clear();
    ++m_revision;
    m_lastStepPending = false;
    forgetLastStep();
    return true;
}

void RunHistory::applyEdit(Trainer &trainer, int tensor, std::size_t index, float value)
{
    ParameterSet<float> weights = trainer.parameters();
    weights.data(tensor)[index] = value;
    trainer.setParameters(weights);
    // The edited state is where replays of later steps start: always kept.
    m_checkpoints.record(trainer.state(), /*pinned=*/true);
}

bool RunHistory::edit(Trainer &trainer, int tensor, std::size_t index, float value)
{
    if (m_viewing || tensor < 0 || tensor >= trainer.layout()->tensorCount()
        || index >= trainer.layout()->tensor(tensor).size() || !std::isfinite(value))
        return false;
    const float before = trainer.parameters().data(tensor)[index];
    m_checkpoints.addEdit({trainer.stepsTaken(), tensor, index, before, value});
    applyEdit(trainer, tensor, index, value);
    m_redo.clear();
    ++m_revision;
    return true;
}

void RunHistory::undo(Trainer &trainer)
{
    returnToHead(trainer);
    const WeightEdit edit = *m_checkpoints.popEdit();
    if (edit.step < trainer.stepsTaken()) {
        // Training went on after the edit: back to its step (the later steps go).
        trainer.restore(*m_checkpoints.atOrBefore(edit.step));
        m_checkpoints.truncateAfter(edit.step);
        m_recorder.truncateAfter(edit.step);
        forgetLastStep();
    }
    applyEdit(trainer, edit.tensor, edit.index, edit.before);
    m_redo.push_back(edit);
    ++m_revision;
}

bool RunHistory::canRedo(const Trainer &trainer) const
{
    return !m_redo.empty() && !m_viewing && m_redo.back().step == trainer.stepsTaken();
}

bool RunHistory::redo(Trainer &trainer)
{
    if (!canRedo(trainer))
        return false;
    const WeightEdit edit = m_redo.back();
    m_redo.pop_back();
    m_checkpoints.addEdit(edit);
    applyEdit(trainer, edit.tensor, edit.index, edit.after);
    ++m_revision;
    return true;
}

void RunHistory::setCheckpointBudget(const Trainer &trainer, std::size_t bytes)
{
    m_checkpoints = CheckpointStore(bytes);
    m_checkpoints.record(m_viewing ? m_headState : trainer.state(), /*pinned=*/true);
}

} // namespace rnnlab
