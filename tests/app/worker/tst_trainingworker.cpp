// SPDX-License-Identifier: MIT
// The plain-C++ hand-off (TrainingWorker, LatestValue, HistoryRecorder), run under
// ThreadSanitizer by scripts/test --tsan: training through the worker gives exactly the engine's
// numbers; pause, step, reset and speed changes mid-training behave; snapshots are never applied
// out of order; the thread stops cleanly mid-training.
#include "app/worker/checkpointstore.h"
#include "app/worker/historyrecorder.h"
#include "app/worker/trainingworker.h"
#include "engine/signalgenerator.h"
#include "engine/trainer.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <random>
#include <thread>

using namespace rnnlab;
using namespace std::chrono_literals;

namespace {
Session lectureWith(std::u32string text)
{
    Session session = lectureExample();
    session.data.texts = {std::move(text)};
    session.model.hiddenSize = Vocabulary::fromTexts(session.data.texts).size();
    return session;
}
} // namespace

class TestTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void stepsEqualTheEngine();
    void playPauseAndStep();
    void resetMidTraining();
    void snapshotsArriveInOrder();
    void divergenceStopsAndKeepsWeights();
    void generationRunsOnTheWorker();
    void speedLimitIsReported();
    void stopsMidTraining();
    void concurrentCommands();
    void rewindIsExact_data();
    void rewindIsExact();
    void resumeFromHereContinuesLikeTheCli();
    void editUndoRedo();
    void undoAfterTrainingRewinds();
    void whatIfNoMemory();
    void checkpointsStayWithinBudget();
    void historyStrideDoubles();
    void historySharesPredictions();
    void forecastHistoryKeepsEveryStepsText();
    void historySummaryFollowsTheRun();
};

void TestTrainingWorker::stepsEqualTheEngine()
{
    const Session session = lectureExample();
    TrainingWorker worker;
    worker.reset(session);
    worker.step(25);
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && worker.latest()->stepsTaken == 25 && !worker.latest()->playing, 10000);
    const SnapshotPtr s = worker.latest();

    Trainer trainer(session);
    QCOMPARE(s->history.size(), 25);
    for (int i = 0; i < 25; ++i) {
        const StepOutcome outcome = trainer.step();
        const HistoryEntry &entry = s->history.at(i);
        QCOMPARE(entry.step, outcome.step);
        QCOMPARE(entry.loss, outcome.loss); // bit for bit: the same engine on another thread
        QVERIFY(*entry.predictions == trainer.predictions());
    }
    QCOMPARE((s->weights.flat() - trainer.parameters().flat()).cwiseAbs().maxCoeff(), 0.0f);
    // The snapshot's trace is the forward pass of the weights it carries.
    trainer.evaluate();
    QCOMPARE(s->trace.loss, trainer.trace().loss);
    QVERIFY(!s->lastGradients.isNull());
    QCOMPARE((s->lastUpdate.flat() - trainer.lastUpdate().flat()).cwiseAbs().maxCoeff(), 0.0f);
    // The lecture's ten predictions, as the CLI and PyTorch print them.
    QVERIFY((*s->history.at(9).predictions)[0] == U"ello");
    QVERIFY((*s->history.at(0).predictions)[0] == U"elll");
}

void TestTrainingWorker::playPauseAndStep()
{
    TrainingWorker worker;
    worker.reset(lectureExample());
    worker.play();
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && worker.latest()->stepsTaken > 2000, 10000);
    worker.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!worker.latest()->playing, 5000);
    const std::int64_t paused = worker.latest()->stepsTaken;
    QCOMPARE(worker.latest()->history.at(worker.latest()->history.size() - 1).step, paused);
    worker.step(3);
    QTRY_COMPARE_WITH_TIMEOUT(worker.latest()->stepsTaken, paused + 3, 5000);
    // Paused: nothing more happens.
    const std::uint64_t publications = worker.publications();
    QTest::qWait(100);
    QCOMPARE(worker.latest()->stepsTaken, paused + 3);
    QCOMPARE(worker.publications(), publications);
}

void TestTrainingWorker::resetMidTraining()
{
    TrainingWorker worker;
    worker.reset(lectureExample());
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest(), 5000);
    const std::uint64_t first = worker.latest()->generation;
    worker.play();
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest()->stepsTaken > 100, 10000);
    worker.reset(lectureWith(U"abcabc"));
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest()->generation > first, 5000);
    const SnapshotPtr s = worker.latest();
    QCOMPARE(s->stepsTaken, 0);
    QVERIFY(!s->playing);
    QVERIFY(s->history.empty());
    QVERIFY(s->lastGradients.isNull());
    QVERIFY(s->setup->vocabulary.characters() == U"abc");
}

void TestTrainingWorker::snapshotsArriveInOrder()
{
    TrainingWorker worker;
    worker.setPublishInterval(200us);
    worker.reset(lectureExample());
    worker.play();
    std::uint64_t generation = 0;
    std::uint64_t sequence = 0;
    std::int64_t steps = 0;
    int seen = 0;
    // Until a good number of publications were seen (a generous deadline: sanitizers and a loaded
    // machine slow the worker down, which this test is not about).
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while (std::chrono::steady_clock::now() < deadline && seen <= 50) {
        const SnapshotPtr s = worker.latest();
        if (!s)
            continue;
        QVERIFY(s->generation >= generation);
        if (s->generation == generation) {
            QVERIFY(s->sequence >= sequence);
            QVERIFY(s->stepsTaken >= steps);
            QVERIFY(s->history.size() >= std::min<std::int64_t>(steps, HistoryRecorder::denseSteps));
        }
        seen += s->sequence != sequence ? 1 : 0;
        generation = s->generation;
        sequence = s->sequence;
        steps = s->stepsTaken;
    }
    QVERIFY(seen > 10);
    QVERIFY(steps > 0);
}

void TestTrainingWorker::divergenceStopsAndKeepsWeights()
{
    Session session = lectureWith(U"abcabcabcabcabcabc");
    session.model = ModelConfig{CellKind::RnnRelu, 8, 2, true};
    session.training.optimizer = OptimizerKind::Sgd;
    session.training.learningRate = 1e30;
    TrainingWorker worker;
    worker.reset(session);
    worker.play();
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && !worker.latest()->problem.empty(), 10000);
    const SnapshotPtr s = worker.latest();
    QVERIFY(!s->playing);
    QVERIFY(s->weights.allFinite());
    QVERIFY(QString::fromStdString(s->problem).contains(QStringLiteral("smaller learning rate")));
}

void TestTrainingWorker::generationRunsOnTheWorker()
{
    TrainingWorker worker;
    worker.reset(lectureExample());
    worker.step(100);
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && worker.latest()->stepsTaken == 100, 10000);
    GenerationOptions options;
    options.prime = U"h";
    options.length = 4;
    worker.generate(options, 7);
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && worker.latest()->generated, 10000);
    const GeneratedText &g = *worker.latest()->generated;
    QCOMPARE(g.requestId, 7u);
    QVERIFY(!g.problem);
    QVERIFY(g.text == U"ello");
    options.prime = U"x";
    worker.generate(options, 8);
    QTRY_COMPARE_WITH_TIMEOUT(worker.latest()->generated->requestId, 8u, 5000);
    QVERIFY(worker.latest()->generated->problem.has_value());
}

void TestTrainingWorker::speedLimitIsReported()
{
    TrainingWorker worker;
    worker.reset(lectureExample());
    worker.setSpeed(20);
    worker.play();
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && worker.latest()->stepsTaken >= 3, 5000);
    QCOMPARE(worker.latest()->targetStepsPerSecond, 20.0);
    worker.setSpeed(0);
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest()->stepsTaken > 5000, 10000);
    QCOMPARE(worker.latest()->targetStepsPerSecond, 0.0);
}

void TestTrainingWorker::stopsMidTraining()
{
    Session session = lectureWith(U"the quick brown fox jumps over the lazy dog, again and again and again");
    session.model = ModelConfig{CellKind::RnnTanh, 128, 2, true};
    auto worker = std::make_unique<TrainingWorker>();
    worker->reset(session);
    worker->play();
    QTRY_VERIFY_WITH_TIMEOUT(worker->latest() && worker->latest()->stepsTaken > 3, 10000);
    const auto start = std::chrono::steady_clock::now();
    worker.reset(); // stops and joins, finishing at most the step in progress
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    qInfo("stopped in %.1f ms", seconds * 1000);
}

void TestTrainingWorker::concurrentCommands()
{
    // Several threads post commands while a reader polls: TSan checks the hand-off, and the
    // reader checks that snapshots of one generation never go backwards.
    TrainingWorker worker;
    worker.setPublishInterval(500us);
    worker.reset(lectureExample());
    std::atomic<bool> done{false};
    std::vector<std::thread> posters;
    for (int t = 0; t < 3; ++t) {
        posters.emplace_back([&worker, t] {
            std::mt19937 random(t);
            for (int i = 0; i < 300; ++i) {
                switch (random() % 7) {
                case 0: worker.play(); break;
                case 1: worker.pause(); break;
                case 2: worker.step(int(random() % 5) + 1); break;
                case 3: worker.setSpeed(random() % 2 ? 0.0 : 500.0); break;
                case 4: worker.reset(lectureExample()); break;
                case 5: worker.generate(GenerationOptions{U"he", 5, std::nullopt, 0}, i); break;
                default: std::this_thread::yield();
                }
            }
        });
    }
    std::thread reader([&] {
        std::uint64_t generation = 0;
        std::uint64_t sequence = 0;
        while (!done) {
            if (const SnapshotPtr s = worker.latest()) {
                if (s->generation == generation && s->sequence < sequence)
                    qFatal("snapshot out of order");
                generation = s->generation;
                sequence = s->sequence;
                volatile float w = s->weights.flat()(0); // reads shared immutable data
                (void)w;
            }
        }
    });
    for (auto &t : posters)
        t.join();
    worker.pause();
    worker.step(1);
    QTRY_VERIFY_WITH_TIMEOUT(worker.latest() && !worker.latest()->playing, 10000);
    done = true;
    reader.join();
    worker.stop();
    worker.play(); // ignored after stop
}

namespace {
//! A fresh engine run of \a steps steps: what rnnlab-cli train S --steps k --save computes.
ParameterSet<float> engineWeightsAfter(const Session &session, int steps)
{
    Trainer trainer(session);
    for (int i = 0; i < steps; ++i)
        trainer.step();
    return trainer.parameters();
}

int differences(const ParameterSet<float> &a, const ParameterSet<float> &b)
{
    int n = 0;
    for (Eigen::Index i = 0; i < a.flat().size(); ++i)
        n += std::memcmp(&a.flat()(i), &b.flat()(i), sizeof(float)) != 0 ? 1 : 0;
    return n;
}

SnapshotPtr waitFor(TrainingWorker &worker, const std::function<bool(const TrainingSnapshot &)> &done)
{
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline) {
        if (SnapshotPtr s = worker.latest(); s && done(*s))
            return s;
        std::this_thread::sleep_for(2ms);
    }
    return nullptr;
}
} // namespace

void TestTrainingWorker::rewindIsExact_data()
{
    QTest::addColumn<qulonglong>("budget");
    QTest::newRow("every step kept") << (qulonglong(256) << 20);
    QTest::newRow("thinned: replayed from a kept step") << qulonglong(20000);
}

void TestTrainingWorker::rewindIsExact()
{
    QFETCH(qulonglong, budget);
    Session session = lectureWith(U"hello world");
    session.model = ModelConfig{CellKind::RnnTanh, 8, 2, true};
    TrainingWorker worker;
    worker.setCheckpointBudget(budget);
    worker.reset(session);
    worker.step(60);
    SnapshotPtr s = waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 60 && !t.playing; });
    QVERIFY(s);
    const ParameterSet<float> head = s->weights;
    if (budget < 100000)
        QVERIFY2(s->checkpointStride > 1, "the small budget thinned the checkpoints");
    for (int k : {0, 1, 7, 33, 59}) {
        worker.viewStep(k);
        s = waitFor(worker, [k](const TrainingSnapshot &t) { return t.viewingHistory && t.stepsTaken == k; });
        QVERIFY2(s, qPrintable(QStringLiteral("view step %1").arg(k)));
        QCOMPARE(differences(s->weights, engineWeightsAfter(session, k)), 0);
        QCOMPARE(s->headSteps, 60);
        QCOMPARE(s->history.size(), 60); // the whole run stays on the timeline
    }
    worker.viewStep(60);
    s = waitFor(worker, [](const TrainingSnapshot &t) { return !t.viewingHistory && t.stepsTaken == 60; });
    QVERIFY(s);
    QCOMPARE(differences(s->weights, head), 0);
}

void TestTrainingWorker::resumeFromHereContinuesLikeTheCli()
{
    const Session session = lectureExample();
    TrainingWorker worker;
    worker.reset(session);
    worker.step(30);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 30 && !t.playing; }));
    worker.viewStep(7);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return t.viewingHistory && t.stepsTaken == 7; }));
    worker.resumeFromView();
    worker.step(5);
    const SnapshotPtr s = waitFor(
        worker, [](const TrainingSnapshot &t) { return !t.viewingHistory && t.stepsTaken == 12 && !t.playing; });
    QVERIFY(s);
    QCOMPARE(s->headSteps, 12);
    QCOMPARE(s->history.size(), 12);
    // rnnlab-cli train S --steps 7 --save T; rnnlab-cli train T --steps 5: the same bits.
    Trainer saved(session);
    for (int i = 0; i < 7; ++i)
        saved.step();
    Trainer resumed(saved.currentSession());
    for (int i = 0; i < 5; ++i) {
        const StepOutcome outcome = resumed.step();
        QCOMPARE(s->history.at(7 + i).loss, outcome.loss);
    }
    QCOMPARE(differences(s->weights, resumed.parameters()), 0);
}

void TestTrainingWorker::editUndoRedo()
{
    const Session session = lectureExample();
    TrainingWorker worker;
    worker.reset(session);
    worker.step(10);
    SnapshotPtr s = waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 10 && !t.playing; });
    QVERIFY(s);
    const ParameterSet<float> before = s->weights;
    const int tensor = before.layout().stack().weightHh(0);
    worker.editWeight(tensor, 5, 2.5f);
    s = waitFor(worker, [](const TrainingSnapshot &t) { return t.edits.size() == 1; });
    QVERIFY(s);
    QCOMPARE(s->weights.data(tensor)[5], 2.5f);
    // The forward pass the CLI computes for the saved session with that weight (its optimizer
    // state included, so that it also trains on as the edited run does).
    Trainer ten(session);
    for (int i = 0; i < 10; ++i)
        ten.step();
    Session edited = ten.currentSession();
    ParameterSet<float> weights = before;
    weights.data(tensor)[5] = 2.5f;
    edited.weights = toNamedTensors(weights);
    Trainer cli(edited);
    cli.evaluate();
    QCOMPARE(s->trace.loss, cli.trace().loss);
    QVERIFY(s->trace.sequences[0].predictions == cli.trace().sequences[0].predictions);

    worker.undo();
    s = waitFor(worker, [](const TrainingSnapshot &t) { return t.edits.empty() && t.canRedo; });
    QVERIFY(s);
    QCOMPARE(differences(s->weights, before), 0); // bit-identical
    worker.redo();
    s = waitFor(worker, [](const TrainingSnapshot &t) { return t.edits.size() == 1; });
    QVERIFY(s);
    QCOMPARE(s->weights.data(tensor)[5], 2.5f);
    // Training goes on from the edited model; rewinding across the edit lands on it exactly.
    worker.step(5);
    s = waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 15 && !t.playing; });
    QVERIFY(s);
    Trainer continued(edited);
    for (int i = 0; i < 5; ++i)
        continued.step();
    QCOMPARE(differences(s->weights, continued.parameters()), 0);
    worker.viewStep(10);
    s = waitFor(worker, [](const TrainingSnapshot &t) { return t.viewingHistory && t.stepsTaken == 10; });
    QVERIFY(s);
    QCOMPARE(s->weights.data(tensor)[5], 2.5f);
    worker.viewStep(12);
    s = waitFor(worker, [](const TrainingSnapshot &t) { return t.viewingHistory && t.stepsTaken == 12; });
    Trainer twoAfter(edited);
    twoAfter.step();
    twoAfter.step();
    QCOMPARE(differences(s->weights, twoAfter.parameters()), 0);
}

void TestTrainingWorker::undoAfterTrainingRewinds()
{
    TrainingWorker worker;
    worker.reset(lectureExample());
    worker.step(4);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 4 && !t.playing; }));
    const ParameterSet<float> atFour = worker.latest()->weights;
    worker.editWeight(0, 0, -1.0f);
    worker.step(6);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 10 && !t.playing; }));
    worker.undo(); // the edit was at step 4: back there, unedited
    const SnapshotPtr s =
        waitFor(worker, [](const TrainingSnapshot &t) { return t.edits.empty() && t.stepsTaken == 4; });
    QVERIFY(s);
    QCOMPARE(differences(s->weights, atFour), 0);
    QCOMPARE(s->history.size(), 4);
}

void TestTrainingWorker::whatIfNoMemory()
{
    TrainingWorker worker;
    worker.reset(lectureExample());
    worker.step(50);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 50 && !t.playing; }));
    worker.setWhatIfNoMemory(true);
    const SnapshotPtr s = waitFor(worker, [](const TrainingSnapshot &t) { return t.whatIfNoMemory; });
    QVERIFY(s);
    // Without W_hh, "l" is followed by one prediction only: "hell" cannot become "ello".
    const auto &p = s->trace.sequences[0].predictions;
    QCOMPARE(p[2], p[3]);
    ParameterSet<float> noMemory = s->weights;
    noMemory.vector(noMemory.layout().stack().weightHh(0)).setZero();
    Trainer engine(lectureExample());
    engine.evaluateVariant(noMemory);
    QCOMPARE(s->trace.loss, engine.trace().loss);
    QVERIFY(s->weights.vector(s->weights.layout().stack().weightHh(0)).cwiseAbs().maxCoeff()
            > 0); // the real weights are untouched
    worker.setWhatIfNoMemory(false);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return !t.whatIfNoMemory; }));
}

void TestTrainingWorker::checkpointsStayWithinBudget()
{
    Trainer trainer(lectureExample());
    CheckpointStore store(64 * 1024);
    store.record(trainer.state(), true);
    for (int i = 0; i < 5000; ++i) {
        trainer.step();
        if (store.wants(trainer.stepsTaken()))
            store.record(trainer.state());
        QVERIFY(store.bytes() <= store.budget());
    }
    QVERIFY(store.stride() > 1);
    QVERIFY(store.count() > 20); // evenly thinned, not emptied
    QCOMPARE(store.atOrBefore(0)->stepsTaken, 0);
    const TrainerState *near = store.atOrBefore(4321);
    QVERIFY(near && near->stepsTaken <= 4321 && 4321 - near->stepsTaken < store.stride());
}

void TestTrainingWorker::historyStrideDoubles()
{
    Trainer trainer(lectureExample());
    trainer.evaluate();
    HistoryRecorder recorder;
    const std::int64_t steps = HistoryRecorder::denseSteps + 1000;
    for (std::int64_t step = 1; step <= steps; ++step)
        recorder.record(step, 1.0f, trainer.trace(), trainer.task());
    const History history = recorder.history();
    QCOMPARE(recorder.stride(), 2);
    QCOMPARE(history.size(), HistoryRecorder::denseSteps + 500);
    QCOMPARE(history.at(HistoryRecorder::denseSteps - 1).step, HistoryRecorder::denseSteps);
    QCOMPARE(history.at(HistoryRecorder::denseSteps).step, HistoryRecorder::denseSteps + 2);
    for (std::size_t c = 0; c + 1 < history.chunks.size(); ++c)
        QCOMPARE(history.chunks[c]->entries.size(), HistoryChunk::capacity);
}

void TestTrainingWorker::historySharesPredictions()
{
    Trainer trainer(lectureExample());
    HistoryRecorder recorder;
    for (int i = 0; i < 30; ++i) {
        const StepOutcome outcome = trainer.step();
        recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task());
    }
    const History first = recorder.history();
    const History again = recorder.history();
    QCOMPARE(first.chunks.back(), again.chunks.back()); // unchanged: the same frozen chunk
    // Steps 6-30 all predict "ello": one shared vector.
    QCOMPARE(first.at(10).predictions, first.at(29).predictions);
    QVERIFY(first.at(0).predictions != first.at(29).predictions);
}

void TestTrainingWorker::forecastHistoryKeepsEveryStepsText()
{
    // A forecast's predictions are values: its trace has no class indices, and a history that
    // compared those kept step 1's text for ever (in the log, and in a saved session).
    Session session;
    session.data.task = TaskKind::Forecast;
    SignalSpec spec;
    spec.length = 24;
    session.data.series = {SignalGenerator::series(spec)};
    session.model = ModelConfig{CellKind::Lstm, 8, 1, true};
    session.training.learningRate = 0.05;
    QVERIFY(validate(session).empty());
    Trainer trainer(session);
    HistoryRecorder recorder;
    std::vector<std::u32string> expected;
    for (int i = 0; i < 12; ++i) {
        const StepOutcome outcome = trainer.step();
        recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task());
        expected.push_back(trainer.task().predictionText(trainer.trace().sequences.front()));
    }
    QVERIFY(expected.front() != expected.back()); // training moved the predictions
    const History history = recorder.history();
    QCOMPARE(history.size(), std::int64_t(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(history.at(std::int64_t(i)).predictions->front() == expected[i], qPrintable(QString::number(i)));

    // Saved and reopened (toSavedHistory, then restore, as a session file does): the same texts.
    HistoryRecorder reopened;
    reopened.restore(toSavedHistory(history));
    const History again = reopened.history();
    QCOMPARE(again.size(), history.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(again.at(std::int64_t(i)).predictions->front() == expected[i], qPrintable(QString::number(i)));
}

void TestTrainingWorker::historySummaryFollowsTheRun()
{
    // Compare mode's numbers (RunSummary in the history) are the engine's, and a resumed run
    // forgets what came after its step.
    const Session session = lectureExample();
    TrainingWorker worker;
    worker.reset(session);
    worker.step(30);
    SnapshotPtr s = waitFor(worker, [](const TrainingSnapshot &t) { return t.stepsTaken == 30 && !t.playing; });
    QVERIFY(s);
    Trainer trainer(session);
    RunSummary expected;
    std::vector<float> losses;
    for (int i = 0; i < 30; ++i) {
        const StepOutcome outcome = trainer.step();
        expected.record(outcome);
        losses.push_back(outcome.loss);
    }
    QVERIFY(s->history.summary == expected);
    QVERIFY(expected.firstAllCorrectStep() && *expected.firstAllCorrectStep() > 3);
    QCOMPARE(s->trainedSteps, 30);
    QVERIFY(s->trainingSeconds > 0.0);

    worker.viewStep(3);
    QVERIFY(waitFor(worker, [](const TrainingSnapshot &t) { return t.viewingHistory && t.stepsTaken == 3; }));
    worker.resumeFromView();
    worker.step(1);
    s = waitFor(worker, [](const TrainingSnapshot &t) { return !t.viewingHistory && t.stepsTaken == 4 && !t.playing; });
    QVERIFY(s);
    QCOMPARE(s->history.summary.step(), 4);
    QCOMPARE(*s->history.summary.loss(), losses[3]);
    QVERIFY(!s->history.summary.firstAllCorrectStep()); // it came after step 3: forgotten
}

QTEST_GUILESS_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
