// SPDX-License-Identifier: MIT
// rnnlab-cli as a user runs it: the lecture's example prints PyTorch's predictions and losses;
// --trace and --save write what they promise; every bad input exits with status 2 and a message
// that says what is wrong; generate, bench and check work.
#include "tests/support/boundedrun.h"
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/comparison.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

class TestCli : public QObject
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
    void lectureExampleMatchesPyTorch();
    void traceAndSave();
    void badInput_data();
    void badInput();
    void divergenceIsRefused();
    void classifierMatchesPyTorch();
    void classifierFromTheCommandLine();
    void generate();
    void generateMatchesPyTorch_data();
    void generateMatchesPyTorch();
    void forecast();
    void translate();
    void newTranslate();
    void newTranslateBadInput_data();
    void newTranslateBadInput();
    void bench();
    void soak();
    void soakSeesDivergence();
    void check();
    void helpAndVersion();
    void compareMatchesTrain_data();
    void compareMatchesTrain();
    void compareBadInput_data();
    void compareBadInput();
    void compareDivergence();
    void saveCarriesTheHistory();
    void pytorchCommands();
    void saveFailureKeepsThePreviousFile();
};

namespace {

//! Writes \a session to \a dir/\a name and returns the path.
QString writeSession(const QTemporaryDir &dir, const QString &name, const rnnlab::Session &session)
{
    const QString path = dir.filePath(name);
    const QString error = rnnlab::SessionFile::write(path, session);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return path;
}

//! The text of "rnnlab-cli compare"'s table: its header cells and, per model row, its cells, split
//! on runs of two or more spaces.
QList<QStringList> tableRows(const QString &out)
{
    static const QRegularExpression separator(QStringLiteral("\\s{2,}"));
    QList<QStringList> rows;
    bool inTable = false;
    for (const QString &line : out.split(u'\n')) {
        inTable = inTable || line.startsWith(QStringLiteral("model "));
        if (inTable && !line.isEmpty())
            rows << line.split(separator);
    }
    return rows;
}

} // namespace

void TestCli::lectureExampleMatchesPyTorch()
{
    const Run r = run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello")});
    QCOMPARE(r.status, 0);
    const QJsonObject golden =
        rnnlab::test::readJsonObject(rnnlab::test::dataFile(QStringLiteral("parity/seed_hello.golden.json")));
    const QJsonArray steps = golden.value(QStringLiteral("steps")).toArray();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), steps.size());
    static const QRegularExpression pattern(QStringLiteral("^step (\\d+)  loss (\\S+)  \"(\\w+)\"$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = pattern.match(lines[i]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
        const QJsonObject expected = steps.at(i).toObject();
        QCOMPARE(match.captured(1).toInt(), expected.value(QStringLiteral("step")).toInt());
        QVERIFY(std::abs(match.captured(2).toDouble() - expected.value(QStringLiteral("loss")).toDouble()) <= 1e-5);
        QCOMPARE(match.captured(3), expected.value(QStringLiteral("predictions")).toArray().at(0).toString());
    }
    QCOMPARE(lines.last(), QStringLiteral("step 10  loss 0.50120312  \"ello\""));
}

void TestCli::traceAndSave()
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("t.json"));
    const QString saved = dir.filePath(QStringLiteral("s.json"));
    const QString config = rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json"));
    Run r = run({QStringLiteral("train"), config, QStringLiteral("--steps"), QStringLiteral("5"),
                 QStringLiteral("--trace"), trace, QStringLiteral("--save"), saved, QStringLiteral("--quiet")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.count(u'\n'), 1); // --quiet: the last step only
    const QJsonObject t = rnnlab::test::readJsonObject(trace);
    for (const char *key : {"vocabulary", "initial_weights", "initial_gradients", "initial_hidden_states",
                            "initial_logits", "steps", "final_weights"})
        QVERIFY2(t.contains(QLatin1String(key)), key);
    QCOMPARE(t.value(QStringLiteral("steps")).toArray().size(), 5);
    // [text][layer][t][H]: two texts, two layers, "hello" has 4 steps of 8 units.
    const QJsonArray hidden = t.value(QStringLiteral("initial_hidden_states")).toArray();
    QCOMPARE(hidden.size(), 2);
    QCOMPARE(hidden.at(0).toArray().size(), 2);
    QCOMPARE(hidden.at(0).toArray().at(1).toArray().size(), 4);
    QCOMPARE(hidden.at(0).toArray().at(1).toArray().at(0).toArray().size(), 8);

    // Training the saved session 0 steps traces the weights it was saved with, bit for bit.
    const QString trace2 = dir.filePath(QStringLiteral("t2.json"));
    r = run({QStringLiteral("train"), saved, QStringLiteral("--steps"), QStringLiteral("0"), QStringLiteral("--trace"),
             trace2});
    QCOMPARE(r.status, 0);
    const QJsonObject t2 = rnnlab::test::readJsonObject(trace2);
    QCOMPARE(t2.value(QStringLiteral("initial_weights")), t.value(QStringLiteral("final_weights")));

    // The saved session carries Adam's state: 15 more steps are the uninterrupted run's steps
    // 6-20, to the printed digit (%.9g of float32: the same bits).
    const Run resumed = run({QStringLiteral("train"), saved, QStringLiteral("--steps"), QStringLiteral("15")});
    const Run straight = run({QStringLiteral("train"), config, QStringLiteral("--steps"), QStringLiteral("20")});
    QCOMPARE(resumed.status, 0);
    QCOMPARE(resumed.out.split(u'\n', Qt::SkipEmptyParts), straight.out.split(u'\n', Qt::SkipEmptyParts).mid(5));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("/nonexistent/session.json");
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << "is not a command";
    QTest::newRow("no session") << QStringList{QStringLiteral("train")} << "give a session file";
    QTest::newRow("missing file") << QStringList{QStringLiteral("train"), missing} << "cannot open";
    QTest::newRow("two sessions") << QStringList{QStringLiteral("train"), missing, missing} << "give one session file";
    QTest::newRow("session and text") << QStringList{QStringLiteral("train"), missing, QStringLiteral("--text"),
                                                     QStringLiteral("hi")}
                                      << "not both";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("train"), QStringLiteral("--text"),
                                                   QStringLiteral("hi"), QStringLiteral("--speed")}
                                    << "Unknown option";
    QTest::newRow("empty text") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QString()}
                                << "is empty";
    QTest::newRow("one character") << QStringList{QStringLiteral("train"), QStringLiteral("--text"),
                                                  QStringLiteral("h")}
                                   << "only 1 character";
    QTest::newRow("steps not a number") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
        QStringLiteral("ten")} << "not a whole number";
    QTest::newRow("steps negative") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
        QStringLiteral("-3")} << "out of range";
    QTest::newRow("lr nan") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                           QStringLiteral("--lr"), QStringLiteral("nan")}
                            << "not a finite number";
    QTest::newRow("lr negative") << QStringList{QStringLiteral("train"), QStringLiteral("--text"),
                                                QStringLiteral("hello"), QStringLiteral("--lr"), QStringLiteral("-1")}
                                 << "learning_rate";
    QTest::newRow("hidden mismatch") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--hidden-size"),
        QStringLiteral("7")} << "or set model.output_layer to true";
    QTest::newRow("hidden absurd") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--hidden-size"),
        QStringLiteral("100000")} << "between 1 and 1024";
    QTest::newRow("cell unknown") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--cell"),
        QStringLiteral("cnn")} << "not a cell type";
    QTest::newRow("output layer maybe") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--output-layer"),
        QStringLiteral("maybe")} << "neither on nor off";
    QTest::newRow("clip zero") << QStringList{QStringLiteral("train"), QStringLiteral("--text"),
                                              QStringLiteral("hello"), QStringLiteral("--clip"), QStringLiteral("0")}
                               << "clip_grad_norm";
    QTest::newRow("generate prime unknown")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"),
                       QStringLiteral("--prime"), QStringLiteral("x")}
        << "--prime uses 'x'";
    QTest::newRow("generate temperature")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"),
                       QStringLiteral("--temperature"), QStringLiteral("0")}
        << "--temperature must be";
    QTest::newRow("hidden a billion") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--hidden-size"),
        QStringLiteral("1000000000")} << "between 1 and 1024";
    QTest::newRow("layers a million") << QStringList{
        QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--layers"),
        QStringLiteral("1000000")} << "between 1 and 8";
    QTest::newRow("soak steps zero") << QStringList{QStringLiteral("soak"), QStringLiteral("--steps"),
                                                    QStringLiteral("0")}
                                     << "out of range";
    QTest::newRow("bench seconds") << QStringList{QStringLiteral("bench"), QStringLiteral("--seconds"),
                                                  QStringLiteral("-1")}
                                   << "out of range";
    QTest::newRow("malformed session") << QStringList{QStringLiteral("check"), QFINDTESTDATA("tst_cli.cpp")}
                                       << "not valid JSON";
    QTest::newRow("export without a session") << QStringList{QStringLiteral("export-pytorch")} << "give a session file";
    QTest::newRow("export of a bad session")
        << QStringList{QStringLiteral("export-pytorch"), QFINDTESTDATA("tst_cli.cpp")} << "not valid JSON";
    QTest::newRow("import without a file") << QStringList{QStringLiteral("import-pytorch")} << "give one STATE.json";
    QTest::newRow("import of a session file")
        << QStringList{QStringLiteral("import-pytorch"),
                       rnnlab::test::dataFile(QStringLiteral("parity/seed_hello.config.json"))}
        << "save_state_dict_json";
    // Issue 15's bad input of a time series, each naming its field and what is allowed (the fuzz seeds).
    const auto seed = [](const char *name) {
        return rnnlab::test::dataFile(QStringLiteral("fuzz/seeds/forecast_bad_") + QLatin1String(name)
                                      + QStringLiteral(".json"));
    };
    for (const auto &[name, message] : {std::pair{"one_point", "data.series[0] has 1 point: a series needs at least 2"},
                                        {"ragged_rows", "data.series[0][1] has 1 values but data.series[0][0] has 2"},
                                        {"features_differ", "data.series[1] has 2 features but data.series[0] has 1"},
                                        {"text", "data.series[0][1] must be a number"},
                                        {"null", "data.series[0][1] must be a number"},
                                        {"1e39", "data.series[0][1]: 1e+39 is not a finite float32 number"},
                                        {"nan", "NaN and Infinity are not JSON numbers"},
                                        {"wide_300", "the limit is 256"},
                                        {"hidden_not_features", "3 does not match the number of features 1"},
                                        {"generator_period_0", "data.generator.series[0].period: 0 is not allowed"},
                                        {"generator_length_0", "data.generator.series[0].length: 0 is out of range"},
                                        {"texts", "data.texts is for the character tasks"},
                                        {"series_in_next_character", "data.series is for \"task\": \"forecast\""}})
        QTest::addRow("forecast: %s", name)
            << QStringList{QStringLiteral("train"), seed(name)} << QString::fromUtf8(message);
    QTest::newRow("new-forecast: period 0")
        << QStringList{QStringLiteral("new-forecast"), QStringLiteral("--period"), QStringLiteral("0"),
                       QStringLiteral("-o"), QStringLiteral("x.json")}
        << "--period: 0 is not allowed";
    // AT counts from 1 (the window's "at point"): 0 and past the length are no points of the series.
    QTest::newRow("new-forecast: anomaly at point 0")
        << QStringList{QStringLiteral("new-forecast"),   QStringLiteral("--length"), QStringLiteral("40"),
                       QStringLiteral("--test-anomaly"), QStringLiteral("spike:0"),  QStringLiteral("-o"),
                       QStringLiteral("x.json")}
        << "--test-anomaly spike:0: the point 0 is outside the series (1 … 40): AT counts from 1";
    QTest::newRow("new-forecast: anomaly past the end")
        << QStringList{QStringLiteral("new-forecast"), QStringLiteral("--length"), QStringLiteral("40"),
                       QStringLiteral("--anomaly"),    QStringLiteral("spike:41"), QStringLiteral("-o"),
                       QStringLiteral("x.json")}
        << "--anomaly spike:41: the point 41 is outside the series (1 … 40)";
    QTest::newRow("new-translate: no pairs")
        << QStringList{QStringLiteral("new-translate"), QStringLiteral("-o"), QStringLiteral("x.json")}
        << "give the file of pairs: --pairs FILE.tsv";
    QTest::newRow("new-translate: missing file")
        << QStringList{QStringLiteral("new-translate"), QStringLiteral("--pairs"), missing, QStringLiteral("-o"),
                       QStringLiteral("x.json")}
        << "/nonexistent/session.json";
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::divergenceIsRefused()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("s.json"));
    const Run r = run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("abcabcabcabcabcabc"),
                       QStringLiteral("--cell"), QStringLiteral("rnn_relu"), QStringLiteral("--optimizer"),
                       QStringLiteral("sgd"), QStringLiteral("--lr"), QStringLiteral("1e30"), QStringLiteral("--steps"),
                       QStringLiteral("50"), QStringLiteral("--hidden-size"), QStringLiteral("8"),
                       QStringLiteral("--output-layer"), QStringLiteral("on"), QStringLiteral("--save"), saved});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("was refused")) && r.err.contains(QStringLiteral("smaller learning rate")),
             qPrintable(r.err));
    // The last good weights are saved: finite, and the session loads.
    const Run check = run({QStringLiteral("check"), saved});
    QCOMPARE(check.status, 0);
}

void TestCli::classifierMatchesPyTorch()
{
    // Many-to-one: one class name per text per step, from the last time step's logits.
    const QString name = QStringLiteral("parity/classify_sentiment_gru");
    const Run r = run({QStringLiteral("train"), rnnlab::test::dataFile(name + QStringLiteral(".config.json"))});
    QCOMPARE(r.status, 0);
    const QJsonObject golden =
        rnnlab::test::readJsonObject(rnnlab::test::dataFile(name + QStringLiteral(".golden.json")));
    const QJsonArray steps = golden.value(QStringLiteral("steps")).toArray();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), steps.size());
    static const QRegularExpression pattern(QStringLiteral("^step (\\d+)  loss (\\S+)  (.*)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = pattern.match(lines[i]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
        const QJsonObject expected = steps.at(i).toObject();
        QVERIFY(std::abs(match.captured(2).toDouble() - expected.value(QStringLiteral("loss")).toDouble()) <= 1e-5);
        QStringList names;
        for (const QJsonValue &p : expected.value(QStringLiteral("predictions")).toArray())
            names << QLatin1Char('"') + p.toString() + QLatin1Char('"');
        QCOMPARE(match.captured(3), names.join(u' '));
    }
}

void TestCli::classifierFromTheCommandLine()
{
    const Run r =
        run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("good fun"), QStringLiteral("--label"),
             QStringLiteral("pos"), QStringLiteral("--text"), QStringLiteral("bad film"), QStringLiteral("--label"),
             QStringLiteral("neg"), QStringLiteral("--steps"), QStringLiteral("30")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("\"pos\" \"neg\"")), qPrintable(r.out));

    const Run shipped =
        run({QStringLiteral("check"), rnnlab::test::sourceFile(QStringLiteral("resources/examples/sentiment.json"))});
    QCOMPARE(shipped.status, 0);

    // A classifier saved with its history (class names, not strings of characters) opens again,
    // trains on and exports; its PyTorch script is many-to-one.
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("sentiment.rnnlab"));
    QCOMPARE(
        run({QStringLiteral("train"), rnnlab::test::sourceFile(QStringLiteral("resources/examples/sentiment.json")),
             QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--save"), saved,
             QStringLiteral("--quiet")})
            .status,
        0);
    const QJsonObject file = rnnlab::test::readJsonObject(saved);
    QCOMPARE(file.value(QStringLiteral("task")).toString(), QStringLiteral("classify"));
    const Run again = run({QStringLiteral("train"), saved, QStringLiteral("--steps"), QStringLiteral("1")});
    QVERIFY2(again.status == 0 && again.out.startsWith(QStringLiteral("step 4  loss ")), qPrintable(again.err));
    const Run exported = run({QStringLiteral("export-pytorch"), saved});
    QCOMPARE(exported.status, 0);
    QVERIFY(exported.out.contains(QStringLiteral("out = out[:, -1, :]")));

    const Run mismatch =
        run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("good fun"), QStringLiteral("--label"),
             QStringLiteral("pos"), QStringLiteral("--text"), QStringLiteral("bad")});
    QCOMPARE(mismatch.status, 2);
    QVERIFY2(mismatch.err.contains(QStringLiteral("one --label per --text")), qPrintable(mismatch.err));

    const Run generate = run(
        {QStringLiteral("generate"), rnnlab::test::sourceFile(QStringLiteral("resources/examples/sentiment.json"))});
    QCOMPARE(generate.status, 2);
    QVERIFY2(!generate.err.isEmpty(), "generate must say why a classifier does not generate");
}

void TestCli::generate()
{
    const Run r = run({QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"),
                       QStringLiteral("--steps"), QStringLiteral("100"), QStringLiteral("--prime"), QStringLiteral("h"),
                       QStringLiteral("--length"), QStringLiteral("4")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("hello"));
    const Run sampled =
        run({QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"),
             QStringLiteral("--temperature"), QStringLiteral("1.5"), QStringLiteral("--length"), QStringLiteral("30")});
    QCOMPARE(sampled.status, 0);
    QCOMPARE(sampled.out.trimmed().size(), 31);
    QVERIFY(QRegularExpression(QStringLiteral("^[helo]+$")).match(sampled.out.trimmed()).hasMatch());
}

void TestCli::generateMatchesPyTorch_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"rnn_tanh_lecture_hello", "rnn_tanh_untrained", "rnn_relu_l2_no_fc", "lstm_l2_unicode",
                             "gru_l3_text", "lstm_untrained_no_fc"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCli::generateMatchesPyTorch()
{
    // Issue 16, acceptance 2: greedy generation equals PyTorch's, which feeds the prime through
    // nn.RNN/LSTM/GRU, then each argmax, with its state carried (scripts/generate_golden.py; every
    // golden's top two logits are at least 1e-3 apart, so float rounding cannot flip a character).
    QFETCH(QString, name);
    const QString base = QStringLiteral("generate/") + name;
    const QJsonObject golden =
        rnnlab::test::readJsonObject(rnnlab::test::dataFile(base + QStringLiteral(".golden.json")));
    const Run r = run({QStringLiteral("generate"), rnnlab::test::dataFile(base + QStringLiteral(".config.json")),
                       QStringLiteral("--steps"), QString::number(golden.value(QStringLiteral("steps")).toInt()),
                       QStringLiteral("--prime"), golden.value(QStringLiteral("prime")).toString(),
                       QStringLiteral("--length"), QString::number(golden.value(QStringLiteral("length")).toInt())});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(r.out, golden.value(QStringLiteral("generated")).toString() + QLatin1Char('\n'));
}

void TestCli::forecast()
{
    // Issue 15 from the command line: a session from the generator, trained (a line per step with
    // the loss and the mean absolute error, --trace with the forecast's names), continued freely.
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("sine.json"));
    Run r = run({QStringLiteral("new-forecast"), QStringLiteral("--period"), QStringLiteral("12"),
                 QStringLiteral("--length"), QStringLiteral("40"), QStringLiteral("--test-anomaly"),
                 QStringLiteral("spike:21:1:2"), QStringLiteral("--hidden-size"), QStringLiteral("6"),
                 QStringLiteral("-o"), session});
    QCOMPARE(r.status, 0);
    const rnnlab::SessionParseResult parsed = rnnlab::SessionFile::read(session);
    QVERIFY(parsed.session);
    QCOMPARE(parsed.session->data.series.front().size(), std::size_t(40));
    // The spike of 2 at point 21, counted from 1 as the window's "at point" box and time axis count:
    // index 20, stored from 0 in the generator's record (each value rounded to float32).
    QCOMPARE(parsed.session->data.testSeriesGenerators.front().anomaly->at, std::int64_t(20));
    QVERIFY(std::abs(parsed.session->data.testSeries.front()[20][0] - parsed.session->data.series.front()[20][0] - 2.0)
            < 1e-6);
    QVERIFY(parsed.session->model.outputLayer);
    const QString trace = dir.filePath(QStringLiteral("trace.json"));
    r = run({QStringLiteral("train"), session, QStringLiteral("--steps"), QStringLiteral("3"),
             QStringLiteral("--trace"), trace});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^step 3  loss [0-9.e-]+  mae [0-9.e-]+$")).match(lines.last()).hasMatch(),
        qPrintable(lines.last()));
    const QJsonObject json = rnnlab::test::readJsonObject(trace);
    for (const char *key : {"initial_weights", "initial_gradients", "initial_hidden_states", "initial_cell_states",
                            "initial_outputs", "steps", "final_weights"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(!json.contains(QStringLiteral("vocabulary")));
    const QJsonArray predictions =
        json.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("predictions")).toArray();
    QCOMPARE(predictions.size(), 1); // [series][t][D]
    QCOMPARE(predictions.at(0).toArray().size(), 39);
    QCOMPARE(predictions.at(0).toArray().at(0).toArray().size(), 1);
    r = run({QStringLiteral("generate"), session, QStringLiteral("--length"), QStringLiteral("5")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed().split(u'\n').size(), 5);
    bool number = false;
    r.out.trimmed().split(u'\n').first().toDouble(&number);
    QVERIFY(number);
    r = run({QStringLiteral("check"), session});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1 series of 1 feature, 39 time steps")), qPrintable(r.out));
    // The shipped example: a sine, and the same sine with a spike as its test series.
    const rnnlab::SessionParseResult example =
        rnnlab::SessionFile::read(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    QVERIFY(example.session);
    const auto &data = example.session->data;
    QCOMPARE(data.testSeriesGenerators.size(), std::size_t(1));
    QVERIFY(data.testSeriesGenerators.front().anomaly);
    const std::size_t at = std::size_t(data.testSeriesGenerators.front().anomaly->at);
    QVERIFY(std::abs(data.testSeries.front()[at][0] - data.series.front()[at][0] - 1.5) < 1e-6);
}

void TestCli::translate()
{
    // Issue 16 from the command line: the reversal example trained (a line per step with the loss
    // and each pair's greedy translation), its trace with the goldens' names, a word translated.
    const QString example = rnnlab::test::sourceFile(QStringLiteral("resources/examples/reverse-words.json"));
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("trace.json"));
    const QString saved = dir.filePath(QStringLiteral("trained.json"));
    Run r = run({QStringLiteral("train"), example, QStringLiteral("--trace"), trace, QStringLiteral("--save"), saved});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 300);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^step 1  loss [0-9.e-]+ ( \"[^\"]*\"){8}$")).match(lines.first()).hasMatch(),
        qPrintable(lines.first()));
    // After 300 steps every word comes out reversed (the greedy translation, <eos> reached).
    QVERIFY2(
        lines.last().endsWith(QStringLiteral("\"olleh\" \"dlrow\" \"bal\" \"nnr\" \"llec\" \"ssol\" \"drow\" \"ten\"")),
        qPrintable(lines.last()));
    const QJsonObject json = rnnlab::test::readJsonObject(trace);
    for (const char *key : {"source_vocabulary", "target_tokens", "initial_weights", "initial_gradients",
                            "initial_hidden_states", "initial_logits", "steps", "final_weights"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("target_tokens")).toArray().at(0).toString(), QStringLiteral("<sos>"));
    QCOMPARE(json.value(QStringLiteral("target_tokens")).toArray().at(1).toString(), QStringLiteral("<eos>"));
    const QJsonObject hidden = json.value(QStringLiteral("initial_hidden_states")).toObject();
    QCOMPARE(hidden.value(QStringLiteral("encoder")).toArray().size(), 8); // [pair][layer][t][H]
    QCOMPARE(hidden.value(QStringLiteral("encoder")).toArray().at(0).toArray().at(0).toArray().size(), 5);
    QCOMPARE(hidden.value(QStringLiteral("decoder")).toArray().at(0).toArray().at(0).toArray().size(), 6);
    const QJsonObject last = json.value(QStringLiteral("steps")).toArray().last().toObject();
    QCOMPARE(last.value(QStringLiteral("greedy")).toArray().at(0).toArray().last().toString(), QStringLiteral("<eos>"));
    QVERIFY(json.value(QStringLiteral("initial_weights")).toObject().contains(QStringLiteral("decoder.weight_hh_l0")));
    // The saved session translates with its trained weights.
    r = run({QStringLiteral("generate"), saved, QStringLiteral("--prime"), QStringLiteral("hello")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("hello\tolleh"));
    // A --prime outside the source vocabulary is refused, naming it.
    r = run({QStringLiteral("generate"), example, QStringLiteral("--prime"), QStringLiteral("hex")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--prime has 'x'")), qPrintable(r.err));
    // The commands that do not run a translation yet say so.
    // bench trains it as train does (Translator), and says what it measured.
    r = run({QStringLiteral("bench"), example, QStringLiteral("--seconds"), QStringLiteral("0.2"),
             QStringLiteral("--warmup"), QStringLiteral("0")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject bench = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(bench.value(QStringLiteral("target_tokens")).toInt(), 15); // <sos>, <eos>, 13 characters
    QCOMPARE(bench.value(QStringLiteral("time_steps")).toInt(), 70); // Σ n + m + 1 over the 8 pairs
    QVERIFY(bench.value(QStringLiteral("steps_per_s")).toDouble() > 0);
    for (const QString &command : {QStringLiteral("soak"), QStringLiteral("analyze")}) {
        r = run({command, example});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("does not run a translation session")), qPrintable(command + r.err));
    }
    // A bad pair: exit 2 with the field named.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "rnnlab-session", "version": 1, "task": "translate",
        "model": {"cell": "gru", "hidden_size": 4}, "data": {"pairs": ["hello olleh"]},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "seed": 1}})");
    file.close();
    r = run({QStringLiteral("train"), bad});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("data.pairs[0]")), qPrintable(r.err));
    r = run(
        {QStringLiteral("check"), rnnlab::test::sourceFile(QStringLiteral("resources/examples/number-words.json"))});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("15 pairs")), qPrintable(r.out));
}

void TestCli::newTranslate()
{
    // Issue 16: pairs typed one a line (source<Tab>target) make a session; CRLF, a byte-order mark
    // and empty lines are what editors write, and are read as the pairs they hold.
    QTemporaryDir dir;
    const QString tsv = dir.filePath(QStringLiteral("words.tsv"));
    QFile file(tsv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFhello\tolleh\r\nwörld\tdlröw\r\n\n日本\t本日\nla mer\tthe sea\n");
    file.close();
    const QString session = dir.filePath(QStringLiteral("words.json"));
    Run r = run({QStringLiteral("new-translate"),
                 QStringLiteral("--pairs"),
                 tsv,
                 QStringLiteral("--cell"),
                 QStringLiteral("lstm"),
                 QStringLiteral("--hidden-size"),
                 QStringLiteral("6"),
                 QStringLiteral("--layers"),
                 QStringLiteral("2"),
                 QStringLiteral("--optimizer"),
                 QStringLiteral("sgd"),
                 QStringLiteral("--lr"),
                 QStringLiteral("0.5"),
                 QStringLiteral("--momentum"),
                 QStringLiteral("0.9"),
                 QStringLiteral("--clip"),
                 QStringLiteral("1"),
                 QStringLiteral("--seed"),
                 QStringLiteral("7"),
                 QStringLiteral("--steps"),
                 QStringLiteral("40"),
                 QStringLiteral("-o"),
                 session});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // It says what it wrote: the file, how many pairs, the first one read back, what to do next.
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("wrote %1: 4 pairs (the first: hello → olleh); train it with "
                            "rnnlab-cli train %1")
                 .arg(session));
    const rnnlab::SessionParseResult parsed = rnnlab::SessionFile::read(session);
    QVERIFY(parsed.session);
    const rnnlab::Session &s = *parsed.session;
    QVERIFY(s.data.task == rnnlab::TaskKind::Translate);
    const std::vector<std::pair<std::u32string, std::u32string>> pairs = {
        {U"hello", U"olleh"}, {U"wörld", U"dlröw"}, {U"日本", U"本日"}, {U"la mer", U"the sea"}};
    QVERIFY(s.data.pairs == pairs);
    QVERIFY(s.model.cell == rnnlab::CellKind::Lstm);
    QCOMPARE(s.model.hiddenSize, 6);
    QCOMPARE(s.model.numLayers, 2);
    QVERIFY(s.model.outputLayer);
    QVERIFY(s.training.optimizer == rnnlab::OptimizerKind::Sgd);
    QCOMPARE(s.training.learningRate, 0.5);
    QCOMPARE(s.training.momentum, 0.9);
    QCOMPARE(s.training.clipGradNorm.value_or(0.0), 1.0);
    QCOMPARE(s.training.seed, std::int64_t(7));
    QCOMPARE(s.training.steps, std::int64_t(40));
    QVERIFY(!s.weights);
    // It trains as a translation, and is not written over without --force.
    r = run({QStringLiteral("train"), session, QStringLiteral("--steps"), QStringLiteral("2")});
    QCOMPARE(r.status, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^step 2  loss [0-9.e-]+  grad_norm [0-9.e-]+ ( \"[^\"]*\"){4}$"))
                 .match(r.out.trimmed().split(u'\n').last())
                 .hasMatch(),
             qPrintable(r.out));
    r = run({QStringLiteral("new-translate"), QStringLiteral("--pairs"), tsv, QStringLiteral("-o"), session});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    // The defaults: the shipped examples' GRU with 24 units, Adam at 0.02, seed 1, 300 steps.
    r = run({QStringLiteral("new-translate"), QStringLiteral("--pairs"), tsv, QStringLiteral("-o"), session,
             QStringLiteral("--force")});
    QCOMPARE(r.status, 0);
    const rnnlab::SessionParseResult defaults = rnnlab::SessionFile::read(session);
    QVERIFY(defaults.session);
    QVERIFY(defaults.session->model.cell == rnnlab::CellKind::Gru);
    QCOMPARE(defaults.session->model.hiddenSize, 24);
    QCOMPARE(defaults.session->training.learningRate, 0.02);
    QCOMPARE(defaults.session->training.steps, std::int64_t(300));
    QVERIFY(!defaults.session->data.sourceVocabulary);
}

void TestCli::newTranslateBadInput_data()
{
    QTest::addColumn<QByteArray>("tsv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QStringList none;
    QTest::newRow("no tab") << QByteArray("ab\tba\nhello olleh\n") << none
                            << "line 2 has no tab between its source and its target: each line is one pair, "
                               "source<Tab>target";
    QTest::newRow("no target") << QByteArray("ab\tba\ncd\t\n") << none << "line 2 has no target after its tab";
    QTest::newRow("three fields") << QByteArray("ab\tba\tx\n") << none
                                  << "line 1 has 3 fields separated by tabs; each line is one pair";
    QTest::newRow("empty source") << QByteArray("\tba\n") << none << "line 1 has an empty source";
    QTest::newRow("sos in source") << QByteArray("ab\tba\na<sos>\tb\n") << none
                                   << "line 2 has \"<sos>\" in its source: <sos> and <eos> are the start and end "
                                      "tokens rnnlab adds";
    QTest::newRow("eos in target") << QByteArray("ab\tba<eos>\n") << none << "line 1 has \"<eos>\" in its target";
    QTest::newRow("not UTF-8") << QByteArray("ab\tb\xff\n") << none << "line 1 is not UTF-8";
    QTest::newRow("no pair") << QByteArray("\n\r\n") << none << "there is no pair";
    QTest::newRow("every bad line named") << QByteArray("a\nb\nc\td\ne\n") << none << "line 4 has no tab";
    QTest::newRow("sos in vocabulary") << QByteArray("ab\tba\n")
                                       << QStringList{QStringLiteral("--target-vocabulary"), QStringLiteral("ab<sos>")}
                                       << "--target-vocabulary contains \"<sos>\"";
    QTest::newRow("vocabulary lacks a character")
        << QByteArray("ab\tba\n") << QStringList{QStringLiteral("--source-vocabulary"), QStringLiteral("a")}
        << "--source-vocabulary lacks 'b'";
    QTest::newRow("bad cell") << QByteArray("ab\tba\n") << QStringList{QStringLiteral("--cell"), QStringLiteral("cnn")}
                              << "--cell: \"cnn\" is not a cell type";
    QTest::newRow("no output layer") << QByteArray("ab\tba\n")
                                     << QStringList{QStringLiteral("--output-layer"), QStringLiteral("off")}
                                     << "output_layer";
}

void TestCli::newTranslateBadInput()
{
    // Every bad pair file or option: exit 2, nothing written, a message naming the line or option
    // and what is allowed.
    QFETCH(QByteArray, tsv);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pairs.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tsv);
    file.close();
    const QString out = dir.filePath(QStringLiteral("s.json"));
    const Run r =
        run(QStringList{QStringLiteral("new-translate"), QStringLiteral("--pairs"), path, QStringLiteral("-o"), out}
            + options);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::bench()
{
    const Run r = run({QStringLiteral("bench"), QStringLiteral("--seconds"), QStringLiteral("0.2"),
                       QStringLiteral("--warmup"), QStringLiteral("0.05")});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(o.value(QStringLiteral("steps_per_s")).toDouble() > 0);
    QVERIFY(o.value(QStringLiteral("ms_per_step")).toDouble() > 0);
    QCOMPARE(o.value(QStringLiteral("hidden_size")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("session")).toString(), QStringLiteral("lecture_hello"));
}

void TestCli::soak()
{
    // A short soak of the lecture's example: memory is sampled, nothing grows, nothing is NaN.
    const Run r = run({QStringLiteral("soak"), QStringLiteral("--steps"), QStringLiteral("20000"),
                       QStringLiteral("--samples"), QStringLiteral("10")});
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.err.count(QStringLiteral(" rss ")), 11); // the warm-up sample and 10 more
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("steps")).toInt(), 20000);
    QCOMPARE(o.value(QStringLiteral("warmup_steps")).toInt(), 1000);
    QVERIFY(o.value(QStringLiteral("rss_after_warmup_mib")).toDouble() > 1.0); // a real process, really measured
    QVERIFY(o.value(QStringLiteral("rss_peak_growth_kib")).toDouble() <= 1024.0);
    QCOMPARE(o.value(QStringLiteral("non_finite_losses")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("memory_flat")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("finite")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("ms_per_step_median")).toDouble() > 0.0);
    // It trained: the first step's loss is 1.1658 (lectureExampleMatchesPyTorch); "l" is followed by
    // "l" once and by "o" once, so the loss levels off near 0.35, not at 0.
    const double loss = o.value(QStringLiteral("last_loss")).toDouble(-1.0);
    QVERIFY2(loss > 0.0 && loss < 0.5, qPrintable(QString::number(loss)));
}

void TestCli::soakSeesDivergence()
{
    // The soak's own check must be able to fail: a run that diverges exits with status 1.
    const Run r =
        run({QStringLiteral("soak"), QStringLiteral("--quiet"), QStringLiteral("--text"),
             QStringLiteral("abcabcabcabcabcabc"), QStringLiteral("--cell"), QStringLiteral("rnn_relu"),
             QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--lr"), QStringLiteral("1e30"),
             QStringLiteral("--hidden-size"), QStringLiteral("8"), QStringLiteral("--output-layer"),
             QStringLiteral("on"), QStringLiteral("--steps"), QStringLiteral("200")});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.isEmpty()); // --quiet: no samples
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("refused_steps")).toInt() > 0);
    QCOMPARE(o.value(QStringLiteral("finite")).toBool(), false);
}

void TestCli::check()
{
    const Run r =
        run({QStringLiteral("check"), rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json"))});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("hidden size 8, 2 layers, with an output layer")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("\"helop\"")));
}

void TestCli::helpAndVersion()
{
    Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("rnnlab-cli ")));
    for (const char *command : {"train", "generate", "bench", "check", "compare"}) {
        r = run({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("rnnlab-cli ") + QLatin1String(command)), qPrintable(r.out));
    }
}

void TestCli::compareMatchesTrain_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("steps");
    QTest::newRow("1 vs 2 layers on hello, 30 steps") << QStringLiteral("layers") << 30;
    QTest::newRow("rnn vs lstm vs gru, 200 steps") << QStringLiteral("cells") << 200;
}

void TestCli::compareMatchesTrain()
{
    // Every number of `compare` but the timings is what `train` prints for the same session.
    QFETCH(QString, preset);
    QFETCH(int, steps);
    QTemporaryDir dir;
    const auto sessions = rnnlab::comparePreset(preset.toStdString())->sessions;
    QStringList paths;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        paths << writeSession(dir, QStringLiteral("m%1.json").arg(i), sessions[i]);
    const Run r = run(QStringList{QStringLiteral("compare")} + paths
                      + QStringList{QStringLiteral("--steps"), QString::number(steps)});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<QStringList> rows = tableRows(r.out);
    QCOMPARE(rows.size(), qsizetype(sessions.size()) + 1);
    QCOMPARE(rows[0],
             (QStringList{QStringLiteral("model"), QStringLiteral("parameters"), QStringLiteral("step"),
                          QStringLiteral("loss"), QStringLiteral("all right at step"), QStringLiteral("time per step"),
                          QStringLiteral("steps/s")}));
    const QString target = QString::fromStdU32String(sessions.front().data.texts.front()).mid(1);
    static const QRegularExpression stepLine(QStringLiteral("^step (\\d+)  loss (\\S+)  \"(.*)\"$"));
    static const QRegularExpression parameters(QStringLiteral("; (\\d+) parameters"));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QStringList &row = rows[i + 1];
        QCOMPARE(row.size(), 7);
        QVERIFY2(row[0].startsWith(QString(QChar(char16_t(u'A' + i)))), qPrintable(row[0]));
        const Run train = run({QStringLiteral("train"), paths[i], QStringLiteral("--steps"), QString::number(steps)});
        QCOMPARE(train.status, 0);
        QString loss;
        QString firstAllRight = QStringLiteral("-");
        for (const QString &line : train.out.split(u'\n', Qt::SkipEmptyParts)) {
            const auto match = stepLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            loss = match.captured(2);
            if (firstAllRight == u"-" && match.captured(3) == target)
                firstAllRight = match.captured(1);
        }
        QCOMPARE(row[2], QString::number(steps));
        QCOMPARE(row[3], loss); // the same digits, so the same float32
        QCOMPARE(row[4], firstAllRight);
        const Run check = run({QStringLiteral("check"), paths[i]});
        QCOMPARE(row[1], parameters.match(check.out).captured(1));
        QVERIFY(row[5].endsWith(QStringLiteral("s")));
        QVERIFY(row[6].toDouble() > 0);
    }
    // The presets by name give the same numbers (their default step counts aside).
    const Run byName = run({QStringLiteral("compare"), QStringLiteral("--preset"), preset, QStringLiteral("--steps"),
                            QString::number(steps)});
    QCOMPARE(byName.status, 0);
    const QList<QStringList> named = tableRows(byName.out);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(named[i].mid(0, 5), rows[i].mid(0, 5));
}

void TestCli::compareBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString hello = QStringLiteral("@hello");
    const QString hallo = QStringLiteral("@hallo");
    const QString two = QStringLiteral("@two");
    const QString sgd = QStringLiteral("@sgd");
    const QString longer = QStringLiteral("@longer");
    QTest::newRow("one session") << QStringList{hello} << "give two or three session files to compare, not 1";
    QTest::newRow("four sessions") << QStringList{hello, two, hello, two} << "not 4";
    QTest::newRow("different texts") << QStringList{
        hello,
        hallo} << "data.texts differs between the compared sessions (hello.json \"hello\", hallo.json \"hallo\")";
    QTest::newRow("different optimizer") << QStringList{hello, two, sgd} << "training.optimizer differs";
    QTest::newRow("different steps") << QStringList{
        hello, longer} << "training.steps differs between the sessions (hello.json 10, longer.json 99): give";
    QTest::newRow("missing file") << QStringList{hello, QStringLiteral("/nonexistent/s.json")} << "cannot open";
    QTest::newRow("steps negative") << QStringList{hello, two, QStringLiteral("--steps"), QStringLiteral("-1")}
                                    << "out of range";
    QTest::newRow("preset unknown") << QStringList{QStringLiteral("--preset"), QStringLiteral("depth")}
                                    << "is not a preset";
    QTest::newRow("preset and files") << QStringList{QStringLiteral("--preset"), QStringLiteral("layers"), hello, two}
                                      << "not both";
    QTest::newRow("preset, bad steps") << QStringList{QStringLiteral("--preset"), QStringLiteral("layers"),
                                                      QStringLiteral("--steps"), QStringLiteral("x")}
                                       << "not a whole number";
}

void TestCli::compareBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    rnnlab::Session hallo = rnnlab::lectureExample();
    hallo.data.texts = {U"hallo"};
    rnnlab::Session two = rnnlab::lectureExample();
    two.model.numLayers = 2;
    rnnlab::Session sgd = rnnlab::lectureExample();
    sgd.training.optimizer = rnnlab::OptimizerKind::Sgd;
    rnnlab::Session longer = rnnlab::lectureExample();
    longer.training.steps = 99;
    const std::map<QString, rnnlab::Session> files{{QStringLiteral("hello"), rnnlab::lectureExample()},
                                                   {QStringLiteral("hallo"), hallo},
                                                   {QStringLiteral("two"), two},
                                                   {QStringLiteral("sgd"), sgd},
                                                   {QStringLiteral("longer"), longer}};
    QStringList resolved{QStringLiteral("compare")};
    for (const QString &argument : arguments) {
        if (argument.startsWith(u'@'))
            resolved << writeSession(dir, argument.mid(1) + QStringLiteral(".json"), files.at(argument.mid(1)));
        else
            resolved << argument;
    }
    const Run r = run(resolved);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestCli::compareDivergence()
{
    QTemporaryDir dir;
    rnnlab::Session calm = rnnlab::lectureExample();
    calm.data.texts = {U"abcabcabcabcabcabc"};
    calm.model = rnnlab::ModelConfig{rnnlab::CellKind::RnnRelu, 8, 2, true};
    calm.training.optimizer = rnnlab::OptimizerKind::Sgd;
    calm.training.learningRate = 1e30;
    rnnlab::Session other = calm;
    other.model.numLayers = 1;
    const Run r =
        run({QStringLiteral("compare"), writeSession(dir, QStringLiteral("a.json"), calm),
             writeSession(dir, QStringLiteral("b.json"), other), QStringLiteral("--steps"), QStringLiteral("50")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("A: ")) && r.err.contains(QStringLiteral("smaller learning rate")),
             qPrintable(r.err));
    QCOMPARE(tableRows(r.out).size(), 3); // the table still says where each model stopped
}

void TestCli::saveCarriesTheHistory()
{
    // train --save writes the loss history; training the saved file on keeps it and adds its own
    // steps, as if the run had never stopped.
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.rnnlab"));
    const QString second = dir.filePath(QStringLiteral("b.rnnlab"));
    const QString straight = dir.filePath(QStringLiteral("c.rnnlab"));
    QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
                  QStringLiteral("3"), QStringLiteral("--save"), first})
                 .status,
             0);
    QCOMPARE(run({QStringLiteral("train"), first, QStringLiteral("--steps"), QStringLiteral("4"),
                  QStringLiteral("--save"), second, QStringLiteral("--quiet")})
                 .status,
             0);
    QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
                  QStringLiteral("7"), QStringLiteral("--save"), straight})
                 .status,
             0);
    const QJsonObject resumed = rnnlab::test::readJsonObject(second);
    const QJsonObject uninterrupted = rnnlab::test::readJsonObject(straight);
    QCOMPARE(resumed.value(QStringLiteral("version")).toInt(), 2);
    const QJsonObject history = resumed.value(QStringLiteral("history")).toObject();
    QCOMPARE(history.value(QStringLiteral("steps")).toArray(), (QJsonArray{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(history, uninterrupted.value(QStringLiteral("history")).toObject());
}

void TestCli::pytorchCommands()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("s.rnnlab"));
    const QString script = dir.filePath(QStringLiteral("train.py"));
    QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
                  QStringLiteral("2"), QStringLiteral("--save"), session})
                 .status,
             0);
    Run r = run({QStringLiteral("export-pytorch"), session, QStringLiteral("-o"), script});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.contains(QStringLiteral("continues from step 3")), qPrintable(r.err));
    QFile file(script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("torch.nn.RNN(V, H, num_layers=L, nonlinearity=\"tanh\", batch_first=True)"));
    QVERIFY(file.permissions() & QFileDevice::ExeOwner);
    // Standard output without -o; a folder that is not there: exit 1, with the file named.
    r = run({QStringLiteral("export-pytorch"), QStringLiteral("--text"), QStringLiteral("abcab")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("#!/usr/bin/env python3")));
    r = run({QStringLiteral("export-pytorch"), session, QStringLiteral("-o"),
             dir.filePath(QStringLiteral("no/such/x.py"))});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write")), qPrintable(r.err));

    // import-pytorch never replaces a file unless told to.
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QFile out(state);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"format": "rnnlab-pytorch-state", "version": 1, "cell": "rnn_tanh", "vocabulary": "ab",
                 "texts": ["abab"], "state_dict": {"rnn.weight_ih_l0": [[0.5, -0.5], [0.25, 0]],
                 "rnn.weight_hh_l0": [[0.1, 0.2], [0.3, 0.4]], "rnn.bias_ih_l0": [0, 0], "rnn.bias_hh_l0": [0.5, 0]}})");
    out.close();
    r = run({QStringLiteral("import-pytorch"), state});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.contains(QStringLiteral("no optimizer was saved")), qPrintable(r.err));
    const QString imported = dir.filePath(QStringLiteral("state.rnnlab"));
    QVERIFY(QFileInfo::exists(imported));
    r = run({QStringLiteral("import-pytorch"), state});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("import-pytorch"), state, QStringLiteral("--force")}).status, 0);
    r = run({QStringLiteral("train"), imported, QStringLiteral("--steps"), QStringLiteral("1")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("step 1  loss ")));
}

void TestCli::saveFailureKeepsThePreviousFile()
{
    // A save that cannot be written (here: into /proc, where no one, not even root, can create
    // files) fails with exit 1 and a message naming the file. Full disks and read-only folders,
    // with a previous file that must stay intact: tests/save-failures.sh.
    const Run r =
        run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
             QStringLiteral("2"), QStringLiteral("--save"), QStringLiteral("/proc/rnnlab-test.rnnlab")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write /proc/rnnlab-test.rnnlab")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/rnnlab-test.rnnlab")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
