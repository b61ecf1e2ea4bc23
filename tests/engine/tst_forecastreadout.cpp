// SPDX-License-Identifier: MIT
// ForecastReadout (issue 15) beyond the plot: a flag judged against where the generator injected
// the anomaly (hits, still disturbed after it, false alarms), the generator's spec trusted only
// where it makes the stored numbers, the true continuation past the end and the free run's error
// against it (also from an earlier start), and the percentile threshold. Every expected number
// is recomputed here from the definitions in forecastreadout.h, not typed.
#include "engine/forecastreadout.h"
#include "engine/generation.h"
#include "engine/session.h"
#include "engine/signalgenerator.h"
#include "engine/tasks/forecasttask.h"
#include "engine/trainer.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestForecastReadout : public QObject
{
    Q_OBJECT

private slots:
    void flagsAreJudgedAgainstTheInjectedAnomaly();
    void withoutAKnownAnomalyFlagsAreOnlyFlags();
    void generatorTrustedOnlyWhereItMakesTheNumbers();
    void truthAndForecastError();
    void earlierStartComparesWithTheSeries();
    void percentileThreshold();
};

namespace {

SignalSpec sine(std::int64_t length)
{
    SignalSpec spec;
    spec.period = 20.0;
    spec.length = length;
    spec.noise = 0.02;
    spec.noiseSeed = 1;
    return spec;
}

Session spikeSession()
{
    Session session;
    session.model = ModelConfig{CellKind::Lstm, 8, 1, true};
    session.data.task = TaskKind::Forecast;
    const SignalSpec train = sine(60);
    SignalSpec test = sine(60);
    test.anomaly = AnomalySpec{AnomalyKind::Spike, 40, 1, 1.5};
    session.data.series = {SignalGenerator::series(train)};
    session.data.testSeries = {SignalGenerator::series(test)};
    session.data.seriesGenerators = {train};
    session.data.testSeriesGenerators = {test};
    session.training.learningRate = 0.01;
    return session;
}

} // namespace

void TestForecastReadout::flagsAreJudgedAgainstTheInjectedAnomaly()
{
    // Points 10 and 11 injected: steps 9 and 10 predict them (hits). Steps 11, 14 and 19 have read
    // it: 11 is 1 step after step 10, 14 is 3 after 11, 19 is 5 after 14 (settleSteps = 5: still
    // within); 26 is 7 after 19 (the network had settled: a false alarm), as are 3 and 5 before it.
    ForecastReadout r;
    r.warmup = 2;
    SeriesReadout s;
    s.stepError = Vector<double>::Constant(30, 0.1);
    for (int t : {0, 1, 3, 5, 9, 10, 11, 14, 19, 26})
        s.stepError(t) = 5.0;
    s.injected = SeriesReadout::Injected{AnomalyKind::LevelShift, 10, 12};
    const FlagJudgement j = r.judge(s, 1.0);
    QVERIFY(j.known);
    QCOMPARE(j.flags, (std::vector<Eigen::Index>{3, 5, 9, 10, 11, 14, 19, 26})); // 0 and 1: warm-up
    QCOMPARE(j.hits, (std::vector<Eigen::Index>{9, 10}));
    QCOMPARE(j.anomalySteps, Eigen::Index(2));
    QCOMPARE(ForecastReadout::settleSteps, Eigen::Index(5));
    QCOMPARE(j.after, (std::vector<Eigen::Index>{11, 14, 19}));
    QCOMPARE(j.falseAlarms, (std::vector<Eigen::Index>{3, 5, 26}));
    // Every flag is exactly one of the three.
    QCOMPARE(j.hits.size() + j.after.size() + j.falseAlarms.size(), j.flags.size());
    // Missed: the steps that predict it stay under the threshold.
    s.stepError(9) = s.stepError(10) = 0.1;
    const FlagJudgement missed = r.judge(s, 1.0);
    QVERIFY(missed.hits.empty());
    QCOMPARE(missed.anomalySteps, Eigen::Index(2));
}

void TestForecastReadout::withoutAKnownAnomalyFlagsAreOnlyFlags()
{
    ForecastReadout r;
    SeriesReadout s;
    s.stepError = (Vector<double>(4) << 0.0, 3.0, 0.5, 2.0).finished();
    const FlagJudgement j = r.judge(s, 1.0);
    QVERIFY(!j.known);
    QCOMPARE(j.flags, (std::vector<Eigen::Index>{1, 3}));
    QVERIFY(j.hits.empty() && j.after.empty() && j.falseAlarms.empty());
}

void TestForecastReadout::generatorTrustedOnlyWhereItMakesTheNumbers()
{
    Session session = spikeSession();
    {
        const ForecastTask task(session.data);
        QVERIFY(task.generatorOf(0, false).has_value());
        QVERIFY(task.generatorOf(0, true).has_value());
        QVERIFY(task.generatorOf(0, true)->anomaly.has_value());
        QVERIFY(!task.generatorOf(1, true).has_value());
    }
    // One number typed over the generated test series: its spec no longer says where anything is.
    session.data.testSeries[0][7][0] += 0.25;
    // A spec of another length than the series it claims.
    session.data.seriesGenerators[0].length = 61;
    const ForecastTask task(session.data);
    QVERIFY(!task.generatorOf(0, true).has_value());
    QVERIFY(!task.generatorOf(0, false).has_value());
}

void TestForecastReadout::truthAndForecastError()
{
    const Session session = spikeSession();
    Trainer trainer(session);
    for (int k = 0; k < 5; ++k)
        trainer.step();
    trainer.evaluate();
    const auto &task = dynamic_cast<const ForecastTask &>(trainer.task());
    const int length = 12;
    const ForecastReadout r = ForecastReadout::of(trainer.parameters(), trainer.trace(), task, length);
    QCOMPARE(r.test.size(), std::size_t(1));
    const SeriesReadout &test = r.test.front();
    const Eigen::Index n = test.points.cols();
    // Injected: the spike at point 40.
    QVERIFY(test.injected.has_value());
    QCOMPARE(test.injected->begin, Eigen::Index(40));
    QCOMPARE(test.injected->end, Eigen::Index(41));
    QVERIFY(!r.train.front().injected.has_value());
    // The truth: the same generator run for n + length points, its last `length`.
    SignalSpec longer = *task.generatorOf(0, true);
    longer.length = n + length;
    const std::vector<double> wave = SignalGenerator::generate(longer);
    QCOMPARE(test.truth.cols(), Eigen::Index(length));
    for (int k = 0; k < length; ++k)
        QCOMPARE(test.truth(0, k), float(wave[std::size_t(n + k)]));
    // Its first n points are the series' own: the continuation is of this very series.
    for (Eigen::Index i = 0; i < n; ++i)
        QCOMPARE(float(wave[std::size_t(i)]), test.points(0, i));
    // The forecast's error against it.
    QCOMPARE(test.forecastStart, n);
    QCOMPARE(test.forecast.cols(), Eigen::Index(length));
    double sum = 0.0;
    for (int k = 0; k < length; ++k) {
        const double d = test.forecast(0, k) - test.truth(0, k); // in float32, as the engine subtracts
        sum += d * d;
    }
    QCOMPARE(test.forecastErrorPoints, Eigen::Index(length));
    QVERIFY(std::abs(test.forecastError - sum / length) <= 1e-12 * std::max(1.0, sum));
    // Typed numbers have no continuation: nothing to compare with.
    Session typed = session;
    typed.data.testSeriesGenerators.clear();
    const ForecastTask typedTask(typed.data);
    const ForecastReadout untyped = ForecastReadout::of(trainer.parameters(), trainer.trace(), typedTask, length);
    QCOMPARE(untyped.test.front().truth.cols(), Eigen::Index(0));
    QCOMPARE(untyped.test.front().forecastErrorPoints, Eigen::Index(0));
    QVERIFY(std::isnan(untyped.test.front().forecastError));
    QVERIFY(!untyped.test.front().injected.has_value());
}

void TestForecastReadout::earlierStartComparesWithTheSeries()
{
    const Session session = spikeSession();
    Trainer trainer(session);
    for (int k = 0; k < 5; ++k)
        trainer.step();
    trainer.evaluate();
    const auto &task = dynamic_cast<const ForecastTask &>(trainer.task());
    const int length = 6;
    const int from = 30;
    const ForecastReadout r = ForecastReadout::of(trainer.parameters(), trainer.trace(), task, length, from);
    const SeriesReadout &train = r.train.front();
    const Eigen::Index n = train.points.cols();
    QCOMPARE(train.forecastStart, Eigen::Index(from));
    // It reads the first 30 points, then runs free up to the same end as a run from the end.
    const Matrix<float> expected = forecast(trainer.parameters(), train.points.leftCols(from), int(n - from) + length);
    QCOMPARE(train.forecast, expected);
    // Its error: against the series' points 30 … n − 1, then the truth.
    double sum = 0.0;
    for (Eigen::Index k = 0; k < train.forecast.cols(); ++k) {
        const Eigen::Index point = from + k;
        const float truth = point < n ? train.points(0, point) : train.truth(0, point - n);
        const double d = train.forecast(0, k) - truth; // in float32, as the engine subtracts
        sum += d * d;
    }
    QCOMPARE(train.forecastErrorPoints, n - from + length);
    QVERIFY(std::abs(train.forecastError - sum / double(n - from + length)) <= 1e-12 * std::max(1.0, sum));
    // Out of range: clamped to the end.
    const ForecastReadout late = ForecastReadout::of(trainer.parameters(), trainer.trace(), task, length, 1000);
    QCOMPARE(late.train.front().forecastStart, n);
}

void TestForecastReadout::percentileThreshold()
{
    ForecastReadout r;
    r.trainErrors = {1.0, 2.0, 3.0, 4.0, 5.0};
    QCOMPARE(r.trainErrorMedian(), 3.0);
    QCOMPARE(r.trainErrorQuantile(0.0), 1.0);
    QCOMPARE(r.trainErrorQuantile(1.0), 5.0);
    QCOMPARE(r.trainErrorQuantile(0.99), 4.0 + 0.96 * 1.0); // 0.99 · 4 = 3.96: between the 4th and 5th
    // From a run: the sorted errors after the warm-up are the training steps' own.
    const Session session = spikeSession();
    Trainer trainer(session);
    trainer.step();
    trainer.evaluate();
    const auto &task = dynamic_cast<const ForecastTask &>(trainer.task());
    const ForecastReadout run = ForecastReadout::of(trainer.parameters(), trainer.trace(), task, 0);
    const Vector<double> &errors = run.train.front().stepError;
    QCOMPARE(run.trainErrors.size(), std::size_t(errors.size() - run.warmup));
    QVERIFY(std::is_sorted(run.trainErrors.begin(), run.trainErrors.end()));
    QCOMPARE(run.trainErrors.back(), errors.tail(errors.size() - run.warmup).maxCoeff());
}

QTEST_GUILESS_MAIN(TestForecastReadout)
#include "tst_forecastreadout.moc"
