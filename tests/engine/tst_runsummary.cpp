// SPDX-License-Identifier: MIT
// RunSummary, compare mode's bookkeeping of a run: the last step and its loss, the first step at
// which every prediction was right — by hand for made-up steps, and for the lecture's example
// against the Trainer's own outcomes and predictions; refused steps change nothing; truncating
// (resuming from an earlier step) forgets exactly what came later.
#include "engine/runsummary.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QTest>

#include <tuple>
#include <vector>

using namespace rnnlab;

namespace {
struct Step
{
    std::int64_t step;
    float loss;
    int correct;
    int targets;
};
} // namespace

Q_DECLARE_METATYPE(std::vector<Step>)

class TestRunSummary : public QObject
{
    Q_OBJECT

private slots:
    void empty();
    void recordSteps_data();
    void recordSteps();
    void refusedStepsChangeNothing();
    void truncateAfter();
    void lectureExampleMatchesTheTrainer();
};

void TestRunSummary::empty()
{
    const RunSummary summary;
    QCOMPARE(summary.step(), 0);
    QVERIFY(!summary.loss());
    QVERIFY(!summary.accuracy());
    QVERIFY(!summary.firstAllCorrectStep());
}

void TestRunSummary::recordSteps_data()
{
    QTest::addColumn<std::vector<Step>>("steps");
    QTest::addColumn<float>("loss");
    QTest::addColumn<float>("accuracy");
    QTest::addColumn<qint64>("firstAllCorrect"); // −1: none

    QTest::newRow("never all right") << std::vector<Step>{{1, 1.5f, 0, 4}, {2, 1.2f, 3, 4}} << 1.2f << 0.75f
                                     << qint64(-1);
    QTest::newRow("all right at the last step")
        << std::vector<Step>{{1, 1.5f, 1, 4}, {2, 0.5f, 4, 4}} << 0.5f << 1.0f << qint64(2);
    QTest::newRow("the first time counts, not a later one")
        << std::vector<Step>{{1, 1.0f, 4, 4}, {2, 1.1f, 2, 4}, {3, 0.2f, 4, 4}} << 0.2f << 1.0f << qint64(1);
    QTest::newRow("one short of all is not all")
        << std::vector<Step>{{7, 0.1f, 999, 1000}} << 0.1f << 0.999f << qint64(-1);
    QTest::newRow("nothing to predict is never all right")
        << std::vector<Step>{{1, 0.0f, 0, 0}} << 0.0f << 0.0f << qint64(-1);
}

void TestRunSummary::recordSteps()
{
    QFETCH(std::vector<Step>, steps);
    QFETCH(float, loss);
    QFETCH(float, accuracy);
    QFETCH(qint64, firstAllCorrect);
    RunSummary summary;
    for (const Step &s : steps)
        summary.record(s.step, s.loss, s.correct, s.targets);
    QCOMPARE(summary.step(), steps.back().step);
    QCOMPARE(*summary.loss(), loss);
    QCOMPARE(*summary.accuracy(), accuracy);
    QCOMPARE(summary.firstAllCorrectStep().value_or(-1), firstAllCorrect);
}

void TestRunSummary::refusedStepsChangeNothing()
{
    RunSummary summary;
    summary.record(3, 0.5f, 1, 2);
    StepOutcome refused;
    refused.accepted = false;
    refused.step = 4;
    refused.loss = 0.1f;
    refused.correct = 2;
    refused.targets = 2;
    const RunSummary before = summary;
    summary.record(refused);
    QVERIFY(summary == before);
    refused.accepted = true;
    summary.record(refused);
    QCOMPARE(summary.step(), 4);
    QCOMPARE(summary.firstAllCorrectStep().value_or(-1), 4);
}

void TestRunSummary::truncateAfter()
{
    RunSummary summary;
    summary.record(1, 1.0f, 1, 4);
    summary.record(2, 0.8f, 4, 4);
    summary.record(3, 0.6f, 4, 4);
    RunSummary kept = summary;
    kept.truncateAfter(5); // nothing after 5: unchanged
    QVERIFY(kept == summary);
    kept.truncateAfter(2);
    QCOMPARE(kept.step(), 2);
    QVERIFY(!kept.loss()); // step 2's loss is not kept: the caller records it again
    QCOMPARE(kept.firstAllCorrectStep().value_or(-1), 2);
    kept.truncateAfter(1);
    QCOMPARE(kept.step(), 1);
    QVERIFY(!kept.firstAllCorrectStep());
}

void TestRunSummary::lectureExampleMatchesTheTrainer()
{
    // The lecture's hello: the first step whose predictions are "ello" is the first all-right one.
    Trainer trainer(lectureExample());
    RunSummary summary;
    std::int64_t expectedFirst = -1;
    for (int i = 0; i < 30; ++i) {
        const StepOutcome outcome = trainer.step();
        QVERIFY(outcome.accepted);
        summary.record(outcome);
        if (expectedFirst < 0 && trainer.predictions().front() == U"ello")
            expectedFirst = outcome.step;
        QCOMPARE(summary.step(), outcome.step);
        QCOMPARE(*summary.loss(), outcome.loss); // the Trainer's number, to the bit
    }
    QVERIFY(expectedFirst > 0);
    QCOMPARE(summary.firstAllCorrectStep().value_or(-1), expectedFirst);
}

QTEST_GUILESS_MAIN(TestRunSummary)
#include "tst_runsummary.moc"
