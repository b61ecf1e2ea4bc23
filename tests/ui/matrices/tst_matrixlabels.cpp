// SPDX-License-Identifier: MIT
// The text the matrix views print: visible characters for axis labels, short numbers for cells
// (one format per colour scale), legend ticks and powers of ten, exact values and PyTorch element
// names for tooltips, slide meanings, and the loss floor of a model without output layer.
#include "engine/vocabulary.h"
#include "ui/matrices/matrixlabels.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rnnlab;

class TestMatrixLabels : public QObject
{
    Q_OBJECT

private slots:
    void visibleCharacter_data();
    void visibleCharacter();
    void labels();
    void numbersInTheReadersLocale();
    void formatCellValue_data();
    void formatCellValue();
    void cellFormatForScale_data();
    void cellFormatForScale();
    void cellFormatValues_data();
    void cellFormatValues();
    void cellFormatIsConsistentPerScale();
    void powerOfTen();
    void boundedLogits_data();
    void boundedLogits();
    void noOutputLayerNote();
    void formatTickValue_data();
    void formatTickValue();
    void formatExactValue();
    void names();
    void editingNotes_data();
    void editingNotes();
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
    // W_ih / W_hh rows: one block per gate in torch's order.
    QCOMPARE(gateRowLabels(CellKind::RnnTanh, 2), hiddenLabels(2));
    QCOMPARE(gateRowLabels(CellKind::Gru, 2),
             QStringList({QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("z1"), QStringLiteral("z2"),
                          QStringLiteral("n1"), QStringLiteral("n2")}));
    const QStringList lstm = gateRowLabels(CellKind::Lstm, 3);
    QCOMPARE(lstm.size(), 12);
    QCOMPARE(lstm.at(3), QStringLiteral("f1"));
    QCOMPARE(lstm.at(11), QStringLiteral("o3"));
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

void TestMatrixLabels::cellFormatForScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("note");
    QTest::newRow("weights, scale 1") << 1.0 << 0 << 2 << QString();
    QTest::newRow("scale 2.5") << 2.5 << 0 << 2 << QString();
    QTest::newRow("scale 0.1: still plain") << 0.1 << 0 << 2 << QString();
    QTest::newRow("scale 0.5") << 0.5 << 0 << 2 << QString();
    QTest::newRow("scale 8") << 8.0 << 0 << 2 << QString();
    QTest::newRow("scale 10: 1 decimal") << 10.0 << 0 << 1 << QString();
    QTest::newRow("scale 250: none") << 250.0 << 0 << 0 << QString();
    QTest::newRow("scale 5000: ×10³") << 5000.0 << 3 << 2 << QStringLiteral("×10³");
    QTest::newRow("gradients, scale 0.05: ×10⁻²") << 0.05 << -2 << 2 << QStringLiteral("×10⁻²");
    QTest::newRow("scale 0.01 exactly: ×10⁻²") << 0.01 << -2 << 2 << QStringLiteral("×10⁻²");
    QTest::newRow("scale 0.004: ×10⁻³") << 0.004 << -3 << 2 << QStringLiteral("×10⁻³");
    QTest::newRow("scale 1e-12 floor") << 1e-12 << -12 << 2 << QStringLiteral("×10⁻¹²");
    QTest::newRow("no scale") << 0.0 << 0 << 2 << QString();
    QTest::newRow("nan scale") << std::numeric_limits<double>::quiet_NaN() << 0 << 2 << QString();
}

void TestMatrixLabels::cellFormatForScale()
{
    QFETCH(double, scale);
    QFETCH(int, exponent);
    QFETCH(int, decimals);
    QFETCH(QString, note);
    const CellNumberFormat format = CellNumberFormat::forScale(scale);
    QCOMPARE(format.exponent, exponent);
    QCOMPARE(format.decimals, decimals);
    QCOMPARE(format.unitNote(), note);
}

void TestMatrixLabels::cellFormatValues_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0.02 in a weight panel") << 2.0 << 0.019 << QStringLiteral("0.02");
    QTest::newRow("-1.40 keeps its zero") << 2.0 << -1.4 << QStringLiteral("-1.40");
    QTest::newRow("1 as 1.00") << 1.0 << 1.0 << QStringLiteral("1.00");
    QTest::newRow("-4e-3 in a weight panel") << 1.0 << -0.004 << QStringLiteral("0.00");
    QTest::newRow("exact zero") << 1.0 << 0.0 << QStringLiteral("0");
    QTest::newRow("-4e-3 in a ×10⁻³ panel") << 0.005 << -0.004 << QStringLiteral("-4.00");
    QTest::newRow("1.9e-4 in a ×10⁻³ panel") << 0.005 << 0.00019 << QStringLiteral("0.19");
    QTest::newRow("-12.4 at scale 25") << 25.0 << -12.37 << QStringLiteral("-12.4");
    QTest::newRow("-123 at scale 250") << 250.0 << -123.4 << QStringLiteral("-123");
    QTest::newRow("4321 at scale 5000") << 5000.0 << 4321.0 << QStringLiteral("4.32");
    QTest::newRow("nan") << 1.0 << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
    QTest::newRow("-inf") << 1.0 << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
}

void TestMatrixLabels::cellFormatValues()
{
    QFETCH(double, scale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(CellNumberFormat::forScale(scale).format(value), expected);
}

void TestMatrixLabels::cellFormatIsConsistentPerScale()
{
    // For every scale a panel can have, every value within it gets the same number of decimals, no
    // exponent in the cell, and no more characters than the widest texts (what fitting is
    // decided with).
    int widest = 0;
    for (const QString &text : CellNumberFormat::widestTexts())
        widest = std::max(widest, int(text.size()));
    for (const double tiny : {-0.004, -0.0001}) // rounds to zero: no "-0.00"
        QCOMPARE(CellNumberFormat::forScale(1.0).format(tiny), QStringLiteral("0.00"));
    for (double scale : {1e-7, 3e-5, 0.002, 0.015, 0.1, 0.3, 1.0, 2.5, 8.0, 10.0, 60.0, 150.0, 999.0, 4000.0, 2e6}) {
        const CellNumberFormat format = CellNumberFormat::forScale(scale);
        for (double share : {-1.0, -0.731, -0.25, -0.0123, 0.0004, 0.05, 0.5, 0.999, 1.0}) {
            const QString text = format.format(share * scale);
            QVERIFY2(text.size() <= widest, qPrintable(text));
            QVERIFY2(!text.contains(u'e'), qPrintable(text));
            const qsizetype point = text.indexOf(u'.');
            QCOMPARE(point < 0 ? 0 : text.size() - point - 1, qsizetype(format.decimals));
            QVERIFY2(QStringView(text).mid(1).toDouble() != 0.0 || !text.startsWith(u'-'), qPrintable(text));
        }
    }
}

void TestMatrixLabels::powerOfTen()
{
    QCOMPARE(rnnlab::powerOfTen(-3), QStringLiteral("10⁻³"));
    QCOMPARE(rnnlab::powerOfTen(4), QStringLiteral("10⁴"));
    QCOMPARE(rnnlab::powerOfTen(-12), QStringLiteral("10⁻¹²"));
    QCOMPARE(rnnlab::powerOfTen(0), QStringLiteral("10⁰"));
}

void TestMatrixLabels::boundedLogits_data()
{
    QTest::addColumn<int>("vocabulary");
    QTest::addColumn<double>("pMax");
    // p_max = e / (e + (V − 1)/e) = e² / (e² + V − 1).
    QTest::newRow("V = 4 (the lecture)") << 4 << 0.711235;
    QTest::newRow("V = 2") << 2 << 0.880797; // the sigmoid of 2
    QTest::newRow("V = 27") << 27 << 0.221302;
    QTest::newRow("V = 1") << 1 << 1.0;
}

void TestMatrixLabels::boundedLogits()
{
    QFETCH(int, vocabulary);
    QFETCH(double, pMax);
    const double p = maxProbabilityOfBoundedLogits(vocabulary);
    QVERIFY2(std::fabs(p - pMax) < 1e-6, qPrintable(QString::number(p, 'g', 9)));
    if (vocabulary > 1) {
        // It is the softmax of one logit at +1 and the others at −1.
        const double e = std::exp(1.0);
        QVERIFY(std::fabs(p - e / (e + (vocabulary - 1) * std::exp(-1.0))) < 1e-12);
    }
}

void TestMatrixLabels::noOutputLayerNote()
{
    const QString lecture = rnnlab::noOutputLayerNote(CellKind::RnnTanh, 4);
    QVERIFY2(lecture.startsWith(QStringLiteral("No W_hy: the outputs are h_t itself (the lecture's setup).")),
             qPrintable(lecture));
    QVERIFY2(lecture.contains(QStringLiteral("e/(e + 3/e) ≈ 0.71")), qPrintable(lecture));
    QVERIFY2(lecture.contains(QStringLiteral("−log p ≈ 0.34")), qPrintable(lecture));
    QVERIFY2(lecture.contains(QStringLiteral("an output layer removes this floor")), qPrintable(lecture));
    // V = 27: p ≤ 0.22, loss ≥ 1.51.
    const QString alphabet = rnnlab::noOutputLayerNote(CellKind::RnnTanh, 27);
    QVERIFY2(alphabet.contains(QStringLiteral("e/(e + 26/e) ≈ 0.22")) && alphabet.contains(QStringLiteral("≈ 1.51")),
             qPrintable(alphabet));
    // A large vocabulary: p would print as 0.00 with 2 decimals.
    QVERIFY2(rnnlab::noOutputLayerNote(CellKind::RnnTanh, 4096).contains(QStringLiteral("≈ 0.0018")),
             qPrintable(rnnlab::noOutputLayerNote(CellKind::RnnTanh, 4096)));
    // ReLU outputs are unbounded above: no floor, and no bound claimed.
    const QString relu = rnnlab::noOutputLayerNote(CellKind::RnnRelu, 4);
    QVERIFY2(!relu.contains(QStringLiteral("floor")) && relu.contains(QStringLiteral("ReLU")), qPrintable(relu));
    // One character: nothing to bound.
    QCOMPARE(rnnlab::noOutputLayerNote(CellKind::RnnTanh, 1),
             QStringLiteral("No W_hy: the outputs are h_t itself (the lecture's setup)."));
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

void TestMatrixLabels::editingNotes_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("set by hand") << editedCellNote(12, -0.123456789f)
                                 << QStringLiteral("set by hand at step 12 (was -0.123456791)");
    QTest::newRow("set by hand before training")
        << editedCellNote(0, 0.5) << QStringLiteral("set by hand at step 0 (was 0.5)");
    QTest::newRow("rewound") << rewoundNote(7)
                             << QStringLiteral("Rewound to step 7: resume from here (on the timeline) to edit");
    QTest::newRow("Adam's rate") << effectiveLearningRateNote(0.0123456, OptimizerKind::Adam)
                                 << QStringLiteral(
                                        "effective learning rate of this entry: 0.0123 (Adam: lr / (√v̂ + ε))");
    QTest::newRow("a large Adam rate (v̂ ≈ 0)")
        << effectiveLearningRateNote(1.0e6, OptimizerKind::Adam)
        << QStringLiteral("effective learning rate of this entry: 1e6 (Adam: lr / (√v̂ + ε))");
    QTest::newRow("SGD") << effectiveLearningRateNote(0.1, OptimizerKind::Sgd)
                         << QStringLiteral(
                                "effective learning rate of this entry: 0.1 (SGD: lr, the same for every entry)");
    QTest::newRow("no memory") << noMemoryCaption(QStringLiteral("W_hh⁽²⁾"))
                               << QStringLiteral("W_hh⁽²⁾ = 0 in the graph (what if there were no memory?)");
}

void TestMatrixLabels::editingNotes()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestMatrixLabels::numbersInTheReadersLocale()
{
    // The heatmaps' cells, the legend's ticks and a tooltip's exact value, in German with a decimal
    // comma (the shapes and widths as in English), in Japanese with a point.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const CellNumberFormat small = CellNumberFormat::forScale(0.004);
    const QStringList german{CellNumberFormat::forScale(1.5).format(-0.273),
                             small.format(-0.0025),
                             rnnlab::formatTickValue(-2.5e-5),
                             rnnlab::formatTickValue(0.25),
                             rnnlab::formatExactValue(0.1f),
                             CellNumberFormat::widestTexts().front()};
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const QString japanese = CellNumberFormat::forScale(1.5).format(-0.273);
    QLocale::setDefault(before);
    QCOMPARE(german,
             (QStringList{QStringLiteral("-0,27"), QStringLiteral("-2,50"), QStringLiteral("−2,5e−5"),
                          QStringLiteral("0,25"), QStringLiteral("0,100000001"), QStringLiteral("-8,88")}));
    QCOMPARE(japanese, QStringLiteral("-0.27"));
}

QTEST_GUILESS_MAIN(TestMatrixLabels)
#include "tst_matrixlabels.moc"
