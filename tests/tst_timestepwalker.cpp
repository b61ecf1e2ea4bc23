// SPDX-License-Identifier: MIT
// TimeStepWalker without a GUI: the phase sequence forward and backward for 1-3 layers, and where
// →, ←, Shift+→, Shift+← and B lead.
#include "timestepwalker.h"

#include <QTest>

using namespace rnnlab;

class TestTimeStepWalker : public QObject
{
    Q_OBJECT

private slots:
    void forwardSequence_data();
    void forwardSequence();
    void backwardSequence();
    void navigation();
    void names();
};

void TestTimeStepWalker::forwardSequence_data()
{
    QTest::addColumn<int>("layers");
    QTest::newRow("1 layer") << 1;
    QTest::newRow("2 layers") << 2;
    QTest::newRow("3 layers") << 3;
}

void TestTimeStepWalker::forwardSequence()
{
    QFETCH(int, layers);
    const TimeStepWalker walker(4, layers);
    const std::vector<StepCursor> forward = walker.forwardSequence();
    QCOMPARE(int(forward.size()), 4 * (5 * layers + 4));
    // Each time step: every layer's five phases bottom to top, then the output's four.
    const std::vector<Phase> layerPhases = {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum, Phase::Activation};
    const std::vector<Phase> outputPhases = {Phase::Output, Phase::Softmax, Phase::Prediction, Phase::Loss};
    std::size_t i = 0;
    for (int t = 0; t < 4; ++t) {
        for (int l = 0; l < layers; ++l) {
            for (Phase p : layerPhases) {
                QCOMPARE(forward[i], (StepCursor{t, l, p}));
                ++i;
            }
        }
        for (Phase p : outputPhases) {
            QCOMPARE(forward[i].t, t);
            QCOMPARE(forward[i].phase, p);
            QVERIFY(forward[i].isOutputPhase());
            ++i;
        }
    }
}

void TestTimeStepWalker::backwardSequence()
{
    const TimeStepWalker walker(3, 2);
    const std::vector<StepCursor> backward = walker.backwardSequence();
    QCOMPARE(int(backward.size()), 3 * 2 * 2);
    QCOMPARE(backward.front(), (StepCursor{2, 1, Phase::BackwardHidden})); // last step, top layer first
    QCOMPARE(backward[2], (StepCursor{2, 0, Phase::BackwardHidden}));        // then down through the layers
    QCOMPARE(backward.back(), (StepCursor{0, 0, Phase::BackwardPre}));
    QCOMPARE(walker.backwardStart(), backward.front());
    for (const auto &c : backward)
        QVERIFY(c.isBackward());
}

void TestTimeStepWalker::navigation()
{
    const TimeStepWalker walker(3, 2);
    // → from nothing: the end of t = 0; again: the end of t = 1; at the end: nowhere.
    const auto first = walker.nextTimeStep(std::nullopt);
    QCOMPARE(*first, (StepCursor{0, 1, Phase::Loss}));
    const auto second = walker.nextTimeStep(first);
    QCOMPARE(second->t, 1);
    QVERIFY(!walker.nextTimeStep(StepCursor{2, 1, Phase::Loss}));
    QCOMPARE(*walker.previousTimeStep(*second), *first);
    QVERIFY(!walker.previousTimeStep(*first));
    // Shift+→ / Shift+← walk the sequence.
    QCOMPARE(*walker.nextPhase({0, 0, Phase::Activation}), (StepCursor{0, 1, Phase::Input}));
    QCOMPARE(*walker.nextPhase({0, 1, Phase::Activation}), (StepCursor{0, 1, Phase::Output}));
    QCOMPARE(*walker.nextPhase({0, 1, Phase::Loss}), (StepCursor{1, 0, Phase::Input}));
    QCOMPARE(*walker.previousPhase({1, 0, Phase::Input}), (StepCursor{0, 1, Phase::Loss}));
    QVERIFY(!walker.previousPhase({0, 0, Phase::Input}));
    // The phases → animates through after the input of t = 1.
    const auto rest = walker.phasesUntilEndOfStep({1, 0, Phase::Input});
    QCOMPARE(int(rest.size()), 5 * 2 + 4 - 1);
    QCOMPARE(rest.back(), (StepCursor{1, 1, Phase::Loss}));
    // Backward: → goes back in time.
    const auto back = walker.nextTimeStep(StepCursor{2, 0, Phase::BackwardPre}, true);
    QCOMPARE(back->t, 1);
    QVERIFY(back->isBackward());
    QVERIFY(!walker.nextTimeStep(StepCursor{0, 0, Phase::BackwardPre}, true));
    QCOMPARE(walker.previousTimeStep(*back)->t, 2);
}

void TestTimeStepWalker::names()
{
    for (const auto &c : TimeStepWalker(1, 1).forwardSequence())
        QCOMPARE(*TimeStepWalker::phaseFromName(TimeStepWalker::name(c.phase)), c.phase);
    QCOMPARE(*TimeStepWalker::phaseFromName(QStringLiteral("backward")), Phase::BackwardHidden);
    QVERIFY(!TimeStepWalker::phaseFromName(QStringLiteral("sideways")));
    QVERIFY(TimeStepWalker::description(Phase::Activation, false, false).contains(QStringLiteral("tanh")));
    QVERIFY(TimeStepWalker::description(Phase::Activation, true, false).contains(QStringLiteral("ReLU")));
}

QTEST_GUILESS_MAIN(TestTimeStepWalker)
#include "tst_timestepwalker.moc"
