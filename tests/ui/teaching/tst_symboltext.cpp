// SPDX-License-Identifier: MIT
// SymbolText: the lecture's spelling of symbols ("h_{t−1}") becomes runs with real subscripts,
// HTML for tooltips, plain text; the header's words wrap at spaces, never inside a {…} group.
#include "ui/teaching/symboltext.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace rnnlab;

using Runs = std::vector<SymbolText::Run>;
Q_DECLARE_METATYPE(Runs)

class TestSymbolText : public QObject
{
    Q_OBJECT

private slots:
    void runs_data();
    void runs();
    void html();
    void wrapsAtSpaces();
    void drawsNoUnderscore();
};

void TestSymbolText::runs_data()
{
    QTest::addColumn<QString>("symbols");
    QTest::addColumn<Runs>("expected");
    QTest::newRow("h_t") << QStringLiteral("h_t") << Runs{{QStringLiteral("h"), 0}, {QStringLiteral("t"), -1}};
    QTest::newRow("braces") << QStringLiteral("W_hh h_{t−1} + b")
                            << Runs{{QStringLiteral("W"), 0},
                                    {QStringLiteral("hh"), -1},
                                    {QStringLiteral(" h"), 0},
                                    {QStringLiteral("t−1"), -1},
                                    {QStringLiteral(" + b"), 0}};
    QTest::newRow("transpose stays up") << QStringLiteral("W_hyᵀ dL/dy_3")
                                        << Runs{{QStringLiteral("W"), 0},
                                                {QStringLiteral("hy"), -1},
                                                {QStringLiteral("ᵀ dL/dy"), 0},
                                                {QStringLiteral("3"), -1}};
    QTest::newRow("index then bracket") << QStringLiteral(
        "p_3[‘e’]") << Runs{{QStringLiteral("p"), 0}, {QStringLiteral("3"), -1}, {QStringLiteral("[‘e’]"), 0}};
    QTest::newRow("superscript") << QStringLiteral("h_t^2")
                                 << Runs{{QStringLiteral("h"), 0}, {QStringLiteral("t"), -1}, {QStringLiteral("2"), 1}};
    QTest::newRow("a lone underscore stays") << QStringLiteral("a _ b") << Runs{{QStringLiteral("a _ b"), 0}};
    QTest::newRow("Korean stays whole") << QStringLiteral(
        "p_3[‘안’]") << Runs{{QStringLiteral("p"), 0}, {QStringLiteral("3"), -1}, {QStringLiteral("[‘안’]"), 0}};
}

void TestSymbolText::runs()
{
    QFETCH(QString, symbols);
    QFETCH(Runs, expected);
    QCOMPARE(SymbolText::runs(symbols), expected);
}

void TestSymbolText::html()
{
    QCOMPARE(SymbolText::html(QStringLiteral("h_{t−1} < 1")), QStringLiteral("h<sub>t−1</sub> &lt; 1"));
    QCOMPARE(SymbolText::plain(QStringLiteral("W_hh h_{t−1}")), QStringLiteral("Whh ht−1"));
    QCOMPARE(SymbolText::unicode(QStringLiteral("‖dL_10/dh_t‖")), QStringLiteral("‖dL₁₀/dhₜ‖"));
    QCOMPARE(SymbolText::unicode(QStringLiteral("W_hy")), QStringLiteral("W_hy")); // no subscript y
}

void TestSymbolText::wrapsAtSpaces()
{
    QFont font;
    font.setPixelSize(12);
    const QString symbols = QStringLiteral("h_t = tanh(W_hh h_{t − 1} + W_xh x_t + b),   y_t = W_hy h_t + b_y");
    const double narrow = SymbolText::width(QStringLiteral("tanh(W_hh h_{t − 1}"), font) + 2;
    const std::vector<QString> lines = SymbolText::wrap(symbols, font, narrow);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines) {
        QVERIFY2(line.count(u'{') == line.count(u'}'), qPrintable(line));
        QVERIFY2(SymbolText::width(line, font) <= narrow || !line.contains(u' '), qPrintable(line));
    }
    QCOMPARE(SymbolText::wrap(symbols, font, 1e6), std::vector<QString>{symbols});
}

void TestSymbolText::drawsNoUnderscore()
{
    // The subscript is drawn lower than the base letter and smaller: the picture of "p_3" differs
    // from the picture of "p3" (same glyphs, one lowered) and has no underscore's long flat line.
    QImage a(80, 40, QImage::Format_ARGB32);
    QImage b = a;
    a.fill(Qt::white);
    b.fill(Qt::white);
    QFont font;
    font.setPixelSize(20);
    for (auto [image, text] : {std::pair{&a, QStringLiteral("p_3")}, std::pair{&b, QStringLiteral("p3")}}) {
        QPainter painter(image);
        painter.setFont(font);
        painter.setPen(Qt::black);
        SymbolText::draw(painter, QRectF(0, 0, 80, 40), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    QVERIFY(a != b);
    QVERIFY(SymbolText::width(QStringLiteral("p_3"), font) < SymbolText::width(QStringLiteral("p3"), font));
}

QTEST_MAIN(TestSymbolText)
#include "tst_symboltext.moc"
