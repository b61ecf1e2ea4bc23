// SPDX-License-Identifier: MIT
// The equation panel's lines for an LSTM or GRU layer, as torch.nn.LSTM / GRU document them,
// with the engine's numbers substituted gate by gate:
//   LSTM  i, f, o = σ(W_i· x_t + b_i· + W_h· h_{t−1} + b_h·),  g = tanh(…)
//         c_t = f ⊙ c_{t−1} + i ⊙ g,   h_t = o ⊙ tanh(c_t)
//   GRU   r, z = σ(W_i· x_t + b_i· + W_h· h_{t−1} + b_h·)
//         n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn)),   h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}
// and back through time dL/dh_t, dL/dc_t (LSTM) and the gates' pre-activation gradients. Every
// vector is a block of a LayerTrace field and says so (EquationItem::source). Not the input, output,
// softmax and loss phases: those are the same for every cell (EquationModel).
#pragma once

#include "ui/teaching/equationmodel.h"

#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS

namespace rnnlab {

class GatedEquations
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::GatedEquations)

public:
    //! Fills eq.symbolic and eq.lines for \a cursor, a layer phase of a gated cell at text
    //! \a textIndex; \a unit: the hidden unit in focus when vectors are windowed.
    static void build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit,
                      Equation &eq);
    //! The gates' letters: "ifgo" (LSTM) or "rzn" (GRU).
    static QString gateLetters(CellKind cell);
};

} // namespace rnnlab
