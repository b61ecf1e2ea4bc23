// SPDX-License-Identifier: MIT
// StateDictJson: tensors as tolist() writes them and torch.optim's per-parameter state as its
// state_dict()["state"] holds it — the JSON a session file and the PyTorch script's state block
// both carry, pinned here to the letter (compact: on one line; whole numbers as Python's json
// writes ints, which torch reads back as the same floats).
#include "app/session/jsonwriter.h"
#include "app/session/statedictjson.h"

#include <QTest>

using namespace rnnlab;

Q_DECLARE_METATYPE(rnnlab::NamedTensor)
Q_DECLARE_METATYPE(std::vector<rnnlab::SavedOptimizerState::Entry>)

class TestStateDictJson : public QObject
{
    Q_OBJECT

private slots:
    void writesTensors_data();
    void writesTensors();
    void writesAStateDict();
    void writesOptimizerState_data();
    void writesOptimizerState();
};

namespace {

NamedTensor tensor(std::vector<std::int64_t> shape, std::vector<double> values)
{
    return NamedTensor{"t", std::move(shape), std::move(values)};
}

} // namespace

void TestStateDictJson::writesTensors_data()
{
    QTest::addColumn<NamedTensor>("tensor");
    QTest::addColumn<QString>("json");
    QTest::newRow("a bias: one list") << tensor({3}, {0.5, -0.0, 2.0}) << QStringLiteral("[0.5, -0, 2]");
    QTest::newRow("a matrix: a list of rows")
        << tensor({2, 3}, {1, 2, 3, 4, 5, 6}) << QStringLiteral("[[1, 2, 3], [4, 5, 6]]");
    QTest::newRow("one column") << tensor({2, 1}, {0.25, -1}) << QStringLiteral("[[0.25], [-1]]");
    QTest::newRow("float32 values, shortest form")
        << tensor({1}, {double(0.1f)}) << QStringLiteral("[0.10000000149011612]");
}

void TestStateDictJson::writesTensors()
{
    QFETCH(NamedTensor, tensor);
    QFETCH(QString, json);
    JsonWriter w(/*compact=*/true);
    StateDictJson::writeTensor(w, tensor);
    QCOMPARE(QString::fromStdString(w.finish()), json);
}

void TestStateDictJson::writesAStateDict()
{
    // By name, in the order given (PyTorch's parameters() order), not sorted.
    JsonWriter w(/*compact=*/true);
    StateDictJson::writeTensors(w,
                                {NamedTensor{"rnn.weight_ih_l0", {1, 2}, {1, 2}}, NamedTensor{"fc.bias", {1}, {-0.5}}});
    QCOMPARE(QString::fromStdString(w.finish()),
             QStringLiteral("{\"rnn.weight_ih_l0\": [[1, 2]], \"fc.bias\": [-0.5]}"));
    JsonWriter empty(/*compact=*/true);
    StateDictJson::writeTensors(empty, {});
    QCOMPARE(QString::fromStdString(empty.finish()), QStringLiteral("{}"));
}

void TestStateDictJson::writesOptimizerState_data()
{
    QTest::addColumn<std::vector<SavedOptimizerState::Entry>>("entries");
    QTest::addColumn<QString>("json");
    SavedOptimizerState::Entry adam;
    adam.step = 3;
    adam.expAvg = tensor({2}, {0.5, -0.0});
    adam.expAvgSq = tensor({2}, {0.25, 0});
    SavedOptimizerState::Entry sgd;
    sgd.momentumBuffer = tensor({1, 2}, {1, 2});
    QTest::newRow("none yet: an empty object") << std::vector<SavedOptimizerState::Entry>{} << QStringLiteral("{}");
    QTest::newRow("Adam: step, exp_avg, exp_avg_sq")
        << std::vector<SavedOptimizerState::Entry>{adam, adam}
        << QStringLiteral("{\"0\": {\"step\": 3, \"exp_avg\": [0.5, -0], \"exp_avg_sq\": [0.25, 0]}, "
                          "\"1\": {\"step\": 3, \"exp_avg\": [0.5, -0], \"exp_avg_sq\": [0.25, 0]}}");
    QTest::newRow("SGD with momentum: momentum_buffer")
        << std::vector<SavedOptimizerState::Entry>{sgd} << QStringLiteral("{\"0\": {\"momentum_buffer\": [[1, 2]]}}");
    QTest::newRow("SGD before its first step: empty entries")
        << std::vector<SavedOptimizerState::Entry>(2) << QStringLiteral("{\"0\": {}, \"1\": {}}");
}

void TestStateDictJson::writesOptimizerState()
{
    QFETCH(std::vector<SavedOptimizerState::Entry>, entries);
    QFETCH(QString, json);
    JsonWriter w(/*compact=*/true);
    StateDictJson::writeOptimizerState(w, entries);
    QCOMPARE(QString::fromStdString(w.finish()), json);
}

QTEST_GUILESS_MAIN(TestStateDictJson)
#include "tst_statedictjson.moc"
