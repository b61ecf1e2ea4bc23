// SPDX-License-Identifier: MIT
#include "app/worker/trainingworker.h"

#include "engine/trainer.h"

#include <algorithm>
#include <cmath>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace rnnlab {

using Clock = std::chrono::steady_clock;

TrainingWorker::TrainingWorker(int threadNice)
    : m_threadNice(std::max(threadNice, 0))
    , m_thread([this] { run(); })
{ }

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
    // The thread is gone: take its waker out of the gate before this object can go away (the
    // other participants' threads may still call wakers until then).
    leaveGate();
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

void TrainingWorker::reset(Session session, SavedHistory history)
{
    Command c{Command::Kind::Reset};
    c.session = std::move(session);
    c.history = std::move(history);
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

void TrainingWorker::setLockStep(std::shared_ptr<LockStep> gate, int participant)
{
    Command c(Command::Kind::LockStep);
    c.gate = std::move(gate);
    c.count = participant;
    post(std::move(c));
}

void TrainingWorker::leaveGate()
{
    if (m_gate)
        m_gate->setWaker(m_participant, {});
    m_gate.reset();
    m_arrivedAt = -1;
    m_arrivedStuck = false;
    m_gateStuck = false;
}

bool TrainingWorker::gateOpen() const
{
    return m_gate && m_trainer && !m_gateStuck && !m_viewing && m_trainer->stepsTaken() < m_gate->target();
}

void TrainingWorker::arriveIfDue(bool again)
{
    if (!m_gate || !m_trainer || m_viewing || gateOpen())
        return;
    const std::int64_t steps = m_trainer->stepsTaken();
    if (steps == m_arrivedAt && m_gateStuck == m_arrivedStuck && !again)
        return;
    publish();
    m_arrivedAt = steps;
    m_arrivedStuck = m_gateStuck;
    m_gate->arrive(m_participant, m_mailbox.latest(), m_gateStuck);
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
        leaveGate();
        m_trainer = std::make_unique<Trainer>(*command.session);
        auto setup = std::make_shared<RunSetup>();
        setup->session = std::move(*command.session);
        setup->vocabulary = m_trainer->dataset().vocabulary;
        setup->layout = m_trainer->layout();
        if (m_trainer->dataset().task == TaskKind::Classify)
            setup->classes = m_trainer->dataset().classes;
        m_setup = std::move(setup);
        m_history = HistoryRecorder();
        if (!command.history.empty())
            m_history.restore(command.history);
        m_revision = 0;
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
        m_trainingTime = {};
        m_trainedSteps = 0;
        break;
    }
    case Command::Kind::LockStep:
        leaveGate();
        m_playing = false;
        m_pendingSteps = 0;
        m_stepsPerSecond = 0.0;
        m_gate = std::move(command.gate);
        m_participant = command.count;
        if (m_gate) {
            if (m_trainer)
                returnToHead();
            m_nextStep = Clock::now();
            // Called by whichever thread moves the gate's target. Taking m_mutex before notifying
            // orders it after the check in run(): the wake-up cannot fall between check and wait.
            m_gate->setWaker(m_participant, [this] {
                {
                    std::lock_guard lock(m_mutex);
                }
                m_wake.notify_all();
            });
        }
        break;
    case Command::Kind::Play:
        if (m_gate)
            break; // the gate decides
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
        if (m_gate)
            break; // the gate decides
        m_playing = false;
        m_pendingSteps = 0;
        m_stepsPerSecond = 0.0;
        break;
    case Command::Kind::Step:
        if (m_trainer && !m_gate) {
            returnToHead();
            m_problem.clear();
            m_pendingSteps += command.count;
        }
        break;
    case Command::Kind::Speed:
        m_speed = command.value > 0.0 ? command.value : 0.0;
        m_nextStep = Clock::now();
        break;
    case Command::Kind::PublishInterval: m_publishInterval = command.interval; break;
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
            ++m_revision;
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
        ++m_revision;
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
        ++m_revision;
        break;
    }
    case Command::Kind::Redo: {
        if (!m_trainer || m_redo.empty() || m_viewing || m_redo.back().step != m_trainer->stepsTaken())
            break;
        const WeightEdit edit = m_redo.back();
        m_redo.pop_back();
        m_checkpoints.addEdit(edit);
        applyEdit(edit.tensor, edit.index, edit.after);
        ++m_revision;
        break;
    }
    case Command::Kind::WhatIf: m_whatIf = command.flag; break;
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

bool TrainingWorker::trainOneStep()
{
    const StepOutcome outcome = m_trainer->step();
    if (!outcome.accepted) {
        m_problem = outcome.problem;
        m_playing = false;
        m_pendingSteps = 0;
        m_stepsPerSecond = 0.0;
        m_gateStuck = m_gate != nullptr;
        return false;
    }
    m_history.record(outcome.step, outcome.loss, m_trainer->trace(), m_trainer->dataset().vocabulary, m_setup->classes);
    if (m_checkpoints.wants(outcome.step))
        m_checkpoints.record(m_trainer->state());
    m_newAcceptedStep = true;
    ++m_revision;
    m_redo.clear(); // a redo applies only where the edit was undone
    return true;
}

void TrainingWorker::publish()
{
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->generation = m_generation;
    snapshot->sequence = ++m_sequence;
    snapshot->revision = m_revision;
    snapshot->setup = m_setup;
    snapshot->stepsTaken = m_trainer->stepsTaken();
    snapshot->playing = m_playing || m_pendingSteps > 0 || gateOpen();
    snapshot->targetStepsPerSecond = m_speed;
    snapshot->trainingSeconds = std::chrono::duration<double>(m_trainingTime).count();
    snapshot->trainedSteps = m_trainedSteps;

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
            noMemory.vector(noMemory.layout().stack().weightHh(l)).setZero();
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
    releaseUnused();
    m_published.push_back(snapshot);
    if (m_published.size() > maxKeptPublished)
        m_published.erase(m_published.begin());
    m_mailbox.publish(std::move(snapshot));
}

void TrainingWorker::releaseUnused()
{
    // use_count() == 1: only this list holds it, and only this thread can copy it from here — the
    // mailbox and the gate hold their own references while they publish it.
    std::erase_if(m_published, [](const SnapshotPtr &s) { return s.use_count() == 1; });
}

bool TrainingWorker::timedStep()
{
    const auto start = Clock::now();
    const bool accepted = trainOneStep();
    m_trainingTime += Clock::now() - start;
    m_trainedSteps += accepted ? 1 : 0;
    return accepted;
}

void TrainingWorker::run()
{
#if defined(__linux__)
    // Compare mode's two or three workers training at full speed keep as many threads busy all the
    // time, while the UI thread sleeps and wakes every frame: on a machine with two cores (or busy
    // with other work) the UI thread waits behind them for a time slice, tens of ms of lag. A
    // lower priority for this thread only (Linux's setpriority takes a thread id) lets the UI
    // thread run when it wakes; the engine still gets every cycle the UI leaves.
    if (m_threadNice > 0)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), m_threadNice);
#endif
    std::deque<Command> commands;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            const bool gated = gateOpen();
            const bool busy = m_trainer && (m_pendingSteps > 0 || ((m_playing || gated) && m_speed == 0.0));
            const auto ready = [this] { return !m_commands.empty() || m_stopRequested; };
            if (!busy) {
                if (m_trainer && (m_playing || gated)) // rate-limited: sleep until the next step is due
                    m_wake.wait_until(lock, m_nextStep, ready);
                else if (m_gate) // at the gate's target: until the next round starts
                    m_wake.wait(lock, [&] { return ready() || gateOpen(); });
                else
                    m_wake.wait(lock, ready);
            }
            if (m_stopRequested) {
                m_published.clear();
                return;
            }
            commands.swap(m_commands);
            m_commandsPending = false;
        }
        bool changed = !commands.empty();
        const bool commanded = changed;
        for (Command &command : commands)
            apply(command);
        commands.clear();
        if (!m_trainer)
            continue;

        const bool gated = gateOpen();
        if (m_pendingSteps > 0) {
            --m_pendingSteps;
            timedStep();
            changed = true;
        } else if ((m_playing || gated) && m_speed > 0.0) {
            const auto now = Clock::now();
            if (now >= m_nextStep) {
                timedStep();
                const auto interval =
                    std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / m_speed));
                // Keep the rhythm, but do not try to catch up after a stall (a long step).
                m_nextStep = std::max(m_nextStep + interval, now);
                changed = true;
            }
        } else if (m_playing || gated) {
            // As fast as possible: train for one publish interval, or until a command arrives (in
            // lock step: or until the gate's target is reached).
            const auto start = Clock::now();
            const auto end = start + m_publishInterval;
            auto now = start;
            do {
                m_trainedSteps += trainOneStep() ? 1 : 0;
                now = Clock::now();
            } while ((m_playing || gateOpen()) && !m_commandsPending.load(std::memory_order_acquire)
                     && !m_stopRequested.load(std::memory_order_relaxed) && now < end);
            m_trainingTime += now - start;
            changed = true;
        }
        if (m_gate) {
            // Lock step: publish where the round ends (and arrive there), not on the way — nobody
            // shows a model between rounds. What a command changed is published at once.
            if (!gateOpen())
                arriveIfDue(commanded);
            else if (commanded)
                publish();
            continue;
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
