// SPDX-License-Identifier: MIT
#include "tests/support/snapshotbuilder.h"

#include <QTest>

namespace rnnlab::test {

namespace {
// Trainer's contract is a valid session; a test that breaks it must stop here, not read past a
// buffer (found by the sanitizer build: Release would train on garbage).
const Session &checked(const Session &session)
{
    const std::vector<Problem> problems = validate(session);
    if (!problems.empty())
        qFatal("SnapshotBuilder: invalid session: %s", problems.front().toString().c_str());
    return session;
}
} // namespace

SnapshotBuilder::SnapshotBuilder(const Session &session, std::uint64_t generation)
    : m_trainer(checked(session))
    , m_generation(generation)
{
    auto setup = std::make_shared<RunSetup>();
    setup->session = session;
    setup->vocabulary = m_trainer.dataset().vocabulary;
    if (m_trainer.dataset().task == TaskKind::Classify)
        setup->classes = m_trainer.dataset().classes;
    setup->layout = m_trainer.layout();
    m_setup = std::move(setup);
    m_trainer.evaluate(true);
}

void SnapshotBuilder::train(int steps)
{
    for (int i = 0; i < steps; ++i) {
        const StepOutcome outcome = m_trainer.step();
        QVERIFY2(outcome.accepted, outcome.problem.c_str());
        // The step's forward pass is in trace() now: what the worker records.
        m_recorder.record(outcome.step, outcome.loss, m_trainer.trace(), m_setup->vocabulary, m_setup->classes);
        m_lastGradients = m_trainer.trace().gradients;
        m_lastUpdate = m_trainer.lastUpdate();
    }
    m_trainer.evaluate(true); // the trace of the weights now with its BPTT, as the worker publishes it
}

void SnapshotBuilder::edit(int tensor, std::size_t index, float value)
{
    ParameterSet<float> weights = m_trainer.parameters();
    QVERIFY(tensor >= 0 && tensor < weights.layout().tensorCount());
    QVERIFY(index < weights.layout().tensor(tensor).size());
    m_edits.push_back({m_trainer.stepsTaken(), tensor, index, weights.data(tensor)[index], value});
    weights.data(tensor)[index] = value;
    m_trainer.setParameters(weights);
    m_trainer.evaluate(true);
}

SnapshotPtr SnapshotBuilder::snapshot()
{
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->generation = m_generation;
    snapshot->sequence = ++m_sequence;
    snapshot->setup = m_setup;
    snapshot->stepsTaken = m_trainer.stepsTaken();
    snapshot->weights = m_trainer.parameters();
    snapshot->trace = m_trainer.trace();
    snapshot->lastGradients = m_lastGradients;
    snapshot->lastUpdate = m_lastUpdate;
    snapshot->optimizer = m_trainer.optimizer().state();
    snapshot->effectiveLearningRate = m_trainer.optimizer().effectiveLearningRates();
    snapshot->history = m_recorder.history();
    snapshot->headSteps = m_trainer.stepsTaken();
    snapshot->edits = m_edits;
    return snapshot;
}

Session lectureVariant(int layers, bool outputLayer, int hidden)
{
    Session session = lectureExample();
    session.model.numLayers = layers;
    session.model.outputLayer = outputLayer;
    session.model.hiddenSize = hidden;
    return session;
}

SnapshotPtr withGenerated(const SnapshotPtr &snapshot, GeneratedText generated)
{
    auto copy = std::make_shared<TrainingSnapshot>(*snapshot);
    copy->generated = std::move(generated);
    return copy;
}

SnapshotPtr withChanges(const SnapshotPtr &snapshot, const std::function<void(TrainingSnapshot &)> &change)
{
    auto copy = std::make_shared<TrainingSnapshot>(*snapshot);
    ++copy->sequence;
    change(*copy);
    return copy;
}

} // namespace rnnlab::test
