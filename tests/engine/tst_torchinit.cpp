// SPDX-License-Identifier: MIT
// TorchGenerator and initializeLikeTorch against PyTorch 1.13: the initial weights of every
// golden (RNN, LSTM; H a power of two or not; any seed) bit for bit.
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/dataset.h"
#include "engine/torchinit.h"
#include "engine/unicode.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <cstring>
#include <random>

using namespace rnnlab;

class TestTorchInit : public QObject
{
    Q_OBJECT

private slots:
    void generatorIsMt19937();
    void negativeSeedWrapsLikeTorch();
    void uniformUsesOneFusedMultiplyAdd();
    void initialWeightsBitExact_data();
    void initialWeightsBitExact();
};

void TestTorchInit::generatorIsMt19937()
{
    // The C++ standard fixes std::mt19937's 10000th output for the default seed 5489.
    TorchGenerator generator(5489);
    std::uint32_t word = 0;
    for (int i = 0; i < 10000; ++i)
        word = generator.next();
    QCOMPARE(word, 4123659995u);
}

void TestTorchInit::negativeSeedWrapsLikeTorch()
{
    // torch.manual_seed(-1) and torch.manual_seed(2**32 - 1) draw the same numbers (checked in torch).
    TorchGenerator a(-1);
    TorchGenerator b(4294967295LL);
    TorchGenerator c(4294967296LL + 4294967295LL);
    for (int i = 0; i < 8; ++i) {
        const std::uint32_t w = a.next();
        QCOMPARE(b.next(), w);
        QCOMPARE(c.next(), w);
    }
}

void TestTorchInit::uniformUsesOneFusedMultiplyAdd()
{
    // H = 6: the bound 1/sqrt(6) is not a power of two, so fused and unfused rules differ.
    const double bound = 1.0 / std::sqrt(6.0);
    TorchGenerator generator(0);
    std::mt19937 words(0);
    std::vector<float> values(64);
    generator.uniformFill(values.data(), values.size(), -bound, bound);
    const float from = static_cast<float>(-bound);
    const float range = static_cast<float>(bound) - from;
    int differsFromTwoRoundings = 0;
    for (float value : values) {
        const float u = static_cast<float>(words() & 0xFFFFFFu) / 16777216.0f;
        QCOMPARE(value, std::fma(u, range, from));
        const volatile float product = u * range; // volatile: round here, as torch's generic kernel does
        differsFromTwoRoundings += (product + from) != value ? 1 : 0;
        QVERIFY(value >= from && value < static_cast<float>(bound));
    }
    QVERIFY2(differsFromTwoRoundings > 0, "this case cannot tell fused from unfused rounding");
}

void TestTorchInit::initialWeightsBitExact_data()
{
    QTest::addColumn<QString>("golden");
    const QString dir = rnnlab::test::dataFile(QStringLiteral("parity"));
    QVERIFY(!dir.isEmpty());
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.golden.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name.chopped(12))) << QDir(dir).filePath(name);
}

void TestTorchInit::initialWeightsBitExact()
{
    QFETCH(QString, golden);
    const QJsonObject object = test::readJsonObject(golden);
    const QJsonObject config = object.value(QStringLiteral("config")).toObject();
    const QJsonObject model = config.value(QStringLiteral("model")).toObject();
    // Straight from the config (LSTM included: initialization depends only on the shapes).
    ModelConfig m;
    m.cell = *cellKindFromString(model.value(QStringLiteral("cell")).toString().toStdString());
    m.hiddenSize = model.value(QStringLiteral("hidden_size")).toInt();
    m.numLayers = model.value(QStringLiteral("num_layers")).toInt();
    m.outputLayer = model.value(QStringLiteral("output_layer")).toBool();
    int V = static_cast<int>(object.value(QStringLiteral("vocabulary")).toString().toUcs4().size());
    if (config.value(QStringLiteral("task")).toString() == u"forecast") {
        // A time series (issue 15): D features in, Linear(H, D) out; a point is a number or a row of D.
        const QJsonValue point = config.value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("series"))
                                     .toArray()
                                     .at(0)
                                     .toArray()
                                     .at(0);
        V = point.isArray() ? static_cast<int>(point.toArray().size()) : 1;
        m.outputLayer = model.value(QStringLiteral("output_layer")).toBool(true);
    }
    // A many-to-one golden lists its classes: the output layer has one row per class.
    const QJsonArray classes = object.value(QStringLiteral("classes")).toArray();
    const int outputSize = classes.isEmpty() ? -1 : static_cast<int>(classes.size());
    const auto layout = std::make_shared<const ParameterLayout>(m, V, outputSize);
    ParameterSet<float> parameters(layout);
    const QJsonValue seed = config.value(QStringLiteral("training")).toObject().value(QStringLiteral("seed"));
    initializeLikeTorch(parameters, seed.toInteger());

    const ParameterSet<float> expected =
        test::tensorsFromJson(object.value(QStringLiteral("initial_weights")).toObject(), layout);
    std::string first;
    const int differences = test::bitDifferences(parameters, expected, &first);
    QVERIFY(layout->totalSize() > 0);
    QVERIFY2(differences == 0,
             qPrintable(QStringLiteral("%1 of %2 values differ; first: %3")
                            .arg(differences)
                            .arg(layout->totalSize())
                            .arg(QString::fromStdString(first))));
}

QTEST_GUILESS_MAIN(TestTorchInit)
#include "tst_torchinit.moc"
