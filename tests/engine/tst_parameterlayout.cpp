// SPDX-License-Identifier: MIT
// ParameterLayout as named blocks: torch's state_dict names in model.parameters() order, every
// tensor's role, shape and place in the flat buffer, and a second recurrent stack with its own
// parameters (as an encoder–decoder would have).
#include "engine/parameterlayout.h"

#include <QTest>

using namespace rnnlab;

class TestParameterLayout : public QObject
{
    Q_OBJECT

private slots:
    void torchNamesInOrder_data();
    void torchNamesInOrder();
    void blocksPointAtTheirTensors();
    void twoStacksEachWithTheirOwnParameters();
};

void TestParameterLayout::torchNamesInOrder_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("rows");
    // The lecture's model: torch.nn.RNN(4, 4): G·H = 4 rows, V = 4 columns.
    QTest::newRow("rnn") << int(CellKind::RnnTanh) << 1 << false
                         << QStringList{"rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0", "rnn.bias_hh_l0"}
                         << QList<int>{4, 4, 4, 4};
    QTest::newRow("lstm 2 layers, fc") << int(CellKind::Lstm) << 2 << true
                                       << QStringList{"rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0",
                                                      "rnn.bias_hh_l0",   "rnn.weight_ih_l1", "rnn.weight_hh_l1",
                                                      "rnn.bias_ih_l1",   "rnn.bias_hh_l1",   "fc.weight",
                                                      "fc.bias"}
                                       << QList<int>{16, 16, 16, 16, 16, 16, 16, 16, 3, 3};
    QTest::newRow("gru fc") << int(CellKind::Gru) << 1 << true
                            << QStringList{"rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0",
                                           "rnn.bias_hh_l0",   "fc.weight",        "fc.bias"}
                            << QList<int>{12, 12, 12, 12, 3, 3};
}

void TestParameterLayout::torchNamesInOrder()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, rows);
    // H = 4; a one-hot input of V = 5; O = 3 (a classifier's classes).
    const ParameterLayout layout(ModelConfig{CellKind(cell), 4, layers, outputLayer}, 5, 3);
    QCOMPARE(layout.tensorCount(), int(names.size()));
    std::size_t offset = 0;
    for (int t = 0; t < layout.tensorCount(); ++t) {
        const TensorSpec &spec = layout.tensor(t);
        QCOMPARE(QString::fromStdString(spec.name), names.at(t));
        QCOMPARE(spec.rows, rows.at(t));
        QCOMPARE(spec.offset, offset); // contiguous, in parameters() order
        offset += spec.size();
        QCOMPARE(layout.find(spec.name), t);
    }
    QCOMPARE(layout.totalSize(), offset);
    QCOMPARE(layout.find("rnn.weight_hh_l9"), -1);
    QCOMPARE(layout.outputLayer().has_value(), outputLayer);
    QCOMPARE(layout.fcWeight() >= 0, outputLayer);
    QCOMPARE(layout.outputSize(), 3);
    QCOMPARE(layout.layerCount(), layers);
}

void TestParameterLayout::blocksPointAtTheirTensors()
{
    const ParameterLayout layout(ModelConfig{CellKind::Lstm, 6, 3, true}, 7, 9);
    const RecurrentBlock &rnn = layout.stack();
    QCOMPARE(QString::fromStdString(rnn.name), QStringLiteral("rnn"));
    QCOMPARE(rnn.numLayers(), 3);
    QCOMPARE(rnn.inputSize, 7);
    QCOMPARE(&layout.outputStack(), &rnn);
    for (int l = 0; l < 3; ++l) {
        const std::string suffix = "_l" + std::to_string(l);
        const TensorSpec &ih = layout.tensor(rnn.weightIh(l));
        QCOMPARE(ih.name, "rnn.weight_ih" + suffix);
        QCOMPARE(ih.role, TensorRole::WeightIh);
        QCOMPARE(ih.layer, l);
        QCOMPARE(ih.cols, l == 0 ? 7 : 6); // in_0 = the input width, in_l = H
        QCOMPARE(layout.tensor(rnn.weightHh(l)).role, TensorRole::WeightHh);
        QCOMPARE(layout.tensor(rnn.weightHh(l)).name, "rnn.weight_hh" + suffix);
        QCOMPARE(layout.tensor(rnn.biasIh(l)).role, TensorRole::BiasIh);
        QVERIFY(layout.tensor(rnn.biasIh(l)).isVector);
        QCOMPARE(layout.tensor(rnn.biasHh(l)).name, "rnn.bias_hh" + suffix);
    }
    const LinearBlock &fc = *layout.outputLayer();
    QCOMPARE(layout.tensor(fc.weight).name, std::string("fc.weight"));
    QCOMPARE(layout.tensor(fc.weight).rows, 9);
    QCOMPARE(layout.tensor(fc.weight).cols, 6);
    QCOMPARE(layout.tensor(fc.bias).role, TensorRole::LinearBias);
    QCOMPARE(fc.weight, layout.fcWeight());
    // Without an output size, O is the input width (predicting the next character).
    QCOMPARE(ParameterLayout(ModelConfig{CellKind::Gru, 6, 1, true}, 7).outputSize(), 7);
}

void TestParameterLayout::twoStacksEachWithTheirOwnParameters()
{
    // nn.GRU(Vs = 5, H = 4, 2) as "encoder", nn.GRU(T = 6, 4, 2) as "decoder", nn.Linear(4, 6) as "fc".
    const ParameterLayout layout(ModelConfig{CellKind::Gru, 4, 2, true}, {{"encoder", 5}, {"decoder", 6}}, 6);
    QCOMPARE(int(layout.stacks().size()), 2);
    QCOMPARE(layout.tensorCount(), 2 * 2 * 4 + 2);
    QCOMPARE(layout.layerCount(), 4);
    QCOMPARE(layout.stack(0).firstLayer, 0);
    QCOMPARE(layout.stack(1).firstLayer, 2);
    QCOMPARE(&layout.outputStack(), &layout.stack(1));
    QCOMPARE(layout.inputSize(), 5);
    QCOMPARE(layout.tensor(layout.stack(0).weightIh(0)).name, std::string("encoder.weight_ih_l0"));
    QCOMPARE(layout.tensor(layout.stack(0).weightIh(0)).cols, 5);
    QCOMPARE(layout.tensor(layout.stack(1).weightIh(0)).name, std::string("decoder.weight_ih_l0"));
    QCOMPARE(layout.tensor(layout.stack(1).weightIh(0)).cols, 6);
    QCOMPARE(layout.tensor(layout.stack(1).biasHh(1)).name, std::string("decoder.bias_hh_l1"));
    QCOMPARE(layout.tensor(layout.fcWeight()).name, std::string("fc.weight"));
    QVERIFY(layout.stack(0).weightHh(1) < layout.stack(1).weightIh(0)); // the encoder's first, as torch registers them
    QVERIFY(!(layout == ParameterLayout(ModelConfig{CellKind::Gru, 4, 2, true}, {{"encoder", 5}, {"decoder", 7}}, 6)));
    QVERIFY(layout == ParameterLayout(ModelConfig{CellKind::Gru, 4, 2, true}, {{"encoder", 5}, {"decoder", 6}}, 6));
}

QTEST_GUILESS_MAIN(TestParameterLayout)
#include "tst_parameterlayout.moc"
