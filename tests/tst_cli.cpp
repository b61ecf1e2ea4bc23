// SPDX-License-Identifier: MIT
// rnnlab-cli as a user runs it: the lecture's example prints PyTorch's predictions and losses;
// --trace and --save write what they promise; every bad input exits with status 2 and a message
// that says what is wrong; generate, bench and check work.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.start(QStringLiteral(RNNLAB_CLI), arguments);
        Run result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
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
    void bench();
    void soak();
    void soakSeesDivergence();
    void check();
    void helpAndVersion();
};

void TestCli::lectureExampleMatchesPyTorch()
{
    const Run r = run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello")});
    QCOMPARE(r.status, 0);
    const QJsonObject golden = rnnlab::test::readJsonObject(QFINDTESTDATA("data/parity/seed_hello.golden.json"));
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
    const QString config = QFINDTESTDATA("data/parity/rnn_tanh_fc_h8_l2.config.json");
    Run r = run({QStringLiteral("train"), config, QStringLiteral("--steps"), QStringLiteral("5"), QStringLiteral("--trace"),
                 trace, QStringLiteral("--save"), saved, QStringLiteral("--quiet")});
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
    r = run({QStringLiteral("train"), saved, QStringLiteral("--steps"), QStringLiteral("0"), QStringLiteral("--trace"), trace2});
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
    QTest::newRow("session and text") << QStringList{QStringLiteral("train"), missing, QStringLiteral("--text"), QStringLiteral("hi")}
                                      << "not both";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hi"),
                                                   QStringLiteral("--speed")}
                                    << "Unknown option";
    QTest::newRow("empty text") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QString()} << "is empty";
    QTest::newRow("one character") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("h")}
                                   << "only 1 character";
    QTest::newRow("steps not a number") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                       QStringLiteral("--steps"), QStringLiteral("ten")}
                                        << "not a whole number";
    QTest::newRow("steps negative") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                   QStringLiteral("--steps"), QStringLiteral("-3")}
                                    << "out of range";
    QTest::newRow("lr nan") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                           QStringLiteral("--lr"), QStringLiteral("nan")}
                            << "not a finite number";
    QTest::newRow("lr negative") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                QStringLiteral("--lr"), QStringLiteral("-1")}
                                 << "learning_rate";
    QTest::newRow("hidden mismatch") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                    QStringLiteral("--hidden-size"), QStringLiteral("7")}
                                     << "or set model.output_layer to true";
    QTest::newRow("hidden absurd") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                  QStringLiteral("--hidden-size"), QStringLiteral("100000")}
                                   << "between 1 and 1024";
    QTest::newRow("cell unknown") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                 QStringLiteral("--cell"), QStringLiteral("cnn")}
                                  << "not a cell type";
    QTest::newRow("output layer maybe") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                       QStringLiteral("--output-layer"), QStringLiteral("maybe")}
                                        << "neither on nor off";
    QTest::newRow("clip zero") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                              QStringLiteral("--clip"), QStringLiteral("0")}
                               << "clip_grad_norm";
    QTest::newRow("generate prime unknown") << QStringList{QStringLiteral("generate"), QStringLiteral("--text"),
                                                           QStringLiteral("hello"), QStringLiteral("--prime"), QStringLiteral("x")}
                                            << "--prime uses 'x'";
    QTest::newRow("generate temperature") << QStringList{QStringLiteral("generate"), QStringLiteral("--text"),
                                                         QStringLiteral("hello"), QStringLiteral("--temperature"), QStringLiteral("0")}
                                          << "--temperature must be";
    QTest::newRow("hidden a billion") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                     QStringLiteral("--hidden-size"), QStringLiteral("1000000000")}
                                      << "between 1 and 1024";
    QTest::newRow("layers a million") << QStringList{QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"),
                                                     QStringLiteral("--layers"), QStringLiteral("1000000")}
                                      << "between 1 and 8";
    QTest::newRow("soak steps zero") << QStringList{QStringLiteral("soak"), QStringLiteral("--steps"), QStringLiteral("0")}
                                     << "out of range";
    QTest::newRow("bench seconds") << QStringList{QStringLiteral("bench"), QStringLiteral("--seconds"), QStringLiteral("-1")}
                                   << "out of range";
    QTest::newRow("malformed session") << QStringList{QStringLiteral("check"), QFINDTESTDATA("tst_cli.cpp")} << "not valid JSON";
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
    const QString name = QStringLiteral("data/parity/classify_sentiment_gru");
    const Run r = run({QStringLiteral("train"), QFINDTESTDATA(name + QStringLiteral(".config.json"))});
    QCOMPARE(r.status, 0);
    const QJsonObject golden = rnnlab::test::readJsonObject(QFINDTESTDATA(name + QStringLiteral(".golden.json")));
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
    const Run r = run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("good fun"), QStringLiteral("--label"),
                       QStringLiteral("pos"), QStringLiteral("--text"), QStringLiteral("bad film"), QStringLiteral("--label"),
                       QStringLiteral("neg"), QStringLiteral("--steps"), QStringLiteral("30")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("\"pos\" \"neg\"")), qPrintable(r.out));

    const Run shipped = run({QStringLiteral("check"), QFINDTESTDATA("../resources/examples/sentiment.json")});
    QCOMPARE(shipped.status, 0);

    const Run mismatch = run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("good fun"),
                              QStringLiteral("--label"), QStringLiteral("pos"), QStringLiteral("--text"),
                              QStringLiteral("bad")});
    QCOMPARE(mismatch.status, 2);
    QVERIFY2(mismatch.err.contains(QStringLiteral("one --label per --text")), qPrintable(mismatch.err));

    const Run generate = run({QStringLiteral("generate"), QFINDTESTDATA("../resources/examples/sentiment.json")});
    QCOMPARE(generate.status, 2);
    QVERIFY2(!generate.err.isEmpty(), "generate must say why a classifier does not generate");
}

void TestCli::generate()
{
    const Run r = run({QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
                       QStringLiteral("100"), QStringLiteral("--prime"), QStringLiteral("h"), QStringLiteral("--length"),
                       QStringLiteral("4")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("hello"));
    const Run sampled = run({QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"),
                             QStringLiteral("--temperature"), QStringLiteral("1.5"), QStringLiteral("--length"),
                             QStringLiteral("30")});
    QCOMPARE(sampled.status, 0);
    QCOMPARE(sampled.out.trimmed().size(), 31);
    QVERIFY(QRegularExpression(QStringLiteral("^[helo]+$")).match(sampled.out.trimmed()).hasMatch());
}

void TestCli::bench()
{
    const Run r = run({QStringLiteral("bench"), QStringLiteral("--seconds"), QStringLiteral("0.2"), QStringLiteral("--warmup"),
                       QStringLiteral("0.05")});
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
    const Run r = run({QStringLiteral("soak"), QStringLiteral("--steps"), QStringLiteral("20000"), QStringLiteral("--samples"),
                       QStringLiteral("10")});
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
    const Run r = run({QStringLiteral("soak"), QStringLiteral("--quiet"), QStringLiteral("--text"),
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
    const Run r = run({QStringLiteral("check"), QFINDTESTDATA("data/parity/rnn_tanh_fc_h8_l2.config.json")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("hidden size 8, 2 layers, with an output layer")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("\"helop\"")));
}

void TestCli::helpAndVersion()
{
    Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("rnnlab-cli ")));
    for (const char *command : {"train", "generate", "bench", "check"}) {
        r = run({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("rnnlab-cli ") + QLatin1String(command)), qPrintable(r.out));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
