// SPDX-License-Identifier: MIT
// The task shapes without a GUI: which time steps have an input, an output, a column at all, and
// from that which nodes and arrows of the unfolded graph a shape's picture has.
#include "ui/graph/graphlayout.h"

#include <QTest>

using namespace rnnlab;

class TestTaskShape : public QObject
{
    Q_OBJECT

private slots:
    void inputsOutputsSteps_data();
    void inputsOutputsSteps();
    void nodes_data();
    void nodes();
    void edges_data();
    void edges();
    void names();
    void oneToManyGenerating();
};

void TestTaskShape::inputsOutputsSteps_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("t");
    QTest::addColumn<bool>("input");
    QTest::addColumn<bool>("output");
    QTest::addColumn<bool>("step");
    // Four time steps.
    QTest::newRow("many-to-many, first") << int(TaskShape::ManyToMany) << 0 << true << true << true;
    QTest::newRow("many-to-many, middle") << int(TaskShape::ManyToMany) << 2 << true << true << true;
    QTest::newRow("many-to-one, middle") << int(TaskShape::ManyToOne) << 2 << true << false << true;
    QTest::newRow("many-to-one, last") << int(TaskShape::ManyToOne) << 3 << true << true << true;
    QTest::newRow("one-to-many, first") << int(TaskShape::OneToMany) << 0 << true << true << true;
    QTest::newRow("one-to-many, later") << int(TaskShape::OneToMany) << 2 << false << true << true;
    QTest::newRow("one-to-one, first") << int(TaskShape::OneToOne) << 0 << true << true << true;
    QTest::newRow("one-to-one, later") << int(TaskShape::OneToOne) << 1 << false << false << false;
}

void TestTaskShape::inputsOutputsSteps()
{
    QFETCH(int, shape);
    QFETCH(int, t);
    QFETCH(bool, input);
    QFETCH(bool, output);
    QFETCH(bool, step);
    QCOMPARE(shapeHasInput(TaskShape(shape), t, 4), input);
    QCOMPARE(shapeHasOutput(TaskShape(shape), t, 4), output);
    QCOMPARE(shapeHasStep(TaskShape(shape), t, 4), step);
}

void TestTaskShape::nodes_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("t");
    QTest::addColumn<bool>("drawn");
    QTest::newRow("many-to-one: x_1") << int(TaskShape::ManyToOne) << int(NodeKind::OneHot) << 1 << true;
    QTest::newRow("many-to-one: y_1") << int(TaskShape::ManyToOne) << int(NodeKind::Output) << 1 << false;
    QTest::newRow("many-to-one: prediction 1") << int(TaskShape::ManyToOne) << int(NodeKind::Prediction) << 1 << false;
    QTest::newRow("many-to-one: y_3") << int(TaskShape::ManyToOne) << int(NodeKind::Output) << 3 << true;
    QTest::newRow("many-to-one: h_1") << int(TaskShape::ManyToOne) << int(NodeKind::Hidden) << 1 << true;
    QTest::newRow("one-to-many: character 2") << int(TaskShape::OneToMany) << int(NodeKind::InputChar) << 2 << false;
    QTest::newRow("one-to-many: gates 2") << int(TaskShape::OneToMany) << int(NodeKind::Gates) << 2 << true;
    QTest::newRow("one-to-one: h_1") << int(TaskShape::OneToOne) << int(NodeKind::Hidden) << 1 << false;
    QTest::newRow("one-to-one: t label 0") << int(TaskShape::OneToOne) << int(NodeKind::TimeStep) << 0 << true;
}

void TestTaskShape::nodes()
{
    QFETCH(int, shape);
    QFETCH(int, kind);
    QFETCH(int, t);
    QFETCH(bool, drawn);
    GraphNode node;
    node.kind = NodeKind(kind);
    node.t = t;
    QCOMPARE(shapeHasNode(TaskShape(shape), node, 4), drawn);
}

void TestTaskShape::edges_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("t");
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("drawn");
    const int forward = int(EdgeKind::Forward);
    QTest::newRow("many-to-one: W_hy at 1")
        << int(TaskShape::ManyToOne) << forward << int(MatrixRole::HiddenToOutput) << 1 << 0 << false;
    QTest::newRow("many-to-one: W_hy at 3")
        << int(TaskShape::ManyToOne) << forward << int(MatrixRole::HiddenToOutput) << 3 << 0 << true;
    QTest::newRow("one-to-many: W_xh at 2")
        << int(TaskShape::OneToMany) << forward << int(MatrixRole::InputToHidden) << 2 << 0 << false;
    QTest::newRow("one-to-many: layer 2's W_xh at 2")
        << int(TaskShape::OneToMany) << forward << int(MatrixRole::InputToHidden) << 2 << 1 << true;
    QTest::newRow("one-to-many: W_hh at 2")
        << int(TaskShape::OneToMany) << int(EdgeKind::Recurrent) << int(MatrixRole::HiddenToHidden) << 2 << 0 << true;
    QTest::newRow("one-to-one: W_hh at 1")
        << int(TaskShape::OneToOne) << int(EdgeKind::Recurrent) << int(MatrixRole::HiddenToHidden) << 1 << 0 << false;
    QTest::newRow("one-to-one: a folded loop")
        << int(TaskShape::OneToOne) << int(EdgeKind::Loop) << int(MatrixRole::HiddenToHidden) << 0 << 0 << true;
}

void TestTaskShape::edges()
{
    QFETCH(int, shape);
    QFETCH(int, kind);
    QFETCH(int, role);
    QFETCH(int, t);
    QFETCH(int, layer);
    QFETCH(bool, drawn);
    GraphEdge edge;
    edge.kind = EdgeKind(kind);
    edge.role = MatrixRole(role);
    edge.t = t;
    edge.layer = layer;
    QCOMPARE(shapeHasEdge(TaskShape(shape), edge, 4), drawn);
}

void TestTaskShape::oneToManyGenerating()
{
    // Drawn as it generates (a free run): every x_t is there (x_1 given, the others the picks fed
    // back) with its W_xh; the other shapes do not change.
    for (int t = 0; t < 4; ++t) {
        QVERIFY(shapeHasInput(TaskShape::OneToMany, t, 4, true));
        GraphNode node;
        node.kind = NodeKind::InputChar;
        node.t = t;
        QVERIFY(shapeHasNode(TaskShape::OneToMany, node, 4, true));
        GraphEdge edge;
        edge.kind = EdgeKind::Forward;
        edge.role = MatrixRole::InputToHidden;
        edge.t = t;
        QVERIFY(shapeHasEdge(TaskShape::OneToMany, edge, 4, true));
    }
    QVERIFY(!shapeHasInput(TaskShape::OneToOne, 2, 4, true));
    QVERIFY(!shapeHasOutput(TaskShape::ManyToOne, 2, 4));
}

void TestTaskShape::names()
{
    QCOMPARE(QString::fromLatin1(shapeName(TaskShape::ManyToMany)), QStringLiteral("many-to-many"));
    QCOMPARE(QString::fromLatin1(shapeName(TaskShape::ManyToOne)), QStringLiteral("many-to-one"));
    QCOMPARE(QString::fromLatin1(shapeName(TaskShape::OneToMany)), QStringLiteral("one-to-many"));
    QCOMPARE(QString::fromLatin1(shapeName(TaskShape::OneToOne)), QStringLiteral("one-to-one"));
}

QTEST_GUILESS_MAIN(TestTaskShape)
#include "tst_taskshape.moc"
