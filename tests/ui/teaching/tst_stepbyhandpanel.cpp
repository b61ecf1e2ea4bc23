// SPDX-License-Identifier: MIT
// StepByHandPanel's keys as directions on the screen: → is later in time (to the right) and ← is
// earlier (to the left), in the forward walk and back through time alike; B starts the walk back
// through time and, pressed again in it, goes one time step further back. A time series' test
// series is chosen in the graph bar after its training series and walked forward only. (Where each step of the
// walk leads is TimeStepWalker's, tested in tst_timestepwalker.)
#include "tests/support/snapshotbuilder.h"
#include "tests/support/testsupport.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/teaching/timestepwalker.h"
#include "ui/teaching/valueequations.h"
#include "ui/window/graphbar.h"

#include <QPushButton>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestStepByHandPanel : public QObject
{
    Q_OBJECT

private slots:
    void arrowsFollowTheScreen_data();
    void arrowsFollowTheScreen();
    void bAgainGoesFurtherBack();
    void timeSeriesWalk();
    void testSeriesWalksForwardOnly();
    void translationWalk();
};

namespace {

//! The time step the walk shows (while a step animates through its phases, already the new one).
int settledTime(const StepByHandPanel &panel)
{
    return panel.cursor() ? panel.cursor()->t : -1;
}

} // namespace

void TestStepByHandPanel::arrowsFollowTheScreen_data()
{
    QTest::addColumn<bool>("backward");
    QTest::newRow("forward walk") << false;
    QTest::newRow("back through time") << true;
}

void TestStepByHandPanel::arrowsFollowTheScreen()
{
    QFETCH(bool, backward);
    SnapshotBuilder run(lectureExample());
    run.train(2);
    StepByHandPanel panel;
    panel.setSnapshot(run.snapshot());
    const int n = run.snapshot()->trace.sequences.front().length(); // "hell": 4 time steps
    QVERIFY(n >= 3);
    const int middle = n / 2;
    // Start in the middle of the chosen walk, at the end of that time step's phases.
    if (backward) {
        panel.startBackward();
        QVERIFY(panel.cursor() && panel.cursor()->isBackward());
        QCOMPARE(panel.cursor()->t, n - 1); // the walk back starts at the last time step
        panel.setCursor(StepCursor{middle, 0, Phase::BackwardHidden});
    } else {
        panel.setCursor(StepCursor{middle, 0, Phase::Input});
    }
    panel.laterTimeStep();
    QCOMPARE(settledTime(panel), middle + 1); // → : one to the right
    QCOMPARE(panel.cursor()->isBackward(), backward); // still the same walk
    panel.setCursor(StepCursor{middle, 0, backward ? Phase::BackwardHidden : Phase::Input});
    panel.earlierTimeStep();
    QCOMPARE(settledTime(panel), middle - 1); // ← : one to the left
    QCOMPARE(panel.cursor()->isBackward(), backward);
}

void TestStepByHandPanel::bAgainGoesFurtherBack()
{
    SnapshotBuilder run(lectureExample());
    run.train(1);
    StepByHandPanel panel;
    panel.setSnapshot(run.snapshot());
    const int n = run.snapshot()->trace.sequences.front().length();
    panel.startBackward();
    QCOMPARE(settledTime(panel), n - 1);
    QTRY_VERIFY(!panel.isAnimating()); // a student who watches the step's phases to their end
    panel.earlierTimeStep(); // ← at the start of the walk back: to the left, not nothing
    QCOMPARE(settledTime(panel), n - 2);
    panel.laterTimeStep(); // → back to the last step
    QCOMPARE(settledTime(panel), n - 1);
    panel.laterTimeStep(); // nothing lies right of the last step
    QCOMPARE(settledTime(panel), n - 1);
    panel.startBackward(); // B again continues instead of starting over
    QCOMPARE(settledTime(panel), n - 2);
    QTRY_VERIFY(!panel.isAnimating());
    panel.startBackward(); // and again
    QCOMPARE(settledTime(panel), n - 3);
    QVERIFY(panel.cursor()->isBackward());
}

void TestStepByHandPanel::timeSeriesWalk()
{
    // A time series (issue 15): Shift+→ goes from y_t straight to its squared error (no softmax, no
    // prediction), "Step in parts" ends its forward part at the last y_t and its loss part at the
    // last squared error, and the series chosen (the graph bar's "Series:") is the one walked.
    SnapshotBuilder run(
        test::readSession(test::dataFile(QStringLiteral("parity/forecast_rnn_relu_l2_two_series_sgd.config.json"))));
    run.train(1);
    const SnapshotPtr s = run.snapshot();
    QCOMPARE(s->trace.sequences.size(), std::size_t(2));
    StepByHandPanel panel;
    panel.setSnapshot(s);
    const int L = s->setup->session.model.numLayers;
    panel.setCursor(StepCursor{1, L - 1, Phase::Activation});
    panel.nextPhase();
    QCOMPARE(*panel.cursor(), (StepCursor{1, L - 1, Phase::Output}));
    panel.nextPhase();
    QCOMPARE(*panel.cursor(), (StepCursor{1, L - 1, Phase::Loss}));
    panel.nextPhase();
    QCOMPARE(*panel.cursor(), (StepCursor{2, 0, Phase::Input}));

    panel.leave();
    const int n = s->trace.sequences.front().length();
    panel.nextPart(); // forward, column by column
    QVERIFY(panel.isAnimating());
    panel.nextTimeStep(); // → while it animates: to the end of the part at once
    QVERIFY(!panel.isAnimating());
    QCOMPARE(*panel.cursor(), (StepCursor{n - 1, L - 1, Phase::Output}));
    panel.nextPart(); // the loss
    QCOMPARE(*panel.cursor(), (StepCursor{n - 1, L - 1, Phase::Loss}));
    QVERIFY(panel.equationView()->equation().caption.contains(QStringLiteral("squared error")));
    panel.nextPart(); // backward
    panel.nextTimeStep();
    QVERIFY(!panel.isAnimating());
    QCOMPARE(*panel.cursor(), (StepCursor{0, 0, Phase::BackwardPre}));

    // The second series: its own y_t.
    panel.setTextIndex(1);
    panel.setCursor(StepCursor{0, L - 1, Phase::Output});
    const auto &second = s->trace.sequences[1];
    bool shown = false;
    for (const EquationLine &line : panel.equationView()->equation().lines)
        for (const EquationItem &item : line.items)
            if (item.text == u"y_1") {
                QCOMPARE(item.values.front(), second.logits(0, 0));
                QVERIFY(second.logits(0, 0) != s->trace.sequences[0].logits(0, 0));
                shown = true;
            }
    QVERIFY(shown);
}

void TestStepByHandPanel::testSeriesWalksForwardOnly()
{
    // sine-spike: one training series, one test series with a spike. The bar lists the test series
    // after the training series; the walk shows its forward pass (the readout's own, with the
    // current weights) and its squared error, and has no backward pass for it.
    const Session session = test::readSession(test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    QCOMPARE(session.data.series.size(), std::size_t(1));
    QCOMPARE(session.data.testSeries.size(), std::size_t(1));
    GraphBar bar;
    bar.setSession(session);
    QCOMPARE(bar.textCount(), 2);
    SnapshotBuilder run(session);
    run.train(2);
    const SnapshotPtr s = run.snapshot();
    QCOMPARE(s->shownSequenceCount(), 2);
    QVERIFY(!s->isTestSequence(0));
    QVERIFY(s->isTestSequence(1));
    const SequenceTrace<float> &test = s->forecast->testTrace.sequences.front();
    QCOMPARE(&s->shownSequence(1), &test);
    QCOMPARE(test.length(), int(session.data.testSeries.front().size()) - 1);

    StepByHandPanel panel;
    panel.setSnapshot(s);
    panel.setTextIndex(1);
    const int L = s->setup->session.model.numLayers;
    const int n = test.length();
    panel.setCursor(StepCursor{n - 1, L - 1, Phase::Output});
    bool shown = false;
    for (const EquationLine &line : panel.equationView()->equation().lines)
        for (const EquationItem &item : line.items)
            if (item.text == QStringLiteral("y_%1").arg(n)) {
                QCOMPARE(item.values.front(), test.logits(0, n - 1));
                shown = true;
            }
    QVERIFY(shown);
    QVERIFY(panel.equationView()->equation().caption.contains(QStringLiteral("test series 1")));

    // B: no backward pass for a series never trained on.
    panel.startBackward();
    QVERIFY(panel.cursor());
    QVERIFY(!panel.cursor()->isBackward());
    // Step in parts: forward, then the loss, and there it ends.
    panel.leave();
    panel.nextPart();
    panel.nextTimeStep();
    QCOMPARE(*panel.cursor(), (StepCursor{n - 1, L - 1, Phase::Output}));
    panel.nextPart();
    QCOMPARE(panel.part(), StepByHandPanel::Part::Loss);
    QCOMPARE(*panel.cursor(), (StepCursor{n - 1, L - 1, Phase::Loss}));
    const EquationLine &last = panel.equationView()->equation().lines.back();
    QCOMPARE(last.items.front().text, ValueEquations::testSeriesWords().last());
    QPushButton *next = nullptr;
    for (QPushButton *button : panel.findChildren<QPushButton *>())
        if (button->text().startsWith(QStringLiteral("No backward")))
            next = button;
    QVERIFY(next);
    QVERIFY(!next->isEnabled());
    panel.nextPart();
    QCOMPARE(panel.part(), StepByHandPanel::Part::Loss);
    QVERIFY(!panel.cursor()->isBackward());
    // → past the last loss, or a backward cursor put there (a saved walk, the graph): refused too,
    // the cursor where it was.
    panel.nextPhase();
    QVERIFY(panel.cursor() && !panel.cursor()->isBackward());
    panel.setCursor(StepCursor{n - 1, 0, Phase::BackwardPre});
    QCOMPARE(*panel.cursor(), (StepCursor{n - 1, L - 1, Phase::Loss}));

    // The training series is walked back as before.
    panel.setTextIndex(0);
    panel.startBackward();
    panel.nextTimeStep();
    QVERIFY(panel.cursor() && panel.cursor()->isBackward());
}

void TestStepByHandPanel::translationWalk()
{
    // A translation (issue 16): → walks the encoder's steps, then the context, then the decoder's;
    // B starts back through time at the decoder's last step and ends in the encoder; the parts of a
    // training step go the same way. Every equation names its stack.
    Session session = test::readSession(test::sourceFile(QStringLiteral("resources/examples/reverse-words.json")));
    session.model.hiddenSize = 5;
    session.model.numLayers = 2;
    SnapshotBuilder run(session);
    run.train(2);
    const SnapshotPtr s = run.snapshot();
    StepByHandPanel panel;
    panel.setSnapshot(s);
    QVERIFY(panel.isEncoderDecoder());
    const auto &pair = s->trace.sequences.front(); // hello → olleh
    const int n = int(pair.layers.front().hidden.cols());
    const int steps = pair.length();
    QCOMPARE(n, 5);
    QCOMPARE(steps, 6); // <sos> + olleh
    const int L = 2;
    panel.nextTimeStep();
    QCOMPARE(settledTime(panel), 0);
    QVERIFY(panel.cursor()->layer < L); // the encoder first
    QVERIFY2(panel.equationView()->equation().caption.startsWith(QStringLiteral("Encoder")),
             qPrintable(panel.equationView()->equation().caption));
    panel.setCursor(StepCursor{n - 1, L - 1, Phase::Activation}); // the encoder's last step
    panel.laterTimeStep();
    QCOMPARE(panel.cursor()->phase, Phase::Context); // then the context, layer by layer
    QVERIFY(panel.cursor()->layer >= L);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnimating(), 20000); // a step of 14 phases, 320 ms each
    panel.laterTimeStep();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnimating(), 20000); // a step of 14 phases, 320 ms each
    QCOMPARE(*panel.cursor(), (StepCursor{0, 2 * L - 1, Phase::Loss})); // the decoder's first step, to its loss
    QVERIFY(panel.equationView()->equation().caption.startsWith(QStringLiteral("Decoder")));
    // Back through time: from the decoder's last step.
    panel.leave();
    panel.startBackward();
    QCOMPARE(panel.cursor()->t, steps - 1);
    QVERIFY(panel.cursor()->layer >= L);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnimating(), 20000); // a step of 14 phases, 320 ms each
    // The parts of one training step: the forward pass ends at the decoder's last prediction, the
    // loss part at its loss, the backward part in the encoder's first step.
    panel.leave();
    panel.nextPart();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnimating(), 20000); // a step of 14 phases, 320 ms each
    QCOMPARE(*panel.cursor(), (StepCursor{steps - 1, 2 * L - 1, Phase::Prediction}));
    panel.nextPart();
    QCOMPARE(*panel.cursor(), (StepCursor{steps - 1, 2 * L - 1, Phase::Loss}));
    panel.nextPart();
    QCOMPARE(panel.cursor()->layer, L); // the decoder's last step first
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnimating(), 20000);
    QCOMPARE(*panel.cursor(), (StepCursor{0, 0, Phase::BackwardPre}));
    QVERIFY(panel.equationView()->equation().caption.startsWith(QStringLiteral("Encoder")));
}

QTEST_MAIN(TestStepByHandPanel)
#include "tst_stepbyhandpanel.moc"
