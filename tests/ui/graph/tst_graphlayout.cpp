// SPDX-License-Identifier: MIT
// GraphLayout without a GUI: for 1-60 time steps and 1-4 layers of RNN, LSTM and GRU cells, at the
// graph area of a 1280×800 and of a 1920×1080 window, nothing overlaps and everything is inside the
// view at fit-to-window (an LSTM's cell-state lane clear of the arrows up the columns);
// the folded layout puts every time step on one cell; the fold animation starts and ends on the
// two layouts; hit-testing finds the cell under a point.
#include "ui/graph/graphlayout.h"

#include <QTest>

using namespace rnnlab;

Q_DECLARE_METATYPE(QSizeF)

namespace {

QString describe(const GraphNode &n)
{
    return QStringLiteral("node kind %1 t %2 layer %3 at (%4,%5 %6×%7)")
        .arg(int(n.kind))
        .arg(n.t)
        .arg(n.layer)
        .arg(n.rect.x())
        .arg(n.rect.y())
        .arg(n.rect.width())
        .arg(n.rect.height());
}

//! Strict overlap: touching edges are fine.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0.01 && a.intersected(b).height() > 0.01;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void fitsWithoutOverlap_data();
    void fitsWithoutOverlap();
    void foldedStacksTimeSteps();
    void animationEndsOnBothLayouts();
    void edgesConnectTheRightNodes();
    void hitTesting();
    void zoomGrowsCellsNotText();
    void lstmCellStateLane();
    void numbersKeepTheirRoom_data();
    void numbersKeepTheirRoom();
    void nodesInColumnOrder_data();
    void nodesInColumnOrder();
};

void TestGraphLayout::fitsWithoutOverlap_data()
{
    QTest::addColumn<QSizeF>("viewport");
    QTest::addColumn<int>("timeSteps");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("vocabulary");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<int>("gates");
    const QList<QPair<QString, QSizeF>> viewports = {{QStringLiteral("1280x800"), QSizeF(720, 440)},
                                                     {QStringLiteral("1920x1080"), QSizeF(1300, 680)}};
    for (const auto &[name, size] : viewports) {
        for (int T : {1, 2, 4, 11, 30, 60}) {
            for (int L : {1, 2, 3, 4}) {
                QTest::addRow("%s T=%d L=%d lecture", qPrintable(name), T, L) << size << T << L << 4 << 4 << false << 0;
                QTest::addRow("%s T=%d L=%d H=16 V=27 fc", qPrintable(name), T, L)
                    << size << T << L << 16 << 27 << true << 0;
                QTest::addRow("%s T=%d L=%d LSTM H=8 V=27 fc", qPrintable(name), T, L)
                    << size << T << L << 8 << 27 << true << 4;
                QTest::addRow("%s T=%d L=%d GRU lecture", qPrintable(name), T, L)
                    << size << T << L << 4 << 4 << false << 3;
            }
        }
    }
}

void TestGraphLayout::fitsWithoutOverlap()
{
    QFETCH(QSizeF, viewport);
    QFETCH(int, timeSteps);
    QFETCH(int, layers);
    QFETCH(int, hidden);
    QFETCH(int, vocabulary);
    QFETCH(bool, outputLayer);
    QFETCH(int, gates);
    GraphGeometry g{timeSteps, layers, hidden, vocabulary, outputLayer, viewport, 16, 7, 1.0};
    g.gates = gates;
    g.cellState = gates == 4;
    const QRectF view(QPointF(0, 0), viewport);

    for (const GraphLayout &layout : {GraphLayout::unfolded(g), GraphLayout::folded(g)}) {
        const QString which = layout.isFolded() ? QStringLiteral("folded") : QStringLiteral("unfolded");
        // Inside the view — unless the readability rule binds (the cells at the height that prints
        // their numbers): then the drawing is taller than the view, which scrolls.
        const bool readableBinds = layout.cellHeight() <= std::ceil(g.lineHeight * 0.8 + 0.01) + 1e-9;
        QVERIFY2(view.contains(layout.bounds())
                     || (readableBinds && layout.bounds().left() >= 0 && layout.bounds().top() >= 0
                         && layout.bounds().right() <= view.right()),
                 qPrintable(which
                            + QStringLiteral(": bounds %1,%2 %3×%4 outside the view")
                                  .arg(layout.bounds().x())
                                  .arg(layout.bounds().y())
                                  .arg(layout.bounds().width())
                                  .arg(layout.bounds().height())));
        // Nodes: distinct time steps or kinds never overlap (folded: only one time step is drawn).
        std::vector<const GraphNode *> drawn;
        for (const auto &n : layout.nodes()) {
            if (!layout.isFolded() || n.t == timeSteps - 1)
                drawn.push_back(&n);
        }
        int gateNodes = 0;
        int cellNodes = 0;
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            gateNodes += drawn[i]->kind == NodeKind::Gates ? 1 : 0;
            cellNodes += drawn[i]->kind == NodeKind::CellState ? 1 : 0;
            // Gate bars are left out (an empty rectangle) when the column has no room for them.
            QVERIFY(drawn[i]->kind == NodeKind::Gates || (drawn[i]->rect.width() > 0 && drawn[i]->rect.height() > 0));
            for (std::size_t j = i + 1; j < drawn.size(); ++j)
                QVERIFY2(!overlaps(drawn[i]->rect, drawn[j]->rect),
                         qPrintable(which + u' ' + describe(*drawn[i]) + QStringLiteral(" overlaps ")
                                    + describe(*drawn[j])));
        }
        const int columns = layout.isFolded() ? 1 : timeSteps;
        QCOMPARE(gateNodes, gates > 0 ? columns * layers : 0);
        QCOMPARE(cellNodes, gates == 4 ? columns * layers : 0);
        // The arrows up the columns pass beside the cell state and the gate bars, never through them.
        for (const auto &e : layout.edges()) {
            if (e.kind != EdgeKind::Forward || (layout.isFolded() && e.t != timeSteps - 1))
                continue;
            for (const GraphNode *n : drawn) {
                if (n->kind == NodeKind::CellState || n->kind == NodeKind::Gates)
                    QVERIFY2(!overlaps(QRectF(e.from, e.to).normalized().adjusted(-0.5, 0, 0.5, 0), n->rect),
                             qPrintable(which + QStringLiteral(": an arrow runs through ") + describe(*n)));
            }
        }
        // Labels and heatmap thumbnails: clear of every node and of each other.
        std::vector<QRectF> marks;
        for (const auto &e : layout.edges()) {
            if (layout.isFolded() && e.kind == EdgeKind::Forward && e.t != timeSteps - 1)
                continue;
            if (e.labelled)
                marks.push_back(e.label);
            if (!e.thumbnail.isEmpty())
                marks.push_back(e.thumbnail);
            if (!e.caption.isEmpty())
                marks.push_back(e.caption);
        }
        for (const QRectF &m : marks) {
            for (const GraphNode *n : drawn)
                QVERIFY2(!overlaps(m, n->rect),
                         qPrintable(which + QStringLiteral(": a label or heatmap overlaps ") + describe(*n)));
        }
        for (std::size_t i = 0; i < marks.size(); ++i)
            for (std::size_t j = i + 1; j < marks.size(); ++j)
                QVERIFY2(!overlaps(marks[i], marks[j]),
                         qPrintable(which
                                    + QStringLiteral(": two labels overlap: (%1,%2 %3×%4) and (%5,%6 %7×%8)")
                                          .arg(marks[i].x())
                                          .arg(marks[i].y())
                                          .arg(marks[i].width())
                                          .arg(marks[i].height())
                                          .arg(marks[j].x())
                                          .arg(marks[j].y())
                                          .arg(marks[j].width())
                                          .arg(marks[j].height())));
        // Row labels stay left of the first column, clear of the labels and heatmaps.
        for (const auto &r : layout.rowLabels()) {
            QVERIFY(r.rect.right() <= layout.node(NodeKind::OneHot, 0)->rect.left());
            for (const QRectF &m : marks)
                QVERIFY2(!overlaps(m, r.rect),
                         qPrintable(which + QStringLiteral(": a row label overlaps a matrix label")));
        }
    }
    // Legible: cells at least 1 px, columns at least a character wide (plus room around it); the
    // softmax rows a line of text tall whenever the hidden states keep ≥ 1 px per cell.
    const GraphLayout unfolded = GraphLayout::unfolded(g);
    QVERIFY(unfolded.cellHeight() >= 1.0);
    const double available = viewport.height() - 20; // at most the whole view
    // Output rows: at least the hidden cells' height or a line of text, unless the hidden strips
    // would get under 3 px per unit — then those come first and the rows keep ≥ 22 % of the room
    // (roughly: the room is less than the view).
    QVERIFY(unfolded.outputRowHeight() >= std::min(unfolded.cellHeight(), available * 0.22 / vocabulary * 0.5));
    QVERIFY(unfolded.outputRowHeight()
            >= std::min({g.lineHeight * 0.95, 26.0, available * 0.22 / vocabulary * 0.5}) - 1e-9);
    // Hidden strips: at least 2 px per unit at fit-to-window, up to 4 layers of 16 units.
    QVERIFY2(unfolded.cellHeight() >= 2.0 || layers * hidden * (gates == 4 ? 2 : 1) > 64,
             qPrintable(QStringLiteral("hidden cells %1 px").arg(unfolded.cellHeight())));
    if (timeSteps > 1) {
        const double column = unfolded.node(NodeKind::OneHot, 1)->rect.center().x()
            - unfolded.node(NodeKind::OneHot, 0)->rect.center().x();
        QVERIFY(column >= g.charWidth + 3 - 1e-9);
    }
}

void TestGraphLayout::foldedStacksTimeSteps()
{
    GraphGeometry g{5, 2, 4, 4, true, QSizeF(800, 500), 16, 7, 1.0};
    const GraphLayout folded = GraphLayout::folded(g);
    for (int t = 1; t < 5; ++t)
        QCOMPARE(folded.node(NodeKind::Hidden, t, 1)->rect, folded.node(NodeKind::Hidden, 0, 1)->rect);
    int loops = 0;
    for (const auto &e : folded.edges()) {
        QVERIFY(e.kind != EdgeKind::Recurrent);
        loops += e.kind == EdgeKind::Loop ? 1 : 0;
        if (e.kind == EdgeKind::Loop || (e.kind == EdgeKind::Forward && e.t == 4))
            QVERIFY2(e.thumbnail.width() >= 40, "the folded view shows the weights as real heatmaps");
    }
    QCOMPARE(loops, 2);
}

void TestGraphLayout::animationEndsOnBothLayouts()
{
    GraphGeometry g{6, 2, 5, 4, false, QSizeF(900, 500), 16, 7, 1.0};
    const GraphLayout a = GraphLayout::unfolded(g);
    const GraphLayout b = GraphLayout::folded(g);
    const GraphLayout start = GraphLayout::interpolate(a, b, 0.0);
    const GraphLayout end = GraphLayout::interpolate(a, b, 1.0);
    const GraphLayout middle = GraphLayout::interpolate(a, b, 0.5);
    QCOMPARE(start.nodes().size(), a.nodes().size());
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        QCOMPARE(start.nodes()[i].rect, a.nodes()[i].rect);
        QCOMPARE(end.nodes()[i].rect, b.nodes()[i].rect);
        const QPointF c = middle.nodes()[i].rect.center();
        const QPointF expected = (a.nodes()[i].rect.center() + b.nodes()[i].rect.center()) / 2;
        QVERIFY(std::abs(c.x() - expected.x()) < 1e-6 && std::abs(c.y() - expected.y()) < 1e-6);
    }
    // Arrows stay attached to their (moving) nodes.
    for (const auto &e : middle.edges()) {
        if (e.kind == EdgeKind::Recurrent) {
            QCOMPARE(e.from.x(), middle.node(NodeKind::Hidden, e.t - 1, e.layer)->rect.right());
            QCOMPARE(e.to.x(), middle.node(NodeKind::Hidden, e.t, e.layer)->rect.left());
        }
    }
}

void TestGraphLayout::lstmCellStateLane()
{
    GraphGeometry g{5, 2, 6, 8, true, QSizeF(900, 600), 16, 7, 1.0};
    g.gates = 4;
    g.cellState = true;
    const GraphLayout layout = GraphLayout::unfolded(g);
    int lanes = 0;
    for (const auto &e : layout.edges()) {
        if (!e.cellLane)
            continue;
        ++lanes;
        const GraphNode *to = layout.node(NodeKind::CellState, e.t, e.layer);
        QCOMPARE(e.to, QPointF(to->rect.left(), to->rect.center().y()));
        if (e.kind == EdgeKind::Recurrent)
            QCOMPARE(e.from.x(), layout.node(NodeKind::CellState, e.t - 1, e.layer)->rect.right());
        else
            QCOMPARE(e.kind, EdgeKind::InitialState);
        QVERIFY(!e.labelled && e.thumbnail.isEmpty()); // no matrix on the lane
    }
    QCOMPARE(lanes, 5 * 2);
    for (int l = 0; l < 2; ++l) {
        for (int t = 0; t < 5; ++t) {
            // The lane runs above its layer's h_t row; the gate bars sit under it, beside the arrow in.
            const QRectF c = layout.node(NodeKind::CellState, t, l)->rect;
            const QRectF h = layout.node(NodeKind::Hidden, t, l)->rect;
            const QRectF gates = layout.node(NodeKind::Gates, t, l)->rect;
            QVERIFY(c.bottom() <= h.top());
            QVERIFY(c.left() > h.center().x());
            QVERIFY(gates.top() >= h.bottom() && gates.right() < h.center().x());
            QCOMPARE(layout.node(NodeKind::Gates, t, l)->cells, 4);
        }
    }
    // Folded: one loop for W_hh and one for the cell state, per layer; the fold animation keeps
    // every node (gates and cell state too) matched.
    const GraphLayout folded = GraphLayout::folded(g);
    int loops = 0;
    int cellLoops = 0;
    for (const auto &e : folded.edges()) {
        loops += e.kind == EdgeKind::Loop ? 1 : 0;
        cellLoops += e.kind == EdgeKind::Loop && e.cellLane ? 1 : 0;
    }
    QCOMPARE(loops, 4);
    QCOMPARE(cellLoops, 2);
    QCOMPARE(folded.nodes().size(), layout.nodes().size());
    const GraphLayout middle = GraphLayout::interpolate(layout, folded, 0.5);
    for (std::size_t i = 0; i < layout.nodes().size(); ++i) {
        QCOMPARE(folded.nodes()[i].kind, layout.nodes()[i].kind);
        QCOMPARE(middle.nodes()[i].kind, layout.nodes()[i].kind);
    }
}

void TestGraphLayout::edgesConnectTheRightNodes()
{
    GraphGeometry g{4, 3, 4, 4, true, QSizeF(900, 600), 16, 7, 1.0};
    const GraphLayout layout = GraphLayout::unfolded(g);
    int forward = 0;
    int recurrent = 0;
    int initial = 0;
    for (const auto &e : layout.edges()) {
        switch (e.kind) {
        case EdgeKind::Forward:
            ++forward;
            QVERIFY(e.from.y() > e.to.y()); // upwards: depth runs bottom to top
            if (e.role == MatrixRole::HiddenToOutput) {
                QCOMPARE(e.layer, 2);
                QVERIFY(!e.identity);
            }
            break;
        case EdgeKind::Recurrent:
            ++recurrent;
            QCOMPARE(e.role, MatrixRole::HiddenToHidden);
            QVERIFY(e.from.x() < e.to.x()); // time runs left to right
            break;
        case EdgeKind::InitialState: ++initial; break;
        case EdgeKind::Loop: QFAIL("no loops when unfolded");
        }
    }
    QCOMPARE(forward, 4 * (3 + 1)); // W_xh into each of 3 layers, W_hy out of the top, per step
    QCOMPARE(recurrent, 3 * 3); // W_hh between 4 steps, per layer
    QCOMPARE(initial, 3);
}

void TestGraphLayout::hitTesting()
{
    GraphGeometry g{4, 1, 4, 4, false, QSizeF(800, 500), 16, 7, 1.0};
    const GraphLayout layout = GraphLayout::unfolded(g);
    const GraphNode *h = layout.node(NodeKind::Hidden, 2, 0);
    QVERIFY(h);
    const QRectF cell = GraphLayout::cellRect(*h, 3);
    QCOMPARE(layout.nodeAt(cell.center()), h);
    QCOMPARE(GraphLayout::cellAt(*h, cell.center()), 3);
    QCOMPARE(GraphLayout::cellAt(*h, QPointF(-5, -5)), -1);
    QVERIFY(!layout.nodeAt(QPointF(1, 1)));
}

void TestGraphLayout::zoomGrowsCellsNotText()
{
    GraphGeometry g{4, 1, 4, 4, false, QSizeF(600, 400), 16, 7, 1.0};
    const GraphLayout fit = GraphLayout::unfolded(g);
    g.zoom = 2.0;
    const GraphLayout zoomed = GraphLayout::unfolded(g);
    QVERIFY(zoomed.bounds().width() > fit.bounds().width() * 1.5);
    QVERIFY(zoomed.cellHeight() > fit.cellHeight() * 1.5);
}

void TestGraphLayout::numbersKeepTheirRoom_data()
{
    QTest::addColumn<int>("timeSteps");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("vocabulary");
    QTest::addColumn<QSizeF>("viewport");
    QTest::addColumn<bool>("fill");
    QTest::addColumn<int>("wholeColumns"); // at least this many columns inside the view
    QTest::newRow("hello world H=8, the graph of a 1280x800 window")
        << 10 << 1 << 8 << 8 << QSizeF(680, 360) << false << 5;
    QTest::newRow("hello world H=8, 1024x768") << 10 << 1 << 8 << 8 << QSizeF(560, 340) << false << 4;
    QTest::newRow("hello, 4 layers") << 4 << 4 << 4 << 4 << QSizeF(680, 360) << false << 4;
    QTest::newRow("64 characters, H=128") << 63 << 1 << 128 << 20 << QSizeF(680, 360) << false << 5;
    QTest::newRow("hello, presentation 1920x1080") << 4 << 1 << 4 << 4 << QSizeF(1920, 560) << true << 4;
}

void TestGraphLayout::numbersKeepTheirRoom()
{
    // Issue 14: the columns and cells never get smaller than their numbers need — the drawing
    // grows past the view instead (it scrolls); in presentation mode the columns use the width.
    QFETCH(int, timeSteps);
    QFETCH(int, layers);
    QFETCH(int, hidden);
    QFETCH(int, vocabulary);
    QFETCH(QSizeF, viewport);
    QFETCH(bool, fill);
    QFETCH(int, wholeColumns);
    GraphGeometry g{timeSteps, layers, hidden, vocabulary, false, viewport, 15, 7, 1.0};
    g.numberWidth = 30;
    g.outputValuesWidth = 7 * 1.6 + 24 * 2.2 + 1;
    g.fill = fill;
    const GraphLayout layout = GraphLayout::unfolded(g);
    QVERIFY(layout.cellHeight() >= g.lineHeight * 0.8);
    QVERIFY(layout.outputRowHeight() >= g.lineHeight * 0.9);
    int inside = 0;
    for (int t = 0; t < timeSteps; ++t) {
        for (int l = 0; l < layers; ++l)
            QVERIFY(layout.node(NodeKind::Hidden, t, l)->rect.width() >= g.numberWidth);
        const GraphNode *output = layout.node(NodeKind::Output, t);
        QVERIFY(output->rect.width() >= g.outputValuesWidth);
        inside += output->rect.right() <= viewport.width() ? 1 : 0;
    }
    QVERIFY2(inside >= wholeColumns, qPrintable(QString::number(inside)));
    if (fill) // presentation: the drawing uses at least 70 % of the width
        QVERIFY2(layout.bounds().width() >= viewport.width() * 0.7,
                 qPrintable(QString::number(layout.bounds().width())));
}

void TestGraphLayout::nodesInColumnOrder_data()
{
    QTest::addColumn<int>("timeSteps");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("gates");
    QTest::newRow("RNN, 5 steps") << 5 << 1 << 0;
    QTest::newRow("LSTM, 3 layers, 7 steps") << 7 << 3 << 4;
    QTest::newRow("GRU, 10000 steps") << 10000 << 2 << 3;
}

void TestGraphLayout::nodesInColumnOrder()
{
    // GraphLayout::node() finds a node by a binary search over the columns: every layout (and the
    // fold animation between two) must keep its nodes in time-step order, and every node be found.
    QFETCH(int, timeSteps);
    QFETCH(int, layers);
    QFETCH(int, gates);
    GraphGeometry g{timeSteps, layers, 6, 5, true, QSizeF(1200, 700), 16, 7, 1.0};
    g.gates = gates;
    g.cellState = gates == 4;
    const GraphLayout unfolded = GraphLayout::unfolded(g);
    const GraphLayout folded = GraphLayout::folded(g);
    for (const GraphLayout &layout : {unfolded, folded, GraphLayout::interpolate(unfolded, folded, 0.4)}) {
        const auto &nodes = layout.nodes();
        QVERIFY(std::is_sorted(nodes.begin(), nodes.end(),
                               [](const GraphNode &a, const GraphNode &b) { return a.t < b.t; }));
        QCOMPARE(nodes.back().t, timeSteps - 1);
        for (const GraphNode &n : nodes)
            QCOMPARE(layout.node(n.kind, n.t, n.layer), &n);
        QCOMPARE(layout.node(NodeKind::Hidden, timeSteps, 0), nullptr);
        QCOMPARE(layout.node(NodeKind::Hidden, 0, layers), nullptr);
    }
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
