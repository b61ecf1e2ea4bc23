// SPDX-License-Identifier: MIT
// LockStep, compare mode's rounds, run under ThreadSanitizer by scripts/test --tsan. The gate's
// rules by hand (arrivals from the test thread): participants gather at the furthest step, a round
// is published only when everyone is at its step, run/hold/advance start rounds, the batch adapts
// to the round time, a stuck participant stops the rounds. Then with real TrainingWorkers on their
// own threads: every published round holds snapshots after the same number of steps, each model's
// numbers are the engine's own, free-running models meet, and workers go away mid-round cleanly.
#include "app/worker/lockstep.h"
#include "app/worker/trainingworker.h"
#include "engine/trainer.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace rnnlab;
using namespace std::chrono_literals;

namespace {

SnapshotPtr at(std::int64_t steps)
{
    auto s = std::make_shared<TrainingSnapshot>();
    s->stepsTaken = steps;
    return s;
}

std::vector<std::int64_t> stepsOf(const LockStepRound &round)
{
    std::vector<std::int64_t> steps;
    for (const SnapshotPtr &s : round.snapshots)
        steps.push_back(s ? s->stepsTaken : -1);
    return steps;
}

Session lectureLayers(int layers)
{
    Session s = lectureExample();
    s.model.numLayers = layers;
    return s;
}

//! Workers in lock step on \a sessions, torn down in the right order (workers before the gate's
//! last reference does not matter: the gate outlives them through shared_ptr).
struct Team
{
    explicit Team(const std::vector<Session> &sessions)
        : gate(std::make_shared<LockStep>(int(sessions.size())))
    {
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            workers.push_back(std::make_unique<TrainingWorker>());
            workers.back()->reset(sessions[i]);
            workers.back()->setLockStep(gate, int(i));
        }
    }
    std::shared_ptr<LockStep> gate;
    std::vector<std::unique_ptr<TrainingWorker>> workers;
};

} // namespace

class TestLockStep : public QObject
{
    Q_OBJECT

private slots:
    void firstArrivalsGather();
    void gatherAtTheFurthest();
    void advanceAndHold();
    void batchAdapts();
    void stuckParticipantStops();
    void wakersLeave();

    void workersInLockStep();
    void stepByStep();
    void freeRunningModelsMeet();
    void divergingModelStopsTheRounds();
    void resetLeavesTheGate();
    void destroyedMidRound();
};

void TestLockStep::firstArrivalsGather()
{
    LockStep gate(2);
    QCOMPARE(gate.target(), -1);
    QVERIFY(!gate.latest());
    gate.arrive(0, at(0));
    QVERIFY(!gate.latest()); // B has not arrived
    gate.arrive(1, at(0));
    const auto round = gate.latest();
    QVERIFY(round);
    QCOMPARE(round->sequence, 1u);
    QCOMPARE(round->step, 0);
    QCOMPARE(stepsOf(*round), (std::vector<std::int64_t>{0, 0}));
    QCOMPARE(gate.target(), 0); // held: no next round
}

void TestLockStep::gatherAtTheFurthest()
{
    LockStep gate(3);
    int woken = 0;
    gate.setWaker(1, [&] { ++woken; });
    gate.arrive(0, at(5));
    gate.arrive(1, at(2));
    gate.arrive(2, at(5));
    QVERIFY(!gate.latest()); // not together: no round …
    QCOMPARE(gate.target(), 5); // … the others train up to the furthest
    QCOMPARE(woken, 1);
    gate.arrive(1, at(5));
    QVERIFY(gate.latest());
    QCOMPARE(stepsOf(*gate.latest()), (std::vector<std::int64_t>{5, 5, 5}));
}

void TestLockStep::advanceAndHold()
{
    LockStep gate(2, 1h); // every round is "fast": the batch doubles
    gate.arrive(0, at(0));
    gate.arrive(1, at(0));
    gate.advance(3);
    QCOMPARE(gate.target(), 3);
    gate.advance(2); // during the round: for the next one
    QCOMPARE(gate.target(), 3);
    gate.arrive(0, at(3));
    QCOMPARE(gate.latest()->step, 0);
    gate.arrive(1, at(3));
    QCOMPARE(gate.latest()->step, 3);
    QCOMPARE(gate.target(), 5);
    gate.arrive(0, at(5));
    gate.arrive(1, at(5));
    QCOMPARE(gate.target(), 5); // no more asked for

    gate.run();
    QVERIFY(gate.isRunning());
    QCOMPARE(gate.target(), 6); // batch 1
    gate.hold();
    gate.arrive(0, at(6));
    gate.arrive(1, at(6));
    QCOMPARE(gate.latest()->step, 6); // the round in progress ends …
    QCOMPARE(gate.target(), 6); // … and no other starts
    QVERIFY(!gate.isRunning());
}

void TestLockStep::batchAdapts()
{
    LockStep fast(2, 1h);
    fast.arrive(0, at(0));
    fast.arrive(1, at(0));
    fast.run();
    for (int round = 0; round < 5; ++round) {
        const std::int64_t t = fast.target();
        fast.arrive(0, at(t));
        fast.arrive(1, at(t));
    }
    QCOMPARE(fast.batch(), 32); // 1 → 2 → … → 32: rounds much shorter than an hour
    QCOMPARE(fast.latest()->step, 1 + 2 + 4 + 8 + 16);

    LockStep slow(2, 1us);
    slow.arrive(0, at(0));
    slow.arrive(1, at(0));
    slow.advance(64); // an untimed round
    slow.arrive(0, at(64));
    slow.arrive(1, at(64));
    QCOMPARE(slow.batch(), 1);
    slow.run();
    QCOMPARE(slow.target(), 65);
}

void TestLockStep::stuckParticipantStops()
{
    LockStep gate(2);
    gate.arrive(0, at(0));
    gate.arrive(1, at(0));
    gate.advance(10);
    gate.arrive(0, at(4), /*stuck=*/true);
    QCOMPARE(gate.latest()->sequence, 1u); // B still training
    gate.arrive(1, at(10));
    const auto round = gate.latest();
    QVERIFY(round->stopped);
    QCOMPARE(stepsOf(*round), (std::vector<std::int64_t>{4, 10}));
    gate.run();
    gate.advance(1);
    QCOMPARE(gate.target(), 10); // no round after a stop
    QVERIFY(!gate.isRunning());
}

void TestLockStep::wakersLeave()
{
    LockStep gate(2);
    int a = 0;
    int b = 0;
    gate.setWaker(0, [&] { ++a; });
    gate.setWaker(1, [&] { ++b; });
    gate.arrive(0, at(0));
    gate.arrive(1, at(0));
    gate.advance(1);
    QCOMPARE(a, 1);
    QCOMPARE(b, 1);
    gate.setWaker(0, {});
    gate.arrive(0, at(1));
    gate.arrive(1, at(1));
    gate.advance(1);
    QCOMPARE(a, 1);
    QCOMPARE(b, 2);
}

void TestLockStep::workersInLockStep()
{
    Session lstm = lectureExample();
    lstm.model = ModelConfig{CellKind::Lstm, 8, 1, true};
    const std::vector<Session> sessions{lectureLayers(1), lectureLayers(2), lstm};
    Team team(sessions);
    team.gate->run();
    // Every round the window could see: all models after the same number of steps.
    std::uint64_t lastSequence = 0;
    std::int64_t lastStep = -1;
    int rounds = 0;
    bool together = true;
    bool ordered = true;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const auto round = team.gate->latest();
                                 if (round && round->sequence != lastSequence) {
                                     ordered = ordered && round->sequence > lastSequence && round->step >= lastStep;
                                     for (const SnapshotPtr &s : round->snapshots)
                                         together = together && s->stepsTaken == round->step && s->problem.empty();
                                     lastSequence = round->sequence;
                                     lastStep = round->step;
                                     ++rounds;
                                 }
                                 return lastStep >= 300 && rounds >= 3;
                             }()),
                             20000);
    team.gate->hold();
    QVERIFY(together);
    QVERIFY(ordered);
    // Held: the round in progress ends, then nothing moves.
    QTRY_VERIFY_WITH_TIMEOUT(team.gate->latest()->step == team.gate->target(), 10000);
    const auto final = team.gate->latest();
    QCOMPARE(stepsOf(*final), std::vector<std::int64_t>(3, final->step));
    // Each model's numbers are the engine's own, to the bit.
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const SnapshotPtr s = final->snapshots[i];
        Trainer trainer(sessions[i]);
        QCOMPARE(s->history.size(), final->step);
        for (std::int64_t k = 0; k < final->step; ++k)
            QCOMPARE(s->history.at(k).loss, trainer.step().loss);
        QCOMPARE((s->weights.flat() - trainer.parameters().flat()).cwiseAbs().maxCoeff(), 0.0f);
        QCOMPARE(*s->history.summary.loss(), s->history.at(final->step - 1).loss);
        QVERIFY(s->trainedSteps == final->step && s->trainingSeconds > 0.0);
    }
}

void TestLockStep::stepByStep()
{
    Team team({lectureLayers(1), lectureLayers(2)});
    QTRY_VERIFY_WITH_TIMEOUT(team.gate->latest() && team.gate->latest()->step == 0, 10000);
    for (std::int64_t step = 1; step <= 3; ++step) {
        team.gate->advance(1);
        QTRY_COMPARE_WITH_TIMEOUT(team.gate->latest()->step, step, 10000);
        QCOMPARE(stepsOf(*team.gate->latest()), (std::vector<std::int64_t>{step, step}));
    }
    // Play, pause and step commands go to the gate, not to the workers, while in lock step.
    team.workers[0]->step(5);
    team.workers[0]->play();
    team.gate->advance(1);
    QTRY_COMPARE_WITH_TIMEOUT(team.gate->latest()->step, 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(team.workers[0]->latest()->stepsTaken, 4, 10000);
    QVERIFY(!team.workers[0]->latest()->playing);
}

void TestLockStep::freeRunningModelsMeet()
{
    TrainingWorker a;
    TrainingWorker b;
    a.reset(lectureLayers(1));
    b.reset(lectureLayers(2));
    a.step(40);
    b.step(7);
    QTRY_VERIFY_WITH_TIMEOUT(a.latest() && a.latest()->stepsTaken == 40 && b.latest() && b.latest()->stepsTaken == 7,
                             10000);
    auto gate = std::make_shared<LockStep>(2);
    a.setLockStep(gate, 0);
    b.setLockStep(gate, 1);
    QTRY_VERIFY_WITH_TIMEOUT(gate->latest() != nullptr, 10000);
    QCOMPARE(stepsOf(*gate->latest()), (std::vector<std::int64_t>{40, 40}));
    // The one behind caught up with the same steps the engine takes.
    Trainer trainer(lectureLayers(2));
    for (int i = 0; i < 40; ++i)
        trainer.step();
    QCOMPARE((gate->latest()->snapshots[1]->weights.flat() - trainer.parameters().flat()).cwiseAbs().maxCoeff(), 0.0f);
    // Free-running again: paused where they are; play moves each on its own.
    a.setLockStep(nullptr);
    b.setLockStep(nullptr);
    a.step(2);
    QTRY_COMPARE_WITH_TIMEOUT(a.latest()->stepsTaken, 42, 10000);
    gate->advance(5);
    QTest::qWait(50); // nothing may happen: give it the chance
    QCOMPARE(b.latest()->stepsTaken, 40);
}

void TestLockStep::divergingModelStopsTheRounds()
{
    Session wild = lectureExample();
    wild.data.texts = {U"abcabcabcabcabcabc"};
    wild.model = ModelConfig{CellKind::RnnRelu, 8, 2, true};
    wild.training.optimizer = OptimizerKind::Sgd;
    wild.training.learningRate = 1e30;
    Session calm = wild;
    calm.training.learningRate = 0.01;
    Team team({calm, wild});
    team.gate->run();
    QTRY_VERIFY_WITH_TIMEOUT(team.gate->latest() && team.gate->latest()->stopped, 10000);
    const auto round = team.gate->latest();
    QVERIFY(round->snapshots[1]->problem.find("smaller learning rate") != std::string::npos);
    QVERIFY(round->snapshots[0]->problem.empty());
    QVERIFY(round->snapshots[1]->stepsTaken <= round->snapshots[0]->stepsTaken);
    QVERIFY(!team.gate->isRunning());
    QVERIFY(round->snapshots[1]->weights.allFinite());
}

void TestLockStep::resetLeavesTheGate()
{
    Team team({lectureLayers(1), lectureLayers(2)});
    team.gate->run();
    QTRY_VERIFY_WITH_TIMEOUT(team.gate->latest() && team.gate->latest()->step > 100, 10000);
    team.workers[1]->reset(lectureLayers(2));
    team.workers[1]->step(3); // free-running again
    QTRY_VERIFY_WITH_TIMEOUT(team.workers[1]->latest()->stepsTaken == 3 && !team.workers[1]->latest()->playing, 10000);
    // Model A waits at the gate for B, which has left: the rounds stop.
    const std::uint64_t sequence = team.gate->latest()->sequence;
    QTest::qWait(100);
    QVERIFY(team.gate->latest()->sequence <= sequence + 1);
}

void TestLockStep::destroyedMidRound()
{
    Session big = lectureExample();
    big.data.texts = {U"the quick brown fox jumps over the lazy dog, again and again and again"};
    big.model = ModelConfig{CellKind::Gru, 64, 2, true};
    auto team = std::make_unique<Team>(std::vector<Session>{big, lectureLayers(1), big});
    team->gate->run();
    QTRY_VERIFY_WITH_TIMEOUT(team->gate->latest() && team->gate->latest()->step > 3, 20000);
    // One worker goes first while the others may be calling its waker from their threads.
    team->workers[1].reset();
    team->workers.clear();
    QVERIFY(team->gate->latest()); // the gate outlives its workers
    team.reset();
}

QTEST_GUILESS_MAIN(TestLockStep)
#include "tst_lockstep.moc"
