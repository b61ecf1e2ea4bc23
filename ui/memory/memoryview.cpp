// SPDX-License-Identifier: MIT
#include "ui/memory/memoryview.h"

#include "ui/memory/memoryinfluence.h"
#include "ui/memory/memorypath.h"
#include "ui/memory/memoryunits.h"
#include "ui/teaching/symboltext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rnnlab {

MemoryView::MemoryView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *controls = new QHBoxLayout;
    m_statesOf = new QLabel(tr("States of"), this);
    controls->addWidget(m_statesOf);
    m_layer = new QComboBox(this);
    m_layer->setToolTip(tr("The layer whose states the path shows (the prediction's influence does not depend on it)"));
    controls->addWidget(m_layer);
    m_state = new QComboBox(this);
    m_state->addItems({tr("h (hidden state)"), tr("c (cell state)")});
    m_state->setToolTip(tr("An LSTM's hidden state h or its cell state c"));
    controls->addWidget(m_state);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    controls->addWidget(m_problem, 1);
    controls->addStretch(0);
    layout->addLayout(controls);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_influenceTitle = new QLabel(left);
    m_influenceTitle->setWordWrap(true);
    m_influenceTitle->setTextFormat(Qt::RichText);
    leftLayout->addWidget(m_influenceTitle);
    m_scroll = new QScrollArea(left);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_influence = new MemoryInfluence(m_scroll);
    m_scroll->setWidget(m_influence);
    leftLayout->addWidget(m_scroll, 1);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_pathTitle = new QLabel(right);
    m_pathTitle->setWordWrap(true);
    m_pathTitle->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_pathTitle);
    m_path = new MemoryPath(right);
    rightLayout->addWidget(m_path, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // Under the two views, one unit over the text; the handle between them gives either more room.
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(splitter);
    rows->addWidget(createUnitsPane(rows));
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 1);
    rows->setChildrenCollapsible(false);
    layout->addWidget(rows, 1);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { recompute(true); });
    connect(&m_analysis, &QFutureWatcher<Pictures>::finished, this, [this] {
        // Only the newest analysis is shown: one the walk or the layer overtook is dropped.
        if (m_analysisGeneration == m_generation)
            showPictures(m_analysis.result());
        recomputeSoon();
    });
    connect(m_layer, &QComboBox::activated, this, [this](int index) { setLayer(index, m_state->currentIndex() == 1); });
    connect(m_state, &QComboBox::activated, this, [this](int index) { setLayer(m_layer->currentIndex(), index == 1); });
    m_influence->setPicture(&m_picture);
    m_path->setPicture(&m_picture);
    connect(m_path, &MemoryPath::freezeToggled, this, &MemoryView::setAxesFrozen);
    updateControls();
}

QWidget *MemoryView::createUnitsPane(QWidget *parent)
{
    // The pane asks for no height of its own: the tab widget's least height is its tallest page's,
    // and a row more here took numbers off the graph above in presentation mode (tst_readablegraph,
    // tst_windowfit). It gets what the two views above leave, and scrolls; the splitter's handle
    // gives it more room.
    auto *pane = new QWidget(parent);
    pane->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    auto *chooserRow = new QHBoxLayout;
    // The unit that colours the text below (units over text).
    m_unitChooser = new QSpinBox(pane);
    m_unitChooser->setRange(1, 1);
    m_unitChooser->setToolTip(tr("The unit whose value colours the text below (drag over the text to rank them)"));
    chooserRow->addWidget(m_unitChooser);
    chooserRow->addStretch(1);
    column->addLayout(chooserRow);
    auto *scroll = m_unitsScroll = new QScrollArea(pane);
    column->addWidget(scroll, 1);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps instead
    m_units = new MemoryUnits(scroll);
    scroll->setWidget(m_units);
    connect(m_unitChooser, &QSpinBox::valueChanged, m_units, [this](int unit) { m_units->setUnit(unit - 1); });
    connect(m_units, &MemoryUnits::unitChanged, m_unitChooser, [this](int unit) { m_unitChooser->setValue(unit + 1); });
    return pane;
}

MemoryView::~MemoryView()
{
    // The analysis holds its own snapshot, never this view; waiting keeps a closing window's
    // thread pool from outliving what it computes for.
    m_analysis.waitForFinished();
}

void MemoryView::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales)
{
    m_snapshot = snapshot;
    m_scales = scales;
    m_dirty = true;
    // Hidden: nothing but the pointer is kept. While training plays (~60 snapshots a second) the
    // analysis waits for its interval; a snapshot of a stopped run (the end of a run, a step by
    // hand, an edit, the timeline) is shown at once, so that what is on screen is never behind.
    // While playing, the analysis runs on a pool thread: at H = 128 over 200 characters it takes
    // 15–30 ms, which on the UI thread would make the window late (issue 17's acceptance 3).
    if (snapshot->playing)
        recomputeSoon();
    else
        recompute();
}

void MemoryView::setTextIndex(int index)
{
    if (index == m_textIndex)
        return;
    m_textIndex = index;
    m_dirty = true;
    recompute();
}

void MemoryView::setStepCursor(const std::optional<rnnlab::StepCursor> &cursor)
{
    const std::optional<int> t = cursor ? std::optional<int>(cursor->t) : std::nullopt;
    if (t == m_t)
        return;
    m_t = t;
    m_dirty = true;
    recompute();
}

void MemoryView::setLayer(int layer, bool cellState)
{
    if (layer == m_which.layer && cellState == m_which.cellState)
        return;
    m_which = {layer, cellState};
    m_dirty = true;
    recompute();
}

void MemoryView::setAxesFrozen(bool frozen)
{
    if (frozen == m_frozen.has_value())
        return;
    if (frozen && m_picture.points.rows() == 0) {
        m_path->setPicture(&m_picture); // nothing to freeze: the switch goes back
        return;
    }
    if (frozen)
        m_frozen = m_picture.axes; // the axes on screen, of the snapshot they were computed for
    else
        m_frozen.reset();
    m_dirty = true;
    recompute();
    m_path->setPicture(&m_picture);
}

void MemoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    recompute();
}

void MemoryView::recomputeSoon()
{
    if (!isVisible() || m_timer.isActive())
        return;
    const qint64 since = m_sinceComputed.isValid() ? m_sinceComputed.elapsed() : recomputeInterval;
    if (since >= recomputeInterval)
        recompute(true);
    else
        m_timer.start(int(recomputeInterval - since));
}

void MemoryView::recompute(bool inBackground)
{
    if (!m_dirty || !m_snapshot || !isVisible())
        return;
    if (inBackground && m_analysis.isRunning())
        return; // when it lands, the newest snapshot is analysed
    m_timer.stop();
    m_dirty = false;
    ++m_computations;
    m_sinceComputed.start();
    const int generation = ++m_generation;
    const MemoryPicture::Axes *frozen = m_frozen ? &*m_frozen : nullptr;
    if (!inBackground) {
        showPictures(analyse(*m_snapshot, m_textIndex, m_t, m_which, frozen));
        return;
    }
    // Everything the analysis reads is copied or immutable (a snapshot is never changed once
    // published), so it needs no lock.
    m_analysisGeneration = generation;
    m_analysis.setFuture(
        QtConcurrent::run([snapshot = m_snapshot, text = m_textIndex, t = m_t, which = m_which, axes = m_frozen] {
            return analyse(*snapshot, text, t, which, axes ? &*axes : nullptr);
        }));
}

MemoryView::Pictures MemoryView::analyse(const TrainingSnapshot &snapshot, int text, std::optional<int> t,
                                         MemoryLayer which, const MemoryPicture::Axes *frozen)
{
    return {MemoryPicture::of(snapshot, text, t, which, frozen), UnitsPicture::of(snapshot, text, which)};
}

void MemoryView::showPictures(Pictures pictures)
{
    m_picture = std::move(pictures.memory);
    if (m_frozen && !m_picture.axes.frozen)
        m_frozen.reset(); // another run, layer or state: the frozen axes no longer apply
    updateControls();
    m_influence->setPicture(&m_picture);
    m_path->setPicture(&m_picture);
    m_unitsPicture = std::move(pictures.units);
    m_units->setPicture(&m_unitsPicture, m_unitsPicture.cellState ? m_scales.cell : m_scales.hidden);
    updateUnitsControls();
    // A text longer than the room scrolls (the readability rule: never smaller characters); the
    // scroll area learns the new width now, and keeps the step explained in view.
    m_influence->setMinimumWidth(m_influence->minimumSizeHint().width());
    QEvent relayout(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &relayout);
    m_scroll->ensureVisible(int(m_influence->stepCentre(m_picture.t)), m_influence->height() / 2,
                            m_scroll->viewport()->width() / 4, 0);
}

void MemoryView::updateControls()
{
    const MemoryPicture &p = m_picture;
    if (m_layer->count() != p.layers) {
        m_layer->clear();
        for (int layer = 0; layer < p.layers; ++layer)
            m_layer->addItem(tr("layer %1").arg(layer + 1));
    }
    m_layer->setCurrentIndex(p.layer);
    m_layer->setVisible(p.layers > 1);
    m_state->setCurrentIndex(p.cellState ? 1 : 0);
    m_state->setVisible(p.hasCellState);
    m_statesOf->setVisible(p.layers > 1 || p.hasCellState);
    m_problem->setText(p.problem);
    m_problem->setVisible(!p.problem.isEmpty());
    if (p.characters.isEmpty()) {
        m_influenceTitle->setText(tr("How far back a prediction looks"));
    } else if (p.influence.empty()) {
        m_influenceTitle->setText(tr("How far back a prediction looks: step %1 has no target").arg(p.t + 1));
    } else {
        m_influenceTitle->setText(
            tr("How far back step %1’s prediction of ‘%2’ looks: ‖∂ log p(‘%2’) / ∂x<sub>s</sub>‖ "
               "of each input (darker, taller: more influence)")
                .arg(p.t + 1)
                .arg(p.target.toHtmlEscaped()));
    }
    // Edit ▸ What if W_hh = 0?: the numbers are of the network the graph shows, and say so first.
    if (p.whatIfNoMemory)
        m_influenceTitle->setText(tr("What if W_hh = 0? No memory — ") + m_influenceTitle->text());
    const QString symbol = p.cellState ? QStringLiteral("c") : QStringLiteral("h");
    const QString state = SymbolText::html(symbol + QStringLiteral("_t"));
    m_pathTitle->setText(p.layers > 1 ? tr("The path of %1 of layer %2 (PCA of every step)").arg(state).arg(p.layer + 1)
                                      : tr("The path of %1 (PCA of every step)").arg(state));
}

void MemoryView::updateUnitsControls()
{
    const UnitsPicture &p = m_unitsPicture;
    m_unitChooser->setPrefix(tr("text by unit %1").arg(p.cellState ? QStringLiteral("c") : QStringLiteral("h")));
    m_unitChooser->setRange(1, std::max(p.hiddenSize(), 1));
    m_unitChooser->setValue(m_units->unit() + 1);
    m_unitChooser->setVisible(p.hiddenSize() > 0);
}

} // namespace rnnlab
