// SPDX-License-Identifier: MIT
// Linear, the output layer y_t = W h_t + b: a forward pass checked by hand, the one-vector forward
// against the sequence's, and its backward (dW, db and dL/dh) against central finite differences
// of a scalar function of its outputs, in double.
#include "engine/linear.h"

#include <QTest>

#include <random>

using namespace rnnlab;

class TestLinear : public QObject
{
    Q_OBJECT

private slots:
    void byHand();
    void backwardMatchesFiniteDifferences();
};

namespace {

//! A model with only what Linear reads: "fc" = Linear(H, O) (and a one-layer RNN stack in front).
std::shared_ptr<const ParameterLayout> layoutOf(int H, int O)
{
    return std::make_shared<const ParameterLayout>(ModelConfig{CellKind::RnnTanh, H, 1, true}, 2, O);
}

} // namespace

void TestLinear::byHand()
{
    // W = [[1, 2], [3, 4], [0, -1]], b = [0.5, 0, 1]; h_0 = [1, 1], h_1 = [2, -1]:
    // y_0 = [3.5, 7, 0], y_1 = [0.5, 2, 2].
    const auto layout = layoutOf(2, 3);
    const LinearBlock &fc = *layout->outputLayer();
    ParameterSet<double> p(layout);
    p.matrix(fc.weight) << 1, 2, 3, 4, 0, -1;
    p.vector(fc.bias) << 0.5, 0, 1;
    Matrix<double> h(2, 2);
    h << 1, 2, 1, -1;
    Matrix<double> y(3, 2);
    Linear<double>::forward(p, fc, h, y);
    Matrix<double> expected(3, 2);
    expected << 3.5, 0.5, 7, 2, 0, 2;
    QCOMPARE(y, expected);
    Vector<double> y1(3);
    Linear<double>::forward(p, fc, Vector<double>(h.col(1)), y1);
    QCOMPARE(y1, Vector<double>(expected.col(1)));
}

void TestLinear::backwardMatchesFiniteDifferences()
{
    // f = Σ c ⊙ y for fixed random c: dL/dy = c, so backward's dW, db, dL/dh are f's gradients.
    const int H = 4, O = 3, n = 5;
    const auto layout = layoutOf(H, O);
    const LinearBlock &fc = *layout->outputLayer();
    std::mt19937 random(11);
    std::normal_distribution<double> normal;
    const auto draw = [&] { return normal(random); };
    ParameterSet<double> p(layout);
    p.flat() = Vector<double>::NullaryExpr(p.flat().size(), draw);
    Matrix<double> h = Matrix<double>::NullaryExpr(H, n, draw);
    const Matrix<double> c = Matrix<double>::NullaryExpr(O, n, draw);
    const auto f = [&](const ParameterSet<double> &weights, const Matrix<double> &inputs) {
        Matrix<double> y(O, n);
        Linear<double>::forward(weights, fc, inputs, y);
        return c.cwiseProduct(y).sum();
    };
    ParameterSet<double> gradients(layout);
    Matrix<double> dh(H, n);
    Linear<double>::backward(p, fc, h, c, gradients, dh);

    const double step = 1e-6;
    for (int tensor : {fc.weight, fc.bias}) {
        for (Eigen::Index i = 0; i < p.vector(tensor).size(); ++i) {
            ParameterSet<double> probe = p;
            probe.vector(tensor)(i) += step;
            const double plus = f(probe, h);
            probe.vector(tensor)(i) -= 2 * step;
            const double numeric = (plus - f(probe, h)) / (2 * step);
            QVERIFY(std::abs(numeric - gradients.vector(tensor)(i)) < 1e-7);
        }
    }
    for (Eigen::Index t = 0; t < n; ++t) {
        for (Eigen::Index k = 0; k < H; ++k) {
            Matrix<double> probe = h;
            probe(k, t) += step;
            const double plus = f(p, probe);
            probe(k, t) -= 2 * step;
            const double numeric = (plus - f(p, probe)) / (2 * step);
            QVERIFY(std::abs(numeric - dh(k, t)) < 1e-7);
        }
    }
    // Nothing outside the output layer gets a gradient from it.
    QCOMPARE(gradients.vector(layout->stack().weightHh(0)).cwiseAbs().maxCoeff(), 0.0);
}

QTEST_GUILESS_MAIN(TestLinear)
#include "tst_linear.moc"
