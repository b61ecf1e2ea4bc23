// SPDX-License-Identifier: MIT
// The fuzz harness (tests/fuzz/fuzzsession.h) in the ordinary suite: every input the fuzzer ever
// kept (tests/data/fuzz/corpus/), every crash it ever found (tests/data/fuzz/crashes/), the
// hand-made seeds (tests/data/fuzz/seeds/) and the repository's own sessions (parity configs,
// benchmark sessions) replayed through checkOne(), plus inputs too large for a file in the
// repository, built here. Under scripts/test --asan the sanitizers watch every replay. Not the
// fuzzer itself: scripts/fuzz runs that (clang, libFuzzer), for a time budget, outside CI.
#include "tests/fuzz/fuzzsession.h"
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/trainer.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <bit>

using namespace rnnlab;

namespace {

QByteArray lectureJson(const QByteArray &texts = QByteArrayLiteral("[\"hello\"]"),
                       const QByteArray &model = QByteArrayLiteral(
                           R"({"cell":"rnn_tanh","hidden_size":4,"num_layers":1,"output_layer":false})"))
{
    return QByteArrayLiteral(R"({"format":"rnnlab-session","version":1,"model":)") + model
        + QByteArrayLiteral(R"(,"data":{"texts":)") + texts
        + QByteArrayLiteral(R"(},"training":{"optimizer":"adam","learning_rate":0.1,"seed":0}})");
}

QString check(const QByteArray &bytes)
{
    return QString::fromStdString(fuzz::checkOne(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                                 static_cast<std::size_t>(bytes.size())));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void keptInputsAreThere();
    void replaysKeptInputs_data();
    void replaysKeptInputs();
    void survivesHugeInputs_data();
    void survivesHugeInputs();
    void roundTripCheckSeesDifferences();
    void trainsOnlySmallSessions();
};

namespace {

//! The folders replayed: folder under tests/data, name filter, and how many files it must have at
//! least (so that a lost or emptied folder fails rather than passes with nothing replayed).
struct Source
{
    const char *folder;
    const char *filter;
    int atLeast;
};
const Source sources[] = {
    {"fuzz/seeds", "*", 30},        {"fuzz/corpus", "*", 10}, {"fuzz/crashes", "*", 0},
    {"parity", "*.config.json", 8}, {"bench", "*.json", 4},
};

QStringList inputsOf(const Source &source, QDir *dir)
{
    *dir = QDir(QDir(rnnlab::test::dataFile(QString())).filePath(QLatin1String(source.folder)));
    QStringList names = dir->entryList({QLatin1String(source.filter)}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".md")); });
    return names;
}

} // namespace

void TestFuzzRegressions::keptInputsAreThere()
{
    QVERIFY(!rnnlab::test::dataFile(QStringLiteral("fuzz")).isEmpty());
    for (const Source &source : sources) {
        QDir dir;
        const QStringList names = inputsOf(source, &dir);
        QVERIFY2(names.size() >= source.atLeast,
                 qPrintable(QStringLiteral("%1 has %2 inputs; expected at least %3")
                                .arg(dir.path())
                                .arg(names.size())
                                .arg(source.atLeast)));
    }
}

void TestFuzzRegressions::replaysKeptInputs_data()
{
    QTest::addColumn<QString>("path");
    for (const Source &source : sources) {
        QDir dir;
        for (const QString &name : inputsOf(source, &dir))
            QTest::newRow(qPrintable(QLatin1String(source.folder) + u'/' + name)) << dir.filePath(name);
    }
}

void TestFuzzRegressions::replaysKeptInputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString failure = check(file.readAll());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestFuzzRegressions::survivesHugeInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("arrays nested 100000 deep") << QByteArray(100000, '[') << QString() << "not valid JSON";
    QTest::newRow("objects nested 100000 deep")
        << QByteArray(R"({"a":)").repeated(100000) << QString() << "not valid JSON";
    QTest::newRow("a text of 1000001 characters")
        << lectureJson("[\"" + QByteArray(1'000'000, 'h') + "e\"]", R"({"cell":"rnn_tanh","hidden_size":2})")
        << "data.texts"
        << "the limit is 1000000";
    QTest::newRow("100000 texts of 11 characters") << lectureJson(
        "[" + QByteArray(R"("hello world",)").repeated(100000) + "\"ab\"]", R"({"cell":"rnn_tanh","hidden_size":8})")
                                                   << "data.texts"
                                                   << "the limit is 1000000";
    QTest::newRow("a cell name of 4 MiB") << lectureJson("[\"hello\"]",
                                                         "{\"cell\":\"" + QByteArray(4 << 20, 'x')
                                                             + "\","
                                                               "\"hidden_size\":4}")
                                          << "model.cell"
                                          << "is not a cell type";
    QTest::newRow("a bias of 1000000 numbers") << lectureJson().replace(
        QByteArray("}}"), "},\"weights\":{\"rnn.bias_ih_l0\":[" + QByteArray("0.5,").repeated(999999) + "0.5]}}")
                                               << "weights.rnn.bias_ih_l0"
                                               << "has shape [1000000]";
    QTest::newRow("LSTM H=1024 L=8 on 200000 characters")
        << lectureJson("[\"" + QByteArray(199999, 'a') + "b\"]",
                       R"({"cell":"lstm","hidden_size":1024,"num_layers":8,"output_layer":true})")
        << QString() << "the limit is 1.0 GiB";
    // A classifier reads all n characters of a text; the estimate once counted n − 1 as for the
    // next-character task, so one-character texts looked free and this passed validation, and the
    // trainer then asked for ~100 GB of trace.
    QByteArray texts = "[";
    QByteArray labels = "[";
    for (int i = 0; i < 300000; ++i) {
        texts += i ? ",\"a\"" : "\"a\"";
        labels += i ? (i % 2 ? ",\"p\"" : ",\"n\"") : "\"n\"";
    }
    QTest::newRow("a classifier of 300000 one-character texts, H=1024 L=8")
        << QByteArray(
               R"({"format":"rnnlab-session","version":1,"task":"classify","model":{"cell":"rnn_tanh","hidden_size":1024,)"
               R"("num_layers":8,"output_layer":true},"data":{"texts":)")
            + texts + "],\"labels\":" + labels + R"(]},"training":{"optimizer":"adam","learning_rate":0.1,"seed":0}})"
        << QString() << "the limit is 1.0 GiB";
}

void TestFuzzRegressions::survivesHugeInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QString failure = check(input);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // … and it was refused for the right reason, with a message that says so.
    const SessionParseResult result = SessionFile::parse(input);
    QVERIFY(!result.session);
    QVERIFY2(test::hasProblem(result.problems, field, message),
             qPrintable(QString::fromStdString(result.problems.front().toString().substr(0, 300))));
}

void TestFuzzRegressions::roundTripCheckSeesDifferences()
{
    // The checks the replay relies on must be able to fail.
    const SessionParseResult parsed = SessionFile::parse(lectureJson());
    QVERIFY(parsed.session);
    Trainer trainer(*parsed.session);
    QVERIFY(trainer.step().accepted);
    const Session saved = trainer.currentSession();
    QCOMPARE(QString::fromStdString(fuzz::sessionDifference(saved, saved)), QString());

    Session flipped = saved;
    double &weight = flipped.weights->at(1).values.at(2);
    weight = std::bit_cast<double>(std::bit_cast<std::uint64_t>(weight) ^ 1u); // one ulp of the double
    QVERIFY(fuzz::sessionDifference(saved, flipped).starts_with("weights.rnn.weight_hh_l0[2]"));

    Session signOfZero = saved;
    signOfZero.training.momentum = -0.0;
    QVERIFY(fuzz::sessionDifference(saved, signOfZero).starts_with("training"));

    Session noState = saved;
    noState.optimizerState.reset();
    QVERIFY(fuzz::sessionDifference(saved, noState).starts_with("optimizer_state"));

    Session adamStep = saved;
    adamStep.optimizerState->entries.at(3).step = 2.0;
    QVERIFY(fuzz::sessionDifference(saved, adamStep).starts_with("optimizer_state.state.3.step"));

    Session text = saved;
    text.data.texts.front() = U"hellO";
    QCOMPARE(QString::fromStdString(fuzz::sessionDifference(saved, text)), QStringLiteral("data"));

    // A valid session passes the whole path.
    QCOMPARE(check(lectureJson()), QString());
}

void TestFuzzRegressions::trainsOnlySmallSessions()
{
    const SessionParseResult small = SessionFile::parse(lectureJson());
    QVERIFY(small.session);
    QVERIFY(fuzz::isTrainedInFuzzing(*small.session));
    const SessionParseResult large = SessionFile::parse(lectureJson(
        "[\"" + QByteArray(2000, 'a') + "b\"]", R"({"cell":"lstm","hidden_size":256,"output_layer":true})"));
    QVERIFY(large.session);
    QVERIFY(!fuzz::isTrainedInFuzzing(*large.session));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
