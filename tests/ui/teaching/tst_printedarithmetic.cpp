// SPDX-License-Identifier: MIT
// PrintedArithmetic: a line's printed result is held to what its printed (rounded) operands give
// — a sum entry by entry, a total, a division, a matrix product plus bias, tanh / σ / exp of each
// entry, a softmax, the LSTM's and GRU's products — to half a unit of its last digit; operands
// shown with gaps (⋯) are not worked out, since a reader cannot.
#include "ui/teaching/equationview.h"
#include "ui/teaching/printedarithmetic.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rnnlab;

namespace {

//! A matrix item of \a rows × \a columns with \a values (row-major), its rows \a rowIndex of a
//! whole of \a fullRows (−1: a gap, NaN in values), its columns all shown.
EquationItem item(int columns, std::vector<float> values, std::vector<int> rowIndex = {}, int fullRows = -1)
{
    EquationItem it;
    it.kind = EquationItem::Kind::Matrix;
    const int rows = int(values.size()) / columns;
    if (rowIndex.empty()) {
        for (int r = 0; r < rows; ++r)
            rowIndex.push_back(r);
    }
    it.rowIndex = rowIndex;
    for (int c = 0; c < columns; ++c)
        it.columnIndex.push_back(c);
    it.values = std::move(values);
    it.fullRows = fullRows < 0 ? rows : fullRows;
    it.fullColumns = columns;
    return it;
}

EquationItem symbols(const QString &text)
{
    EquationItem it;
    it.text = text;
    return it;
}

//! a + b = c, entry by entry.
EquationLine sum(const EquationItem &a, const EquationItem &b, const EquationItem &c)
{
    EquationLine line;
    line.items = {a, symbols(QStringLiteral("+")), b, symbols(QStringLiteral("=")), c};
    line.arithmetic.push_back({LineArithmetic::Kind::Sum, {0, 2}, 4});
    return line;
}

//! e / s = p (and s = Σ e).
EquationLine softmax(const EquationItem &e, float s, const EquationItem &p)
{
    EquationLine line;
    line.items = {e, symbols(QStringLiteral("/")), item(1, {s}), symbols(QStringLiteral("=")), p};
    line.arithmetic.push_back({LineArithmetic::Kind::Total, {0}, 2});
    line.arithmetic.push_back({LineArithmetic::Kind::Ratio, {0, 2}, 4});
    return line;
}

//! W v + b = r.
EquationLine affine(const EquationItem &w, const EquationItem &v, const EquationItem &b, const EquationItem &r)
{
    EquationLine line;
    line.items = {w, v, symbols(QStringLiteral("+")), b, symbols(QStringLiteral("=")), r};
    line.arithmetic.push_back({LineArithmetic::Kind::Affine, {0, 1, 3}, 5});
    return line;
}

//! f(a) = r, entry by entry.
EquationLine map(LineArithmetic::Function f, const EquationItem &a, const EquationItem &r)
{
    EquationLine line;
    line.items = {a, symbols(QStringLiteral("=")), r};
    line.arithmetic.push_back({LineArithmetic::Kind::Map, {0}, 2, f});
    return line;
}

//! An entry-wise line of \a kind: items \a terms, then the result \a r.
EquationLine entrywise(LineArithmetic::Kind kind, const std::vector<EquationItem> &terms, const EquationItem &r)
{
    EquationLine line;
    LineArithmetic a{kind, {}, 0};
    for (const EquationItem &term : terms) {
        a.terms.push_back(int(line.items.size()));
        line.items.push_back(term);
        line.items.push_back(symbols(QStringLiteral("·")));
    }
    a.result = int(line.items.size());
    line.items.push_back(r);
    line.arithmetic.push_back(a);
    return line;
}

//! u · v = r: two rows of the same columns (an output's terms unit by unit).
EquationLine dot(std::vector<float> u, std::vector<float> v, float r, std::vector<int> columns = {})
{
    const int count = int(u.size()); // (not in the call: the move may come first)
    EquationItem a = item(count, std::move(u));
    EquationItem b = item(count, std::move(v));
    if (!columns.empty())
        a.columnIndex = b.columnIndex = columns;
    EquationLine line;
    line.items = {a, symbols(QStringLiteral("·")), b, symbols(QStringLiteral("=")), item(1, {r})};
    line.arithmetic.push_back({LineArithmetic::Kind::Dot, {0, 2}, 4});
    return line;
}

constexpr float gap = std::numeric_limits<float>::quiet_NaN();

} // namespace

Q_DECLARE_METATYPE(EquationLine)

class TestPrintedArithmetic : public QObject
{
    Q_OBJECT

private slots:
    void differs_data();
    void differs();
    void printedNumbers();
    void readsTheGermanPrint();
};

void TestPrintedArithmetic::differs_data()
{
    QTest::addColumn<EquationLine>("line");
    QTest::addColumn<bool>("expected");
    QTest::newRow("a sum that adds up") << sum(item(1, {1.0f, -0.5f}), item(1, {2.0f, 0.25f}), item(1, {3.0f, -0.25f}))
                                        << false;
    // The teacher's example: −1.92 + −2.25 printed with the engine's sum −4.18 (the exact −4.1798).
    QTest::newRow("rounded summands: −1.92 + −2.25 = −4.18")
        << sum(item(1, {-1.9249f}), item(1, {-2.2549f}), item(1, {-1.9249f + -2.2549f})) << true;
    QTest::newRow("only the second entry differs")
        << sum(item(1, {0.5f, 0.004f}), item(1, {0.5f, 0.004f}), item(1, {1.0f, 0.008f})) << true;
    // 0.10 + 0.0050 = 0.1050: printed 0.11 is the exact 0.1051 rounded, and a tie rounds either way.
    QTest::newRow("a tie, rounded up") << sum(item(1, {0.1f}), item(1, {0.005f}), item(1, {0.1051f})) << false;
    QTest::newRow("a tie, rounded down") << sum(item(1, {0.1f}), item(1, {0.005f}), item(1, {0.1049f})) << false;
    QTest::newRow("windows of the same rows")
        << sum(item(1, {1.0f, gap, 2.0f}, {0, -1, 19}, 20), item(1, {1.0f, gap, 1.0f}, {0, -1, 19}, 20),
               item(1, {2.0f, gap, 3.0f}, {0, -1, 19}, 20))
        << false;
    QTest::newRow("windows of the same rows, one differs")
        << sum(item(1, {1.0f, gap, 2.004f}, {0, -1, 19}, 20), item(1, {1.0f, gap, 1.004f}, {0, -1, 19}, 20),
               item(1, {2.0f, gap, 3.008f}, {0, -1, 19}, 20))
        << true;
    // exp(y) = 0.3679 seven times and 2.7183: printed 0.37 × 7 + 2.72 = 5.31, the sum 5.2936.
    QTest::newRow("softmax: the total differs")
        << softmax(item(1, {0.3679f, 0.3679f, 0.3679f, 0.3679f, 0.3679f, 0.3679f, 0.3679f, 2.7183f}), 5.2936f,
                   item(1, {0.0695f, 0.0695f, 0.0695f, 0.0695f, 0.0695f, 0.0695f, 0.0695f, 0.5135f}))
        << true;
    QTest::newRow("softmax: adds up and divides")
        << softmax(item(1, {0.37f, 0.37f, 2.63f, 0.67f}), 4.04f, item(1, {0.0916f, 0.0916f, 0.651f, 0.1658f})) << false;
    QTest::newRow("softmax: a quotient differs")
        << softmax(item(1, {1.0f, 3.0f}), 4.0f, item(1, {0.26f, 0.74f})) << true;
    // A window of the vocabulary: its total is not worked out (the reader cannot), its quotients are.
    QTest::newRow("softmax: a window's total is not worked out")
        << softmax(item(1, {1.0f, gap, 3.0f}, {0, -1, 19}, 20), 40.0f, item(1, {0.025f, gap, 0.075f}, {0, -1, 19}, 20))
        << false;
    QTest::newRow("softmax: a window's quotient differs")
        << softmax(item(1, {1.0f, gap, 3.0f}, {0, -1, 19}, 20), 40.0f, item(1, {0.025f, gap, 0.09f}, {0, -1, 19}, 20))
        << true;
    QTest::newRow("affine: adds up") << affine(item(2, {1.0f, 2.0f, -1.0f, 0.5f}), item(1, {0.5f, 0.2f}),
                                               item(1, {0.1f, -0.1f}), item(1, {1.0f, -0.5f}))
                                     << false;
    // 0.333 × 3 printed 0.33 × 3.00 = 0.99; the engine's 0.999 prints 1.00.
    QTest::newRow("affine: a rounded weight")
        << affine(item(1, {0.333f}), item(1, {3.0f}), item(1, {0.0f}), item(1, {0.999f})) << true;
    // One row of a 20-column matrix (a window of columns) times a window of h: not worked out.
    EquationItem windowed = item(1, {1.0f, gap, 2.0f});
    windowed.columnIndex = {0, -1, 19};
    windowed.values = {0.333f, gap, 0.333f};
    windowed.rowIndex = {0};
    windowed.fullRows = 1;
    windowed.fullColumns = 20;
    QTest::newRow("affine: a window of columns is not worked out")
        << affine(windowed, item(1, {3.0f, gap, 3.0f}, {0, -1, 19}, 20), item(1, {0.0f}), item(1, {5.0f})) << false;
    QTest::newRow("large: adds up") << sum(item(1, {150.0f}), item(1, {150.0f}), item(1, {300.0f})) << false;
    // 150 + 150 = 300, and 301 is 1 away: more than half its last digit's unit (0.5).
    QTest::newRow("large: differs") << sum(item(1, {150.0f}), item(1, {150.0f}), item(1, {301.0f})) << true;
    // 1.5×10⁷ + 1.5×10⁷ = 3.0×10⁷, and 3.3×10⁷ is 3×10⁶ away: more than half a unit (5×10⁵).
    QTest::newRow("powers of ten: adds up") << sum(item(1, {1.5e7f}), item(1, {1.5e7f}), item(1, {3.0e7f})) << false;
    QTest::newRow("powers of ten: differs") << sum(item(1, {1.5e7f}), item(1, {1.5e7f}), item(1, {3.3e7f})) << true;
    using F = LineArithmetic::Function;
    using K = LineArithmetic::Kind;
    // tanh(0.5249) = 0.4815 prints 0.48, and so does tanh of the printed 0.52 (0.4777).
    QTest::newRow("tanh: true to its printed input")
        << map(F::Tanh, item(1, {0.5249f}), item(1, {std::tanh(0.5249f)})) << false;
    // tanh(0.3049) = 0.2958 prints 0.30; tanh of the printed 0.30 is 0.2913, 0.29.
    QTest::newRow("tanh: a rounded input changes the last digit")
        << map(F::Tanh, item(1, {0.3049f}), item(1, {std::tanh(0.3049f)})) << true;
    QTest::newRow("σ: true to its printed inputs")
        << map(F::Sigmoid, item(1, {1.2f, 0.0f}), item(1, {0.7685f, 0.5f})) << false;
    QTest::newRow("σ: differs") << map(F::Sigmoid, item(1, {1.2f, 0.0f}), item(1, {0.7685f, 0.52f})) << true;
    // The fresh eyes' softmax: the engine's p from y = (0.3044, 0) is 0.5755, "0.58"; the printed
    // y (0.30, 0.00) gives 0.5744, "0.57".
    QTest::newRow("softmax of printed logits differs")
        << entrywise(K::Softmax, {item(1, {0.3044f, 0.0f})}, item(1, {0.5755f, 0.4245f})) << true;
    QTest::newRow("softmax of printed logits is true to them")
        << entrywise(K::Softmax, {item(1, {1.0f, 0.0f})}, item(1, {0.7311f, 0.2689f})) << false;
    // c_t = f ⊙ c + i ⊙ g: 0.50 · 0.40 + 0.25 · 0.80 = 0.40.
    QTest::newRow("c_t: adds up") << entrywise(
        K::CellState, {item(1, {0.5f}), item(1, {0.4f}), item(1, {0.25f}), item(1, {0.8f})}, item(1, {0.4f}))
                                  << false;
    // 0.5149 · 0.9949 = 0.5123 prints 0.51; the printed 0.51 · 0.99 = 0.5049, 0.50.
    QTest::newRow("c_t: rounded factors")
        << entrywise(K::CellState, {item(1, {0.5149f}), item(1, {0.9949f}), item(1, {0.0f}), item(1, {0.0f})},
                     item(1, {0.5149f * 0.9949f}))
        << true;
    QTest::newRow("h_t = o ⊙ tanh(c_t): adds up")
        << entrywise(K::OutputGate, {item(1, {0.5f}), item(1, {1.0f})}, item(1, {0.5f * std::tanh(1.0f)})) << false;
    // (1 − 0.5) · 0.2 + 0.5 · 0.6 = 0.40, not 0.45.
    QTest::newRow("GRU h_t: differs") << entrywise(K::Blend, {item(1, {0.5f}), item(1, {0.2f}), item(1, {0.6f})},
                                                   item(1, {0.45f}))
                                      << true;
    QTest::newRow("GRU a_n: adds up") << entrywise(K::ResetSum, {item(1, {0.1f}), item(1, {0.5f}), item(1, {0.4f})},
                                                   item(1, {0.3f}))
                                      << false;
    EquationLine none = sum(item(1, {1.0f}), item(1, {1.0f}), item(1, {3.0f}));
    none.arithmetic.clear();
    QTest::newRow("unit by unit: adds up") << dot({0.5f, -0.25f, 2.0f}, {2.0f, 4.0f, 0.5f}, 1.0f) << false;
    QTest::newRow("unit by unit: rounded terms")
        << dot({0.504f, -0.25f, 2.0f}, {2.0f, 4.0f, 0.5f}, 1.008f) << true; // 0.50 · 2 … = 1.00, not 1.01
    QTest::newRow("unit by unit: a gap is not worked out")
        << dot({0.5f, gap, 2.0f}, {2.0f, gap, 0.5f}, 9.0f, {0, -1, 2}) << false;
    QTest::newRow("no arithmetic: nothing to hold it to") << none << false;
}

void TestPrintedArithmetic::differs()
{
    QFETCH(EquationLine, line);
    QFETCH(bool, expected);
    QCOMPARE(PrintedArithmetic::differs(line), expected);
}

void TestPrintedArithmetic::printedNumbers()
{
    const EquationItem v = item(1, {-1.9249f, 0.0041f, gap}, {0, 1, -1}, 5);
    QCOMPARE(PrintedArithmetic::printed(v, 0, 0), -1.92);
    QCOMPARE(PrintedArithmetic::printed(v, 1, 0), 0.0);
    QVERIFY(std::isnan(PrintedArithmetic::printed(v, 2, 0)));
    QCOMPARE(PrintedArithmetic::halfUnit(v, 0), 0.005);
    const EquationItem small = item(1, {0.0041f});
    QCOMPARE(PrintedArithmetic::printed(small, 0, 0), 0.0041);
    QCOMPARE(PrintedArithmetic::halfUnit(small, 0), 0.00005);
    QCOMPARE(PrintedArithmetic::halfUnit(item(1, {150.0f}), 0), 0.5); // "150"
    QCOMPARE(PrintedArithmetic::printed(item(1, {-1.5e7f}), 0, 0), -1.5e7); // "−1.5×10⁷"
    QCOMPARE(PrintedArithmetic::halfUnit(item(1, {1.5e7f}), 0), 5e5);
    QCOMPARE(PrintedArithmetic::printed(item(1, {-0.9961f, 0.5f}), 0, 0), -0.996); // saturated: three decimals
}

void TestPrintedArithmetic::readsTheGermanPrint()
{
    // In German the equations print "−1,92" (ReaderNumber); the arithmetic is worked on the
    // printed digits all the same, not on a failed parse of the comma.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const EquationItem v = item(1, {-1.9249f, 0.0041f});
    QCOMPARE(EquationView::number(-1.9249f, 2), QStringLiteral("−1,92"));
    const double printed = PrintedArithmetic::printed(v, 0, 0);
    const double half = PrintedArithmetic::halfUnit(v, 0);
    const bool adds = PrintedArithmetic::differs(
        sum(item(1, {-1.921f, -2.254f}), item(1, {1.0f, 0.5f}), item(1, {-0.921f, -1.754f})));
    const bool differs =
        PrintedArithmetic::differs(sum(item(1, {0.504f}), item(1, {0.504f}), item(1, {1.008f}))); // 0.50 + 0.50 ≠ 1.01
    QLocale::setDefault(before);
    QCOMPARE(printed, -1.92);
    QCOMPARE(half, 0.005);
    QVERIFY(!adds);
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestPrintedArithmetic)
#include "tst_printedarithmetic.moc"
