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
    // The unit that colours the text below (units over text).
    m_unitChooser = new QSpinBox(this);
    m_unitChooser->setRange(1, 1);
    m_unitChooser->setToolTip(tr("The unit whose value colours the text below (drag over the text to rank them)"));
    controls->addWidget(m_unitChooser);
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
    connect(&m_timer, &QTimer::timeout, this, &MemoryView::recompute);
    connect(m_layer, &QComboBox::activated, this, [this](int index) { setLayer(index, m_state->currentIndex() == 1); });
    connect(m_state, &QComboBox::activated, this, [this](int index) { setLayer(m_layer->currentIndex(), index == 1); });
    m_influence->setPicture(&m_picture);
    m_path->setPicture(&m_picture);
    updateControls();
}

QWidget *MemoryView::createUnitsPane(QWidget *parent)
{
    auto *scroll = m_unitsScroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps instead
    m_units = new MemoryUnits(scroll);
    scroll->setWidget(m_units);
    connect(m_unitChooser, &QSpinBox::valueChanged, m_units, [this](int unit) { m_units->setUnit(unit - 1); });
    connect(m_units, &MemoryUnits::unitChanged, m_unitChooser, [this](int unit) { m_unitChooser->setValue(unit + 1); });
    return scroll;
}

MemoryView::~MemoryView() = default;

void MemoryView::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales)
{
    m_snapshot = snapshot;
    m_scales = scales;
    m_dirty = true;
    // Hidden: nothing but the pointer is kept. While training plays (~60 snapshots a second) the
    // analysis waits for its interval; a snapshot of a stopped run (the end of a run, a step by
    // hand, an edit, the timeline) is shown at once, so that what is on screen is never behind.
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
        recompute();
    else
        m_timer.start(int(recomputeInterval - since));
}

void MemoryView::recompute()
{
    if (!m_dirty || !m_snapshot || !isVisible())
        return;
    m_timer.stop();
    m_dirty = false;
    ++m_computations;
    m_sinceComputed.start();
    m_picture = MemoryPicture::of(*m_snapshot, m_textIndex, m_t, m_which);
    updateControls();
    m_influence->setPicture(&m_picture);
    m_path->setPicture(&m_picture);
    m_unitsPicture = UnitsPicture::of(*m_snapshot, m_textIndex, m_which);
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
    // The text's first characters stay in view; the rest scrolls (the handle above gives it more
    // room). No more than that: the tab widget's least height is its tallest page's, and more
    // would take numbers off the graph above in presentation mode (tst_readablegraph).
    m_unitsScroll->setMinimumHeight(m_units->leastHeight());
}

} // namespace rnnlab
