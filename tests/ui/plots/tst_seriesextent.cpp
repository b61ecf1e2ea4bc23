// SPDX-License-Identifier: MIT
// SeriesExtent: running min/max as points arrive, and the axis range: from 0 with headroom for a
// non-negative series (a loss, also a single one), with a margin for one of both signs, and on a
// log axis the positive values only, with at least one power of ten inside.
#include "ui/plots/seriesextent.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <utility>

using namespace rnnlab;

namespace {

//! The axis range of a SeriesExtent that has seen \a values.
std::pair<double, double> axisRangeOf(const QList<double> &values, bool logarithmic)
{
    SeriesExtent extent;
    for (double v : values)
        extent.add(v);
    return extent.axisRange(logarithmic);
}

} // namespace

class TestSeriesExtent : public QObject
{
    Q_OBJECT

private slots:
    void runningExtent();
    void linearRange_data();
    void linearRange();
    void logRangeIgnoresNonPositive();
    void logRangeHasAPowerOfTen_data();
    void logRangeHasAPowerOfTen();
    void empty();
};

void TestSeriesExtent::runningExtent()
{
    SeriesExtent extent;
    for (double v : {1.2, 0.8, 0.0, 1.5, std::numeric_limits<double>::quiet_NaN(), 0.3})
        extent.add(v);
    QCOMPARE(extent.count(), 5);
    QCOMPARE(extent.min(), 0.0);
    QCOMPARE(extent.max(), 1.5);
    QCOMPARE(extent.minPositive(), 0.3);
    extent.clear();
    QVERIFY(extent.isEmpty());
    QVERIFY(!extent.hasPositive());
}

void TestSeriesExtent::linearRange_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::newRow("loss 1.0 → 0.5: from 0, 10 % headroom") << QList<double>{1.0, 0.5} << 0.0 << 1.1;
    QTest::newRow("near 0") << QList<double>{1.0, 0.01} << 0.0 << 1.1;
    QTest::newRow("one loss: from 0, not a 0.01-wide window") << QList<double>{1.3588} << 0.0 << 1.3588 * 1.1;
    QTest::newRow("two close losses") << QList<double>{1.3588, 1.3401} << 0.0 << 1.3588 * 1.1;
    QTest::newRow("only zeros") << QList<double>{0.0, 0.0} << 0.0 << 1.0;
    QTest::newRow("only negative: mirrored") << QList<double>{-2.0, -1.0} << -2.2 << 0.0;
    QTest::newRow("both signs keep a 5 % margin") << QList<double>{-1.0, 1.0} << -1.1 << 1.1;
}

void TestSeriesExtent::linearRange()
{
    QFETCH(QList<double>, values);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const auto [low, high] = axisRangeOf(values, false);
    QVERIFY2(std::fabs(low - lower) < 1e-9 && std::fabs(high - upper) < 1e-9,
             qPrintable(QStringLiteral("[%1, %2]").arg(low).arg(high)));
}

void TestSeriesExtent::logRangeIgnoresNonPositive()
{
    SeriesExtent extent;
    for (double v : {0.0, 1.0, 0.01})
        extent.add(v);
    const auto [low, high] = extent.axisRange(true);
    QVERIFY(low > 0.0);
    QVERIFY(low < 0.01 && low > 0.005);
    QVERIFY(high > 1.0 && high < 2.0);
}

void TestSeriesExtent::logRangeHasAPowerOfTen_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    const double pad = std::pow(10.0, 0.05);
    // One loss of 1.36: the range reaches down to 10⁰ (a tick label), and 0.05 decades above.
    QTest::newRow("one value") << QList<double>{1.36} << 1.0 << 1.36 * pad;
    QTest::newRow("one small value") << QList<double>{0.034} << 0.01 << 0.034 * pad;
    // A curve across a power of ten keeps its tight range.
    QTest::newRow("1.4 → 0.05") << QList<double>{1.4, 0.05} << 0.05 / std::pow(10.0, std::log10(1.4 / 0.05) * 0.05)
                                << 1.4 * std::pow(10.0, std::log10(1.4 / 0.05) * 0.05);
}

void TestSeriesExtent::logRangeHasAPowerOfTen()
{
    QFETCH(QList<double>, values);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const auto [low, high] = axisRangeOf(values, true);
    QVERIFY2(std::fabs(low / lower - 1.0) < 1e-9 && std::fabs(high / upper - 1.0) < 1e-9,
             qPrintable(QStringLiteral("[%1, %2]").arg(low).arg(high)));
    QVERIFY(std::floor(std::log10(high)) >= std::ceil(std::log10(low) - 1e-12));
}

void TestSeriesExtent::empty()
{
    const SeriesExtent extent;
    QCOMPARE(extent.axisRange(false), std::make_pair(0.0, 1.0));
    QCOMPARE(extent.axisRange(true), std::make_pair(0.1, 10.0));
}

QTEST_GUILESS_MAIN(TestSeriesExtent)
#include "tst_seriesextent.moc"
