// SPDX-License-Identifier: MIT
#include "ui/plots/gradientnormplot.h"

#include "engine/mseloss.h"
#include "ui/common/readernumber.h"

#include "ui/common/colormap.h"
#include "ui/common/flowlayout.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/plots/gradientnorms.h"
#include "ui/teaching/symboltext.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

//! The count L's mean divides by: the N scored steps, or a time series' N·D values (MSELoss).
qint64 meanCount(const rnnlab::TrainingSnapshot &snapshot)
{
    const bool values = snapshot.setup && snapshot.setup->task->outputKind() == rnnlab::OutputKind::Value;
    return values ? qint64(rnnlab::MSELoss::valueCount(snapshot.trace)) : qint64(snapshot.trace.targetCount);
}

} // namespace

namespace rnnlab {

namespace {

// One look per layer (up to limits::maxLayers = 8): Okabe-Ito colours, and a line style and a
// marker shape of its own, so the layers are told apart in greyscale and by the colour-blind too.
struct LayerLook
{
    QColor light; // on a light background
    QColor dark; // on a dark one
    Qt::PenStyle pen;
    QCPScatterStyle::ScatterShape shape;
};

const LayerLook &layerLook(int layer)
{
    static const LayerLook looks[] = {
        {QColor(0x00, 0x72, 0xB2), QColor(0x56, 0xB4, 0xE9), Qt::SolidLine, QCPScatterStyle::ssDisc},
        {QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0x8A, 0x4B), Qt::DashLine, QCPScatterStyle::ssSquare},
        {QColor(0x00, 0x9E, 0x73), QColor(0x3F, 0xD0, 0xA4), Qt::DotLine, QCPScatterStyle::ssTriangle},
        {QColor(0xCC, 0x79, 0xA7), QColor(0xE8, 0xA6, 0xCB), Qt::DashDotLine, QCPScatterStyle::ssDiamond},
        {QColor(0xE6, 0x9F, 0x00), QColor(0xF5, 0xC0, 0x40), Qt::DashDotDotLine, QCPScatterStyle::ssCross},
        {QColor(0x56, 0xB4, 0xE9), QColor(0x9C, 0xD5, 0xF5), Qt::SolidLine, QCPScatterStyle::ssCircle},
        {QColor(0x55, 0x55, 0x55), QColor(0xCC, 0xCC, 0xCC), Qt::DashLine, QCPScatterStyle::ssTriangleInverted},
        {QColor(0x99, 0x6B, 0x00), QColor(0xD9, 0xB0, 0x5C), Qt::DotLine, QCPScatterStyle::ssPlus},
    };
    return looks[static_cast<std::size_t>(layer) % std::size(looks)];
}

} // namespace

GradientNormPlot::GradientNormPlot(QWidget *parent)
    : PlotWidget(parent, /*logScale=*/true)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Above the plot: what is plotted (for which text) and the two toggles, in one row where
    // there is room and wrapped onto more where not — never cut ("Last st", "Log sca").
    auto *barWidget = new QWidget(this);
    auto *bar = new FlowLayout(barWidget, 6);
    bar->setContentsMargins(8, 4, 8, 0);
    m_title = new QLabel(this);
    // What is plotted, exactly: the training loss is the mean L = (1/N) Σ loss_t over the N
    // predictions of all texts, so the last step's share of it is loss_n/N (the engine's
    // dHiddenLastLoss), and the axis label says so with the numbers n and N.
    m_title->setToolTip(SymbolText::html(
        tr("The size of the gradient that reaches the hidden state h_t at each time step. The training loss "
           "is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so "
           "the last step's share of it is loss_n/N. Falling towards t = 1: the gradient vanishes "
           "on its way back through time (try a 40-character text); rising: it explodes.")));
    bar->addWidget(m_title);
    m_lastBox = new QCheckBox(tr("Last step's loss only"), this);
    m_lastBox->setToolTip(
        SymbolText::html(tr("Only the last prediction's share of the loss, loss_n/N (t = n; L is the mean over N "
                            "predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still "
                            "reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ "
                            "of the whole loss L, to which every step adds its own term, so the curve does not fall "
                            "like that.")));
    bar->addWidget(m_lastBox);
    m_lastBox->setChecked(m_lastStepOnly);
    connect(m_lastBox, &QCheckBox::toggled, this, &GradientNormPlot::setLastStepLossOnly);
    bar->addWidget(addLogScaleSwitch(this,
                                     tr("Show the norms on a logarithmic axis: a vanishing gradient falls "
                                        "in a straight line, decade by decade"),
                                     3));
    layout->addWidget(barWidget);
    // A note about the model shown (What if W_hh = 0?) in a line of its own above the axes: over
    // them it covered the one point there is and the top tick's label.
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 0, 8, 0);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);
    // The highlighted point by name and value, in a line of its own above the axes (inside them
    // it would cover the curves of a narrow plot): ◯ the plotted norm, □ the graph's.
    m_readout = new QLabel(this);
    m_readout->setWordWrap(true);
    m_readout->setContentsMargins(8, 0, 8, 0);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->hide();
    layout->addWidget(m_readout);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    // Short enough that its notes (What if W_hh = 0?, the walk's read-out) squeeze the axes rather
    // than push them out of a low pane.
    QCustomPlot *plot = createPlot(QSize(200, 80));
    layout->addWidget(plot, 1);

    // The hint over the empty axes.
    m_hint = addHint(QMargins(48, 8, 16, 40));
    m_hint->setMargin(6);
    // Two lines, not a narrow column of three (QLabel's word wrap picks a narrow width by itself).
    m_hint->setMinimumWidth(std::min(300, m_hint->fontMetrics().averageCharWidth() * 44));
    m_hint->setBackgroundRole(QPalette::Base);
    m_hint->setAutoFillBackground(true);

    setStepAxis(plot->xAxis, tr("time step t"));
    plot->yAxis->setLabel(SymbolText::unicode(QStringLiteral("‖dL/dh_t‖")));

    // The legend in a row of its own above the axes (inside them it would sit on the curves of
    // some layer: vanishing ones are low on the left, exploding ones high), items side by side.
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(8); // limits::maxLayers: one row
    plot->legend->setRowSpacing(0);
    plot->legend->setColumnSpacing(12);
    plot->legend->setMargins(QMargins(0, 0, 0, 0));
    fontChanged(); // the legend's
    plot->legend->setIconSize(18, 10);
    plot->plotLayout()->insertRow(0);
    auto *legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 0, legendRow);
    legendRow->setMargins(QMargins(56, 0, 8, 0));
    plot->axisRect()->insetLayout()->take(plot->legend);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(plot)); // a stretch: the legend stays left
    legendRow->setColumnStretchFactor(0, 0.001);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);

    // The highlighted time step: a band one step wide across the axes, and a ring on each point.
    m_band = new QCPItemRect(plot);
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->setLayer(QStringLiteral("background")); // under the curves and the grid
    m_band->setClipToAxisRect(true);
    m_band->setVisible(false);
    // ‖dL/dh_t‖ of the whole loss at the highlighted step (the graph's column), while the last
    // step's loss alone is plotted: where the student's own norm of that column lands.
    m_wholeMark = new QCPItemTracer(plot);
    m_wholeMark->setStyle(QCPItemTracer::tsSquare);
    m_wholeMark->setSize(11);
    m_wholeMark->setBrush(Qt::NoBrush);
    m_wholeMark->setVisible(false);

    applyTheme();
    setLogScale(true);
    m_dirty = true;
    requestReplot();
}

GradientNormPlot::~GradientNormPlot() = default;

void GradientNormPlot::applyPalette()
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    plot()->setBackground(pal.brush(QPalette::Base));
    styleAxes({plot()->xAxis, plot()->yAxis});
    plot()->legend->setBrush(Qt::NoBrush);
    plot()->legend->setBorderPen(Qt::NoPen);
    plot()->legend->setTextColor(text);
    QColor band = pal.color(QPalette::Highlight);
    band.setAlphaF(0.18f);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(band);
    for (int layer = 0; layer < graphCount(); ++layer)
        styleGraph(layer);
    for (QCPItemTracer *tracer : m_tracers)
        tracer->setPen(QPen(text, 1.5));
    m_wholeMark->setPen(QPen(text, 1.5, Qt::DotLine));
}

void GradientNormPlot::fontChanged()
{
    // The toggles above the axes as the axes' text (in presentation mode 4/5 of the large type):
    // at full size they took three rows of a bottom pane a third of the screen high.
    for (QWidget *bar : std::initializer_list<QWidget *>{m_title, m_lastBox, m_note, logScaleSwitch()}) {
        if (bar)
            bar->setFont(axisFont());
    }
    // A little smaller than the axes' text: four layers' names fit the narrow plot on one row, and
    // the read-out takes two lines rather than three from a short plot.
    QFont legendFont = axisFont();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    plot()->legend->setFont(legendFont);
    if (m_readout)
        m_readout->setFont(legendFont);
}

void GradientNormPlot::styleGraph(int layer)
{
    const LayerLook &look = layerLook(layer);
    const QColor color = isDark() ? look.dark : look.light;
    QCPGraph *graph = m_graphs[static_cast<std::size_t>(layer)];
    graph->setPen(QPen(color, 2, look.pen));
    if (m_steps <= markerLimit) {
        QCPScatterStyle marker(look.shape, color, 7);
        marker.setPen(QPen(color, 1.5)); // solid outlines: the graph's pen may be dashed
        graph->setScatterStyle(marker);
    } else {
        graph->setScatterStyle(QCPScatterStyle());
    }
}

void GradientNormPlot::setGraphCount(int count)
{
    // Tracers sit on graphs: take them off first (updateHighlight() puts them back).
    for (QCPItemTracer *tracer : m_tracers)
        plot()->removeItem(tracer);
    m_tracers.clear();
    while (graphCount() > count) {
        plot()->removeGraph(m_graphs.back());
        m_graphs.pop_back();
    }
    while (graphCount() < count) {
        QCPGraph *graph = plot()->addGraph();
        // "layer 1", then only the numbers: four layers' legend fits the narrow plot on one row.
        graph->setName(graphCount() == 0 ? tr("layer 1") : QString::number(graphCount() + 1));
        m_graphs.push_back(graph);
    }
    m_norms.resize(static_cast<std::size_t>(count));
    m_wholeNorms.resize(static_cast<std::size_t>(count));
}

void GradientNormPlot::prepareReplot()
{
    if (m_dirty)
        rebuild();
}

void GradientNormPlot::valueScaleChanged()
{
    m_dirty = true; // zeros are gaps on a log axis, points on a linear one
    requestReplot();
}

void GradientNormPlot::rebuild()
{
    m_dirty = false;
    QString hint;
    const SequenceTrace<float> *sequence = nullptr;
    if (!m_snapshot) {
        hint = tr("‖dL/dh_t‖ of every time step appears here once a session is loaded");
    } else if (!m_snapshot->trace.hasGradients) {
        hint = tr("No gradients in this snapshot yet: they come from a backward pass through time");
    } else if (m_snapshot->isTestSequence(m_textIndex)) {
        hint = tr("A test series is never trained on: it has no gradients");
    } else if (m_textIndex < 0 || m_textIndex >= static_cast<int>(m_snapshot->trace.sequences.size())) {
        hint = tr("There is no text %1 in this session").arg(m_textIndex + 1);
    } else {
        sequence = &m_snapshot->trace.sequences[static_cast<std::size_t>(m_textIndex)];
    }

    std::vector<std::vector<double>> lastLoss;
    if (sequence && m_lastStepOnly) {
        lastLoss = lastLossGradientNorms(*sequence, m_snapshot->trace.hasLastLossGradients);
        if (lastLoss.empty()) {
            hint = tr("No gradient of the last step's loss in this snapshot yet");
            sequence = nullptr;
        }
    }

    m_steps = sequence ? sequence->length() : 0;
    setGraphCount(sequence ? static_cast<int>(sequence->layers.size()) : 0);
    for (int layer = 0; layer < graphCount(); ++layer) {
        std::vector<double> norms = m_lastStepOnly ? std::move(lastLoss[static_cast<std::size_t>(layer)])
                                                   : gradientNorms(sequence->layers[static_cast<std::size_t>(layer)]);
        QVector<QCPGraphData> data;
        data.reserve(static_cast<qsizetype>(norms.size()));
        for (std::size_t t = 0; t < norms.size(); ++t) {
            // A zero norm has no place on a log axis: a gap (QCustomPlot skips NaN), not a plunge.
            const double value = logScale() && !(norms[t] > 0.0) ? std::numeric_limits<double>::quiet_NaN() : norms[t];
            data.append(QCPGraphData(static_cast<double>(t + 1), value)); // the lecture's t = 1 … n
        }
        m_graphs[static_cast<std::size_t>(layer)]->data()->set(data, true);
        m_norms[static_cast<std::size_t>(layer)] = std::move(norms);
        m_wholeNorms[static_cast<std::size_t>(layer)] =
            gradientNorms(sequence->layers[static_cast<std::size_t>(layer)]);
        styleGraph(layer);
    }
    // One curve needs no legend: its row is the plot's height (in presentation mode, a third of it).
    plot()->legend->setVisible(graphCount() > 1);
    m_hint->setText(SymbolText::html(hint));
    m_hint->setVisible(!hint.isEmpty());
    const bool noMemory = sequence && m_lastStepOnly && m_snapshot->whatIfNoMemory;
    // The step by its number, as the axis label and the graph name it (h₁₀, not h_n).
    m_note->setText(noMemory ? SymbolText::html(tr("W_hh = 0: the last step's loss reaches h_{%1} only; "
                                                   "every earlier h_t gets 0, which a log axis cannot show")
                                                    .arg(m_steps))
                             : QString());
    m_note->setVisible(noMemory);

    plot()->yAxis->setLabel(SymbolText::unicode(m_lastStepOnly && m_steps > 0
                                                    ? lastLossAxisLabel(m_steps, int(meanCount(*m_snapshot)))
                                                    : QStringLiteral("‖dL/dh_t‖")));
    // Which text: the axis label says what is plotted, the bar has room for little more.
    QString title;
    if (m_snapshot && m_snapshot->setup) {
        const std::vector<std::u32string> &texts = m_snapshot->setup->session.data.texts;
        if (m_textIndex >= 0 && m_textIndex < static_cast<int>(texts.size()))
            title = QStringLiteral("“%1”").arg(visibleText(texts[static_cast<std::size_t>(m_textIndex)], 20));
    }
    m_title->setText(title);
    updateRanges();
    updateHighlight();
}

void GradientNormPlot::updateRanges()
{
    plot()->xAxis->setRange(0.5, std::max(m_steps, 2) + 0.5);
    double low = std::numeric_limits<double>::infinity();
    double high = 0.0;
    // While the last step's loss is plotted, the whole loss's norms stay on the axes too: the
    // square that marks the graph's ‖dL/dh_t‖ at the walk's step is never above the top tick.
    std::vector<const std::vector<double> *> shown;
    for (const std::vector<double> &norms : m_norms)
        shown.push_back(&norms);
    if (m_lastStepOnly && readoutLayer() >= 0)
        shown.push_back(&m_wholeNorms[static_cast<std::size_t>(readoutLayer())]);
    for (const std::vector<double> *norms : shown) {
        for (double value : *norms) {
            if (!std::isfinite(value) || value <= 0.0)
                continue;
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (logScale()) {
        // Whole decades, at least one: the ticks are powers of ten.
        if (!(high > 0.0)) {
            plot()->yAxis->setRange(1e-3, 1.0);
        } else {
            double lower = std::pow(10.0, std::floor(std::log10(low)));
            double upper = std::pow(10.0, std::ceil(std::log10(high)));
            // At least two decades, so that the ticks read as powers of ten even around one point
            // (What if W_hh = 0?: the last step's loss reaches one time step only).
            if (upper <= lower * 10.0) {
                lower /= 10.0;
                upper = std::max(upper, lower * 100.0);
            }
            plot()->yAxis->setRange(lower, upper);
        }
    } else {
        plot()->yAxis->setRange(0.0, high > 0.0 ? high * 1.08 : 1.0); // headroom for the top marker
    }
}

void GradientNormPlot::updateHighlight()
{
    const bool shown = m_highlight >= 0 && m_highlight < m_steps && graphCount() > 0;
    m_band->setVisible(shown);
    const auto t = static_cast<double>(m_highlight + 1); // the curves' keys are 1 … n
    m_band->topLeft->setCoords(t - 0.5, 0.0);
    m_band->bottomRight->setCoords(t + 0.5, 1.0);
    const int wanted = shown ? graphCount() : 0;
    while (static_cast<int>(m_tracers.size()) > wanted) {
        plot()->removeItem(m_tracers.back());
        m_tracers.pop_back();
    }
    while (static_cast<int>(m_tracers.size()) < wanted) {
        auto *tracer = new QCPItemTracer(plot());
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(13);
        tracer->setInterpolating(false);
        tracer->setBrush(Qt::NoBrush);
        tracer->setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        m_tracers.push_back(tracer);
    }
    for (std::size_t layer = 0; layer < m_tracers.size(); ++layer) {
        QCPItemTracer *tracer = m_tracers[layer];
        tracer->setGraph(m_graphs[layer]);
        tracer->setGraphKey(t);
        const double value = m_norms[layer][static_cast<std::size_t>(m_highlight)];
        tracer->setVisible(std::isfinite(value) && (value > 0.0 || !logScale()));
    }
    const double plotted = highlightedNorm();
    const double whole = highlightedWholeLossNorm();
    // The same number twice (the top layer's last step: only its own loss reaches it) needs no
    // second mark.
    const bool same = std::abs(plotted - whole) <= 1e-6 * std::max(plotted, whole);
    const bool mark = shown && m_lastStepOnly && std::isfinite(whole) && (whole > 0.0 || !logScale()) && !same;
    m_wholeMark->setVisible(mark);
    m_wholeMark->position->setCoords(t, std::isfinite(whole) ? whole : 0.0);
    const QString readout = readoutText();
    m_readout->setText(readout);
    m_readout->setVisible(!readout.isEmpty());
}

int GradientNormPlot::readoutLayer() const
{
    return m_highlightLayer >= 0 && m_highlightLayer < graphCount() ? m_highlightLayer : graphCount() - 1;
}

double GradientNormPlot::highlightedNorm() const
{
    const int layer = readoutLayer();
    if (m_highlight < 0 || m_highlight >= m_steps || layer < 0)
        return std::numeric_limits<double>::quiet_NaN();
    return m_norms[static_cast<std::size_t>(layer)][static_cast<std::size_t>(m_highlight)];
}

double GradientNormPlot::highlightedWholeLossNorm() const
{
    const int layer = readoutLayer();
    if (m_highlight < 0 || m_highlight >= m_steps || layer < 0)
        return std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> &whole = m_wholeNorms[static_cast<std::size_t>(layer)];
    return m_highlight < int(whole.size()) ? whole[static_cast<std::size_t>(m_highlight)]
                                           : std::numeric_limits<double>::quiet_NaN();
}

QString GradientNormPlot::normText(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::abs(value) >= 1e-3 && std::abs(value) < 1e4)
        return ReaderNumber::significant(value, 3);
    const QString e = QString::number(value, 'e', 1); // "4.7e-05"
    const int exponent = e.mid(e.indexOf(u'e') + 1).toInt();
    return SymbolText::unicode(QStringLiteral("%1×10^{%2}")
                                   .arg(ReaderNumber::fromC(e.left(e.indexOf(u'e'))))
                                   .arg(QString::number(exponent).replace(u'-', QChar(0x2212))));
}

QString GradientNormPlot::readoutText() const
{
    const double plotted = highlightedNorm();
    if (!std::isfinite(plotted) || !m_snapshot)
        return {};
    const int layer = readoutLayer();
    const int t = m_highlight + 1; // the lecture's 1 … n
    // "dh_3" of a layer: "dh_3⁽²⁾" in a stack, as the graph and the equations name it.
    const QString h = QStringLiteral("h_%1").arg(t)
        + (graphCount() > 1 ? matrixName(MatrixRole::Bias, layer, graphCount()).mid(1) : QString());
    const double wholeNorm = highlightedWholeLossNorm();
    const QString whole = QStringLiteral("‖dL/d%1‖ = %2").arg(h, normText(wholeNorm));
    QString text;
    if (!m_lastStepOnly) {
        //: %1 the norm and its value ("‖dL/dh_3‖ = 0.12"), %2 the hidden state (h_3).
        text = tr("◯ %1: the graph's dL/d%2").arg(whole, h);
    } else {
        const QString last = QStringLiteral("‖d(loss_%1/%2)/d%3‖ = %4")
                                 .arg(m_steps)
                                 .arg(meanCount(*m_snapshot))
                                 .arg(h, normText(plotted));
        // At the top layer's last step nothing comes from later steps: the two are one number.
        if (std::abs(plotted - wholeNorm) <= 1e-6 * std::max(plotted, wholeNorm))
            //: %1 the last step's norm and its value, %2 the hidden state (h_3), %3 the last time step.
            text = tr("◯ %1, the same as the graph's ‖dL/d%2‖: only loss_%3 reaches it").arg(last, h).arg(m_steps);
        else
            //: %1 the last step's norm and its value, %2 the whole loss's norm and its value.
            text = tr("◯ %1   □ the graph's %2 (whole L)").arg(last, whole);
    }
    return SymbolText::html(text);
}

void GradientNormPlot::setSnapshot(rnnlab::SnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = std::move(snapshot);
    m_dirty = true;
    requestReplot();
}

void GradientNormPlot::setTextIndex(int index)
{
    if (index == m_textIndex)
        return;
    m_textIndex = index;
    m_dirty = true;
    requestReplot();
}

void GradientNormPlot::setHighlightedStep(int t, int layer)
{
    t = std::max(t, -1);
    layer = std::max(layer, -1);
    if (t == m_highlight && layer == m_highlightLayer)
        return;
    m_highlight = t;
    m_highlightLayer = layer;
    if (!m_dirty) {
        updateRanges(); // the read-out's layer's whole-loss norms are on the axes
        updateHighlight();
    }
    requestReplot();
}

void GradientNormPlot::setLastStepLossOnly(bool on)
{
    {
        const QSignalBlocker blocker(m_lastBox);
        m_lastBox->setChecked(on);
    }
    if (on == m_lastStepOnly)
        return;
    m_lastStepOnly = on;
    m_dirty = true;
    requestReplot();
    emit lastStepLossOnlyChanged(on);
}

QSize GradientNormPlot::minimumSizeHint() const
{
    const QSize hint = PlotWidget::minimumSizeHint();
    return {std::max(hint.width(), fontMetrics().averageCharWidth() * 30), hint.height()};
}

QString GradientNormPlot::lastLossAxisLabel(int steps, int targetCount)
{
    // loss_n/N: the last step's own loss (as the equations write it, −log p_n[target]) over the
    // count the mean divides by — the term of L whose gradient dHiddenLastLoss holds.
    return QStringLiteral("‖d(loss_%1/%2)/dh_t‖").arg(steps).arg(targetCount);
}

QString GradientNormPlot::normAxisLabel() const
{
    return plot()->yAxis->label();
}

int GradientNormPlot::graphCount() const
{
    return static_cast<int>(m_graphs.size());
}

std::vector<double> GradientNormPlot::norms(int layer) const
{
    if (layer < 0 || layer >= graphCount())
        return {};
    return m_norms[static_cast<std::size_t>(layer)];
}

QString GradientNormPlot::graphName(int layer) const
{
    return layer >= 0 && layer < graphCount() ? m_graphs[static_cast<std::size_t>(layer)]->name() : QString();
}

Qt::PenStyle GradientNormPlot::penStyle(int layer) const
{
    return layer >= 0 && layer < graphCount() ? m_graphs[static_cast<std::size_t>(layer)]->pen().style() : Qt::NoPen;
}

int GradientNormPlot::markerShape(int layer) const
{
    return layer >= 0 && layer < graphCount() ? int(m_graphs[static_cast<std::size_t>(layer)]->scatterStyle().shape())
                                              : int(QCPScatterStyle::ssNone);
}

bool GradientNormPlot::isHighlightShown() const
{
    return m_band->visible();
}

std::pair<double, double> GradientNormPlot::timeRange() const
{
    return {plot()->xAxis->range().lower, plot()->xAxis->range().upper};
}

std::pair<double, double> GradientNormPlot::normRange() const
{
    return {plot()->yAxis->range().lower, plot()->yAxis->range().upper};
}

bool GradientNormPlot::isShowingHint() const
{
    return !m_hint->isHidden();
}

QString GradientNormPlot::hintText() const
{
    return m_hint->text();
}

QString GradientNormPlot::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString GradientNormPlot::titleText() const
{
    return m_title->text();
}

} // namespace rnnlab
