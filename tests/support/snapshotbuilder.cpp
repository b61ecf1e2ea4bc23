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
    , m_history(m_trainer, {})
    , m_assembler(SnapshotAssembler::setupOf(session, m_trainer), generation)
{ }

void SnapshotBuilder::train(int steps)
{
    for (int i = 0; i < steps; ++i) {
        const StepOutcome outcome = m_trainer.step();
        QVERIFY2(outcome.accepted, outcome.problem.c_str());
        m_history.recordStep(outcome, m_trainer);
    }
    // The worker publishes once the steps are done, which keeps the last one's gradients and
    // update before anything else runs on the trainer (an edit, say).
    m_history.takeLastStep(m_trainer);
}

void SnapshotBuilder::edit(int tensor, std::size_t index, float value)
{
    QVERIFY2(m_history.edit(m_trainer, tensor, index, value), "SnapshotBuilder::edit: not an element, or not finite");
}

SnapshotPtr SnapshotBuilder::snapshot()
{
    return m_assembler.assemble(m_trainer, m_history, m_status);
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
