// SPDX-License-Identifier: MIT
#include "ui/matrices/matrixpanel.h"

#include "ui/common/colormap.h"
#include "ui/matrices/colorlegend.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/matrices/parameterlabelling.h"
#include "ui/teaching/symboltext.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

constexpr int columnSpacing = 8;
constexpr int rowSpacing = 12;

QString quantityOf(MatrixPanel::Mode mode)
{
    switch (mode) {
    case MatrixPanel::Mode::Weights: return QCoreApplication::translate("rnnlab::MatrixPanel", "weight");
    case MatrixPanel::Mode::Gradients:
        return QCoreApplication::translate("rnnlab::MatrixPanel", "gradient ∂L/∂w (last step)");
    case MatrixPanel::Mode::LastChange:
        return QCoreApplication::translate("rnnlab::MatrixPanel", "change Δw (last update)");
    }
    return QString();
}

QString legendCaption(MatrixPanel::Mode mode)
{
    switch (mode) {
    case MatrixPanel::Mode::Weights: return QCoreApplication::translate("rnnlab::MatrixPanel", "Weights");
    case MatrixPanel::Mode::Gradients: return QCoreApplication::translate("rnnlab::MatrixPanel", "Gradients ∂L/∂w");
    case MatrixPanel::Mode::LastChange: return QCoreApplication::translate("rnnlab::MatrixPanel", "Last change Δw");
    }
    return QString();
}

bool sameEdit(const WeightEdit &a, const WeightEdit &b)
{
    return a.step == b.step && a.tensor == b.tensor && a.index == b.index && a.before == b.before && a.after == b.after;
}

//! A recurrent stack's heading in an encoder–decoder: what it is, with its PyTorch attribute.
QString stackTitle(const std::string &name)
{
    if (name == "encoder")
        return QCoreApplication::translate("rnnlab::MatrixPanel", "Encoder (encoder): reads the source");
    if (name == "decoder")
        return QCoreApplication::translate("rnnlab::MatrixPanel",
                                           "Decoder (decoder): from the context, reads the previous target token");
    return QString::fromStdString(name);
}

} // namespace

MatrixPanel::MatrixPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4); // every pixel of a narrow dock goes to the cells

    // The mode toggle: three exclusive buttons that touch, like a segmented control.
    auto *toggle = new QHBoxLayout;
    toggle->setSpacing(0);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    const QString tips[] = {
        tr("The weights now, after the last update"),
        tr("dL/dw of the last training step: how the loss changes with each weight"),
        tr("What the last update changed: the new weight minus the old one"),
    };
    for (Mode mode : {Mode::Weights, Mode::Gradients, Mode::LastChange}) {
        auto *button = new QPushButton(modeName(mode), this);
        button->setCheckable(true);
        button->setChecked(mode == m_mode);
        button->setToolTip(tips[static_cast<int>(mode)]);
        m_modeGroup->addButton(button, static_cast<int>(mode));
        toggle->addWidget(button);
    }
    toggle->addStretch(1);
    layout->addLayout(toggle);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });

    m_legend = new ColorLegend(this);
    m_legend->setScale(m_scale, legendCaption(m_mode));
    layout->addWidget(m_legend);

    m_stack = new QStackedWidget(this);
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(2, 4, 2, 4);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(columnSpacing);
    m_grid->setVerticalSpacing(rowSpacing);
    m_grid->setColumnStretch(2, 1);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_stack->addWidget(m_scroll);

    m_placeholder = new QLabel(tr("No model yet"), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->setCurrentWidget(m_placeholder);
    m_legend->setVisible(false);
    layout->addWidget(m_stack, 1);
}

MatrixPanel::~MatrixPanel() = default;

QString MatrixPanel::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Weights: return tr("Weights");
    case Mode::Gradients: return tr("Gradients");
    case Mode::LastChange: return tr("Last change");
    }
    return QString();
}

std::vector<HeatmapWidget *> MatrixPanel::heatmaps() const
{
    std::vector<HeatmapWidget *> widgets;
    widgets.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        widgets.push_back(entry.widget);
    return widgets;
}

bool MatrixPanel::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString MatrixPanel::placeholderText() const
{
    return isShowingPlaceholder() ? m_placeholder->text() : QString();
}

bool MatrixPanel::isShowingNoOutputNote() const
{
    return m_noOutputNote != nullptr && !m_noOutputNote->isHidden();
}

QString MatrixPanel::noOutputNoteText() const
{
    return m_noOutputNote ? m_noOutputNote->text() : QString();
}

void MatrixPanel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (QAbstractButton *button = m_modeGroup->button(static_cast<int>(mode)))
        button->setChecked(true);
    const QString quantity = quantityOf(mode);
    for (const Entry &entry : m_entries)
        entry.widget->setQuantity(quantity);
    applyValues();
    emit modeChanged(mode);
}

void MatrixPanel::setSnapshot(rnnlab::SnapshotPtr snapshot)
{
    if (snapshot == m_snapshot)
        return;
    const ColorScales scales = snapshot ? ColorScales::of(*snapshot) : ColorScales();
    showSnapshot(snapshot, scales);
}

void MatrixPanel::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales)
{
    if (snapshot == m_snapshot)
        return;
    m_snapshot = snapshot;
    m_scales = scales;
    if (!m_snapshot || !m_snapshot->setup || !m_snapshot->setup->layout) {
        clearHeatmaps();
        m_setup.reset();
        applyValues();
        return;
    }
    if (m_snapshot->generation != m_generation || m_snapshot->setup != m_setup) {
        const RunSetup &setup = *m_snapshot->setup;
        const bool sameShapes = m_setup && *m_setup->layout == *setup.layout && !m_entries.empty();
        if (sameShapes)
            relabel(setup); // e.g. a reset with other texts of the same vocabulary size
        else
            rebuild(setup);
        m_generation = m_snapshot->generation;
        m_setup = m_snapshot->setup;
    }
    applyValues();
}

double MatrixPanel::shownScale() const
{
    switch (m_mode) {
    case Mode::Weights: return m_scales.parameters;
    case Mode::Gradients: return m_scales.gradients;
    case Mode::LastChange: return m_scales.update;
    }
    return 1.0;
}

const ParameterSet<float> *MatrixPanel::shownSet() const
{
    if (!m_snapshot)
        return nullptr;
    switch (m_mode) {
    case Mode::Weights: return &m_snapshot->weights;
    case Mode::Gradients: return &m_snapshot->lastGradients;
    case Mode::LastChange: return &m_snapshot->lastUpdate;
    }
    return nullptr;
}

void MatrixPanel::clearHeatmaps()
{
    for (const Entry &entry : m_entries) {
        delete entry.widget;
        delete entry.noMemoryCaption;
    }
    m_shownEdits.clear();
    for (QLabel *label : m_layerHeaders)
        delete label;
    delete m_noOutputNote;
    m_noOutputNote = nullptr;
    m_entries.clear();
    m_layerHeaders.clear();
    m_rows.clear();
}

void MatrixPanel::rebuild(const RunSetup &setup)
{
    // Hide the content while it is rebuilt, so the layout does not flicker through each step.
    m_content->setUpdatesEnabled(false);
    clearHeatmaps();

    const ParameterLayout &layout = *setup.layout;
    const int layers = layout.model().numLayers;
    const QString quantity = quantityOf(m_mode);
    int row = 0;
    const auto add = [&](int tensor, MatrixRole role, int column, int layer) {
        auto *widget = new HeatmapWidget(m_content);
        widget->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        widget->setIdentityColor(role == MatrixRole::Bias ? matrixColor(role) : matrixColor(role, layer, layers));
        widget->setQuantity(quantity);
        // A bias sits right of its matrix: no row labels of its own (the matrix's rows are beside
        // it), and a band as high as the matrix's column labels kept empty, so its rows line up
        // with the matrix's (updateCellSize sets its height).
        // Its length is the row count beside it: the "(4)" would only take width from the cells.
        widget->setShapeShown(role != MatrixRole::Bias);
        m_grid->addWidget(widget, row, column, Qt::AlignLeft | Qt::AlignTop);
        // Tab reaches the heatmaps right after the panel's own controls, in reading order (made
        // after the rest of the window, they would come last in the focus chain).
        QWidget::setTabOrder(m_entries.empty() ? static_cast<QWidget *>(m_scroll) : m_entries.back().widget, widget);
        m_entries.push_back({widget, tensor, nullptr});
        // Row-major element index, as TensorSpec stores it (a bias: its row).
        const int columns = layout.tensor(tensor).cols;
        connect(widget, &HeatmapWidget::cellEdited, this, [this, tensor, columns](int r, int c, float value) {
            emit editRequested(tensor, static_cast<qulonglong>(r) * static_cast<qulonglong>(columns) + c, value);
        });
        widget->setCellNotes([this, tensor](int r, int c) { return cellNotes(tensor, r, c); });
        return static_cast<int>(m_entries.size()) - 1;
    };
    const bool stacks = layout.stacks().size() > 1; // an encoder–decoder: each stack under its name
    const auto addHeader = [&](const QString &text) {
        auto *header = new QLabel(text, m_content);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        // Wrapped, not cut: an encoder–decoder's headings are longer than a narrow dock is wide.
        header->setWordWrap(true);
        m_grid->addWidget(header, row++, 0, 1, 2);
        m_layerHeaders.push_back(header);
    };
    for (const RecurrentBlock &stack : layout.stacks()) {
        for (int l = 0; l < layers; ++l) {
            if (stacks) {
                const QString name = stackTitle(stack.name);
                addHeader(layers > 1 ? tr("%1, layer %2").arg(name).arg(l + 1) : name);
            } else if (layers > 1) {
                addHeader(tr("Layer %1").arg(l + 1));
            }
            const int wxh = add(stack.weightIh(l), MatrixRole::InputToHidden, 0, l);
            const int bih = add(stack.biasIh(l), MatrixRole::Bias, 1, l);
            m_rows.emplace_back(wxh, bih);
            ++row;
            const int whh = add(stack.weightHh(l), MatrixRole::HiddenToHidden, 0, l);
            const int bhh = add(stack.biasHh(l), MatrixRole::Bias, 1, l);
            m_rows.emplace_back(whh, bhh);
            ++row;
            // Real subscripts (W with "hh" below), as the heatmap's own title.
            auto *caption = new QLabel(
                SymbolText::html(noMemoryCaption(matrixName(MatrixRole::HiddenToHidden, l, layers))), m_content);
            caption->setWordWrap(true);
            caption->setForegroundRole(QPalette::PlaceholderText);
            caption->hide(); // applyEditState() shows it
            m_grid->addWidget(caption, row++, 0, 1, 3);
            m_entries[static_cast<std::size_t>(whh)].noMemoryCaption = caption;
        }
    }
    if (layout.fcWeight() >= 0) {
        if (stacks)
            addHeader(tr("Output layer (fc)"));
        else if (layers > 1)
            addHeader(tr("Output layer"));
        const int why = add(layout.fcWeight(), MatrixRole::HiddenToOutput, 0, -1);
        const int by = add(layout.fcBias(), MatrixRole::Bias, 1, -1);
        m_rows.emplace_back(why, by);
    } else {
        m_noOutputNote = new QLabel(m_content); // the text: relabel()
        m_noOutputNote->setWordWrap(true);
        m_noOutputNote->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(m_noOutputNote, row, 0, 1, 3);
    }
    relabel(setup);
    m_content->setUpdatesEnabled(true);
}

void MatrixPanel::relabel(const RunSetup &setup)
{
    const ParameterLayout &layout = *setup.layout;
    const std::vector<ParameterLabelling> labelling = ParameterLabelling::of(setup);
    for (std::size_t e = 0; e < labelling.size() && e < m_entries.size(); ++e) {
        const Entry &entry = m_entries[e];
        const ParameterLabelling &labels = labelling[e];
        const TensorSpec &spec = layout.tensor(entry.tensor);
        // Zeros until applyValues() hands over the mode's values.
        entry.widget->setMatrix(labels.title, QString::fromStdString(spec.name),
                                RowMatrix<float>::Zero(spec.rows, spec.cols), labels.rows, labels.columns, m_scale);
        entry.widget->setDescriptions(labels.rowDescriptions, labels.columnDescriptions);
        entry.widget->setLabelsMayThin(labels.thinRows, labels.thinColumns);
    }
    if (m_noOutputNote)
        m_noOutputNote->setText(SymbolText::html(noOutputLayerNote(layout.model().cell, setup.vocabulary.size())));
    m_shownEdits.clear(); // setMatrix() dropped the heatmaps' marks
    updateCellSize();
}

void MatrixPanel::applyValues()
{
    const ParameterSet<float> *set = shownSet();
    if (!m_snapshot || m_entries.empty() || !set || set->isNull()) {
        m_placeholder->setText(m_entries.empty() ? tr("No model yet") : tr("No training step yet"));
        m_stack->setCurrentWidget(m_placeholder);
        m_legend->setVisible(false);
        applyEditState();
        return;
    }
    m_scale = shownScale();
    m_legend->setScale(m_scale, legendCaption(m_mode));
    m_legend->setVisible(true);
    for (const Entry &entry : m_entries)
        entry.widget->setValues(set->matrix(entry.tensor), m_scale);
    m_stack->setCurrentWidget(m_scroll);
    applyEditState();
}

bool MatrixPanel::isEditable() const
{
    return m_mode == Mode::Weights && m_snapshot && !m_entries.empty() && !m_snapshot->viewingHistory
        && !m_snapshot->weights.isNull();
}

QStringList MatrixPanel::noMemoryCaptions() const
{
    QStringList captions;
    for (const Entry &entry : m_entries) {
        if (entry.noMemoryCaption && !entry.noMemoryCaption->isHidden())
            captions.append(entry.noMemoryCaption->text());
    }
    return captions;
}

void MatrixPanel::applyEditState()
{
    // Called for every snapshot: only flags are compared and set here; nothing allocates unless
    // the edits changed.
    const bool weights = m_mode == Mode::Weights && m_snapshot && !m_entries.empty();
    const bool editable = isEditable();
    // Training still uses W_hh when the graph shows the network without it: faded, not hidden.
    const bool noMemory = weights && m_snapshot->whatIfNoMemory;
    for (const Entry &entry : m_entries) {
        entry.widget->setEditable(editable);
        entry.widget->setMuted(noMemory && entry.noMemoryCaption != nullptr);
        if (entry.noMemoryCaption)
            entry.noMemoryCaption->setVisible(noMemory);
    }
    updateMarks(weights);
}

void MatrixPanel::updateMarks(bool shown)
{
    // The edits that apply to the step shown: rewound to an earlier step, later edits did not
    // happen yet.
    const std::int64_t step = m_snapshot ? m_snapshot->stepsTaken : 0;
    std::size_t k = 0;
    bool same = true;
    if (shown) {
        for (const WeightEdit &edit : m_snapshot->edits) {
            if (edit.step > step)
                continue;
            if (k >= m_shownEdits.size() || !sameEdit(edit, m_shownEdits[k])) {
                same = false;
                break;
            }
            ++k;
        }
    }
    if (same && k == m_shownEdits.size())
        return;
    m_shownEdits.clear();
    if (shown) {
        for (const WeightEdit &edit : m_snapshot->edits) {
            if (edit.step <= step)
                m_shownEdits.push_back(edit);
        }
    }
    for (const Entry &entry : m_entries) {
        const int columns = std::max(entry.widget->columns(), 1);
        std::vector<QPoint> cells;
        for (const WeightEdit &edit : m_shownEdits) {
            if (edit.tensor != entry.tensor)
                continue;
            const QPoint cell(static_cast<int>(edit.index % static_cast<std::size_t>(columns)),
                              static_cast<int>(edit.index / static_cast<std::size_t>(columns)));
            if (std::find(cells.begin(), cells.end(), cell) == cells.end())
                cells.push_back(cell);
        }
        entry.widget->setMarkedCells(std::move(cells));
    }
}

QString MatrixPanel::cellNotes(int tensor, int row, int column) const
{
    if (!m_snapshot || !m_snapshot->setup || !m_snapshot->setup->layout)
        return QString();
    const ParameterLayout &layout = *m_snapshot->setup->layout;
    if (tensor < 0 || tensor >= layout.tensorCount())
        return QString();
    const TensorSpec &spec = layout.tensor(tensor);
    if (row < 0 || column < 0 || row >= spec.rows || column >= spec.cols)
        return QString();
    const std::size_t index =
        static_cast<std::size_t>(row) * static_cast<std::size_t>(spec.cols) + static_cast<std::size_t>(column);
    QStringList lines;
    switch (m_mode) {
    case Mode::Weights: {
        // The last step at which this entry was set by hand, and its value before the first edit
        // at that step (typing 0.5, then 0.7 at one step: "was" the value training had left).
        const WeightEdit *last = nullptr;
        const WeightEdit *firstOfStep = nullptr;
        for (const WeightEdit &edit : m_shownEdits) {
            if (edit.tensor != tensor || edit.index != index)
                continue;
            if (!last || edit.step != last->step)
                firstOfStep = &edit;
            last = &edit;
        }
        if (last)
            lines.append(editedCellNote(last->step, firstOfStep->before));
        if (m_snapshot->whatIfNoMemory && layout.tensor(tensor).role == TensorRole::WeightHh) {
            lines.append(tr("The graph computes with 0 here (what if there were no memory?); "
                            "training still uses this weight"));
        }
        if (m_snapshot->viewingHistory)
            lines.append(rewoundNote(m_snapshot->stepsTaken));
        break;
    }
    case Mode::LastChange:
        if (!m_snapshot->effectiveLearningRate.isNull() && m_snapshot->effectiveLearningRate.layout() == layout) {
            lines.append(effectiveLearningRateNote(m_snapshot->effectiveLearningRate.data(tensor)[index],
                                                   m_snapshot->setup->session.training.optimizer));
        }
        break;
    case Mode::Gradients: break;
    }
    return lines.join(u'\n');
}

void MatrixPanel::updateCellSize()
{
    if (m_rows.empty())
        return;
    // The room a row of heatmaps has: the scroll area minus its scroll bar (always reserved, so
    // that the bar appearing does not shrink the cells, which could make it disappear again).
    const QMargins margins = m_content->layout()->contentsMargins();
    const int available = m_stack->width() - margins.left() - margins.right()
        - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll) - 2;
    int cell = HeatmapLayout::maxCellSize;
    for (; cell > HeatmapLayout::minCellSize; --cell) {
        bool fits = true;
        for (const auto &[weight, bias] : m_rows) {
            const int width = m_entries[static_cast<std::size_t>(weight)].widget->layoutForCellSize(cell).size().width()
                + columnSpacing
                + m_entries[static_cast<std::size_t>(bias)].widget->layoutForCellSize(cell).size().width();
            if (width > available) {
                fits = false;
                break;
            }
        }
        if (fits)
            break;
    }
    m_cellSize = cell;
    for (const Entry &entry : m_entries)
        entry.widget->setCellSize(cell);
    // Headings wrap within the room seen, even where the heatmaps at their smallest scroll.
    // (The grid sizes rows by sizeHint, not by the wrapped height: that is set here.)
    for (QLabel *header : m_layerHeaders) {
        header->setMaximumWidth(std::max(80, available));
        header->setMinimumHeight(header->heightForWidth(std::max(80, available)));
    }
    // A bias keeps a band as high as its matrix's column labels (which turn or stagger in small
    // cells), so its rows stay beside the matrix's rows.
    for (const auto &[weight, bias] : m_rows) {
        const int band =
            m_entries[static_cast<std::size_t>(weight)].widget->layoutForCellSize(cell).margins().columnLabelHeight;
        m_entries[static_cast<std::size_t>(bias)].widget->setMinimumColumnLabelBand(band);
    }
}

void MatrixPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCellSize();
}

void MatrixPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateCellSize();
}

} // namespace rnnlab
