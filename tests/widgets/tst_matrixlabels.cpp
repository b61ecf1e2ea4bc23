// SPDX-License-Identifier: MIT
// The text the matrix views print: visible characters for axis labels, short numbers for cells,
// legend ticks, exact values and PyTorch element names for tooltips, and slide meanings.
#include "matrixlabels.h"
#include "vocabulary.h"

#include <QTest>

#include <limits>

using namespace rnnlab;

class TestMatrixLabels : public QObject
{
    Q_OBJECT

private slots:
    void visibleCharacter_data();
    void visibleCharacter();
    void labels();
    void formatCellValue_data();
    void formatCellValue();
    void formatTickValue_data();
    void formatTickValue();
    void formatExactValue();
    void names();
};

void TestMatrixLabels::visibleCharacter_data()
{
    QTest::addColumn<uint>("character");
    QTest::addColumn<QString>("expected");
    QTest::newRow("letter") << uint(U'h') << QStringLiteral("h");
    QTest::newRow("space") << uint(U' ') << QStringLiteral("␣");
    QTest::newRow("newline") << uint(U'\n') << QStringLiteral("⏎");
    QTest::newRow("tab") << uint(U'\t') << QStringLiteral("⇥");
    QTest::newRow("U+0001") << uint(0x01) << QStringLiteral("␁");
    QTest::newRow("DEL") << uint(0x7F) << QStringLiteral("␡");
    QTest::newRow("C1 control") << uint(0x85) << QStringLiteral("\uFFFD");
    QTest::newRow("é") << uint(U'é') << QStringLiteral("é");
    QTest::newRow("hangul") << uint(U'한') << QStringLiteral("한");
    QTest::newRow("emoji (outside the BMP)") << uint(0x1F642) << QStringLiteral("🙂");
}

void TestMatrixLabels::visibleCharacter()
{
    QFETCH(uint, character);
    QFETCH(QString, expected);
    QCOMPARE(rnnlab::visibleCharacter(static_cast<char32_t>(character)), expected);
}

void TestMatrixLabels::labels()
{
    const Vocabulary vocabulary = Vocabulary::fromCharacters(U"he o\n");
    QCOMPARE(characterLabels(vocabulary),
             QStringList({QStringLiteral("h"), QStringLiteral("e"), QStringLiteral("␣"), QStringLiteral("o"),
                          QStringLiteral("⏎")}));
    QCOMPARE(hiddenLabels(3), QStringList({QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")}));
    QVERIFY(hiddenLabels(0).isEmpty());
}

void TestMatrixLabels::formatCellValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0.27") << 0.27 << QStringLiteral("0.27");
    QTest::newRow("0.2718") << 0.2718 << QStringLiteral("0.27");
    QTest::newRow("-1.3") << -1.3 << QStringLiteral("-1.3");
    QTest::newRow("-1.25 rounds away") << -1.26 << QStringLiteral("-1.3");
    QTest::newRow("1 without .0") << 1.0 << QStringLiteral("1");
    QTest::newRow("0.1 without trailing 0") << 0.0999 << QStringLiteral("0.1");
    QTest::newRow("12") << 12.3 << QStringLiteral("12");
    QTest::newRow("120") << 123.0 << QStringLiteral("120");
    QTest::newRow("0.012") << 0.0123 << QStringLiteral("0.012");
    QTest::newRow("3e-4") << 0.0003 << QStringLiteral("3e-4");
    QTest::newRow("-3e-4") << -0.00031 << QStringLiteral("-3e-4");
    QTest::newRow("rounding carries the exponent") << 0.00096 << QStringLiteral("1e-3");
    QTest::newRow("999 → 1e3") << 999.0 << QStringLiteral("1e3");
    QTest::newRow("-2e3") << -2000.0 << QStringLiteral("-2e3");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
}

void TestMatrixLabels::formatCellValue()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(rnnlab::formatCellValue(value), expected);
}

void TestMatrixLabels::formatTickValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2.5") << 2.5 << QStringLiteral("2.5");
    QTest::newRow("-2.5 with U+2212") << -2.5 << QStringLiteral("−2.5");
    QTest::newRow("0.25") << 0.25 << QStringLiteral("0.25");
    QTest::newRow("0.005") << 0.005 << QStringLiteral("0.005");
    QTest::newRow("5000") << 5000.0 << QStringLiteral("5000");
    QTest::newRow("2.5e-5") << 2.5e-5 << QStringLiteral("2.5e−5");
    QTest::newRow("-1e-12") << -1e-12 << QStringLiteral("−1e−12");
    QTest::newRow("1e5") << 1e5 << QStringLiteral("1e5");
}

void TestMatrixLabels::formatTickValue()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(rnnlab::formatTickValue(value), expected);
}

void TestMatrixLabels::formatExactValue()
{
    // 9 significant digits round-trip every float32.
    const float value = -0.123456789f;
    const QString text = rnnlab::formatExactValue(value);
    QCOMPARE(text, QStringLiteral("-0.123456791"));
    QCOMPARE(text.toFloat(), value);
    QCOMPARE(rnnlab::formatExactValue(3.0e-4f), QString::number(double(3.0e-4f), 'g', 9));
}

void TestMatrixLabels::names()
{
    QCOMPARE(indexedName(QStringLiteral("rnn.weight_hh_l0"), 2, 1, false), QStringLiteral("rnn.weight_hh_l0[2][1]"));
    QCOMPARE(indexedName(QStringLiteral("rnn.bias_ih_l0"), 2, 0, true), QStringLiteral("rnn.bias_ih_l0[2]"));
    QCOMPARE(elementMeaning(QStringLiteral("W_hh"), QStringLiteral("h3"), QStringLiteral("h2"), false),
             QStringLiteral("W_hh: from h2 to h3"));
    QCOMPARE(elementMeaning(QStringLiteral("b_ih"), QStringLiteral("h3"), QString(), true),
             QStringLiteral("b_ih: bias of h3"));
}

QTEST_GUILESS_MAIN(TestMatrixLabels)
#include "tst_matrixlabels.moc"
