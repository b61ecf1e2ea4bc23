// SPDX-License-Identifier: MIT
// SignalGenerator (issue 15): each wave's values at points checked by hand, the anomalies where
// they are asked for, noise that is the same for the same seed (and documented numbers, so that
// another platform's standard library would be caught), and the refusals of bad specs.
#include "engine/signalgenerator.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace rnnlab;

class TestSignalGenerator : public QObject
{
    Q_OBJECT

private slots:
    void waves_data();
    void waves();
    void anomalies();
    void noiseIsReproducible();
    void refusals_data();
    void refusals();
};

void TestSignalGenerator::waves_data()
{
    QTest::addColumn<int>("wave");
    QTest::addColumn<QList<double>>("expected"); // points 0-7 of period 8, amplitude 2
    const double s = 2.0 * std::sin(std::numbers::pi / 4);
    QTest::newRow("sine") << int(WaveKind::Sine) << QList<double>{0, s, 2, s, 0, -s, -2, -s};
    QTest::newRow("square") << int(WaveKind::Square) << QList<double>{2, 2, 2, 2, -2, -2, -2, -2};
    QTest::newRow("sawtooth") << int(WaveKind::Sawtooth) << QList<double>{-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5};
    QTest::newRow("triangle") << int(WaveKind::Triangle) << QList<double>{0, 1, 2, 1, 0, -1, -2, -1};
}

void TestSignalGenerator::waves()
{
    QFETCH(int, wave);
    QFETCH(QList<double>, expected);
    SignalSpec spec;
    spec.wave = WaveKind(wave);
    spec.period = 8;
    spec.amplitude = 2;
    spec.length = 8;
    const std::vector<double> values = SignalGenerator::generate(spec);
    QCOMPARE(values.size(), std::size_t(8));
    for (int t = 0; t < 8; ++t) {
        QVERIFY2(std::abs(values[std::size_t(t)] - expected[t]) < 1e-6,
                 qPrintable(
                     QStringLiteral("point %1: %2, expected %3").arg(t).arg(values[std::size_t(t)]).arg(expected[t])));
        QCOMPARE(values[std::size_t(t)], double(float(values[std::size_t(t)]))); // a float32 value
    }
}

void TestSignalGenerator::anomalies()
{
    SignalSpec spec;
    spec.wave = WaveKind::Square;
    spec.period = 100; // +1 for points 0-49
    spec.length = 10;
    spec.anomaly = AnomalySpec{AnomalyKind::Spike, 4, 1, 3.0};
    QCOMPARE(SignalGenerator::generate(spec), (std::vector<double>{1, 1, 1, 1, 4, 1, 1, 1, 1, 1}));
    spec.anomaly = AnomalySpec{AnomalyKind::LevelShift, 7, 0, -0.5};
    QCOMPARE(SignalGenerator::generate(spec), (std::vector<double>{1, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5}));
    spec.wave = WaveKind::Sawtooth;
    spec.period = 10;
    spec.anomaly = AnomalySpec{AnomalyKind::Flat, 2, 3, 0};
    const std::vector<double> flat = SignalGenerator::generate(spec);
    QCOMPARE(flat[3], flat[2]);
    QCOMPARE(flat[4], flat[2]);
    QVERIFY(flat[5] != flat[2]);
    QCOMPARE(SignalGenerator::series(spec).size(), std::size_t(10));
}

void TestSignalGenerator::noiseIsReproducible()
{
    // std::mt19937(1)'s first draws are 1791095845 and 4282876139 (the C++ standard fixes them):
    // z = √(−2 ln((1791095845 + 0.5) / 2³²)) cos(2π · 4282876139 / 2³²).
    const std::vector<double> z = SignalGenerator::normals(1, 3);
    const double u1 = (1791095845.0 + 0.5) / 4294967296.0;
    const double u2 = 4282876139.0 / 4294967296.0;
    QCOMPARE(z[0], std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2));
    QCOMPARE(SignalGenerator::normals(1, 3), z);
    QVERIFY(SignalGenerator::normals(2, 3) != z);
    SignalSpec spec;
    spec.noise = 0.1;
    spec.noiseSeed = 9;
    const std::vector<double> a = SignalGenerator::generate(spec);
    QCOMPARE(SignalGenerator::generate(spec), a);
    spec.noise = 0.0;
    QVERIFY(SignalGenerator::generate(spec) != a);
}

void TestSignalGenerator::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("period 0") << "period"
                              << "g.period";
    QTest::newRow("negative period") << "negative period"
                                     << "g.period";
    QTest::newRow("length 0") << "length"
                              << "g.length";
    QTest::newRow("period2 of two sines") << "period2"
                                          << "g.period2";
    QTest::newRow("negative noise") << "noise"
                                    << "g.noise";
    QTest::newRow("anomaly past the end") << "at"
                                          << "g.anomaly.at";
    QTest::newRow("flat of no length") << "flat"
                                       << "g.anomaly.length";
}

void TestSignalGenerator::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    SignalSpec spec;
    QVERIFY(SignalGenerator::validate(spec, "g").empty());
    if (what == u"period")
        spec.period = 0;
    else if (what == u"negative period")
        spec.period = -3;
    else if (what == u"length")
        spec.length = 0;
    else if (what == u"period2") {
        spec.wave = WaveKind::TwoSines;
        spec.period2 = 0;
    } else if (what == u"noise")
        spec.noise = -1;
    else if (what == u"at")
        spec.anomaly = AnomalySpec{AnomalyKind::Spike, 100, 1, 1};
    else
        spec.anomaly = AnomalySpec{AnomalyKind::Flat, 3, 0, 0};
    const std::vector<Problem> problems = SignalGenerator::validate(spec, "g");
    QVERIFY(!problems.empty());
    QCOMPARE(QString::fromStdString(problems.front().field), field);
}

QTEST_GUILESS_MAIN(TestSignalGenerator)
#include "tst_signalgenerator.moc"
