// SPDX-License-Identifier: MIT
#include "ui/controller/trainingcontroller.h"

#include <limits>

namespace rnnlab {

TrainingController::TrainingController(QObject *parent, int trainingNice)
    : QObject(parent)
    , m_worker(trainingNice)
{
    qRegisterMetaType<rnnlab::SnapshotPtr>();
    // One look at the mailbox per display frame (~60 Hz): the views render at most this often.
    m_frameTimer.setInterval(16);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &TrainingController::poll);
    m_frameTimer.start();
}

TrainingController::~TrainingController()
{
    m_frameTimer.stop();
    m_worker.stop();
}

void TrainingController::reset(const Session &session, const SavedHistory &history)
{
    m_session = session;
    m_worker.reset(session, history);
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

void TrainingController::play()
{
    m_worker.play();
    if (!m_playing) {
        m_playing = true;
        emit playingChanged(true);
    }
}

void TrainingController::pause()
{
    m_worker.pause();
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

void TrainingController::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void TrainingController::step(int count)
{
    if (m_playing)
        pause();
    m_worker.step(count);
}

void TrainingController::setSpeed(double stepsPerSecond)
{
    m_speed = stepsPerSecond > 0 ? stepsPerSecond : 0.0;
    m_worker.setSpeed(m_speed);
}

void TrainingController::generate(const GenerationOptions &options)
{
    m_worker.generate(options, m_nextRequest++);
}

void TrainingController::viewStep(qint64 step)
{
    if (m_playing)
        pause();
    m_worker.viewStep(step);
}

void TrainingController::resumeFromView()
{
    m_worker.resumeFromView();
}

void TrainingController::viewLatest()
{
    m_worker.viewStep(std::numeric_limits<std::int64_t>::max());
}

void TrainingController::editWeight(int tensor, qulonglong index, float value)
{
    if (m_playing)
        pause();
    m_worker.editWeight(tensor, static_cast<std::size_t>(index), value);
}

void TrainingController::undo()
{
    if (m_playing)
        pause();
    m_worker.undo();
}

void TrainingController::redo()
{
    m_worker.redo();
}

void TrainingController::setWhatIfNoMemory(bool on)
{
    m_worker.setWhatIfNoMemory(on);
}

void TrainingController::setForecastLength(int length, int from)
{
    m_worker.setForecastLength(length, from);
}

void TrainingController::setFreeRun(const GenerationOptions &options)
{
    m_worker.setFreeRun(options.temperature, options.seed);
}

void TrainingController::setLockStep(std::shared_ptr<LockStep> gate, int participant)
{
    m_worker.setLockStep(std::move(gate), participant);
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

void TrainingController::poll()
{
    SnapshotPtr latest = m_worker.latest();
    if (!latest || latest == m_snapshot)
        return;
    const bool newProblem = !latest->problem.empty()
        && (!m_snapshot || m_snapshot->generation != latest->generation || m_snapshot->problem != latest->problem);
    m_snapshot = std::move(latest);
    if (m_playing && !m_snapshot->playing && !m_snapshot->problem.empty()) {
        m_playing = false; // the worker stopped by itself: the run diverged
        emit playingChanged(false);
    }
    emit snapshotChanged(m_snapshot);
    if (newProblem)
        emit problem(QString::fromStdString(m_snapshot->problem));
}

} // namespace rnnlab
