// SPDX-License-Identifier: MIT
// HeatmapLayout: cell geometry, hit-testing (the inverse of cellRect), label decimation, how labels
// that do not fit are drawn (vocabulary labels never dropped: shrunk, turned, staggered), whether a
// number fits into a cell, and the cell sizes a matrix gets.
#include "ui/matrices/heatmaplayout.h"

#include <QTest>

#include <utility>

using namespace rnnlab;

class TestHeatmapLayout : public QObject
{
    Q_OBJECT

private slots:
    void geometry();
    void hitTestingInvertsCellRect_data();
    void hitTestingInvertsCellRect();
    void labelStep_data();
    void labelStep();
    void columnLabelPlan_data();
    void columnLabelPlan();
    void rowLabelPlan_data();
    void rowLabelPlan();
    void plansNeverOverlap();
    void drawsLabel();
    void fitsInCell_data();
    void fitsInCell();
    void defaultCellSize_data();
    void defaultCellSize();
    void cellSizeToFit();

private:
    static HeatmapLayout::Margins margins();
};

HeatmapLayout::Margins TestHeatmapLayout::margins()
{
    HeatmapLayout::Margins m;
    m.titleHeight = 20;
    m.titleWidth = 90;
    m.columnLabelHeight = 15;
    m.rowLabelWidth = 30;
    return m;
}

void TestHeatmapLayout::geometry()
{
    const HeatmapLayout layout(4, 3, 40, margins());
    QCOMPARE(layout.gridRect(), QRect(30, 35, 120, 160));
    QCOMPARE(layout.cellRect(0, 0), QRect(30, 35, 40, 40));
    QCOMPARE(layout.cellRect(3, 2), QRect(110, 155, 40, 40));
    QCOMPARE(layout.cellFillRect(3, 2), QRect(110, 155, 39, 39)); // a 1 px gap at ≥ 8 px
    QCOMPARE(layout.size(), QSize(150, 195));
    // The title is never clipped: a narrow matrix is as wide as its title.
    QCOMPARE(HeatmapLayout(4, 1, 20, margins()).size().width(), 90);
    // Small cells have no gap.
    QCOMPARE(HeatmapLayout(4, 3, 4, margins()).cellFillRect(1, 1), QRect(34, 39, 4, 4));
    // Labels sit against their row and column.
    QCOMPARE(layout.rowLabelRect(1).top(), 75);
    QCOMPARE(layout.columnLabelRect(2).left(), 110);
    QCOMPARE(layout.columnLabelRect(2).top(), 20);
}

void TestHeatmapLayout::hitTestingInvertsCellRect_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::newRow("48 px") << 48;
    QTest::newRow("13 px") << 13;
    QTest::newRow("2 px") << 2;
}

void TestHeatmapLayout::hitTestingInvertsCellRect()
{
    QFETCH(int, cellSize);
    const HeatmapLayout layout(5, 7, cellSize, margins());
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 7; ++column) {
            const QRect cell = layout.cellRect(row, column);
            QCOMPARE(layout.cellAt(cell.topLeft()), QPoint(column, row));
            QCOMPARE(layout.cellAt(cell.bottomRight()), QPoint(column, row));
        }
    }
    QCOMPARE(layout.cellAt(QPoint(0, 0)), QPoint(-1, -1)); // title
    QCOMPARE(layout.cellAt(layout.gridRect().topLeft() - QPoint(1, 0)), QPoint(-1, -1)); // row labels
    QCOMPARE(layout.cellAt(layout.gridRect().bottomRight() + QPoint(1, 1)), QPoint(-1, -1));
}

void TestHeatmapLayout::labelStep_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::addColumn<int>("extent");
    QTest::addColumn<int>("step");
    QTest::newRow("room for every label") << 40 << 20 << 1;
    QTest::newRow("exactly enough") << 22 << 20 << 1;
    QTest::newRow("every 2nd") << 12 << 20 << 2;
    QTest::newRow("every 5th") << 5 << 20 << 5;
    QTest::newRow("every 10th") << 3 << 20 << 10;
    QTest::newRow("every 50th") << 1 << 30 << 50;
}

void TestHeatmapLayout::labelStep()
{
    QFETCH(int, cellSize);
    QFETCH(int, extent);
    QFETCH(int, step);
    QCOMPARE(HeatmapLayout(10, 10, cellSize, margins()).labelStep(extent), step);
}

using Plan = HeatmapLayout::LabelPlan;
using Extent = HeatmapLayout::LabelExtent;
Q_DECLARE_METATYPE(HeatmapLayout::LabelPlan)

namespace {
// A single character in a 13 px font (8 px wide, 15 px line) and in the 10 px small font.
constexpr Extent glyph{8, 15};
constexpr Extent smallGlyph{6, 12};
// "h64": wider than high.
constexpr Extent unit{22, 15};
constexpr Extent smallUnit{17, 12};
} // namespace

void TestHeatmapLayout::columnLabelPlan_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::addColumn<int>("normalWidth");
    QTest::addColumn<int>("smallWidth");
    QTest::addColumn<bool>("mayThin");
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("band");
    QTest::newRow("characters, room: as they are") << 20 << glyph.width << smallGlyph.width << false << Plan{} << 15;
    QTest::newRow("characters, 9 px: the small font")
        << 9 << glyph.width << smallGlyph.width << false << Plan{.small = true} << 12;
    QTest::newRow("characters, 7 px: staggered, never dropped")
        << 7 << glyph.width << smallGlyph.width << false << Plan{.small = true, .tiers = 2} << 24;
    QTest::newRow("characters, 3 px: 3 tiers")
        << 3 << glyph.width << smallGlyph.width << false << Plan{.small = true, .tiers = 3} << 36;
    QTest::newRow("units, room") << 30 << unit.width << smallUnit.width << true << Plan{} << 15;
    QTest::newRow("units, 20 px: small") << 20 << unit.width << smallUnit.width << true << Plan{.small = true} << 12;
    QTest::newRow("units, 16 px: turned") << 16 << unit.width << smallUnit.width << true << Plan{.rotated = true} << 24;
    QTest::newRow("units, 12 px: turned, small")
        << 12 << unit.width << smallUnit.width << true << Plan{.small = true, .rotated = true} << 19;
    QTest::newRow("units, 5 px: every 5th") << 5 << unit.width << smallUnit.width << true << Plan{.step = 5} << 15;
    QTest::newRow("wide characters (emoji), 16 px: turned") << 16 << 22 << 17 << false << Plan{.rotated = true} << 24;
    QTest::newRow("characters, 12 px: upright in 2 rows, not turned on their side")
        << 12 << 13 << 11 << false << Plan{.small = true, .tiers = 2} << 24;
}

void TestHeatmapLayout::columnLabelPlan()
{
    QFETCH(int, cellSize);
    QFETCH(int, normalWidth);
    QFETCH(int, smallWidth);
    QFETCH(bool, mayThin);
    QFETCH(Plan, plan);
    QFETCH(int, band);
    const Extent normal{normalWidth, 15};
    const Extent small{smallWidth, 12};
    const Plan planned = HeatmapLayout::planColumnLabels(cellSize, normal, small, mayThin);
    QCOMPARE(planned.small, plan.small);
    QCOMPARE(planned.rotated, plan.rotated);
    QCOMPARE(planned.tiers, plan.tiers);
    QCOMPARE(planned.step, plan.step);
    QCOMPARE(HeatmapLayout::columnLabelBand(planned, normal, small), band);
    if (!mayThin)
        QCOMPARE(planned.step, 1); // vocabulary: every label
}

void TestHeatmapLayout::rowLabelPlan_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::addColumn<bool>("mayThin");
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("band");
    QTest::newRow("room") << 16 << false << Plan{} << 8;
    QTest::newRow("12 px: small") << 12 << false << Plan{.small = true} << 6;
    QTest::newRow("characters, 5 px: 3 columns of labels")
        << 5 << false << Plan{.small = true, .tiers = 3} << 3 * 6 + 2 * HeatmapLayout::tierGap;
    QTest::newRow("units, 5 px: every 5th") << 5 << true << Plan{.step = 5} << 8;
}

void TestHeatmapLayout::rowLabelPlan()
{
    QFETCH(int, cellSize);
    QFETCH(bool, mayThin);
    QFETCH(Plan, plan);
    QFETCH(int, band);
    const Plan planned = HeatmapLayout::planRowLabels(cellSize, glyph, smallGlyph, mayThin);
    QVERIFY(planned == plan);
    QVERIFY(!planned.rotated); // row labels read across
    QCOMPARE(HeatmapLayout::rowLabelBand(planned, glyph, smallGlyph), band);
}

void TestHeatmapLayout::plansNeverOverlap()
{
    // For every cell size, two labels drawn side by side in the same tier are far enough apart:
    // column labels their width + 2 (or their line height when turned), row labels their height.
    for (int cell = HeatmapLayout::minCellSize; cell <= HeatmapLayout::maxCellSize; ++cell) {
        for (const bool mayThin : {false, true}) {
            for (const auto &[normal, small] : {std::pair{glyph, smallGlyph}, std::pair{unit, smallUnit}}) {
                const Plan column = HeatmapLayout::planColumnLabels(cell, normal, small, mayThin);
                const Extent &c = column.small ? small : normal;
                const int neighbour = column.tiers * column.step * cell; // next label in the same tier
                QVERIFY2(neighbour >= (column.rotated ? c.height : c.width + 2),
                         qPrintable(QStringLiteral("column labels overlap at %1 px").arg(cell)));
                const Plan row = HeatmapLayout::planRowLabels(cell, normal, small, mayThin);
                const Extent &r = row.small ? small : normal;
                QVERIFY2(row.tiers * row.step * cell >= r.height,
                         qPrintable(QStringLiteral("row labels overlap at %1 px").arg(cell)));
                if (!mayThin) {
                    QCOMPARE(column.step, 1);
                    QCOMPARE(row.step, 1);
                }
            }
        }
    }
}

void TestHeatmapLayout::drawsLabel()
{
    const Plan every{};
    const Plan fifth{.step = 5};
    QVERIFY(HeatmapLayout::drawsLabel(every, 0) && HeatmapLayout::drawsLabel(every, 1));
    // h5, h10, … (0-based 4, 9, …), not h1, h6, …
    QVERIFY(!HeatmapLayout::drawsLabel(fifth, 0));
    QVERIFY(HeatmapLayout::drawsLabel(fifth, 4));
    QVERIFY(!HeatmapLayout::drawsLabel(fifth, 5));
    QVERIFY(HeatmapLayout::drawsLabel(fifth, 9));
}

void TestHeatmapLayout::fitsInCell_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("fits");
    QTest::newRow("48 px, wide number") << 48 << 40 << 15 << true;
    QTest::newRow("48 px, too wide") << 48 << 44 << 15 << false;
    QTest::newRow("30 px, short number") << 30 << 25 << 15 << true;
    QTest::newRow("30 px, long number") << 30 << 26 << 15 << false;
    QTest::newRow("16 px, too low") << 16 << 8 << 16 << false;
    QTest::newRow("4 px") << 4 << 1 << 3 << false;
}

void TestHeatmapLayout::fitsInCell()
{
    QFETCH(int, cellSize);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, fits);
    QCOMPARE(HeatmapLayout(2, 2, cellSize, margins()).fitsInCell(width, height), fits);
}

void TestHeatmapLayout::defaultCellSize_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("cellSize");
    QTest::newRow("4×4: the largest") << 4 << 4 << 48;
    QTest::newRow("bias 4") << 4 << 1 << 48;
    QTest::newRow("16×27") << 16 << 27 << 11;
    QTest::newRow("64×64") << 64 << 64 << 5;
    QTest::newRow("1024×1024: the smallest") << 1024 << 1024 << 2;
}

void TestHeatmapLayout::defaultCellSize()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(int, cellSize);
    QCOMPARE(HeatmapLayout::defaultCellSize(rows, columns), cellSize);
}

void TestHeatmapLayout::cellSizeToFit()
{
    const HeatmapLayout::Margins m = margins();
    // Room for 48 px cells: the preferred size wins.
    QCOMPARE(HeatmapLayout::cellSizeToFit(4, 4, m, QSize(1000, 1000), 48), 48);
    QCOMPARE(HeatmapLayout::cellSizeToFit(4, 4, m, QSize(1000, 1000), 30), 30);
    // Squeezed: the narrower side decides, and cells stay square.
    QCOMPARE(HeatmapLayout::cellSizeToFit(4, 4, m, QSize(30 + 80, 1000), 48), 20);
    QCOMPARE(HeatmapLayout::cellSizeToFit(4, 4, m, QSize(1000, 35 + 40), 48), 10);
    // Never below the minimum, never above the maximum.
    QCOMPARE(HeatmapLayout::cellSizeToFit(100, 100, m, QSize(50, 50), 48), HeatmapLayout::minCellSize);
    QCOMPARE(HeatmapLayout::cellSizeToFit(1, 1, m, QSize(5000, 5000), 500), HeatmapLayout::maxCellSize);
}

QTEST_GUILESS_MAIN(TestHeatmapLayout)
#include "tst_heatmaplayout.moc"
