// SPDX-License-Identifier: MIT
#include "ui/compare/comparecontroller.h"

#include "engine/comparison.h"
#include "ui/controller/trainingcontroller.h"

#include <algorithm>

namespace rnnlab {

CompareController::CompareController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rnnlab::SnapshotPtr>();
    // One look every other display frame (30 per second): three graphs, two plots and the table
    // repainted 60 times a second take more of the UI thread than a shared two-core machine gives
    // it beside three busy workers (the event loop then lags, measured by rnnlab --bench-ui
    // --compare-preset cells); at 30 the training still moves smoothly.
    m_frameTimer.setInterval(frameInterval);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &CompareController::poll);
    m_frameTimer.start();
}

CompareController::~CompareController()
{
    m_frameTimer.stop();
    // The controllers are children: their destructors stop and join the workers.
}

std::vector<Problem> CompareController::setSessions(const std::vector<Session> &sessions)
{
    std::vector<Problem> problems = validateForComparison(sessions);
    if (!problems.empty())
        return problems;

    setPlaying(false);
    m_burstTarget.clear();
    for (TrainingController *controller : m_controllers)
        delete controller;
    m_controllers.clear();
    m_gate.reset();
    m_sessions = sessions;
    m_labels = distinguishingLabels(sessions);
    m_shown.assign(sessions.size(), nullptr);
    m_lastRates.assign(sessions.size(), 0.0);
    m_rate = 0.0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        auto *controller = new TrainingController(this, trainingNice);
        controller->setSpeed(m_speed);
        controller->reset(sessions[i]);
        connect(controller, &TrainingController::problem, this, [this, i](const QString &message) {
            if (!m_lockStep) { // in lock step the stopped round says it (poll)
                setPlaying(false);
                emit problem(int(i), message);
            }
        });
        m_controllers.push_back(controller);
    }
    if (m_lockStep)
        attachGate();
    emit snapshotsChanged();
    return {};
}

TrainingController *CompareController::controller(int model) const
{
    return model >= 0 && model < int(m_controllers.size()) ? m_controllers[static_cast<std::size_t>(model)] : nullptr;
}

void CompareController::attachGate()
{
    m_gate = std::make_shared<LockStep>(int(m_controllers.size()));
    m_roundSequence = 0;
    for (std::size_t i = 0; i < m_controllers.size(); ++i)
        m_controllers[i]->setLockStep(m_gate, int(i));
}

void CompareController::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    m_rateClock.invalidate(); // a new measuring window when the rounds start again
    emit playingChanged(playing);
}

void CompareController::play()
{
    if (m_controllers.empty())
        return;
    m_burstTarget.clear(); // the rate while playing takes over
    if (m_lockStep) {
        m_gate->run();
        if (!m_gate->isRunning())
            return; // a model diverged: only a reset trains again
    } else {
        for (TrainingController *controller : m_controllers)
            controller->play();
    }
    setPlaying(true);
}

void CompareController::pause()
{
    if (m_lockStep) {
        if (m_gate)
            m_gate->hold(); // the round in progress ends: every model at the same step
    } else {
        for (TrainingController *controller : m_controllers)
            controller->pause();
    }
    setPlaying(false);
}

void CompareController::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void CompareController::step(int count)
{
    if (count <= 0 || m_controllers.empty())
        return;
    if (m_playing)
        pause();
    m_burstTarget.clear();
    if (count >= minBurst) {
        for (const SnapshotPtr &s : m_shown)
            m_burstTarget.push_back((s ? s->stepsTaken : 0) + count);
        m_burstCount = count;
        m_burstClock.start();
    }
    if (m_lockStep) {
        m_gate->advance(count);
    } else {
        for (TrainingController *controller : m_controllers)
            controller->step(count);
    }
}

void CompareController::reset()
{
    setPlaying(false);
    m_burstTarget.clear();
    for (std::size_t i = 0; i < m_controllers.size(); ++i)
        m_controllers[i]->reset(m_sessions[i]); // leaves the gate
    m_rate = 0.0;
    std::fill(m_lastRates.begin(), m_lastRates.end(), 0.0);
    if (m_lockStep)
        attachGate();
}

void CompareController::setLockStep(bool on)
{
    if (on == m_lockStep)
        return;
    const bool playing = m_playing;
    m_lockStep = on;
    m_burstTarget.clear();
    if (on) {
        for (TrainingController *controller : m_controllers)
            controller->pause();
        if (!m_controllers.empty())
            attachGate(); // they meet at the furthest step
        if (playing && m_gate)
            m_gate->run();
    } else {
        for (std::size_t i = 0; i < m_controllers.size(); ++i) {
            m_controllers[i]->setLockStep(nullptr);
            if (playing)
                m_controllers[i]->play();
        }
        m_gate.reset();
    }
    m_rateClock.invalidate();
    emit lockStepChanged(on);
}

void CompareController::setSpeed(double stepsPerSecond)
{
    m_speed = stepsPerSecond > 0 ? stepsPerSecond : 0.0;
    for (TrainingController *controller : m_controllers)
        controller->setSpeed(m_speed);
}

void CompareController::poll()
{
    if (m_controllers.empty())
        return;
    bool changed = false;
    if (m_lockStep && m_gate) {
        const auto round = m_gate->latest();
        if (!round || round->sequence == m_roundSequence)
            return;
        m_roundSequence = round->sequence;
        m_shown = round->snapshots;
        changed = true;
        if (m_playing) {
            // The common pace, over windows of at least half a second.
            if (!m_rateClock.isValid()) {
                m_rateClock.start();
                m_rateStep = round->step;
            } else if (m_rateClock.elapsed() >= 500) {
                m_rate = double(round->step - m_rateStep) / (m_rateClock.nsecsElapsed() / 1e9);
                m_rateClock.start();
                m_rateStep = round->step;
            }
        }
        if (round->stopped) {
            setPlaying(false);
            for (std::size_t i = 0; i < m_shown.size(); ++i) {
                if (m_shown[i] && !m_shown[i]->problem.empty())
                    emit problem(int(i), QString::fromStdString(m_shown[i]->problem));
            }
        }
    } else {
        for (std::size_t i = 0; i < m_controllers.size(); ++i) {
            m_controllers[i]->poll();
            const SnapshotPtr latest = m_controllers[i]->snapshot();
            if (latest && latest != m_shown[i]) {
                m_shown[i] = latest;
                if (latest->stepsPerSecond > 0)
                    m_lastRates[i] = latest->stepsPerSecond;
                changed = true;
            }
        }
    }
    if (changed && !m_burstTarget.empty()) {
        // A burst's pace: its steps over the time until a model had taken them (in lock step:
        // the last one, the pace of all).
        const double rate = double(m_burstCount) / std::max(m_burstClock.nsecsElapsed() / 1e9, 1e-9);
        bool all = true;
        for (std::size_t i = 0; i < m_shown.size(); ++i) {
            const bool there = m_shown[i] && m_shown[i]->stepsTaken >= m_burstTarget[i];
            if (there && !m_lockStep && m_burstTarget[i] >= 0) {
                m_lastRates[i] = rate;
                m_burstTarget[i] = -1; // timed
            }
            all = all && (there || m_burstTarget[i] < 0);
        }
        if (all) {
            if (m_lockStep)
                m_rate = rate;
            m_burstTarget.clear();
        }
    }
    if (changed)
        emit snapshotsChanged();
}

std::vector<CompareRow> CompareController::rows() const
{
    std::vector<CompareRow> rows;
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        CompareRow row;
        row.model = CompareTable::modelName(int(i), m_labels[i]);
        const SnapshotPtr &s = m_shown[i];
        if (s && s->setup) {
            row.parameters = static_cast<std::int64_t>(s->setup->layout->totalSize());
            row.summary = s->history.summary;
            if (s->trainedSteps > 0)
                row.secondsPerStep = s->trainingSeconds / double(s->trainedSteps);
            const double rate = m_lockStep ? m_rate : m_lastRates[i];
            if (rate > 0)
                row.stepsPerSecond = rate;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace rnnlab
