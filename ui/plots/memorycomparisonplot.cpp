// SPDX-License-Identifier: MIT
#include "ui/plots/memorycomparisonplot.h"

#include "engine/memoryanalysis.h"
#include "ui/common/flowlayout.h"
#include "ui/common/modelstyle.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/memory/memorypicture.h"
#include "ui/teaching/symboltext.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace rnnlab {

namespace {

// A log axis cannot show 0: an exactly vanished influence (W_hh = 0) sits at this floor.
constexpr double floorValue = 1e-30;

QCPScatterStyle::ScatterShape shapeOf(ModelStyle::Marker marker)
{
    switch (marker) {
    case ModelStyle::Marker::Disc: return QCPScatterStyle::ssDisc;
    case ModelStyle::Marker::Square: return QCPScatterStyle::ssSquare;
    case ModelStyle::Marker::Triangle: return QCPScatterStyle::ssTriangle;
    }
    return QCPScatterStyle::ssDisc;
}

} // namespace

MemoryComparisonPlot::MemoryComparisonPlot(QWidget *parent)
    : PlotWidget(parent, /*logScale=*/true)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Above the axes (a legend that never covers a curve), wrapping when narrow: what is shown,
    // the step chooser, the models, the log switch.
    m_legend = new QWidget(this);
    auto *flow = new FlowLayout(m_legend, 6);
    flow->setContentsMargins(8, 4, 8, 0);
    // Short items: the flow is as narrow as its widest one, and compare mode's window must fit 1280 px.
    m_title = new QLabel(tr("How far back"), m_legend);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setToolTip(tr(
        "How far back a prediction looks. For the prediction at step t, how much each earlier input x<sub>s</sub> drives it: ‖∂ log "
        "p<sub>t</sub>(target) / ∂x<sub>s</sub>‖, the gradient of that step's log-probability of its target with "
        "respect to the one-hot input, carried back by each model's own BPTT. A plain RNN's usually falls decade by "
        "decade as s goes back; an LSTM or a GRU can learn to keep it."));
    flow->addWidget(m_title);
    auto *chooser = new QWidget(m_legend);
    auto *row = new QHBoxLayout(chooser);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *at = new QLabel(tr("step t ="), chooser);
    m_stepBox = new QSpinBox(chooser);
    m_stepBox->setRange(0, 1);
    m_stepBox->setSpecialValueText(tr("last"));
    m_stepBox->setToolTip(tr("The time step whose prediction is explained (last: the last step with a target)"));
    at->setBuddy(m_stepBox);
    row->addWidget(at);
    row->addWidget(m_stepBox);
    m_target = new QLabel(chooser);
    m_target->setToolTip(tr("What step t's prediction should say: its target"));
    row->addWidget(m_target);
    flow->addWidget(chooser);
    m_logBox = addLogScaleSwitch(
        m_legend, tr("Show the influence on a logarithmic axis: a fall by decades is a straight line"), 3);
    flow->addWidget(m_logBox);
    layout->addWidget(m_legend);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QCustomPlot *plot = createPlot(QSize(160, 120));
    connect(plot, &QCustomPlot::beforeReplot, this, &MemoryComparisonPlot::labelSteps);
    layout->addWidget(plot, 1);
    m_hint = addHint(QMargins(48, 8, 16, 40));
    plot->xAxis->setLabel(tr("input step s"));
    // The quantity itself, as the Memory tab's title writes it (the legend's tooltip explains it).
    plot->yAxis->setLabel(SymbolText::unicode(tr("‖∂ log p / ∂x_s‖")));

    connect(m_stepBox, &QSpinBox::valueChanged, this,
            [this](int value) { setStep(value == 0 ? std::nullopt : std::optional<int>(value - 1)); });
    applyTheme();
    setLogScale(true);
    requestReplot();
}

MemoryComparisonPlot::~MemoryComparisonPlot() = default;

std::vector<double> MemoryComparisonPlot::values(int index) const
{
    return index >= 0 && index < int(m_values.size()) ? m_values[static_cast<std::size_t>(index)]
                                                      : std::vector<double>{};
}

QString MemoryComparisonPlot::legendText(int index) const
{
    return index >= 0 && index < int(m_labels.size()) ? m_labels[static_cast<std::size_t>(index)]->text() : QString();
}

QString MemoryComparisonPlot::targetText() const
{
    return m_target->text();
}

void MemoryComparisonPlot::setSeries(const std::vector<Series> &series)
{
    m_series = series;
    QStringList names;
    for (const Series &s : series)
        names << s.name;
    if (names != m_names) {
        m_names = names;
        rebuildLegend();
    }
    m_dirty = true;
    requestReplot();
}

void MemoryComparisonPlot::setTextIndex(int index)
{
    if (index == m_text)
        return;
    m_text = index;
    m_dirty = true;
    requestReplot();
}

void MemoryComparisonPlot::setStep(std::optional<int> t)
{
    if (t == m_wantedStep)
        return;
    m_wantedStep = t;
    {
        const QSignalBlocker block(m_stepBox);
        m_stepBox->setValue(t ? *t + 1 : 0);
    }
    m_dirty = true;
    requestReplot();
}

void MemoryComparisonPlot::rebuildLegend()
{
    auto *flow = static_cast<FlowLayout *>(m_legend->layout());
    for (QWidget *entry : m_entries)
        delete entry;
    m_entries.clear();
    m_keys.clear();
    m_labels.clear();
    flow->removeWidget(m_logBox); // the log switch stays last
    for (const QString &name : m_names) {
        auto *entry = new QWidget(m_legend);
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(4, 0, 4, 0);
        row->setSpacing(4);
        auto *key = new QLabel(entry);
        auto *label = new QLabel(name, entry);
        row->addWidget(key);
        row->addWidget(label);
        flow->addWidget(entry);
        m_entries.push_back(entry);
        m_keys.push_back(key);
        m_labels.push_back(label);
    }
    flow->addWidget(m_logBox);
    applyPalette();
}

void MemoryComparisonPlot::applyPalette()
{
    plot()->setBackground(palette().brush(QPalette::Base));
    styleAxes({plot()->xAxis, plot()->yAxis});
    const bool dark = isDark();
    const int height = fontMetrics().height();
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        m_keys[i]->setPixmap(ModelStyle::of(int(i), dark).sample(34, height, devicePixelRatioF()));
    m_dirty = true; // the curves in the new colours
}

void MemoryComparisonPlot::fontChanged()
{
    applyPalette(); // the legend samples' height (the axes have the new font: PlotWidget)
}

void MemoryComparisonPlot::valueScaleChanged()
{
    m_dirty = true; // the floor of the log axis, or none
    requestReplot();
}

void MemoryComparisonPlot::prepareReplot()
{
    if (m_dirty)
        rebuild();
}

void MemoryComparisonPlot::rebuild()
{
    m_dirty = false;
    m_values.clear();
    while (!m_graphs.empty()) {
        plot()->removeGraph(m_graphs.back());
        m_graphs.pop_back();
    }
    QString problem;
    QString target;
    m_characters.clear();
    m_length = 0;
    // The text and the step: the models share their data (validateComparison), so the first
    // snapshot's sequences say it for all.
    const auto firstShown =
        std::find_if(m_series.begin(), m_series.end(), [](const Series &s) { return s.snapshot != nullptr; });
    std::optional<int> t;
    if (firstShown != m_series.end()) {
        const TrainingSnapshot &snapshot = *firstShown->snapshot;
        const auto &sequences = snapshot.trace.sequences;
        if (!sequences.empty()) {
            m_text = std::clamp(m_text, 0, int(sequences.size()) - 1);
            const SequenceTrace<float> &sequence = sequences[std::size_t(m_text)];
            m_length = sequence.length();
            for (int s = 0; s < m_length && !sequence.inputs.empty(); ++s)
                m_characters << visibleCharacter(snapshot.setup->vocabulary.character(sequence.inputs[std::size_t(s)]));
            if (sequence.inputs.empty())
                problem = tr("Real-valued inputs x_t have no one-hot input to trace back.");
        }
    }
    const bool dark = isDark();
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        std::vector<double> influence;
        const Series &series = m_series[i];
        if (series.snapshot && problem.isEmpty() && m_length > 0) {
            const TrainingSnapshot &snapshot = *series.snapshot;
            try {
                const MemoryAnalysis analysis(MemoryPicture::weightsShown(snapshot), *snapshot.setup->task);
                if (!t) {
                    // The step asked for, or the last one with a target (a classifier's last).
                    t = m_wantedStep ? std::clamp(*m_wantedStep, 0, m_length - 1) : m_length - 1;
                    while (!m_wantedStep && *t > 0 && !analysis.hasTarget(m_text, *t))
                        --*t;
                }
                if (analysis.hasTarget(m_text, *t)) {
                    influence = analysis.influence(m_text, *t);
                    if (target.isEmpty())
                        target = outputLabel(*snapshot.setup->task,
                                             snapshot.trace.sequences[std::size_t(m_text)].targets[std::size_t(*t)]);
                }
            } catch (const std::invalid_argument &error) {
                problem = QString::fromStdString(error.what());
            }
        }
        const ModelStyle style = ModelStyle::of(int(i), dark);
        QCPGraph *graph = plot()->addGraph();
        graph->setName(series.name);
        graph->setPen(QPen(style.color(), 2, style.penStyle()));
        QCPScatterStyle scatter(shapeOf(style.marker()), style.color(),
                                style.marker() == ModelStyle::Marker::Square ? 7 : 8);
        if (style.marker() == ModelStyle::Marker::Square) {
            scatter.setPen(QPen(style.color(), 1.5)); // an open square, as in the loss plot
        } else {
            scatter.setPen(QPen(style.color(), 1));
            scatter.setBrush(style.color());
        }
        graph->setScatterStyle(scatter);
        // About a dozen markers along a long text, every point's on a short one.
        graph->setScatterSkip(int(influence.size()) < 30 ? 0 : int(influence.size()) / 12);
        QVector<double> keys, values;
        for (std::size_t s = 0; s < influence.size(); ++s) {
            keys << double(s + 1); // the lecture's s = 1 … t
            values << (logScale() ? std::max(influence[s], floorValue) : influence[s]);
        }
        graph->setData(keys, values, true);
        m_graphs.push_back(graph);
        m_values.push_back(std::move(influence));
    }
    m_t = t.value_or(0);
    {
        const QSignalBlocker block(m_stepBox);
        m_stepBox->setMaximum(std::max(1, m_length));
        m_stepBox->setValue(m_wantedStep ? std::min(*m_wantedStep + 1, m_length) : 0);
    }
    const bool empty = std::all_of(m_values.begin(), m_values.end(), [](const auto &v) { return v.empty(); });
    if (!problem.isEmpty())
        m_hint->setText(SymbolText::unicode(problem));
    else if (m_series.empty() || firstShown == m_series.end())
        m_hint->setText(tr("No models yet."));
    else if (empty)
        m_hint->setText(tr("Step %1 has no target: nothing is predicted there.").arg(m_t + 1));
    m_hint->setVisible(empty);
    m_target->setText(empty || target.isEmpty() ? QString() : tr("→ ‘%1’").arg(target));
    updateRanges();
}

void MemoryComparisonPlot::labelSteps()
{
    // Each label is its step over its character ("12" over "a"); at 1280×800 the plot is about
    // 230 px wide, and 21 labels side by side ran together ("1011121314"). As many as fit, one
    // label's width and a letter's gap apart, the steps between them unlabelled.
    const int inputs = m_t + 1;
    const QFontMetrics metrics(plot()->xAxis->tickLabelFont());
    const int pitch = metrics.horizontalAdvance(QString::number(inputs)) + metrics.horizontalAdvance(QLatin1Char('M'));
    const int room = std::max(1, plot()->axisRect()->width());
    int every = 1;
    for (const int k : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        every = k;
        if ((inputs + k - 1) / k * pitch <= room)
            break;
    }
    // Counted back from the last input, the one next to the prediction: it is always labelled.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int s = inputs - 1; s >= 0; s -= every) {
        const QString character = s < m_characters.size() ? m_characters[s] : QString();
        ticker->addTick(
            s + 1, character.isEmpty() ? QString::number(s + 1) : QStringLiteral("%1\n%2").arg(s + 1).arg(character));
    }
    plot()->xAxis->setTicker(ticker);
}

void MemoryComparisonPlot::updateRanges()
{
    const int inputs = m_t + 1;
    labelSteps();
    plot()->xAxis->setRange(0.5, std::max(2, inputs) + 0.5);
    double lowest = 0.0;
    double highest = 0.0;
    for (const auto &values : m_values) {
        for (double v : values) {
            if (v > 0 && (lowest == 0.0 || v < lowest))
                lowest = v;
            highest = std::max(highest, v);
        }
    }
    if (logScale()) {
        // Whole decades around every value (a vanished one sits at the floor).
        const bool anyZero = std::any_of(m_values.begin(), m_values.end(), [](const auto &values) {
            return std::any_of(values.begin(), values.end(), [](double v) { return v <= 0; });
        });
        const double low = anyZero || lowest <= 0 ? floorValue : lowest;
        const double high = highest > 0 ? highest : 1.0;
        plot()->yAxis->setRange(std::pow(10.0, std::floor(std::log10(low))),
                                std::pow(10.0, std::ceil(std::log10(high) + 0.05)));
    } else {
        plot()->yAxis->setRange(0.0, highest > 0 ? highest * 1.08 : 1.0);
    }
}

} // namespace rnnlab
