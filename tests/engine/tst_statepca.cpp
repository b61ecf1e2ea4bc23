// SPDX-License-Identifier: MIT
// StatePca on states whose PCA is known by hand: points on a line, a rectangle's corners, one unit,
// one row, and a frame reused for other states (project). numpy's agreement on real networks'
// states is tst_memoryanalysis's.
#include "engine/statepca.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestStatePca : public QObject
{
    Q_OBJECT

private slots:
    void knownByHand_data();
    void knownByHand();
    void projectUsesTheFrame();
};

void TestStatePca::knownByHand_data()
{
    QTest::addColumn<Matrix<double>>("states");
    QTest::addColumn<Vector<double>>("mean");
    QTest::addColumn<Vector<double>>("first"); // the first component (the sign convention's)
    QTest::addColumn<double>("firstRatio");

    Matrix<double> line(3, 2); // along (3, −4)/5 through (1, 1)
    line << 1 - 0.6, 1 + 0.8, 1, 1, 1 + 0.6, 1 - 0.8;
    // Largest magnitude is −0.8: flipped to (−0.6, 0.8).
    QTest::newRow("points on a line") << line << Vector<double>((Vector<double>(2) << 1, 1).finished())
                                      << Vector<double>((Vector<double>(2) << -0.6, 0.8).finished()) << 1.0;

    Matrix<double> rectangle(4, 2); // 4 wide, 2 tall: variance 4 along x, 1 along y
    rectangle << 0, 0, 4, 0, 0, 2, 4, 2;
    QTest::newRow("a rectangle's corners") << rectangle << Vector<double>((Vector<double>(2) << 2, 1).finished())
                                           << Vector<double>((Vector<double>(2) << 1, 0).finished()) << 0.8;

    Matrix<double> oneUnit(3, 1);
    oneUnit << -1, 0, 4;
    QTest::newRow("one unit (H = 1)") << oneUnit << Vector<double>((Vector<double>(1) << 1).finished())
                                      << Vector<double>((Vector<double>(1) << 1).finished()) << 1.0;
}

void TestStatePca::knownByHand()
{
    QFETCH(Matrix<double>, states);
    QFETCH(Vector<double>, mean);
    QFETCH(Vector<double>, first);
    QFETCH(double, firstRatio);
    const StatePca pca = StatePca::of(states);
    QVERIFY(pca.mean().isApprox(mean, 1e-12));
    QCOMPARE(pca.components().rows(), Eigen::Index(2));
    QVERIFY2((pca.components().row(0).transpose() - first).cwiseAbs().maxCoeff() < 1e-12, "first component");
    QVERIFY(std::abs(pca.explainedVarianceRatio()(0) - firstRatio) < 1e-12);
    QVERIFY(std::abs(pca.explainedVarianceRatio().sum() - 1.0) < 1e-12);
    // points = centred states times the components: the first coordinate's variance is s₁².
    const Matrix<double> centred = states.rowwise() - mean.transpose();
    QVERIFY((pca.points() - centred * pca.components().transpose()).cwiseAbs().maxCoeff() < 1e-12);
    if (states.cols() == 1) // no second direction: zeros, ratio 0
        QVERIFY(pca.components().row(1).isZero() && pca.explainedVarianceRatio()(1) == 0.0);
}

void TestStatePca::projectUsesTheFrame()
{
    Matrix<double> rectangle(4, 2);
    rectangle << 0, 0, 4, 0, 0, 2, 4, 2;
    const StatePca pca = StatePca::of(rectangle);
    Matrix<double> later(1, 2);
    later << 6, 1; // 4 right of the mean (2, 1), on the first axis
    const Matrix<double> point = pca.project(later);
    QVERIFY(std::abs(point(0, 0) - 4.0) < 1e-12);
    QVERIFY(std::abs(point(0, 1)) < 1e-12);

    Matrix<double> single(1, 3); // one row: no variance, nothing to divide by
    single << 1, 2, 3;
    const StatePca one = StatePca::of(single);
    QVERIFY(one.explainedVarianceRatio().isZero() && one.points().isZero() && one.components().allFinite());
}

QTEST_GUILESS_MAIN(TestStatePca)
#include "tst_statepca.moc"
