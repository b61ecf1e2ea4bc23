// SPDX-License-Identifier: MIT
#include "ui/teaching/stepbyhandpanel.h"

#include "ui/common/flowlayout.h"
#include "ui/plots/gradientnormplot.h"
#include "ui/teaching/equationmodel.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/symboltext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rnnlab {

namespace {
constexpr int phaseMilliseconds = 320; // a phase on screen while → animates through a time step
}

StepByHandPanel::StepByHandPanel(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);

    // The controls wrap onto a second line when the panel is narrow (a 1024-wide window): in one
    // row they forced their width on the window, more with each part "Step in parts" names.
    auto *controlRow = new QWidget(this);
    auto *controls = new FlowLayout(controlRow, 4);
    controls->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, controls](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(SymbolText::html(tip)); // "h_{t−1}" with a real subscript
        b->setAutoRaise(false);
        connect(b, &QToolButton::clicked, this, slot);
        controls->addWidget(b);
        return b;
    };
    button(QStringLiteral("◀◀"), tr("Earlier time step, to the left (←)"), &StepByHandPanel::earlierTimeStep);
    button(QStringLiteral("◀"), tr("Previous phase of the computation (Shift+←)"), &StepByHandPanel::previousPhase);
    button(QStringLiteral("▶"), tr("Next phase of the computation (Shift+→)"), &StepByHandPanel::nextPhase);
    button(QStringLiteral("▶▶"),
           tr("Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation "
              "squashes, p_t = softmax(y_t) picks a character (→)"),
           &StepByHandPanel::laterTimeStep);
    button(tr("Back through time"),
           tr("Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one "
              "time step further back)"),
           &StepByHandPanel::startBackward);
    button(tr("Done"), tr("Leave the walk: show the whole pass (Esc)"), &StepByHandPanel::leave);
    m_nextPart = new QPushButton(tr("Step in parts ▶"), this);
    m_nextPart->setToolTip(tr("One training step shown part by part: the forward pass column by column, the loss, "
                              "the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)"));
    connect(m_nextPart, &QPushButton::clicked, this, &StepByHandPanel::nextPart);
    controls->addWidget(m_nextPart);
    m_parts = new QLabel(this);
    controls->addWidget(m_parts);
    m_orderBox = new QComboBox(this);
    m_orderBox->addItem(tr("Time-major"), int(WalkOrder::TimeMajor));
    m_orderBox->addItem(tr("Layer-major"), int(WalkOrder::LayerMajor));
    m_orderBox->setToolTip(
        tr("The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the "
           "picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes "
           "it. The numbers are the same either way."));
    connect(m_orderBox, &QComboBox::activated, this,
            [this](int index) { setWalkOrder(WalkOrder(m_orderBox->itemData(index).toInt())); });
    controls->addWidget(m_orderBox);
    m_orderBox->hide(); // stacked layers only (setSnapshot)
    m_unit = new QSpinBox(this);
    m_unit->setPrefix(tr("unit h"));
    m_unit->setRange(1, 1);
    m_unit->setToolTip(
        tr("The hidden unit whose row the equations show when the matrices are too large to show whole"));
    controls->addWidget(m_unit);
    connect(m_unit, &QSpinBox::valueChanged, this, [this] { refresh(); });
    layout->addWidget(controlRow);

    m_phase = new QLabel(this); // the phase indicator, when the equations say nothing yet
    m_phase->setWordWrap(true);
    layout->addWidget(m_phase);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_equations = new EquationView(scroll);
    scroll->setWidget(m_equations);
    m_norms = new GradientNormPlot(split);
    split->addWidget(scroll);
    split->addWidget(m_norms);
    // The equations are the point; the norm plot keeps a modest column on the right.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({700, 260});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_animation->setInterval(phaseMilliseconds);
    connect(m_animation, &QTimer::timeout, this, [this] {
        if (m_pending.empty()) {
            m_animation->stop();
            if (m_part == Part::Forward || m_part == Part::Backward)
                refresh(); // the part is complete: the button offers the next one
            return;
        }
        m_cursor = m_pending.front();
        m_pending.erase(m_pending.begin());
        refresh();
    });
    refresh();
}

TimeStepWalker StepByHandPanel::walker() const
{
    if (!m_snapshot || m_snapshot->trace.sequences.empty())
        return TimeStepWalker(1, 1);
    const auto &sequence = m_snapshot->shownSequence(m_textIndex); // a test series' forward pass too
    const ModelConfig &model = m_snapshot->setup->session.model;
    if (isEncoderDecoder()) // the trace's first L layers are the encoder's, over the source
        return TimeStepWalker::encoderDecoder(int(sequence.layers.front().hidden.cols()), sequence.length(),
                                              model.numLayers, model.cell, m_order);
    return TimeStepWalker(sequence.length(), model.numLayers, model.cell, m_order,
                          outputHeadOf(*m_snapshot->setup->task));
}

bool StepByHandPanel::isEncoderDecoder() const
{
    return m_snapshot && m_snapshot->setup && m_snapshot->setup->task->kind() == TaskKind::Translate;
}

void StepByHandPanel::setWalkOrder(WalkOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    emit walkOrderChanged(order);
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(order)));
    if (!m_pending.empty()) // finish the animation in the old order's block
        setCursor(m_pending.back());
    refresh();
}

void StepByHandPanel::setSnapshot(const SnapshotPtr &snapshot)
{
    const bool newRun = !m_snapshot || !snapshot || snapshot->generation != m_snapshot->generation;
    m_snapshot = snapshot;
    if (newRun) {
        m_animation->stop();
        m_pending.clear();
        m_part = Part::None;
        if (m_cursor) {
            m_cursor.reset();
            emit cursorChanged(m_cursor);
        }
    }
    if (snapshot && snapshot->setup)
        m_unit->setRange(1, snapshot->setup->session.model.hiddenSize);
    // From rowLimit on the equations show the unit's row only (and a time series' W_hy a window
    // around it): which unit is the reader's choice.
    m_unit->setVisible(snapshot && snapshot->setup
                       && snapshot->setup->session.model.hiddenSize > EquationModel::rowLimit);
    m_orderBox->setVisible(snapshot && snapshot->setup && snapshot->setup->session.model.numLayers > 1);
    if (m_cursor) {
        // Keep the cursor inside a (possibly shorter) text, and to the phases of this cell.
        const TimeStepWalker w = walker();
        if (!w.contains(*m_cursor)) {
            m_cursor.reset();
            emit cursorChanged(m_cursor);
        }
    }
    refresh();
}

void StepByHandPanel::setTextIndex(int index)
{
    m_textIndex = index;
    setCursor(std::nullopt);
}

void StepByHandPanel::setCursor(const std::optional<StepCursor> &cursor)
{
    // Back through time on a test series (→ past its last loss, a saved walk, the graph): there
    // is none, and the walk says so where it stands rather than walking something else.
    if (cursor && cursor->isBackward() && walksTestSeries()) {
        startBackward();
        return;
    }
    m_animation->stop();
    m_pending.clear();
    m_cursor = cursor;
    refresh();
}

void StepByHandPanel::animateTo(std::vector<StepCursor> phases)
{
    m_animation->stop();
    m_pending = std::move(phases);
    if (!m_pending.empty() && m_pending.front().isBackward() && walksTestSeries()) {
        m_pending.clear();
        startBackward(); // says why there is no backward pass (and stays)
        return;
    }
    if (m_pending.empty()) {
        refresh();
        return;
    }
    m_cursor = m_pending.front();
    m_pending.erase(m_pending.begin());
    refresh();
    m_animation->start();
}

void StepByHandPanel::nextTimeStep()
{
    if (!m_snapshot)
        return;
    // Pressed again while animating: jump to the end of the time step.
    if (!m_pending.empty()) {
        setCursor(m_pending.back());
        return;
    }
    const TimeStepWalker w = walker();
    const bool backward = m_cursor && m_cursor->isBackward();
    std::optional<StepCursor> next = w.nextTimeStep(m_cursor, backward);
    if (!next)
        return;
    // Animate through the new step's phases, from its first one.
    animateTo(w.block(*next));
}

void StepByHandPanel::previousTimeStep()
{
    if (!m_cursor)
        return;
    const auto previous = walker().previousTimeStep(*m_cursor);
    if (previous)
        setCursor(previous);
}

void StepByHandPanel::laterTimeStep()
{
    // Back through time the walk's own order runs right to left: later in time is its previous step.
    if (m_cursor && m_cursor->isBackward())
        previousTimeStep();
    else
        nextTimeStep();
}

void StepByHandPanel::earlierTimeStep()
{
    if (m_cursor && m_cursor->isBackward())
        nextTimeStep();
    else
        previousTimeStep();
}

void StepByHandPanel::nextPhase()
{
    if (!m_snapshot)
        return;
    const TimeStepWalker w = walker();
    if (!m_cursor) {
        setCursor(w.forwardSequence().front());
        return;
    }
    if (auto next = w.nextPhase(*m_cursor))
        setCursor(next);
}

void StepByHandPanel::previousPhase()
{
    if (!m_cursor)
        return;
    if (auto previous = walker().previousPhase(*m_cursor))
        setCursor(previous);
}

bool StepByHandPanel::walksTestSeries() const
{
    return m_snapshot && m_snapshot->isTestSequence(m_textIndex);
}

void StepByHandPanel::startBackward()
{
    if (!m_snapshot)
        return;
    if (walksTestSeries()) { // never trained on: there is no backward pass to walk
        m_phase->setText(tr("A test series is never trained on: the walk shows its forward pass and squared "
                            "error only, no backward pass."));
        m_phase->show();
        return;
    }
    if (m_cursor && m_cursor->isBackward()) {
        nextTimeStep(); // already walking back: B continues, one time step further back
        return;
    }
    m_part = m_part == Part::Loss ? Part::Backward : m_part;
    const TimeStepWalker w = walker();
    animateTo(w.block(w.backwardStart()));
}

void StepByHandPanel::leave()
{
    m_part = Part::None;
    setCursor(std::nullopt);
}

void StepByHandPanel::nextPart()
{
    if (!m_snapshot)
        return;
    const TimeStepWalker w = walker();
    switch (m_part) {
    case Part::None:
    case Part::Update:
        // Forward: the whole pass, column by column (one time step per beat).
        m_part = Part::Forward;
        {
            std::vector<StepCursor> ends;
            if (w.isEncoderDecoder()) { // the encoder's columns, the context, then the decoder's
                for (int t = 0; t < w.sourceLength(); ++t)
                    ends.push_back({t, w.layers() - 1, Phase::Activation});
                ends.push_back({0, 2 * w.layers() - 1, Phase::Context});
            }
            for (int t = 0; t < w.timeSteps(); ++t)
                ends.push_back({t, w.outputLayer(), Phase::Loss});
            // The last column stops before its loss, the next part's (a time series has no prediction
            // phase: its y_t is the prediction).
            ends.back().phase = w.head() == OutputHead::Value ? Phase::Output : Phase::Prediction;
            animateTo(std::move(ends));
        }
        break;
    case Part::Forward:
        m_part = Part::Loss;
        setCursor(w.lastLoss());
        break;
    case Part::Loss:
        if (walksTestSeries()) // forward and loss only (the button says so)
            return;
        m_part = Part::Backward;
        {
            std::vector<StepCursor> back;
            const int decoder = w.isEncoderDecoder() ? w.layers() : 0; // the decoder's bottom layer
            for (int t = w.timeSteps() - 1; t >= 0; --t)
                back.push_back({t, decoder, Phase::BackwardPre});
            if (w.isEncoderDecoder()) { // across the context, then the encoder's columns
                back.push_back({0, w.layers(), Phase::BackwardContext});
                for (int t = w.sourceLength() - 1; t >= 0; --t)
                    back.push_back({t, 0, Phase::BackwardPre});
            }
            animateTo(std::move(back));
        }
        break;
    case Part::Backward:
        m_part = Part::Update;
        setCursor(std::nullopt);
        emit updateRequested();
        break;
    }
    emit partChanged(m_part);
    refresh();
}

void StepByHandPanel::refresh()
{
    emit cursorChanged(m_cursor);
    const QStringList names = {tr("forward"), tr("loss"), tr("backward"), tr("update")};
    QStringList shown;
    for (int i = 0; i < names.size(); ++i) {
        const bool current = int(m_part) == i + 1;
        shown << (current ? QStringLiteral("<b>[%1]</b>").arg(names[i]) : names[i]);
    }
    m_parts->setText(m_part == Part::None ? QString() : shown.join(QStringLiteral(" · ")));
    const bool animating = !m_pending.empty();
    m_nextPart->setText(m_part == Part::None || m_part == Part::Update ? tr("Step in parts ▶")
                            : m_part == Part::Forward                  ? tr("Next: the loss ▶")
                            : m_part == Part::Loss                     ? tr("Next: backward ▶")
                                                                       : tr("Next: the update ▶"));
    // A test series is never trained on: its parts end at its squared error.
    const bool endsAtLoss = walksTestSeries() && m_part == Part::Loss;
    if (endsAtLoss)
        m_nextPart->setText(tr("No backward: a test series"));
    m_nextPart->setEnabled(!animating && !endsAtLoss);
    if (!m_snapshot || !m_snapshot->setup || m_snapshot->trace.sequences.empty()) {
        m_phase->clear();
        m_equations->setEquation({});
        return;
    }
    m_norms->setSnapshot(m_snapshot);
    m_norms->setTextIndex(m_textIndex);
    if (!m_cursor) {
        m_phase->setText(tr("Press → to walk through a time step, B to go back through time, or “Step in parts” — "
                            "every number below comes from the same forward pass the graph shows."));
        m_phase->show();
        m_norms->setHighlightedStep(-1);
        m_norms->setVisible(!isEncoderDecoder()); // (its time axis is one stack's)
        m_equations->setEquation(
            EquationModel::build(*m_snapshot, m_textIndex, walker().lastLoss(), m_unit->value() - 1));
        return;
    }
    // The phase indicator is the equations' own caption now.
    m_phase->hide();
    m_norms->setHighlightedStep(m_cursor->isBackward() ? m_cursor->t : -1, m_cursor->layer);
    // Going forward the equations take the whole width; back through time the ‖dL/dh_t‖ plot
    // shows where the gradient fades.
    // (Not an encoder–decoder's yet: the plot has one time axis, the two stacks two.)
    m_norms->setVisible(m_cursor->isBackward() && !isEncoderDecoder());
    m_equations->setEquation(EquationModel::build(*m_snapshot, m_textIndex, *m_cursor, m_unit->value() - 1));
}

void StepByHandPanel::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

} // namespace rnnlab
