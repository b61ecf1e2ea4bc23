// SPDX-License-Identifier: MIT
// CrossEntropyLoss, the character tasks' head: its backward against central finite differences of
// its forward, in double, with and without steps that have no target; a loss small enough to check
// by hand; and the predictions and count of right ones it leaves in the trace.
#include "engine/crossentropyloss.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace rnnlab;

class TestCrossEntropyLoss : public QObject
{
    Q_OBJECT

private slots:
    void byHand();
    void backwardMatchesFiniteDifferences_data();
    void backwardMatchesFiniteDifferences();
    void predictsTheFirstMaximum();
};

namespace {

//! A trace with \a targets per sequence (−1: no target at that step) and random logits (O rows).
Trace<double> traceWith(const std::vector<std::vector<int>> &targets, int O, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal(0.0, 2.0);
    Trace<double> trace;
    for (const auto &sequenceTargets : targets) {
        SequenceTrace<double> s;
        const auto n = static_cast<Eigen::Index>(sequenceTargets.size());
        s.inputs.assign(sequenceTargets.size(), 0);
        s.targets = sequenceTargets;
        s.logits = Matrix<double>::NullaryExpr(O, n, [&]() { return normal(random); });
        s.probabilities = Matrix<double>::Zero(O, n);
        s.stepLoss = Vector<double>::Zero(n);
        s.predictions.assign(sequenceTargets.size(), 0);
        s.dLogits = Matrix<double>::Zero(O, n);
        for (int target : sequenceTargets)
            trace.targetCount += target >= 0 ? 1 : 0;
        trace.sequences.push_back(std::move(s));
    }
    return trace;
}

} // namespace

void TestCrossEntropyLoss::byHand()
{
    // Two equal logits: p = [½, ½], loss = log 2 at the one step; dL/dy = p − onehot(0) = [−½, ½].
    Trace<double> trace = traceWith({{0}}, 2, 1);
    trace.sequences[0].logits.setZero();
    const Loss &loss = CrossEntropyLoss::instance();
    loss.forward(trace);
    QCOMPARE(trace.loss, std::log(2.0));
    QCOMPARE(trace.sequences[0].probabilities(1, 0), 0.5);
    QCOMPARE(trace.sequences[0].stepLoss(0), std::log(2.0));
    Vector<double> d(2);
    loss.backward(trace, trace.sequences[0], 0, d);
    QCOMPARE(d(0), -0.5);
    QCOMPARE(d(1), 0.5);
}

void TestCrossEntropyLoss::backwardMatchesFiniteDifferences_data()
{
    QTest::addColumn<std::vector<std::vector<int>>>("targets");
    QTest::addColumn<int>("outputs");
    // Next character: a target at every step, two texts of different length.
    QTest::newRow("every step") << std::vector<std::vector<int>>{{0, 3, 1, 2}, {4, 4}} << 5;
    // Classify: one target per text, at its last step; the others are ignored (−1).
    QTest::newRow("last step only") << std::vector<std::vector<int>>{{-1, -1, 2}, {1}, {-1, 0}} << 3;
}

void TestCrossEntropyLoss::backwardMatchesFiniteDifferences()
{
    QFETCH(std::vector<std::vector<int>>, targets);
    QFETCH(int, outputs);
    const Loss &loss = CrossEntropyLoss::instance();
    Trace<double> trace = traceWith(targets, outputs, 7);
    loss.forward(trace);
    // The mean of the per-step losses of the steps with a target, over N of them.
    double sum = 0.0;
    for (const auto &s : trace.sequences)
        sum += s.stepLoss.sum();
    QVERIFY(std::abs(trace.loss - sum / trace.targetCount) < 1e-12);

    const double h = 1e-6;
    for (std::size_t k = 0; k < trace.sequences.size(); ++k) {
        for (Eigen::Index t = 0; t < trace.sequences[k].length(); ++t) {
            Vector<double> analytic(outputs);
            loss.backward(trace, trace.sequences[k], t, analytic);
            if (trace.sequences[k].targets[std::size_t(t)] < 0)
                QCOMPARE(analytic.cwiseAbs().maxCoeff(), 0.0); // no target: no gradient
            for (int i = 0; i < outputs; ++i) {
                Trace<double> probe = trace;
                probe.sequences[k].logits(i, t) += h;
                loss.forward(probe);
                const double plus = probe.loss;
                probe.sequences[k].logits(i, t) -= 2 * h;
                loss.forward(probe);
                const double numeric = (plus - probe.loss) / (2 * h);
                QVERIFY2(std::abs(numeric - analytic(i)) < 1e-8,
                         qPrintable(QStringLiteral("text %1 t %2 row %3: %4 vs %5")
                                        .arg(k)
                                        .arg(t)
                                        .arg(i)
                                        .arg(numeric)
                                        .arg(analytic(i))));
            }
        }
    }
}

void TestCrossEntropyLoss::predictsTheFirstMaximum()
{
    Trace<double> trace = traceWith({{2, -1, 1}}, 3, 3);
    auto &logits = trace.sequences[0].logits;
    logits.col(0) << 0.5, 2.0, 2.0; // a tie: the first maximum, as numpy's argmax
    logits.col(1) << 3.0, 1.0, 0.0;
    logits.col(2) << -1.0, 4.0, 0.0;
    CrossEntropyLoss::instance().forward(trace);
    QCOMPARE(trace.sequences[0].predictions, (std::vector<int>{1, 0, 1}));
    QCOMPARE(trace.correctCount, 1); // step 2 is right; step 1 has no target and is not counted
    QCOMPARE(trace.sequences[0].stepLoss(1), 0.0);
}

QTEST_GUILESS_MAIN(TestCrossEntropyLoss)
#include "tst_crossentropyloss.moc"
