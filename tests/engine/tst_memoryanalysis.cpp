// SPDX-License-Identifier: MIT
// MemoryAnalysis against PyTorch 1.13 and numpy (tests/data/memory/, made by
// scripts/memory_golden.py): after the golden's N training steps, for its layer and state, the
// influence ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂ within 1e-5 absolute + 1e-4 relative of
// autograd's, the PCA's components within 1e-4 up to sign (and its mean and points), the explained
// variance ratios within 1e-5. Then the span ranking on hand-set weights in which one unit is a
// latch that is on exactly inside the parentheses, and the refusals.
#include "tests/support/testsupport.h"

#include "app/session/jsonwriter.h"
#include "engine/memoryanalysis.h"
#include "engine/trainer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace rnnlab;

class TestMemoryAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void latchUnitRanksFirst_data();
    void latchUnitRanksFirst();
    void refusesWhatTheModelLacks();

private:
    static Session latchSession(const std::u32string &text);
};

namespace {

//! The engine's numbers of a failed case, to diff against the golden.
std::string actualJson(const MemoryAnalysis &analysis)
{
    JsonWriter json;
    json.beginObject();
    json.key("influence");
    json.beginArray();
    for (const auto &rows : analysis.influence()) {
        json.beginArray();
        for (const auto &row : rows)
            json.numberArray(row);
        json.endArray();
    }
    json.endArray();
    const StatePca pca = analysis.pca();
    json.key("mean");
    json.numberArray(pca.mean());
    json.key("components");
    json.beginArray();
    for (Eigen::Index i = 0; i < 2; ++i)
        json.numberArray(pca.components().row(i));
    json.endArray();
    json.key("explained_variance_ratio");
    json.numberArray(pca.explainedVarianceRatio());
    json.endObject();
    return json.finish();
}

} // namespace

void TestMemoryAnalysis::matchesPyTorch_data()
{
    QTest::addColumn<QString>("config");
    const QString dir = test::dataFile(QStringLiteral("memory"));
    QVERIFY(!dir.isEmpty());
    const QStringList configs = QDir(dir).entryList({QStringLiteral("*.config.json")}, QDir::Files, QDir::Name);
    QVERIFY2(configs.size() >= 8, "the memory goldens are missing (scripts/memory_golden.py makes them)");
    for (const QString &name : configs)
        QTest::newRow(qPrintable(name.chopped(12))) << QDir(dir).filePath(name);
}

void TestMemoryAnalysis::matchesPyTorch()
{
    QFETCH(QString, config);
    QString goldenPath = config;
    goldenPath.replace(QStringLiteral(".config.json"), QStringLiteral(".golden.json"));
    const QJsonObject golden = test::readJsonObject(goldenPath);
    const Session session = test::readSession(config);

    Trainer trainer(session);
    const int steps = golden.value(QStringLiteral("steps")).toInt();
    for (int i = 0; i < steps; ++i)
        QVERIFY(trainer.step().accepted);
    const MemoryLayer which{golden.value(QStringLiteral("layer")).toInt(),
                            golden.value(QStringLiteral("state")).toString() == u"c"};
    const MemoryAnalysis analysis(trainer.parameters(), trainer.task(), which);
    QCOMPARE(analysis.layer(), which.layer);

    QStringList failures;
    const auto fail = [&](const QString &what) {
        if (failures.size() < 20)
            failures << what;
    };

    // Influence: every row, a row per step (empty where the step has no target).
    const auto influence = analysis.influence();
    const QJsonArray texts = golden.value(QStringLiteral("influence")).toArray();
    QCOMPARE(qsizetype(influence.size()), texts.size());
    double worst = 0.0;
    int rowsWithTarget = 0;
    for (qsizetype k = 0; k < texts.size(); ++k) {
        const QJsonArray rows = texts.at(k).toArray();
        const auto &mine = influence[std::size_t(k)];
        QCOMPARE(qsizetype(mine.size()), rows.size());
        for (qsizetype t = 0; t < rows.size(); ++t) {
            const std::vector<double> expected = test::flatten(rows.at(t));
            const std::vector<double> &actual = mine[std::size_t(t)];
            rowsWithTarget += expected.empty() ? 0 : 1;
            if (actual.size() != expected.size()) {
                fail(QStringLiteral("text %1 step %2: %3 values, PyTorch %4")
                         .arg(k)
                         .arg(t)
                         .arg(actual.size())
                         .arg(expected.size()));
                continue;
            }
            if (!expected.empty() && expected.size() != std::size_t(t + 1))
                fail(QStringLiteral("text %1 step %2: the golden's row is not s = 0…t").arg(k).arg(t));
            for (std::size_t s = 0; s < expected.size(); ++s) {
                const double difference = std::abs(actual[s] - expected[s]);
                worst = std::max(worst, difference);
                if (!(difference <= 1e-5 + 1e-4 * std::abs(expected[s])))
                    fail(QStringLiteral("influence[%1][%2][%3] = %4, PyTorch %5")
                             .arg(k)
                             .arg(t)
                             .arg(s)
                             .arg(actual[s], 0, 'g', 9)
                             .arg(expected[s], 0, 'g', 9));
            }
        }
    }
    QVERIFY(rowsWithTarget > 0);
    qInfo("largest influence difference from PyTorch: %.3g over %d rows", worst, rowsWithTarget);

    // PCA: components up to sign (each golden component's sign against ours), then the points in that frame.
    const StatePca pca = analysis.pca();
    const QJsonObject expected = golden.value(QStringLiteral("pca")).toObject();
    const std::vector<double> mean = test::flatten(expected.value(QStringLiteral("mean")));
    QCOMPARE(qsizetype(mean.size()), qsizetype(pca.mean().size()));
    for (std::size_t i = 0; i < mean.size(); ++i) {
        if (!(std::abs(pca.mean()(Eigen::Index(i)) - mean[i]) <= 1e-5))
            fail(QStringLiteral("pca mean[%1] = %2, numpy %3").arg(i).arg(pca.mean()(Eigen::Index(i))).arg(mean[i]));
    }
    const QJsonArray components = expected.value(QStringLiteral("components")).toArray();
    const std::vector<double> ratio = test::flatten(expected.value(QStringLiteral("explained_variance_ratio")));
    const QJsonArray points = expected.value(QStringLiteral("points")).toArray();
    QCOMPARE(components.size(), 2);
    QCOMPARE(points.size(), qsizetype(pca.points().rows()));
    for (Eigen::Index i = 0; i < 2; ++i) {
        const std::vector<double> v = test::flatten(components.at(i));
        QCOMPARE(qsizetype(v.size()), qsizetype(pca.components().cols()));
        const Eigen::Map<const Vector<double>> theirs(v.data(), Eigen::Index(v.size()));
        const double sign = pca.components().row(i).dot(theirs) < 0 ? -1.0 : 1.0;
        const double off = (pca.components().row(i).transpose() - sign * theirs).cwiseAbs().maxCoeff();
        if (!(off <= 1e-4))
            fail(QStringLiteral("pca component %1 differs from numpy's by %2 (up to sign)").arg(i).arg(off));
        if (!(std::abs(pca.explainedVarianceRatio()(i) - ratio[std::size_t(i)]) <= 1e-5))
            fail(QStringLiteral("explained_variance_ratio[%1] = %2, numpy %3")
                     .arg(i)
                     .arg(pca.explainedVarianceRatio()(i), 0, 'g', 9)
                     .arg(ratio[std::size_t(i)], 0, 'g', 9));
        double worstPoint = 0.0;
        for (Eigen::Index row = 0; row < pca.points().rows(); ++row)
            worstPoint =
                std::max(worstPoint, std::abs(pca.points()(row, i) - sign * points.at(row).toArray().at(i).toDouble()));
        if (!(worstPoint <= 1e-4))
            fail(QStringLiteral("pca points' coordinate %1 differs from numpy's by %2").arg(i).arg(worstPoint));
    }
    // The sign convention: each component's largest entry is positive, in the engine and in the golden.
    for (Eigen::Index i = 0; i < 2; ++i) {
        Eigen::Index largest = 0;
        pca.components().row(i).cwiseAbs().maxCoeff(&largest);
        QVERIFY(pca.components()(i, largest) >= 0.0);
    }

    if (!failures.isEmpty()) {
        const QString path = QDir::current().filePath(QFileInfo(config).completeBaseName().section(u'.', 0, 0)
                                                      + QStringLiteral(".actual.json"));
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(QByteArray::fromStdString(actualJson(analysis)));
        QFAIL(qPrintable(failures.join(QStringLiteral("\n  ")) + QStringLiteral("\n  (the engine's numbers: ") + path
                         + QStringLiteral(", PyTorch's: ") + goldenPath + u')'));
    }
}

Session TestMemoryAnalysis::latchSession(const std::u32string &text)
{
    Session session;
    session.model = {CellKind::RnnTanh, 3, 1, true};
    session.data.texts = {text};
    session.data.vocabulary = U"abc()";
    return session;
}

void TestMemoryAnalysis::latchUnitRanksFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    // The span: the steps that read "(" and what follows it up to ")" (h_t is after reading x_t).
    QTest::newRow("ab(cab)ab") << QStringLiteral("ab(cab)ab") << 2 << 6;
    QTest::newRow("(ab)cab at the start") << QStringLiteral("(ab)cab") << 0 << 3;
    QTest::newRow("cab(c) to the end") << QStringLiteral("cab(c)") << 3 << 5;
    QTest::newRow("one step: ab()bca") << QStringLiteral("ab()bca") << 2 << 3;
}

void TestMemoryAnalysis::latchUnitRanksFirst()
{
    QFETCH(QString, text);
    QFETCH(int, begin);
    QFETCH(int, end);
    std::u32string characters;
    for (char32_t c : text.toUcs4())
        characters += c;
    const Session session = latchSession(characters);
    const auto task = Task::create(session.data);
    ParameterSet<float> weights(task->layout(session.model));
    const RecurrentBlock &stack = weights.layout().stack(0);
    auto Wih = weights.matrix(stack.weightIh(0)); // (H × V), V = a b c ( )
    auto Whh = weights.matrix(stack.weightHh(0));
    auto bih = weights.vector(stack.biasIh(0));
    // Unit 0, a latch: h = tanh(5 h_{t−1} + 12 [x = (] − 12 [x = )] − 1): −1 outside, +1 inside
    // (5 − 1 > 0 keeps it on, −5 − 1 keeps it off).
    Wih(0, 3) = 12.0f;
    Wih(0, 4) = -12.0f;
    Whh(0, 0) = 5.0f;
    bih(0) = -1.0f;
    // Units 1 and 2 follow the characters a and c, which appear inside and outside.
    Wih(1, 0) = 1.5f;
    Wih(1, 1) = -0.5f;
    Whh(1, 2) = 0.3f;
    Wih(2, 2) = 2.0f;
    Wih(2, 0) = -0.7f;
    Whh(2, 1) = 0.4f;

    const MemoryAnalysis analysis(weights, *task);
    const TextSpan span{0, begin, end};
    QVERIFY(!UnitRanking::problemWith(span, analysis.lengths()));
    // The latch really is on exactly inside the span.
    for (Eigen::Index t = 0; t < analysis.states().front().cols(); ++t)
        QCOMPARE(analysis.states().front()(0, t) > 0.0f, t >= begin && t < end);
    const std::vector<UnitScore> ranking = analysis.rankUnits(span);
    QCOMPARE(ranking.size(), std::size_t(3));
    QCOMPARE(ranking.front().unit, 0);
    QVERIFY(ranking.front().meanInside > 0.9);
    for (const UnitScore &score : ranking) {
        QVERIFY(std::isfinite(score.score));
        QVERIFY(std::isfinite(score.pooledSd));
    }
    QVERIFY(ranking[0].score > ranking[1].score);
    QVERIFY(ranking[1].score >= ranking[2].score);
}

void TestMemoryAnalysis::refusesWhatTheModelLacks()
{
    const Session session = latchSession(U"ab(cab)ab");
    const auto task = Task::create(session.data);
    const ParameterSet<float> weights(task->layout(session.model));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MemoryAnalysis(weights, *task, {1, false}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MemoryAnalysis(weights, *task, {0, true}));
    const MemoryAnalysis top(weights, *task, {-1, false});
    QCOMPARE(top.layer(), 0);
    // All-zero weights: every state is 0, no variance — ratios 0, no NaN.
    const StatePca pca = top.pca();
    QCOMPARE(pca.explainedVarianceRatio()(0), 0.0);
    QVERIFY(pca.points().allFinite() && pca.components().allFinite());
}

QTEST_GUILESS_MAIN(TestMemoryAnalysis)
#include "tst_memoryanalysis.moc"
