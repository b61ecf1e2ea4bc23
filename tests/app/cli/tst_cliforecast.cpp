// SPDX-License-Identifier: MIT
// The time-series task from the command line as a teacher walks through it (new-forecast, train,
// generate): the help shows a workflow that works, generate says when a file's weights were never
// trained, every refusal names the option and the value typed, --series counts as the window does.
// Not the numbers themselves (tst_cli's forecast(), the forecast goldens).
#include "tests/support/boundedrun.h"
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestCliForecast : public QObject
{
    Q_OBJECT

private:
    using Run = rnnlab::test::BoundedRun;
    static Run run(const QStringList &arguments, int timeoutMs = 60000)
    {
        return Run::run(QStringLiteral(RNNLAB_CLI), arguments, timeoutMs);
    }
    //! resources/examples/sine-spike.json: one training series and one test series, no weights.
    static QString example() { return rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")); }

private slots:
    void helpShowsTheWorkflow();
    void untrainedWeightsAreNamed();
    void refusals_data();
    void refusals();
    void seriesCountsFromOne();
};

void TestCliForecast::helpShowsTheWorkflow()
{
    // train changes its file only with --save: an example without it leads to untrained weights.
    Run r = run({QStringLiteral("new-forecast"), QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("rnnlab-cli train sine.json --steps 200 --save sine.json")),
             qPrintable(r.out));
    // generate's help speaks of all three tasks, not of characters alone.
    r = run({QStringLiteral("generate"), QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    const QString help = r.out.simplified(); // the options' help is wrapped to the terminal
    for (const char *words : {"text (next character)", "time series (forecast)", "translation (translate)",
                              "the points to predict", "counted from 1"})
        QVERIFY2(help.contains(QLatin1String(words)), words);
    QVERIFY2(!r.out.contains(QStringLiteral("Characters (a forecast: points)")), qPrintable(r.out));
    // --save names the kind of file its examples write.
    r = run({QStringLiteral("train"), QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("--save <OUT.json>")), qPrintable(r.out));
}

void TestCliForecast::untrainedWeightsAreNamed()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("sine.json"));
    // new-forecast says what it wrote.
    Run r = run({QStringLiteral("new-forecast"), QStringLiteral("--length"), QStringLiteral("30"),
                 QStringLiteral("--test-anomaly"), QStringLiteral("spike:20:1:2"), QStringLiteral("--hidden-size"),
                 QStringLiteral("4"), QStringLiteral("-o"), session});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out,
             QStringLiteral("wrote %1: wave sine, 30 points, and a test series with spike:20:1:2\n").arg(session));
    r = run({QStringLiteral("new-forecast"), QStringLiteral("--wave"), QStringLiteral("square"), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("square.json"))});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("wave square, 100 points, no test series")), qPrintable(r.out));

    // Freshly written: generate works, and says on one line of stderr why its forecast is flat.
    r = run({QStringLiteral("generate"), session, QStringLiteral("--length"), QStringLiteral("3")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed().split(u'\n').size(), 3);
    QCOMPARE(r.err,
             QStringLiteral("rnnlab-cli: note: %1 holds untrained weights (step 0): train it with rnnlab-cli "
                            "train %1 --save %1 first, or give --steps N\n")
                 .arg(session));
    // Trained there and then: no note.
    r = run({QStringLiteral("generate"), session, QStringLiteral("--steps"), QStringLiteral("2"),
             QStringLiteral("--length"), QStringLiteral("3")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // train without --save leaves the file untrained; with it, the note goes.
    r = run({QStringLiteral("train"), session, QStringLiteral("--steps"), QStringLiteral("2")});
    QCOMPARE(r.status, 0);
    r = run({QStringLiteral("generate"), session, QStringLiteral("--length"), QStringLiteral("3")});
    QVERIFY2(r.err.contains(QStringLiteral("untrained weights (step 0)")), qPrintable(r.err));
    r = run({QStringLiteral("train"), session, QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--save"),
             session});
    QCOMPARE(r.status, 0);
    r = run({QStringLiteral("generate"), session, QStringLiteral("--length"), QStringLiteral("3")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    // A text session saved before its first step is untrained too.
    const QString text = dir.filePath(QStringLiteral("hello.json"));
    r = run({QStringLiteral("train"), QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--steps"),
             QStringLiteral("0"), QStringLiteral("--save"), text});
    QCOMPARE(r.status, 0);
    r = run({QStringLiteral("generate"), text, QStringLiteral("--prime"), QStringLiteral("h")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.contains(QStringLiteral("note: %1 holds untrained weights").arg(text)), qPrintable(r.err));
}

void TestCliForecast::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("x.json");
    const QString nf = QStringLiteral("new-forecast");
    // The option typed, not the session field it became (data.series[0], --at).
    QTest::newRow("length 1") << QStringList{nf, QStringLiteral("--length"), QStringLiteral("1"), QStringLiteral("-o"),
                                             out}
                              << "--length 1: a series needs at least 2 points";
    QTest::newRow("length 0") << QStringList{nf, QStringLiteral("--length"), QStringLiteral("0"), QStringLiteral("-o"),
                                             out}
                              << "--length 0: a series needs at least 2 points";
    QTest::newRow("test anomaly past the end")
        << QStringList{nf, QStringLiteral("--test-anomaly"), QStringLiteral("spike:500"), QStringLiteral("-o"), out}
        << "--test-anomaly spike:500: the point 500 is outside the series (1 … ";
    QTest::newRow("anomaly past the end") << QStringList{nf,
                                                         QStringLiteral("--length"),
                                                         QStringLiteral("50"),
                                                         QStringLiteral("--anomaly"),
                                                         QStringLiteral("flat:70:3"),
                                                         QStringLiteral("-o"),
                                                         out}
                                          << "--anomaly flat:70:3: the point 70 is outside the series (1 … 50)";
    QTest::newRow("anomaly length 0") << QStringList{
        nf, QStringLiteral("--test-anomaly"), QStringLiteral("spike:20:0"), QStringLiteral("-o"),
        out} << "--test-anomaly spike:20:0: 0 is not allowed: the anomaly lasts at least 1 point";
    QTest::newRow("test anomaly too large") << QStringList{nf, QStringLiteral("--test-anomaly"),
                                                           QStringLiteral("spike:20:1:1e31"), QStringLiteral("-o"), out}
                                            << "the test wave has a value of 1e+31";
    QTest::newRow("length past the limit with a test series")
        << QStringList{nf,
                       QStringLiteral("--length"),
                       QStringLiteral("600000"),
                       QStringLiteral("--test-anomaly"),
                       QStringLiteral("spike:3"),
                       QStringLiteral("-o"),
                       out}
        << "--length 600000 with --test-anomaly: the training and the test series have 1200000 points in all";
    // generate --length 0 printed nothing (a forecast) or the prime alone (a text), and succeeded.
    QTest::newRow("generate text length 0")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--text"), QStringLiteral("hello"),
                       QStringLiteral("--length"), QStringLiteral("0")}
        << "--length: 0 is out of range: it must be between 1 and";
    QTest::newRow("generate forecast length 0")
        << QStringList{QStringLiteral("generate"), example(), QStringLiteral("--length"), QStringLiteral("0")}
        << "--length: 0 is out of range: it must be between 1 and";
    // --series counts from 1, the test series after the training series (the window's --series).
    QTest::newRow("series 0") << QStringList{QStringLiteral("generate"), example(), QStringLiteral("--series"),
                                             QStringLiteral("0")}
                              << "--series 0: this session has 1 training and 1 test series (1 … 2";
    QTest::newRow("series 3") << QStringList{QStringLiteral("generate"), example(), QStringLiteral("--series"),
                                             QStringLiteral("3")}
                              << "--series 3: this session has 1 training and 1 test series (1 … 2";
}

void TestCliForecast::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    // new-forecast's -o x.json inside a fresh folder: a refusal writes nothing there.
    for (QString &argument : arguments)
        if (argument == u"x.json")
            argument = dir.filePath(argument);
    const Run r = run(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.json"))));
}

void TestCliForecast::seriesCountsFromOne()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("one.json"));
    Run r = run({QStringLiteral("new-forecast"), QStringLiteral("--length"), QStringLiteral("30"),
                 QStringLiteral("--hidden-size"), QStringLiteral("4"), QStringLiteral("-o"), session});
    QCOMPARE(r.status, 0);
    r = run({QStringLiteral("generate"), session, QStringLiteral("--series"), QStringLiteral("2")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--series 2: this session has 1 series (1 … 1)")), qPrintable(r.err));

    // 1 is the first series, the default; 2 the test series, which ends a level higher.
    const QString shifted = dir.filePath(QStringLiteral("shifted.json"));
    r = run({QStringLiteral("new-forecast"), QStringLiteral("--length"), QStringLiteral("30"),
             QStringLiteral("--test-anomaly"), QStringLiteral("level_shift:10:0:1"), QStringLiteral("--hidden-size"),
             QStringLiteral("4"), QStringLiteral("-o"), shifted});
    QCOMPARE(r.status, 0);
    const QStringList generate{QStringLiteral("generate"), shifted,
                               QStringLiteral("--steps"),  QStringLiteral("3"),
                               QStringLiteral("--length"), QStringLiteral("4")};
    const Run byDefault = run(generate);
    QCOMPARE(byDefault.status, 0);
    const Run first = run(generate + QStringList{QStringLiteral("--series"), QStringLiteral("1")});
    QCOMPARE(first.status, 0);
    QCOMPARE(first.out, byDefault.out);
    const Run test = run(generate + QStringList{QStringLiteral("--series"), QStringLiteral("2")});
    QCOMPARE(test.status, 0);
    QCOMPARE(test.out.trimmed().split(u'\n').size(), 4);
    QVERIFY2(test.out != first.out, qPrintable(test.out));
}

QTEST_GUILESS_MAIN(TestCliForecast)
#include "tst_cliforecast.moc"
