// SPDX-License-Identifier: MIT
// The shared colours: valueColor is RdBu centred at zero (near white at 0, red for positive, blue
// for negative, symmetric in lightness, clamped, grey for what is not a number), niceScale picks
// 1, 2, 2.5, 5 × 10^k, and matrixName writes layers as the slides do.
#include "ui/common/colormap.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace rnnlab;

class TestColorMap : public QObject
{
    Q_OBJECT

private slots:
    void zeroIsNearWhite_data();
    void zeroIsNearWhite();
    void signPicksTheHue_data();
    void signPicksTheHue();
    void darkerWithMagnitude();
    void symmetricInLightness();
    void clampsBeyondTheScale();
    void nonFiniteIsGrey_data();
    void nonFiniteIsGrey();
    void textColorReadsOnTheCell();
    void niceScale_data();
    void niceScale();
    void matrixName_data();
    void matrixName();
    void identityColorsDiffer();
};

void TestColorMap::zeroIsNearWhite_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("scale 1") << 1.0;
    QTest::newRow("scale 1e-6") << 1e-6;
    QTest::newRow("scale 100") << 100.0;
}

void TestColorMap::zeroIsNearWhite()
{
    QFETCH(double, scale);
    const QColor c = valueColor(0.0, scale);
    QVERIFY2(c.red() > 235 && c.green() > 235 && c.blue() > 235, qPrintable(c.name()));
}

void TestColorMap::signPicksTheHue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("red");
    QTest::newRow("+0.3") << 0.3 << true;
    QTest::newRow("+1") << 1.0 << true;
    QTest::newRow("-0.3") << -0.3 << false;
    QTest::newRow("-1") << -1.0 << false;
}

void TestColorMap::signPicksTheHue()
{
    QFETCH(double, value);
    QFETCH(bool, red);
    const QColor c = valueColor(value, 1.0);
    if (red)
        QVERIFY2(c.red() > c.blue() + 40, qPrintable(c.name()));
    else
        QVERIFY2(c.blue() > c.red() + 40, qPrintable(c.name()));
}

void TestColorMap::darkerWithMagnitude()
{
    for (double sign : {1.0, -1.0}) {
        int previous = 256;
        for (double v = 0.0; v <= 1.0001; v += 0.1) {
            const int lightness = valueColor(sign * v, 1.0).lightness();
            QVERIFY2(lightness <= previous, qPrintable(QStringLiteral("%1 at %2").arg(lightness).arg(sign * v)));
            previous = lightness;
        }
    }
}

void TestColorMap::symmetricInLightness()
{
    // RdBu is built symmetric: +v and −v are equally dark (within the palette's own rounding).
    for (double v = 0.05; v <= 1.0; v += 0.05) {
        const int positive = valueColor(v, 1.0).lightness();
        const int negative = valueColor(-v, 1.0).lightness();
        QVERIFY2(std::abs(positive - negative) <= 20,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(v).arg(positive).arg(negative)));
    }
}

void TestColorMap::clampsBeyondTheScale()
{
    QCOMPARE(valueColor(10.0, 1.0), valueColor(1.0, 1.0));
    QCOMPARE(valueColor(-10.0, 1.0), valueColor(-1.0, 1.0));
    QCOMPARE(valueColor(3.0, 2.0), valueColor(2.0, 2.0));
    QCOMPARE(valueColor(0.5, 2.0), valueColor(0.25, 1.0)); // only value / scale matters
}

void TestColorMap::nonFiniteIsGrey_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("scale");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 1.0;
    QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << 1.0;
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << 1.0;
    QTest::newRow("zero scale") << 0.5 << 0.0;
    QTest::newRow("nan scale") << 0.5 << std::numeric_limits<double>::quiet_NaN();
}

void TestColorMap::nonFiniteIsGrey()
{
    QFETCH(double, value);
    QFETCH(double, scale);
    const QColor c = valueColor(value, scale);
    QCOMPARE(c, QColor(128, 128, 128));
    QVERIFY(c != valueColor(1.0, 1.0) && c != valueColor(-1.0, 1.0));
}

void TestColorMap::textColorReadsOnTheCell()
{
    QCOMPARE(textColorOn(valueColor(0.0, 1.0)), QColor(Qt::black));
    QCOMPARE(textColorOn(valueColor(1.0, 1.0)), QColor(Qt::white));
    QCOMPARE(textColorOn(valueColor(-1.0, 1.0)), QColor(Qt::white));
    QCOMPARE(textColorOn(QColor(Qt::white)), QColor(Qt::black));
}

void TestColorMap::niceScale_data()
{
    QTest::addColumn<double>("maxAbs");
    QTest::addColumn<double>("expected");
    // Values whose nice scale is the same with the coarse steps (1, 2, 2.5, 5 × 10^k) and the
    // fine ones (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k), so this does not pin the step set.
    QTest::newRow("1 stays") << 1.0 << 1.0;
    QTest::newRow("1.9 → 2") << 1.9 << 2.0;
    QTest::newRow("2 stays") << 2.0 << 2.0;
    QTest::newRow("2.1 → 2.5") << 2.1 << 2.5;
    QTest::newRow("4.5 → 5") << 4.5 << 5.0;
    QTest::newRow("9 → 10") << 9.0 << 10.0;
    QTest::newRow("0.45 → 0.5") << 0.45 << 0.5;
    QTest::newRow("0.0019 → 0.002") << 0.0019 << 0.002;
    QTest::newRow("250 stays") << 250.0 << 250.0;
    QTest::newRow("zero → floor") << 0.0 << 1e-12;
    QTest::newRow("nan → floor") << std::numeric_limits<double>::quiet_NaN() << 1e-12;
    QTest::newRow("inf → 1") << std::numeric_limits<double>::infinity() << 1.0;
}

void TestColorMap::niceScale()
{
    QFETCH(double, maxAbs);
    QFETCH(double, expected);
    const double scale = rnnlab::niceScale(maxAbs);
    QVERIFY2(std::fabs(scale - expected) <= 1e-12 * expected, qPrintable(QString::number(scale, 'g', 17)));
    if (std::isfinite(maxAbs))
        QVERIFY(scale >= maxAbs);
    // Nice, but never much larger than needed: the largest value keeps a strong colour.
    if (maxAbs > 1e-12 && std::isfinite(maxAbs))
        QVERIFY2(scale <= 2.0 * maxAbs, qPrintable(QString::number(scale, 'g', 17)));
}

void TestColorMap::matrixName_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("W_xh, no layer") << int(MatrixRole::InputToHidden) << -1 << 1 << QStringLiteral("W_xh");
    QTest::newRow("W_hh, one layer") << int(MatrixRole::HiddenToHidden) << 0 << 1 << QStringLiteral("W_hh");
    QTest::newRow("W_hy") << int(MatrixRole::HiddenToOutput) << -1 << 1 << QStringLiteral("W_hy");
    QTest::newRow("W_xh layer 2 of 2") << int(MatrixRole::InputToHidden) << 1 << 2 << QStringLiteral("W_xh⁽²⁾");
    QTest::newRow("W_hh layer 1 of 3") << int(MatrixRole::HiddenToHidden) << 0 << 3 << QStringLiteral("W_hh⁽¹⁾");
    QTest::newRow("bias layer 8 of 8") << int(MatrixRole::Bias) << 7 << 8 << QStringLiteral("b⁽⁸⁾");
}

void TestColorMap::matrixName()
{
    QFETCH(int, role);
    QFETCH(int, layer);
    QFETCH(int, layers);
    QFETCH(QString, expected);
    QCOMPARE(rnnlab::matrixName(static_cast<MatrixRole>(role), layer, layers), expected);
}

void TestColorMap::identityColorsDiffer()
{
    const QColor colors[] = {matrixColor(MatrixRole::InputToHidden), matrixColor(MatrixRole::HiddenToHidden),
                             matrixColor(MatrixRole::HiddenToOutput), matrixColor(MatrixRole::Bias)};
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            QVERIFY(colors[i] != colors[j]);
    // Each layer its own shade of the role's hue: apart in lightness (greyscale), same hue.
    for (MatrixRole role : {MatrixRole::InputToHidden, MatrixRole::HiddenToHidden}) {
        QCOMPARE(matrixColor(role, 0, 4), matrixColor(role));
        QCOMPARE(matrixColor(role, 2, 1), matrixColor(role)); // one layer: no shading
        for (int l = 1; l < 4; ++l) {
            const QColor shallower = matrixColor(role, l - 1, 4);
            const QColor deeper = matrixColor(role, l, 4);
            QVERIFY(deeper.lightness() < shallower.lightness() - 10);
            QVERIFY(std::abs(deeper.hslHue() - shallower.hslHue()) <= 2);
        }
    }
    // Gate colours: distinct, and apart in lightness too (they must read in greyscale).
    for (CellKind cell : {CellKind::Lstm, CellKind::Gru}) {
        const int G = gateCount(cell);
        for (int i = 0; i < G; ++i) {
            QVERIFY(!gateLetter(cell, i).isEmpty() && !gateTitle(cell, i).isEmpty());
            for (int j = i + 1; j < G; ++j) {
                QVERIFY(gateColor(cell, i) != gateColor(cell, j));
                QVERIFY(std::abs(qGray(gateColor(cell, i).rgb()) - qGray(gateColor(cell, j).rgb())) >= 20);
            }
        }
    }
    QVERIFY(gateLetter(CellKind::RnnTanh, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestColorMap)
#include "tst_colormap.moc"
