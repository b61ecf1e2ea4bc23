// SPDX-License-Identifier: MIT
#include "engine/runsummary.h"

#include "engine/trainer.h"

namespace rnnlab {

void RunSummary::record(std::int64_t step, float loss, int correct, int targets)
{
    m_step = step;
    m_loss = loss;
    m_accuracy = targets > 0 ? static_cast<float>(correct) / static_cast<float>(targets) : 0.0f;
    // "All right" needs something to be right about: a run without targets has no such step.
    if (!m_firstAllCorrect && targets > 0 && correct == targets)
        m_firstAllCorrect = step;
}

void RunSummary::record(const StepOutcome &outcome)
{
    if (outcome.accepted)
        record(outcome.step, outcome.loss, outcome.correct, outcome.targets);
}

void RunSummary::truncateAfter(std::int64_t step)
{
    if (m_firstAllCorrect && *m_firstAllCorrect > step)
        m_firstAllCorrect.reset();
    if (m_step > step) {
        m_step = step;
        m_loss.reset();
        m_accuracy.reset();
    }
}

} // namespace rnnlab
