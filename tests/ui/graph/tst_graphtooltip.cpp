// SPDX-License-Identifier: MIT
// GraphToolTip::at without a widget: over each kind of node the numbers of the trace (h_t with its
// pre-activation, an LSTM's o and c_t, a GRU's z and n, the gates, P(y_t), the prediction against
// the target), over a thumbnail the matrix's names and shape; nothing over empty space, outside the
// task's shape, and "hidden" for the outputs while the class predicts; every number with all its
// float32 digits (it reads back as the trace's float), and walking back dL/dh_t and dL/dc_t.
#include "tests/support/graphgeometryof.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/graph/graphtooltip.h"

#include "app/session/sessionfile.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

namespace {

Session withCell(CellKind cell)
{
    Session session = lectureExample();
    session.model.cell = cell;
    return session;
}

//! The unfolded layout of \a snapshot's first text, as GraphView lays it out (at zoom 4: room for
//! the thumbnails and the gate bars).
GraphLayout layoutOf(const TrainingSnapshot &snapshot)
{
    return GraphLayout::unfolded(graphGeometryOf(snapshot));
}

QPointF centreOf(const GraphLayout &layout, NodeKind kind, int t, int layer = 0)
{
    const GraphNode *node = layout.node(kind, t, layer);
    return node ? GraphLayout::cellRect(*node, 0).center() : QPointF(-1e6, -1e6);
}

} // namespace

class TestGraphToolTip : public QObject
{
    Q_OBJECT

private slots:
    void nodes_data();
    void nodes();
    void thumbnail();
    void thumbnailUnderWhatIf();
    void everyDigit_data();
    void everyDigit();
    void nothingOverEmptySpace();
    void outsideTheShape();
    void outputsHidden();
    void timeSeriesValues();
};

void TestGraphToolTip::nodes_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("contains");
    const int tanh = int(CellKind::RnnTanh);
    QTest::newRow("x_1") << tanh << int(NodeKind::InputChar) << QStringLiteral("x_2 = ‘e’ (time step 2)") << QString();
    QTest::newRow("x_1's one-hot") << tanh << int(NodeKind::OneHot) << QStringLiteral("x_2[0] = ")
                                   << QStringLiteral("one-hot of ‘e’");
    QTest::newRow("h_1") << tanh << int(NodeKind::Hidden) << QStringLiteral("h_2[1] = ")
                         << QStringLiteral("pre-activation");
    QTest::newRow("LSTM h_1") << int(CellKind::Lstm) << int(NodeKind::Hidden) << QStringLiteral("h_2[1] = ")
                              << QStringLiteral("= o ⊙ tanh(c_t): o = ");
    QTest::newRow("GRU h_1") << int(CellKind::Gru) << int(NodeKind::Hidden) << QStringLiteral("h_2[1] = ")
                             << QStringLiteral("= (1 − z) ⊙ n + z ⊙ h_{t−1}: z = ");
    QTest::newRow("LSTM c_1") << int(CellKind::Lstm) << int(NodeKind::CellState) << QStringLiteral("c_2[1] = ")
                              << QStringLiteral("the cell state");
    // Conditioned on all that was read ("he"), not on the last character alone (issue 21).
    QTest::newRow("y_1") << tanh << int(NodeKind::Output) << QStringLiteral("P(next = ‘")
                         << QStringLiteral(" | ‘he’) = ");
    QTest::newRow("prediction 1") << tanh << int(NodeKind::Prediction)
                                  << QStringLiteral("After ‘e’ the network predicts")
                                  << QStringLiteral("the text continues with ‘l’");
    QTest::newRow("t = 1") << tanh << int(NodeKind::TimeStep)
                           << QStringLiteral("Time step t = 2: the cell reads ‘e’ and should predict ‘l’") << QString();
}

void TestGraphToolTip::nodes()
{
    QFETCH(int, cell);
    QFETCH(int, kind);
    QFETCH(QString, start);
    QFETCH(QString, contains);
    SnapshotBuilder run(withCell(CellKind(cell)));
    run.train(2);
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    const QString text = GraphToolTip::at(centreOf(layout, NodeKind(kind), 1), layout, *snapshot,
                                          snapshot->trace.sequences.front(), TaskShape::ManyToMany, false);
    QVERIFY2(text.startsWith(start), qPrintable(text));
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void TestGraphToolTip::everyDigit_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("gradients");
    QTest::newRow("h_t") << int(CellKind::RnnTanh) << int(NodeKind::Hidden) << false;
    QTest::newRow("dL/dh_t, walking back") << int(CellKind::RnnTanh) << int(NodeKind::Hidden) << true;
    QTest::newRow("LSTM c_t") << int(CellKind::Lstm) << int(NodeKind::CellState) << false;
    QTest::newRow("LSTM dL/dc_t, walking back") << int(CellKind::Lstm) << int(NodeKind::CellState) << true;
    QTest::newRow("P(y_t)") << int(CellKind::RnnTanh) << int(NodeKind::Output) << false;
}

void TestGraphToolTip::everyDigit()
{
    // The value's number reads back as exactly the trace's float: a student who finds
    // the graph's rounded 0.70 does not give the printed 0.696 can see why.
    QFETCH(int, cell);
    QFETCH(int, kind);
    QFETCH(bool, gradients);
    SnapshotBuilder run(withCell(CellKind(cell)));
    run.train(3);
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    const auto &sequence = snapshot->trace.sequences.front();
    const QString text = GraphToolTip::at(centreOf(layout, NodeKind(kind), 1), layout, *snapshot, sequence,
                                          TaskShape::ManyToMany, false, gradients);
    const auto &layer = sequence.layers.front();
    const float expected = NodeKind(kind) == NodeKind::Output ? sequence.probabilities(0, 1)
        : NodeKind(kind) == NodeKind::Hidden                  ? (gradients ? layer.dHidden(0, 1) : layer.hidden(0, 1))
                                                              : (gradients ? layer.dCell(0, 1) : layer.cell(0, 1));
    QVERIFY2(text.startsWith(gradients ? QStringLiteral("dL/d") : QString()), qPrintable(text));
    // "h_2[1] = …", "P(next = ‘h’ | ‘he’) = …"
    const QString before = NodeKind(kind) == NodeKind::Output ? QStringLiteral(") = ") : QStringLiteral("] = ");
    QVERIFY2(text.contains(before), qPrintable(text));
    const qsizetype at = text.indexOf(before) + before.size();
    const QString number = text.mid(at).section(QRegularExpression(QStringLiteral("[^0-9eE.+-]")), 0, 0);
    bool ok = false;
    const float shown = number.toFloat(&ok);
    QVERIFY2(ok, qPrintable(text));
    QCOMPARE(shown, expected); // exactly: every digit
    QVERIFY2(number.size() >= 6, qPrintable(number)); // not the graph's two decimals
}

void TestGraphToolTip::thumbnail()
{
    SnapshotBuilder run(lectureExample());
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    int found = 0;
    for (const GraphEdge &e : layout.edges()) {
        if (e.thumbnail.isEmpty() || e.role != MatrixRole::HiddenToHidden)
            continue;
        const QString text = GraphToolTip::at(e.thumbnail.center(), layout, *snapshot,
                                              snapshot->trace.sequences.front(), TaskShape::ManyToMany, false);
        QCOMPARE(text, QStringLiteral("<b>W_hh</b> (rnn.weight_hh_l0), 4×4: the same matrix at every time step"));
        ++found;
    }
    QVERIFY(found > 0);
}

void TestGraphToolTip::thumbnailUnderWhatIf()
{
    // What if W_hh = 0?: the thumbnail shows zeros, and its tooltip says why.
    SnapshotBuilder run(lectureExample());
    run.setWhatIfNoMemory(true);
    const SnapshotPtr snapshot = run.snapshot();
    QVERIFY(snapshot->whatIfNoMemory);
    const GraphLayout layout = layoutOf(*snapshot);
    int found = 0;
    for (const GraphEdge &e : layout.edges()) {
        if (e.thumbnail.isEmpty())
            continue;
        const QString text = GraphToolTip::at(e.thumbnail.center(), layout, *snapshot,
                                              snapshot->trace.sequences.front(), TaskShape::ManyToMany, false);
        if (e.role == MatrixRole::HiddenToHidden) {
            QVERIFY2(text.startsWith(QStringLiteral("<b>W_hh = 0</b> (rnn.weight_hh_l0), 4×4: What if W_hh = 0?")),
                     qPrintable(text));
            ++found;
        } else {
            QVERIFY2(!text.contains(QStringLiteral("= 0")), qPrintable(text));
        }
    }
    QVERIFY(found > 0);
}

void TestGraphToolTip::nothingOverEmptySpace()
{
    SnapshotBuilder run(lectureExample());
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    QVERIFY(GraphToolTip::at(QPointF(-50, -50), layout, *snapshot, snapshot->trace.sequences.front(),
                             TaskShape::ManyToMany, false)
                .isEmpty());
}

void TestGraphToolTip::outsideTheShape()
{
    SnapshotBuilder run(lectureExample());
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    const auto &s = snapshot->trace.sequences.front();
    // Many-to-one: y_1 is not part of the picture, y_3 is.
    QVERIFY(GraphToolTip::at(centreOf(layout, NodeKind::Output, 1), layout, *snapshot, s, TaskShape::ManyToOne, false)
                .isEmpty());
    QVERIFY(!GraphToolTip::at(centreOf(layout, NodeKind::Output, 3), layout, *snapshot, s, TaskShape::ManyToOne, false)
                 .isEmpty());
}

void TestGraphToolTip::outputsHidden()
{
    SnapshotBuilder run(lectureExample());
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    const auto &s = snapshot->trace.sequences.front();
    for (NodeKind kind : {NodeKind::Output, NodeKind::Prediction, NodeKind::TimeStep})
        QCOMPARE(GraphToolTip::at(centreOf(layout, kind, 1), layout, *snapshot, s, TaskShape::ManyToMany, true),
                 QStringLiteral("Hidden until you have predicted (Lesson ▸ Reveal)"));
    QVERIFY(GraphToolTip::at(centreOf(layout, NodeKind::Hidden, 1), layout, *snapshot, s, TaskShape::ManyToMany, true)
                .startsWith(QStringLiteral("h_2[1]")));
}

// A time series (issue 15): x_t is the value read, y_t the predicted next value beside its target,
// every one with all its digits (the ‘−’ of a negative written as U+2212).
void TestGraphToolTip::timeSeriesValues()
{
    SessionParseResult parsed =
        SessionFile::read(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    QVERIFY(parsed.session);
    SnapshotBuilder run(*parsed.session);
    run.train(2);
    const SnapshotPtr snapshot = run.snapshot();
    const GraphLayout layout = layoutOf(*snapshot);
    const auto &s = snapshot->trace.sequences.front();
    const auto value = [](const QString &text, const QString &before) {
        const qsizetype at = text.indexOf(before);
        if (at < 0)
            return std::nanf("");
        QString number = text.mid(at + before.size()).replace(QChar(0x2212), u'-');
        return number.section(QRegularExpression(QStringLiteral("[^0-9eE.+-]")), 0, 0).toFloat();
    };
    const auto tip = [&](NodeKind kind) {
        return GraphToolTip::at(centreOf(layout, kind, 1), layout, *snapshot, s, TaskShape::ManyToMany, false);
    };
    const QString input = tip(NodeKind::InputChar);
    QVERIFY2(input.startsWith(QStringLiteral("x_2 = ")), qPrintable(input));
    QCOMPARE(value(input, QStringLiteral("x_2 = ")), s.inputValues(0, 1));
    const QString x = tip(NodeKind::OneHot);
    QVERIFY2(x.contains(QStringLiteral("not one-hot")), qPrintable(x));
    QCOMPARE(value(x, QStringLiteral("x_2[1] = ")), s.inputValues(0, 1));
    const QString y = tip(NodeKind::Output);
    QCOMPARE(value(y, QStringLiteral("y_2[1] = ")), s.logits(0, 1));
    QCOMPARE(value(y, QStringLiteral("target ")), s.targetValues(0, 1));
    const QString next = tip(NodeKind::Prediction);
    QCOMPARE(value(next, QStringLiteral("predicts ")), s.logits(0, 1));
    QCOMPARE(value(next, QStringLiteral("continues with ")), s.targetValues(0, 1));
}

QTEST_GUILESS_MAIN(TestGraphToolTip)
#include "tst_graphtooltip.moc"
