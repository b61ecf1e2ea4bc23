// SPDX-License-Identifier: MIT
// rnnlab-cli analyze as a user runs it: the JSON has every field issue 17 names, in the shapes it
// names, with the numbers MemoryAnalysis computes (PyTorch's agreement: tst_memoryanalysis and the
// memory_pytorch_sweep test); --steps trains first; a bad option exits 2 with a message naming it
// and writes nothing.
#include "tests/support/boundedrun.h"
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/memoryanalysis.h"
#include "engine/trainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private:
    // The CLI run with a time limit: a hang fails the test, not the whole suite.
    using Run = rnnlab::test::BoundedRun;
    static Run run(const QStringList &arguments, int timeoutMs = 60000)
    {
        return Run::run(QStringLiteral(RNNLAB_CLI), arguments, timeoutMs);
    }

private slots:
    void writesWhatTheIssueNames_data();
    void writesWhatTheIssueNames();
    void badInput_data();
    void badInput();
};

void TestCliAnalyze::writesWhatTheIssueNames_data()
{
    QTest::addColumn<QString>("session"); // under tests/data/memory/
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("cellState");
    QTest::newRow("hello, as it is") << QStringLiteral("rnn_tanh_hello") << QStringList{} << 0 << -1 << false;
    QTest::newRow("two layers, the bottom one, 3 steps, a span")
        << QStringLiteral("rnn_tanh_l2_steps5_layer0")
        << QStringList{QStringLiteral("--steps"), QStringLiteral("3"),      QStringLiteral("--layer"),
                       QStringLiteral("0"),       QStringLiteral("--span"), QStringLiteral("1:3")}
        << 3 << 0 << false;
    QTest::newRow("an LSTM's c") << QStringLiteral("lstm_l1_clip")
                                 << QStringList{QStringLiteral("--state"), QStringLiteral("c"),
                                                QStringLiteral("--span"), QStringLiteral("0:4")}
                                 << 0 << -1 << true;
    QTest::newRow("a classifier") << QStringLiteral("classify_gru")
                                  << QStringList{QStringLiteral("--steps"), QStringLiteral("1")} << 1 << -1 << false;
}

void TestCliAnalyze::writesWhatTheIssueNames()
{
    QFETCH(QString, session);
    QFETCH(QStringList, options);
    QFETCH(int, steps);
    QFETCH(int, layer);
    QFETCH(bool, cellState);
    QTemporaryDir dir;
    const QString config = test::dataFile(QStringLiteral("memory/") + session + QStringLiteral(".config.json"));
    const QString out = dir.filePath(QStringLiteral("memory.json"));
    const Run r = run(QStringList{QStringLiteral("analyze"), config, QStringLiteral("-o"), out} + options);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject json = test::readJsonObject(out);

    // The engine's own numbers, to compare with.
    Trainer trainer(test::readSession(config));
    for (int i = 0; i < steps; ++i)
        QVERIFY(trainer.step().accepted);
    const MemoryAnalysis analysis(trainer.parameters(), trainer.task(), {layer, cellState});
    QCOMPARE(json.value(QStringLiteral("steps_trained")).toInt(), steps);
    QCOMPARE(json.value(QStringLiteral("layer")).toInt(), analysis.layer());
    QCOMPARE(json.value(QStringLiteral("state")).toString(), cellState ? QStringLiteral("c") : QStringLiteral("h"));

    // influence [text][t][s]: row t has t + 1 numbers (none where the step has no target).
    const QJsonArray influence = json.value(QStringLiteral("influence")).toArray();
    QCOMPARE(influence.size(), qsizetype(analysis.states().size()));
    for (qsizetype k = 0; k < influence.size(); ++k) {
        const QJsonArray rows = influence.at(k).toArray();
        QCOMPARE(rows.size(), qsizetype(analysis.states()[std::size_t(k)].cols()));
        for (qsizetype t = 0; t < rows.size(); ++t) {
            const std::vector<double> expected = analysis.influence(int(k), int(t));
            const std::vector<double> written = test::flatten(rows.at(t));
            QCOMPARE(written.size(), analysis.hasTarget(int(k), int(t)) ? std::size_t(t + 1) : std::size_t(0));
            QCOMPARE(written, expected); // shortest round-trip form: exact
        }
    }
    // pca: mean [H], components [2][H], explained_variance_ratio [2], points [rows][2].
    const StatePca pca = analysis.pca();
    const QJsonObject p = json.value(QStringLiteral("pca")).toObject();
    const Eigen::Index H = pca.mean().size();
    QCOMPARE(qsizetype(test::flatten(p.value(QStringLiteral("mean"))).size()), qsizetype(H));
    const QJsonArray components = p.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const std::vector<double> row = test::flatten(components.at(i));
        QCOMPARE(qsizetype(row.size()), qsizetype(H));
        for (Eigen::Index j = 0; j < H; ++j)
            QCOMPARE(row[std::size_t(j)], pca.components()(i, j));
    }
    const std::vector<double> ratio = test::flatten(p.value(QStringLiteral("explained_variance_ratio")));
    QCOMPARE(ratio.size(), std::size_t(2));
    QVERIFY(ratio[0] >= ratio[1] && ratio[0] + ratio[1] <= 1.0 + 1e-12);
    QCOMPARE(p.value(QStringLiteral("points")).toArray().size(), qsizetype(pca.points().rows()));
    QCOMPARE(p.value(QStringLiteral("points")).toArray().at(0).toArray().size(), 2);

    // units: values [text][t][H]; the ranking only with --span, every unit once.
    const QJsonObject units = json.value(QStringLiteral("units")).toObject();
    const QJsonArray values = units.value(QStringLiteral("values")).toArray();
    QCOMPARE(values.size(), qsizetype(analysis.states().size()));
    QCOMPARE(values.at(0).toArray().at(1).toArray().at(0).toDouble(), double(analysis.states()[0](0, 1)));
    const bool spanGiven = options.contains(QStringLiteral("--span"));
    QCOMPARE(units.contains(QStringLiteral("ranking")), spanGiven);
    if (spanGiven) {
        const QJsonArray ranking = units.value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranking.size(), qsizetype(H));
        double previous = INFINITY;
        for (const QJsonValue &entry : ranking) {
            const double score = entry.toObject().value(QStringLiteral("score")).toDouble();
            QVERIFY(score <= previous && std::isfinite(score));
            previous = score;
        }
    }
}

void TestCliAnalyze::badInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const auto o = [](const char *a, const char *b) { return QStringList{QLatin1String(a), QLatin1String(b)}; };
    QTest::newRow("no -o") << QStringList{} << "give the file to write with -o OUT.json";
    QTest::newRow("layer out of range") << o("--layer", "2")
                                        << "--layer: 2 is out of range: it must be between 0 and 1";
    QTest::newRow("layer not a number") << o("--layer", "top") << "--layer: \"top\" is not a whole number";
    QTest::newRow("steps negative") << o("--steps", "-1") << "--steps: -1 is out of range";
    QTest::newRow("c of an RNN") << o("--state", "c") << "only an LSTM has a cell state c";
    QTest::newRow("state unknown") << o("--state", "x") << "\"x\" is neither h";
    QTest::newRow("span not A:B") << o("--span", "2-5") << "--span: \"2-5\" is not a span: give A:B";
    QTest::newRow("span backwards") << o("--span", "3:1")
                                    << "--span: 3:1 is not a span of text 0, which has 4 time steps";
    QTest::newRow("span empty") << o("--span", "2:2") << "0 ≤ A < B ≤ 4";
    QTest::newRow("span past the end") << o("--span", "0:5") << "which has 4 time steps";
    QTest::newRow("span negative") << o("--span", "-1:2") << "is not a span of text 0";
}

void TestCliAnalyze::badInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("memory.json"));
    // Two layers over "hello" (4 time steps) and "help" (3): the session of the two-layer golden.
    const QString config = test::dataFile(QStringLiteral("memory/rnn_tanh_l2_steps5_layer0.config.json"));
    const bool withOutput = !QTest::currentDataTag() || qstrcmp(QTest::currentDataTag(), "no -o") != 0;
    QStringList arguments{QStringLiteral("analyze"), config};
    if (withOutput)
        arguments << QStringLiteral("-o") << out;
    const Run r = run(arguments + options);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_clianalyze.moc"
