// SPDX-License-Identifier: MIT
// The strip of the training timeline: steps 0 … the run's latest step from left to right, the loss
// of every recorded step as a light sparkline, round step numbers as ticks, a mark at every weight
// edited by hand (its tooltip says which weight and how), and a handle at the step shown. The user
// drags the handle, clicks anywhere, or uses ←/→ (one step), PageDown/PageUp (one tick back or
// on), Home/End when it has focus; each asks for a step with viewRequested() — while dragging at
// most once per throttle interval, and the step under the mouse on release always.
// Only renders snapshots (TimelineScale does the geometry); the label and the buttons around it
// are Timeline's.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr as a Qt meta-type, declared once
#include "ui/panels/timelinescale.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace rnnlab {

class TimelineTrack : public QWidget
{
    Q_OBJECT

public:
    //! While dragging, viewRequested() comes at most this often (ms) unless set otherwise.
    static constexpr int defaultThrottleMs = 30;

    explicit TimelineTrack(QWidget *parent = nullptr);

    //! The step the handle is at: the one last asked for while the request is in flight (the
    //! worker replays to it), else the snapshot's stepsTaken.
    std::int64_t shownStep() const;
    //! The run's latest step (the right end).
    std::int64_t headSteps() const { return m_snapshot ? m_snapshot->headSteps : 0; }
    //! The geometry as laid out for the current size and snapshot.
    const TimelineScale &scale() const { return m_scale; }
    //! The tooltip text for the point \a pos (an edit's description near its mark, else the step
    //! under the mouse and its loss).
    QString toolTipAt(QPoint pos) const;
    //! The edit marks' x positions, one per edit of the snapshot within 0 … headSteps.
    std::vector<double> editMarkPositions() const;

    int throttleInterval() const { return m_throttleMs; }
    void setThrottleInterval(int milliseconds) { m_throttleMs = milliseconds; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

signals:
    //! Show the network as it was after \a step training steps.
    void viewRequested(qint64 step);
    //! The handle moved (a request, or a snapshot that shows another step).
    void shownStepChanged(qint64 step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    //! The scale and the sparkline for the current width and history.
    void relayout();
    //! Asks for \a step: now when the last request is at least the throttle interval old, else
    //! when it is (the newest step asked for by then wins).
    void request(std::int64_t step);
    //! Emits the pending request now (release, throttle timer).
    void flush();
    void setOverride(std::optional<std::int64_t> step);
    double minTickSpacing() const;
    QFont labelFont() const;
    //! Vertical layout: the sparkline band and the axis line's y.
    int sparkTop() const;
    int axisY() const;

    SnapshotPtr m_snapshot;
    TimelineScale m_scale;
    std::vector<SparkColumn> m_spark;
    float m_sparkLow = 0.0f;
    float m_sparkHigh = 0.0f;
    // What the sparkline was computed from, to recompute only when it changed.
    std::uint64_t m_sparkGeneration = 0;
    std::int64_t m_sparkEntries = -1;
    std::int64_t m_sparkLastStep = -1;

    // Interaction.
    bool m_dragging = false;
    double m_grabOffset = 0.0; // handle x − press x, when the handle itself was grabbed
    std::optional<std::int64_t> m_override; // the step asked for, shown until the snapshot shows it
    QElapsedTimer m_overrideAge;
    std::optional<std::int64_t> m_pending; // asked for, not yet emitted (throttled)
    std::optional<std::int64_t> m_lastEmitted;
    QElapsedTimer m_sinceEmit;
    QTimer m_throttle;
    int m_throttleMs = defaultThrottleMs;
};

} // namespace rnnlab
