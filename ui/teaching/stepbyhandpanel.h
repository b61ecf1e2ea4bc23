// SPDX-License-Identifier: MIT
// "Step by hand": the teacher walks the class through one time step at a time — x_t enters,
// W_xh x_t and W_hh h_{t−1} add up, tanh squashes, y_t picks a character — then back through
// time; or takes one training step in its parts: forward, loss, backward, update. This panel owns
// where the walk is (a StepCursor) and its controls; it shows the equations with the numbers of
// the newest snapshot and the ‖dL/dh_t‖ plot, and tells the graph what to highlight. It computes
// no numbers: EquationModel copies them from the snapshot.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h"
#include "ui/common/snapshotview.h"
#include "ui/teaching/timestepwalker.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace rnnlab {

class EquationView;
class GradientNormPlot;

class StepByHandPanel
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    //! The parts of one training step, shown one after the other.
    enum class Part { None, Forward, Loss, Backward, Update };

    explicit StepByHandPanel(QWidget *parent = nullptr);

    const std::optional<StepCursor> &cursor() const { return m_cursor; }
    //! Whether a time step is still being shown phase by phase (→ or ← then first completes it).
    bool isAnimating() const { return !m_pending.empty(); }
    Part part() const { return m_part; }
    EquationView *equationView() const { return m_equations; }
    WalkOrder walkOrder() const { return m_order; }
    //! Whether the walk is on a forecast run's test series (forward and squared error only: a
    //! backward cursor is refused there, with a sentence why).
    bool walksTestSeries() const;
    //! Whether the run is an encoder–decoder's (task "translate"): the walk goes through the
    //! encoder, the context and the decoder (TimeStepWalker::encoderDecoder).
    bool isEncoderDecoder() const;
    //! The walk of the text shown, in the panel's order (an encoder–decoder's for a translation).
    TimeStepWalker walker() const;

    //! SnapshotView: setSnapshot(\a snapshot) (the colour scales are not this view's).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);
    void setTextIndex(int index);
    //! Time-major (every layer at t, then t+1) or layer-major (layer 1 over all of time, then
    //! layer 2, as PyTorch computes it). The cursor stays where it is: both visit the same places.
    void setWalkOrder(rnnlab::WalkOrder order);
    //! Puts the cursor somewhere (screenshots, tests); nullopt leaves the walk.
    void setCursor(const std::optional<rnnlab::StepCursor> &cursor);
    //! The next / previous time step in the walk's own order (forward: t+1 / t−1; back through
    //! time: t−1 / t+1), animating through the phases of the new one.
    void nextTimeStep();
    void previousTimeStep();
    //! → / ←: directions on screen, in both walks — later in time (right) / earlier (left).
    void laterTimeStep();
    void earlierTimeStep();
    //! Shift+→ / Shift+←: one phase.
    void nextPhase();
    void previousPhase();
    //! B: back through time from the last step; pressed again during that walk, one time step
    //! further back. Not on a test series (never trained on: the panel says so).
    void startBackward();
    //! Esc: leave the walk (the whole pass shown).
    void leave();
    //! The training step in its parts: each call shows the next part (forward, loss, backward,
    //! then the update, which asks the controller for the step).
    void nextPart();

signals:
    void cursorChanged(const std::optional<rnnlab::StepCursor> &cursor);
    //! The update part: take one training step now.
    void updateRequested();
    void partChanged(rnnlab::StepByHandPanel::Part part);
    void walkOrderChanged(rnnlab::WalkOrder order);

private:
    void animateTo(std::vector<StepCursor> phases);
    void refresh();
    SnapshotPtr m_snapshot;
    int m_textIndex = 0;
    std::optional<StepCursor> m_cursor;
    Part m_part = Part::None;
    std::vector<StepCursor> m_pending; // phases still to animate through
    QTimer *m_animation = nullptr;
    EquationView *m_equations = nullptr;
    GradientNormPlot *m_norms = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_parts = nullptr;
    QSpinBox *m_unit = nullptr;
    QPushButton *m_nextPart = nullptr;
    QComboBox *m_orderBox = nullptr;
    WalkOrder m_order = WalkOrder::TimeMajor;
};

} // namespace rnnlab
