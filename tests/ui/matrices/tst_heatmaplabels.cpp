// SPDX-License-Identifier: MIT
// HeatmapLabels without a widget: how rows and columns are named (description, label, number),
// whether thinning may change, the thinning note and the label band tooltip at a given layout.
#include "ui/matrices/heatmaplabels.h"
#include "ui/matrices/matrixlabels.h"

#include <QGuiApplication>
#include <QTest>

using namespace rnnlab;

class TestHeatmapLabels : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void mayThinReportsChanges();
    void bandsAreZeroWithoutLabels();
    void thinningNoteAndBandToolTip();
};

void TestHeatmapLabels::names()
{
    HeatmapLabels labels;
    labels.setLabels(hiddenLabels(3), {QStringLiteral("h"), QStringLiteral("e")});
    labels.setDescriptions({}, {QStringLiteral("input 'h'")});
    QCOMPARE(labels.rowName(1), QStringLiteral("h2")); // the label
    QCOMPARE(labels.columnName(0), QStringLiteral("input 'h'")); // the description
    QCOMPARE(labels.columnName(1), QStringLiteral("e")); // no description: the label
    QCOMPARE(labels.rowName(5), QStringLiteral("6")); // neither: the 1-based number
}

void TestHeatmapLabels::mayThinReportsChanges()
{
    HeatmapLabels labels;
    QVERIFY(!labels.setMayThin(false, false));
    QVERIFY(labels.setMayThin(true, false));
    QVERIFY(!labels.setMayThin(true, false));
}

void TestHeatmapLabels::bandsAreZeroWithoutLabels()
{
    HeatmapLabels labels;
    labels.measure(QGuiApplication::font(), HeatmapLabels::smallFont(QGuiApplication::font()));
    QCOMPARE(labels.columnBand(20), 0);
    QCOMPARE(labels.rowBand(20), 0);
    labels.setLabels(hiddenLabels(4), hiddenLabels(4));
    labels.measure(QGuiApplication::font(), HeatmapLabels::smallFont(QGuiApplication::font()));
    QVERIFY(labels.columnBand(20) > 0);
    QVERIFY(labels.rowBand(20) > 0);
}

void TestHeatmapLabels::thinningNoteAndBandToolTip()
{
    HeatmapLabels labels;
    labels.setLabels(hiddenLabels(64), hiddenLabels(64));
    labels.setDescriptions(hiddenLabels(64), {});
    labels.setMayThin(true, true);
    const QFont font = QGuiApplication::font();
    labels.measure(font, HeatmapLabels::smallFont(font));
    const int cell = 3;
    QVERIFY(labels.rowPlan(cell).step > 1);
    const QString note = labels.thinningNote(cell);
    QVERIFY2(note.startsWith(QStringLiteral("Row labels: only every ")), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("\nColumn labels: only every ")));
    QVERIFY(labels.thinningNote(40).isEmpty());

    HeatmapLayout::Margins margins;
    margins.titleHeight = 20;
    margins.columnLabelHeight = labels.columnBand(cell) + 2;
    margins.rowLabelWidth = labels.rowBand(cell) + 6;
    const HeatmapLayout layout(64, 64, cell, margins);
    const QRect grid = layout.gridRect();
    const QString column = labels.toolTipAt(layout, QPoint(grid.left() + 4 * cell + 1, grid.top() - 2));
    QVERIFY2(column.startsWith(QStringLiteral("Column 5: h5\n")), qPrintable(column));
    const QString row = labels.toolTipAt(layout, QPoint(grid.left() - 2, grid.top() + 9 * cell + 1));
    QVERIFY2(row.startsWith(QStringLiteral("Row 10: h10\n")), qPrintable(row));
    QVERIFY(labels.toolTipAt(layout, grid.center()).isEmpty()); // a cell, not a label
}

QTEST_MAIN(TestHeatmapLabels)
#include "tst_heatmaplabels.moc"
