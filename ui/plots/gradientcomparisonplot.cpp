// SPDX-License-Identifier: MIT
#include "ui/plots/gradientcomparisonplot.h"

#include "ui/plots/gradientnorms.h"
#include "ui/plots/logaxis.h"
#include "ui/teaching/symboltext.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

// Told apart without colour too: a line style and a marker of its own per model.
constexpr Qt::PenStyle pens[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
constexpr QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare,
                                                    QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond};

} // namespace

GradientComparisonPlot::GradientComparisonPlot(QWidget *parent)
    : PlotWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel(tr("How much of the last step's gradient reaches h<sub>t</sub> (top layer)"), this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setContentsMargins(8, 4, 8, 0);
    m_title->setToolTip(tr(
        "‖∂loss<sub>n</sub>/∂h<sub>t</sub>‖ / ‖∂loss<sub>n</sub>/∂h<sub>n</sub>‖: the gradient of the last prediction's loss, carried "
        "back through time, as a share of what it is at the last step. A vanilla RNN multiplies it "
        "by W<sub>hh</sub>ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and "
        "a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps "
        "the cell state, an update gate z ≈ 1 keeps h — while the RNN's keeps vanishing. Try the RNN vs "
        "LSTM vs GRU preset: untrained, then after a few hundred steps."));
    layout->addWidget(m_title);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QCustomPlot *plot = createPlot(QSize(200, 120));
    layout->addWidget(plot, 1);
    m_hint = addHint(QMargins(48, 8, 16, 40));

    setStepAxis(plot->xAxis, tr("time step t"));
    // Short: the plot is about 140 px tall at 1280×800 ("share reaching hₜ" lost its end); the
    // title above says what it is a share of.
    plot->yAxis->setLabel(tr("gradient share"));
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    // Decades written in C (the plot's locale is the reader's): "1E-03" would not be drawn as 10⁻³.
    QSharedPointer<QCPAxisTickerLog> log = decadeTicker();
    log->setTickCount(4); // fifteen decades in a short plot: labels a few decades apart, not every other one
    plot->yAxis->setTicker(log);
    plot->yAxis->setNumberFormat(QStringLiteral("eb"));
    plot->yAxis->setNumberPrecision(0);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    applyTheme();
    requestReplot();
}

GradientComparisonPlot::~GradientComparisonPlot() = default;

std::vector<double> GradientComparisonPlot::values(int index) const
{
    return index >= 0 && index < int(m_values.size()) ? m_values[static_cast<std::size_t>(index)]
                                                      : std::vector<double>{};
}

void GradientComparisonPlot::setSeries(const std::vector<Series> &series)
{
    m_series = series;
    m_dirty = true;
    requestReplot();
}

void GradientComparisonPlot::setLegendShown(bool shown)
{
    if (plot()->legend->visible() == shown)
        return;
    plot()->legend->setVisible(shown);
    requestReplot();
}

void GradientComparisonPlot::applyPalette()
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    plot()->setBackground(pal.brush(QPalette::Base));
    // QCustomPlot's own zero line stays: the time axis' t = 0.
    styleAxes({plot()->xAxis, plot()->yAxis}, ZeroLine::Shown);
    QColor legendBack = pal.color(QPalette::Base);
    legendBack.setAlphaF(0.85f);
    plot()->legend->setBrush(legendBack);
    plot()->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
    plot()->legend->setTextColor(text);
    m_dirty = true; // the curves in the new colours
}

void GradientComparisonPlot::prepareReplot()
{
    if (m_dirty)
        rebuild();
}

void GradientComparisonPlot::rebuild()
{
    m_dirty = false;
    m_values.clear();
    while (!m_graphs.empty()) {
        plot()->removeGraph(m_graphs.back());
        m_graphs.pop_back();
    }
    double lowest = 1.0;
    int longest = 1;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series[i];
        std::vector<double> share;
        if (s.snapshot && !s.snapshot->trace.sequences.empty())
            share = reachingShare(s.snapshot->trace.sequences.front(), s.snapshot->trace.hasLastLossGradients);
        QCPGraph *graph = plot()->addGraph();
        graph->setName(s.name);
        QPen pen(s.colour, 2, pens[i % std::size(pens)]);
        graph->setPen(pen);
        const bool markers = share.size() <= 60;
        QCPScatterStyle marker(shapes[i % std::size(shapes)], s.colour, 6);
        marker.setPen(QPen(s.colour, 1.5));
        graph->setScatterStyle(markers ? marker : QCPScatterStyle());
        QVector<double> keys, values;
        for (std::size_t t = 0; t < share.size(); ++t) {
            // A log axis cannot show 0: an exactly vanished gradient sits at the floor (1e-30).
            const double v = std::max(share[t], 1e-30);
            keys << double(t + 1); // the lecture's t = 1 … n
            values << v;
            lowest = std::min(lowest, v);
        }
        graph->setData(keys, values, true);
        longest = std::max(longest, int(share.size()));
        m_graphs.push_back(graph);
        m_values.push_back(std::move(share));
    }
    const bool empty = std::all_of(m_values.begin(), m_values.end(), [](const auto &v) { return v.empty(); });
    m_hint->setText(empty ? tr("No gradients yet: the models' first forward and backward pass shows them.")
                          : QString());
    m_hint->setVisible(empty);
    plot()->xAxis->setRange(0.5, std::max(2, longest) + 0.5);
    // Whole decades, from the lowest share up to 1 (and a little room above it).
    const double floor = std::pow(10.0, std::floor(std::log10(std::max(lowest, 1e-30))));
    plot()->yAxis->setRange(std::min(floor, 0.1), 3.0);
}

} // namespace rnnlab
