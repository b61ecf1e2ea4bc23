// SPDX-License-Identifier: MIT
// GraphCaption::text without painting: how far the network is trained, what it makes of the text
// ("“hello” → “…”, n of 4 right · loss …"), the folded cell's time step, a classifier's label,
// the outputs hidden while the class predicts, and another shape than the session's own.
#include "tests/support/snapshotbuilder.h"
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "ui/common/errornumber.h"
#include "ui/graph/graphcaption.h"
#include "ui/lesson/lesson.h"
#include "ui/matrices/matrixlabels.h"

#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestGraphCaption : public QObject
{
    Q_OBJECT

private slots:
    void trainedSoFar_data();
    void trainedSoFar();
    void predictionsAndScore();
    void folded();
    void classifier();
    void outputsHidden();
    void otherShape_data();
    void otherShape();
    void whatIfSaysSo();
    void testSeriesInFewWords();
};

namespace {

//! What GraphView hands the caption for \a snapshot's first text (kept alive by the caller).
GraphCaption::State stateOf(const SnapshotPtr &snapshot)
{
    GraphCaption::State state;
    state.snapshot = snapshot.get();
    state.sequence = &snapshot->trace.sequences.front();
    state.shownTimeStep = state.sequence->length() - 1;
    return state;
}

} // namespace

void TestGraphCaption::trainedSoFar_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("start");
    QTest::newRow("untrained") << 0 << QStringLiteral("Untrained (the seed's initial weights): “hello” → “");
    QTest::newRow("one step") << 1 << QStringLiteral("After 1 training step: “hello” → “");
    QTest::newRow("three steps") << 3 << QStringLiteral("After 3 training steps: “hello” → “");
}

void TestGraphCaption::trainedSoFar()
{
    QFETCH(int, steps);
    QFETCH(QString, start);
    SnapshotBuilder run(lectureExample());
    run.train(steps);
    const QString caption = GraphCaption::text(stateOf(run.snapshot()));
    QVERIFY2(caption.startsWith(start), qPrintable(caption));
}

void TestGraphCaption::predictionsAndScore()
{
    SnapshotBuilder run(lectureExample());
    run.train(20);
    const SnapshotPtr snapshot = run.snapshot();
    const SequenceTrace<float> &s = snapshot->trace.sequences.front();
    QString predicted;
    int right = 0;
    for (int t = 0; t < s.length(); ++t) {
        predicted += outputLabel(*snapshot->setup->task, s.predictions[std::size_t(t)]);
        right += s.predictions[std::size_t(t)] == s.targets[std::size_t(t)] ? 1 : 0;
    }
    const QString expected = QStringLiteral("After 20 training steps: “hello” → “%1”, %2 of 4 right · loss %3")
                                 .arg(predicted)
                                 .arg(right)
                                 .arg(snapshot->trace.loss, 0, 'f', 4);
    QCOMPARE(GraphCaption::text(stateOf(snapshot)), expected);
}

void TestGraphCaption::folded()
{
    SnapshotBuilder run(lectureExample());
    const SnapshotPtr snapshot = run.snapshot();
    GraphCaption::State state = stateOf(snapshot);
    state.folded = true;
    state.shownTimeStep = 2;
    const QString caption = GraphCaption::text(state);
    // x_2 = 'l', which should be followed by 'l'.
    QVERIFY2(caption.startsWith(QStringLiteral("Folded: one cell, used at every time step. t = 3: ‘l’ → predicts ‘")),
             qPrintable(caption));
    const int predicted = snapshot->trace.sequences.front().predictions[2];
    const int l = snapshot->setup->vocabulary.indexOf(U'l');
    QVERIFY2(predicted == l ? caption.contains(QStringLiteral("✓")) : caption.contains(QStringLiteral("should be ‘l’")),
             qPrintable(caption));
    // Beside one step's mark, that step's loss first; the mean over all steps after it (issue 21).
    const auto &sequence = snapshot->trace.sequences.front();
    QVERIFY2(caption.endsWith(QStringLiteral(" · loss at t = 3: %1 (mean %2)")
                                  .arg(sequence.stepLoss(2), 0, 'f', 4)
                                  .arg(snapshot->trace.loss, 0, 'f', 4)),
             qPrintable(caption));
    // Fewer words for a narrow view, the same numbers.
    const QString compact = GraphCaption::compactText(state);
    QVERIFY2(compact.startsWith(QStringLiteral("Folded. t = 3: ‘l’ → predicts ‘")), qPrintable(compact));
    QVERIFY(compact.endsWith(caption.mid(caption.indexOf(QStringLiteral(" · loss")))));
}

void TestGraphCaption::classifier()
{
    SnapshotBuilder run(lessonSession(LessonExample::Sentiment));
    const SnapshotPtr snapshot = run.snapshot();
    const QString caption = GraphCaption::text(stateOf(snapshot));
    const std::size_t texts = snapshot->setup->session.data.texts.size();
    QVERIFY(texts > 1);
    QVERIFY2(caption.contains(QStringLiteral("text 1 of %1, ").arg(texts)), qPrintable(caption));
    const auto &s = snapshot->trace.sequences.front();
    const QString label = outputLabel(*snapshot->setup->task, s.targets.back());
    QVERIFY2(caption.contains(QStringLiteral("(label: %1)").arg(label)), qPrintable(caption));
}

void TestGraphCaption::outputsHidden()
{
    SnapshotBuilder run(lectureExample());
    run.train(2);
    const SnapshotPtr snapshot = run.snapshot();
    GraphCaption::State state = stateOf(snapshot);
    state.outputsHidden = true;
    QCOMPARE(GraphCaption::text(state),
             QStringLiteral("After 2 training steps: the outputs are hidden — predict first, then reveal (Lesson)"));
}

void TestGraphCaption::otherShape_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("folded");
    QTest::addColumn<QString>("start");
    QTest::newRow("many-to-one") << int(TaskShape::ManyToOne) << false
                                 << QStringLiteral("Drawn as many-to-one — After");
    QTest::newRow("one-to-one") << int(TaskShape::OneToOne) << false << QStringLiteral("Drawn as one-to-one — After");
    QTest::newRow("many-to-many: the session's own") << int(TaskShape::ManyToMany) << false << QStringLiteral("After");
    QTest::newRow("folded: no shape") << int(TaskShape::ManyToOne) << true << QStringLiteral("Folded:");
}

void TestGraphCaption::otherShape()
{
    QFETCH(int, shape);
    QFETCH(bool, folded);
    QFETCH(QString, start);
    SnapshotBuilder run(lectureExample());
    run.train(1);
    const SnapshotPtr snapshot = run.snapshot();
    GraphCaption::State state = stateOf(snapshot);
    state.shape = TaskShape(shape);
    state.folded = folded;
    const QString caption = GraphCaption::text(state);
    QVERIFY2(caption.startsWith(start), qPrintable(caption));
}

void TestGraphCaption::whatIfSaysSo()
{
    SnapshotBuilder run(lectureExample());
    QVERIFY(!GraphCaption::text(stateOf(run.snapshot())).contains(QStringLiteral("W_hh")));
    run.setWhatIfNoMemory(true);
    const QString caption = GraphCaption::text(stateOf(run.snapshot()));
    QVERIFY2(caption.startsWith(QStringLiteral("What if W_hh = 0?")), qPrintable(caption));
    // In fewer words for a narrow view, with the same numbers and outcome.
    const QString compact = GraphCaption::compactText(stateOf(run.snapshot()));
    QVERIFY2(compact.startsWith(QStringLiteral("W_hh = 0 — Untrained: ")), qPrintable(compact));
    QVERIFY(compact.size() < caption.size());
    QVERIFY2(compact.endsWith(caption.mid(caption.indexOf(QStringLiteral(": ")) + 2)), qPrintable(compact));
}

void TestGraphCaption::testSeriesInFewWords()
{
    // The test series' header was cut at 1024 and 1280 ("… its MSE 0.0237 (no…"): its compact words
    // are as short as a training series' and still say what it is and its MSE.
    const SessionParseResult parsed =
        SessionFile::read(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    QVERIFY(parsed.session);
    SnapshotBuilder run(*parsed.session);
    run.train(5);
    const SnapshotPtr snapshot = run.snapshot();
    QVERIFY(snapshot->isTestSequence(1));
    GraphCaption::State training = stateOf(snapshot);
    GraphCaption::State test = training;
    test.textIndex = 1;
    test.sequence = &snapshot->shownSequence(1);
    const QString compact = GraphCaption::compactText(test);
    QVERIFY2(compact.startsWith(QStringLiteral("5 training steps: test series 1, never trained on · MSE ")),
             qPrintable(compact));
    QVERIFY2(compact.size() <= GraphCaption::compactText(training).size(), qPrintable(compact));
    // The long words keep what is cut from the short ones.
    QVERIFY(GraphCaption::text(test).contains(QStringLiteral("not in the training loss")));
    // Beside a test series the training series' caption says which series it is (a student looked
    // for the test series' spike in it), and its loss as the status bar and the Signal tab print it.
    const QString trained = GraphCaption::compactText(training);
    QVERIFY2(trained.contains(
                 QStringLiteral("training series, loss (MSE) %1 · ").arg(ErrorNumber::text(snapshot->trace.loss))),
             qPrintable(trained));
}

QTEST_GUILESS_MAIN(TestGraphCaption)
#include "tst_graphcaption.moc"
