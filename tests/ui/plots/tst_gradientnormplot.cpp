// SPDX-License-Identifier: MIT
// GradientNormPlot and gradientnorms.h: the norms are the trace's dL/dh_t column norms, one graph
// per layer told apart without colour; the last step's loss alone, carried back through time, is
// what the engine's own BPTT gives for it, and on a 40-character text with a tanh RNN it falls
// by decades towards t = 0 (the vanishing gradient) while the whole loss's curve stays level; the
// highlighted time step; the hint without gradients; the text shown; the log axis; at most one
// replot per snapshot and none while hidden.
#include "engine/cell.h"
#include "engine/linear.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/plots/gradientnormplot.h"
#include "ui/plots/gradientnorms.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestGradientNormPlot : public QObject
{
    Q_OBJECT

private slots:
    void normsAreTheTraceColumnNorms();
    void oneGraphPerLayerToldApartWithoutColour();
    void lastLossMatchesTheEnginesBackward_data();
    void lastLossMatchesTheEnginesBackward();
    void vanishingGradientOnAFortyCharacterText();
    void noMemoryCutsTheWayBack();
    void highlight();
    void readoutNamesThePoint();
    void normText_data();
    void normText();
    void hintWithoutGradients();
    void textIndex();
    void logAxis();
    void replotsOncePerSnapshotAndNotWhileHidden();

private:
    //! \a run trained \a steps more steps, as the worker's snapshot of it.
    static SnapshotPtr trained(SnapshotBuilder &run, int steps = 0);
    static Session fortyCharacters();
};

SnapshotPtr TestGradientNormPlot::trained(SnapshotBuilder &run, int steps)
{
    run.train(steps);
    return run.snapshot();
}

Session TestGradientNormPlot::fortyCharacters()
{
    // The lecture's setup (tanh, H = vocabulary size, no output layer, Adam 0.1, seed 0) on a
    // 40-character text: 39 time steps.
    Session session = lectureExample();
    session.data.texts = {U"hello world, recurrent networks remember"};
    session.model.hiddenSize = 17;
    return session;
}

void TestGradientNormPlot::normsAreTheTraceColumnNorms()
{
    SnapshotBuilder run(test::lectureVariant(2, true, 8));
    const SnapshotPtr snapshot = trained(run, 5);
    QVERIFY(snapshot->trace.hasGradients);
    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setLastStepLossOnly(false); // the whole loss's gradient: dHidden itself
    plot.setSnapshot(snapshot);
    const SequenceTrace<float> &sequence = snapshot->trace.sequences[0];
    QCOMPARE(plot.graphCount(), 2);
    for (int l = 0; l < 2; ++l) {
        const Matrix<float> &dHidden = sequence.layers[static_cast<std::size_t>(l)].dHidden;
        const std::vector<double> norms = gradientNorms(sequence.layers[static_cast<std::size_t>(l)]);
        QCOMPARE(norms.size(), std::size_t(sequence.length()));
        for (int t = 0; t < sequence.length(); ++t) {
            const double expected = std::sqrt(dHidden.col(t).cast<double>().squaredNorm());
            QVERIFY(expected > 0.0);
            QVERIFY2(std::abs(norms[static_cast<std::size_t>(t)] - expected) <= 1e-12 * expected,
                     qPrintable(QStringLiteral("layer %1 t %2").arg(l).arg(t)));
        }
        QCOMPARE(plot.norms(l), norms); // what the graph plots
    }
    QCOMPARE(plot.timeRange(), std::make_pair(0.5, 4.5)); // "hello": t = 1 … 4
    QCOMPARE(plot.normAxisLabel(), QStringLiteral("‖dL/dhₜ‖"));
}

void TestGradientNormPlot::oneGraphPerLayerToldApartWithoutColour()
{
    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    for (int layers : {1, 4, 2}) {
        SnapshotBuilder run(test::lectureVariant(layers, false));
        plot.setSnapshot(trained(run));
        QCOMPARE(plot.graphCount(), layers);
        for (int l = 0; l < layers; ++l) {
            QCOMPARE(plot.graphName(l), l == 0 ? QStringLiteral("layer 1") : QString::number(l + 1));
            for (int other = 0; other < l; ++other) {
                // Each layer has its own marker shape; neighbours also their own line style.
                QVERIFY(plot.markerShape(l) != plot.markerShape(other));
                if (other == l - 1)
                    QVERIFY(plot.penStyle(l) != plot.penStyle(other));
            }
        }
    }
}

void TestGradientNormPlot::lastLossMatchesTheEnginesBackward_data()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("lecture, tanh") << lectureExample();
    QTest::newRow("2 layers, output layer, tanh") << test::lectureVariant(2, true, 8);
    Session relu = test::lectureVariant(3, true, 6);
    relu.model.cell = CellKind::RnnRelu;
    relu.data.texts = {U"relu layers, stacked"};
    QTest::newRow("3 layers, relu") << relu;
    // N counts the predictions of all texts, not the steps of the one shown.
    Session two = test::lectureVariant(1, false, 6);
    two.data.texts = {U"hello", U"leo held"};
    QTest::newRow("two texts: N = 4 + 7") << two;
    Session classify = test::lectureVariant(2, true, 5);
    classify.data.task = TaskKind::Classify;
    classify.data.texts = {U"hello", U"oh", U"leo"};
    classify.data.labels = {U"a", U"b", U"a"};
    QTest::newRow("classify: one prediction per text") << classify;
}

void TestGradientNormPlot::lastLossMatchesTheEnginesBackward()
{
    // What the axis label says is plotted, computed here from scratch: the label names the loss
    // term ("‖d(loss_n/N)/dh_t‖"), so seed BPTT with d(loss_n/N)/dy_n = (p_n − one-hot(target))/N
    // for the n and N it prints, take it through the output layer and the engine's Cell<double>
    // backward layer by layer from the top, and compare the norms with what the graphs plot.
    // Fails when the label and the data disagree (a factor N, another step, another loss).
    QFETCH(Session, session);
    SnapshotBuilder run(session);
    const SnapshotPtr snapshot = trained(run, 7);
    const SequenceTrace<float> &sequence = snapshot->trace.sequences[0];
    const int n = sequence.length();
    const auto L = static_cast<int>(sequence.layers.size());

    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setSnapshot(snapshot);
    QVERIFY(plot.lastStepLossOnly()); // the default
    const QRegularExpression pattern(QStringLiteral("^‖d\\(loss([₀-₉]+)/([0-9]+)\\)/dhₜ‖$"));
    const QRegularExpressionMatch match = pattern.match(plot.normAxisLabel());
    QVERIFY2(match.hasMatch(), qPrintable(plot.normAxisLabel()));
    int step = 0;
    for (QChar digit : match.captured(1))
        step = step * 10 + (digit.unicode() - 0x2080);
    const int N = match.captured(2).toInt();
    QCOMPARE(step, n); // loss_n: the last step, 1-based as the time axis
    QCOMPARE(N, snapshot->trace.targetCount);

    const Trainer &trainer = run.trainer();
    Trace<double> reference = Trace<double>::allocate(trainer.layout(), trainer.dataset());
    SequenceTrace<double> &seq = reference.sequences[0];
    for (int l = 0; l < L; ++l) {
        const auto ul = static_cast<std::size_t>(l);
        seq.layers[ul].hidden = sequence.layers[ul].hidden.cast<double>();
        seq.layers[ul].preActivation = sequence.layers[ul].preActivation.cast<double>();
    }
    const ParameterSet<double> weights = snapshot->weights.cast<double>();
    ParameterSet<double> gradients(trainer.layout());
    const int target = sequence.targets[static_cast<std::size_t>(n - 1)];
    QVERIFY(target >= 0);
    Matrix<double> dOutputs = Matrix<double>::Zero(sequence.probabilities.rows(), n);
    dOutputs.col(n - 1) = sequence.probabilities.col(n - 1).cast<double>() / double(N);
    dOutputs(target, n - 1) -= 1.0 / double(N);
    auto &top = seq.layers.back();
    if (const auto &fc = weights.layout().outputLayer())
        Linear<double>::backward(weights, *fc, top.hidden, dOutputs, gradients, top.dHiddenFromAbove);
    else
        top.dHiddenFromAbove = dOutputs;
    for (int l = L - 1; l >= 0; --l) {
        LayerInput<double> input;
        if (l == 0)
            input.oneHot = &seq.inputs;
        else
            input.dense = &seq.layers[static_cast<std::size_t>(l - 1)].hidden;
        Matrix<double> *below = l > 0 ? &seq.layers[static_cast<std::size_t>(l - 1)].dHiddenFromAbove : nullptr;
        Cell<double>::backward(weights, weights.layout().stack(), l, input, seq.layers[static_cast<std::size_t>(l)],
                               gradients, below);
    }

    const std::vector<std::vector<double>> norms =
        lastLossGradientNorms(sequence, snapshot->trace.hasLastLossGradients);
    QCOMPARE(int(norms.size()), L);
    for (int l = 0; l < L; ++l) {
        QCOMPARE(plot.norms(l), norms[std::size_t(l)]); // what the graph plots
        QCOMPARE(int(norms[std::size_t(l)].size()), n);
        for (int t = 0; t < n; ++t) {
            const double expected = seq.layers[std::size_t(l)].dHidden.col(t).norm();
            const double actual = norms[std::size_t(l)][std::size_t(t)];
            // The engine computes in float32 (as training does); the reference in double.
            QVERIFY2(std::abs(actual - expected) <= 2e-5 * expected + 1e-30,
                     qPrintable(QStringLiteral("layer %1 t %2: %3 vs %4").arg(l).arg(t).arg(actual).arg(expected)));
        }
    }
    // At the last step of the top layer it is the whole loss's gradient: nothing comes from later.
    const double whole = gradientNorms(sequence.layers.back()).back();
    QVERIFY(std::abs(norms.back().back() - whole) <= 1e-6 * whole);
}

void TestGradientNormPlot::vanishingGradientOnAFortyCharacterText()
{
    for (int steps : {0, 20}) {
        SnapshotBuilder run(fortyCharacters());
        const SnapshotPtr snapshot = trained(run, steps);
        GradientNormPlot plot;
        plot.resize(500, 220);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setLastStepLossOnly(false); // first the whole loss
        plot.setSnapshot(snapshot);
        QCOMPARE(plot.timeRange(), std::make_pair(0.5, 39.5));

        // The whole loss: every step adds its own term, so ‖dL/dh_t‖ stays level along the text —
        // within a factor of 10 from t = 0 to t = 38 (measured: about 2). No vanishing to see here.
        const std::vector<double> whole = plot.norms(0);
        QCOMPARE(whole.size(), std::size_t(39));
        const auto [low, high] = std::minmax_element(whole.begin(), whole.end());
        QVERIFY2(*high / *low < 10.0, qPrintable(QStringLiteral("%1 … %2").arg(*low).arg(*high)));

        // The last step's loss alone: falls from t = 38 towards t = 0 overall, by decades.
        QSignalSpy toggled(&plot, &GradientNormPlot::lastStepLossOnlyChanged);
        plot.setLastStepLossOnly(true);
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(plot.normAxisLabel(), QStringLiteral("‖d(loss₃₉/39)/dhₜ‖")); // one text: N = n
        const std::vector<double> last = plot.norms(0);
        QCOMPARE(last.size(), std::size_t(39));
        QVERIFY(last.front() > 0.0);
        QVERIFY2(last.back() / last.front() > 1e4,
                 qPrintable(QStringLiteral("steps %1: %2 → %3").arg(steps).arg(last.front()).arg(last.back())));
        // Overall: the log-norm rises with t (least-squares slope), and each quarter of the text
        // lies below the next on average.
        std::vector<double> logs(last.size());
        std::transform(last.begin(), last.end(), logs.begin(), [](double v) { return std::log10(v); });
        const double meanT = 19.0;
        const double meanLog = std::accumulate(logs.begin(), logs.end(), 0.0) / double(logs.size());
        double cov = 0.0;
        double var = 0.0;
        for (std::size_t t = 0; t < logs.size(); ++t) {
            cov += (double(t) - meanT) * (logs[t] - meanLog);
            var += (double(t) - meanT) * (double(t) - meanT);
        }
        QVERIFY2(cov / var > 0.1, qPrintable(QStringLiteral("slope %1 decades per step").arg(cov / var)));
        const auto quarterMean = [&](std::size_t q) {
            return std::accumulate(logs.begin() + std::ptrdiff_t(q * 9), logs.begin() + std::ptrdiff_t(q * 9 + 9), 0.0)
                / 9.0;
        };
        for (std::size_t q = 0; q + 1 < 4; ++q)
            QVERIFY(quarterMean(q) < quarterMean(q + 1));
    }
}

void TestGradientNormPlot::noMemoryCutsTheWayBack()
{
    // "What if W_hh = 0?": nothing carries the last step's loss back in time.
    SnapshotBuilder run(lectureExample());
    run.setWhatIfNoMemory(true);
    const SnapshotPtr snapshot = trained(run, 3);
    QVERIFY(snapshot->whatIfNoMemory);
    const Trace<float> &variant = snapshot->trace;
    const std::vector<std::vector<double>> norms =
        lastLossGradientNorms(variant.sequences[0], variant.hasLastLossGradients);
    QCOMPARE(norms.size(), std::size_t(1));
    QCOMPARE(norms[0].size(), std::size_t(4));
    QVERIFY(norms[0][3] > 0.0);
    for (std::size_t t = 0; t < 3; ++t)
        QCOMPARE(norms[0][t], 0.0);

    // The plot says why there is one point, in a line of its own (not over the axes), and only
    // while What if W_hh = 0? is on.
    GradientNormPlot plot;
    plot.resize(400, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setSnapshot(snapshot);
    // hello: the last step is t = 4, named by its number as on the axis and in the graph.
    QVERIFY2(plot.noteText().contains(QStringLiteral("h<sub>4</sub> only")), qPrintable(plot.noteText()));
    QVERIFY(!plot.isShowingHint());
    SnapshotBuilder plain(lectureExample());
    plot.setSnapshot(trained(plain, 3));
    QVERIFY(plot.noteText().isEmpty());
}

void TestGradientNormPlot::highlight()
{
    SnapshotBuilder run(fortyCharacters());
    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.highlightedStep(), -1);
    plot.setHighlightedStep(12); // before any snapshot: remembered, nothing to draw it on yet
    QVERIFY(!plot.isHighlightShown());
    plot.setSnapshot(trained(run));
    QCOMPARE(plot.highlightedStep(), 12);
    QVERIFY(plot.isHighlightShown());
    int replots = plot.replotCount();
    plot.setHighlightedStep(30); // walking backward through time: the marker moves at once
    QVERIFY(plot.isHighlightShown());
    QCOMPARE(plot.replotCount(), replots + 1);
    plot.setHighlightedStep(30);
    QCOMPARE(plot.replotCount(), replots + 1); // no change, no replot
    plot.setSnapshot(trained(run, 1)); // kept across snapshots
    QVERIFY(plot.isHighlightShown());
    plot.setHighlightedStep(39); // past the last time step (t = 38): nothing highlighted
    QVERIFY(!plot.isHighlightShown());
    plot.setHighlightedStep(-1);
    QVERIFY(!plot.isHighlightShown());
    QCOMPARE(plot.highlightedStep(), -1);
    plot.setHighlightedStep(0);
    QVERIFY(plot.isHighlightShown());
    // A shorter text: t = 12 no longer exists.
    plot.setHighlightedStep(12);
    SnapshotBuilder hello(lectureExample());
    plot.setSnapshot(trained(hello));
    QVERIFY(!plot.isHighlightShown());
    QCOMPARE(plot.highlightedStep(), 12);
}

void TestGradientNormPlot::readoutNamesThePoint()
{
    // The walk's point by name and value; with the last step's loss plotted, the graph's whole-loss
    // norm beside it — the same number only at the top layer's last step, and said so.
    SnapshotBuilder run(lectureExample());
    GradientNormPlot plot;
    plot.resize(500, 260);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const SnapshotPtr snapshot = trained(run, 5);
    plot.setSnapshot(snapshot);
    QVERIFY(plot.readoutText().isEmpty()); // nothing highlighted
    const auto &layer = snapshot->trace.sequences[0].layers[0];
    plot.setHighlightedStep(1);
    const double whole = layer.dHidden.col(1).cast<double>().norm();
    QVERIFY(std::abs(plot.highlightedWholeLossNorm() - whole) <= 1e-12 * whole);
    QCOMPARE(plot.highlightedNorm(), plot.norms(0)[1]);
    QVERIFY(std::abs(plot.highlightedNorm() - whole) > 1e-3 * whole);
    QVERIFY2(plot.readoutText().contains(QStringLiteral("d(loss<sub>4</sub>/4)/dh<sub>2</sub>")),
             qPrintable(plot.readoutText()));
    QVERIFY2(plot.readoutText().contains(QStringLiteral("□ the graph's ‖dL/dh<sub>2</sub>‖ = ")
                                         + GradientNormPlot::normText(whole)),
             qPrintable(plot.readoutText()));
    plot.setHighlightedStep(3); // the last step: one number
    QVERIFY2(plot.readoutText().contains(QStringLiteral("the same as the graph's")), qPrintable(plot.readoutText()));
    QVERIFY(!plot.readoutText().contains(QStringLiteral("□")));
    plot.setLastStepLossOnly(false);
    plot.setHighlightedStep(1);
    QCOMPARE(plot.highlightedNorm(), plot.highlightedWholeLossNorm());
    QVERIFY2(plot.readoutText().startsWith(QStringLiteral("◯ ‖dL/dh<sub>2</sub>‖ = ")), qPrintable(plot.readoutText()));
    plot.setHighlightedStep(-1);
    QVERIFY(plot.readoutText().isEmpty());
    QVERIFY(std::isnan(plot.highlightedNorm()));
}

void TestGradientNormPlot::normText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three digits") << 0.04674 << QStringLiteral("0.0467");
    QTest::newRow("small: a power of ten") << 9.7e-7 << QStringLiteral("9.7×10⁻⁷");
    QTest::newRow("large: whole digits") << 150.2 << QStringLiteral("150");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
}

void TestGradientNormPlot::normText()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(GradientNormPlot::normText(value), expected);
}

void TestGradientNormPlot::hintWithoutGradients()
{
    SnapshotBuilder run(lectureExample());
    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QVERIFY(plot.isShowingHint()); // no snapshot yet
    auto forwardOnly = std::make_shared<TrainingSnapshot>(*trained(run, 2));
    forwardOnly->trace.hasGradients = false;
    plot.setSnapshot(forwardOnly);
    QVERIFY(plot.isShowingHint());
    QVERIFY2(plot.hintText().contains(QStringLiteral("backward pass")), qPrintable(plot.hintText()));
    QCOMPARE(plot.graphCount(), 0);
    plot.setSnapshot(trained(run, 1));
    QVERIFY(!plot.isShowingHint());
    QCOMPARE(plot.graphCount(), 1);
}

void TestGradientNormPlot::textIndex()
{
    Session session = lectureExample();
    session.data.texts = {U"hello", U"hello there"};
    session.model.hiddenSize = 6; // any H: with an output layer
    session.model.outputLayer = true;
    SnapshotBuilder run(session);
    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const SnapshotPtr snapshot = trained(run, 2);
    plot.setLastStepLossOnly(false);
    plot.setSnapshot(snapshot);
    QCOMPARE(plot.textIndex(), 0);
    QCOMPARE(plot.norms(0).size(), std::size_t(4));
    QVERIFY2(plot.titleText().contains(QStringLiteral("“hello”")), qPrintable(plot.titleText()));
    plot.setTextIndex(1);
    QCOMPARE(plot.norms(0), gradientNorms(snapshot->trace.sequences[1].layers[0]));
    QCOMPARE(plot.norms(0).size(), std::size_t(10));
    QCOMPARE(plot.timeRange(), std::make_pair(0.5, 10.5));
    QVERIFY2(plot.titleText().contains(QStringLiteral("“hello␣there”")), qPrintable(plot.titleText()));
    plot.setTextIndex(2); // no such text
    QVERIFY(plot.isShowingHint());
    QCOMPARE(plot.graphCount(), 0);
    plot.setTextIndex(0);
    QVERIFY(!plot.isShowingHint());
}

void TestGradientNormPlot::logAxis()
{
    SnapshotBuilder run(fortyCharacters());
    GradientNormPlot plot;
    plot.resize(500, 220);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QVERIFY(plot.logScale()); // the default
    plot.setLastStepLossOnly(true);
    plot.setSnapshot(trained(run));
    const std::vector<double> norms = plot.norms(0);
    const auto [low, high] = std::minmax_element(norms.begin(), norms.end());
    // Whole decades around the data.
    const auto [lower, upper] = plot.normRange();
    QVERIFY(lower <= *low && upper >= *high);
    QCOMPARE(std::log10(lower), std::round(std::log10(lower)));
    QCOMPARE(std::log10(upper), std::round(std::log10(upper)));
    QVERIFY(upper / lower <= 100.0 * *high / *low);

    QSignalSpy spy(&plot, &GradientNormPlot::logScaleChanged);
    plot.setLogScale(false);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(plot.normRange().first, 0.0);
    QVERIFY(plot.normRange().second >= *high);
    QCOMPARE(plot.norms(0), norms); // the same numbers, another axis
    plot.setLogScale(false);
    QCOMPARE(spy.count(), 1);
}

void TestGradientNormPlot::replotsOncePerSnapshotAndNotWhileHidden()
{
    SnapshotBuilder run(test::lectureVariant(2, false));
    GradientNormPlot plot;
    plot.resize(500, 220);
    for (int i = 0; i < 5; ++i)
        plot.setSnapshot(trained(run, 1));
    plot.setHighlightedStep(2);
    QCOMPARE(plot.replotCount(), 0); // hidden: nothing computed, nothing replotted
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.replotCount(), 1); // once, when shown, with the newest snapshot
    QCOMPARE(plot.graphCount(), 2);
    QVERIFY(plot.isHighlightShown());
    for (int i = 0; i < 3; ++i) {
        plot.setSnapshot(trained(run, 1));
        QCOMPARE(plot.replotCount(), 2 + i);
    }
    plot.hide();
    plot.setSnapshot(trained(run, 1));
    QCOMPARE(plot.replotCount(), 4);
    plot.show();
    QCOMPARE(plot.replotCount(), 5);
    plot.hide();
    plot.show();
    QCOMPARE(plot.replotCount(), 5); // nothing new: nothing to do
}

QTEST_MAIN(TestGradientNormPlot)
#include "tst_gradientnormplot.moc"
