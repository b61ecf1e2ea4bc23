// SPDX-License-Identifier: MIT
// The "PyTorch" panel: the script that builds and trains exactly the shown model in PyTorch 1.13
// (PytorchScript), with the shown weights and optimizer state, so that pasting it into Python goes
// on training from here with rnnlab's losses; a Copy button and Save as… (train.py). It follows
// the snapshots, regenerating at most twice a second and only while it is visible (the script
// embeds every weight). Generates text only; it does not run Python.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h"
#include "ui/common/snapshotview.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace rnnlab {

class PytorchPanel
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit PytorchPanel(QWidget *parent = nullptr);

    //! The script as shown (empty before the first snapshot).
    QString script() const;
    //! The step the shown script continues after.
    std::int64_t scriptStep() const { return m_scriptStep; }

    //! SnapshotView: setSnapshot(\a snapshot) (the colour scales are not this view's).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);
    //! Puts the script on the clipboard.
    void copy();
    //! Regenerates now (normally throttled).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void saveAs();

    SnapshotPtr m_snapshot;
    std::uint64_t m_shownGeneration = 0;
    std::uint64_t m_shownSequence = 0;
    bool m_shownAny = false;
    std::int64_t m_scriptStep = -1;
    QPlainTextEdit *m_code = nullptr;
    QLabel *m_caption = nullptr;
    QPushButton *m_copy = nullptr;
    QTimer *m_throttle = nullptr;
};

//! The session \a snapshot shows: its setup's session with the snapshot's weights and optimizer
//! state (what File > Save writes and what the PyTorch script loads).
Session sessionOf(const TrainingSnapshot &snapshot);

} // namespace rnnlab
