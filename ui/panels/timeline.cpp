// SPDX-License-Identifier: MIT
#include "ui/panels/timeline.h"

#include "app/worker/trainingworker.h"
#include "ui/common/readernumber.h"

#include "ui/panels/timelinescale.h"
#include "ui/panels/timelinetrack.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rnnlab {

Timeline::Timeline(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(8);

    // Left: which step is shown, and the memory-budget note under it when there is one.
    auto *status = new QVBoxLayout;
    status->setContentsMargins(0, 0, 0, 0);
    status->setSpacing(0);
    m_status = new QLabel(this);
    m_status->setToolTip(tr("The step whose network the views show: drag the timeline to rewind"));
    m_note = new QLabel(this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);
    status->addStretch(1);
    status->addWidget(m_status);
    status->addWidget(m_note);
    status->addStretch(1);
    layout->addLayout(status);

    m_track = new TimelineTrack(this);
    m_track->setToolTip(QString()); // the strip answers tooltips itself, per position
    layout->addWidget(m_track, 1);
    setFocusProxy(m_track);

    m_resume = new QPushButton(tr("Resume from here"), this);
    m_resume->setToolTip(tr("Continue training from the step shown: the steps after it are replaced"));
    m_resume->setEnabled(false);
    m_latest = new QPushButton(tr("Latest"), this);
    m_latest->setToolTip(tr("Back to the latest training step (End)"));
    m_latest->setEnabled(false);
    // The two buttons one above the other, the status on two lines: the strip keeps the width
    // (in one row they made the window 530 px wider than its graph needs, more as steps grew).
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_latest);
    layout->addLayout(buttons);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_track, &TimelineTrack::viewRequested, this, &Timeline::viewRequested);
    connect(m_track, &TimelineTrack::shownStepChanged, this, &Timeline::updateStatus);
    connect(m_resume, &QPushButton::clicked, this, &Timeline::resumeRequested);
    connect(m_latest, &QPushButton::clicked, this, &Timeline::latestRequested);
    updateStatus();
}

Timeline::~Timeline() = default;

QString Timeline::statusText() const
{
    return m_status->text().replace(QLatin1Char('\n'), QLatin1Char(' ')); // on two lines on screen
}

QString Timeline::budgetNote() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void Timeline::setSnapshot(rnnlab::SnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    m_track->setSnapshot(std::move(snapshot));
    m_resume->setEnabled(m_snapshot->viewingHistory);
    m_latest->setEnabled(m_snapshot->viewingHistory);

    const std::int64_t stride = m_snapshot->checkpointStride;
    m_note->setVisible(stride > 1);
    if (stride > 1 && m_snapshot->checkpointsSpacedOut) {
        // At full speed a copy of every step would slow training (RunHistory::setCheckpointShare).
        //: %1 is an ordinal from ordinal() ("4th"): every 4th training step is kept.
        m_note->setText(tr("every %1 step kept (full speed)").arg(ordinal(stride)));
        m_note->setToolTip(
            //: %1 is an ordinal ("4th"), %2 a percentage of the training time.
            tr("Training at full speed, a copy of every step would cost more than %2% of its "
               "time, so every %1 step is kept (within the memory budget). Older steps are "
               "recomputed exactly from the kept step before them: trained again, the "
               "same numbers bit for bit")
                .arg(ordinal(stride), ReaderNumber::significant(TrainingWorker::checkpointShare * 100, 6)));
    } else if (stride > 1) {
        //: %1 is an ordinal ("4th"): every 4th training step is kept.
        m_note->setText(tr("memory budget: every %1 step kept").arg(ordinal(stride)));
        //: %1 is an ordinal ("4th").
        m_note->setToolTip(tr("Older steps recomputed exactly from every %1 kept step (memory budget): "
                              "the steps in between are trained again from the kept step before "
                              "them, which gives the same numbers bit for bit")
                               .arg(ordinal(stride)));
    }
    updateStatus();
}

void Timeline::updateStatus()
{
    const std::int64_t shown = m_track->shownStep();
    const std::int64_t head = m_track->headSteps();
    const QString text = shown < head ? tr("Training step %1 of %2\n(rewound)").arg(shown).arg(head)
                                      : tr("Training step %1\n(latest)").arg(shown);
    m_status->setText(text);
    // Wide enough for any step of this run, so the strip does not jump while the handle moves.
    // Room for 7 digits from the start: a width that grew with the steps widened the window.
    const int digits = std::max(7, static_cast<int>(QString::number(head).size()));
    if (digits != m_statusDigits) {
        m_statusDigits = digits;
        // The rewound text with both numbers at their widest, in the language shown.
        const QString widest = tr("Training step %1 of %2\n(rewound)")
                                   .arg(QString(digits, QLatin1Char('8')), QString(digits, QLatin1Char('8')))
                                   .section(QLatin1Char('\n'), 0, 0);
        m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(widest) + 2);
    }
}

void Timeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_status) {
        m_statusDigits = 0;
        updateStatus();
    }
}

void Timeline::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

} // namespace rnnlab
