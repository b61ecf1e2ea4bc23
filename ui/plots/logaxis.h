// SPDX-License-Identifier: MIT
// A y axis switched between logarithmic (powers of ten, "10⁻²") and linear, the same way in every
// plot that offers "Log scale".
#pragma once

#include <QSharedPointer>

class QCPAxis;
class QCPAxisTicker;
class QCPAxisTickerLog;

namespace rnnlab {

//! Logarithmic: base-10 ticks with 8 subticks, labels as powers. Linear: \a linearTicker (a plain
//! QCPAxisTicker when null) and \a linearPrecision significant digits.
void setLogarithmicAxis(QCPAxis *axis, bool logarithmic, int linearPrecision,
                        QSharedPointer<QCPAxisTicker> linearTicker = {});

//! A base-10 ticker whose decade labels ("1e-02", drawn as 10⁻² by the axis's "eb" format) are
//! written in the C locale whatever the plot's: a locale such as Korean's writes the exponent "E", which
//! QCustomPlot does not draw as a power.
QSharedPointer<QCPAxisTickerLog> decadeTicker();

} // namespace rnnlab
