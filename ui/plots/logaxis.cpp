// SPDX-License-Identifier: MIT
#include "ui/plots/logaxis.h"

#include <qcustomplot.h>

#include <QFontMetrics>

#include <algorithm>

namespace rnnlab {

namespace {

//! A decade's label ("1e-02", drawn as 10⁻² by the axis's "eb" format) in the C locale: QCustomPlot
//! finds the exponent by its "e", and a locale such as Korean's writes "1E-02" (it was drawn so, not
//! as a power). The label has no decimal point or digit grouping, so nothing of the reader's locale is lost.
class DecadeTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar formatChar, int precision) override
    {
        return QCPAxisTickerLog::getTickLabel(tick, QLocale::c(), formatChar, precision);
    }
};

} // namespace

QSharedPointer<QCPAxisTickerLog> decadeTicker()
{
    return QSharedPointer<QCPAxisTickerLog>(new DecadeTicker);
}

void setLogarithmicAxis(QCPAxis *axis, bool logarithmic, int linearPrecision,
                        QSharedPointer<QCPAxisTicker> linearTicker)
{
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> ticker = decadeTicker();
        ticker->setLogBase(10.0);
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
        // Eight decades on an 80 px axis: QCustomPlot's default of about five labels overlapped
        // ("10⁻⁸" over "10⁻⁶"). Before every replot the ticker asks for as many labels as fit (at
        // least one step: the range's ends); it then labels every second, fifth or tenth decade.
        // Connected once per axis.
        if (!axis->property("rnnlabLogTicks").toBool()) {
            axis->setProperty("rnnlabLogTicks", true);
            QObject::connect(axis->parentPlot(), &QCustomPlot::beforeReplot, axis, [axis] {
                auto *log = dynamic_cast<QCPAxisTickerLog *>(axis->ticker().data());
                if (!log || !axis->axisRect())
                    return;
                const int length =
                    axis->orientation() == Qt::Vertical ? axis->axisRect()->height() : axis->axisRect()->width();
                // A power's label ("10⁻²") is about 1.5 lines tall; keep a label's height free between two.
                const int pitch = 3 * QFontMetrics(axis->tickLabelFont()).height();
                log->setTickCount(std::max(1, length / std::max(1, pitch)));
            });
        }
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
