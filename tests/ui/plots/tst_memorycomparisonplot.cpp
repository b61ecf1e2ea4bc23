// SPDX-License-Identifier: MIT
// MemoryComparisonPlot: compare mode's "How far back a prediction looks" — each model's curve is
// its own MemoryAnalysis::influence of the step chosen (the last with a target by default), of the
// weights its graph shows; the legend names the models; the s axis follows the step; a classifier
// has a target at its last step only; a hidden plot computes nothing.
#include "engine/memoryanalysis.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/plots/memorycomparisonplot.h"

#include <QSpinBox>
#include <QTest>

using namespace rnnlab;

class TestMemoryComparisonPlot : public QObject
{
    Q_OBJECT

private slots:
    void curvesAreEachModelsInfluence_data();
    void curvesAreEachModelsInfluence();
    void stepChooserPicksTheStep();
    void hiddenPlotComputesNothing();
};

namespace {

SnapshotPtr trained(CellKind cell, int layers, int steps, bool whatIf = false)
{
    Session session = lectureExample();
    session.data.texts = {U"the quick brown fox jumps over the lazy dog", U"hello"};
    session.model = ModelConfig{cell, 16, layers, true};
    session.training.learningRate = 0.01;
    test::SnapshotBuilder builder(session);
    builder.train(steps);
    builder.setWhatIfNoMemory(whatIf);
    return builder.snapshot();
}

} // namespace

void TestMemoryComparisonPlot::curvesAreEachModelsInfluence_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("text");
    QTest::newRow("untrained, 1 layer") << 1 << 0 << 0;
    QTest::newRow("20 steps, 2 layers, second text") << 2 << 20 << 1;
}

void TestMemoryComparisonPlot::curvesAreEachModelsInfluence()
{
    QFETCH(int, layers);
    QFETCH(int, steps);
    QFETCH(int, text);
    MemoryComparisonPlot plot;
    plot.resize(600, 320);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const std::vector<CellKind> cells = {CellKind::RnnTanh, CellKind::Lstm, CellKind::Gru};
    std::vector<MemoryComparisonPlot::Series> series;
    for (CellKind cell : cells)
        series.push_back(
            {QStringLiteral("%1: %2").arg(QChar(u'A' + int(series.size())), QString::fromStdString(toString(cell))),
             trained(cell, layers, steps)});
    plot.setTextIndex(text);
    plot.setSeries(series);
    QCOMPARE(plot.seriesCount(), 3);
    const int n = series.front().snapshot->trace.sequences[std::size_t(text)].length();
    QCOMPARE(plot.step(), n - 1); // the last step with a target
    QCOMPARE(plot.targetText(), text == 0 ? QStringLiteral("→ ‘g’") : QStringLiteral("→ ‘o’"));
    for (int m = 0; m < 3; ++m) {
        const TrainingSnapshot &s = *series[std::size_t(m)].snapshot;
        const MemoryAnalysis analysis(s.weights, *s.setup->task);
        QCOMPARE(plot.values(m), analysis.influence(text, n - 1));
        QCOMPARE(int(plot.values(m).size()), n);
        QCOMPARE(plot.legendText(m), series[std::size_t(m)].name);
    }
}

void TestMemoryComparisonPlot::stepChooserPicksTheStep()
{
    MemoryComparisonPlot plot;
    plot.resize(600, 320);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const SnapshotPtr rnn = trained(CellKind::RnnTanh, 1, 10);
    const SnapshotPtr lstm = trained(CellKind::Lstm, 1, 10);
    plot.setSeries({{QStringLiteral("A: rnn_tanh"), rnn}, {QStringLiteral("B: lstm"), lstm}});
    QCOMPARE(plot.stepBox()->value(), 0); // "last"
    QCOMPARE(plot.stepBox()->maximum(), 42);
    plot.stepBox()->setValue(6); // the lecture's step 6: t = 5
    QCOMPARE(plot.step(), 5);
    const MemoryAnalysis analysis(lstm->weights, *lstm->setup->task);
    QCOMPARE(plot.values(1), analysis.influence(0, 5));
    plot.setStep(99); // clamped to the text
    QCOMPARE(plot.step(), 41);
    QCOMPARE(plot.stepBox()->value(), 42);

    // What if W_hh = 0? shown by a model's graph: its curve is that network's — only its own
    // input reaches a one-layer RNN's prediction.
    const SnapshotPtr noMemory = trained(CellKind::RnnTanh, 1, 10, true);
    plot.setStep(5);
    plot.setSeries({{QStringLiteral("A: rnn_tanh"), noMemory}, {QStringLiteral("B: lstm"), lstm}});
    const std::vector<double> values = plot.values(0);
    QCOMPARE(int(values.size()), 6);
    for (int s = 0; s < 5; ++s)
        QCOMPARE(values[std::size_t(s)], 0.0);
    QVERIFY(values.back() > 0.0);
}

void TestMemoryComparisonPlot::hiddenPlotComputesNothing()
{
    MemoryComparisonPlot plot;
    plot.setSeries({{QStringLiteral("A"), trained(CellKind::RnnTanh, 1, 0)}});
    QCOMPARE(plot.seriesCount(), 0); // nothing computed while hidden
    QCOMPARE(plot.replotCount(), 0);
    plot.resize(600, 320);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QTRY_COMPARE(plot.seriesCount(), 1);
    QCOMPARE(int(plot.values(0).size()), 42);
}

QTEST_MAIN(TestMemoryComparisonPlot)
#include "tst_memorycomparisonplot.moc"
