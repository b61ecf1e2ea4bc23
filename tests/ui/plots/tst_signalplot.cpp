// SPDX-License-Identifier: MIT
// SignalPlot (issue 15): draws what the engine computed and nothing else — its one-step predictions
// are the snapshot trace's y_t, its forecast is generation.h's forecast() for the length asked,
// the test series' errors are the squared errors of a forward pass of the test series, the default
// threshold is the training errors' mean + 3 sd, an edited one marks the steps above it; a
// character run gets the hint that the plot is for time series.
#include "tests/support/snapshotbuilder.h"
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/generation.h"
#include "engine/network.h"
#include "engine/tasks/forecasttask.h"
#include "ui/common/colorscales.h"
#include "ui/plots/signalplot.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestSignalPlot : public QObject
{
    Q_OBJECT

private slots:
    void predictionsAreTheEngines();
    void forecastLengthHonoured();
    void testSeriesErrorsAndThreshold();
    void characterRunSaysWhatItIsFor();

private:
    static Session sineSpike();
};

Session TestSignalPlot::sineSpike()
{
    SessionParseResult parsed =
        SessionFile::read(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    if (!parsed.session)
        qFatal("resources/examples/sine-spike.json does not read");
    return *parsed.session;
}

void TestSignalPlot::predictionsAreTheEngines()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(3);
    const SnapshotPtr snapshot = builder.snapshot();
    QVERIFY(snapshot->forecast);
    SignalPlot plot;
    plot.setSnapshot(snapshot);
    plot.setSeriesChoice(0); // the training series (a session with a test series opens on that)
    const SequenceTrace<float> &sequence = snapshot->trace.sequences.front();
    const QVector<double> x = plot.predictionX();
    const QVector<double> y = plot.predictionY();
    QCOMPARE(y.size(), int(sequence.logits.cols()));
    for (int t = 0; t < y.size(); ++t) {
        QCOMPARE(x[t], double(t + 2)); // y_t predicts point t + 1, drawn at 1-based t + 2
        QCOMPARE(y[t], double(sequence.logits(0, t)));
    }
    // The series is the session's, as float32.
    const QVector<double> series = plot.seriesY();
    const SeriesValues &points = snapshot->setup->session.data.series.front();
    QCOMPARE(series.size(), int(points.size()));
    for (int i = 0; i < series.size(); ++i)
        QCOMPARE(series[i], double(float(points[std::size_t(i)][0])));
    // Another training step: the plot follows (its predictions are the new weights').
    builder.train(1);
    const SnapshotPtr next = builder.snapshot();
    plot.setSnapshot(next);
    QCOMPARE(plot.predictionY().front(), double(next->trace.sequences.front().logits(0, 0)));
    QVERIFY(plot.predictionY().front() != y.front());
}

void TestSignalPlot::forecastLengthHonoured()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(2);
    SignalPlot plot;
    QSignalSpy asked(&plot, &SignalPlot::forecastLengthChanged);
    plot.setForecastLength(7);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.front().front().toInt(), 7);
    builder.setForecastLength(asked.front().front().toInt()); // what the worker is told
    const SnapshotPtr snapshot = builder.snapshot();
    plot.setSnapshot(snapshot);
    plot.setSeriesChoice(0);
    const QVector<double> x = plot.forecastX();
    const QVector<double> y = plot.forecastY();
    QCOMPARE(y.size(), 7);
    const SeriesValues &points = snapshot->setup->session.data.series.front();
    Matrix<float> series(1, Eigen::Index(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i)
        series(0, Eigen::Index(i)) = float(points[i][0]);
    const Matrix<float> expected = forecast(snapshot->weights, series, 7);
    for (int k = 0; k < 7; ++k) {
        QCOMPARE(x[k], double(points.size()) + 1 + k);
        QCOMPARE(y[k], double(expected(0, k)));
    }
    builder.setForecastLength(0);
    plot.setSnapshot(builder.snapshot());
    QVERIFY(plot.forecastY().isEmpty());
}

void TestSignalPlot::testSeriesErrorsAndThreshold()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(20);
    const SnapshotPtr snapshot = builder.snapshot();
    SignalPlot plot;
    plot.setSnapshot(snapshot);
    QCOMPARE(plot.seriesChoice(), 1); // opens on the test series: that is where the anomaly is

    // The test series' errors: a forward pass of it, never trained on.
    const auto &task = dynamic_cast<const ForecastTask &>(*snapshot->setup->task);
    Trace<float> test = Trace<float>::allocate(snapshot->weights.layoutPtr(), task.testDataset());
    Network<float>::forward(snapshot->weights, task.loss(), test);
    const SequenceTrace<float> &s = test.sequences.front();
    const QVector<double> error = plot.errorY();
    QCOMPARE(error.size(), int(s.logits.cols()));
    for (int t = 0; t < error.size(); ++t) {
        const double d = double(s.logits(0, t)) - double(s.targetValues(0, t));
        // (the engine subtracts in float32, as the network works: its rounding, not more)
        QVERIFY2(std::abs(error[t] - d * d) <= 1e-12 + 1e-6 * d * d, qPrintable(QString::number(t)));
    }

    // The default threshold: the training errors' mean + 3 sd (population), recomputed here.
    const SequenceTrace<float> &train = snapshot->trace.sequences.front();
    std::vector<double> trainErrors;
    for (Eigen::Index t = 0; t < train.logits.cols(); ++t) {
        const double d = double(train.logits(0, t)) - double(train.targetValues(0, t));
        trainErrors.push_back(d * d);
    }
    double mean = 0.0;
    for (double e : trainErrors)
        mean += e;
    mean /= double(trainErrors.size());
    double variance = 0.0;
    for (double e : trainErrors)
        variance += (e - mean) * (e - mean);
    const double threshold = mean + 3.0 * std::sqrt(variance / double(trainErrors.size()));
    QVERIFY(plot.thresholdIsDefault());
    QVERIFY(std::abs(plot.threshold() - threshold) <= 1e-6 * threshold); // float32 differences, as above
    QVector<double> above;
    for (int t = 0; t < error.size(); ++t)
        if (error[t] > plot.threshold())
            above << double(t + 2);
    QCOMPARE(plot.anomalyX(), above);

    // Edited: every step above it is marked, and it stays through new snapshots.
    plot.setThreshold(0.0);
    QVERIFY(!plot.thresholdIsDefault());
    QCOMPARE(plot.anomalyX().size(), error.size() - int(std::count(error.begin(), error.end(), 0.0)));
    plot.setThreshold(1e6);
    builder.train(1);
    plot.setSnapshot(builder.snapshot());
    QCOMPARE(plot.threshold(), 1e6);
    QVERIFY(plot.anomalyX().isEmpty());
    plot.resetThreshold();
    QVERIFY(plot.thresholdIsDefault());
    QVERIFY(plot.threshold() < 1e6);
}

void TestSignalPlot::characterRunSaysWhatItIsFor()
{
    SnapshotBuilder builder(lectureExample());
    const SnapshotPtr snapshot = builder.snapshot();
    QVERIFY(!snapshot->forecast); // the worker computes no readout for characters
    SignalPlot plot;
    plot.showSnapshot(snapshot, ColorScales::of(*snapshot));
    QVERIFY(plot.isShowingHint());
    QVERIFY(plot.hintText().contains(QStringLiteral("time series")));
    QVERIFY(plot.seriesY().isEmpty());
}

QTEST_MAIN(TestSignalPlot)
#include "tst_signalplot.moc"
