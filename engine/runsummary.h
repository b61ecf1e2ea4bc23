// SPDX-License-Identifier: MIT
// What compare mode's summary table says about one training run, taken from its steps as they
// come: the last step, its loss, and the first step at which every prediction was right. Pure
// bookkeeping over what Trainer::step() reports (StepOutcome) — rnnlab-cli compare feeds it the
// outcomes directly, the training worker through its history — so the CLI and the window show
// the same numbers. Not timing (time per step is measured by whoever runs the steps) and not the
// table's text (ui/worker/comparetable.h).
#pragma once

#include <cstdint>
#include <optional>

namespace rnnlab {

struct StepOutcome;

class RunSummary
{
public:
    //! Step \a step (1-based, increasing) had \a loss and predicted \a correct of \a targets
    //! characters right, in its forward pass before the update (as StepOutcome reports it).
    void record(std::int64_t step, float loss, int correct, int targets);
    //! An accepted step's outcome (a refused one changes nothing: its weights were not kept).
    void record(const StepOutcome &outcome);

    //! Forgets the steps after \a step (a run resumed from an earlier step). The loss of \a step
    //! itself is unknown afterwards until it is recorded again.
    void truncateAfter(std::int64_t step);

    //! The last step recorded (0: none).
    std::int64_t step() const { return m_step; }
    //! The loss of step(), when known.
    std::optional<float> loss() const { return m_loss; }
    //! The share of characters step() predicted right (0…1), when known.
    std::optional<float> accuracy() const { return m_accuracy; }
    //! The first step whose predictions were all right (none yet: nullopt).
    std::optional<std::int64_t> firstAllCorrectStep() const { return m_firstAllCorrect; }

    bool operator==(const RunSummary &) const = default;

private:
    std::int64_t m_step = 0;
    std::optional<float> m_loss;
    std::optional<float> m_accuracy;
    std::optional<std::int64_t> m_firstAllCorrect;
};

} // namespace rnnlab
