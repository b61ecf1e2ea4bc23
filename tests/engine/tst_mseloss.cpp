// SPDX-License-Identifier: MIT
// MSELoss, the forecast's head (issue 15): a loss small enough to check by hand; its backward
// against central finite differences of its forward, in double; and AtenSum, the order in which
// it sums, against a plain sum in double (the same number to float32's precision) and the exact
// cases where the order shows.
#include "engine/mseloss.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace rnnlab;

class TestMSELoss : public QObject
{
    Q_OBJECT

private slots:
    void byHand();
    void backwardMatchesFiniteDifferences();
    void atenSumAgreesWithAPlainSum_data();
    void atenSumAgreesWithAPlainSum();
    void atenSumKeepsItsOrder();
};

namespace {

//! One sequence per entry of \a lengths, D rows, random outputs and targets.
Trace<double> traceWith(const std::vector<int> &lengths, int D, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> uniform(-2.0, 2.0);
    Trace<double> trace;
    for (int n : lengths) {
        SequenceTrace<double> s;
        s.inputValues = Matrix<double>::Zero(D, n);
        s.logits = Matrix<double>::NullaryExpr(D, n, [&]() { return uniform(random); });
        s.targetValues = Matrix<double>::NullaryExpr(D, n, [&]() { return uniform(random); });
        s.stepLoss = Vector<double>::Zero(n);
        s.dLogits = Matrix<double>::Zero(D, n);
        trace.targetCount += n;
        trace.sequences.push_back(std::move(s));
    }
    return trace;
}

} // namespace

void TestMSELoss::byHand()
{
    // Outputs (1, 2) and (3, 5) against targets (0, 0) and (1, 1): squared errors 1 + 4 and 4 + 16,
    // mean over 4 values 25 / 4; dL/dy = 2 (y − target) / 4.
    Trace<float> trace;
    SequenceTrace<float> s;
    s.inputValues = Matrix<float>::Zero(2, 2);
    s.logits = (Matrix<float>(2, 2) << 1, 3, 2, 5).finished();
    s.targetValues = (Matrix<float>(2, 2) << 0, 1, 0, 1).finished();
    s.stepLoss = Vector<float>::Zero(2);
    s.dLogits = Matrix<float>::Zero(2, 2);
    trace.sequences.push_back(s);
    trace.targetCount = 2;
    MSELoss::instance().forward(trace);
    QCOMPARE(trace.loss, 6.25f);
    QCOMPARE(trace.sequences[0].stepLoss(0), 5.0f);
    QCOMPARE(trace.sequences[0].stepLoss(1), 20.0f);
    QCOMPARE(trace.correctCount, 0);
    // Each square as the loss computed it (the walk by hand prints them), and step 1's share of L.
    QCOMPARE(trace.sequences[0].squaredError, (Matrix<float>(2, 2) << 1, 4, 4, 16).finished());
    QCOMPARE(MSELoss::valueCount(trace), std::int64_t(4));
    QCOMPARE(MSELoss::stepShare(trace, trace.sequences[0], 1), 5.0f); // 20 / 4
    Vector<float> d(2);
    MSELoss::instance().backward(trace, trace.sequences[0], 1, d);
    QCOMPARE(d(0), 1.0f); // 2 (3 − 1) / 4
    QCOMPARE(d(1), 2.0f); // 2 (5 − 1) / 4
}

void TestMSELoss::backwardMatchesFiniteDifferences()
{
    Trace<double> trace = traceWith({5, 3, 9}, 2, 7);
    MSELoss::instance().forward(trace);
    const double h = 1e-6;
    double worst = 0.0;
    for (auto &sequence : trace.sequences) {
        for (Eigen::Index t = 0; t < sequence.logits.cols(); ++t) {
            Vector<double> analytic(sequence.logits.rows());
            MSELoss::instance().backward(trace, sequence, t, analytic);
            for (Eigen::Index d = 0; d < sequence.logits.rows(); ++d) {
                const double saved = sequence.logits(d, t);
                sequence.logits(d, t) = saved + h;
                MSELoss::instance().forward(trace);
                const double plus = trace.loss;
                sequence.logits(d, t) = saved - h;
                MSELoss::instance().forward(trace);
                const double minus = trace.loss;
                sequence.logits(d, t) = saved;
                worst = std::max(worst, std::abs((plus - minus) / (2 * h) - analytic(d)));
            }
        }
    }
    QVERIFY2(worst < 1e-8, qPrintable(QString::number(worst)));
}

void TestMSELoss::atenSumAgreesWithAPlainSum_data()
{
    QTest::addColumn<int>("size");
    // The scalar path (< 8), whole and partial vectors and rows, one cascade block (16 rows of 32)
    // and several, and a block size above 16 rows (more than 2^16 rows: level power 5).
    for (int size : {0, 1, 5, 8, 13, 32, 45, 511, 512, 513, 1000, 4099, 20000, 3'000'000})
        QTest::addRow("%d values", size) << size;
}

void TestMSELoss::atenSumAgreesWithAPlainSum()
{
    QFETCH(int, size);
    std::mt19937 random(static_cast<unsigned>(size));
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    AtenSum<float> sum(size);
    double reference = 0.0;
    for (int i = 0; i < size; ++i) {
        const float value = uniform(random);
        sum.add(value);
        reference += value;
    }
    // Cascaded partial sums keep the error near float32's rounding of the total.
    QVERIFY2(std::abs(sum.total() - reference) <= 4e-7 * reference + 1e-30,
             qPrintable(QStringLiteral("%1 vs %2").arg(double(sum.total()), 0, 'g', 12).arg(reference, 0, 'g', 12)));
}

void TestMSELoss::atenSumKeepsItsOrder()
{
    // Under 8 values: ATen's scalar path, 4 interleaved partials. 1e8 + 1 + … shows the order:
    // partial 0 = 1e8 + 4 (1e8 + 4 is a float), partials 1-3 = 1, 1, 1, then 1e8 + 4 + 1 + 1 + 1.
    {
        AtenSum<float> sum(7);
        for (float v : {1e8f, 1.0f, 1.0f, 1.0f, 4.0f, 0.0f, 0.0f})
            sum.add(v);
        QCOMPARE(sum.total(), 1e8f + 4.0f + 1.0f + 1.0f + 1.0f);
    }
    // 9 values: one vector of 8 lanes (each lane alone) and a scalar tail that is added first.
    {
        AtenSum<float> sum(9);
        for (int i = 0; i < 8; ++i)
            sum.add(1.0f);
        sum.add(3e7f);
        float expected = 3e7f;
        for (int i = 0; i < 8; ++i)
            expected += 1.0f;
        QCOMPARE(sum.total(), expected);
    }
}

QTEST_GUILESS_MAIN(TestMSELoss)
#include "tst_mseloss.moc"
