// SPDX-License-Identifier: MIT
// What a compare preset's models really do when trained, measured with the engine — so that the
// preset's description states numbers that hold for the code as it is (issue 21: "claims computed,
// not typed"): the first step at which each model predicts every character right, and what each
// predicts at the step a screenshot or a lecture shows. Also how much of the last step's gradient
// reaches the first time step, untrained and trained (the vanishing gradient's claims). Plain
// engine code: trains with Trainer on the calling thread; not the compare window's training
// (TrainingWorker) and not its summary table (runsummary.h).
#pragma once

#include "engine/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rnnlab {

class Trainer;

struct ModelOutcome
{
    std::int64_t firstAllRight = -1; // first step whose forward pass predicted every target; -1: none
    std::int64_t lastWrong = -1; // last step trained with a wrong prediction; -1: none
    std::int64_t allRightSteps = 0; // how many of the steps trained predicted every target
    int correctAtShown = 0; // at the shown step: predictions equal to their targets …
    int targetsAtShown = 0; // … of this many
    std::u32string predictedAtShown; // … the first text's predicted string at that step
    float lossAtShown = 0.0f;
};

//! Trains \a session for \a steps steps (each step as Trainer::step() reports it: its forward pass,
//! before its update) and records its outcome; \a shown (1 … steps) is the step whose predictions
//! ModelOutcome::…AtShown hold. A refused step ends the run there.
ModelOutcome measureModel(const Session &session, std::int64_t steps, std::int64_t shown);

//! ‖∂L_{n−1}/∂h_0‖ / ‖∂L_{n−1}/∂h_{n−1}‖ of the top layer and the first text, for the weights
//! \a trainer holds now (evaluated afresh): how much of the last time step's loss gradient reaches
//! the first hidden state — the number the gradient-comparison plot draws at t = 1. 0 when the
//! last step's gradient is zero.
double lastStepShareAtStart(Trainer &trainer);

//! The same for \a session after \a steps training steps from its seed.
double lastStepShareAtStart(const Session &session, std::int64_t steps);

//! The cells preset's outcome in words, built from \a outcomes (one per model of \a sessions, as
//! measureModel(session, steps, shown) returned them): who first predicts every character right and
//! at which step, who never does in \a steps, and what each predicts at step \a shown.
std::string outcomeText(const std::vector<Session> &sessions, const std::vector<ModelOutcome> &outcomes,
                        std::int64_t steps, std::int64_t shown);

} // namespace rnnlab
