// SPDX-License-Identifier: MIT
// SnapshotAssembler without a thread: a snapshot carries what the trainer, the history and the
// caller's status say, numbered in order; its trace is the forward pass and BPTT of its own weights
// (or of the what-if variant, the run untouched); the last step's gradients are that step's, kept
// before the snapshot's evaluation replaced them.
#include "app/worker/runhistory.h"
#include "app/worker/snapshotassembler.h"

#include <QTest>

using namespace rnnlab;

namespace {

int differences(const ParameterSet<float> &a, const ParameterSet<float> &b)
{
    return int((a.flat().array() != b.flat().array()).count());
}

Session classifier()
{
    Session session = lectureExample();
    session.data.task = TaskKind::Classify;
    session.data.texts = {U"good film", U"bad film"};
    session.data.labels = {U"pos", U"neg"};
    session.model.hiddenSize = 2; // one unit per class (no output layer)
    return session;
}

} // namespace

class TestSnapshotAssembler : public QObject
{
    Q_OBJECT

private slots:
    void setup_data();
    void setup();
    void carriesTheStatus_data();
    void carriesTheStatus();
    void traceIsOfItsWeights_data();
    void traceIsOfItsWeights();
    void lastStepBeforeTheEvaluation();
    void historyAndEdits();
};

void TestSnapshotAssembler::setup_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<int>("outputSize");
    QTest::newRow("next character: the vocabulary") << lectureExample() << QStringList{} << 4;
    QTest::newRow("classify: the classes")
        << classifier() << QStringList{QStringLiteral("neg"), QStringLiteral("pos")} << 2;
}

void TestSnapshotAssembler::setup()
{
    QFETCH(Session, session);
    QFETCH(QStringList, classes);
    QFETCH(int, outputSize);
    const Trainer trainer(session);
    const auto setup = SnapshotAssembler::setupOf(session, trainer);
    QCOMPARE(setup->session.data.texts, session.data.texts);
    QCOMPARE(setup->layout, trainer.layout());
    QCOMPARE(setup->vocabulary.characters(), trainer.dataset().vocabulary.characters());
    QCOMPARE(setup->task, trainer.taskPtr());
    QStringList names; // a classifier's outputs are its classes
    for (int row = 0; setup->task->outputKind() == OutputKind::Class && row < setup->outputSize(); ++row)
        names << QString::fromStdU32String(setup->task->outputName(row));
    names.sort();
    QCOMPARE(names, classes);
    QCOMPARE(setup->outputSize(), outputSize);
}

void TestSnapshotAssembler::carriesTheStatus_data()
{
    QTest::addColumn<bool>("playing");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("problem");
    QTest::newRow("paused") << false << 0.0 << QString();
    QTest::newRow("playing at 12.5 steps/s") << true << 12.5 << QString();
    QTest::newRow("a refused step") << false << 0.0 << QStringLiteral("Training step 3 was refused");
}

void TestSnapshotAssembler::carriesTheStatus()
{
    QFETCH(bool, playing);
    QFETCH(double, rate);
    QFETCH(QString, problem);
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    SnapshotAssembler assembler(SnapshotAssembler::setupOf(lectureExample(), trainer), 7);
    RunStatus status;
    status.playing = playing;
    status.stepsPerSecond = rate;
    status.targetStepsPerSecond = 10.0;
    status.trainingSeconds = 0.5;
    status.trainedSteps = 4;
    status.problem = problem.toStdString();
    GeneratedText generated;
    generated.requestId = 42;
    generated.text = U"llo";
    status.generated = generated;
    const SnapshotPtr first = assembler.assemble(trainer, history, status);
    const SnapshotPtr second = assembler.assemble(trainer, history, status);
    QCOMPARE(first->generation, 7u);
    QCOMPARE(first->sequence, 1u);
    QCOMPARE(second->sequence, 2u);
    QCOMPARE(first->setup, assembler.setup());
    QCOMPARE(first->playing, playing);
    QCOMPARE(first->stepsPerSecond, rate);
    QCOMPARE(first->targetStepsPerSecond, 10.0);
    QCOMPARE(first->trainingSeconds, 0.5);
    QCOMPARE(first->trainedSteps, 4);
    QCOMPARE(QString::fromStdString(first->problem), problem);
    QVERIFY(first->generated && first->generated->requestId == 42 && first->generated->text == U"llo");
}

void TestSnapshotAssembler::traceIsOfItsWeights_data()
{
    QTest::addColumn<bool>("whatIf");
    QTest::newRow("the network") << false;
    QTest::newRow("what if W_hh = 0") << true;
}

void TestSnapshotAssembler::traceIsOfItsWeights()
{
    QFETCH(bool, whatIf);
    Session session = lectureExample();
    session.model = ModelConfig{CellKind::Lstm, 6, 2, true};
    Trainer trainer(session);
    RunHistory history(trainer, {});
    for (int i = 0; i < 3; ++i)
        history.recordStep(trainer.step(), trainer);
    SnapshotAssembler assembler(SnapshotAssembler::setupOf(session, trainer), 1);
    RunStatus status;
    status.whatIfNoMemory = whatIf;
    const ParameterSet<float> weights = trainer.parameters();
    const SnapshotPtr snapshot = assembler.assemble(trainer, history, status);
    QCOMPARE(snapshot->whatIfNoMemory, whatIf);
    QCOMPARE(differences(snapshot->weights, weights), 0); // the run's weights, even in the variant

    // The same passes by hand: forward, BPTT, and the last step's loss carried back alone.
    Trainer reference(session);
    for (int i = 0; i < 3; ++i)
        reference.step();
    ParameterSet<float> evaluated = reference.parameters();
    if (whatIf) {
        for (int l = 0; l < 2; ++l)
            evaluated.vector(evaluated.layout().stack().weightHh(l)).setZero();
    }
    reference.evaluateVariant(evaluated, true);
    reference.evaluateLastStepGradients(&evaluated);
    QCOMPARE(snapshot->trace.loss, reference.trace().loss);
    QVERIFY(snapshot->trace.hasGradients);
    QVERIFY(snapshot->trace.hasLastLossGradients);
    QCOMPARE(differences(snapshot->trace.gradients, reference.trace().gradients), 0);
    const auto &layer = snapshot->trace.sequences[0].layers.back();
    const auto &expected = reference.trace().sequences[0].layers.back();
    QVERIFY(layer.dHiddenLastLoss == expected.dHiddenLastLoss);
    // The lecture's Adam: its running average of the gradients.
    QCOMPARE(differences(std::get<AdamState>(snapshot->optimizer).expAvg,
                         std::get<AdamState>(reference.optimizer().state()).expAvg),
             0);
}

void TestSnapshotAssembler::lastStepBeforeTheEvaluation()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    SnapshotAssembler assembler(SnapshotAssembler::setupOf(lectureExample(), trainer), 1);
    QVERIFY(assembler.assemble(trainer, history, {})->lastGradients.isNull()); // no step yet
    history.recordStep(trainer.step(), trainer);
    const ParameterSet<float> gradients = trainer.trace().gradients; // at the weights before the update
    const ParameterSet<float> update = trainer.lastUpdate();
    const SnapshotPtr snapshot = assembler.assemble(trainer, history, {});
    QCOMPARE(differences(snapshot->lastGradients, gradients), 0);
    QCOMPARE(differences(snapshot->lastUpdate, update), 0);
    // The snapshot's own trace is of the weights after the update: other gradients.
    QVERIFY(differences(snapshot->trace.gradients, gradients) > 0);
}

void TestSnapshotAssembler::historyAndEdits()
{
    Trainer trainer(lectureExample());
    RunHistory history(trainer, {});
    SnapshotAssembler assembler(SnapshotAssembler::setupOf(lectureExample(), trainer), 1);
    for (int i = 0; i < 4; ++i)
        history.recordStep(trainer.step(), trainer);
    QVERIFY(history.edit(trainer, 1, 2, 0.75f));
    history.undo(trainer);
    SnapshotPtr snapshot = assembler.assemble(trainer, history, {});
    QCOMPARE(snapshot->history.size(), 4);
    QCOMPARE(snapshot->stepsTaken, 4);
    QCOMPARE(snapshot->headSteps, 4);
    QVERIFY(snapshot->edits.empty());
    QVERIFY(snapshot->canRedo);
    QCOMPARE(snapshot->revision, history.revision());
    history.view(trainer, 2);
    snapshot = assembler.assemble(trainer, history, {});
    QVERIFY(snapshot->viewingHistory);
    QCOMPARE(snapshot->stepsTaken, 2);
    QCOMPARE(snapshot->headSteps, 4);
    QVERIFY(!snapshot->canRedo);
}

QTEST_GUILESS_MAIN(TestSnapshotAssembler)
#include "tst_snapshotassembler.moc"
