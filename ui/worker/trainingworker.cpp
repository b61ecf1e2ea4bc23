// SPDX-License-Identifier: MIT
#include "trainingworker.h"

#include "trainer.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

using Clock = std::chrono::steady_clock;

TrainingWorker::TrainingWorker()
    : m_thread([this] { run(); })
{
}

TrainingWorker::~TrainingWorker()
{
    stop();
}

void TrainingWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void TrainingWorker::post(Command command)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopRequested)
            return;
        m_commands.push_back(std::move(command));
        m_commandsPending = true;
    }
    m_wake.notify_all();
}

void TrainingWorker::reset(Session session)
{
    Command c{Command::Kind::Reset};
    c.session = std::move(session);
    post(std::move(c));
}

void TrainingWorker::play()
{
    post(Command(Command::Kind::Play));
}

void TrainingWorker::pause()
{
    post(Command(Command::Kind::Pause));
}

void TrainingWorker::step(int count)
{
    Command c{Command::Kind::Step};
    c.count = count;
    post(std::move(c));
}

void TrainingWorker::setSpeed(double stepsPerSecond)
{
    Command c{Command::Kind::Speed};
    c.value = stepsPerSecond;
    post(std::move(c));
}

void TrainingWorker::generate(GenerationOptions options, std::uint64_t requestId)
{
    Command c{Command::Kind::Generate};
    c.options = std::move(options);
    c.requestId = requestId;
    post(std::move(c));
}

void TrainingWorker::setPublishInterval(std::chrono::microseconds interval)
{
    Command c{Command::Kind::PublishInterval};
    c.interval = interval;
    post(std::move(c));
}

void TrainingWorker::viewStep(std::int64_t step)
{
    Command c(Command::Kind::View);
    c.step = step;
    post(std::move(c));
}

void TrainingWorker::resumeFromView()
{
    post(Command(Command::Kind::Resume));
}

void TrainingWorker::editWeight(int tensor, std::size_t index, float value)
{
    Command c(Command::Kind::Edit);
    c.tensor = tensor;
    c.index = index;
    c.weight = value;
    post(std::move(c));
}

void TrainingWorker::undo()
{
    post(Command(Command::Kind::Undo));
}

void TrainingWorker::redo()
{
    post(Command(Command::Kind::Redo));
}

void TrainingWorker::setWhatIfNoMemory(bool on)
{
    Command c(Command::Kind::WhatIf);
    c.flag = on;
    post(std::move(c));
}

void TrainingWorker::setCheckpointBudget(std::size_t bytes)
{
    Command c(Command::Kind::Budget);
    c.bytes = bytes;
    post(std::move(c));
}

void TrainingWorker::returnToHead()
{
    if (!m_viewing)
        return;
    m_trainer->restore(m_headState);
    m_lastGradients = m_headLastGradients;
    m_lastUpdate = m_headLastUpdate;
    m_viewing = false;
}

void TrainingWorker::showStep(std::int64_t step)
{
    const std::int64_t head = m_viewing ? m_headState.stepsTaken : m_trainer->stepsTaken();
    const TrainerState *first = m_checkpoints.atOrBefore(step);
    if (!first)
        first = m_checkpoints.earliest();
    step = std::clamp<std::int64_t>(step, first ? first->stepsTaken : head, head);
    if (step == head) {
        returnToHead();
        return;
    }
    if (!m_viewing) {
        m_headState = m_trainer->state();
        m_headLastGradients = m_lastGradients;
        m_headLastUpdate = m_lastUpdate;
        m_viewing = true;
    }
    // The nearest kept step before it, then the same steps again: the same bits (training is
    // deterministic, and no edit lies in between — edited steps are always kept). Replaying at
    // least the last step gives that step's gradients and update for the matrix panel.
    const TrainerState *from = m_checkpoints.atOrBefore(step - 1);
    if (!from)
        from = m_checkpoints.atOrBefore(step);
    m_trainer->restore(*from);
    m_lastGradients = ParameterSet<float>();
    m_lastUpdate = ParameterSet<float>();
    while (m_trainer->stepsTaken() < step) {
        if (!m_trainer->step().accepted)
            break; // cannot happen on a path the run took, but never loop forever
        m_lastGradients = m_trainer->trace().gradients;
        m_lastUpdate = m_trainer->lastUpdate();
    }
    // Weights edited by hand at this very step: the step shows them edited.
    if (const TrainerState *edited = m_checkpoints.atOrBefore(step); edited && edited->stepsTaken == step)
        m_trainer->restore(*edited);
    m_newAcceptedStep = false;
}

void TrainingWorker::applyEdit(int tensor, std::size_t index, float value)
{
    ParameterSet<float> weights = m_trainer->parameters();
    weights.data(tensor)[index] = value;
    m_trainer->setParameters(weights);
    // The edited state is where replays of later steps start: always kept.
    m_checkpoints.record(m_trainer->state(), /*pinned=*/true);
}

void TrainingWorker::apply(Command &command)
{
    switch (command.kind) {
    case Command::Kind::Reset: {
        m_trainer = std::make_unique<Trainer>(*command.session);
        auto setup = std::make_shared<RunSetup>();
        setup->session = std::move(*command.session);
        setup->vocabulary = m_trainer->dataset().vocabulary;
        setup->layout = m_trainer->layout();
        if (m_trainer->dataset().task == TaskKind::Classify)
            setup->classes = m_trainer->dataset().classes;
        m_setup = std::move(setup);
        m_history = HistoryRecorder();
        m_checkpoints = CheckpointStore(m_checkpoints.budget());
        m_checkpoints.record(m_trainer->state(), /*pinned=*/true);
        m_viewing = false;
        m_redo.clear();
        ++m_generation;
        m_sequence = 0;
        m_playing = false;
        m_pendingSteps = 0;
        m_problem.clear();
        m_generated.reset();
        m_newAcceptedStep = false;
        m_lastGradients = ParameterSet<float>();
        m_lastUpdate = ParameterSet<float>();
        m_stepsPerSecond = 0.0;
        break;
    }
    case Command::Kind::Play:
        if (m_trainer)
            returnToHead();
        if (m_trainer && !m_playing) {
            m_playing = true;
            m_problem.clear();
            m_nextStep = Clock::now();
            m_rateStart = m_nextStep;
            m_rateSteps = m_trainer->stepsTaken();
        }
        break;
    case Command::Kind::Pause:
        m_playing = false;
        m_pendingSteps = 0;
        m_stepsPerSecond = 0.0;
        break;
    case Command::Kind::Step:
        if (m_trainer) {
            returnToHead();
            m_problem.clear();
            m_pendingSteps += command.count;
        }
        break;
    case Command::Kind::Speed:
        m_speed = command.value > 0.0 ? command.value : 0.0;
        m_nextStep = Clock::now();
        break;
    case Command::Kind::PublishInterval:
        m_publishInterval = command.interval;
        break;
    case Command::Kind::View:
        if (m_trainer) {
            m_playing = false;
            m_pendingSteps = 0;
            showStep(command.step);
        }
        break;
    case Command::Kind::Resume:
        if (m_trainer && m_viewing) {
            const std::int64_t step = m_trainer->stepsTaken();
            m_checkpoints.truncateAfter(step);
            m_checkpoints.record(m_trainer->state(), /*pinned=*/true);
            m_history.truncateAfter(step);
            m_viewing = false;
            m_redo.clear();
            m_newAcceptedStep = false;
            m_lastGradients = ParameterSet<float>();
            m_lastUpdate = ParameterSet<float>();
        }
        break;
    case Command::Kind::Edit: {
        if (!m_trainer || m_viewing || command.tensor < 0 || command.tensor >= m_trainer->layout()->tensorCount()
            || command.index >= m_trainer->layout()->tensor(command.tensor).size() || !std::isfinite(command.weight))
            break;
        m_playing = false;
        m_pendingSteps = 0;
        const float before = m_trainer->parameters().data(command.tensor)[command.index];
        m_checkpoints.addEdit({m_trainer->stepsTaken(), command.tensor, command.index, before, command.weight});
        applyEdit(command.tensor, command.index, command.weight);
        m_redo.clear();
        break;
    }
    case Command::Kind::Undo: {
        if (!m_trainer || m_checkpoints.edits().empty())
            break;
        m_playing = false;
        m_pendingSteps = 0;
        returnToHead();
        const WeightEdit edit = *m_checkpoints.popEdit();
        if (edit.step < m_trainer->stepsTaken()) {
            // Training went on after the edit: back to its step (the later steps go).
            m_trainer->restore(*m_checkpoints.atOrBefore(edit.step));
            m_checkpoints.truncateAfter(edit.step);
            m_history.truncateAfter(edit.step);
            m_lastGradients = ParameterSet<float>();
            m_lastUpdate = ParameterSet<float>();
        }
        applyEdit(edit.tensor, edit.index, edit.before);
        m_redo.push_back(edit);
        break;
    }
    case Command::Kind::Redo: {
        if (!m_trainer || m_redo.empty() || m_viewing || m_redo.back().step != m_trainer->stepsTaken())
            break;
        const WeightEdit edit = m_redo.back();
        m_redo.pop_back();
        m_checkpoints.addEdit(edit);
        applyEdit(edit.tensor, edit.index, edit.after);
        break;
    }
    case Command::Kind::WhatIf:
        m_whatIf = command.flag;
        break;
    case Command::Kind::Budget:
        m_checkpoints = CheckpointStore(command.bytes);
        if (m_trainer)
            m_checkpoints.record(m_viewing ? m_headState : m_trainer->state(), /*pinned=*/true);
        break;
    case Command::Kind::Generate: {
        if (!m_trainer)
            break;
        GeneratedText result;
        result.requestId = command.requestId;
        result.options = *command.options;
        const std::vector<Problem> problems = validate(result.options, m_trainer->dataset().vocabulary);
        if (problems.empty())
            result.text = rnnlab::generate(m_trainer->parameters(), m_trainer->dataset().vocabulary, result.options);
        else
            result.problem = problems.front().toString();
        m_generated = std::move(result);
        break;
    }
    }
}

void TrainingWorker::trainOneStep()
{
    const StepOutcome outcome = m_trainer->step();
    if (!outcome.accepted) {
        m_problem = outcome.problem;
        m_playing = false;
        m_pendingSteps = 0;
        m_stepsPerSecond = 0.0;
        return;
    }
    m_history.record(outcome.step, outcome.loss, m_trainer->trace(), m_trainer->dataset().vocabulary, m_setup->classes);
    if (m_checkpoints.wants(outcome.step))
        m_checkpoints.record(m_trainer->state());
    m_newAcceptedStep = true;
    m_redo.clear(); // a redo applies only where the edit was undone
}

void TrainingWorker::publish()
{
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->generation = m_generation;
    snapshot->sequence = ++m_sequence;
    snapshot->setup = m_setup;
    snapshot->stepsTaken = m_trainer->stepsTaken();
    snapshot->playing = m_playing || m_pendingSteps > 0;
    snapshot->targetStepsPerSecond = m_speed;

    const auto now = Clock::now();
    if (m_playing) {
        const double elapsed = std::chrono::duration<double>(now - m_rateStart).count();
        if (elapsed >= 0.5) {
            m_stepsPerSecond = static_cast<double>(m_trainer->stepsTaken() - m_rateSteps) / elapsed;
            m_rateStart = now;
            m_rateSteps = m_trainer->stepsTaken();
        }
    }
    snapshot->stepsPerSecond = m_stepsPerSecond;

    if (m_newAcceptedStep) {
        // The trainer's trace still holds the last step's backward pass: keep its gradients and
        // update before evaluate() below replaces the forward pass.
        m_lastGradients = m_trainer->trace().gradients;
        m_lastUpdate = m_trainer->lastUpdate();
        m_newAcceptedStep = false;
    }
    snapshot->lastGradients = m_lastGradients;
    snapshot->lastUpdate = m_lastUpdate;

    // What the graph draws: the network as it is now — the current weights, their forward pass
    // and BPTT (what the next step will compute), or the what-if variant without memory.
    if (m_whatIf) {
        ParameterSet<float> noMemory = m_trainer->parameters();
        for (int l = 0; l < noMemory.layout().model().numLayers; ++l)
            noMemory.vector(ParameterLayout::weightHh(l)).setZero();
        m_trainer->evaluateVariant(noMemory, true);
        m_trainer->evaluateLastStepGradients(&noMemory);
    } else {
        m_trainer->evaluate(true);
        m_trainer->evaluateLastStepGradients();
    }
    snapshot->weights = m_trainer->parameters();
    snapshot->trace = m_trainer->trace();
    snapshot->optimizer = m_trainer->optimizer().state();
    snapshot->effectiveLearningRate = m_trainer->optimizer().effectiveLearningRates();
    snapshot->headSteps = m_viewing ? m_headState.stepsTaken : m_trainer->stepsTaken();
    snapshot->viewingHistory = m_viewing;
    snapshot->checkpointStride = m_checkpoints.stride();
    snapshot->edits = m_checkpoints.edits();
    snapshot->canRedo = !m_redo.empty() && !m_viewing && m_redo.back().step == m_trainer->stepsTaken();
    snapshot->whatIfNoMemory = m_whatIf;
    snapshot->history = m_history.history();
    snapshot->problem = m_problem;
    snapshot->generated = m_generated;
    m_lastPublish = now;
    m_mailbox.publish(std::move(snapshot));
}

void TrainingWorker::run()
{
    std::deque<Command> commands;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            const bool busy = m_trainer && (m_pendingSteps > 0 || (m_playing && m_speed == 0.0));
            const auto ready = [this] { return !m_commands.empty() || m_stopRequested; };
            if (!busy) {
                if (m_trainer && m_playing) // rate-limited: sleep until the next step is due
                    m_wake.wait_until(lock, m_nextStep, ready);
                else
                    m_wake.wait(lock, ready);
            }
            if (m_stopRequested)
                return;
            commands.swap(m_commands);
            m_commandsPending = false;
        }
        bool changed = !commands.empty();
        for (Command &command : commands)
            apply(command);
        commands.clear();
        if (!m_trainer)
            continue;

        if (m_pendingSteps > 0) {
            --m_pendingSteps;
            trainOneStep();
            changed = true;
        } else if (m_playing && m_speed > 0.0) {
            const auto now = Clock::now();
            if (now >= m_nextStep) {
                trainOneStep();
                const auto interval = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / m_speed));
                // Keep the rhythm, but do not try to catch up after a stall (a long step).
                m_nextStep = std::max(m_nextStep + interval, now);
                changed = true;
            }
        } else if (m_playing) {
            // As fast as possible: train for one publish interval, or until a command arrives.
            const auto end = Clock::now() + m_publishInterval;
            do {
                trainOneStep();
            } while (m_playing && !m_commandsPending.load(std::memory_order_acquire)
                     && !m_stopRequested.load(std::memory_order_relaxed) && Clock::now() < end);
            changed = true;
        }
        // Publish what changed, but not faster than the publish interval while steps keep coming:
        // nobody sees more than one snapshot per display frame. The state a run stops in is
        // always published.
        const bool settled = !m_playing && m_pendingSteps == 0;
        if (changed && (settled || Clock::now() - m_lastPublish >= m_publishInterval))
            publish();
    }
}

} // namespace rnnlab
