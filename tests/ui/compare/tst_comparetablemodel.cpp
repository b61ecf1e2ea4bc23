// SPDX-License-Identifier: MIT
// CompareTableModel: the loss cell is rounded as the graph and the equations print numbers (2–4
// decimals, more for a small loss, a proper minus sign), not the CLI's nine digits, which stay in
// the cell's tooltip; the other cells are CompareTable's text; the model passes
// QAbstractItemModelTester while rows change.
#include "ui/compare/comparetablemodel.h"
#include "ui/teaching/equationview.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace rnnlab;

namespace {

CompareRow row(float loss, std::int64_t step = 12)
{
    CompareRow r;
    r.model = "A: 1 layer";
    r.parameters = 48;
    r.summary.record(step, loss, 3, 4);
    r.secondsPerStep = 0.000412;
    r.stepsPerSecond = 823.0;
    return r;
}

QString cell(const QAbstractItemModel &model, int r, int c, int role = Qt::DisplayRole)
{
    return model.data(model.index(r, c), role).toString();
}

} // namespace

class TestCompareTableModel : public QObject
{
    Q_OBJECT

private slots:
    void lossAsTheGraphPrintsIt_data();
    void lossAsTheGraphPrintsIt();
    void otherCellsAsTheCliPrintsThem();
    void noLossYet();
};

void TestCompareTableModel::lossAsTheGraphPrintsIt_data()
{
    QTest::addColumn<float>("loss");
    QTest::addColumn<QString>("shown");
    QTest::newRow("untrained, ln 4") << 1.38629436f << QStringLiteral("1.39");
    QTest::newRow("above 0.1") << 0.123456789f << QStringLiteral("0.12");
    QTest::newRow("0.01 … 0.1: three decimals") << 0.0512345f << QStringLiteral("0.051");
    QTest::newRow("0.001 … 0.01: four decimals") << 0.00456789f << QStringLiteral("0.0046");
    // (Empty: as the equations print it, whatever their notation for tiny numbers is.)
    QTest::newRow("below 0.001: as the equations") << 0.000123456f << QString();
}

void TestCompareTableModel::lossAsTheGraphPrintsIt()
{
    QFETCH(float, loss);
    QFETCH(QString, shown);
    if (shown.isEmpty())
        shown = EquationView::number(loss, EquationView::decimalsFor(loss));
    CompareTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({row(1.0f), row(loss)});
    QCOMPARE(cell(model, 1, CompareTable::Loss), shown);
    QCOMPARE(CompareTableModel::displayText(row(loss), CompareTable::Loss), shown);
    // Never the CLI's nine significant digits on screen…
    QVERIFY(cell(model, 1, CompareTable::Loss).size() <= 7);
    // …but in the tooltip, with what the column means.
    const QString exact = QString::fromStdString(CompareTable::lossText(loss));
    QVERIFY(exact != shown);
    const QString tip = cell(model, 1, CompareTable::Loss, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(exact)
                 && tip.contains(QString::fromStdString(CompareTable::explanation(CompareTable::Loss))),
             qPrintable(tip));
    // A change below the shown precision changes the tooltip, not the cell.
    model.setRows({row(1.0f), row(std::nextafter(loss, 2.0f * loss))});
    QCOMPARE(cell(model, 1, CompareTable::Loss), shown);
}

void TestCompareTableModel::otherCellsAsTheCliPrintsThem()
{
    CompareTableModel model;
    const CompareRow r = row(0.5f);
    model.setRows({r});
    for (int c = 0; c < CompareTable::ColumnCount; ++c) {
        if (c == CompareTable::Loss)
            continue;
        QCOMPARE(cell(model, 0, c), QString::fromStdString(CompareTable::cell(r, c)));
        if (c != CompareTable::Model)
            QCOMPARE(cell(model, 0, c, Qt::ToolTipRole), QString::fromStdString(CompareTable::explanation(c)));
    }
    QCOMPARE(cell(model, 0, CompareTable::Loss), QStringLiteral("0.50"));
}

void TestCompareTableModel::noLossYet()
{
    CompareTableModel model;
    CompareRow r;
    r.model = "B";
    model.setRows({r});
    QCOMPARE(cell(model, 0, CompareTable::Loss), QString::fromStdString(CompareTable::cell(r, CompareTable::Loss)));
    QCOMPARE(cell(model, 0, CompareTable::Loss, Qt::ToolTipRole),
             QString::fromStdString(CompareTable::explanation(CompareTable::Loss)));
}

QTEST_MAIN(TestCompareTableModel)
#include "tst_comparetablemodel.moc"
