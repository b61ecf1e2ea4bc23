// SPDX-License-Identifier: MIT
// The context of an encoder–decoder (task "translate", issue 16) in the walk by hand: forward, the
// decoder's h_0 (and c_0 for an LSTM) of one layer is the encoder's final h_n (c_n) of that layer —
// the few numbers that carry the whole source across; back through time, the decoder's dL/dh_0
// (dL/dc_0) is what reaches the encoder's h_n (c_n), where the walk through the encoder starts.
// Every number is copied from the snapshot's trace (LayerTrace::initialHidden, dInitialHidden,
// dFinalHidden …), each item tagged with its TraceSource. Not the layers' own equations
// (EquationModel, GatedEquations).
#pragma once

#include "ui/teaching/equationmodel.h"

namespace rnnlab {

class ContextEquations
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::ContextEquations)

public:
    //! Fills \a eq (its caption, symbols and lines) for \a cursor (Phase::Context or
    //! Phase::BackwardContext, at a decoder layer) of text \a textIndex; \a unit: the hidden unit in focus.
    static void build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit,
                      Equation &eq);
};

} // namespace rnnlab
