// SPDX-License-Identifier: MIT
// SeriesExtent: running min/max as points arrive, and the axis range with a little margin on a
// linear axis (never below 0 for a non-negative series) and on a log axis (positive values only).
#include "seriesextent.h"

#include <QTest>

#include <limits>

using namespace rnnlab;

class TestSeriesExtent : public QObject
{
    Q_OBJECT

private slots:
    void runningExtent();
    void linearRange_data();
    void linearRange();
    void logRangeIgnoresNonPositive();
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
    QTest::newRow("loss 1.0 → 0.5: 5 % margin") << QList<double>{1.0, 0.5} << 0.475 << 1.025;
    QTest::newRow("near 0: clamped at 0") << QList<double>{1.0, 0.01} << 0.0 << 1.0495;
    QTest::newRow("negative values keep their margin") << QList<double>{-1.0, 1.0} << -1.1 << 1.1;
    QTest::newRow("one value: centred") << QList<double>{2.0} << 1.99 << 2.01;
}

void TestSeriesExtent::linearRange()
{
    QFETCH(QList<double>, values);
    QFETCH(double, lower);
    QFETCH(double, upper);
    SeriesExtent extent;
    for (double v : values)
        extent.add(v);
    const auto [low, high] = extent.axisRange(false);
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

void TestSeriesExtent::empty()
{
    const SeriesExtent extent;
    QCOMPARE(extent.axisRange(false), std::make_pair(0.0, 1.0));
    QCOMPARE(extent.axisRange(true), std::make_pair(0.1, 10.0));
}

QTEST_GUILESS_MAIN(TestSeriesExtent)
#include "tst_seriesextent.moc"
