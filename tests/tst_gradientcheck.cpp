// SPDX-License-Identifier: MIT
// Network::backward (BPTT) against central finite differences of Network::forward, in double
// precision, for every parameter of each cell with 1-3 layers, with and without the output
// layer, over two texts. Plus one forward pass small enough to check by hand.
#include "testsupport.h"

#include "dataset.h"
#include "network.h"
#include "torchinit.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestGradientCheck : public QObject
{
    Q_OBJECT

private slots:
    void bpttMatchesFiniteDifferences_data();
    void bpttMatchesFiniteDifferences();
    void forwardByHand();
};

void TestGradientCheck::bpttMatchesFiniteDifferences_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    for (CellKind cell : {CellKind::RnnTanh, CellKind::RnnRelu}) {
        for (int layers = 1; layers <= 3; ++layers) {
            for (bool outputLayer : {false, true}) {
                QTest::addRow("%s L=%d %s", toString(cell).c_str(), layers, outputLayer ? "fc" : "no fc")
                    << int(cell) << layers << outputLayer;
            }
        }
    }
}

void TestGradientCheck::bpttMatchesFiniteDifferences()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    DataConfig data;
    data.texts = {U"hello", U"ohe ll"};
    const Dataset dataset = Dataset::fromConfig(data); // V = 5 ("helo ")
    ModelConfig model{CellKind(cell), outputLayer ? 6 : dataset.vocabulary.size(), layers, outputLayer};
    const auto layout = std::make_shared<const ParameterLayout>(model, dataset.vocabulary.size());

    ParameterSet<float> initial(layout);
    initializeLikeTorch(initial, 17 + layers);
    // Larger weights than torch's init, so that gradients through time are not negligible.
    ParameterSet<double> parameters = initial.cast<double>();
    parameters.flat() *= 2.0;
    Trace<double> trace = Trace<double>::allocate(layout, dataset);
    Network<double>::forward(parameters, trace);
    Network<double>::backward(parameters, trace);
    const Vector<double> analytic = trace.gradients.flat();

    const double h = 1e-6; // ~ cube root of double epsilon: central differences' best step
    double worst = 0.0;
    Eigen::Index worstIndex = -1;
    for (Eigen::Index i = 0; i < parameters.flat().size(); ++i) {
        const double saved = parameters.flat()(i);
        parameters.flat()(i) = saved + h;
        Network<double>::forward(parameters, trace);
        const double plus = trace.loss;
        parameters.flat()(i) = saved - h;
        Network<double>::forward(parameters, trace);
        const double minus = trace.loss;
        parameters.flat()(i) = saved;
        const double numeric = (plus - minus) / (2 * h);
        const double error = std::abs(numeric - analytic(i)) / (1e-6 + std::abs(analytic(i)) + std::abs(numeric));
        if (error > worst) {
            worst = error;
            worstIndex = i;
        }
    }
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("relative error %1 at flat index %2 (analytic %3)")
                                          .arg(worst)
                                          .arg(worstIndex)
                                          .arg(analytic(worstIndex))));
    // Every parameter receives some gradient: nothing is disconnected.
    QVERIFY(analytic.cwiseAbs().maxCoeff() > 1e-3);
}

void TestGradientCheck::forwardByHand()
{
    // V = H = 2, all weights 0.5, biases 0: x_0 = [1, 0] ("a" of "ab").
    // pre_0 = W_hh·0 + 0 + W_ih·x_0 + 0 = [0.5, 0.5]; h_0 = tanh(0.5) = 0.46211716 in both units;
    // logits = h_0; softmax = [0.5, 0.5]; loss = log 2.
    DataConfig data;
    data.texts = {U"ab"};
    const Dataset dataset = Dataset::fromConfig(data);
    const auto layout = std::make_shared<const ParameterLayout>(ModelConfig{CellKind::RnnTanh, 2, 1, false}, 2);
    ParameterSet<double> parameters(layout);
    parameters.matrix(ParameterLayout::weightIh(0)).setConstant(0.5);
    parameters.matrix(ParameterLayout::weightHh(0)).setConstant(0.5);
    Trace<double> trace = Trace<double>::allocate(layout, dataset);
    Network<double>::forward(parameters, trace);
    const auto &layer = trace.sequences[0].layers[0];
    QCOMPARE(layer.inputPart(0, 0), 0.5);
    QCOMPARE(layer.hiddenPart(0, 0), 0.0);
    QCOMPARE(layer.hidden(1, 0), std::tanh(0.5));
    QCOMPARE(trace.sequences[0].probabilities(0, 0), 0.5);
    QCOMPARE(trace.loss, std::log(2.0));
    Network<double>::backward(parameters, trace);
    // dL/dlogit = p − onehot(b) = [0.5, −0.5]; dL/dpre = that · (1 − tanh²(0.5)).
    const double dpre = 0.5 * (1 - std::tanh(0.5) * std::tanh(0.5));
    QCOMPARE(trace.gradients.vector(ParameterLayout::biasIh(0))(0), dpre);
    QCOMPARE(trace.gradients.vector(ParameterLayout::biasHh(0))(1), -dpre);
    QCOMPARE(trace.gradients.matrix(ParameterLayout::weightIh(0))(0, 0), dpre);
    QCOMPARE(trace.gradients.matrix(ParameterLayout::weightIh(0))(0, 1), 0.0); // x_0 has no "b"
}

QTEST_GUILESS_MAIN(TestGradientCheck)
#include "tst_gradientcheck.moc"
