// SPDX-License-Identifier: MIT
#include "trainingworker.h"

#include "trainer.h"

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

void TrainingWorker::apply(Command &command)
{
    switch (command.kind) {
    case Command::Kind::Reset: {
        m_trainer = std::make_unique<Trainer>(*command.session);
        auto setup = std::make_shared<RunSetup>();
        setup->session = std::move(*command.session);
        setup->vocabulary = m_trainer->dataset().vocabulary;
        setup->layout = m_trainer->layout();
        m_setup = std::move(setup);
        m_history = HistoryRecorder();
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
    m_history.record(outcome.step, outcome.loss, m_trainer->trace(), m_trainer->dataset().vocabulary);
    m_newAcceptedStep = true;
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

    // What the graph draws: the network as it is now — the current weights and their forward pass.
    m_trainer->evaluate();
    snapshot->weights = m_trainer->parameters();
    snapshot->trace = m_trainer->trace();
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
