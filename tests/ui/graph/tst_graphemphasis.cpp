// SPDX-License-Identifier: MIT
// GraphEmphasis without a GUI: the walk by hand's rules for nodes and arrows — nothing emphasised
// without a cursor; forward, what the phase computes is highlighted, what comes later in the walk
// is a ghost (time-major and layer-major grids differ), LSTM and GRU phases light their gates and
// cell state; backward, the hidden strips the gradient has reached show dL/dh_t and the arrows it
// arrives along point back.
#include "ui/graph/graphemphasis.h"

#include <QTest>

using namespace rnnlab;

namespace {

constexpr double ghost = GraphEmphasis::pendingOpacity;

GraphGeometry geometryOf(int layers, int gates)
{
    GraphGeometry g;
    g.timeSteps = 3;
    g.layers = layers;
    g.gates = gates;
    g.cellState = gates == 4;
    return g;
}

GraphNode nodeOf(NodeKind kind, int t, int layer)
{
    GraphNode node;
    node.kind = kind;
    node.t = t;
    node.layer = layer;
    return node;
}

GraphEdge edgeOf(EdgeKind kind, MatrixRole role, int t, int layer, bool cellLane = false)
{
    GraphEdge edge;
    edge.kind = kind;
    edge.role = role;
    edge.t = t;
    edge.layer = layer;
    edge.cellLane = cellLane;
    return edge;
}

} // namespace

class TestGraphEmphasis : public QObject
{
    Q_OBJECT

private slots:
    void noCursorNoEmphasis();
    void nodes_data();
    void nodes();
    void edges_data();
    void edges();
};

void TestGraphEmphasis::noCursorNoEmphasis()
{
    const GraphEmphasis emphasis(std::nullopt, WalkOrder::TimeMajor, geometryOf(2, 4));
    for (NodeKind kind : {NodeKind::InputChar, NodeKind::OneHot, NodeKind::Hidden, NodeKind::Output,
                          NodeKind::Prediction, NodeKind::TimeStep, NodeKind::Gates, NodeKind::CellState}) {
        const auto e = emphasis.of(nodeOf(kind, 1, 1));
        QCOMPARE(e.opacity, 1.0);
        QVERIFY(!e.highlight && !e.gradient && !e.reversed);
    }
    const auto e = emphasis.of(edgeOf(EdgeKind::Recurrent, MatrixRole::HiddenToHidden, 1, 0));
    QCOMPARE(e.opacity, 1.0);
    QVERIFY(!e.highlight && !e.reversed);
}

void TestGraphEmphasis::nodes_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("gates"); // 0 RNN, 4 LSTM, 3 GRU
    QTest::addColumn<bool>("layerMajor");
    QTest::addColumn<int>("cursorT");
    QTest::addColumn<int>("cursorLayer");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("t");
    QTest::addColumn<int>("layer");
    QTest::addColumn<double>("opacity");
    QTest::addColumn<bool>("highlight");
    QTest::addColumn<bool>("gradient");

    const auto row = [](const char *name, int layers, int gates, bool layerMajor, int ct, int cl, Phase phase,
                        NodeKind kind, int t, int layer, double opacity, bool highlight, bool gradient) {
        QTest::newRow(name) << layers << gates << layerMajor << ct << cl << int(phase) << int(kind) << t << layer
                            << opacity << highlight << gradient;
    };
    // Forward, an RNN of one layer, at t = 1.
    row("input: x_1's character lit", 1, 0, false, 1, 0, Phase::Input, NodeKind::InputChar, 1, 0, 1.0, true, false);
    row("input: x_1 lit", 1, 0, false, 1, 0, Phase::Input, NodeKind::OneHot, 1, 0, 1.0, true, false);
    row("input: h_1 not yet", 1, 0, false, 1, 0, Phase::Input, NodeKind::Hidden, 1, 0, ghost, false, false);
    row("input: h_0 computed, quiet", 1, 0, false, 1, 0, Phase::Input, NodeKind::Hidden, 0, 0, 1.0, false, false);
    row("input: t = 2 not yet", 1, 0, false, 1, 0, Phase::Input, NodeKind::InputChar, 2, 0, ghost, false, false);
    row("input: y_1 not yet", 1, 0, false, 1, 0, Phase::Input, NodeKind::Output, 1, 0, ghost, false, false);
    row("the column's t label lit", 1, 0, false, 1, 0, Phase::Input, NodeKind::TimeStep, 1, 0, 1.0, true, false);
    row("hidden part: h_0 feeds it", 1, 0, false, 1, 0, Phase::HiddenPart, NodeKind::Hidden, 0, 0, 1.0, true, false);
    row("activation: h_1 lit", 1, 0, false, 1, 0, Phase::Activation, NodeKind::Hidden, 1, 0, 1.0, true, false);
    row("softmax: y_1 lit", 1, 0, false, 1, 0, Phase::Softmax, NodeKind::Output, 1, 0, 1.0, true, false);
    row("softmax: prediction not yet", 1, 0, false, 1, 0, Phase::Softmax, NodeKind::Prediction, 1, 0, ghost, false,
        false);
    row("prediction lit", 1, 0, false, 1, 0, Phase::Prediction, NodeKind::Prediction, 1, 0, 1.0, true, false);
    row("output: the top h_1 feeds W_hy", 1, 0, false, 1, 0, Phase::Output, NodeKind::Hidden, 1, 0, 1.0, true, false);
    // Two layers at (t = 0, layer 2): the grid's order decides what is computed.
    row("time-major: layer 1 at t = 1 not yet", 2, 0, false, 0, 1, Phase::Input, NodeKind::Hidden, 1, 0, ghost, false,
        false);
    row("layer-major: layer 1 at t = 1 computed", 2, 0, true, 0, 1, Phase::Input, NodeKind::Hidden, 1, 0, 1.0, false,
        false);
    row("layer 2's input: h_0 of layer 1 lit", 2, 0, false, 0, 1, Phase::InputPart, NodeKind::Hidden, 0, 0, 1.0, true,
        false);
    row("layer 1's input: layer 2 not yet", 2, 0, false, 0, 0, Phase::Input, NodeKind::Hidden, 0, 1, ghost, false,
        false);
    // LSTM and GRU phases.
    row("LSTM gates: bars lit", 1, 4, false, 1, 0, Phase::Gates, NodeKind::Gates, 1, 0, 1.0, true, false);
    row("LSTM sum: bars not yet", 1, 4, false, 1, 0, Phase::Sum, NodeKind::Gates, 1, 0, ghost, false, false);
    row("LSTM cell state lit", 1, 4, false, 1, 0, Phase::CellState, NodeKind::CellState, 1, 0, 1.0, true, false);
    row("LSTM cell: c_0 feeds c_1", 1, 4, false, 1, 0, Phase::CellState, NodeKind::CellState, 0, 0, 1.0, true, false);
    row("LSTM activation: c_1 lit with h_1", 1, 4, false, 1, 0, Phase::Activation, NodeKind::CellState, 1, 0, 1.0, true,
        false);
    row("GRU candidate: a gate bar", 1, 3, false, 1, 0, Phase::CellState, NodeKind::Gates, 1, 0, 1.0, true, false);
    row("GRU activation: h_0 mixed in", 1, 3, false, 1, 0, Phase::Activation, NodeKind::Hidden, 0, 0, 1.0, true, false);
    row("RNN activation: h_0 quiet", 1, 0, false, 1, 0, Phase::Activation, NodeKind::Hidden, 0, 0, 1.0, false, false);
    // Backward from the last step, at t = 1.
    row("backward: h_1 lit, its gradient", 1, 0, false, 1, 0, Phase::BackwardHidden, NodeKind::Hidden, 1, 0, 1.0, true,
        true);
    row("backward: h_2 reached", 1, 0, false, 1, 0, Phase::BackwardHidden, NodeKind::Hidden, 2, 0, 1.0, false, true);
    row("backward: h_0 not reached", 1, 0, false, 1, 0, Phase::BackwardHidden, NodeKind::Hidden, 0, 0, 0.4, false,
        false);
    row("backward: inputs stay", 1, 0, false, 1, 0, Phase::BackwardHidden, NodeKind::InputChar, 0, 0, 1.0, false,
        false);
    row("LSTM backward hidden: dL/dc_1 not yet", 1, 4, false, 1, 0, Phase::BackwardHidden, NodeKind::CellState, 1, 0,
        0.4, false, false);
    row("LSTM backward cell: dL/dc_1 lit", 1, 4, false, 1, 0, Phase::BackwardCell, NodeKind::CellState, 1, 0, 1.0, true,
        true);
    row("LSTM backward pre: gates lit", 1, 4, false, 1, 0, Phase::BackwardPre, NodeKind::Gates, 1, 0, 1.0, true, false);
}

void TestGraphEmphasis::nodes()
{
    QFETCH(int, layers);
    QFETCH(int, gates);
    QFETCH(bool, layerMajor);
    QFETCH(int, cursorT);
    QFETCH(int, cursorLayer);
    QFETCH(int, phase);
    QFETCH(int, kind);
    QFETCH(int, t);
    QFETCH(int, layer);
    QFETCH(double, opacity);
    QFETCH(bool, highlight);
    QFETCH(bool, gradient);
    const GraphEmphasis emphasis(StepCursor{cursorT, cursorLayer, Phase(phase)},
                                 layerMajor ? WalkOrder::LayerMajor : WalkOrder::TimeMajor, geometryOf(layers, gates));
    const auto e = emphasis.of(nodeOf(NodeKind(kind), t, layer));
    QCOMPARE(e.opacity, opacity);
    QCOMPARE(e.highlight, highlight);
    QCOMPARE(e.gradient, gradient);
    QVERIFY(!e.reversed);
    // Walking back, a strip the gradient has not reached is drawn empty (its row reads dL/dh_t).
    const bool strip = NodeKind(kind) == NodeKind::Hidden || NodeKind(kind) == NodeKind::CellState;
    const bool backward = StepCursor{cursorT, cursorLayer, Phase(phase)}.isBackward();
    QCOMPARE(e.awaiting, backward && strip && !gradient);
}

void TestGraphEmphasis::edges_data()
{
    QTest::addColumn<int>("gates");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("t");
    QTest::addColumn<bool>("cellLane");
    QTest::addColumn<double>("opacity");
    QTest::addColumn<bool>("highlight");
    QTest::addColumn<bool>("reversed");

    const auto row = [](const char *name, int gates, Phase phase, EdgeKind kind, MatrixRole role, int t, bool lane,
                        double opacity, bool highlight, bool reversed) {
        QTest::newRow(name) << gates << int(phase) << int(kind) << int(role) << t << lane << opacity << highlight
                            << reversed;
    };
    // The cursor is at t = 1 of a one-layer model of three time steps.
    const auto Forward = EdgeKind::Forward;
    const auto Recurrent = EdgeKind::Recurrent;
    row("input part: W_xh lit", 0, Phase::InputPart, Forward, MatrixRole::InputToHidden, 1, false, 1.0, true, false);
    row("input: W_xh not yet", 0, Phase::Input, Forward, MatrixRole::InputToHidden, 1, false, ghost, false, false);
    row("input: W_hh not yet", 0, Phase::Input, Recurrent, MatrixRole::HiddenToHidden, 1, false, ghost, false, false);
    row("hidden part: W_hh lit", 0, Phase::HiddenPart, Recurrent, MatrixRole::HiddenToHidden, 1, false, 1.0, true,
        false);
    row("hidden part: W_xh done", 0, Phase::HiddenPart, Forward, MatrixRole::InputToHidden, 1, false, 1.0, false,
        false);
    row("sum: both lit", 0, Phase::Sum, Recurrent, MatrixRole::HiddenToHidden, 1, false, 1.0, true, false);
    row("output: W_hy lit", 0, Phase::Output, Forward, MatrixRole::HiddenToOutput, 1, false, 1.0, true, false);
    row("activation: W_hy not yet", 0, Phase::Activation, Forward, MatrixRole::HiddenToOutput, 1, false, ghost, false,
        false);
    row("earlier step: quiet", 0, Phase::Sum, Recurrent, MatrixRole::HiddenToHidden, 0, false, 1.0, false, false);
    row("later step: not yet", 0, Phase::Loss, Recurrent, MatrixRole::HiddenToHidden, 2, false, ghost, false, false);
    row("LSTM cell lane lit", 4, Phase::CellState, Recurrent, MatrixRole::Bias, 1, true, 1.0, true, false);
    row("LSTM gates: cell lane not yet", 4, Phase::Gates, Recurrent, MatrixRole::Bias, 1, true, ghost, false, false);
    // Backward: the gradient arrives at h_1 from y_1 (W_hy) and from h_2 (W_hh), pointing back.
    row("backward: from the output", 0, Phase::BackwardHidden, Forward, MatrixRole::HiddenToOutput, 1, false, 1.0, true,
        true);
    row("backward: from t + 1", 0, Phase::BackwardHidden, Recurrent, MatrixRole::HiddenToHidden, 2, false, 1.0, true,
        true);
    row("backward: other arrows faded", 0, Phase::BackwardHidden, Recurrent, MatrixRole::HiddenToHidden, 1, false, 0.55,
        false, false);
    row("backward pre: on to W_xh", 0, Phase::BackwardPre, Forward, MatrixRole::InputToHidden, 1, false, 1.0, true,
        false);
    row("LSTM backward cell: along the lane", 4, Phase::BackwardCell, Recurrent, MatrixRole::Bias, 2, true, 1.0, true,
        true);
    row("LSTM backward hidden: not the lane", 4, Phase::BackwardHidden, Recurrent, MatrixRole::Bias, 2, true, 0.55,
        false, false);
}

void TestGraphEmphasis::edges()
{
    QFETCH(int, gates);
    QFETCH(int, phase);
    QFETCH(int, kind);
    QFETCH(int, role);
    QFETCH(int, t);
    QFETCH(bool, cellLane);
    QFETCH(double, opacity);
    QFETCH(bool, highlight);
    QFETCH(bool, reversed);
    const GraphEmphasis emphasis(StepCursor{1, 0, Phase(phase)}, WalkOrder::TimeMajor, geometryOf(1, gates));
    const auto e = emphasis.of(edgeOf(EdgeKind(kind), MatrixRole(role), t, 0, cellLane));
    QCOMPARE(e.opacity, opacity);
    QCOMPARE(e.highlight, highlight);
    QCOMPARE(e.reversed, reversed);
}

QTEST_GUILESS_MAIN(TestGraphEmphasis)
#include "tst_graphemphasis.moc"
