// SPDX-License-Identifier: MIT
// Adam, SGD (with and without momentum) and clip_grad_norm_ against PyTorch 1.13, bit for bit:
// each case in tests/data/optimizer/ records, for five steps, the raw gradients torch computed and
// its weights after optimizer.step(). Fed torch's own gradients, rnnlab's optimizer must produce
// torch's weights to the last bit at every step (TORCH_INIT.md §4-6).
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/dataset.h"
#include "engine/gradclip.h"
#include "engine/optimizer.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace rnnlab;

class TestOptimizers : public QObject
{
    Q_OBJECT

private slots:
    void torchTrajectory_data();
    void torchTrajectory();
    void normOfTailsAndLanes();
    void clipLeavesSmallGradientsAlone();
};

void TestOptimizers::torchTrajectory_data()
{
    QTest::addColumn<QString>("config");
    const QString dir = rnnlab::test::dataFile(QStringLiteral("optimizer"));
    QVERIFY(!dir.isEmpty());
    const QStringList configs = QDir(dir).entryList({QStringLiteral("*.config.json")}, QDir::Files, QDir::Name);
    QVERIFY(configs.size() >= 4);
    for (const QString &name : configs)
        QTest::newRow(qPrintable(name.chopped(12))) << QDir(dir).filePath(name);
}

void TestOptimizers::torchTrajectory()
{
    QFETCH(QString, config);
    const Session session = test::readSession(config);
    QString path = config;
    path.replace(QStringLiteral(".config.json"), QStringLiteral(".trajectory.json"));
    const QJsonObject golden = test::readJsonObject(path);

    const Dataset dataset = Dataset::fromConfig(session.data);
    const auto layout = std::make_shared<const ParameterLayout>(session.model, dataset.vocabulary.size());
    ParameterSet<float> parameters =
        test::tensorsFromJson(golden.value(QStringLiteral("initial_weights")).toObject(), layout);
    const std::unique_ptr<Optimizer> optimizer = Optimizer::create(session.training, layout);

    const QJsonArray trajectory = golden.value(QStringLiteral("trajectory")).toArray();
    const QJsonArray steps = golden.value(QStringLiteral("steps")).toArray();
    QCOMPARE(trajectory.size(), 5);
    for (qsizetype k = 0; k < trajectory.size(); ++k) {
        const QJsonObject record = trajectory.at(k).toObject();
        ParameterSet<float> gradients =
            test::tensorsFromJson(record.value(QStringLiteral("gradients")).toObject(), layout);
        if (session.training.clipGradNorm) {
            const float norm = clipGradientNorm(gradients, *session.training.clipGradNorm);
            // torch's own float32 norm of its own gradients: the same bits.
            QCOMPARE(norm, static_cast<float>(steps.at(k).toObject().value(QStringLiteral("grad_norm")).toDouble()));
        }
        optimizer->update(parameters, gradients);
        const ParameterSet<float> expected =
            test::tensorsFromJson(record.value(QStringLiteral("weights")).toObject(), layout);
        std::string first;
        const int differences = test::bitDifferences(parameters, expected, &first);
        QVERIFY2(differences == 0,
                 qPrintable(QStringLiteral("step %1: %2 of %3 weights differ from torch's; first %4")
                                .arg(k + 1)
                                .arg(differences)
                                .arg(layout->totalSize())
                                .arg(QString::fromStdString(first))));
    }
}

void TestOptimizers::normOfTailsAndLanes()
{
    // Hand-checkable cases of the 8-lane rule: exact squares sum exactly in any order.
    const float three[3] = {3.0f, 4.0f, 12.0f};
    QCOMPARE(torchNorm(three, 3), 13.0f);
    std::vector<float> ones(17, 1.0f);
    ones[16] = 8.0f; // 16 lane elements (sum 16) and a tail of 1 (64)
    QCOMPARE(torchNorm(ones.data(), ones.size()), std::sqrt(80.0f));
    QCOMPARE(torchNorm(ones.data(), 0), 0.0f);
}

void TestOptimizers::clipLeavesSmallGradientsAlone()
{
    ModelConfig model{CellKind::RnnTanh, 2, 1, false};
    const auto layout = std::make_shared<const ParameterLayout>(model, 2);
    ParameterSet<float> gradients(layout);
    gradients.flat().setConstant(0.01f);
    const ParameterSet<float> before = gradients;
    const float norm = clipGradientNorm(gradients, 10.0);
    QVERIFY(norm > 0.0f && norm < 1.0f);
    QCOMPARE(test::bitDifferences(gradients, before), 0);
    clipGradientNorm(gradients, norm / 2.0);
    QVERIFY(totalGradientNorm(gradients) < norm * 0.51f);
}

QTEST_GUILESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
