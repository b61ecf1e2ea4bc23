// SPDX-License-Identifier: MIT
// Network::backward (BPTT) against central finite differences of Network::forward, in double
// precision, for every parameter of each cell (RNN tanh/ReLU, LSTM, GRU) with 1-3 layers, with
// and without the output layer, over two texts. Plus forward passes small enough to check by hand.
#include "tests/support/testsupport.h"

#include "engine/crossentropyloss.h"
#include "engine/dataset.h"
#include "engine/mseloss.h"
#include "engine/network.h"
#include "engine/task.h"
#include "engine/torchinit.h"

#include <QTest>

#include <cmath>
#include <memory>
#include <string>
#include <utility>

using namespace rnnlab;

namespace {

Dataset datasetOf(std::u32string text)
{
    DataConfig data;
    data.texts = {std::move(text)};
    return Dataset::fromConfig(data);
}

//! A one-layer \a cell model without output layer, V = H = 2, every weight 0.5 and every bias 0,
//! run forward over \a text (its two characters "a", "b"): the hand-checked tests' starting point.
struct HalfWeightsForward
{
    HalfWeightsForward(CellKind cell, std::u32string text)
        : dataset(datasetOf(std::move(text)))
        , layout(std::make_shared<const ParameterLayout>(ModelConfig{cell, 2, 1, false}, 2))
        , parameters(layout)
        , trace(Trace<double>::allocate(layout, dataset))
    {
        parameters.matrix(layout->stack().weightIh(0)).setConstant(0.5);
        parameters.matrix(layout->stack().weightHh(0)).setConstant(0.5);
        Network<double>::forward(parameters, CrossEntropyLoss::instance(), trace);
    }

    Dataset dataset;
    std::shared_ptr<const ParameterLayout> layout;
    ParameterSet<double> parameters;
    Trace<double> trace;
};

//! The worst relative error |n − a| / (1e-4 + |a| + |n|) of the gradients \a analytic against
//! central differences n of \a loss (a function of \a parameters, which are moved and put back),
//! and the flat index where it is. h ~ cube root of double epsilon: central differences' best
//! step. Their rounding noise is about ε·|L|/h ≈ 2e-10 absolute, hence the 1e-4 floor (an
//! absolute tolerance of 1e-9 for gradients near zero; a real error is orders larger).
template<typename Loss>
std::pair<double, Eigen::Index> worstFiniteDifferenceError(ParameterSet<double> &parameters,
                                                           const Vector<double> &analytic, const Loss &loss)
{
    const double h = 1e-6;
    double worst = 0.0;
    Eigen::Index worstIndex = -1;
    for (Eigen::Index i = 0; i < parameters.flat().size(); ++i) {
        const double saved = parameters.flat()(i);
        parameters.flat()(i) = saved + h;
        const double plus = loss(parameters);
        parameters.flat()(i) = saved - h;
        const double minus = loss(parameters);
        parameters.flat()(i) = saved;
        const double numeric = (plus - minus) / (2 * h);
        const double error = std::abs(numeric - analytic(i)) / (1e-4 + std::abs(analytic(i)) + std::abs(numeric));
        if (error > worst) {
            worst = error;
            worstIndex = i;
        }
    }
    return {worst, worstIndex};
}

} // namespace

class TestGradientCheck : public QObject
{
    Q_OBJECT

private slots:
    void bpttMatchesFiniteDifferences_data();
    void bpttMatchesFiniteDifferences();
    void forwardByHand();
    void lstmByHand();
    void gruByHand();
    void classifierGradients_data();
    void classifierGradients();
    void forecastGradients_data();
    void forecastGradients();
    void lastStepGradientIsOneLossAlone_data();
    void lastStepGradientIsOneLossAlone();
};

void TestGradientCheck::bpttMatchesFiniteDifferences_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    for (CellKind cell : {CellKind::RnnTanh, CellKind::RnnRelu, CellKind::Lstm, CellKind::Gru}) {
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
    Network<double>::forward(parameters, CrossEntropyLoss::instance(), trace);
    Network<double>::backward(parameters, CrossEntropyLoss::instance(), trace);
    const Vector<double> analytic = trace.gradients.flat();

    const auto [worst, worstIndex] = worstFiniteDifferenceError(parameters, analytic, [&](const auto &p) {
        Network<double>::forward(p, CrossEntropyLoss::instance(), trace);
        return trace.loss;
    });
    QVERIFY2(worst < 1e-5,
             qPrintable(QStringLiteral("relative error %1 at flat index %2 (analytic %3)")
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
    HalfWeightsForward run(CellKind::RnnTanh, U"ab");
    const auto &layout = run.layout;
    Trace<double> &trace = run.trace;
    const auto &layer = trace.sequences[0].layers[0];
    QCOMPARE(layer.inputPart(0, 0), 0.5);
    QCOMPARE(layer.hiddenPart(0, 0), 0.0);
    QCOMPARE(layer.hidden(1, 0), std::tanh(0.5));
    QCOMPARE(trace.sequences[0].probabilities(0, 0), 0.5);
    QCOMPARE(trace.loss, std::log(2.0));
    Network<double>::backward(run.parameters, CrossEntropyLoss::instance(), trace);
    // dL/dlogit = p − onehot(b) = [0.5, −0.5]; dL/dpre = that · (1 − tanh²(0.5)).
    const double dpre = 0.5 * (1 - std::tanh(0.5) * std::tanh(0.5));
    QCOMPARE(trace.gradients.vector(layout->stack().biasIh(0))(0), dpre);
    QCOMPARE(trace.gradients.vector(layout->stack().biasHh(0))(1), -dpre);
    QCOMPARE(trace.gradients.matrix(layout->stack().weightIh(0))(0, 0), dpre);
    QCOMPARE(trace.gradients.matrix(layout->stack().weightIh(0))(0, 1), 0.0); // x_0 has no "b"
}

void TestGradientCheck::lstmByHand()
{
    // V = H = 2, W_ih = 0.5, W_hh = 0.5, biases 0, text "ab": at t = 0 every gate's pre-activation
    // is 0.5 (W_hh · 0 = 0): i = f = o = σ(0.5), g = tanh(0.5); c_0 = f·0 + i·g; h_0 = o·tanh(c_0).
    HalfWeightsForward run(CellKind::Lstm, U"aba");
    const Trace<double> &trace = run.trace;
    const auto &layer = trace.sequences[0].layers[0];
    const double s = 1 / (1 + std::exp(-0.5));
    const double c0 = s * std::tanh(0.5);
    const double h0 = s * std::tanh(c0);
    QCOMPARE(layer.gates.rows(), 8);
    QCOMPARE(layer.gates(0, 0), s); // i
    QCOMPARE(layer.gates(2, 0), s); // f
    QCOMPARE(layer.gates(4, 0), std::tanh(0.5)); // g
    QCOMPARE(layer.gates(6, 0), s); // o
    QCOMPARE(layer.cell(1, 0), c0);
    QCOMPARE(layer.hidden(0, 0), h0);
    // t = 1, x = "b": every pre-activation is 0.5 (one input) + 0.5·(h0 + h0) (both units).
    const double a1 = 0.5 + 0.5 * (h0 + h0);
    const double s1 = 1 / (1 + std::exp(-a1));
    QCOMPARE(layer.preActivation(3, 1), a1);
    const double c1 = s1 * c0 + s1 * std::tanh(a1);
    QCOMPARE(layer.cell(0, 1), c1);
    QCOMPARE(layer.hidden(1, 1), s1 * std::tanh(c1));
}

void TestGradientCheck::gruByHand()
{
    // V = H = 2, W_ih = 0.5, W_hh = 0.5, biases 0, text "ab": at t = 0, gh = 0 and gi = 0.5, so
    // r = z = σ(0.5), n = tanh(0.5 + r·0) and h_0 = (0 − n)·z + n = n(1 − z).
    HalfWeightsForward run(CellKind::Gru, U"aba");
    const Trace<double> &trace = run.trace;
    const auto &layer = trace.sequences[0].layers[0];
    const double s = 1 / (1 + std::exp(-0.5));
    const double n0 = std::tanh(0.5);
    const double h0 = (0 - n0) * s + n0;
    QCOMPARE(layer.gates.rows(), 6);
    QCOMPARE(layer.gates(0, 0), s); // r
    QCOMPARE(layer.gates(2, 0), s); // z
    QCOMPARE(layer.gates(4, 0), n0); // n
    QCOMPARE(layer.hidden(1, 0), h0);
    QVERIFY(std::abs(h0 - n0 * (1 - s)) < 1e-15); // the docs' (1 − z) ⊙ n + z ⊙ h
    // t = 1: gh = 0.5·(h0 + h0) in every row; r = z = σ(0.5 + gh); n = tanh(0.5 + r·gh).
    const double gh = 0.5 * (h0 + h0);
    QCOMPARE(layer.hiddenPart(5, 1), gh);
    const double r1 = 1 / (1 + std::exp(-(gh + 0.5)));
    const double n1 = std::tanh(0.5 + gh * r1);
    QCOMPARE(layer.gates(5, 1), n1);
    QCOMPARE(layer.hidden(0, 1), (h0 - n1) * r1 + n1);
}

void TestGradientCheck::classifierGradients_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<bool>("outputLayer");
    for (CellKind cell : {CellKind::RnnTanh, CellKind::Lstm, CellKind::Gru}) {
        QTest::addRow("%s fc", toString(cell).c_str()) << int(cell) << true;
        QTest::addRow("%s no fc", toString(cell).c_str()) << int(cell) << false;
    }
}

void TestGradientCheck::classifierGradients()
{
    // Many-to-one: the loss is on the last step's logits only, over 3 classes; the other steps'
    // outputs must get no gradient at all, and BPTT from the last step must match finite differences.
    QFETCH(int, cell);
    QFETCH(bool, outputLayer);
    DataConfig data;
    data.task = TaskKind::Classify;
    data.texts = {U"hello", U"oh", U"leo", U"e"};
    data.labels = {U"a", U"b", U"c", U"a"};
    const Dataset dataset = Dataset::fromConfig(data);
    QCOMPARE(dataset.outputSize, 3);
    QCOMPARE(dataset.targetCount(), 4);
    QCOMPARE(dataset.sequences[0].length(), 5); // every character is an input
    const ModelConfig model{CellKind(cell), outputLayer ? 5 : 3, 2, outputLayer};
    const auto layout = std::make_shared<const ParameterLayout>(model, dataset.vocabulary.size(), dataset.outputSize);
    ParameterSet<float> initial(layout);
    initializeLikeTorch(initial, 3);
    ParameterSet<double> parameters = initial.cast<double>();
    parameters.flat() *= 2.0;
    Trace<double> trace = Trace<double>::allocate(layout, dataset);
    Network<double>::forward(parameters, CrossEntropyLoss::instance(), trace);
    Network<double>::backward(parameters, CrossEntropyLoss::instance(), trace);
    for (const auto &sequence : trace.sequences) {
        for (Eigen::Index t = 0; t + 1 < sequence.length(); ++t) {
            QCOMPARE(sequence.stepLoss(t), 0.0);
            QCOMPARE(sequence.dLogits.col(t).cwiseAbs().maxCoeff(), 0.0);
        }
    }
    const Vector<double> analytic = trace.gradients.flat();
    const double worst = worstFiniteDifferenceError(parameters, analytic, [&](const auto &p) {
                             Network<double>::forward(p, CrossEntropyLoss::instance(), trace);
                             return trace.loss;
                         }).first;
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("relative error %1").arg(worst)));
    QVERIFY(analytic.cwiseAbs().maxCoeff() > 1e-3);
}

void TestGradientCheck::forecastGradients_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<bool>("outputLayer");
    for (CellKind cell : {CellKind::RnnTanh, CellKind::RnnRelu, CellKind::Lstm, CellKind::Gru}) {
        QTest::addRow("%s fc", toString(cell).c_str()) << int(cell) << true;
        QTest::addRow("%s no fc", toString(cell).c_str()) << int(cell) << false;
    }
}

void TestGradientCheck::forecastGradients()
{
    // Issue 15: real-valued inputs (D = 2 features, dense x_t) and MSELoss over every value of two
    // series of different lengths; BPTT must match finite differences through both.
    QFETCH(int, cell);
    QFETCH(bool, outputLayer);
    DataConfig data;
    data.task = TaskKind::Forecast;
    data.series = {{{0.0, 1.0}, {0.5, 0.8}, {0.9, 0.3}, {1.0, -0.2}, {0.7, -0.6}},
                   {{-0.4, 0.1}, {-0.9, 0.4}, {-0.2, 0.9}}};
    const std::shared_ptr<const Task> task = Task::create(data);
    const Dataset dataset = task->dataset();
    QCOMPARE(dataset.inputSize, 2);
    QCOMPARE(dataset.targetCount(), 6);
    const ModelConfig model{CellKind(cell), outputLayer ? 4 : 2, 2, outputLayer};
    const auto layout = task->layout(model);
    ParameterSet<float> initial(layout);
    initializeLikeTorch(initial, 5);
    ParameterSet<double> parameters = initial.cast<double>();
    parameters.flat() *= 2.0;
    Trace<double> trace = Trace<double>::allocate(layout, dataset);
    Network<double>::forward(parameters, task->loss(), trace);
    Network<double>::backward(parameters, task->loss(), trace);
    const Vector<double> analytic = trace.gradients.flat();
    const double worst = worstFiniteDifferenceError(parameters, analytic, [&](const auto &p) {
                             Network<double>::forward(p, MSELoss::instance(), trace);
                             return trace.loss;
                         }).first;
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("relative error %1").arg(worst)));
    QVERIFY(analytic.cwiseAbs().maxCoeff() > 1e-3);
}

void TestGradientCheck::lastStepGradientIsOneLossAlone_data()
{
    QTest::addColumn<int>("cell");
    for (CellKind cell : {CellKind::RnnTanh, CellKind::Lstm, CellKind::Gru})
        QTest::addRow("%s", toString(cell).c_str()) << int(cell);
}

void TestGradientCheck::lastStepGradientIsOneLossAlone()
{
    // Network::lastStepBackward carries back the last step's loss share alone, L' = Σ_texts
    // loss_{n−1} / N. The parameter gradients it computes on the way must be dL'/dθ by finite
    // differences — which holds only if every dHiddenLastLoss it passed through was right.
    QFETCH(int, cell);
    DataConfig data;
    data.texts = {U"hello there", U"the hero"};
    const Dataset dataset = Dataset::fromConfig(data);
    const ModelConfig model{CellKind(cell), 5, 2, true};
    const auto layout = std::make_shared<const ParameterLayout>(model, dataset.vocabulary.size());
    ParameterSet<float> initial(layout);
    initializeLikeTorch(initial, 5);
    ParameterSet<double> parameters = initial.cast<double>();
    parameters.flat() *= 2.0;
    Trace<double> trace = Trace<double>::allocate(layout, dataset);
    Network<double>::forward(parameters, CrossEntropyLoss::instance(), trace);
    ParameterSet<double> analytic(layout);
    Network<double>::lastStepBackward(parameters, CrossEntropyLoss::instance(), trace, &analytic);
    QVERIFY(trace.hasLastLossGradients);

    const auto lastLoss = [&](const ParameterSet<double> &p) {
        Trace<double> t = Trace<double>::allocate(layout, dataset);
        Network<double>::forward(p, CrossEntropyLoss::instance(), t);
        double sum = 0.0;
        for (const auto &sequence : t.sequences)
            sum += sequence.stepLoss(sequence.length() - 1);
        return sum / static_cast<double>(t.targetCount);
    };
    const double worst = worstFiniteDifferenceError(parameters, analytic.flat(), lastLoss).first;
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("relative error %1").arg(worst)));

    // At the last step of the top layer, ∂L'/∂h is what the outputs send down there.
    Network<double>::backward(parameters, CrossEntropyLoss::instance(), trace);
    for (const auto &sequence : trace.sequences) {
        const auto &top = sequence.layers.back();
        const Eigen::Index n = sequence.length();
        for (Eigen::Index k = 0; k < top.dHidden.rows(); ++k)
            QCOMPARE(top.dHiddenLastLoss(k, n - 1), top.dHiddenFromAbove(k, n - 1));
        // …and it reaches the first time step of the first layer (not all zero).
        QVERIFY(sequence.layers.front().dHiddenLastLoss.col(0).cwiseAbs().maxCoeff() > 0);
    }
}

QTEST_GUILESS_MAIN(TestGradientCheck)
#include "tst_gradientcheck.moc"
