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
#include "ui/common/contrast.h"
#include "ui/common/errornumber.h"
#include "ui/common/theme.h"
#include "ui/plots/signalplot.h"

#include <qcustomplot.h>

#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
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
    void thresholdReadableOnTheErrorAxis();
    void warmupIsNotFlagged();
    void forecastLineAtTheSeriesEnd();
    void legendAndSummarySayWhichIsWhich();
    void dashesAndDotsKeepTheirPattern();
    void anomalyAndTruthReadInEveryTheme_data();
    void anomalyAndTruthReadInEveryTheme();
    void errorNumberedAsTheWalk();
    void flagsJudgedAgainstTheInjectedAnomaly();
    void trueContinuationAndForecastError();
    void freeRunStartsEarlier();
    void percentileRule();
    void errorAxisLabelsSeveralTicksWithoutClipping();
    void summaryWrapsAndPlotsGetRoom();
    void plotsFirstThenTheSummary_data();
    void plotsFirstThenTheSummary();

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

    // The warm-up and the default threshold, recomputed here: the threshold is the training
    // errors' mean + 3 sd (population) over the steps t ≥ w, and w one past the last step of the
    // first tenth at which the training error is above that threshold (raised until it holds).
    const SequenceTrace<float> &train = snapshot->trace.sequences.front();
    std::vector<double> trainErrors;
    for (Eigen::Index t = 0; t < train.logits.cols(); ++t) {
        const double d = double(train.logits(0, t)) - double(train.targetValues(0, t));
        trainErrors.push_back(d * d);
    }
    const auto thresholdFrom = [&](std::size_t w) {
        double mean = 0.0;
        for (std::size_t t = w; t < trainErrors.size(); ++t)
            mean += trainErrors[t];
        mean /= double(trainErrors.size() - w);
        double variance = 0.0;
        for (std::size_t t = w; t < trainErrors.size(); ++t)
            variance += (trainErrors[t] - mean) * (trainErrors[t] - mean);
        return mean + 3.0 * std::sqrt(variance / double(trainErrors.size() - w));
    };
    std::size_t w = 0;
    for (bool raised = true; raised;) {
        raised = false;
        const double at = thresholdFrom(w);
        for (std::size_t t = trainErrors.size() / 10; t-- > w;) {
            if (trainErrors[t] > at) {
                w = t + 1;
                raised = true;
                break;
            }
        }
    }
    const double threshold = thresholdFrom(w);
    QCOMPARE(snapshot->forecast->warmup, int(w));
    QVERIFY(plot.thresholdIsDefault());
    QVERIFY(std::abs(plot.threshold() - threshold) <= 1e-6 * threshold); // float32 differences, as above
    QVector<double> above;
    for (int t = int(w); t < error.size(); ++t)
        if (error[t] > plot.threshold())
            above << double(t + 2);
    QCOMPARE(plot.anomalyX(), above);

    // Edited: every step above it is marked, and it stays through new snapshots.
    plot.setThreshold(0.0);
    QVERIFY(!plot.thresholdIsDefault());
    QCOMPARE(plot.anomalyX().size(),
             error.size() - int(w) - int(std::count(error.begin() + qsizetype(w), error.end(), 0.0)));
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

void TestSignalPlot::thresholdReadableOnTheErrorAxis()
{
    // Trained as the screenshots are: the threshold (~0.004) and the spike's error (~2) are decades
    // apart; the error axis is logarithmic and its range holds both, with room around them.
    SnapshotBuilder builder(sineSpike());
    builder.train(100);
    SignalPlot plot;
    plot.setSnapshot(builder.snapshot());
    QVERIFY(plot.errorAxisIsLogarithmic());
    const auto [low, high] = plot.errorRange();
    const QVector<double> error = plot.errorY();
    const double largest = *std::max_element(error.begin(), error.end());
    QVERIFY2(largest / plot.threshold() > 100.0, "the example's spike is far above its threshold");
    QVERIFY(low > 0.0);
    QVERIFY2(low < plot.threshold() && plot.threshold() < high,
             qPrintable(QStringLiteral("%1 < %2 < %3").arg(low).arg(plot.threshold()).arg(high)));
    QVERIFY(largest < high);
    // On a log axis the threshold sits well off the bottom: at least a tenth of the decades up.
    const double up = (std::log10(plot.threshold()) - std::log10(low)) / (std::log10(high) - std::log10(low));
    QVERIFY2(up > 0.1, qPrintable(QString::number(up)));
}

void TestSignalPlot::warmupIsNotFlagged()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(100);
    const SnapshotPtr snapshot = builder.snapshot();
    const int w = snapshot->forecast->warmup;
    QVERIFY2(w > 0, "from a zero state the first step is predicted worse than the threshold");
    SignalPlot plot;
    plot.setSnapshot(snapshot);
    // Even at threshold 0 no warm-up step is marked, and every later step is.
    plot.setThreshold(0.0);
    const QVector<double> marked = plot.anomalyX();
    QVERIFY(!marked.isEmpty());
    QCOMPARE(marked.front(), double(w + 2));
    const auto [from, to] = plot.warmupX();
    QCOMPARE(from, 0.5); // steps 1 … w, as the walk counts them
    QCOMPARE(to, double(w) + 0.5);
    QVERIFY(plot.summaryText().contains(QStringLiteral("warm-up")));
    for (double x : marked)
        QVERIFY(x > to);
}

void TestSignalPlot::forecastLineAtTheSeriesEnd()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(2);
    SignalPlot plot;
    plot.setSnapshot(builder.snapshot());
    const double n = double(plot.seriesY().size());
    QCOMPARE(plot.forecastStartX(), n);
    QVERIFY(!plot.forecastX().isEmpty());
    QVERIFY(plot.forecastX().front() > plot.forecastStartX());
    builder.setForecastLength(0);
    plot.setSnapshot(builder.snapshot());
    QVERIFY(std::isnan(plot.forecastStartX())); // no forecast, no line
}

void TestSignalPlot::legendAndSummarySayWhichIsWhich()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(2);
    SignalPlot plot;
    plot.setSnapshot(builder.snapshot());
    // The legend in short words (one row of its own), the summary's first words say more.
    QVERIFY(plot.legendTexts().contains(QStringLiteral("test series")));
    QVERIFY(plot.summaryText().startsWith(QStringLiteral("Test series (never trained on)")));
    QVERIFY(plot.legendTexts().contains(QStringLiteral("one step ahead")));
    QVERIFY(plot.legendTexts().contains(QStringLiteral("forecast")));
    plot.setSeriesChoice(0);
    QVERIFY(plot.legendTexts().contains(QStringLiteral("training series")));
    QVERIFY(plot.summaryText().startsWith(QStringLiteral("Training series")));
    // One number, one way (issue 15's review: "Flag above 0.00008" beside "threshold 0.000075"):
    // every decimal number of the summary with three significant figures, and the threshold the
    // same text in the summary, on the plot and in the spin box.
    const QRegularExpression numbers(QStringLiteral("\\d+\\.\\d+"));
    for (const QRegularExpressionMatch &m : numbers.globalMatch(plot.summaryText())) {
        QString digits = m.captured(0);
        digits.remove(QLatin1Char('.'));
        while (digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        QVERIFY2(digits.size() == 3, qPrintable(m.captured(0)));
    }
    const QString threshold = ErrorNumber::text(plot.threshold());
    QVERIFY2(plot.summaryText().contains(QStringLiteral("Threshold %1:").arg(threshold)),
             qPrintable(plot.summaryText()));
    auto *box = plot.findChild<QDoubleSpinBox *>();
    QVERIFY(box);
    QCOMPARE(box->text(), threshold);
    QVERIFY(std::abs(box->value() - plot.threshold()) < 1e-9); // not rounded to five decimals
}

void TestSignalPlot::anomalyAndTruthReadInEveryTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(Theme::Light);
    QTest::newRow("dark") << int(Theme::Dark);
    QTest::newRow("high contrast") << int(Theme::HighContrast);
}

void TestSignalPlot::anomalyAndTruthReadInEveryTheme()
{
    // Issue 15's review: 'injected' and its band dark red on black, almost unreadable; "what came"
    // a faint grey line lost under the dotted forecast.
    QFETCH(int, theme);
    applyTheme(Theme(theme));
    SnapshotBuilder builder(sineSpike());
    builder.train(2);
    SignalPlot plot;
    plot.setSnapshot(builder.snapshot());
    const QColor base = plot.palette().color(QPalette::Base);
    auto *custom = plot.findChild<QCustomPlot *>();
    QVERIFY(custom);
    int labels = 0;
    for (int i = 0; i < custom->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(custom->item(i));
        if (text && (text->text() == u"injected" || text->text().startsWith(u"threshold"))) {
            QVERIFY2(Contrast::ratio(text->color(), base) >= Contrast::minimumRatio, qPrintable(text->text()));
            ++labels;
        }
    }
    QCOMPARE(labels, 2);
    QCPGraph *truth = nullptr;
    QCPGraph *forecast = nullptr;
    for (int i = 0; i < custom->graphCount(); ++i) {
        if (custom->graph(i)->name() == u"true continuation")
            truth = custom->graph(i);
        if (custom->graph(i)->name() == u"free-running forecast")
            forecast = custom->graph(i);
    }
    QVERIFY(truth && forecast);
    QVERIFY(Contrast::ratio(Contrast::over(truth->pen().color(), base), base) >= 3.0);
    QVERIFY(truth->pen().widthF() > forecast->pen().widthF()); // shows on both sides of the dots
    applyTheme(Theme::Light);
}

void TestSignalPlot::dashesAndDotsKeepTheirPattern()
{
    // The legend says "dashed" and "dotted": with Qt's default square caps every dash and dot grows
    // by the pen's width, so the dots drew as dashes and the dashes almost solid over the series.
    SnapshotBuilder builder(sineSpike());
    builder.train(2);
    SignalPlot plot;
    plot.setSnapshot(builder.snapshot());
    const auto *custom = plot.findChild<QCustomPlot *>();
    QVERIFY(custom);
    int broken = 0;
    for (int i = 0; i < custom->graphCount(); ++i) {
        const QPen pen = custom->graph(i)->pen();
        if (pen.style() == Qt::DashLine || pen.style() == Qt::DotLine) {
            ++broken;
            QCOMPARE(pen.capStyle(), Qt::FlatCap);
        }
    }
    QVERIFY2(broken >= 2, "the one-step predictions (dashed) and the forecast (dotted)");
}

void TestSignalPlot::errorNumberedAsTheWalk()
{
    // The walk's loss_t = (y_t − x_{t+1})² with t counted from 1: the error curve stands at t, the
    // hover says the same, and y_t under the x_{t+1} it predicts.
    SnapshotBuilder builder(sineSpike());
    builder.train(3);
    const SnapshotPtr snapshot = builder.snapshot();
    SignalPlot plot;
    plot.setSnapshot(snapshot);
    plot.setSeriesChoice(0);
    const SequenceTrace<float> &sequence = snapshot->trace.sequences.front();
    const QVector<double> x = plot.errorX();
    QCOMPARE(x.size(), int(sequence.logits.cols()));
    for (int k = 0; k < x.size(); ++k)
        QCOMPARE(x[k], double(k + 1));
    const QString hover = plot.hoverText(20);
    const double loss = snapshot->forecast->train.front().stepError(19);
    QVERIFY2(hover.contains(QStringLiteral("loss_20 = (y_20 − x_21)² = %1")
                                .arg(QString::number(loss, 'g', 4).replace(QLatin1Char('-'), QChar(0x2212)))),
             qPrintable(hover));
    QVERIFY2(hover.contains(
                 QStringLiteral("y_20 = %1")
                     .arg(QString::number(sequence.logits(0, 19), 'g', 4).replace(QLatin1Char('-'), QChar(0x2212)))),
             qPrintable(hover));
    // The walk's own number for that step is the same squared error (MSELoss, the trace's).
    QVERIFY(std::abs(double(sequence.stepLoss(19)) - loss) <= 1e-6 * std::max(loss, 1e-12));
}

void TestSignalPlot::flagsJudgedAgainstTheInjectedAnomaly()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(100);
    const SnapshotPtr snapshot = builder.snapshot();
    SignalPlot plot;
    plot.setSnapshot(snapshot); // the test series
    const ForecastReadout &r = *snapshot->forecast;
    const SeriesReadout &test = r.test.front();
    QVERIFY(test.injected.has_value()); // the example's generator info matches its numbers
    // The session says where: data.generator.test_series[0].anomaly.at, 0-based → point at + 1.
    const std::int64_t at = snapshot->setup->session.data.testSeriesGenerators.front().anomaly->at;
    QCOMPARE(plot.injectedX(), qMakePair(double(at) + 0.5, double(at) + 1.5));
    const FlagJudgement j = r.judge(test, plot.threshold());
    const QString summary = plot.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Injected anomaly at point %1: %2")
                                  .arg(at + 1)
                                  .arg(j.hits.empty() ? QStringLiteral("missed")
                                                      : QStringLiteral("detected (step %1)").arg(j.hits.front() + 1))),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("still disturbed: %1").arg(j.after.size())), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("False alarms: %1").arg(j.falseAlarms.size())), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Flagged steps: %1").arg(j.flags.size())), qPrintable(summary));
    // The example after 100 steps: the spike is detected, and not every flag is it.
    QVERIFY(!j.hits.empty());
    QVERIFY(j.flags.size() > j.hits.size());
    // The non-normal errors are said where they make mean + 3 sd flag ordinary steps.
    QCOMPARE(summary.contains(QStringLiteral("not normally distributed")), r.trainErrorSd > r.trainErrorMean);
    // Each flagged step's band covers the input it read and the point it predicted.
    const QVector<QPair<double, double>> bands = plot.flagBandsX();
    QVERIFY(!bands.isEmpty());
    QCOMPARE(bands.front().first, double(j.flags.front()) + 0.5);
    QVERIFY(plot.legendTexts().contains(QStringLiteral("injected anomaly")));
    // The training series has no anomaly injected: no mark, no judgement.
    plot.setSeriesChoice(0);
    QCOMPARE(plot.injectedX(), (QPair<double, double>()));
    QVERIFY(!plot.summaryText().contains(QStringLiteral("Injected anomaly")));
}

void TestSignalPlot::trueContinuationAndForecastError()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(20);
    builder.setForecastLength(15);
    const SnapshotPtr snapshot = builder.snapshot();
    SignalPlot plot;
    plot.setSnapshot(snapshot);
    const SeriesReadout &test = snapshot->forecast->test.front();
    const double n = double(plot.seriesY().size());
    const QVector<double> x = plot.truthX();
    const QVector<double> y = plot.truthY();
    QCOMPARE(y.size(), 15);
    for (int k = 0; k < 15; ++k) {
        QCOMPARE(x[k], n + 1 + k);
        QCOMPARE(y[k], double(test.truth(0, k)));
    }
    QVERIFY(plot.legendTexts().contains(QStringLiteral("what came")));
    const QRegularExpression said(QStringLiteral("Free-running forecast after the end: mean error² ([0-9.]+) against "
                                                 "what came \\(points compared: 15\\)"));
    const QRegularExpressionMatch m = said.match(plot.summaryText());
    QVERIFY2(m.hasMatch(), qPrintable(plot.summaryText()));
    const double printed = m.captured(1).toDouble();
    QVERIFY2(std::abs(printed - test.forecastError) <= 0.51 * std::pow(10.0, -(m.captured(1).size() - 2)),
             qPrintable(QStringLiteral("%1 vs %2").arg(printed).arg(test.forecastError)));
}

void TestSignalPlot::freeRunStartsEarlier()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(5);
    SignalPlot plot;
    plot.setSnapshot(builder.snapshot());
    QSignalSpy asked(&plot, &SignalPlot::forecastLengthChanged);
    plot.setForecastFrom(60);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.front().at(0).toInt(), plot.forecastLength());
    QCOMPARE(asked.front().at(1).toInt(), 60);
    builder.setForecastFrom(60);
    plot.setSnapshot(builder.snapshot());
    const double n = double(plot.seriesY().size());
    QCOMPARE(plot.forecastStartX(), 60.0);
    const QVector<double> x = plot.forecastX();
    QCOMPARE(x.front(), 61.0);
    QCOMPARE(x.back(), n + plot.forecastLength());
    QVERIFY2(plot.summaryText().contains(QStringLiteral("Free-running forecast after point 60")),
             qPrintable(plot.summaryText()));
}

void TestSignalPlot::percentileRule()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(50);
    const SnapshotPtr snapshot = builder.snapshot();
    SignalPlot plot;
    plot.setSnapshot(snapshot);
    plot.setRule(SignalPlot::Rule::Percentile);
    QVERIFY(!plot.thresholdIsDefault());
    QCOMPARE(plot.threshold(), snapshot->forecast->trainErrorQuantile(0.99));
    QVERIFY(plot.summaryText().contains(QStringLiteral("99th percentile")));
    plot.resetThreshold();
    QCOMPARE(plot.threshold(), snapshot->forecast->defaultThreshold());
}

void TestSignalPlot::errorAxisLabelsSeveralTicksWithoutClipping()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(100);
    SignalPlot plot;
    plot.resize(700, 420);
    plot.setSnapshot(builder.snapshot());
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    auto *custom = plot.findChild<QCustomPlot *>();
    custom->replot();
    const QVector<double> ticks = plot.errorTicks();
    QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
    // Every positive error lies inside the axis: nothing clipped at the bottom or the top.
    const auto [low, high] = plot.errorRange();
    for (double e : plot.errorY())
        if (e > 0.0)
            QVERIFY2(low <= e && e <= high, qPrintable(QStringLiteral("%1 outside %2 … %3").arg(e).arg(low).arg(high)));
}

void TestSignalPlot::summaryWrapsAndPlotsGetRoom()
{
    SnapshotBuilder builder(sineSpike());
    builder.train(100);
    SignalPlot plot;
    plot.resize(640, 600);
    plot.setSnapshot(builder.snapshot());
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    auto *custom = plot.findChild<QCustomPlot *>();
    QVERIFY(custom->minimumHeight() >= 170);
    // The summary wraps instead of being cut: its label is as tall as its text at this width.
    auto *summary = plot.findChildren<QLabel *>().value(0);
    for (QLabel *label : plot.findChildren<QLabel *>())
        if (label->text() == plot.summaryText())
            summary = label;
    QVERIFY(summary->wordWrap());
    QTRY_VERIFY(summary->height()
                >= std::min(summary->heightForWidth(summary->width()), 3 * QFontMetrics(summary->font()).lineSpacing())
                    - 1);
    QVERIFY(summary->height() > QFontMetrics(summary->font()).height()); // several lines
}

void TestSignalPlot::plotsFirstThenTheSummary_data()
{
    QTest::addColumn<QSize>("size");
    // The Signal tab's page at 1280×800 (the pane between the docks), at its own wish, and squeezed
    // to its minimum (1024×768 presentation).
    QTest::newRow("1280x800 pane") << QSize(676, 370);
    QTest::newRow("as it asks") << QSize(676, 0);
    QTest::newRow("minimum") << QSize(640, -1);
}

void TestSignalPlot::plotsFirstThenTheSummary()
{
    // A teacher's review: the value and error plots were 60 and 40 px under a six-line summary, and
    // at 1024×768 the error plot's time axis was cut off the bottom.
    QFETCH(QSize, size);
    SnapshotBuilder builder(sineSpike());
    builder.train(100);
    SignalPlot plot;
    plot.resize(size.width(), 400);
    plot.setSnapshot(builder.snapshot());
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    if (size.height() == 0)
        size.setHeight(plot.sizeHint().height());
    else if (size.height() < 0)
        size.setHeight(plot.minimumSizeHint().height());
    plot.resize(size);
    auto *custom = plot.findChild<QCustomPlot *>();
    QTRY_COMPARE(plot.size(), size);
    QTest::qWait(20);
    custom->replot();
    // Nothing below the widget's bottom: the time axis is drawn.
    const QRect placed(custom->mapTo(&plot, QPoint(0, 0)), custom->size());
    QVERIFY2(placed.bottom() < plot.height(),
             qPrintable(QStringLiteral("plot ends at %1 of %2").arg(placed.bottom()).arg(plot.height())));
    const int value = custom->axisRect(0)->height();
    const int error = custom->axisRect(1)->height();
    // The summary takes only what the plots leave: at its wish each plot gets about plotWanted.
    if (size.height() >= plot.sizeHint().height())
        QVERIFY2(value >= SignalPlot::plotWanted * 8 / 10 && error >= SignalPlot::plotWanted * 8 / 10,
                 qPrintable(QStringLiteral("value %1 px, error %2 px").arg(value).arg(error)));
    // The two plots share alike: neither a strip beside the other.
    QVERIFY2(error >= value * 6 / 10 && value >= error * 6 / 10,
             qPrintable(QStringLiteral("value %1 px, error %2 px").arg(value).arg(error)));
    // The error axis: two or more labelled decades, at least a label's height apart.
    const QVector<double> ticks = plot.errorTicks();
    QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
    QCPAxis *axis = custom->axisRect(1)->axis(QCPAxis::atLeft);
    const int gap = int(std::abs(axis->coordToPixel(ticks[0]) - axis->coordToPixel(ticks[1])));
    QVERIFY2(gap >= QFontMetrics(axis->tickLabelFont()).height(), qPrintable(QString::number(gap)));
}

QTEST_MAIN(TestSignalPlot)
#include "tst_signalplot.moc"
