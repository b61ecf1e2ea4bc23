// SPDX-License-Identifier: MIT
#include "app/worker/trainingworker.h"

#include "engine/trainer.h"

#include <algorithm>
#include <cmath>
#include <variant>

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

void TrainingWorker::post(WorkerCommand command)
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
    post(command::Reset{std::move(session), std::move(history)});
}

void TrainingWorker::play()
{
    post(command::Play{});
}

void TrainingWorker::pause()
{
    post(command::Pause{});
}

void TrainingWorker::step(int count)
{
    post(command::Step{count});
}

void TrainingWorker::setSpeed(double stepsPerSecond)
{
    post(command::SetSpeed{stepsPerSecond});
}

void TrainingWorker::generate(GenerationOptions options, std::uint64_t requestId)
{
    post(command::Generate{std::move(options), requestId});
}

void TrainingWorker::setPublishInterval(std::chrono::microseconds interval)
{
    post(command::SetPublishInterval{interval});
}

void TrainingWorker::viewStep(std::int64_t step)
{
    post(command::ViewStep{step});
}

void TrainingWorker::resumeFromView()
{
    post(command::ResumeFromView{});
}

void TrainingWorker::editWeight(int tensor, std::size_t index, float value)
{
    post(command::EditWeight{tensor, index, value});
}

void TrainingWorker::undo()
{
    post(command::Undo{});
}

void TrainingWorker::redo()
{
    post(command::Redo{});
}

void TrainingWorker::setWhatIfNoMemory(bool on)
{
    post(command::SetWhatIfNoMemory{on});
}

void TrainingWorker::setFreeRun(std::optional<double> temperature, std::int64_t seed)
{
    if (temperature && !(std::isfinite(*temperature) && *temperature > 0.0))
        temperature.reset(); // validate()'s rule: a temperature must be finite and > 0
    post(command::SetFreeRun{temperature, seed});
}

void TrainingWorker::setForecastLength(int length, int from)
{
    post(command::SetForecastLength{std::clamp(length, 0, maxGenerationLength), std::max(0, from)});
}

void TrainingWorker::setCheckpointBudget(std::size_t bytes)
{
    post(command::SetCheckpointBudget{bytes});
}

void TrainingWorker::setLockStep(std::shared_ptr<LockStep> gate, int participant)
{
    post(command::SetLockStep{std::move(gate), participant});
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
    return m_gate && m_trainer && !m_gateStuck && !m_history->viewing() && m_trainer->stepsTaken() < m_gate->target();
}

void TrainingWorker::arriveIfDue(bool again)
{
    if (!m_gate || !m_trainer || m_history->viewing() || gateOpen())
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
    m_history->returnToHead(*m_trainer);
}

void TrainingWorker::stopTraining()
{
    m_playing = false;
    m_pendingSteps = 0;
}

void TrainingWorker::apply(command::Reset &command)
{
    leaveGate();
    m_trainer = std::make_unique<Trainer>(command.session);
    m_history.emplace(*m_trainer, command.history, m_checkpointBudget);
    m_history->setCheckpointShare(checkpointShare);
    m_assembler = SnapshotAssembler(SnapshotAssembler::setupOf(std::move(command.session), *m_trainer), ++m_generation);
    stopTraining();
    m_status.problem.clear();
    m_status.generated.reset();
    m_stepsPerSecond = 0.0;
    m_trainingTime = {};
    m_trainedSteps = 0;
}

void TrainingWorker::apply(command::SetLockStep &command)
{
    leaveGate();
    stopTraining();
    m_stepsPerSecond = 0.0;
    m_gate = std::move(command.gate);
    m_participant = command.participant;
    if (!m_gate)
        return;
    if (m_trainer)
        returnToHead();
    m_nextStep = Clock::now();
    // Called by whichever thread moves the gate's target. Taking m_mutex before notifying orders it
    // after the check in run(): the wake-up cannot fall between check and wait.
    m_gate->setWaker(m_participant, [this] {
        {
            std::lock_guard lock(m_mutex);
        }
        m_wake.notify_all();
    });
}

void TrainingWorker::apply(command::Play &)
{
    if (m_gate)
        return; // the gate decides
    if (m_trainer)
        returnToHead();
    if (m_trainer && !m_playing) {
        m_playing = true;
        m_status.problem.clear();
        m_nextStep = Clock::now();
        m_rateStart = m_nextStep;
        m_rateSteps = m_trainer->stepsTaken();
    }
}

void TrainingWorker::apply(command::Pause &)
{
    if (m_gate)
        return; // the gate decides
    stopTraining();
    m_stepsPerSecond = 0.0;
}

void TrainingWorker::apply(command::Step &command)
{
    if (m_trainer && !m_gate) {
        returnToHead();
        m_status.problem.clear();
        m_pendingSteps += command.count;
    }
}

void TrainingWorker::apply(command::SetSpeed &command)
{
    m_speed = command.stepsPerSecond > 0.0 ? command.stepsPerSecond : 0.0;
    m_nextStep = Clock::now();
}

void TrainingWorker::apply(command::SetPublishInterval &command)
{
    m_publishInterval = command.interval;
}

void TrainingWorker::apply(command::ViewStep &command)
{
    if (!m_trainer)
        return;
    stopTraining();
    m_history->view(*m_trainer, command.step);
}

void TrainingWorker::apply(command::ResumeFromView &)
{
    if (m_trainer)
        m_history->resumeFromView(*m_trainer);
}

void TrainingWorker::apply(command::EditWeight &command)
{
    if (m_trainer && m_history->edit(*m_trainer, command.tensor, command.index, command.value))
        stopTraining();
}

void TrainingWorker::apply(command::Undo &)
{
    if (!m_trainer || !m_history->canUndo())
        return;
    stopTraining();
    m_history->undo(*m_trainer);
}

void TrainingWorker::apply(command::Redo &)
{
    if (m_trainer)
        m_history->redo(*m_trainer);
}

void TrainingWorker::apply(command::SetWhatIfNoMemory &command)
{
    m_status.whatIfNoMemory = command.on;
}

void TrainingWorker::apply(command::SetFreeRun &command)
{
    m_status.freeRunTemperature = command.temperature;
    m_status.freeRunSeed = command.seed;
}

void TrainingWorker::apply(command::SetForecastLength &command)
{
    m_status.forecastLength = command.length;
    m_status.forecastFrom = command.from;
}

void TrainingWorker::apply(command::SetCheckpointBudget &command)
{
    m_checkpointBudget = command.bytes;
    if (m_trainer)
        m_history->setCheckpointBudget(*m_trainer, command.bytes);
}

void TrainingWorker::apply(command::Generate &command)
{
    if (!m_trainer)
        return;
    GeneratedText result;
    result.requestId = command.requestId;
    result.options = std::move(command.options);
    const std::vector<Problem> problems = validate(result.options, m_trainer->dataset().vocabulary);
    if (problems.empty())
        result.text = rnnlab::generate(m_trainer->parameters(), m_trainer->dataset().vocabulary, result.options);
    else
        result.problem = problems.front();
    m_status.generated = std::move(result);
}

bool TrainingWorker::trainOneStep()
{
    const StepOutcome outcome = m_trainer->step();
    if (!outcome.accepted) {
        m_status.problem = outcome.problem;
        stopTraining();
        m_stepsPerSecond = 0.0;
        m_gateStuck = m_gate != nullptr;
        return false;
    }
    m_history->recordStep(outcome, *m_trainer);
    return true;
}

void TrainingWorker::publish()
{
    const auto now = Clock::now();
    if (m_playing) {
        const double elapsed = std::chrono::duration<double>(now - m_rateStart).count();
        if (elapsed >= 0.5) {
            m_stepsPerSecond = static_cast<double>(m_trainer->stepsTaken() - m_rateSteps) / elapsed;
            m_rateStart = now;
            m_rateSteps = m_trainer->stepsTaken();
        }
    }
    m_status.playing = m_playing || m_pendingSteps > 0 || gateOpen();
    m_status.stepsPerSecond = m_stepsPerSecond;
    m_status.targetStepsPerSecond = m_speed;
    m_status.trainingSeconds = std::chrono::duration<double>(m_trainingTime).count();
    m_status.trainedSteps = m_trainedSteps;
    SnapshotPtr snapshot = m_assembler.assemble(*m_trainer, *m_history, m_status);
    m_lastPublish = now;
    m_publishCost = Clock::now() - now;
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
    std::deque<WorkerCommand> commands;
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
        for (WorkerCommand &command : commands)
            std::visit([this](auto &c) { apply(c); }, command);
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
            const auto end =
                start + std::max<Clock::duration>(m_publishInterval, m_publishCost * trainingPerPublishCost);
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
