// SPDX-License-Identifier: MIT
// ParameterLabelling without a widget: the panel's order and slide names (layers as superscripts),
// vocabulary columns never thinned and hidden units thinnable, an LSTM's rows one block per gate,
// the lecture's top layer described as the output scores, a classifier's W_hy one row per class
// with long class names shortened beside the cells and named in full in the tooltips.
#include "tests/support/snapshotbuilder.h"
#include "ui/lesson/lesson.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/matrices/parameterlabelling.h"

#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestParameterLabelling : public QObject
{
    Q_OBJECT

private slots:
    void orderAndTitles_data();
    void orderAndTitles();
    void lecture();
    void gatedRows();
    void classifier();
};

void TestParameterLabelling::orderAndTitles_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("lecture: one layer, no W_hy")
        << 1 << false
        << QStringList{QStringLiteral("W_xh"), QStringLiteral("b_ih"), QStringLiteral("W_hh"), QStringLiteral("b_hh")};
    QTest::newRow("two layers and W_hy") << 2 << true
                                         << QStringList{QStringLiteral("W_xh⁽¹⁾"), QStringLiteral("b_ih⁽¹⁾"),
                                                        QStringLiteral("W_hh⁽¹⁾"), QStringLiteral("b_hh⁽¹⁾"),
                                                        QStringLiteral("W_xh⁽²⁾"), QStringLiteral("b_ih⁽²⁾"),
                                                        QStringLiteral("W_hh⁽²⁾"), QStringLiteral("b_hh⁽²⁾"),
                                                        QStringLiteral("W_hy"),    QStringLiteral("b_y")};
}

void TestParameterLabelling::orderAndTitles()
{
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(QStringList, titles);
    SnapshotBuilder run(test::lectureVariant(layers, outputLayer, outputLayer ? 6 : 4));
    const std::vector<ParameterLabelling> labelling = ParameterLabelling::of(*run.setup());
    QStringList got;
    for (const ParameterLabelling &l : labelling)
        got << l.title;
    QCOMPARE(got, titles);
    // A bias has no labels of its own: the matrix beside it labels its rows.
    for (std::size_t i = 1; i < labelling.size(); i += 2) {
        QVERIFY(labelling[i].rows.isEmpty() && labelling[i].columns.isEmpty());
        QCOMPARE(labelling[i].rowDescriptions, labelling[i - 1].rowDescriptions);
    }
}

void TestParameterLabelling::lecture()
{
    SnapshotBuilder run(lectureExample());
    const RunSetup &setup = *run.setup();
    const std::vector<ParameterLabelling> labelling = ParameterLabelling::of(setup);
    const ParameterLabelling &wxh = labelling.at(0);
    const QStringList characters = characterLabels(setup.vocabulary);
    QCOMPARE(wxh.rows, hiddenLabels(4));
    QCOMPARE(wxh.columns, characters);
    QVERIFY(wxh.thinRows);
    QVERIFY(!wxh.thinColumns); // which column is 'e' must stay readable
    QCOMPARE(wxh.columnDescriptions.front(), QStringLiteral("input '%1'").arg(characters.front()));
    // No output layer: the top layer's h_t is the vector of output scores.
    QCOMPARE(wxh.rowDescriptions.front(), QStringLiteral("h1 (score of '%1')").arg(characters.front()));
    const ParameterLabelling &whh = labelling.at(2);
    QVERIFY(whh.thinRows && whh.thinColumns);
    QCOMPARE(whh.columnDescriptions, whh.rowDescriptions);
}

void TestParameterLabelling::gatedRows()
{
    Session session = test::lectureVariant(2, true, 3);
    session.model.cell = CellKind::Lstm;
    SnapshotBuilder run(session);
    const std::vector<ParameterLabelling> labelling = ParameterLabelling::of(*run.setup());
    const ParameterLabelling &wxh2 = labelling.at(4);
    QCOMPARE(wxh2.rows, gateRowLabels(CellKind::Lstm, 3));
    // The gates' input weights stacked: W_ih, as the gated equations and torch name them.
    QCOMPARE(labelling.at(0).title, QStringLiteral("W_ih⁽¹⁾"));
    QCOMPARE(wxh2.title, QStringLiteral("W_ih⁽²⁾"));
    QCOMPARE(wxh2.rows.size(), 12);
    QVERIFY(wxh2.thinRows);
    QVERIFY(wxh2.thinColumns); // layer 1's units
    QCOMPARE(wxh2.rowDescriptions.at(3), gateTitle(CellKind::Lstm, 1) + QStringLiteral(" of h1 of layer 2"));
    QCOMPARE(wxh2.columnDescriptions.front(), QStringLiteral("h1 of layer 1"));
    const ParameterLabelling &why = labelling.at(8);
    QCOMPARE(why.columns, hiddenLabels(3));
    QCOMPARE(why.columnDescriptions.front(), QStringLiteral("h1 of layer 2"));
}

void TestParameterLabelling::classifier()
{
    SnapshotBuilder run(lessonSession(LessonExample::Sentiment));
    const RunSetup &setup = *run.setup();
    QVERIFY(setup.task->outputKind() == OutputKind::Class);
    const std::vector<ParameterLabelling> labelling = ParameterLabelling::of(setup);
    const ParameterLabelling &why = labelling.at(labelling.size() - 2);
    QCOMPARE(why.title, QStringLiteral("W_hy"));
    const QStringList classes = outputLabels(*setup.task);
    QCOMPARE(why.rows.size(), classes.size());
    for (qsizetype i = 0; i < classes.size(); ++i) {
        QCOMPARE(why.rows.at(i), classes.at(i).size() <= 4 ? classes.at(i) : classes.at(i).left(3) + u'…');
        QCOMPARE(why.rowDescriptions.at(i), QStringLiteral("class '%1'").arg(classes.at(i)));
    }
    QVERIFY(!why.thinRows);
}

QTEST_GUILESS_MAIN(TestParameterLabelling)
#include "tst_parameterlabelling.moc"
