// SPDX-License-Identifier: MIT
// Whether an equation line's printed result is what its printed operands give: the reader adds
// the rounded numbers on the screen (−1.92 + −2.25 = −4.17), the engine the exact ones (−4.18).
// Works the line's arithmetic (LineArithmetic: a sum, a matrix product plus bias, tanh, σ, ReLU
// and exp entry by entry, the softmax and its Σ and division, the LSTM's c_t = f ⊙ c + i ⊙ g and
// h_t = o ⊙ tanh(c_t), the GRU's n and h_t, a time series' squared error, its share of the mean
// and dL/dy_t, an output's terms unit by unit) on the numbers as EquationView prints them, and compares with the printed result
// to its last digit. It reads EquationView::plainNumber — the printed digits with a decimal point —
// so that a German "0,42" is 0.42 here, not a failed parse. Pure; not the note EquationView draws when it is so, nor the printing rule
// itself (EquationView::number).
#pragma once

#include "ui/teaching/equationmodel.h"

namespace rnnlab {

class PrintedArithmetic
{
public:
    //! True when a result \a line prints lies more than half a unit of its last printed digit
    //! from what the line's printed operands give. Only what a reader can work out counts: a
    //! matrix or vector shown with gaps (⋯) is left out where its hidden entries would be needed.
    static bool differs(const EquationLine &line);
    //! The number a reader sees in shown cell (\a r, \a c) of \a item: NaN in a gap and where no
    //! plain number is printed (∞).
    static double printed(const EquationItem &item, int r, int c);
    //! Half a unit in the last printed digit of \a item's cell (\a r, 0): how far the exact
    //! value may lie from the printed one ("0.42": 0.005; "0.0041": 0.00005; "150": 0.5; "1.5×10⁷": 5×10⁵).
    static double halfUnit(const EquationItem &item, int r);
};

} // namespace rnnlab
