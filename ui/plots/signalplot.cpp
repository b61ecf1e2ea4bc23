// SPDX-License-Identifier: MIT
#include "ui/plots/signalplot.h"

#include "ui/common/flowlayout.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

QVector<double> keys(const QCPGraph *graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.append(it->key);
    return out;
}

QVector<double> values(const QCPGraph *graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.append(it->value);
    return out;
}

} // namespace

SignalPlot::SignalPlot(QWidget *parent)
    : PlotWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    // The controls above the plot, in a flow that wraps: a narrow window (1024 px with both side
    // panels) keeps its size, and the lower tabs' minimum width is the widest tab's.
    auto *controls = new QWidget(this);
    auto *bar = new FlowLayout(controls);
    bar->setContentsMargins(8, 4, 8, 0);
    const auto group = [controls](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(controls);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        for (QWidget *w : widgets) {
            w->setParent(box);
            row->addWidget(w);
        }
        return box;
    };
    m_seriesBox = new QComboBox(this);
    m_seriesBox->setToolTip(tr("The series shown: a training series, or a test series (evaluated at every step, "
                               "never trained on)"));
    m_seriesBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(group({m_seriesBox}));
    auto *lengthLabel = new QLabel(tr("F&orecast"), this);
    m_lengthBox = new QSpinBox(this);
    m_lengthBox->setRange(0, 1000);
    m_lengthBox->setValue(20);
    m_lengthBox->setSuffix(tr(" points"));
    m_lengthBox->setToolTip(tr("The free-running forecast past the end: each predicted value is fed back as the "
                               "next input, this many times"));
    lengthLabel->setBuddy(m_lengthBox);
    bar->addWidget(group({lengthLabel, m_lengthBox}));
    auto *thresholdLabel = new QLabel(tr("Anomal&y above"), this);
    m_thresholdBox = new QDoubleSpinBox(this);
    m_thresholdBox->setDecimals(5); // a trained network's errors are small (0.004)
    m_thresholdBox->setRange(0.0, 1e9);
    // As wide as a threshold is long (0.00412), not as 1e9 with its decimals: the controls stay one row.
    m_thresholdBox->setMaximumWidth(m_thresholdBox->fontMetrics().horizontalAdvance(QStringLiteral("00000.00000"))
                                    + 32);
    m_thresholdBox->setSingleStep(0.001);
    m_thresholdBox->setToolTip(tr("A time step whose squared error is above this is marked as an anomaly. "
                                  "Default: the training error's mean + 3 standard deviations"));
    thresholdLabel->setBuddy(m_thresholdBox);
    m_defaultThreshold = new QPushButton(tr("Default"), this);
    m_defaultThreshold->setToolTip(tr("The default again: the training error's mean + 3 standard deviations"));
    bar->addWidget(group({thresholdLabel, m_thresholdBox, m_defaultThreshold}));
    layout->addWidget(controls);
    m_summary = new QLabel(this);
    m_summary->setContentsMargins(8, 0, 8, 0);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    QCustomPlot *plot = createPlot(QSize(240, 130));
    layout->addWidget(plot, 1);
    m_hint = addHint(QMargins(48, 16, 48, 48));
    m_hint->setText(tr("The signal plot is for time series (task \"forecast\"): open one, e.g. File ▸ Open "
                       "examples/sine-spike.json"));
    m_hint->setMaximumWidth(m_hint->fontMetrics().averageCharWidth() * 72);

    // Top: the series and what the network makes of it. Bottom: the error per step.
    plot->plotLayout()->setRowSpacing(0);
    m_errorRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(1, 0, m_errorRect);
    plot->plotLayout()->setRowStretchFactors({3.0, 1.6});
    auto *margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_errorRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    m_series = plot->addGraph(plot->xAxis, plot->yAxis);
    m_series->setName(tr("series"));
    m_predictions = plot->addGraph(plot->xAxis, plot->yAxis);
    m_predictions->setName(tr("one-step prediction"));
    m_forecast = plot->addGraph(plot->xAxis, plot->yAxis);
    m_forecast->setName(tr("free-running forecast"));
    m_anomalies = plot->addGraph(plot->xAxis, plot->yAxis);
    m_anomalies->setName(tr("anomaly"));
    m_anomalies->setLineStyle(QCPGraph::lsNone);
    QCPAxis *errorX = m_errorRect->axis(QCPAxis::atBottom);
    QCPAxis *errorY = m_errorRect->axis(QCPAxis::atLeft);
    m_error = plot->addGraph(errorX, errorY);
    m_error->setName(tr("squared error"));
    m_thresholdLine = plot->addGraph(errorX, errorY);
    m_thresholdLine->setName(tr("threshold"));

    setStepAxis(plot->xAxis, QString());
    // The two plots share the time axis: its numbers once, under the error (a row saved for the curves).
    plot->xAxis->setTickLabels(false);
    plot->yAxis->setLabel(tr("value"));
    // Few ticks on the value axes: at projector size the plot is a strip, and five labels overlap.
    plot->yAxis->ticker()->setTickCount(3);
    setStepAxis(errorX, tr("time step"));
    errorY->setLabel(tr("error²"));
    errorY->ticker()->setTickCount(2);
    // The two share the time axis: zooming one follows in the other.
    connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), errorX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    // Legend as text in the curves' colours would depend on colour: the summary line names them
    // by line style instead (solid, dashed, dotted, rings).
    connect(m_seriesBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_lengthBox, &QSpinBox::valueChanged, this, &SignalPlot::forecastLengthChanged);
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (value == m_threshold)
            return;
        m_threshold = value;
        m_thresholdDefault = false;
        rebuild();
    });
    connect(m_defaultThreshold, &QPushButton::clicked, this, &SignalPlot::resetThreshold);

    applyTheme();
    rebuild();
}

SignalPlot::~SignalPlot() = default;

void SignalPlot::applyPalette()
{
    const bool dark = isDark();
    plot()->setBackground(palette().brush(QPalette::Base));
    styleAxes({plot()->xAxis, plot()->yAxis, m_errorRect->axis(QCPAxis::atBottom), m_errorRect->axis(QCPAxis::atLeft)},
              ZeroLine::Shown);
    const QColor text = palette().color(QPalette::WindowText);
    // Okabe-Ito (colour-blind safe), and a line style per curve so that none depends on colour.
    m_series->setPen(QPen(text, 2));
    m_predictions->setPen(QPen(dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2), 2, Qt::DashLine));
    m_forecast->setPen(QPen(dark ? QColor(0xF0, 0x8A, 0x4B) : QColor(0xD5, 0x5E, 0x00), 2.5, Qt::DotLine));
    const QColor anomaly = dark ? QColor(0xFF, 0x6E, 0x6E) : QColor(0xC0, 0x00, 0x00);
    m_anomalies->setPen(QPen(anomaly, 2));
    m_anomalies->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(anomaly, 2.5), Qt::NoBrush, 14));
    m_error->setPen(QPen(text, 1.5));
    m_thresholdLine->setPen(QPen(anomaly, 1.5, Qt::DashLine));
    fontChanged();
}

void SignalPlot::fontChanged()
{
    // PlotWidget gives the first axis rect the window's font; the error rect follows it.
    const QFont text = axisFont();
    for (QCPAxis *axis : m_errorRect->axes()) {
        axis->setTickLabelFont(text);
        axis->setLabelFont(text);
    }
    for (QCPAxis *axis : plot()->axisRect()->axes()) {
        axis->setTickLabelFont(text);
        axis->setLabelFont(text);
    }
}

void SignalPlot::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

void SignalPlot::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    updateChoices();
    rebuild();
}

int SignalPlot::forecastLength() const
{
    return m_lengthBox->value();
}

void SignalPlot::setForecastLength(int length)
{
    m_lengthBox->setValue(length);
}

int SignalPlot::seriesChoice() const
{
    return m_seriesBox->currentIndex();
}

void SignalPlot::setSeriesChoice(int index)
{
    m_seriesBox->setCurrentIndex(index);
}

void SignalPlot::setThreshold(double threshold)
{
    m_thresholdBox->setValue(threshold);
}

void SignalPlot::resetThreshold()
{
    m_thresholdDefault = true;
    rebuild();
}

void SignalPlot::updateChoices()
{
    const ForecastReadout *r = m_snapshot ? m_snapshot->forecast.get() : nullptr;
    const int train = r ? static_cast<int>(r->train.size()) : 0;
    const int test = r ? static_cast<int>(r->test.size()) : 0;
    if (train == m_trainCount && test == m_testCount)
        return;
    m_trainCount = train;
    m_testCount = test;
    const QSignalBlocker blocker(m_seriesBox);
    m_seriesBox->clear();
    for (int k = 0; k < train; ++k)
        m_seriesBox->addItem(train == 1 ? tr("Training series") : tr("Training series %1").arg(k + 1));
    for (int k = 0; k < test; ++k)
        m_seriesBox->addItem(test == 1 ? tr("Test series (anomalies)") : tr("Test series %1 (anomalies)").arg(k + 1));
    // A session with a test series opens on it: that is where the anomaly is.
    m_seriesBox->setCurrentIndex(test > 0 ? train : 0);
}

void SignalPlot::updateThresholdBox()
{
    const QSignalBlocker blocker(m_thresholdBox);
    m_thresholdBox->setValue(m_threshold);
    m_defaultThreshold->setEnabled(!m_thresholdDefault);
}

void SignalPlot::rebuild()
{
    const ForecastReadout *r = m_snapshot ? m_snapshot->forecast.get() : nullptr;
    for (QCPGraph *graph : {m_series, m_predictions, m_forecast, m_anomalies, m_error, m_thresholdLine})
        graph->data()->clear();
    m_hint->setVisible(!r);
    for (QWidget *w : std::initializer_list<QWidget *>{m_seriesBox, m_lengthBox, m_thresholdBox})
        w->setEnabled(r != nullptr);
    m_defaultThreshold->setEnabled(r && !m_thresholdDefault);
    if (!r) {
        m_summary->clear();
        requestReplot();
        return;
    }
    if (m_thresholdDefault)
        m_threshold = r->defaultThreshold();
    updateThresholdBox();

    const int choice = std::max(0, m_seriesBox->currentIndex());
    const bool test = choice >= static_cast<int>(r->train.size());
    const std::size_t index = test ? std::size_t(choice) - r->train.size() : std::size_t(choice);
    const std::vector<SeriesReadout> &list = test ? r->test : r->train;
    if (index >= list.size()) {
        requestReplot();
        return;
    }
    const SeriesReadout &s = list[index];
    const Eigen::Index n = s.points.cols();
    double low = 0.0, high = 0.0;
    bool first = true;
    const auto extend = [&](double v) {
        if (!std::isfinite(v))
            return;
        low = first ? v : std::min(low, v);
        high = first ? v : std::max(high, v);
        first = false;
    };
    for (Eigen::Index i = 0; i < n; ++i) {
        m_series->addData(double(i + 1), double(s.points(0, i)));
        extend(s.points(0, i));
    }
    for (Eigen::Index t = 0; t < s.predictions.cols(); ++t) {
        m_predictions->addData(double(t + 2), double(s.predictions(0, t)));
        extend(s.predictions(0, t));
    }
    // The forecast starts at the last point, so that the two lines join.
    if (s.forecast.cols() > 0 && n > 0)
        m_forecast->addData(double(n), double(s.points(0, n - 1)));
    for (Eigen::Index k = 0; k < s.forecast.cols(); ++k) {
        m_forecast->addData(double(n + 1 + k), double(s.forecast(0, k)));
        extend(s.forecast(0, k));
    }
    int anomalies = 0;
    double errorHigh = m_threshold;
    for (Eigen::Index t = 0; t < s.stepError.size(); ++t) {
        const double e = s.stepError(t);
        m_error->addData(double(t + 2), e);
        if (std::isfinite(e))
            errorHigh = std::max(errorHigh, e);
        if (e > m_threshold) {
            m_anomalies->addData(double(t + 2), double(s.points(0, t + 1)));
            ++anomalies;
        }
    }
    const double right = double(n + std::max<Eigen::Index>(0, s.forecast.cols()));
    m_thresholdLine->addData(1.0, m_threshold);
    m_thresholdLine->addData(right, m_threshold);

    const double pad = std::max(1e-6, (high - low) * 0.12); // room for the rings at the extremes
    plot()->yAxis->setRange(low - pad, high + pad);
    plot()->xAxis->setRange(0.5, right + 0.5);
    m_errorRect->axis(QCPAxis::atLeft)->setRange(0.0, std::max(1e-9, errorHigh * 1.1));

    const auto number = [](double v) { return QString::number(v, 'g', 3).replace(QLatin1Char('-'), QChar(0x2212)); };
    QString text = tr("solid: series · dashed: one step ahead · dotted: %n-point forecast · error² mean %1 "
                      "(training %2 ± %3)",
                      nullptr, int(s.forecast.cols()))
                       .arg(number(s.stepError.size() ? s.stepError.mean() : 0.0), number(r->trainErrorMean),
                            number(r->trainErrorSd));
    text += tr(" · ringed: %n above %1", nullptr, anomalies).arg(number(m_threshold))
        + (m_thresholdDefault ? tr(" (mean + 3 sd)") : QString());
    if (s.points.rows() > 1)
        text += tr(" · feature 1 of %1").arg(s.points.rows());
    m_summary->setText(text);
    requestReplot();
}

QVector<double> SignalPlot::seriesY() const
{
    return values(m_series);
}

QVector<double> SignalPlot::predictionX() const
{
    return keys(m_predictions);
}

QVector<double> SignalPlot::predictionY() const
{
    return values(m_predictions);
}

QVector<double> SignalPlot::forecastX() const
{
    QVector<double> x = keys(m_forecast);
    if (!x.isEmpty())
        x.removeFirst(); // the joining point is the series' last
    return x;
}

QVector<double> SignalPlot::forecastY() const
{
    QVector<double> y = values(m_forecast);
    if (!y.isEmpty())
        y.removeFirst();
    return y;
}

QVector<double> SignalPlot::errorY() const
{
    return values(m_error);
}

QVector<double> SignalPlot::anomalyX() const
{
    return keys(m_anomalies);
}

bool SignalPlot::isShowingHint() const
{
    return !m_hint->isHidden();
}

QString SignalPlot::hintText() const
{
    return m_hint->text();
}

} // namespace rnnlab
