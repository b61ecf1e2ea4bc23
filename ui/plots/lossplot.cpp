// SPDX-License-Identifier: MIT
#include "ui/plots/lossplot.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

// Loss ticks with one number of decimals, the tick step's ("0.00, 0.25, … 1.00, 1.25", not "1"
// beside "1.25"): the same rule as every other column of numbers rnnlab prints.
class LossTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override
    {
        Q_UNUSED(formatChar)
        Q_UNUSED(precision)
        // The fewest decimals that write the step exactly (0.25 → 2, 0.5 → 1, 2 → 0), at most 6.
        int decimals = 0;
        while (decimals < 6
               && std::fabs(m_step * std::pow(10.0, decimals) - std::round(m_step * std::pow(10.0, decimals))) > 1e-6)
            ++decimals;
        return locale.toString(std::fabs(tick) < m_step * 1e-9 ? 0.0 : tick, 'f', decimals);
    }

private:
    double m_step = 1.0;
};

} // namespace

LossPlot::LossPlot(QWidget *parent)
    : PlotWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // One row above the plot: the legend (a line sample per curve) and the log toggle. Qt widgets
    // rather than QCPLegend: a legend inside the axes would sit on the curves (the accuracy
    // ends top right, the loss starts top left), and a QCPLegend row of its own costs a line.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 0);
    bar->setSpacing(6);
    m_lossKey = new QLabel(this);
    m_accuracyKey = new QLabel(this);
    bar->addWidget(m_lossKey);
    bar->addWidget(m_lossName = new QLabel(tr("loss"), this));
    bar->addSpacing(12);
    bar->addWidget(m_accuracyKey);
    bar->addWidget(m_accuracyName = new QLabel(tr("correct characters (%)"), this));
    bar->addStretch(1);
    bar->addWidget(addLogScaleSwitch(this,
                                     tr("Show the loss on a logarithmic axis: late, small improvements stay visible"),
                                     6, [] { return QSharedPointer<QCPAxisTicker>(new LossTicker); }));
    layout->addLayout(bar);
    // The row shares the plot's background, so the two read as one figure.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QCustomPlot *plot = createPlot(QSize(240, 160));
    layout->addWidget(plot, 1);

    m_hint = addHint(QMargins(48, 16, 48, 48)); // roughly inside the axes
    m_hint->setText(tr("Press Play (Space) or take one step (Ctrl+→) — the loss of every training step "
                       "appears here"));
    m_hint->setMaximumWidth(m_hint->fontMetrics().averageCharWidth() * 72); // two lines, not one across the plot
    m_hint->setMargin(8);
    m_hint->setBackgroundRole(QPalette::Base); // over the grid lines, not crossed by them
    m_hint->setAutoFillBackground(true);

    m_loss = plot->addGraph(plot->xAxis, plot->yAxis);
    m_loss->setName(tr("loss"));
    m_accuracy = plot->addGraph(plot->xAxis, plot->yAxis2);
    m_accuracy->setName(tr("correct characters (%)"));
    // Adaptive sampling (on by default, stated because it is what keeps 10^6 points fast).
    m_loss->setAdaptiveSampling(true);
    m_accuracy->setAdaptiveSampling(true);

    setStepAxis(plot->xAxis, tr("training step"));
    plot->yAxis->setLabel(tr("loss"));
    plot->yAxis2->setVisible(true);
    setPercentAxis(plot->yAxis2, tr("correct characters (%)"));

    applyTheme();
    setLogScale(false);
    updateRanges();
    updateDecorations();
}

LossPlot::~LossPlot() = default;

void LossPlot::applyPalette()
{
    const bool dark = isDark();
    plot()->setBackground(palette().brush(QPalette::Base));
    styleAxes({plot()->xAxis, plot()->yAxis, plot()->yAxis2});
    plot()->yAxis2->grid()->setVisible(false); // one grid (the loss axis'), not two that disagree
    // Okabe-Ito blue and vermillion (colour-blind safe), lighter on dark backgrounds; the accuracy
    // curve is also dashed, so the two never depend on colour alone.
    m_loss->setPen(QPen(dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2), 2));
    QPen accuracy(dark ? QColor(0xF0, 0x8A, 0x4B) : QColor(0xD5, 0x5E, 0x00), 2, Qt::DashLine);
    m_accuracy->setPen(accuracy);
    m_lossKey->setPixmap(lineSample(m_loss->pen()));
    m_accuracyKey->setPixmap(lineSample(m_accuracy->pen()));
    updateDecorations(true); // the markers in the new colours
}

void LossPlot::updateDecorations(bool restyle)
{
    const int points = m_loss->dataCount();
    m_hint->setVisible(points == 0);
    const bool markers = points > 0 && points < markerLimit;
    if (markers == m_markers && !restyle)
        return;
    m_markers = markers;
    if (markers) {
        // A filled disc for the loss and an open square for the accuracy: told apart without
        // colour, like the solid and dashed lines. Solid outlines (the graph's pen is dashed).
        m_loss->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_loss->pen().color(), 7));
        QCPScatterStyle square(QCPScatterStyle::ssSquare, m_accuracy->pen().color(), 7);
        square.setPen(QPen(m_accuracy->pen().color(), 1.5));
        m_accuracy->setScatterStyle(square);
    } else {
        m_loss->setScatterStyle(QCPScatterStyle());
        m_accuracy->setScatterStyle(QCPScatterStyle());
    }
}

QStringList LossPlot::lossTickLabels() const
{
    QStringList labels;
    for (const QString &label : plot()->yAxis->tickVectorLabels())
        labels.append(label);
    return labels;
}

QList<std::pair<double, QString>> LossPlot::stepTicks() const
{
    QList<std::pair<double, QString>> ticks;
    const QVector<double> positions = plot()->xAxis->tickVector();
    const QVector<QString> labels = plot()->xAxis->tickVectorLabels();
    for (qsizetype i = 0; i < std::min(positions.size(), labels.size()); ++i)
        ticks.append({positions[i], labels[i]});
    return ticks;
}

bool LossPlot::markersShown() const
{
    return m_loss->scatterStyle().shape() != QCPScatterStyle::ssNone;
}

bool LossPlot::isShowingHint() const
{
    return !m_hint->isHidden();
}

QString LossPlot::hintText() const
{
    return m_hint->text();
}

QPixmap LossPlot::lineSample(const QPen &pen) const
{
    const qreal ratio = devicePixelRatioF();
    const QSize size(30, fontMetrics().height());
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.drawLine(QPointF(1, size.height() / 2.0), QPointF(size.width() - 1, size.height() / 2.0));
    return pixmap;
}

void LossPlot::valueScaleChanged()
{
    updateRanges();
    requestReplot();
}

int LossPlot::lossPointCount() const
{
    return m_loss->dataCount();
}

int LossPlot::accuracyPointCount() const
{
    return m_accuracy->dataCount();
}

std::pair<double, double> LossPlot::stepRange() const
{
    return {plot()->xAxis->range().lower, plot()->xAxis->range().upper};
}

std::pair<double, double> LossPlot::lossRange() const
{
    return {plot()->yAxis->range().lower, plot()->yAxis->range().upper};
}

std::pair<double, double> LossPlot::accuracyRange() const
{
    return {plot()->yAxis2->range().lower, plot()->yAxis2->range().upper};
}

void LossPlot::setErrorCurve(bool error)
{
    if (error == m_errorCurve)
        return;
    m_errorCurve = error;
    const QString name = error ? tr("mean absolute error") : tr("correct characters (%)");
    m_accuracy->setName(name);
    m_accuracyName->setText(name);
    m_lossName->setText(error ? tr("loss (MSE)") : tr("loss"));
    plot()->yAxis->setLabel(error ? tr("loss (MSE)") : tr("loss"));
    if (error) {
        plot()->yAxis2->setLabel(name);
        plot()->yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new LossTicker));
    } else {
        setPercentAxis(plot()->yAxis2, name);
    }
}

void LossPlot::clear()
{
    m_errorExtent.clear();
    m_loss->data()->clear();
    m_accuracy->data()->clear();
    m_added = 0;
    m_lastStep = 0;
    m_lossExtent.clear();
}

void LossPlot::append(const History &history, std::int64_t from)
{
    const std::int64_t size = history.size();
    if (from >= size)
        return;
    QVector<QCPGraphData> loss;
    QVector<QCPGraphData> accuracy;
    loss.reserve(static_cast<qsizetype>(size - from));
    accuracy.reserve(static_cast<qsizetype>(size - from));
    for (std::int64_t i = from; i < size; ++i) {
        const HistoryEntry &entry = history.at(i);
        const auto step = static_cast<double>(entry.step);
        loss.append(QCPGraphData(step, entry.loss));
        if (m_errorCurve) {
            // NaN (a saved history's step: no error was kept) leaves a gap in the curve.
            accuracy.append(QCPGraphData(step, entry.error));
            if (std::isfinite(entry.error))
                m_errorExtent.add(entry.error);
        } else {
            accuracy.append(QCPGraphData(step, 100.0 * entry.accuracy));
        }
        m_lossExtent.add(entry.loss);
    }
    // alreadySorted: steps increase, so QCustomPlot appends without sorting or merging.
    m_loss->data()->add(loss, true);
    m_accuracy->data()->add(accuracy, true);
    m_added = size;
    m_lastStep = history.at(size - 1).step;
}

void LossPlot::updateRanges()
{
    // With markers, half a step (or 3 %) of room after the last point, so its marker is not cut
    // in half by the axis (and the first step's single point does not sit on the frame).
    const auto last = static_cast<double>(m_lastStep);
    const int points = m_loss->dataCount();
    const double pad = points > 0 && points < markerLimit ? std::max(0.5, 0.03 * last) : 0.0;
    plot()->xAxis->setRange(0.0, std::max(last + pad, 1.0));
    const auto [lower, upper] = m_lossExtent.axisRange(logScale());
    plot()->yAxis->setRange(lower, upper);
    if (m_errorCurve) {
        const auto [errorLower, errorUpper] = m_errorExtent.axisRange(false);
        plot()->yAxis2->setRange(errorLower, errorUpper);
    }
}

void LossPlot::setSnapshot(rnnlab::SnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    const History &history = snapshot->history;
    const std::int64_t size = history.size();
    bool changed = false;
    // A new generation starts a new curve; a history that no longer extends what is plotted
    // (shorter, or another step where the last plotted entry was) is plotted afresh.
    const bool restart = !m_hasGeneration || snapshot->generation != m_generation || size < m_added
        || (m_added > 0 && history.at(m_added - 1).step != m_lastStep);
    if (restart) {
        changed = m_added > 0 || !m_hasGeneration || snapshot->generation != m_generation;
        clear();
        m_hasGeneration = true;
        m_generation = snapshot->generation;
        setErrorCurve(snapshot->setup && snapshot->setup->task->outputKind() == OutputKind::Value);
    }
    if (size > m_added) {
        append(history, m_added);
        changed = true;
    }
    if (!changed)
        return;
    updateRanges();
    updateDecorations();
    requestReplot();
}

void LossPlot::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

} // namespace rnnlab
