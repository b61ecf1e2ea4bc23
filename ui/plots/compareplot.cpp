// SPDX-License-Identifier: MIT
#include "ui/plots/compareplot.h"

#include "ui/common/flowlayout.h"
#include "ui/common/modelstyle.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

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

ComparePlot::ComparePlot(Quantity quantity, QWidget *parent)
    : PlotWidget(parent)
    , m_quantity(quantity)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The legend: Qt widgets above the axes (as LossPlot's), so that it never covers a curve; in a
    // flow that wraps onto a second line rather than widening the window.
    m_legend = new QWidget(this);
    auto *flow = new FlowLayout(m_legend, 6);
    flow->setContentsMargins(8, 4, 8, 0);
    m_title = new QLabel(quantity == Quantity::Loss ? tr("Loss") : tr("Correct characters"), m_legend);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    flow->addWidget(m_title);
    if (quantity == Quantity::Loss) {
        m_logBox = addLogScaleSwitch(
            m_legend,
            tr("Show the loss on a logarithmic axis: late, small differences between the models stay visible"), 4);
        flow->addWidget(m_logBox);
    }
    layout->addWidget(m_legend);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QCustomPlot *plot = createPlot(QSize(200, 120));
    // Polylines instead of QCustomPlot's segment-by-segment lines: two 2 px curves per plot, three
    // models, 30 replots a second — the stroking was the plots' largest cost on the UI thread.
    plot->setPlottingHint(QCP::phFastPolylines, true);
    layout->addWidget(plot, 1);

    setStepAxis(plot->xAxis, tr("training step"));
    if (quantity == Quantity::Accuracy)
        setPercentAxis(plot->yAxis, tr("correct (%)"));
    else
        plot->yAxis->setLabel(tr("loss"));

    m_replotTimer.setSingleShot(true);
    connect(&m_replotTimer, &QTimer::timeout, this, &ComparePlot::replotNow);
    applyTheme();
    setLogScale(false);
    updateRanges();
}

ComparePlot::~ComparePlot() = default;

void ComparePlot::setModels(const QStringList &labels)
{
    for (Curve &curve : m_curves) {
        plot()->removeGraph(curve.graph);
        delete curve.entry;
    }
    m_curves.clear();
    auto *flow = static_cast<FlowLayout *>(m_legend->layout());
    // The log toggle stays last: take it out while the entries go in.
    if (m_logBox)
        flow->removeWidget(m_logBox);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        Curve curve;
        curve.graph = plot()->addGraph();
        curve.graph->setName(labels[i]);
        curve.graph->setAdaptiveSampling(true); // what keeps 10^6 points fast
        curve.entry = new QWidget(m_legend);
        auto *row = new QHBoxLayout(curve.entry);
        row->setContentsMargins(4, 0, 4, 0);
        row->setSpacing(4);
        curve.key = new QLabel(curve.entry);
        curve.label = new QLabel(labels[i], curve.entry);
        row->addWidget(curve.key);
        row->addWidget(curve.label);
        flow->addWidget(curve.entry);
        m_curves.push_back(curve);
    }
    if (m_logBox)
        flow->addWidget(m_logBox);
    applyPalette();
    updateRanges();
    requestReplot();
}

int ComparePlot::pointCount(int model) const
{
    return model >= 0 && model < curveCount() ? m_curves[static_cast<std::size_t>(model)].graph->dataCount() : 0;
}

double ComparePlot::valueAt(int model, double step) const
{
    if (model < 0 || model >= curveCount())
        return std::numeric_limits<double>::quiet_NaN();
    const auto data = m_curves[static_cast<std::size_t>(model)].graph->data();
    const auto it = data->findBegin(step, false);
    return it != data->constEnd() && it->key == step ? it->value : std::numeric_limits<double>::quiet_NaN();
}

std::pair<double, double> ComparePlot::stepRange() const
{
    return {plot()->xAxis->range().lower, plot()->xAxis->range().upper};
}

std::pair<double, double> ComparePlot::valueRange() const
{
    return {plot()->yAxis->range().lower, plot()->yAxis->range().upper};
}

bool ComparePlot::markersShown(int model) const
{
    return model >= 0 && model < curveCount()
        && m_curves[static_cast<std::size_t>(model)].graph->scatterStyle().shape() != QCPScatterStyle::ssNone;
}

int ComparePlot::markerSkip(int model) const
{
    return model >= 0 && model < curveCount() ? m_curves[static_cast<std::size_t>(model)].graph->scatterSkip() : 0;
}

QString ComparePlot::legendText(int model) const
{
    return model >= 0 && model < curveCount() ? m_curves[static_cast<std::size_t>(model)].label->text() : QString();
}

void ComparePlot::applyPalette()
{
    plot()->setBackground(palette().brush(QPalette::Base));
    styleAxes({plot()->xAxis, plot()->yAxis});
    const bool dark = isDark();
    const int height = fontMetrics().height();
    for (std::size_t i = 0; i < m_curves.size(); ++i) {
        const ModelStyle style = ModelStyle::of(int(i), dark);
        m_curves[i].graph->setPen(QPen(style.color(), 2, style.penStyle()));
        m_curves[i].key->setPixmap(style.sample(34, height, devicePixelRatioF()));
        updateMarkers(m_curves[i], int(i));
    }
}

void ComparePlot::updateMarkers(Curve &curve, int index)
{
    const int points = curve.graph->dataCount();
    if (points == 0) {
        curve.graph->setScatterStyle(QCPScatterStyle());
        return;
    }
    const ModelStyle style = ModelStyle::of(index, isDark());
    QCPScatterStyle scatter(shapeOf(style.marker()), style.color(),
                            style.marker() == ModelStyle::Marker::Square ? 7 : 8);
    if (style.marker() == ModelStyle::Marker::Square) {
        scatter.setPen(QPen(style.color(), 1.5)); // open square, solid outline on a dashed curve
    } else {
        scatter.setPen(QPen(style.color(), 1));
        scatter.setBrush(style.color());
    }
    curve.graph->setScatterStyle(scatter);
    // About a dozen markers along a long curve, every point's on a short one.
    curve.graph->setScatterSkip(points < markerLimit ? 0 : points / 12);
}

void ComparePlot::valueScaleChanged()
{
    updateRanges();
    requestReplot();
}

void ComparePlot::appendNew(Curve &curve, const TrainingSnapshot &snapshot, bool &changed)
{
    const History &history = snapshot.history;
    const std::int64_t size = history.size();
    // A new generation starts the curve afresh; so does a history that no longer extends it.
    const bool restart = !curve.hasGeneration || snapshot.generation != curve.generation || size < curve.added
        || (curve.added > 0 && history.at(curve.added - 1).step != curve.lastStep);
    if (restart) {
        changed = changed || curve.added > 0 || !curve.hasGeneration;
        curve.graph->data()->clear();
        curve.extent.clear();
        curve.added = 0;
        curve.lastStep = 0;
        curve.hasGeneration = true;
        curve.generation = snapshot.generation;
    }
    if (size <= curve.added)
        return;
    QVector<QCPGraphData> points;
    points.reserve(static_cast<qsizetype>(size - curve.added));
    for (std::int64_t i = curve.added; i < size; ++i) {
        const HistoryEntry &entry = history.at(i);
        const double value = m_quantity == Quantity::Loss ? double(entry.loss) : 100.0 * entry.accuracy;
        points.append(QCPGraphData(static_cast<double>(entry.step), value));
        curve.extent.add(value);
    }
    curve.graph->data()->add(points, /*alreadySorted=*/true);
    curve.added = size;
    curve.lastStep = history.at(size - 1).step;
    changed = true;
}

void ComparePlot::setSnapshots(const std::vector<SnapshotPtr> &snapshots)
{
    bool changed = false;
    for (std::size_t i = 0; i < snapshots.size() && i < m_curves.size(); ++i) {
        if (!snapshots[i])
            continue;
        const int before = m_curves[i].graph->dataCount();
        appendNew(m_curves[i], *snapshots[i], changed);
        if (m_curves[i].graph->dataCount() != before)
            updateMarkers(m_curves[i], int(i));
    }
    if (!changed)
        return;
    updateRanges();
    requestReplot();
}

void ComparePlot::updateRanges()
{
    std::int64_t last = 0;
    int points = 0;
    SeriesExtent extent;
    for (const Curve &curve : m_curves) {
        last = std::max(last, curve.lastStep);
        points = std::max(points, curve.graph->dataCount());
        if (!curve.extent.isEmpty()) {
            extent.add(curve.extent.min());
            extent.add(curve.extent.max());
            if (curve.extent.hasPositive())
                extent.add(curve.extent.minPositive());
        }
    }
    // With markers on every point, room after the last one so that its marker is not cut in half.
    const double pad = points > 0 && points < markerLimit ? std::max(0.5, 0.03 * double(last)) : 0.0;
    plot()->xAxis->setRange(0.0, std::max(double(last) + pad, 1.0));
    if (m_quantity == Quantity::Loss) {
        const auto [lower, upper] = extent.axisRange(logScale());
        plot()->yAxis->setRange(lower, upper);
    }
}

void ComparePlot::replotShown()
{
    if (m_replotTimer.isActive())
        return; // merged into the replot already due
    const qint64 since = m_sinceReplot.isValid() ? m_sinceReplot.elapsed() : minReplotInterval;
    if (since >= minReplotInterval)
        replotNow();
    else
        m_replotTimer.start(int(minReplotInterval - since));
}

void ComparePlot::replotNow()
{
    if (!plot()->isVisible()) {
        requestReplot(); // when it is shown
        return;
    }
    m_sinceReplot.start();
    replot();
}

void ComparePlot::fontChanged()
{
    applyPalette(); // the legend samples' height (the axes have the new font: PlotWidget)
}

} // namespace rnnlab
