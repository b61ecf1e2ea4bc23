// SPDX-License-Identifier: MIT
// SeriesText: the numbers a person types, pastes or exports as CSV, read into a forecast's series —
// what it accepts (values rounded to float32, several columns as features, an empty line between
// series) and every refusal with the line, the column and what is allowed, word for word.
#include "app/session/seriestext.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

Q_DECLARE_METATYPE(std::vector<SeriesValues>)

namespace {

double f32(double v)
{
    return static_cast<double>(static_cast<float>(v));
}

} // namespace

class TestSeriesText : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void csvAccepts();
    void csvRefuses_data();
    void csvRefuses();
    void tooManyPointsAreRefused();
    void formatReadsBack();
    void engineProblemsInWords();
};

void TestSeriesText::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::vector<SeriesValues>>("expected");
    QTest::newRow("one per line") << QStringLiteral("0\n0.5\n-1\n") << std::vector<SeriesValues>{{{0}, {0.5}, {-1}}};
    QTest::newRow("rounded to float32") << QStringLiteral("0.1\n0.2")
                                        << std::vector<SeriesValues>{{{f32(0.1)}, {f32(0.2)}}};
    QTest::newRow("one line, comma-separated: one feature")
        << QStringLiteral("0, 0.5 ,1,1e-3") << std::vector<SeriesValues>{{{0}, {0.5}, {1}, {f32(1e-3)}}};
    QTest::newRow("two columns: two features")
        << QStringLiteral("1, 2\n3, 4\n5,6") << std::vector<SeriesValues>{{{1, 2}, {3, 4}, {5, 6}}};
    QTest::newRow("tabs and spaces separate columns too")
        << QStringLiteral("1\t2\n3   4") << std::vector<SeriesValues>{{{1, 2}, {3, 4}}};
    QTest::newRow("an empty line starts another series")
        << QStringLiteral("1\n2\n\n\n3\n4\n5") << std::vector<SeriesValues>{{{1}, {2}}, {{3}, {4}, {5}}};
    QTest::newRow("comments, CRLF, U+2212 and +")
        << QStringLiteral("# temperature\r\n\u22122.5\r\n+3\r\n") << std::vector<SeriesValues>{{{-2.5}, {3}}};
    QTest::newRow("nothing typed: no series") << QStringLiteral("  \n\n") << std::vector<SeriesValues>{};
}

void TestSeriesText::accepts()
{
    QFETCH(QString, text);
    QFETCH(std::vector<SeriesValues>, expected);
    const ParsedSeries parsed = SeriesText::parse(text, "data.series");
    QVERIFY2(parsed.ok(), parsed.problems.empty() ? "" : parsed.problems.front().message.c_str());
    QVERIFY(parsed.series == expected);
    QCOMPARE(parsed.lines.size(), expected.size());
}

void TestSeriesText::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("fewer than 2 points")
        << QStringLiteral("1\n2\n\n3")
        << QStringLiteral("Series 2 (line 4) has 1 point: a series needs at least 2 (an input and the value after it)");
    QTest::newRow("rows of different widths")
        << QStringLiteral("1, 2\n3, 4\n5")
        << QStringLiteral("Line 3 has 1 column but line 1 has 2: every line of a series has one column per feature");
    QTest::newRow("series with different features")
        << QStringLiteral("1\n2\n\n1, 2\n3, 4")
        << QStringLiteral(
               "Series 2 (from line 4) has 2 columns but series 1 has 1: every series needs the same features (columns)");
    QTest::newRow("text")
        << QStringLiteral("1\nabc\n3")
        << QStringLiteral("Line 2: “abc” is not a number: write numbers such as 0.5, -2 or 1e-3, with a decimal point");
    QTest::newRow("a decimal comma is two columns, then a width problem")
        << QStringLiteral("1\n2,5")
        << QStringLiteral("Line 2 has 2 columns but line 1 has 1: every line of a series has one column per feature");
    QTest::newRow("NaN") << QStringLiteral("1, 2\n3, NaN")
                         << QStringLiteral("Line 2, column 2: “NaN” is not a finite number: a series holds finite "
                                           "numbers only");
    QTest::newRow("Inf") << QStringLiteral("1\n-inf")
                         << QStringLiteral("Line 2: “-inf” is not a finite number: a series holds finite numbers only");
    QTest::newRow("beyond float32") << QStringLiteral("1\n1e39")
                                    << QStringLiteral("Line 2: “1e39” is too large for float32, which the network "
                                                      "computes in: values must lie within ±3.4e38");
    QTest::newRow("beyond double") << QStringLiteral("1\n-1e400")
                                   << QStringLiteral("Line 2: “-1e400” is too large for float32, which the network "
                                                     "computes in: values must lie within ±3.4e38");
    QTest::newRow("an empty cell") << QStringLiteral("1, 2\n3,")
                                   << QStringLiteral("Line 2, column 2 is empty: every cell needs a number");
    QTest::newRow("one line of one number") << QStringLiteral("7")
                                            << QStringLiteral("Series 1 (line 1) has 1 point: a series needs at least "
                                                              "2 (an input and the value after it)");
    QString wide;
    for (int d = 0; d <= limits::maxFeatures; ++d)
        wide += QStringLiteral("1 ");
    QTest::newRow("more features than the engine's limit")
        << wide + u'\n' + wide
        << QStringLiteral("Line 1 has 257 columns; the limit is 256 features (every feature is an input the graph "
                          "draws at every time step)");
}

void TestSeriesText::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const ParsedSeries parsed = SeriesText::parse(text, "data.series");
    QCOMPARE(parsed.problems.size(), std::size_t(1));
    QCOMPARE(parsed.problems.front().field, std::string("data.series"));
    QCOMPARE(QString::fromStdString(parsed.problems.front().message), message);
}

void TestSeriesText::csvAccepts()
{
    // A header (any cell not a number), a byte-order mark, quoted numbers, CRLF, a trailing empty line.
    const QByteArray csv = "\xEF\xBB\xBFtemp;humidity\r\n\"20.5\";0.25\r\n21;0.5\r\n\r\n";
    const ParsedSeries parsed = SeriesText::parseCsv(csv, "data.series");
    QVERIFY(parsed.ok());
    QVERIFY(parsed.series == (std::vector<SeriesValues>{{{20.5, 0.25}, {21, 0.5}}}));
    QVERIFY(parsed.lines == (std::vector<std::vector<int>>{{2, 3}}));
    // Without a header, every row is a point.
    const ParsedSeries plain = SeriesText::parseCsv("1\n2\n3\n", "data.series");
    QVERIFY(plain.ok());
    QVERIFY(plain.series == (std::vector<SeriesValues>{{{1}, {2}, {3}}}));
}

void TestSeriesText::csvRefuses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("a header only")
        << QByteArray("a,b\n")
        << QStringLiteral("The file has a header row (line 1) and no numbers below it: give one row per time point");
    QTest::newRow("empty") << QByteArray("\n\n")
                           << QStringLiteral("The file has no rows: a CSV has one row per time point, one column per "
                                             "feature (a header row is optional)");
    QTest::newRow("a column of dates")
        << QByteArray("date,value\n2024-01-01,1\n2024-01-02,2\n")
        << QStringLiteral("Column 1 (“date”) is not numeric (line 2 has “2024-01-01”): every column must be a feature "
                          "of numbers; remove it from the file, or save only the number columns");
    QTest::newRow("an empty cell") << QByteArray("a,b\n1,2\n3,\n")
                                   << QStringLiteral("Line 3, column 2 (“b”) is empty: every cell needs a number");
    QTest::newRow("a word among numbers")
        << QByteArray("a,b\n1,2\n3,n/a\n")
        << QStringLiteral("Line 3, column 2 (“b”): “n/a” is not a number: write numbers such as 0.5, -2 or 1e-3, with "
                          "a decimal point");
    QTest::newRow("a short row") << QByteArray("1,2\n3\n")
                                 << QStringLiteral("Line 2 has 1 column but line 1 has 2: every line of a series has "
                                                   "one column per feature");
    QTest::newRow("one row") << QByteArray("x\n5\n")
                             << QStringLiteral("Series 1 (line 2) has 1 point: a series needs at least 2 (an input "
                                               "and the value after it)");
}

void TestSeriesText::csvRefuses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const ParsedSeries parsed = SeriesText::parseCsv(csv, "data.test_series");
    QCOMPARE(parsed.problems.size(), std::size_t(1));
    QCOMPARE(parsed.problems.front().field, std::string("data.test_series"));
    QCOMPARE(QString::fromStdString(parsed.problems.front().message), message);
    QVERIFY(parsed.series.empty());
}

void TestSeriesText::tooManyPointsAreRefused()
{
    QString text;
    text.reserve(int(limits::maxTotalPoints + 1) * 2);
    for (std::int64_t i = 0; i <= limits::maxTotalPoints; ++i)
        text += QStringLiteral("1\n");
    const ParsedSeries parsed = SeriesText::parse(text, "data.series");
    QCOMPARE(parsed.problems.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(parsed.problems.front().message),
             QStringLiteral("The series have 1000001 points in all; the limit is 1000000 (every point is a time step "
                            "rnnlab traces and draws)"));
}

void TestSeriesText::formatReadsBack()
{
    const std::vector<SeriesValues> series = {{{f32(0.1), -2.0}, {f32(1.0 / 3.0), 1e-7}},
                                              {{f32(3.4e38), 0.0}, {f32(-1e-30), f32(2.5)}}};
    const QString text = SeriesText::format(series);
    QVERIFY2(text.startsWith(QStringLiteral("0.1, -2\n")), qPrintable(text)); // float's shortest form
    const ParsedSeries parsed = SeriesText::parse(text, "data.series");
    QVERIFY(parsed.ok());
    QVERIFY(parsed.series.size() == 2);
    QCOMPARE(parsed.series[0][1][1], f32(1e-7));
    QVERIFY(parsed.series[0][0] == series[0][0] && parsed.series[1] == series[1]);
    // A double that is no float32 number (a file's) is written so that it reads back as itself
    // before rounding: the text holds all its digits.
    QVERIFY(SeriesText::format({{{0.1}, {0.2}}}).startsWith(QStringLiteral("0.1\n0.2")));
    QCOMPARE(SeriesText::format({{{0.30000000000000004}, {1}}}), QStringLiteral("0.30000000000000004\n1\n"));
}

void TestSeriesText::engineProblemsInWords()
{
    const ParsedSeries typed = SeriesText::parse(QStringLiteral("# a\n1\n2\n\n3\n4\n5"), "data.series");
    QVERIFY(typed.ok());
    QCOMPARE(SeriesText::inWords({"data.series[1][2]", "is wrong"}, &typed, nullptr),
             QStringLiteral("Series 2, line 7 is wrong"));
    QCOMPARE(SeriesText::inWords({"data.series[1]", "has 3 features but data.series[0] has 1"}, &typed, nullptr),
             QStringLiteral("Series 2 (from line 5) has 3 features but series 1 (from line 2) has 1"));
    QCOMPARE(SeriesText::inWords({"data.test_series[0][3][1]", "is odd"}, nullptr, nullptr),
             QStringLiteral("Test series 1, point 4, column 2 is odd"));
    QCOMPARE(SeriesText::inWords({"data.generator.series[0].period", "0 is not allowed: the period must be > 0"},
                                 nullptr, nullptr),
             QStringLiteral("The period: 0 is not allowed: the period must be > 0"));
    QCOMPARE(SeriesText::inWords({"data.generator.test_series[0].anomaly.at", "130 is not a point"}, nullptr, nullptr),
             QStringLiteral("The anomaly's place (at) of the test series: 130 is not a point"));
}

QTEST_GUILESS_MAIN(TestSeriesText)
#include "tst_seriestext.moc"
