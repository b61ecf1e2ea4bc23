// SPDX-License-Identifier: MIT
#include "ui/memory/memoryview.h"

#include "ui/common/readernumber.h"
#include "ui/memory/memoryinfluence.h"
#include "ui/memory/memorypath.h"
#include "ui/memory/memoryunits.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/symboltext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace rnnlab {

MemoryView::MemoryView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *controls = new QHBoxLayout;
    // The two pages, as a pair of buttons: each view gets the whole tab (at 1280×800 the units
    // under the other two had room for one line of text).
    auto *pageButtons = new QButtonGroup(this);
    const auto pageButton = [&](const QString &text, const QString &tip, Page page) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        pageButtons->addButton(button);
        controls->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, page] { showPage(page); });
        return button;
    };
    m_toInfluence =
        pageButton(tr("How far back · the path"),
                   tr("How far back a prediction looks, beside the path of the hidden state"), Page::InfluenceAndPath);
    m_toUnits = pageButton(tr("Units over the text"),
                           tr("The text coloured by one unit, the likeliest next characters under it; drag over "
                              "the text to find the units that track that span"),
                           Page::Units);
    m_toInfluence->setChecked(true);
    controls->addSpacing(12);
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
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(splitter); // Page::InfluenceAndPath
    m_pages->addWidget(createUnitsPane(m_pages)); // Page::Units
    layout->addWidget(m_pages, 1);

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
    // tst_windowfit). It has the page's height, and scrolls.
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
    // The user's choice (the spin box, a ranked unit clicked) holds for the run; the view's own
    // (chooseUnit()) does not count as one.
    connect(m_units, &MemoryUnits::unitChanged, this, [this] {
        if (!m_choosingUnit && m_snapshot)
            m_unitChosenIn = m_snapshot->generation;
    });
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
    // One forward pass for both pictures (at H = 128 over 200 characters, half the analysis).
    const std::shared_ptr<const MemoryAnalysis> analysis = MemoryPicture::analysisOf(snapshot, which);
    return {MemoryPicture::of(snapshot, text, t, which, frozen, analysis.get()),
            UnitsPicture::of(snapshot, text, which, analysis.get())};
}

MemoryView::Page MemoryView::page() const
{
    return m_pages->currentIndex() == 1 ? Page::Units : Page::InfluenceAndPath;
}

void MemoryView::showPage(Page page)
{
    m_pages->setCurrentIndex(page == Page::Units ? 1 : 0);
    (page == Page::Units ? m_toUnits : m_toInfluence)->setChecked(true);
}

void MemoryView::reveal(QWidget *figure)
{
    if (figure == m_units)
        showPage(Page::Units);
    else if (figure == m_influence || figure == m_path)
        showPage(Page::InfluenceAndPath);
    // The Memory tab in its tab widget (the window's): its page is this view or holds it.
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(ancestor)) {
            for (QWidget *w = this; w && w != tabs; w = w->parentWidget()) {
                if (const int index = tabs->indexOf(w); index >= 0) {
                    tabs->setCurrentIndex(index);
                    break;
                }
            }
            break;
        }
    }
}

void MemoryView::chooseUnit()
{
    // Once per run, at its first picture (the tab computes only while shown: usually after some
    // training), so that the colours keep one meaning while the class plays the run or rewinds it.
    if (!m_snapshot || m_unitsPicture.hiddenSize() == 0 || m_unitChosenIn == m_snapshot->generation)
        return;
    m_unitChosenIn = m_snapshot->generation;
    m_choosingUnit = true;
    m_units->setUnit(m_unitsPicture.mostVariedUnit());
    m_choosingUnit = false;
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
    chooseUnit();
    updateUnitsControls();
    // A text longer than the room scrolls (the readability rule: never smaller characters); the
    // scroll area learns the new width now, and keeps the step explained in view.
    m_influence->setMinimumWidth(m_influence->minimumSizeHint().width());
    QEvent relayout(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &relayout);
    m_scroll->ensureVisible(int(m_influence->stepCentre(m_picture.t)), m_influence->height() / 2,
                            m_scroll->viewport()->width() / 4, 0);
}

QString MemoryView::influenceText(double value)
{
    // Four significant digits from 0.001 up, as the bars' labels; below, a power of ten (an RNN's
    // forgotten inputs reach 10⁻¹⁷, which fixed decimals would print as 0).
    if (value == 0.0 || std::abs(value) >= 1e-3)
        return EquationView::number(float(value), EquationView::decimalsFor(value));
    int exponent = int(std::floor(std::log10(std::abs(value))));
    double mantissa = std::round(10.0 * value / std::pow(10.0, exponent)) / 10.0;
    if (std::abs(mantissa) >= 10.0) { // 9.96 × 10⁻⁵ printed as 1.0 × 10⁻⁴
        mantissa /= 10.0;
        ++exponent;
    }
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString power;
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += superscripts[digit.digitValue()];
    return QStringLiteral("%1 × 10%2%3")
        .arg(ReaderNumber::fixed(mantissa, 1), exponent < 0 ? QStringLiteral("⁻") : QString(), power);
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
        // The question first, in words; then the quantity, and the bars' scale: the largest and
        // the first input's (what "forgotten" looks like: 10⁻¹⁷ draws no bar at all), the engine's
        // numbers as on hover.
        const auto largest = std::max_element(p.influence.begin(), p.influence.end());
        const int at = int(largest - p.influence.begin());
        QString title =
            tr("Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by "
               "‖∂ log p(‘%2’) / ∂x<sub>s</sub>‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)")
                .arg(p.t + 1)
                .arg(p.target.toHtmlEscaped())
                .arg(influenceText(*largest))
                .arg(at + 1)
                .arg(p.characters.value(at).toHtmlEscaped());
        if (at != 0)
            title += tr("; the first input, ‘%1’: %2")
                         .arg(p.characters.value(0).toHtmlEscaped(), influenceText(p.influence.front()));
        m_influenceTitle->setText(title);
    }
    // Edit ▸ What if W_hh = 0?: the numbers are of the network the graph shows, and say so first —
    // in words the numbers bear out: a plain RNN forgets everything, while an LSTM's c and a GRU's
    // z ⊙ h_{t−1} carry the past without W_hh.
    if (p.whatIfNoMemory) {
        const bool remembers = p.influence.size() > 1
            && std::any_of(p.influence.begin(), p.influence.end() - 1, [](double v) { return v > 0.0; });
        const QString prefix = !remembers ? tr("What if W_hh = 0? No memory — ")
            : p.hasCellState              ? tr("What if W_hh = 0? The cell state c still carries earlier inputs — ")
                             : tr("What if W_hh = 0? z ⊙ h<sub>t−1</sub> still carries earlier inputs — ");
        m_influenceTitle->setText(prefix + m_influenceTitle->text());
    }
    const QString symbol = p.cellState ? QStringLiteral("c") : QStringLiteral("h");
    const QString state = SymbolText::html(symbol + QStringLiteral("_t"));
    QString pathTitle = p.layers > 1 ? tr("The path of %1 of layer %2 (PCA of every step)").arg(state).arg(p.layer + 1)
                                     : tr("The path of %1 (PCA of every step)").arg(state);
    const int steps = int(p.characters.size());
    if (steps > MemoryPath::recentSteps) // MemoryPath draws these whole, the rest faded
        pathTitle += tr("; steps %1–%2 drawn whole").arg(std::max(p.t - MemoryPath::recentSteps + 2, 1)).arg(p.t + 1);
    m_pathTitle->setText(pathTitle);
}

void MemoryView::updateUnitsControls()
{
    const UnitsPicture &p = m_unitsPicture;
    m_unitChooser->setPrefix(tr("text by unit %1").arg(p.cellState ? QStringLiteral("c") : QStringLiteral("h")));
    m_unitChooser->setRange(1, std::max(p.hiddenSize(), 1));
    m_choosingUnit = true;
    m_unitChooser->setValue(m_units->unit() + 1);
    m_choosingUnit = false;
    m_unitChooser->setVisible(p.hiddenSize() > 0);
}

} // namespace rnnlab
