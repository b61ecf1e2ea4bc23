// SPDX-License-Identifier: MIT
// RunHistory without a thread: a step viewed is the step the run took, bit for bit, however thin
// the checkpoints; the latest step comes back whole; resuming forgets the later steps; edits are
// refused where they would not be edits, and undo and redo put back exactly what was there.
#include "app/worker/runhistory.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <variant>

using namespace rnnlab;

namespace {

Session helloWorld()
{
    Session session = lectureExample();
    session.data.texts = {U"hello world"};
    session.model = ModelConfig{CellKind::RnnTanh, 8, 2, true};
    return session;
}

//! A trainer of \a session after \a steps steps, with the last step's passes in its trace.
std::unique_ptr<Trainer> trainedFor(const Session &session, std::int64_t steps)
{
    auto trainer = std::make_unique<Trainer>(session);
    for (std::int64_t i = 0; i < steps; ++i)
        trainer->step();
    return trainer;
}

int differences(const ParameterSet<float> &a, const ParameterSet<float> &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : -1;
    return int((a.flat().array() != b.flat().array()).count());
}

//! \a steps accepted steps of \a trainer, each recorded in \a history.
void train(Trainer &trainer, RunHistory &history, int steps)
{
    for (int i = 0; i < steps; ++i) {
        const StepOutcome outcome = trainer.step();
        QVERIFY(outcome.accepted);
        history.recordStep(outcome, trainer);
    }
    history.takeLastStep(trainer);
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private slots:
    void viewIsExact_data();
    void viewIsExact();
    void viewIsClampedToTheRun();
    void checkpointsSpaceOutWhenTheyCost();
    void reusedCheckpointsHoldTheirStep();
    void resumeForgetsTheLaterSteps();
    void lastStepIsTakenOnce();
    void editsThatAreNot_data();
    void editsThatAreNot();
    void editUndoRedo();
    void undoAfterTrainingRewinds();
    void trainingEndsRedo();
};

void TestRunHistory::viewIsExact_data()
{
    QTest::addColumn<qulonglong>("budget");
    QTest::addColumn<int>("step");
    for (int step : {0, 1, 7, 33, 59}) {
        QTest::addRow("every step kept, view %d", step) << qulonglong(CheckpointStore::defaultBudget) << step;
        QTest::addRow("thinned checkpoints, view %d", step) << qulonglong(40000) << step;
    }
}

void TestRunHistory::viewIsExact()
{
    QFETCH(qulonglong, budget);
    QFETCH(int, step);
    const Session session = helloWorld();
    Trainer trainer(session);
    RunHistory history(trainer, {}, budget);
    train(trainer, history, 60);
    const ParameterSet<float> head = trainer.parameters();
    const ParameterSet<float> headGradients = history.lastGradients();
    if (budget < 100000)
        QVERIFY2(history.checkpointStride() > 1, "the small budget thinned the checkpoints");

    history.view(trainer, step);
    QVERIFY(history.viewing());
    QCOMPARE(history.headSteps(trainer), 60);
    QCOMPARE(trainer.stepsTaken(), step);
    const auto reference = trainedFor(session, step);
    QCOMPARE(differences(trainer.parameters(), reference->parameters()), 0);
    // The step's own gradients and update (none before the first step).
    QCOMPARE(differences(history.lastGradients(), step > 0 ? reference->trace().gradients : ParameterSet<float>()), 0);
    QCOMPARE(differences(history.lastUpdate(), step > 0 ? reference->lastUpdate() : ParameterSet<float>()), 0);
    QCOMPARE(history.history().size(), 60); // the whole run stays on the timeline

    history.returnToHead(trainer);
    QVERIFY(!history.viewing());
    QCOMPARE(trainer.stepsTaken(), 60);
    QCOMPARE(differences(trainer.parameters(), head), 0);
    QCOMPARE(differences(history.lastGradients(), headGradients), 0);
}

void TestRunHistory::checkpointsSpaceOutWhenTheyCost()
{
    // A share no copy can stay under: the checkpoints space out after the first measured window
    // (steps 65–128), and every step still views exactly. With no share, every step is kept.
    const Session session = helloWorld();
    Trainer trainer(session);
    RunHistory history(trainer, {});
    history.setCheckpointShare(1e-12);
    train(trainer, history, 300);
    QVERIFY2(history.checkpointStride() >= 4, "spaced out at steps 128, 192, 256");
    QVERIFY(history.checkpointsSpacedOut()); // what the timeline then says
    for (int step : {1, 127, 129, 250, 299}) {
        history.view(trainer, step);
        QCOMPARE(trainer.stepsTaken(), step);
        QCOMPARE(differences(trainer.parameters(), trainedFor(session, step)->parameters()), 0);
    }
    history.returnToHead(trainer);
    QCOMPARE(trainer.stepsTaken(), 300);

    Trainer plain(session);
    RunHistory every(plain, {});
    train(plain, every, 300);
    QCOMPARE(every.checkpointStride(), 1);
    QVERIFY(!every.checkpointsSpacedOut());
}

void TestRunHistory::reusedCheckpointsHoldTheirStep()
{
    // Thinning keeps the dropped checkpoints' storage for the next ones (CheckpointStore::record
    // of a trainer writes over it): each must hold its own step whole, nothing of the one before.
    Trainer trainer(helloWorld());
    CheckpointStore store(200 * 1024);
    store.record(trainer, /*pinned=*/true);
    std::map<std::int64_t, TrainerState> reference;
    for (int i = 0; i < 2000; ++i) {
        trainer.step();
        if (store.wants(trainer.stepsTaken())) {
            store.record(trainer);
            reference[trainer.stepsTaken()] = trainer.state();
        }
        QVERIFY(store.bytes() <= store.budget());
    }
    QVERIFY2(store.stride() >= 8, "thinned several times over, so storage was reused");
    int compared = 0;
    for (std::int64_t step = 1; step <= 2000; ++step) {
        const TrainerState *kept = store.atOrBefore(step);
        if (!kept || kept->stepsTaken != step)
            continue;
        const TrainerState &expected = reference.at(step);
        QCOMPARE(differences(kept->weights, expected.weights), 0);
        const auto &adam = std::get<AdamState>(kept->optimizer); // the lecture's optimizer
        const auto &expectedAdam = std::get<AdamState>(expected.optimizer);
        QVERIFY(adam.step == expectedAdam.step);
        QCOMPARE(differences(adam.expAvg, expectedAdam.expAvg), 0);
        QCOMPARE(differences(adam.expAvgSq, expectedAdam.expAvgSq), 0);
        ++compared;
    }
    QVERIFY(compared > 10);
}

void TestRunHistory::viewIsClampedToTheRun()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    train(trainer, history, 5);
    history.view(trainer, 99); // past the latest step: the latest step, not viewing
    QVERIFY(!history.viewing());
    QCOMPARE(trainer.stepsTaken(), 5);
    history.view(trainer, -3); // before the first: the first
    QVERIFY(history.viewing());
    QCOMPARE(trainer.stepsTaken(), 0);
    history.view(trainer, 5); // the latest step again: back at the head
    QVERIFY(!history.viewing());
}

void TestRunHistory::resumeForgetsTheLaterSteps()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    QVERIFY(!history.resumeFromView(trainer)); // nothing viewed: nothing to do
    train(trainer, history, 30);
    const std::uint64_t revision = history.revision();
    history.view(trainer, 7);
    QCOMPARE(history.revision(), revision); // looking changes nothing a file would hold
    QVERIFY(history.resumeFromView(trainer));
    QVERIFY(!history.viewing());
    QCOMPARE(history.revision(), revision + 1);
    QCOMPARE(history.headSteps(trainer), 7);
    QCOMPARE(history.history().size(), 7);
    QVERIFY(history.lastGradients().isNull());
    train(trainer, history, 5);
    QCOMPARE(differences(trainer.parameters(), trainedFor(lectureExample(), 12)->parameters()), 0);
    QCOMPARE(history.history().size(), 12);
}

void TestRunHistory::lastStepIsTakenOnce()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    QVERIFY(history.lastGradients().isNull());
    const StepOutcome outcome = trainer.step();
    history.recordStep(outcome, trainer);
    const ParameterSet<float> gradients = trainer.trace().gradients;
    history.takeLastStep(trainer);
    QCOMPARE(differences(history.lastGradients(), gradients), 0);
    QCOMPARE(differences(history.lastUpdate(), trainer.lastUpdate()), 0);
    // Another pass over the trainer does not make another step of it.
    trainer.evaluate(true); // the gradients of the weights after the step, in the trace now
    history.takeLastStep(trainer);
    QCOMPARE(differences(history.lastGradients(), gradients), 0);
}

void TestRunHistory::editsThatAreNot_data()
{
    QTest::addColumn<int>("tensor");
    QTest::addColumn<qulonglong>("index");
    QTest::addColumn<float>("value");
    QTest::addColumn<bool>("viewing");
    QTest::newRow("an edit") << 1 << qulonglong(3) << 0.5f << false;
    QTest::newRow("no such tensor") << 99 << qulonglong(0) << 0.5f << false;
    QTest::newRow("a negative tensor") << -1 << qulonglong(0) << 0.5f << false;
    QTest::newRow("past the tensor's end") << 1 << qulonglong(16) << 0.5f << false;
    QTest::newRow("NaN") << 1 << qulonglong(3) << std::numeric_limits<float>::quiet_NaN() << false;
    QTest::newRow("infinity") << 1 << qulonglong(3) << std::numeric_limits<float>::infinity() << false;
    QTest::newRow("at an earlier step") << 1 << qulonglong(3) << 0.5f << true;
}

void TestRunHistory::editsThatAreNot()
{
    QFETCH(int, tensor);
    QFETCH(qulonglong, index);
    QFETCH(float, value);
    QFETCH(bool, viewing);
    const bool valid = QTest::currentDataTag() == QByteArray("an edit");
    Trainer trainer(lectureExample()); // tensor 1: W_hh, 4 × 4
    RunHistory history(trainer, {});
    train(trainer, history, 2);
    if (viewing)
        history.view(trainer, 1);
    const ParameterSet<float> before = trainer.parameters();
    const std::uint64_t revision = history.revision();
    QCOMPARE(history.edit(trainer, tensor, index, value), valid);
    QCOMPARE(history.canUndo(), valid);
    QCOMPARE(history.revision(), revision + (valid ? 1 : 0));
    QCOMPARE(differences(trainer.parameters(), before), valid ? 1 : 0);
}

void TestRunHistory::editUndoRedo()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    train(trainer, history, 3);
    const float original = trainer.parameters().data(1)[5];
    QVERIFY(history.edit(trainer, 1, 5, 2.5f));
    QCOMPARE(trainer.parameters().data(1)[5], 2.5f);
    QCOMPARE(history.edits().size(), std::size_t(1));
    const WeightEdit edit = history.edits().front();
    QCOMPARE(edit.step, 3);
    QCOMPARE(edit.before, original);
    QCOMPARE(edit.after, 2.5f);
    QVERIFY(!history.canRedo(trainer));

    history.undo(trainer);
    QCOMPARE(trainer.parameters().data(1)[5], original);
    QVERIFY(history.edits().empty());
    QVERIFY(history.canRedo(trainer));
    QVERIFY(history.redo(trainer));
    QCOMPARE(trainer.parameters().data(1)[5], 2.5f);
    QCOMPARE(history.edits().size(), std::size_t(1));
    QVERIFY(!history.redo(trainer)); // nothing more to redo
    QCOMPARE(history.revision(), 3u + 3u); // three steps, the edit, undo, redo
}

void TestRunHistory::undoAfterTrainingRewinds()
{
    const Session session = lectureExample();
    Trainer trainer(session);
    RunHistory history(trainer, {});
    train(trainer, history, 2);
    QVERIFY(history.edit(trainer, 0, 0, 0.25f));
    train(trainer, history, 4);
    history.view(trainer, 4); // undo works from the latest step, whatever is shown
    history.undo(trainer);
    QVERIFY(!history.viewing());
    QCOMPARE(trainer.stepsTaken(), 2);
    QCOMPARE(history.history().size(), 2);
    QVERIFY(history.lastGradients().isNull());
    QCOMPARE(differences(trainer.parameters(), trainedFor(session, 2)->parameters()), 0);
}

void TestRunHistory::trainingEndsRedo()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    QVERIFY(history.edit(trainer, 0, 0, 0.25f));
    history.undo(trainer);
    QVERIFY(history.canRedo(trainer));
    train(trainer, history, 1);
    QVERIFY(!history.canRedo(trainer));
    QVERIFY(!history.redo(trainer));
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
