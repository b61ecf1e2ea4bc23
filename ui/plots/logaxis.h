// SPDX-License-Identifier: MIT
// A y axis switched between logarithmic (powers of ten, "10⁻²") and linear, the same way in every
// plot that offers "Log scale".
#pragma once

#include <QSharedPointer>

class QCPAxis;
class QCPAxisTicker;

namespace rnnlab {

//! Logarithmic: base-10 ticks with 8 subticks, labels as powers. Linear: \a linearTicker (a plain
//! QCPAxisTicker when null) and \a linearPrecision significant digits.
void setLogarithmicAxis(QCPAxis *axis, bool logarithmic, int linearPrecision,
                        QSharedPointer<QCPAxisTicker> linearTicker = {});

} // namespace rnnlab
