// SPDX-License-Identifier: MIT
// The equation panel's lines for a time series' head (task "forecast", issue 15: OutputHead::Value),
// with the engine's numbers substituted. PyTorch: y = torch.nn.Linear(H, D)(h) (or y_t = h_t
// without an output layer), loss = torch.nn.MSELoss()(y, target) over every value of every series:
//   y_t = W_hy h_t + b_y                         (D predicted values: the next point x_{t+1})
//   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²          (the trace's squaredError and stepLoss)
//   L = (1/(N·D)) Σ_t loss_t,   step t's share = loss_t / (N·D)    (MSELoss::stepShare)
//   N: the predicted steps of every training series; D = 1 (a wave) prints no Σ_d, [d] nor D
//   dL/dy_t = 2 (y_t − x_{t+1}) / (N·D)          (the trace's dLogits)
// A test series (the snapshot's forecast->testTrace) gets its output and squared error only: it is
// never trained on, so it has no share of L and no backward pass.
// Not the softmax and cross-entropy of a character model (EquationModel), nor the layers' phases.
// Copies numbers, computes none.
#pragma once

#include "ui/teaching/equationmodel.h"

#include <QStringList>

namespace rnnlab {

class ValueEquations
{
public:
    //! Fills eq.lines for the output phases (Output, Loss) of \a cursor at text \a textIndex; \a unit:
    //! the hidden unit in focus when W_hy and h_t are windowed.
    static void build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit,
                      Equation &eq);
    //! dL/dy_t = 2 · (y_t − x_{t+1}) / (N·D) = the engine's dL/dy_t, at time step \a t (0-based) of
    //! text \a textIndex: what reaches the top layer's dL/dh_t from the output.
    static EquationLine gradientLine(const TrainingSnapshot &snapshot, int textIndex, int t);
    //! The head in symbols: "y_t = W_hy h_t + b_y,   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = …,
    //! N = …"; with one feature (\a features = 1) "loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) …".
    //! \a topSup: the top layer's superscript in a stack ("⁽²⁾"), else empty.
    static QString symbolic(const ModelConfig &model, const QString &topSup, int features);
    //! What the walk says of a test series (TrainingSnapshot::isTestSequence) at its loss and in
    //! place of its backward pass: evaluated, never trained on.
    static QStringList testSeriesWords();
    //! The count the mean divides by, in words: "N·D = 59 steps × 2 features = 118"; one feature:
    //! "N = 59 steps".
    static QString countWords(const TrainingSnapshot &snapshot);
};

} // namespace rnnlab
