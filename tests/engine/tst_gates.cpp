// SPDX-License-Identifier: MIT
// Gates by name (engine/gates.h): each gate's rows in torch's order, found by its letter, and the
// tables the views label gates with.
#include "engine/gates.h"

#include <QTest>

using namespace rnnlab;

class TestGates : public QObject
{
    Q_OBJECT

private slots:
    void rowsByLetter_data();
    void rowsByLetter();
    void typedGatesMatchTheirLetters();
    void tablesFollowTorchsOrder();
    void viewSlicesOneGate();
};

void TestGates::rowsByLetter_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<char>("letter");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("first");
    // torch.nn.LSTM: weight_ih_l0 = (W_ii | W_if | W_ig | W_io); torch.nn.GRU: (W_ir | W_iz | W_in).
    QTest::newRow("lstm i") << int(CellKind::Lstm) << 'i' << 5 << 0 << 0;
    QTest::newRow("lstm f") << int(CellKind::Lstm) << 'f' << 5 << 1 << 5;
    QTest::newRow("lstm g") << int(CellKind::Lstm) << 'g' << 5 << 2 << 10;
    QTest::newRow("lstm o") << int(CellKind::Lstm) << 'o' << 5 << 3 << 15;
    QTest::newRow("gru r") << int(CellKind::Gru) << 'r' << 7 << 0 << 0;
    QTest::newRow("gru z") << int(CellKind::Gru) << 'z' << 7 << 1 << 7;
    QTest::newRow("gru n") << int(CellKind::Gru) << 'n' << 7 << 2 << 14;
    QTest::newRow("gru has no o") << int(CellKind::Gru) << 'o' << 7 << -1 << 0;
    QTest::newRow("lstm has no z") << int(CellKind::Lstm) << 'z' << 3 << -1 << 0;
    QTest::newRow("rnn has no gates") << int(CellKind::RnnTanh) << 'i' << 4 << -1 << 0;
}

void TestGates::rowsByLetter()
{
    QFETCH(int, cell);
    QFETCH(char, letter);
    QFETCH(int, hidden);
    QFETCH(int, index);
    QFETCH(int, first);
    QCOMPARE(gateIndex(CellKind(cell), letter), index);
    const GateRows rows = gateRows(CellKind(cell), letter, hidden);
    QCOMPARE(rows.first, Eigen::Index(first));
    QCOMPARE(rows.size, Eigen::Index(index < 0 ? 0 : hidden));
    if (index >= 0) {
        QCOMPARE(rows.row(hidden - 1), Eigen::Index(first + hidden - 1));
        QCOMPARE(gateRows(index, hidden).first, rows.first);
    }
}

void TestGates::typedGatesMatchTheirLetters()
{
    const Eigen::Index H = 6;
    QCOMPARE(gateRows(LstmGate::Input, H).first, gateRows(CellKind::Lstm, 'i', H).first);
    QCOMPARE(gateRows(LstmGate::Forget, H).first, gateRows(CellKind::Lstm, 'f', H).first);
    QCOMPARE(gateRows(LstmGate::Cell, H).first, gateRows(CellKind::Lstm, 'g', H).first);
    QCOMPARE(gateRows(LstmGate::Output, H).first, gateRows(CellKind::Lstm, 'o', H).first);
    QCOMPARE(gateRows(GruGate::Reset, H).first, gateRows(CellKind::Gru, 'r', H).first);
    QCOMPARE(gateRows(GruGate::Update, H).first, gateRows(CellKind::Gru, 'z', H).first);
    QCOMPARE(gateRows(GruGate::New, H).first, gateRows(CellKind::Gru, 'n', H).first);
}

void TestGates::tablesFollowTorchsOrder()
{
    for (CellKind cell : {CellKind::RnnTanh, CellKind::RnnRelu, CellKind::Lstm, CellKind::Gru}) {
        const auto gates = gatesOf(cell);
        // An RNN's G·H rows are its H units: one block, but no gate.
        QCOMPARE(int(gates.size()), gateCount(cell) == 1 ? 0 : gateCount(cell));
    }
    QString letters;
    for (const GateInfo &gate : gatesOf(CellKind::Lstm))
        letters += QLatin1Char(gate.letter);
    QCOMPARE(letters, QStringLiteral("ifgo"));
    letters.clear();
    for (const GateInfo &gate : gatesOf(CellKind::Gru))
        letters += QLatin1Char(gate.letter);
    QCOMPARE(letters, QStringLiteral("rzn"));
    // The candidates are tanh (−1 … 1), the gates σ (0 … 1).
    QVERIFY(gatesOf(CellKind::Lstm)[2].candidate);
    QVERIFY(!gatesOf(CellKind::Lstm)[1].candidate);
    QVERIFY(gatesOf(CellKind::Gru)[2].candidate);
    QVERIFY(!gatesOf(CellKind::Gru)[0].candidate);
    QCOMPARE(QString::fromLatin1(gatesOf(CellKind::Lstm)[1].title), QStringLiteral("forget gate"));
}

void TestGates::viewSlicesOneGate()
{
    // A G·H column whose value is its row: the forget gate's view of H = 3 holds rows 3, 4, 5.
    Eigen::VectorXf column = Eigen::VectorXf::LinSpaced(12, 0.0f, 11.0f);
    const auto f = gateRows(LstmGate::Forget, 3).of(column);
    QCOMPARE(f.size(), Eigen::Index(3));
    QCOMPARE(f(0), 3.0f);
    QCOMPARE(f(2), 5.0f);
    gateRows(LstmGate::Output, 3).of(column).setZero(); // a writable view
    QCOMPARE(column(9), 0.0f);
    QCOMPARE(column(8), 8.0f);
}

QTEST_GUILESS_MAIN(TestGates)
#include "tst_gates.moc"
