// SPDX-License-Identifier: MIT
#include "ui/plots/logaxis.h"

#include <qcustomplot.h>

namespace rnnlab {

void setLogarithmicAxis(QCPAxis *axis, bool logarithmic, int linearPrecision,
                        QSharedPointer<QCPAxisTicker> linearTicker)
{
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
        ticker->setLogBase(10.0);
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("eb")); // 10⁻² drawn as a power
        axis->setNumberPrecision(0);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(linearTicker ? linearTicker : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setNumberFormat(QStringLiteral("g"));
        axis->setNumberPrecision(linearPrecision);
    }
}

} // namespace rnnlab
