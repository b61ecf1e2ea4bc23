// SPDX-License-Identifier: MIT
// CompareTable, the summary table's text shared by rnnlab-cli compare and the window: each cell's
// number format (the loss exactly as rnnlab-cli train prints it), "-" where there is no number
// yet, and the aligned plain-text table the CLI prints.
#include "app/worker/comparetable.h"

#include <QTest>

using namespace rnnlab;

class TestCompareTable : public QObject
{
    Q_OBJECT

private slots:
    void headers();
    void cells();
    void missingNumbers();
    void durations_data();
    void durations();
    void rates_data();
    void rates();
    void text();
};

void TestCompareTable::headers()
{
    QCOMPARE(int(CompareTable::ColumnCount), 7);
    QStringList headers;
    for (int c = 0; c < CompareTable::ColumnCount; ++c) {
        headers << QString::fromStdString(CompareTable::header(c));
        QVERIFY(!CompareTable::explanation(c).empty());
    }
    QCOMPARE(headers,
             (QStringList{QStringLiteral("model"), QStringLiteral("parameters"), QStringLiteral("step"),
                          QStringLiteral("loss"), QStringLiteral("all right at step"), QStringLiteral("time per step"),
                          QStringLiteral("steps/s")}));
}

void TestCompareTable::cells()
{
    CompareRow row;
    row.model = CompareTable::modelName(1, "2 layers");
    row.parameters = 80;
    row.summary.record(1, 1.2f, 1, 4);
    row.summary.record(2, 0.50120312f, 4, 4);
    row.secondsPerStep = 2.5e-6;
    row.stepsPerSecond = 123456.7;
    QStringList cells;
    for (int c = 0; c < CompareTable::ColumnCount; ++c)
        cells << QString::fromStdString(CompareTable::cell(row, c));
    QCOMPARE(cells,
             (QStringList{QStringLiteral("B: 2 layers"), QStringLiteral("80"), QStringLiteral("2"),
                          QStringLiteral("0.50120312"), QStringLiteral("2"), QStringLiteral("2.5 µs"),
                          QStringLiteral("123457")}));
    QCOMPARE(QString::fromStdString(CompareTable::modelName(0, {})), QStringLiteral("A"));
}

void TestCompareTable::missingNumbers()
{
    CompareRow row;
    row.model = "A";
    for (int c :
         {CompareTable::Loss, CompareTable::FirstAllCorrect, CompareTable::TimePerStep, CompareTable::StepsPerSecond})
        QCOMPARE(QString::fromStdString(CompareTable::cell(row, c)), QStringLiteral("-"));
    QCOMPARE(QString::fromStdString(CompareTable::cell(row, CompareTable::Step)), QStringLiteral("0"));
}

void TestCompareTable::durations_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("microseconds") << 2.3149e-6 << QStringLiteral("2.31 µs");
    QTest::newRow("milliseconds") << 4.1234e-4 << QStringLiteral("412 µs");
    QTest::newRow("a millisecond") << 1.5e-3 << QStringLiteral("1.5 ms");
    QTest::newRow("seconds") << 1.254 << QStringLiteral("1.25 s");
    QTest::newRow("not a time") << -1.0 << QStringLiteral("-");
}

void TestCompareTable::durations()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(CompareTable::durationText(seconds)), text);
}

void TestCompareTable::rates_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("text");
    QTest::newRow("fast") << 374205.4 << QStringLiteral("374205");
    QTest::newRow("slow") << 12.54 << QStringLiteral("12.5");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QStringLiteral("-");
}

void TestCompareTable::rates()
{
    QFETCH(double, rate);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(CompareTable::rateText(rate)), text);
}

void TestCompareTable::text()
{
    CompareRow a;
    a.model = CompareTable::modelName(0, "1 layer");
    a.parameters = 40;
    a.summary.record(30, 0.40196839f, 4, 4);
    a.secondsPerStep = 2.67e-6;
    a.stepsPerSecond = 374205.0;
    CompareRow b;
    b.model = CompareTable::modelName(1, "2 layers");
    b.parameters = 80;
    b.summary.record(30, 0.463854074f, 3, 4);
    const QString expected =
        QStringLiteral("model        parameters  step         loss  all right at step  time per step  steps/s\n"
                       "A: 1 layer           40    30   0.40196839                 30        2.67 µs   374205\n"
                       "B: 2 layers          80    30  0.463854074                  -              -        -\n");
    QCOMPARE(QString::fromStdString(CompareTable::text({a, b})), expected);
}

QTEST_GUILESS_MAIN(TestCompareTable)
#include "tst_comparetable.moc"
