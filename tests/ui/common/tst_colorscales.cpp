// SPDX-License-Identifier: MIT
// ColorScales::of: each scale is niceScale() of the largest |value| of its kind in the snapshot —
// tanh's h_t fixed at 1, ReLU's measured; gradients only with a backward pass; the matrix
// panel's scales leave infinities out (and stay 1 without gradients or an update), the graph's
// weight scale counts them (and falls back to 1).
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/common/colorscales.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

namespace {

double maxAbsOf(const Vector<float> &values, bool finiteOnly)
{
    double best = 0.0;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double a = std::abs(double(values[i]));
        if ((!finiteOnly || std::isfinite(a)) && a > best)
            best = a;
    }
    return best;
}

Session withCell(CellKind cell)
{
    Session session = lectureExample();
    session.model.cell = cell;
    return session;
}

} // namespace

class TestColorScales : public QObject
{
    Q_OBJECT

private slots:
    void hiddenScale_data();
    void hiddenScale();
    void parameterScalesFollowTheValues_data();
    void parameterScalesFollowTheValues();
    void noStepYet();
    void infiniteWeight();
};

void TestColorScales::hiddenScale_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<bool>("measured"); // else fixed at 1 (tanh)
    QTest::addColumn<bool>("cellState");
    QTest::newRow("tanh") << int(CellKind::RnnTanh) << false << false;
    QTest::newRow("ReLU") << int(CellKind::RnnRelu) << true << false;
    QTest::newRow("LSTM") << int(CellKind::Lstm) << false << true;
    QTest::newRow("GRU") << int(CellKind::Gru) << false << false;
}

void TestColorScales::hiddenScale()
{
    QFETCH(int, cell);
    QFETCH(bool, measured);
    QFETCH(bool, cellState);
    SnapshotBuilder run(withCell(CellKind(cell)));
    run.train(3);
    const SnapshotPtr snapshot = run.snapshot();
    const ColorScales scales = ColorScales::of(*snapshot);
    double hidden = 0.0;
    double dHidden = 0.0;
    double c = 0.0;
    for (const auto &layer : snapshot->trace.sequences.front().layers) {
        hidden = std::max(hidden, double(layer.hidden.cwiseAbs().maxCoeff()));
        dHidden = std::max(dHidden, double(layer.dHidden.cwiseAbs().maxCoeff()));
        if (layer.cell.size() > 0)
            c = std::max(c, double(layer.cell.cwiseAbs().maxCoeff()));
    }
    QCOMPARE(scales.hidden, measured ? niceScale(hidden) : 1.0);
    QVERIFY(snapshot->trace.hasGradients);
    QCOMPARE(scales.hiddenGradient, niceScale(dHidden));
    QVERIFY(scales.hiddenGradient >= dHidden);
    QCOMPARE(scales.cell, cellState ? niceScale(c) : 1e-12);
    if (cellState)
        QVERIFY(scales.cellGradient > 1e-12);
    else
        QCOMPARE(scales.cellGradient, 1e-12);
}

void TestColorScales::parameterScalesFollowTheValues_data()
{
    QTest::addColumn<int>("steps");
    QTest::newRow("one step") << 1;
    QTest::newRow("ten steps") << 10;
}

void TestColorScales::parameterScalesFollowTheValues()
{
    QFETCH(int, steps);
    SnapshotBuilder run(lectureExample());
    run.train(steps);
    const SnapshotPtr snapshot = run.snapshot();
    const ColorScales scales = ColorScales::of(*snapshot);
    QCOMPARE(scales.weights, niceScale(maxAbsOf(snapshot->weights.flat(), false)));
    QCOMPARE(scales.parameters, niceScale(maxAbsOf(snapshot->weights.flat(), true)));
    QCOMPARE(scales.gradients, niceScale(maxAbsOf(snapshot->lastGradients.flat(), true)));
    QCOMPARE(scales.update, niceScale(maxAbsOf(snapshot->lastUpdate.flat(), true)));
    // Updates are far smaller than the weights: their own scale, not the weights'.
    QVERIFY(scales.update < scales.parameters);
}

void TestColorScales::noStepYet()
{
    SnapshotBuilder run(lectureExample());
    const SnapshotPtr snapshot = run.snapshot();
    QVERIFY(snapshot->lastGradients.isNull());
    const ColorScales scales = ColorScales::of(*snapshot);
    QCOMPARE(scales.gradients, 1.0);
    QCOMPARE(scales.update, 1.0);
    QCOMPARE(scales.parameters, niceScale(maxAbsOf(snapshot->weights.flat(), true)));
}

void TestColorScales::infiniteWeight()
{
    SnapshotBuilder run(lectureExample());
    run.train(1);
    const SnapshotPtr snapshot = test::withChanges(run.snapshot(), [](TrainingSnapshot &s) {
        s.weights.flat()[0] = std::numeric_limits<float>::infinity();
        s.weights.flat()[1] = 7.0f;
    });
    const ColorScales scales = ColorScales::of(*snapshot);
    QCOMPARE(scales.weights, 1.0); // niceScale(∞)
    QCOMPARE(scales.parameters, 8.0); // the largest finite weight, 7
}

QTEST_GUILESS_MAIN(TestColorScales)
#include "tst_colorscales.moc"
