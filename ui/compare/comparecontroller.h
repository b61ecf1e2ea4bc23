// SPDX-License-Identifier: MIT
// Compare mode's training: two or three TrainingControllers — each owning its model's worker
// thread — driven together. In lock step (the default) a LockStep gate makes the workers train in
// rounds and the views get every model's snapshot after the same number of steps; free-running,
// each model trains as fast as it can and the views get each one's newest. A frame timer takes
// what is new at most 30 times a second and says so with one signal for all models.
// Also measures the lock-step pace and builds the summary table's rows (CompareTable) from the
// snapshots shown. Qt glue only: the rounds are the worker's business (lockstep.h), the numbers
// the engine's.
#pragma once

#include "app/worker/comparetable.h"
#include "app/worker/lockstep.h"
#include "app/worker/snapshot.h"
#include "engine/session.h"
#include "ui/common/metatypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace rnnlab {

class TrainingController;

class CompareController : public QObject
{
    Q_OBJECT

public:
    //! How often the views get what is new, ms (see the constructor).
    static constexpr int frameInterval = 33;
    //! The workers' nice value (Linux): lower than the UI thread's, so that two or three busy
    //! workers do not make the window lag (measured with rnnlab --bench-ui --compare-preset cells:
    //! on two loaded cores, p99 lateness 50–80 ms at nice 0, about 20 ms at 10).
    static constexpr int trainingNice = 10;
    //! Bursts of at least this many steps are timed (shorter ones would time the frame timer).
    static constexpr int minBurst = 10;

    explicit CompareController(QObject *parent = nullptr);
    //! Stops every worker (finishing at most the step in progress) and joins it.
    ~CompareController() override;

    //! Starts over with \a sessions, paused at step 0 — unless validateComparison() (or validate()
    //! of one of them) has problems: then nothing changes and the problems are returned.
    std::vector<Problem> setSessions(const std::vector<Session> &sessions);
    const std::vector<Session> &sessions() const { return m_sessions; }
    int modelCount() const { return int(m_sessions.size()); }
    TrainingController *controller(int model) const;
    //! What sets each model apart ("1 layer", "lstm"): distinguishingLabels() of the sessions.
    const std::vector<std::string> &labels() const { return m_labels; }

    //! What the views show now, one per model (null entries before the first snapshot arrives).
    const std::vector<SnapshotPtr> &snapshots() const { return m_shown; }
    //! The summary table for snapshots(): parameters, step, loss, first all-right step, time per
    //! step (the engine's, waiting not counted), steps per second (lock step: the common pace).
    std::vector<CompareRow> rows() const;

    bool isLockStep() const { return m_lockStep; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    //! In lock step, the pace of the rounds over about the last second of playing (steps per
    //! second, the same for every model); 0 before one was measured.
    double lockStepRate() const { return m_rate; }

public slots:
    void play();
    void pause();
    void togglePlay();
    //! \a count more steps for every model (lock step: one round; free-running: each from where it is).
    void step(int count);
    void stepOnce() { step(1); }
    //! Every model back to its seed's weights, step 0.
    void reset();
    //! Lock step on (models that ran free meet at the furthest step) or off (each goes on alone).
    void setLockStep(bool on);
    //! Steps per second for every model; 0 = as fast as possible.
    void setSpeed(double stepsPerSecond);
    //! Takes what is new now instead of at the next frame (tests, screenshots).
    void poll();

signals:
    //! snapshots() changed (at most once per frame).
    void snapshotsChanged();
    void playingChanged(bool playing);
    void lockStepChanged(bool on);
    //! Model \a model's step was refused (the run diverged): what happened and what to try.
    void problem(int model, const QString &message);

private:
    void attachGate();
    void setPlaying(bool playing);

    std::vector<Session> m_sessions;
    std::vector<std::string> m_labels;
    std::vector<TrainingController *> m_controllers;
    std::shared_ptr<LockStep> m_gate;
    std::uint64_t m_roundSequence = 0;
    std::vector<SnapshotPtr> m_shown;
    std::vector<double> m_lastRates; // free-running: each model's last measured steps per second
    bool m_lockStep = true;
    bool m_playing = false;
    double m_speed = 0.0;
    QTimer m_frameTimer;
    // Lock-step pace: (time, step) at the start of the current measuring window.
    QElapsedTimer m_rateClock;
    std::int64_t m_rateStep = 0;
    double m_rate = 0.0;
    // A burst of steps (step(count)): its pace, once every model has taken it, is the table's
    // steps per second too (a screenshot after --train N, the Step button with a count).
    QElapsedTimer m_burstClock;
    std::int64_t m_burstCount = 0;
    std::vector<std::int64_t> m_burstTarget; // per model: the step the burst ends at
};

} // namespace rnnlab
