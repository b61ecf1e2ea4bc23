// SPDX-License-Identifier: MIT
// The training history you can rewind, as a strip under the graph: every step the run has taken
// from 0 to the latest, the loss as a sparkline, the weights edited by hand, and a handle at the
// step shown. Dragging or clicking the strip (or ←/→/PageUp/PageDown/Home/End) asks to see the
// network as it was at that step (viewRequested); "Resume from here" asks to continue training
// from it and "Latest" to return to the newest step. A label says which step is shown, and when
// the history is thinned out to stay within its memory budget, it says so.
// Only renders snapshots and emits requests: the main window connects them to the controller and
// asks the user before a resume replaces the later steps. The strip itself is TimelineTrack.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr as a Qt meta-type, declared once
#include "ui/common/snapshotview.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rnnlab {

class TimelineTrack;

class Timeline
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit Timeline(QWidget *parent = nullptr);
    ~Timeline() override;

    TimelineTrack *track() const { return m_track; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *latestButton() const { return m_latest; }
    //! "Step 12 of 40 (rewound)" or "Step 40 (latest)": the step the handle is at.
    QString statusText() const;
    //! The note shown while the history is thinned out to its memory budget (empty otherwise).
    QString budgetNote() const;

    //! SnapshotView: setSnapshot(\a snapshot) (the colour scales are not this view's).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

signals:
    //! Show the network as it was after \a step training steps (TrainingController::viewStep).
    void viewRequested(qint64 step);
    //! Continue training from the step shown; the steps after it are replaced. The receiver asks
    //! the user first (TrainingController::resumeFromView).
    void resumeRequested();
    //! Back to the run's latest step (TrainingController::viewLatest).
    void latestRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();

    TimelineTrack *m_track = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_latest = nullptr;
    SnapshotPtr m_snapshot;
    int m_statusDigits = 0; // the status label is sized for head steps of this many digits
};

} // namespace rnnlab
