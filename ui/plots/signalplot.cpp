// SPDX-License-Identifier: MIT
#include "ui/plots/signalplot.h"

#include "ui/common/colormap.h"
#include "ui/common/contrast.h"
#include "ui/common/errornumber.h"
#include "ui/common/flowlayout.h"
#include "ui/common/readernumber.h"
#include "ui/plots/logaxis.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! The threshold typed or shown with three significant figures, as the plot's label and the
//! summary print it (ErrorNumber): with five fixed decimals the box said 0.00008 where the label
//! said 0.000075, and a threshold below 0.000005 was rounded to zero.
class ThresholdSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override { return ErrorNumber::text(value, locale()); }
    double valueFromText(const QString &text) const override { return locale().toDouble(text.trimmed()); }
    QValidator::State validate(QString &text, int &) const override
    {
        if (text.trimmed().isEmpty())
            return QValidator::Intermediate;
        bool ok = false;
        const double value = locale().toDouble(text.trimmed(), &ok);
        if (!ok)
            return QValidator::Invalid;
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
};

//! The legend: series, one step ahead, forecast, true continuation, flagged, injected, warm-up.
constexpr int legendEntries = 7;

//! The injected anomaly's hatching in \a color.
QBrush injectedBrush(QColor color)
{
    return QBrush(color, Qt::BDiagPattern);
}

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

//! A curve past the end without its first point: the forecast and the true continuation start at
//! the series' last point so that the lines join, and that point is the series', not theirs.
QVector<double> withoutJoin(QVector<double> curve)
{
    if (!curve.isEmpty())
        curve.removeFirst();
    return curve;
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

//! A band over the whole height of \a rect from x = \a from to \a to (plot coordinates), clipped
//! to it, unframed, under the curves (its brush: the caller's).
QCPItemRect *span(QCustomPlot *plot, QCPAxisRect *rect, double from, double to)
{
    auto *item = new QCPItemRect(plot);
    item->setClipAxisRect(rect);
    for (QCPItemPosition *p : {item->topLeft, item->bottomRight}) {
        p->setAxisRect(rect);
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    item->topLeft->setCoords(from, 0.0);
    item->bottomRight->setCoords(to, 1.0);
    item->setPen(Qt::NoPen);
    item->setLayer(QStringLiteral("grid")); // under the curves
    return item;
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
    auto *fromLabel = new QLabel(tr("sta&rting after"), this);
    m_fromBox = new QSpinBox(this);
    m_fromBox->setRange(0, 0); // up to the series' last point but one, set with the series
    m_fromBox->setSpecialValueText(tr("the end"));
    m_fromBox->setPrefix(tr("point "));
    m_fromBox->setToolTip(tr("Where the free run starts: after the series' last point (the end), or after an "
                             "earlier point, so that its forecast can be compared with what actually came"));
    fromLabel->setBuddy(m_fromBox);
    bar->addWidget(group({lengthLabel, m_lengthBox, fromLabel, m_fromBox}));
    auto *thresholdLabel = new QLabel(tr("Fla&g above"), this);
    m_thresholdBox = new ThresholdSpinBox(this);
    // Every digit a threshold may have (a trained network's errors are small: 0.0000231); the box
    // shows three significant figures of it.
    m_thresholdBox->setDecimals(ErrorNumber::maximumDecimals);
    m_thresholdBox->setRange(0.0, 1e9);
    // As wide as a threshold is long (0.00412), not as 1e9 with its decimals: the controls stay one row.
    m_thresholdBox->setMaximumWidth(m_thresholdBox->fontMetrics().horizontalAdvance(QStringLiteral("00000.00000"))
                                    + 32); // again in fontChanged(): presentation mode's type is larger
    m_thresholdBox->setSingleStep(0.001);
    m_thresholdBox->setToolTip(tr("A time step whose squared error is above this is flagged: a candidate anomaly, "
                                  "not yet a true one (the summary judges the flags against where an anomaly was "
                                  "injected). Default: the training error's mean + 3 standard deviations"));
    thresholdLabel->setBuddy(m_thresholdBox);
    m_ruleBox = new QComboBox(this);
    m_ruleBox->addItems({tr("mean + 3 sd"), tr("99th percentile"), tr("typed")});
    m_ruleBox->setToolTip(tr("The threshold's rule. Mean + 3 sd (the default) assumes errors spread like a normal "
                             "distribution; a network's squared errors have a long tail (their sd is often larger "
                             "than their mean), so it also flags ordinary steps. The 99th percentile of the "
                             "training errors flags about 1 ordinary step in 100."));
    m_ruleBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(group({thresholdLabel, m_thresholdBox, m_ruleBox}));
    // The legend: each curve by its colour and its line style (a projector or a greyscale print
    // still tells them apart), beside the controls where the row has room, else on a row of its own.
    // Each entry its own item of the flow, so that a narrow pane wraps the legend between entries.
    for (int k = 0; k < legendEntries; ++k) {
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
    // Wrapped: its lines (errors, flags, forecast) say what each number covers, and a cut line
    // ("2 warm-up step") said nothing.
    // The plots come first: the summary gets what they leave (fitSummary), at least two lines, and
    // scrolls when its text is longer (a 1024-wide pane wraps it to six).
    m_summaryScroll = new QScrollArea(this);
    m_summaryScroll->setFrameShape(QFrame::NoFrame);
    m_summaryScroll->setWidgetResizable(true);
    m_summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryScroll->viewport()->setAutoFillBackground(false);
    m_summary = new QLabel(m_summaryScroll);
    m_summary->setContentsMargins(8, 0, 8, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summaryScroll->setWidget(m_summary);
    layout->addWidget(m_summaryScroll);

    QCustomPlot *plot = createPlot(QSize(240, 130));
    layout->addWidget(plot, 1);
    m_hint = addHint(QMargins(48, 16, 48, 48));
    m_hint->setText(tr("The signal plot is for time series (the task \"Time series\"): open one, e.g. File ▸ "
                       "Open examples/sine-spike.json"));
    m_hint->setMaximumWidth(m_hint->fontMetrics().averageCharWidth() * 72);

    // Top: the series and what the network makes of it. Bottom: the error per step.
    plot->plotLayout()->setRowSpacing(0);
    m_errorRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(1, 0, m_errorRect);
    // About as tall as each other: the error plot's share also holds the time axis' numbers and
    // title under it, and needs three labelled decades (3 : 2 left it a strip); the value plot, the
    // one a class reads first, a little more (1 : 1.2 left it 20 px under 150 at 1280×800).
    plot->plotLayout()->setRowStretchFactors({1.0, 1.05});
    // Close together: QCustomPlot's 15 px minimum margins left 30 px between the two plots and 15
    // over the value plot, all of it empty (its labels stand inside, in the row kept free at its top).
    plot->axisRect()->setMinimumMargins(QMargins(15, 4, 15, 3));
    m_errorRect->setMinimumMargins(QMargins(15, 5, 15, 15));
    auto *margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_errorRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    m_series = plot->addGraph(plot->xAxis, plot->yAxis);
    m_series->setName(tr("series"));
    m_predictions = plot->addGraph(plot->xAxis, plot->yAxis);
    m_predictions->setName(tr("one-step prediction"));
    // What came first, the forecast's dots drawn over it (the other way round hid them).
    m_truth = plot->addGraph(plot->xAxis, plot->yAxis);
    m_truth->setName(tr("true continuation"));
    m_forecast = plot->addGraph(plot->xAxis, plot->yAxis);
    m_forecast->setName(tr("free-running forecast"));
    m_anomalies = plot->addGraph(plot->xAxis, plot->yAxis);
    m_anomalies->setName(tr("flagged"));
    m_anomalies->setLineStyle(QCPGraph::lsNone);
    QCPAxis *errorX = m_errorRect->axis(QCPAxis::atBottom);
    QCPAxis *errorY = m_errorRect->axis(QCPAxis::atLeft);
    m_error = plot->addGraph(errorX, errorY);
    m_error->setName(tr("squared error"));
    m_thresholdLine = plot->addGraph(errorX, errorY);
    m_thresholdLine->setName(tr("threshold"));

    // Shaded spans and the forecast line, each clipped to its own plot.
    const QVector<QCPAxisRect *> rects{plot->axisRect(), m_errorRect};
    for (int k = 0; k < 2; ++k) {
        m_warmupRect[k] = span(plot, rects[k], 0.0, 0.0);
        m_injectedRect[k] = span(plot, rects[k], 0.0, 0.0);
        m_injectedRect[k]->setLayer(QStringLiteral("main")); // hatched over the bands, under the curves' rings
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
    // At the top of the hatched band, in the row updateValueRange keeps free of the curves: at the
    // bottom it lay on the wave's trough and the axis.
    m_injectedLabel = label(plot->axisRect(), Qt::AlignHCenter | Qt::AlignTop);
    m_injectedLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_injectedLabel->setText(tr("injected"));
    // On the value plot: on the error plot it stood over the axis' top label.
    m_warmupLabel = label(plot->axisRect(), Qt::AlignLeft | Qt::AlignTop);
    m_warmupLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_warmupLabel->setText(tr("warm-up"));
    m_thresholdLabel = label(m_errorRect, Qt::AlignRight | Qt::AlignBottom);
    m_thresholdLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    // The ring of an anomaly as large as the steps are apart (rings of neighbours do not pile up),
    // from the axis' pixels of the frame about to be drawn.
    connect(plot, &QCustomPlot::beforeReplot, this, &SignalPlot::updateRingSize);
    connect(plot, &QCustomPlot::beforeReplot, this, &SignalPlot::updateValueRange);

    setStepAxis(plot->xAxis, QString());
    // The two plots share the time axis: its numbers once, under the error (a row saved for the curves).
    plot->xAxis->setTickLabels(false);
    plot->yAxis->setLabel(tr("value"));
    // Few ticks on the value axes: at projector size the plot is a strip, and five labels overlap.
    plot->yAxis->ticker()->setTickCount(3);
    // One convention, the walk's: step t's error is loss_t = (y_t − x_{t+1})², drawn at t.
    setStepAxis(errorX, tr("time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²"));
    errorY->setLabel(tr("error²"));
    // Logarithmic: the threshold (≈ 0.004) and the spike's error (≈ 2) are decades apart; on a
    // linear axis the threshold lay on zero.
    setLogarithmicAxis(errorY, true, 2);
    // At least three labelled ticks over the errors' range (logaxis.cpp asks for as many as fit at
    // three lines apart: on a plot strip that was one, "10⁰"); run after its hook.
    connect(plot, &QCustomPlot::beforeReplot, this, &SignalPlot::updateErrorTicks);
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, this, &SignalPlot::showHover);
    // The two share the time axis: zooming one follows in the other.
    connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), errorX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    // Legend as text in the curves' colours would depend on colour: the summary line names them
    // by line style instead (solid, dashed, dotted, rings).
    connect(m_seriesBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        rebuild();
        emit seriesChoiceChanged(index);
    });
    connect(m_lengthBox, &QSpinBox::valueChanged, this,
            [this](int length) { emit forecastLengthChanged(length, m_fromBox->value()); });
    connect(m_fromBox, &QSpinBox::valueChanged, this,
            [this](int from) { emit forecastLengthChanged(m_lengthBox->value(), from); });
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (value == m_threshold)
            return;
        m_threshold = value;
        m_rule = Rule::Typed;
        rebuild();
    });
    connect(m_ruleBox, &QComboBox::activated, this, [this](int index) { setRule(Rule(index)); });

    applyTheme();
    rebuild();
}

SignalPlot::~SignalPlot() = default;

void SignalPlot::resizeEvent(QResizeEvent *event)
{
    PlotWidget::resizeEvent(event);
    fitControls();
    fitSummary();
}

bool SignalPlot::fitControls()
{
    // The controls and the legend wrap (a flow): their height for this width becomes their
    // minimum, so that the pane below the graph (a splitter, which keeps minimums) grows by the
    // wrapped line instead of cutting the time axis off the bottom. Measured again whenever the
    // legend changes, not only on a resize: a minimum left from the legend's earlier words or font
    // (presentation mode at 1024 × 768) stood as an empty band above the summary.
    const int height = m_controls->layout()->heightForWidth(width());
    if (height <= 0 || m_controls->minimumHeight() == height)
        return false;
    m_controls->setMinimumHeight(height);
    return true;
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
    // What the wave did: a grey between the text and the background, wider than the forecast's
    // dots so that it shows on both sides of them (the series' colour at half strength and 1.5 px
    // vanished under the dotted forecast), and at least 3 : 1 on the background in every theme.
    const QColor base = palette().color(QPalette::Base);
    QColor came = Contrast::over(QColor(text.red(), text.green(), text.blue(), 150), base);
    if (Contrast::ratio(came, base) < 3.0)
        came = text;
    m_truth->setPen(QPen(came, 3.5));
    const QColor anomaly = signalColor(SignalCurve::Anomaly, dark);
    // The labels and the injected band's edge in a red that reads on the background (WCAG AA):
    // the dark themes' crimson on black was read as a smudge.
    const QColor anomalyText = Contrast::textOn(base, dark ? anomaly.lighter(135) : anomaly);
    m_anomalies->setPen(QPen(anomaly, 2));
    updateRingSize();
    m_error->setPen(QPen(text, 1.5));
    m_thresholdLine->setPen(QPen(anomaly, 1.5, Qt::DashLine, Qt::FlatCap));
    m_thresholdLabel->setColor(anomalyText);
    QColor warm = text;
    warm.setAlpha(dark ? 45 : 30);
    QColor hot = anomaly;
    hot.setAlpha(dark ? 60 : 40);
    for (QCPItemRect *rect : m_warmupRect)
        rect->setBrush(warm);
    for (QCPItemRect *rect : std::as_const(m_anomalyRects))
        rect->setBrush(hot);
    for (QCPItemRect *rect : m_injectedRect) {
        rect->setBrush(injectedBrush(anomalyText));
        rect->setPen(QPen(anomalyText, dark ? 1.5 : 1.0, Qt::DashLine, Qt::FlatCap));
    }
    m_injectedLabel->setColor(anomalyText);
    // On the plot's background, over the hatching and its dashed edge, which crossed its letters.
    m_injectedLabel->setBrush(palette().brush(QPalette::Base));
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

void SignalPlot::updateValueRange()
{
    const auto [low, high] = m_valueRange;
    const double pad = std::max(1e-6, (high - low) * 0.15);
    // Above the highest value, a row for the labels at the top ("warm-up", "injected",
    // "forecast →") and a flag's ring: the spike, the series' highest point, stood under "injected".
    // u px of h: u / (high − low + pad + u) · h ≥ row.
    const double row = QFontMetrics(m_injectedLabel->font()).height() + m_anomalies->scatterStyle().size() / 2.0 + 5;
    const double h = plot()->axisRect()->height();
    const double top = h > 2.0 * row ? std::max(pad, row * (high - low + pad) / (h - row)) : pad;
    QCPAxis *axis = plot()->yAxis;
    if (axis->range().lower != low - pad || axis->range().upper != high + top)
        axis->setRange(low - pad, high + top);
}

void SignalPlot::updateLegend()
{
    const int height = fontMetrics().height();
    const double ratio = devicePixelRatioF();
    QColor hot = m_anomalies->pen().color();
    hot.setAlpha(isDark() ? 60 : 40);
    QColor warm = palette().color(QPalette::WindowText);
    warm.setAlpha(isDark() ? 45 : 30);
    // Short words, so that the legend takes one row beside the threshold and one of its own at
    // 1024 and 1280 (four rows left the value plot a 70 px strip); each entry's tooltip says more.
    const struct
    {
        QPen pen;
        QBrush box;
        bool dot;
        QString text;
        QString more;
        bool shown;
    } entries[] = {
        {m_series->pen(), Qt::NoBrush, false, m_showingTest ? tr("test series") : tr("training series"),
         m_showingTest ? tr("The test series: evaluated at every step with the current weights, never trained on")
                       : tr("The training series: what the network is trained on"),
         true},
        {m_predictions->pen(), Qt::NoBrush, false, tr("one step ahead"),
         tr("The one-step predictions: y_t, drawn under the x_{t+1} it predicts"), true},
        {m_forecast->pen(), Qt::NoBrush, false, tr("forecast"),
         tr("The free-running forecast: each predicted value fed back as the next input"), true},
        {m_truth->pen(), Qt::NoBrush, false, tr("what came"),
         tr("What came: the generator's true continuation past the end, to hold the forecast against"),
         m_truth->dataCount() > 0},
        {m_anomalies->pen(), hot, true, tr("flagged: error² > threshold"),
         tr("A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the "
            "input it read and the point it predicted"),
         true},
        {QPen(), injectedBrush(m_injectedLabel->color()), false, tr("injected anomaly"),
         tr("Where the generator injected the anomaly"), m_injectedRect[0]->visible()},
        {QPen(), warm, false, tr("warm-up (not counted)"),
         tr("The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags"),
         true},
    };
    for (int k = 0; k < legendEntries; ++k) {
        QPen pen = entries[k].pen;
        m_legendKeys[2 * k]->setPixmap(legendSample(pen, entries[k].box, entries[k].dot, height, ratio));
        m_legendKeys[2 * k + 1]->setText(entries[k].text);
        m_legendKeys[2 * k]->parentWidget()->setToolTip(entries[k].more);
        m_legendKeys[2 * k]->parentWidget()->setVisible(entries[k].shown);
    }
    // Shown only: a hidden pane's width is not yet its own (its flow measured at 100 px wide asked
    // for a window taller than the screen); its first resize measures it.
    if (isVisible() && fitControls())
        fitSummary();
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
    for (QCPItemText *label : {m_thresholdLabel, m_forecastLabel, m_warmupLabel, m_injectedLabel})
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

int SignalPlot::forecastFrom() const
{
    return m_fromBox->value();
}

void SignalPlot::setForecastFrom(int from)
{
    m_fromBox->setValue(from);
}

void SignalPlot::setThreshold(double threshold)
{
    m_thresholdBox->setValue(threshold);
}

void SignalPlot::resetThreshold()
{
    setRule(Rule::MeanSd);
}

void SignalPlot::setRule(Rule rule)
{
    m_rule = rule;
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
    const QSignalBlocker ruleBlocker(m_ruleBox);
    m_ruleBox->setCurrentIndex(int(m_rule));
}

void SignalPlot::rebuild()
{
    const ForecastReadout *r = m_snapshot ? m_snapshot->forecast.get() : nullptr;
    for (QCPGraph *graph : {m_series, m_predictions, m_forecast, m_truth, m_anomalies, m_error, m_thresholdLine})
        graph->data()->clear();
    for (QCPItemRect *rect : std::as_const(m_anomalyRects))
        plot()->removeItem(rect);
    m_anomalyRects.clear();
    m_flagBands.clear();
    m_warmupX = {};
    for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{
             m_warmupRect[0], m_warmupRect[1], m_warmupLabel, m_forecastLine[0], m_forecastLine[1], m_forecastLabel,
             m_thresholdLabel, m_injectedRect[0], m_injectedRect[1], m_injectedLabel})
        item->setVisible(false);
    m_hint->setVisible(!r);
    // A series needs height to be read (its marks, its spike, three labelled decades of error):
    // with one, the plot's minimum is 170 px (more broke the 1024×768 presentation window); the
    // room to read it comes from WindowRoom, which gives the lower pane its share while this tab
    // is shown, and from fitSummary, which gives the plots plotWanted each before the summary
    // more than two lines. A character run keeps the small minimum of an empty plot.
    const int wanted = r ? 170 : 130;
    if (plot()->minimumHeight() != wanted) {
        plot()->setMinimumHeight(wanted);
        updateGeometry();
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_seriesBox, m_lengthBox, m_fromBox, m_thresholdBox, m_ruleBox})
        w->setEnabled(r != nullptr);
    if (!r) {
        m_summary->clear();
        fitSummary();
        requestReplot();
        return;
    }
    switch (m_rule) {
    case Rule::MeanSd: m_threshold = r->defaultThreshold(); break;
    case Rule::Percentile: m_threshold = r->trainErrorQuantile(0.99); break;
    case Rule::Typed: break;
    }
    updateThresholdBox();
    if (!(m_threshold == m_emittedThreshold)) { // NaN at first: always once
        m_emittedThreshold = m_threshold;
        emit thresholdChanged(m_threshold);
    }

    const int choice = std::max(0, m_seriesBox->currentIndex());
    const bool test = choice >= static_cast<int>(r->train.size());
    const std::size_t index = test ? std::size_t(choice) - r->train.size() : std::size_t(choice);
    const std::vector<SeriesReadout> &list = test ? r->test : r->train;
    m_showingTest = test;
    if (index >= list.size()) {
        requestReplot();
        return;
    }
    const SeriesReadout &s = list[index];
    const Eigen::Index n = s.points.cols();
    {
        // The free run can start after any point but the last (the end: 0).
        const QSignalBlocker blocker(m_fromBox);
        m_fromBox->setMaximum(int(std::max<Eigen::Index>(0, n - 1)));
    }
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
    // y_t under the x_{t+1} it predicts: 0-based step t at x = t + 2.
    for (Eigen::Index t = 0; t < s.predictions.cols(); ++t) {
        m_predictions->addData(double(t + 2), double(s.predictions(0, t)));
        extend(s.predictions(0, t));
    }
    // The free run starts at the last point read, so that the two lines join.
    const Eigen::Index start = std::clamp<Eigen::Index>(s.forecastStart, 0, n);
    if (s.forecast.cols() > 0 && start > 0)
        m_forecast->addData(double(start), double(s.points(0, start - 1)));
    for (Eigen::Index k = 0; k < s.forecast.cols(); ++k) {
        m_forecast->addData(double(start + 1 + k), double(s.forecast(0, k)));
        extend(s.forecast(0, k));
    }
    if (s.truth.cols() > 0 && n > 0)
        m_truth->addData(double(n), double(s.points(0, n - 1)));
    for (Eigen::Index k = 0; k < s.truth.cols(); ++k) {
        m_truth->addData(double(n + 1 + k), double(s.truth(0, k)));
        extend(s.truth(0, k));
    }
    // The error axis is logarithmic: its range spans every positive error and the threshold, so
    // that no part of the curve is clipped.
    double errorLow = m_threshold > 0.0 ? m_threshold : 0.0;
    double errorHigh = m_threshold;
    for (Eigen::Index t = 0; t < s.stepError.size(); ++t) {
        const double e = s.stepError(t);
        m_error->addData(double(t + 1), e); // loss_t at t, as the walk numbers it
        if (std::isfinite(e) && e > 0.0) {
            errorHigh = std::max(errorHigh, e);
            errorLow = errorLow > 0.0 ? std::min(errorLow, e) : e;
        }
    }
    // Flags and warm-up: the engine's (ForecastReadout::judge); the plot only draws them.
    const FlagJudgement judged = r->judge(s, m_threshold);
    const std::vector<Eigen::Index> &anomalies = judged.flags;
    QColor hot = m_anomalies->pen().color();
    hot.setAlpha(isDark() ? 60 : 40);
    for (std::size_t k = 0; k < anomalies.size(); ++k) {
        const Eigen::Index t = anomalies[k];
        m_anomalies->addData(double(t + 2), double(s.points(0, t + 1))); // the point it mispredicted
        // One shaded span per run of consecutive steps, in both plots: from the first step's input
        // x_t to the last step's target x_{t+1} (1-based t − ½ … t + 1 + ½).
        if (k == 0 || anomalies[k - 1] != t - 1) {
            Eigen::Index end = t;
            while (k + 1 + std::size_t(end - t) < anomalies.size()
                   && anomalies[k + 1 + std::size_t(end - t)] == end + 1)
                ++end;
            m_flagBands.append({double(t) + 0.5, double(end) + 2.5});
            for (QCPAxisRect *rect : {plot()->axisRect(), m_errorRect}) {
                QCPItemRect *item = span(plot(), rect, m_flagBands.back().first, m_flagBands.back().second);
                item->setBrush(hot);
                m_anomalyRects << item;
            }
        }
    }
    if (s.injected) {
        // The injected points, hatched in both plots: where the generator put the anomaly.
        const double from = double(s.injected->begin) + 0.5;
        const double to = double(s.injected->end) + 0.5;
        for (QCPItemRect *rect : m_injectedRect) {
            rect->topLeft->setCoords(from, 0.0);
            rect->bottomRight->setCoords(to, 1.0);
            rect->setVisible(true);
        }
        m_injectedLabel->position->setCoords((from + to) / 2.0, 0.0);
        m_injectedLabel->setVisible(true);
    }
    const int warmup = int(std::min<Eigen::Index>(r->warmup, s.stepError.size()));
    if (warmup > 0) {
        m_warmupX = {0.5, double(warmup) + 0.5}; // steps 1 … w
        for (QCPItemRect *rect : m_warmupRect) {
            rect->topLeft->setCoords(m_warmupX.first, 0.0);
            rect->bottomRight->setCoords(m_warmupX.second, 1.0);
            rect->setVisible(true);
        }
        m_warmupLabel->position->setCoords(m_warmupX.first, 0.0);
        m_warmupLabel->setVisible(true);
    }
    const double right = double(std::max(n, start + s.forecast.cols()));
    m_thresholdLine->addData(0.5, m_threshold);
    m_thresholdLine->addData(right + 0.5, m_threshold);
    if (s.forecast.cols() > 0 && start > 0) {
        for (QCPItemStraightLine *line : m_forecastLine) {
            line->point1->setCoords(double(start), 0.0);
            line->point2->setCoords(double(start), 1.0);
            line->setVisible(true);
        }
        m_forecastLabel->position->setCoords(double(start), 0.0);
        m_forecastLabel->setVisible(true);
    }

    m_valueRange = {low, high};
    updateValueRange();
    plot()->xAxis->setRange(0.5, right + 0.5);
    const double top = std::max(errorHigh, 1e-12) * 3.0;
    const double bottom = errorLow > 0.0 ? std::max(errorLow / 2.0, top * 1e-12) : top * 1e-6;
    m_errorRect->axis(QCPAxis::atLeft)->setRange(bottom, top);

    // One number, one way: the caption, the status bar and the spin box print these as here.
    const auto number = [](double v) { return ErrorNumber::text(v); };
    m_thresholdLabel->setText(tr("threshold %1").arg(number(m_threshold)));
    m_thresholdLabel->position->setCoords(1.0, m_threshold);
    m_thresholdLabel->setVisible(m_threshold > 0.0);

    m_summary->setText(summary(*r, s, test, index, number));
    m_summary->setToolTip(
        tr("Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — "
           "even the training series is predicted worse than the threshold there. They count neither in the "
           "threshold nor as flags.\nA flag is a step whose error² is above the threshold: a candidate anomaly. "
           "Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag "
           "at most %1 steps after it or after the previous such flag (the network still disturbed) is counted "
           "apart; every other flag is a false alarm.")
            .arg(ForecastReadout::settleSteps));
    fitSummary();
    updateLegend();
    requestReplot();
}

QString SignalPlot::summary(const ForecastReadout &r, const SeriesReadout &s, bool test, std::size_t index,
                            const std::function<QString(double)> &number) const
{
    const int warmup = int(std::min<Eigen::Index>(r.warmup, s.stepError.size()));
    const Eigen::Index steps = s.stepError.size();
    const QString name = test ? (r.test.size() == 1 ? tr("Test series (never trained on)")
                                                    : tr("Test series %1 (never trained on)").arg(index + 1))
                              : (r.train.size() == 1 ? tr("Training series") : tr("Training series %1").arg(index + 1));
    const double seriesMean = steps > warmup ? s.stepError.tail(steps - warmup).mean() : 0.0;
    QStringList lines;
    // Errors: each number with what it covers (the loss counts the warm-up, the threshold does not).
    // Short sentences, each whole on screen (fitSummary gives the summary its height before the plots
    // grow past plotMinimum): a 1280-wide pane cut "the loss 0.00072 is" off behind a scroll.
    QString errors = tr("%1: mean error² %2 over steps %3–%4").arg(name, number(seriesMean)).arg(warmup + 1).arg(steps);
    errors += warmup > 1 ? tr(" (1–%1: warm-up).").arg(warmup) : warmup == 1 ? tr(" (1: warm-up).") : tr(".");
    if (s.points.rows() > 1)
        errors += tr(" Feature 1 of %1.").arg(s.points.rows());
    lines << errors;
    lines << tr("Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).")
                 .arg(number(r.trainErrorMean), number(r.trainErrorSd), number(m_snapshot->trace.loss));
    // The threshold and the flags, judged against the injected anomaly where the generator says where.
    QString rule;
    switch (m_rule) {
    case Rule::MeanSd: rule = tr("mean + 3 sd"); break;
    case Rule::Percentile: rule = tr("the training errors' 99th percentile"); break;
    case Rule::Typed: rule = tr("typed"); break;
    }
    const FlagJudgement j = r.judge(s, m_threshold);
    if (m_rule == Rule::MeanSd && r.trainErrorSd > r.trainErrorMean)
        rule += tr("; sd > mean: not normally distributed, so ordinary steps pass it too");
    lines << tr("Threshold %1: %2.").arg(number(m_threshold), rule);
    QString flags = tr("Flagged steps: %1.").arg(j.flags.size());
    const auto stepList = [](const std::vector<Eigen::Index> &list) {
        QStringList out;
        for (Eigen::Index t : list)
            out << QString::number(t + 1); // 1-based, as the time axis and the walk
        return out.join(QStringLiteral(", "));
    };
    if (j.known) {
        const Eigen::Index b = s.injected->begin;
        const Eigen::Index e = s.injected->end;
        const QString where = e - b == 1 ? tr("at point %1").arg(b + 1) : tr("at points %1–%2").arg(b + 1).arg(e);
        const QString found = j.hits.empty() ? (j.anomalySteps == 0 ? tr("in the warm-up, not judged") : tr("missed"))
            : j.hits.size() == 1             ? tr("detected (step %1)").arg(stepList(j.hits))
                                             : tr("detected (steps %1)").arg(stepList(j.hits));
        flags += tr(" Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4")
                     .arg(where, found)
                     .arg(j.after.size())
                     .arg(j.falseAlarms.size());
        flags += j.falseAlarms.empty() ? tr(".") : tr(" (steps %1).").arg(stepList(j.falseAlarms));
    } else if (!j.flags.empty()) {
        flags += tr(" Each is a candidate: where an anomaly truly is, a series not made by the generator does not "
                    "say.");
    }
    lines << flags;
    if (s.forecast.cols() > 0) {
        const QString from =
            s.forecastStart < s.points.cols() ? tr("after point %1").arg(s.forecastStart) : tr("after the end");
        lines << (s.forecastErrorPoints > 0 && std::isfinite(s.forecastError)
                      ? tr("Free-running forecast %1: mean error² %2 against what came (points compared: %3).")
                            .arg(from, number(s.forecastError))
                            .arg(s.forecastErrorPoints)
                      : tr("Free-running forecast %1: nothing known to compare it with (start it earlier).").arg(from));
    }
    return lines.join(QLatin1Char('\n'));
}

int SignalPlot::summaryHeight(int width) const
{
    if (m_summary->text().isEmpty())
        return 0;
    // The width the label gets beside the scroll area's bar (kept free, so that the wrapping does
    // not change when a bar comes).
    const int textWidth = std::max(100, width - m_summaryScroll->verticalScrollBar()->sizeHint().width());
    return m_summary->heightForWidth(textWidth);
}

QSize SignalPlot::sizeHint() const
{
    const int controls =
        m_controls->minimumHeight() > 0 ? m_controls->minimumHeight() : m_controls->sizeHint().height();
    const int axis = 3 * QFontMetrics(axisFont()).lineSpacing();
    const int summary = std::max(summaryHeight(width()), 2 * QFontMetrics(m_summary->font()).lineSpacing());
    return {PlotWidget::sizeHint().width(), controls + summary + 2 * plotWanted + axis};
}

void SignalPlot::fitSummary()
{
    // The summary whole (every sentence read without scrolling) as long as each of the value and
    // error plots keeps plotMinimum px (and the time axis its lines); below that it scrolls, down
    // to two lines. Its minimum stays two lines, so the pane's own minimum — and with it the
    // 1024×768 presentation window — does not grow with the text. The plots get the rest: up to
    // plotWanted each where the pane is as tall as sizeHint() asks (WindowRoom sees to it).
    const int lines = QFontMetrics(m_summary->font()).lineSpacing();
    const bool empty = m_summary->text().isEmpty();
    const int full = summaryHeight(width());
    const int least = std::min(full, 2 * lines);
    const int controls =
        m_controls->minimumHeight() > 0 ? m_controls->minimumHeight() : m_controls->sizeHint().height();
    const int axis = 3 * QFontMetrics(axisFont()).lineSpacing(); // the time axis' numbers and title, a margin
    const int left = height() - controls - (2 * plotMinimum + axis);
    const int shown = std::clamp(left, least, std::max(least, full));
    if (m_summaryScroll->minimumHeight() != least)
        m_summaryScroll->setMinimumHeight(least);
    if (m_summaryScroll->maximumHeight() != shown)
        m_summaryScroll->setMaximumHeight(shown);
    m_summaryScroll->setVisible(!empty);
    if (const int wanted = sizeHint().height(); wanted != m_wantedHeight) {
        m_wantedHeight = wanted;
        updateGeometry();
        emit wantedHeightChanged();
    }
}

void SignalPlot::updateErrorTicks()
{
    QCPAxis *axis = m_errorRect->axis(QCPAxis::atLeft);
    auto *log = dynamic_cast<QCPAxisTickerLog *>(axis->ticker().data());
    if (!log)
        return;
    // A power's label is about a line and a half tall: at 1.6 lines apart they do not touch. At
    // least two (a strip forced to three crowded five labels, every second decade, into 75 px).
    const int line = QFontMetrics(axis->tickLabelFont()).height();
    log->setTickCount(std::max(2, m_errorRect->height() * 5 / std::max(1, 8 * line)));
}

QString SignalPlot::hoverText(int t) const
{
    const ForecastReadout *r = m_snapshot ? m_snapshot->forecast.get() : nullptr;
    if (!r)
        return {};
    const int choice = std::max(0, m_seriesBox->currentIndex());
    const bool test = choice >= static_cast<int>(r->train.size());
    const std::size_t index = test ? std::size_t(choice) - r->train.size() : std::size_t(choice);
    const std::vector<SeriesReadout> &list = test ? r->test : r->train;
    if (index >= list.size())
        return {};
    const SeriesReadout &s = list[index];
    const auto v = [](double x) { return ReaderNumber::significant(x, 4).replace(QLatin1Char('-'), QChar(0x2212)); };
    const Eigen::Index n = s.points.cols();
    QStringList lines;
    if (t >= 1 && t <= n)
        lines << tr("x_%1 = %2").arg(t).arg(v(s.points(0, t - 1)));
    const Eigen::Index k = t - 1; // 0-based step
    if (k >= 0 && k < s.stepError.size()) {
        lines << tr("step %1: y_%1 = %2 predicts x_%3 = %4")
                     .arg(t)
                     .arg(v(s.predictions(0, k)))
                     .arg(t + 1)
                     .arg(v(s.points(0, k + 1)));
        lines << tr("loss_%1 = (y_%1 − x_%2)² = %3").arg(t).arg(t + 1).arg(v(s.stepError(k)));
        const FlagJudgement j = r->judge(s, m_threshold);
        const auto in = [k](const std::vector<Eigen::Index> &list) {
            return std::find(list.begin(), list.end(), k) != list.end();
        };
        if (k < r->warmup)
            lines << tr("warm-up: not counted");
        else if (in(j.hits))
            lines << tr("flagged: predicts the injected anomaly (a hit)");
        else if (in(j.after))
            lines << tr("flagged: after the anomaly, the network still disturbed");
        else if (in(j.falseAlarms))
            lines << tr("flagged: a false alarm (no anomaly was injected here)");
        else if (in(j.flags))
            lines << tr("flagged: error² above the threshold");
    }
    const Eigen::Index start = s.forecastStart;
    const Eigen::Index j = t - 1 - start; // 0-based forecast point
    if (j >= 0 && j < s.forecast.cols()) {
        lines << tr("free-running forecast: %1").arg(v(s.forecast(0, j)));
        if (t > n && t - 1 - n < s.truth.cols())
            lines << tr("what came (generator): %1").arg(v(s.truth(0, t - 1 - n)));
    }
    return lines.join(QLatin1Char('\n'));
}

void SignalPlot::showHover(QMouseEvent *event)
{
    const int t = int(std::lround(plot()->xAxis->pixelToCoord(event->position().x())));
    const QString text = hoverText(t);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, plot());
}

QVector<double> SignalPlot::errorX() const
{
    return keys(m_error);
}

QVector<QPair<double, double>> SignalPlot::flagBandsX() const
{
    return m_flagBands;
}

QPair<double, double> SignalPlot::injectedX() const
{
    if (!m_injectedRect[0]->visible())
        return {};
    return {m_injectedRect[0]->topLeft->coords().x(), m_injectedRect[0]->bottomRight->coords().x()};
}

QVector<double> SignalPlot::truthX() const
{
    return withoutJoin(keys(m_truth));
}

QVector<double> SignalPlot::truthY() const
{
    return withoutJoin(values(m_truth));
}

QVector<double> SignalPlot::errorTicks() const
{
    QCPAxis *axis = m_errorRect->axis(QCPAxis::atLeft);
    QVector<double> ticks;
    for (double tick : axis->tickVector())
        if (axis->range().contains(tick))
            ticks << tick;
    return ticks;
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
    return withoutJoin(keys(m_forecast));
}

QVector<double> SignalPlot::forecastY() const
{
    return withoutJoin(values(m_forecast));
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

bool SignalPlot::summaryScrolls() const
{
    return m_summaryScroll->isVisible() && m_summaryScroll->verticalScrollBar()->maximum() > 0;
}

QPair<int, int> SignalPlot::plotHeights() const
{
    return {plot()->axisRect()->height(), m_errorRect->height()};
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
