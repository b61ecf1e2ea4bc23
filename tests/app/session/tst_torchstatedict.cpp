// SPDX-License-Identifier: MIT
// TorchStateDictReader on files real PyTorch 1.13 wrote (scripts/make-pytorch-statedicts.py, in
// tests/data/pytorch/statedict/): every tensor of every model read with the name, shape, first
// value and sum torch.load gives (goldens.json); views followed through their offset and strides;
// what is not a state_dict — a truncated zip, a plain pickle, a whole pickled module, an
// optimizer's state_dict, a list of tensors — refused with a message that says what the file is.
#include "tests/support/testsupport.h"

#include "app/session/torchstatedict.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace rnnlab;

namespace {

QString statedictFile(const QString &name)
{
    return test::dataFile(QStringLiteral("pytorch/statedict/") + name);
}

QJsonObject goldens()
{
    return test::readJsonObject(statedictFile(QStringLiteral("goldens.json")));
}

std::vector<std::int64_t> shapeOf(const QJsonValue &value)
{
    std::vector<std::int64_t> shape;
    for (const QJsonValue &size : value.toArray())
        shape.push_back(size.toInteger());
    return shape;
}

QString joined(const std::vector<std::string> &lines)
{
    QStringList list;
    for (const std::string &line : lines)
        list << QString::fromStdString(line);
    return list.join(QStringLiteral("; "));
}

} // namespace

class TestTorchStateDict : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryTensor_data();
    void readsEveryTensor();
    void followsViews();
    void notesFloat64();
    void refusesWhatIsNotAStateDict_data();
    void refusesWhatIsNotAStateDict();
    void refusesDamagedStorages();
};

void TestTorchStateDict::readsEveryTensor_data()
{
    QTest::addColumn<QString>("file");
    const QJsonObject models = goldens().value(QLatin1String("models")).toObject();
    QVERIFY(models.size() >= 6);
    for (auto it = models.begin(); it != models.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestTorchStateDict::readsEveryTensor()
{
    QFETCH(QString, file);
    const TorchStateDict read = TorchStateDictReader::read(statedictFile(file));
    QVERIFY2(read.problems.empty(), qPrintable(joined(read.problems)));
    const QJsonArray expected = goldens()
                                    .value(QLatin1String("models"))
                                    .toObject()
                                    .value(file)
                                    .toObject()
                                    .value(QLatin1String("tensors"))
                                    .toArray();
    QCOMPARE(read.tensors.size(), static_cast<std::size_t>(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonArray e = expected.at(i).toArray(); // [name, shape, first value, float64 sum]
        const NamedTensor &t = read.tensors[static_cast<std::size_t>(i)];
        QCOMPARE(QString::fromStdString(t.name), e.at(0).toString());
        QCOMPARE(t.shape, shapeOf(e.at(1)));
        QCOMPARE(t.values.front(), e.at(2).toDouble()); // a float32, exactly
        double sum = 0.0;
        for (double v : t.values)
            sum += v;
        QVERIFY2(std::abs(sum - e.at(3).toDouble()) < 1e-9, qPrintable(QString::number(sum, 'g', 17)));
    }
    // _metadata names the model itself ("") and its submodules.
    QVERIFY(!read.modules.empty());
    QCOMPARE(read.modules.front(), std::string());
}

void TestTorchStateDict::followsViews()
{
    const TorchStateDict read = TorchStateDictReader::read(statedictFile(QStringLiteral("views.pt")));
    QVERIFY2(read.problems.empty(), qPrintable(joined(read.problems)));
    const QJsonObject views = goldens().value(QLatin1String("views")).toObject();
    QCOMPARE(read.tensors.size(), static_cast<std::size_t>(views.size()));
    for (const NamedTensor &t : read.tensors) {
        const QJsonObject e = views.value(QString::fromStdString(t.name)).toObject();
        QVERIFY2(!e.isEmpty(), t.name.c_str());
        QCOMPARE(t.shape, shapeOf(e.value(QLatin1String("shape"))));
        QCOMPARE(t.values, test::flatten(e.value(QLatin1String("values"))));
    }
}

void TestTorchStateDict::notesFloat64()
{
    const TorchStateDict read = TorchStateDictReader::read(statedictFile(QStringLiteral("noted_float64.pt")));
    QVERIFY2(read.problems.empty(), qPrintable(joined(read.problems)));
    QVERIFY2(joined(read.notes).contains(QLatin1String("float64")), qPrintable(joined(read.notes)));
}

void TestTorchStateDict::refusesWhatIsNotAStateDict_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "refused_truncated.pt"
                               << "cut short";
    QTest::newRow("plain pickle") << "refused_plain_pickle.pt"
                                  << "plain pickle (pickle.dump)";
    QTest::newRow("whole module") << "refused_whole_module.pt"
                                  << "names __main__.Model";
    QTest::newRow("optimizer") << "refused_optimizer.pt"
                               << "an optimizer's state_dict";
    QTest::newRow("tensor list") << "refused_tensor_list.pt"
                                 << "a list of 6 values, not a state_dict";
    QTest::newRow("missing file") << "no-such-file.pt"
                                  << "cannot open";
}

void TestTorchStateDict::refusesWhatIsNotAStateDict()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path =
        file.startsWith(QLatin1String("no-such")) ? QStringLiteral("/nonexistent/") + file : statedictFile(file);
    const TorchStateDict read = TorchStateDictReader::read(path);
    QVERIFY(read.tensors.empty());
    QCOMPARE(read.problems.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(read.problems.front()).contains(message), read.problems.front().c_str());
    if (!file.startsWith(QLatin1String("no-such")) && file != u"refused_truncated.pt")
        QVERIFY2(QString::fromStdString(read.problems.front()).contains(QLatin1String("model.state_dict()")),
                 read.problems.front().c_str());
}

void TestTorchStateDict::refusesDamagedStorages()
{
    // The first storage cut to half its size (its entry shortened in both headers): the tensor that
    // needs it is refused, nothing is read past the bytes there are.
    QFile file(statedictFile(QStringLiteral("rnn_tanh_1layer.pt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const TorchStateDict good = TorchStateDictReader::parse(bytes);
    QVERIFY2(good.problems.empty(), qPrintable(joined(good.problems)));
    // Rename data/0 to data/x in the central directory: the storage a tensor names is gone.
    const QByteArray name("rnn_tanh_1layer/data/0");
    const qsizetype central = bytes.lastIndexOf(name);
    QVERIFY(central > 0);
    bytes[central + name.size() - 1] = 'x';
    const TorchStateDict damaged = TorchStateDictReader::parse(bytes);
    QVERIFY(damaged.tensors.empty());
    QVERIFY2(joined(damaged.problems).contains(QLatin1String("lacks rnn_tanh_1layer/data/0")),
             qPrintable(joined(damaged.problems)));
}

QTEST_GUILESS_MAIN(TestTorchStateDict)
#include "tst_torchstatedict.moc"
