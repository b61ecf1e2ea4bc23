// SPDX-License-Identifier: MIT
#include "ui/plots/signalplot.h"

#include "ui/common/colormap.h"
#include "ui/common/flowlayout.h"
#include "ui/plots/logaxis.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
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

//! The numbers of one summary with the same decimals: enough that the smallest nonzero one shows
//! two significant digits (0.02370, 0.00072, 0.00412), at least 2 and at most 6.
int commonDecimals(std::initializer_list<double> numbers)
{
    double smallest = 0.0;
    for (double v : numbers)
        if (std::isfinite(v) && v != 0.0)
            smallest = smallest == 0.0 ? std::abs(v) : std::min(smallest, std::abs(v));
    if (smallest == 0.0)
        return 2;
    return std::clamp(1 - int(std::floor(std::log10(smallest))), 2, 6);
}

QString fixed(double v, int decimals)
{
    QString text = QString::number(v, 'f', decimals);
    if (text.startsWith(QLatin1Char('-')) && text.count(QLatin1Char('0')) == text.size() - 2)
        text.remove(0, 1); // no −0.000
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

//! A legend sample: a short line in \a pen, or a ring / a shaded box.
QPixmap legendSample(const QPen &pen, const QBrush &box, bool dot, int height, double ratio)
{
    const int width = 2 * height;
    QPixmap pixmap(QSize(width, height) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (box.style() != Qt::NoBrush)
        painter.fillRect(QRectF(2, 2, width - 4, height - 4), box);
    if (dot) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(pen.color());
        const double r = height * 0.22;
        painter.drawEllipse(QPointF(width / 2.0, height / 2.0), r, r);
    } else if (box.style() == Qt::NoBrush) {
        painter.setPen(pen);
        painter.drawLine(QPointF(1, height / 2.0), QPointF(width - 1, height / 2.0));
    }
    return pixmap;
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
    m_controls = controls;
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
                                    + 32); // again in fontChanged(): presentation mode's type is larger
    m_thresholdBox->setSingleStep(0.001);
    m_thresholdBox->setToolTip(tr("A time step whose squared error is above this is marked as an anomaly. "
                                  "Default: the training error's mean + 3 standard deviations"));
    thresholdLabel->setBuddy(m_thresholdBox);
    m_defaultThreshold = new QPushButton(tr("Default"), this);
    m_defaultThreshold->setToolTip(tr("The default again: the training error's mean + 3 standard deviations"));
    bar->addWidget(group({thresholdLabel, m_thresholdBox, m_defaultThreshold}));
    // The legend: each curve by its colour and its line style (a projector or a greyscale print
    // still tells them apart), beside the controls where the row has room, else on a row of its own.
    // Each entry its own item of the flow, so that a narrow pane wraps the legend between entries.
    for (int k = 0; k < 5; ++k) {
        auto *entry = new QWidget(controls);
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(k == 0 ? 8 : 0, 0, 0, 0);
        row->setSpacing(3);
        auto *key = new QLabel(entry);
        auto *text = new QLabel(entry);
        row->addWidget(key);
        row->addWidget(text);
        bar->addWidget(entry);
        m_legendKeys << key << text;
    }
    layout->addWidget(controls);
    // One line: the value plot needs the height more than the summary needs a second line (the
    // whole text is its tooltip where the pane is too narrow).
    m_summary = new QLabel(this);
    m_summary->setContentsMargins(8, 0, 8, 0);
    m_summary->setWordWrap(false);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
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
    // The series gets the room: the error plot only has to show which steps rise above the line.
    plot->plotLayout()->setRowStretchFactors({3.0, 1.0});
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

    // Shaded spans and the forecast line, each clipped to its own plot.
    const auto span = [plot](QCPAxisRect *rect) {
        auto *item = new QCPItemRect(plot);
        item->setClipAxisRect(rect);
        for (QCPItemPosition *p : {item->topLeft, item->bottomRight}) {
            p->setAxisRect(rect);
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        item->topLeft->setCoords(0, 0);
        item->bottomRight->setCoords(0, 1);
        item->setPen(Qt::NoPen);
        item->setLayer(QStringLiteral("grid")); // under the curves
        return item;
    };
    const QVector<QCPAxisRect *> rects{plot->axisRect(), m_errorRect};
    for (int k = 0; k < 2; ++k) {
        m_warmupRect[k] = span(rects[k]);
        m_forecastLine[k] = new QCPItemStraightLine(plot);
        m_forecastLine[k]->setClipAxisRect(rects[k]);
        for (QCPItemPosition *p : {m_forecastLine[k]->point1, m_forecastLine[k]->point2}) {
            p->setAxisRect(rects[k]);
            p->setAxes(rects[k]->axis(QCPAxis::atBottom), rects[k]->axis(QCPAxis::atLeft));
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
    }
    const auto label = [plot](QCPAxisRect *rect, Qt::Alignment alignment) {
        auto *text = new QCPItemText(plot);
        text->setClipAxisRect(rect);
        text->position->setAxisRect(rect);
        text->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        text->setPositionAlignment(alignment);
        text->setPadding(QMargins(3, 0, 3, 0));
        return text;
    };
    m_forecastLabel = label(plot->axisRect(), Qt::AlignLeft | Qt::AlignTop);
    m_forecastLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_forecastLabel->setText(tr("forecast →"));
    m_warmupLabel = label(m_errorRect, Qt::AlignLeft | Qt::AlignTop);
    m_warmupLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_warmupLabel->setText(tr("warm-up"));
    m_thresholdLabel = label(m_errorRect, Qt::AlignRight | Qt::AlignBottom);
    m_thresholdLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    // The ring of an anomaly as large as the steps are apart (rings of neighbours do not pile up),
    // from the axis' pixels of the frame about to be drawn.
    connect(plot, &QCustomPlot::beforeReplot, this, &SignalPlot::updateRingSize);

    setStepAxis(plot->xAxis, QString());
    // The two plots share the time axis: its numbers once, under the error (a row saved for the curves).
    plot->xAxis->setTickLabels(false);
    plot->yAxis->setLabel(tr("value"));
    // Few ticks on the value axes: at projector size the plot is a strip, and five labels overlap.
    plot->yAxis->ticker()->setTickCount(3);
    setStepAxis(errorX, tr("time step"));
    errorY->setLabel(tr("error²"));
    // Logarithmic: the threshold (≈ 0.004) and the spike's error (≈ 2) are decades apart; on a
    // linear axis the threshold lay on zero.
    setLogarithmicAxis(errorY, true, 2);
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

void SignalPlot::resizeEvent(QResizeEvent *event)
{
    PlotWidget::resizeEvent(event);
    // The controls and the legend wrap (a flow): their height for this width becomes their
    // minimum, so that the pane below the graph (a splitter, which keeps minimums) grows by the
    // wrapped line instead of cutting the time axis off the bottom.
    const int height = m_controls->layout()->heightForWidth(width());
    if (height > 0 && m_controls->minimumHeight() != height)
        m_controls->setMinimumHeight(height);
}

void SignalPlot::applyPalette()
{
    const bool dark = isDark();
    plot()->setBackground(palette().brush(QPalette::Base));
    styleAxes({plot()->xAxis, plot()->yAxis, m_errorRect->axis(QCPAxis::atBottom), m_errorRect->axis(QCPAxis::atLeft)},
              ZeroLine::Shown);
    const QColor text = palette().color(QPalette::WindowText);
    // The series in the text's colour, solid; the predictions violet and dashed, the forecast teal
    // and dotted: colours no other view uses for weights (W_ih green, W_hh orange, W_hy pink) or
    // gates (blue), lighter on a dark background, and a line style each so none depends on colour.
    m_series->setPen(QPen(text, 2));
    // Flat caps: Qt's default square caps lengthen every dash and dot by the pen's width, which
    // made the dots dashes and the dashes almost a solid line over the series.
    m_predictions->setPen(QPen(signalColor(SignalCurve::Prediction, dark), 2, Qt::DashLine, Qt::FlatCap));
    m_forecast->setPen(QPen(signalColor(SignalCurve::Forecast, dark), 2.5, Qt::DotLine, Qt::FlatCap));
    const QColor anomaly = signalColor(SignalCurve::Anomaly, dark);
    m_anomalies->setPen(QPen(anomaly, 2));
    updateRingSize();
    m_error->setPen(QPen(text, 1.5));
    m_thresholdLine->setPen(QPen(anomaly, 1.5, Qt::DashLine, Qt::FlatCap));
    m_thresholdLabel->setColor(anomaly);
    QColor warm = text;
    warm.setAlpha(dark ? 45 : 30);
    QColor hot = anomaly;
    hot.setAlpha(dark ? 60 : 40);
    for (QCPItemRect *rect : m_warmupRect)
        rect->setBrush(warm);
    for (QCPItemRect *rect : std::as_const(m_anomalyRects))
        rect->setBrush(hot);
    for (QCPItemStraightLine *line : m_forecastLine)
        line->setPen(QPen(text, 1.5, Qt::DashDotLine));
    m_forecastLabel->setColor(text);
    m_warmupLabel->setColor(text);
    fontChanged();
    updateLegend();
}

void SignalPlot::updateRingSize()
{
    QCPAxis *x = plot()->xAxis;
    const double pitch = std::abs(x->coordToPixel(1.0) - x->coordToPixel(0.0));
    const double size = std::clamp(pitch * 1.2, 6.0, 14.0);
    const QColor anomaly = m_anomalies->pen().color();
    m_anomalies->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, anomaly, anomaly, size));
}

void SignalPlot::updateLegend()
{
    const int height = fontMetrics().height();
    const double ratio = devicePixelRatioF();
    QColor hot = m_anomalies->pen().color();
    hot.setAlpha(isDark() ? 60 : 40);
    QColor warm = palette().color(QPalette::WindowText);
    warm.setAlpha(isDark() ? 45 : 30);
    const struct
    {
        QPen pen;
        QBrush box;
        bool dot;
        QString text;
    } entries[] = {
        {m_series->pen(), Qt::NoBrush, false,
         m_showingTest ? tr("test series (never trained on)") : tr("training series")},
        {m_predictions->pen(), Qt::NoBrush, false, tr("one step ahead")},
        {m_forecast->pen(), Qt::NoBrush, false, tr("forecast")},
        {m_anomalies->pen(), hot, true, tr("anomaly")},
        {QPen(), warm, false, tr("warm-up: not counted")},
    };
    for (int k = 0; k < 5; ++k) {
        QPen pen = entries[k].pen;
        m_legendKeys[2 * k]->setPixmap(legendSample(pen, entries[k].box, entries[k].dot, height, ratio));
        m_legendKeys[2 * k + 1]->setText(entries[k].text);
    }
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
    for (QCPItemText *label : {m_thresholdLabel, m_forecastLabel, m_warmupLabel})
        label->setFont(text);
    m_thresholdBox->setMaximumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("00000.00000")) + 32);
    updateLegend();
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
    for (QCPItemRect *rect : std::as_const(m_anomalyRects))
        plot()->removeItem(rect);
    m_anomalyRects.clear();
    m_warmupX = {};
    for (QCPAbstractItem *item :
         std::initializer_list<QCPAbstractItem *>{m_warmupRect[0], m_warmupRect[1], m_warmupLabel, m_forecastLine[0],
                                                  m_forecastLine[1], m_forecastLabel, m_thresholdLabel})
        item->setVisible(false);
    m_hint->setVisible(!r);
    // A series needs height to be read (its marks, its spike): with one, the plot asks for 170 px,
    // and the window's lower pane keeps that much below the graph (WindowRoom keeps the pane's
    // minimum; the graph scrolls); a character run keeps the small minimum of an empty plot.
    const int wanted = r ? 170 : 130;
    if (plot()->minimumHeight() != wanted) {
        plot()->setMinimumHeight(wanted);
        updateGeometry();
    }
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
    if (test != m_showingTest) {
        m_showingTest = test;
        updateLegend();
    }
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
    // The error axis is logarithmic: its range spans the positive errors and the threshold.
    double errorLow = m_threshold > 0.0 ? m_threshold : 0.0;
    double errorHigh = m_threshold;
    for (Eigen::Index t = 0; t < s.stepError.size(); ++t) {
        const double e = s.stepError(t);
        m_error->addData(double(t + 2), e);
        if (std::isfinite(e) && e > 0.0) {
            errorHigh = std::max(errorHigh, e);
            errorLow = errorLow > 0.0 ? std::min(errorLow, e) : e;
        }
    }
    // Anomalies and warm-up: the engine's (ForecastReadout::anomalies); the plot only draws them.
    const std::vector<Eigen::Index> anomalies = r->anomalies(s, m_threshold);
    QColor hot = m_anomalies->pen().color();
    hot.setAlpha(isDark() ? 60 : 40);
    for (std::size_t k = 0; k < anomalies.size(); ++k) {
        const Eigen::Index t = anomalies[k];
        m_anomalies->addData(double(t + 2), double(s.points(0, t + 1)));
        // One shaded span per run of consecutive steps, in both plots.
        if (k == 0 || anomalies[k - 1] != t - 1) {
            Eigen::Index end = t;
            while (k + 1 + std::size_t(end - t) < anomalies.size()
                   && anomalies[k + 1 + std::size_t(end - t)] == end + 1)
                ++end;
            for (QCPAxisRect *rect : {plot()->axisRect(), m_errorRect}) {
                auto *item = new QCPItemRect(plot());
                item->setClipAxisRect(rect);
                for (QCPItemPosition *p : {item->topLeft, item->bottomRight}) {
                    p->setAxisRect(rect);
                    p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                    p->setTypeY(QCPItemPosition::ptAxisRectRatio);
                }
                item->topLeft->setCoords(double(t) + 1.5, 0.0);
                item->bottomRight->setCoords(double(end) + 2.5, 1.0);
                item->setPen(Qt::NoPen);
                item->setBrush(hot);
                item->setLayer(QStringLiteral("grid"));
                m_anomalyRects << item;
            }
        }
    }
    const int warmup = int(std::min<Eigen::Index>(r->warmup, s.stepError.size()));
    if (warmup > 0) {
        m_warmupX = {1.5, double(warmup) + 1.5};
        for (QCPItemRect *rect : m_warmupRect) {
            rect->topLeft->setCoords(m_warmupX.first, 0.0);
            rect->bottomRight->setCoords(m_warmupX.second, 1.0);
            rect->setVisible(true);
        }
        m_warmupLabel->position->setCoords(m_warmupX.first, 0.0);
        m_warmupLabel->setVisible(true);
    }
    const double right = double(n + std::max<Eigen::Index>(0, s.forecast.cols()));
    m_thresholdLine->addData(1.0, m_threshold);
    m_thresholdLine->addData(right, m_threshold);
    if (s.forecast.cols() > 0 && n > 0) {
        for (QCPItemStraightLine *line : m_forecastLine) {
            line->point1->setCoords(double(n), 0.0);
            line->point2->setCoords(double(n), 1.0);
            line->setVisible(true);
        }
        m_forecastLabel->position->setCoords(double(n), 0.0);
        m_forecastLabel->setVisible(true);
    }

    const double pad = std::max(1e-6, (high - low) * 0.15);
    plot()->yAxis->setRange(low - pad, high + pad);
    plot()->xAxis->setRange(0.5, right + 0.5);
    const double top = std::max(errorHigh, 1e-12) * 3.0;
    // Errors far below the threshold are all "small": the axis starts two decades under it, so
    // that its few labels fall near the threshold and the errors above it.
    const double floor = m_threshold > 0.0 ? m_threshold / 100.0 : top * 1e-6;
    const double bottom = std::max(errorLow > 0.0 ? std::max(errorLow / 3.0, floor) : floor, top * 1e-12);
    m_errorRect->axis(QCPAxis::atLeft)->setRange(bottom, top);

    const double seriesMean = s.stepError.size() > warmup ? s.stepError.tail(s.stepError.size() - warmup).mean() : 0.0;
    const int decimals = commonDecimals({seriesMean, r->trainErrorMean, r->trainErrorSd, m_threshold});
    const auto number = [decimals](double v) { return fixed(v, decimals); };
    m_thresholdLabel->setText(tr("threshold %1").arg(number(m_threshold)));
    m_thresholdLabel->position->setCoords(1.0, m_threshold);
    m_thresholdLabel->setVisible(m_threshold > 0.0);

    const QString name = test
        ? (r->test.size() == 1 ? tr("Test series") : tr("Test series %1").arg(index + 1))
        : (r->train.size() == 1 ? tr("Training series") : tr("Training series %1").arg(index + 1));
    const int above = int(anomalies.size());
    QString text =
        tr("%1: mean error² %2, training %3 ± %4 · %5")
            .arg(name, number(seriesMean), number(r->trainErrorMean), number(r->trainErrorSd),
                 above == 1 ? tr("1 step above the threshold") : tr("%1 steps above the threshold").arg(above));
    if (warmup > 0)
        text += warmup == 1 ? tr(" · 1 warm-up step") : tr(" · %1 warm-up steps").arg(warmup);
    if (s.points.rows() > 1)
        text += tr(" · feature 1 of %1").arg(s.points.rows());
    m_summary->setText(text);
    m_summary->setToolTip(
        text + tr(" (threshold %1%2)").arg(number(m_threshold), m_thresholdDefault ? tr(": mean + 3 sd") : QString())
        + tr("\nWarm-up: the first steps of every series, where the state (zero at the start) has not seen enough "
             "yet — even the training series is predicted worse than the threshold there. They count neither in "
             "the threshold (mean + 3 sd of the training steps after them) nor as anomalies."));
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

QPair<double, double> SignalPlot::warmupX() const
{
    return m_warmupX;
}

double SignalPlot::forecastStartX() const
{
    return m_forecastLine[0]->visible() ? m_forecastLine[0]->point1->coords().x() : std::nan("");
}

QPair<double, double> SignalPlot::errorRange() const
{
    const QCPRange range = m_errorRect->axis(QCPAxis::atLeft)->range();
    return {range.lower, range.upper};
}

bool SignalPlot::errorAxisIsLogarithmic() const
{
    return m_errorRect->axis(QCPAxis::atLeft)->scaleType() == QCPAxis::stLogarithmic;
}

QString SignalPlot::summaryText() const
{
    return m_summary->text();
}

QStringList SignalPlot::legendTexts() const
{
    QStringList texts;
    for (int k = 1; k < m_legendKeys.size(); k += 2)
        texts << m_legendKeys[k]->text();
    return texts;
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
