// SPDX-License-Identifier: MIT
// GradientComparisonPlot: an RNN, an LSTM and a GRU on a 43-character text — each curve is the
// share of the last step's gradient reaching h_t, from that model's own trace (the engine's
// dHiddenLastLoss), 1 at the last step; the gated cells keep more of it at t = 0 than the RNN; a
// hidden plot computes and replots nothing.
#include "tests/support/snapshotbuilder.h"
#include "ui/plots/gradientcomparisonplot.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestGradientComparisonPlot : public QObject
{
    Q_OBJECT

private slots:
    void sharesAreTheTraces();
    void hiddenPlotDoesNothing();
};

namespace {

SnapshotPtr untrained(CellKind cell)
{
    Session session = lectureExample();
    session.data.texts = {U"the rain in spain stays mainly in the plain"};
    session.model = ModelConfig{cell, 16, 1, true};
    session.training.learningRate = 0.01;
    return test::SnapshotBuilder(session).snapshot();
}

} // namespace

void TestGradientComparisonPlot::sharesAreTheTraces()
{
    GradientComparisonPlot plot;
    plot.resize(500, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const std::vector<CellKind> cells = {CellKind::RnnTanh, CellKind::Lstm, CellKind::Gru};
    std::vector<GradientComparisonPlot::Series> series;
    for (CellKind cell : cells)
        series.push_back({QString::fromStdString(toString(cell)), Qt::black, untrained(cell)});
    plot.setSeries(series);
    QCOMPARE(plot.seriesCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const auto &layer = series[std::size_t(i)].snapshot->trace.sequences[0].layers.back();
        const std::vector<double> values = plot.values(i);
        const Eigen::Index n = layer.dHiddenLastLoss.cols();
        QCOMPARE(Eigen::Index(values.size()), n);
        const double last = layer.dHiddenLastLoss.col(n - 1).cast<double>().norm();
        for (Eigen::Index t = 0; t < n; ++t)
            QCOMPARE(values[std::size_t(t)], layer.dHiddenLastLoss.col(t).cast<double>().norm() / last);
        QCOMPARE(values.back(), 1.0);
        QVERIFY(values.front() < 1e-6); // it vanishes over 42 steps, whatever the cell
    }
    // Untrained, the gated cells keep more of it on this text (10× and more) — yet it vanishes
    // through them too (above); only training teaches them to carry it (tst_presetoutcome).
    QVERIFY2(plot.values(1).front() > 10 * plot.values(0).front(),
             qPrintable(QStringLiteral("lstm %1, rnn %2").arg(plot.values(1).front()).arg(plot.values(0).front())));
    QVERIFY(plot.values(2).front() > 10 * plot.values(0).front());
}

void TestGradientComparisonPlot::hiddenPlotDoesNothing()
{
    GradientComparisonPlot plot;
    const int before = plot.replotCount();
    plot.setSeries({{QStringLiteral("rnn"), Qt::black, untrained(CellKind::RnnTanh)}});
    QCOMPARE(plot.replotCount(), before);
    QCOMPARE(plot.seriesCount(), 0); // not computed while hidden
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QTRY_COMPARE(plot.seriesCount(), 1);
    QVERIFY(plot.replotCount() > before);
}

QTEST_MAIN(TestGradientComparisonPlot)
#include "tst_gradientcomparisonplot.moc"
