// SPDX-License-Identifier: MIT
// GraphFit without a GUI: which scroll bars and overview strip the unfolded graph needs in a room
// (a short text in a large room needs none; a long text the overview and the horizontal bar; a deep
// stack in a low room the vertical bar; the bars set aside never leave the drawing cut), the scroll
// ranges that follow, the type's scale on large views, and presentation's shrink of a tall stack.
#include "ui/graph/graphfit.h"

#include <QTest>

using namespace rnnlab;

namespace {

constexpr double bar = 12;
constexpr double caption = 28;
constexpr double overviewLine = 18;

GraphGeometry geometryFor(int timeSteps, int layers, QSize room, bool verticalBar, bool overview)
{
    GraphGeometry g{timeSteps, layers, 8, 8, true, QSizeF(), 16, 7, 1.0};
    g.numberWidth = 30;
    g.outputValuesWidth = 50;
    g.viewport = QSizeF(room.width() - (verticalBar ? bar : 0.0),
                        room.height() - caption - (overview ? overviewLine + bar : 0.0));
    return g;
}

} // namespace

class TestGraphFit : public QObject
{
    Q_OBJECT

private slots:
    void bars_data();
    void bars();
    void fontScaleGrowsOnlyWithRoom();
    void shrinkFitsATallStack();
};

void TestGraphFit::bars_data()
{
    QTest::addColumn<int>("timeSteps");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QSize>("room");
    QTest::addColumn<bool>("vertical");
    QTest::addColumn<bool>("overview");

    QTest::newRow("hello, large room") << 4 << 1 << QSize(1200, 700) << false << false;
    QTest::newRow("long text") << 60 << 1 << QSize(900, 700) << false << true;
    QTest::newRow("4 layers, low room") << 4 << 4 << QSize(900, 250) << true << false;
    QTest::newRow("long text, 4 layers, low room") << 60 << 4 << QSize(900, 250) << true << true;
}

void TestGraphFit::bars()
{
    QFETCH(int, timeSteps);
    QFETCH(int, layers);
    QFETCH(QSize, room);
    QFETCH(bool, vertical);
    QFETCH(bool, overview);
    const GraphFit::Bars b = GraphFit::bars(room, bar, caption, overviewLine,
                                            [&](bool v, bool o) { return geometryFor(timeSteps, layers, room, v, o); });
    QCOMPARE(b.vertical, vertical);
    QCOMPARE(b.overview, overview);
    // The layout is the one for the room less what was set aside.
    const GraphLayout expected = GraphLayout::unfolded(geometryFor(timeSteps, layers, room, vertical, overview));
    QCOMPARE(b.layout.bounds(), expected.bounds());

    // The scroll ranges reach every part of the drawing: the range plus the page covers it.
    const double overviewHeight = overview ? overviewLine : 0.0;
    const GraphFit::Scrolling s = GraphFit::scrolling(b.layout.bounds(), room, bar, caption, overviewHeight);
    QCOMPARE(s.range.width() > 0, overview);
    QCOMPARE(s.range.height() > 0, vertical);
    QVERIFY(s.range.width() + s.page.width() >= b.layout.bounds().right() + 2 - 0.5);
    QVERIFY(s.range.height() + s.page.height() >= b.layout.bounds().bottom() + 2 + caption + overviewHeight - 0.5);
}

void TestGraphFit::fontScaleGrowsOnlyWithRoom()
{
    // Small views keep the desktop's type; a projector's view gets up to 1.75×, while the columns fit.
    QCOMPARE(GraphFit::fontScale(QSize(800, 350), 10, 7, 4), 1.0);
    QCOMPARE(GraphFit::fontScale(QSize(1800, 800), 10, 7, 4), 1.75);
    QCOMPARE(GraphFit::fontScale(QSize(1800, 800), 10, 7, 300), 1.0); // 300 columns need the width
    // Type already large (presentation, 18 pt) is not enlarged again.
    QCOMPARE(GraphFit::fontScale(QSize(1800, 800), 18, 7, 4), 1.0);
}

void TestGraphFit::shrinkFitsATallStack()
{
    GraphGeometry g = geometryFor(4, 1, QSize(1200, 700), false, false);
    QCOMPARE(GraphFit::shrink(g), 1.0);
    g = geometryFor(4, 4, QSize(900, 250), false, false);
    g.hiddenSize = 16;
    const double shrink = GraphFit::shrink(g);
    QVERIFY(shrink < 1.0);
    QVERIFY(shrink >= 0.5);
}

QTEST_GUILESS_MAIN(TestGraphFit)
#include "tst_graphfit.moc"
