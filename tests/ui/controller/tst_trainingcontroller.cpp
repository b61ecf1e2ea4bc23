// SPDX-License-Identifier: MIT
// TrainingController, the Qt glue over the worker thread (run under ASan + UBSan): training through
// it gives exactly the engine's and PyTorch's losses and predictions; pause, step, reset and a
// settings change in the middle of training behave; snapshots reach the views in order; the
// thread stops cleanly when the controller goes away mid-training.
#include "tests/support/testsupport.h"

#include "engine/trainer.h"
#include "engine/unicode.h"
#include "ui/controller/trainingcontroller.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace rnnlab;

class TestTrainingController : public QObject
{
    Q_OBJECT

private slots:
    void lectureStepsMatchPyTorch();
    void pauseStepAndReset();
    void settingsChangeMidTraining();
    void snapshotsInOrder();
    void divergenceIsReported();
    void destroyedMidTraining();
};

void TestTrainingController::lectureStepsMatchPyTorch()
{
    TrainingController controller;
    QSignalSpy spy(&controller, &TrainingController::snapshotChanged);
    controller.reset(lectureExample());
    controller.step(10);
    QTRY_VERIFY_WITH_TIMEOUT(
        controller.snapshot() && controller.snapshot()->stepsTaken == 10 && !controller.snapshot()->playing, 10000);
    QVERIFY(spy.count() >= 1);
    const History &history = controller.snapshot()->history;
    QCOMPARE(history.size(), 10);
    const QJsonObject golden =
        test::readJsonObject(rnnlab::test::dataFile(QStringLiteral("parity/seed_hello.golden.json")));
    const QJsonArray steps = golden.value(QStringLiteral("steps")).toArray();
    Trainer engine(lectureExample());
    for (int i = 0; i < 10; ++i) {
        const StepOutcome outcome = engine.step();
        const HistoryEntry &entry = history.at(i);
        QCOMPARE(entry.loss, outcome.loss); // the engine's number, to the bit
        QVERIFY(std::abs(entry.loss - steps.at(i).toObject().value(QStringLiteral("loss")).toDouble()) <= 1e-5);
        QCOMPARE(QString::fromStdString(toUtf8(entry.predictions->front())),
                 steps.at(i).toObject().value(QStringLiteral("predictions")).toArray().at(0).toString());
    }
}

void TestTrainingController::pauseStepAndReset()
{
    TrainingController controller;
    controller.reset(lectureExample());
    controller.setSpeed(0);
    QSignalSpy playing(&controller, &TrainingController::playingChanged);
    controller.play();
    QCOMPARE(playing.count(), 1);
    QVERIFY(controller.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(controller.stepsTaken() > 1000, 10000);
    controller.pause();
    QVERIFY(!controller.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.snapshot()->playing, 5000);
    const std::int64_t paused = controller.stepsTaken();
    controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(controller.stepsTaken(), paused + 1, 5000);
    controller.reset(lectureExample());
    QTRY_COMPARE_WITH_TIMEOUT(controller.stepsTaken(), 0, 5000);
    QVERIFY(controller.snapshot()->history.empty());
}

void TestTrainingController::settingsChangeMidTraining()
{
    TrainingController controller;
    controller.reset(lectureExample());
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.stepsTaken() > 5, 10000);
    const std::uint64_t generation = controller.snapshot()->generation;
    Session other = lectureExample();
    other.data.texts = {U"abcd", U"dcba"};
    other.model = ModelConfig{CellKind::RnnRelu, 6, 2, true};
    controller.reset(other); // as the window does after "Start over?"
    QVERIFY(!controller.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(controller.snapshot()->generation > generation, 5000);
    const SnapshotPtr s = controller.snapshot();
    QCOMPARE(s->stepsTaken, 0);
    QCOMPARE(s->trace.sequences.size(), std::size_t(2));
    QCOMPARE(s->setup->session.model.numLayers, 2);
    controller.step(3);
    QTRY_COMPARE_WITH_TIMEOUT(controller.stepsTaken(), 3, 5000);
    // The same three steps as the engine alone.
    Trainer engine(other);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(controller.snapshot()->history.at(i).loss, engine.step().loss);
}

void TestTrainingController::snapshotsInOrder()
{
    TrainingController controller;
    std::uint64_t generation = 0;
    std::uint64_t sequence = 0;
    std::int64_t steps = 0;
    int received = 0;
    bool ordered = true;
    connect(&controller, &TrainingController::snapshotChanged, this, [&](const SnapshotPtr &s) {
        if (s->generation == generation)
            ordered = ordered && s->sequence > sequence && s->stepsTaken >= steps;
        ordered = ordered && s->generation >= generation;
        generation = s->generation;
        sequence = s->sequence;
        steps = s->stepsTaken;
        ++received;
    });
    controller.reset(lectureExample());
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(received > 20, 10000);
    controller.reset(lectureExample());
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(received > 40, 10000);
    QVERIFY(ordered);
    // Every step's history is there, even when snapshots were skipped.
    const SnapshotPtr s = controller.snapshot();
    QCOMPARE(s->history.size(), s->history.at(s->history.size() - 1).step);
}

void TestTrainingController::divergenceIsReported()
{
    Session session = lectureExample();
    session.data.texts = {U"abcabcabcabcabcabc"};
    session.model = ModelConfig{CellKind::RnnRelu, 8, 2, true};
    session.training.optimizer = OptimizerKind::Sgd;
    session.training.learningRate = 1e30;
    TrainingController controller;
    QSignalSpy problems(&controller, &TrainingController::problem);
    controller.reset(session);
    controller.play();
    QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 10000);
    QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("smaller learning rate")));
    QVERIFY(!controller.isPlaying());
    QVERIFY(controller.snapshot()->weights.allFinite());
}

void TestTrainingController::destroyedMidTraining()
{
    Session session = lectureExample();
    session.data.texts = {U"the quick brown fox jumps over the lazy dog, again and again and again"};
    session.model = ModelConfig{CellKind::RnnTanh, 128, 2, true};
    auto controller = std::make_unique<TrainingController>();
    controller->reset(session);
    controller->setSpeed(0);
    controller->play();
    QTRY_VERIFY_WITH_TIMEOUT(controller->stepsTaken() > 2, 10000);
    QElapsedTimer timer;
    timer.start();
    controller.reset(); // joins the worker: at most the step in progress
    qInfo("stopped in %lld ms", static_cast<long long>(timer.elapsed()));
}

QTEST_MAIN(TestTrainingController)
#include "tst_trainingcontroller.moc"
