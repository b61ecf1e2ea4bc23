// SPDX-License-Identifier: MIT
// The Qt side of training: owns the worker thread (TrainingWorker, plain C++), forwards the
// window's commands to it, and on a frame timer takes the newest snapshot from its mailbox and
// hands it to the views — at most once per display frame, never queueing stale ones. It is the
// only UI code that talks to the engine's training loop.
//
// STYLE.md suggests tiled's worker-object pattern (moveToThread + signals); here the issue's
// requirement wins: the hand-off must be plain C++ so ThreadSanitizer can check it, which a
// QThread event queue in Debian's uninstrumented Qt would defeat. This class stays thin glue.
#pragma once

#include "app/worker/snapshot.h"
#include "app/worker/trainingworker.h"
#include "ui/common/metatypes.h"

#include <QObject>
#include <QTimer>

namespace rnnlab {

class TrainingController : public QObject
{
    Q_OBJECT

public:
    //! \a trainingNice: the worker thread's lower priority (TrainingWorker); compare mode's workers
    //! get one, so that three of them do not starve the UI thread.
    explicit TrainingController(QObject *parent = nullptr, int trainingNice = 0);
    //! Stops the worker (finishing at most the step in progress) and joins it.
    ~TrainingController() override;

    //! The newest snapshot the views have been given (null before the first reset is processed).
    SnapshotPtr snapshot() const { return m_snapshot; }
    //! The session being trained (as given to the last reset()).
    const Session &session() const { return m_session; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    //! Steps taken in the newest snapshot.
    std::int64_t stepsTaken() const { return m_snapshot ? m_snapshot->stepsTaken : 0; }

public slots:
    //! Starts over with \a session, which must be valid (validate(session) is empty); \a history:
    //! the steps a session file kept (valid for it: validateHistory()).
    void reset(const rnnlab::Session &session, const rnnlab::SavedHistory &history = {});
    void play();
    void pause();
    void togglePlay();
    //! One training step (Ctrl+→).
    void stepOnce() { step(1); }
    void step(int count);
    //! Steps per second; 0 = as fast as possible.
    void setSpeed(double stepsPerSecond);
    void generate(const rnnlab::GenerationOptions &options);
    //! Takes the newest snapshot now instead of at the next frame (tests, screenshots).
    void poll();

    //! The training history: show the network after \a step steps (pauses), go on from the
    //! viewed step (the later ones are forgotten), or back to the latest step.
    void viewStep(qint64 step);
    void resumeFromView();
    void viewLatest();
    //! Weights by hand: one element of a parameter tensor, undoable.
    void editWeight(int tensor, qulonglong index, float value);
    void undo();
    void redo();
    //! "What if W_hh = 0?": the graph shows the network without its memory; training is unaffected.
    void setWhatIfNoMemory(bool on);
    //! A forecast run: points of the free-running forecast in every snapshot past the end, and the
    //! points it starts after (0: the end; the signal plot's).
    void setForecastLength(int length, int from = 0);
    //! How the one-to-many picture's free-running passes pick (TrainingSnapshot::freeRuns): the
    //! Generate tab's greedy, or sampled with its temperature and seed (\a options' prime and
    //! length are not used: each pass starts from its text's first character).
    void setFreeRun(const rnnlab::GenerationOptions &options);
    //! Compare mode: train in lock step with the other participants of \a gate (see
    //! TrainingWorker::setLockStep); null: free-running again. Either way training pauses here:
    //! the gate, or the next play(), decides when it goes on.
    void setLockStep(std::shared_ptr<rnnlab::LockStep> gate, int participant = 0);

signals:
    void snapshotChanged(const rnnlab::SnapshotPtr &snapshot);
    void playingChanged(bool playing);
    //! A training step was refused (the run diverged): what happened and what to try.
    void problem(const QString &message);

private:
    TrainingWorker m_worker;
    QTimer m_frameTimer;
    SnapshotPtr m_snapshot;
    Session m_session;
    bool m_playing = false;
    double m_speed = 0.0;
    std::uint64_t m_nextRequest = 1;
};

} // namespace rnnlab
