// SPDX-License-Identifier: MIT
// The signal plot of a time-series run (task "forecast", issue 15): one series at a time (a
// training series, or a test series the network is evaluated on but never trained on) with the
// network's one-step-ahead predictions and its free-running forecast past the end (each prediction
// fed back as the next input, for as many points as the "Forecast" spin box says), and under it the
// squared error of every time step on a logarithmic axis (the threshold, ~0.004, and the spike's
// error, ~2, both readable) with the anomaly threshold (by default the training error's mean + 3 sd,
// editable); a step above the threshold is marked on the series and shaded in both plots. The
// warm-up steps (ForecastReadout::warmup: the state has not seen enough yet) are shaded grey and
// never marked, a vertical line marks where the series ends and the forecast begins, and a legend
// names every curve by its colour and line style.
// A flag is not yet an anomaly: where the series came from the generator, the injected anomaly is
// marked (hatched) and the summary counts the flags against it (ForecastReadout::judge: detected,
// still disturbed after it, false alarms), and the generator's true continuation is drawn past the
// end with the forecast's error against it; the free run can start earlier, inside the series.
// The threshold's rule: mean + 3 sd (the default) or the 99th percentile of the training errors,
// or a typed number. Everything drawn comes
// from the snapshot's ForecastReadout (app/worker/snapshot.h), computed by the worker from the
// weights the snapshot shows: the plot follows training and the timeline, and computes nothing.
// A character run has no readout: the plot says that it is for time series.
// QCustomPlot stays inside this class (forward-declared here).
//
// x axis: time steps counted 1 … n as on screen and as the walk counts them: point x_t at t, the
// error of step t, loss_t = (y_t − x_{t+1})², at t (the walk's loss_t), and the prediction y_t at
// t + 1, under the x_{t+1} it predicts; a flagged step's band covers both, t − ½ … t + 1 + ½.
// 0-based: point i at x = i + 1, step k's error at k + 1, its prediction at k + 2; forecast point
// j (0-based, after s points read) at x = s + 1 + j.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h"
#include "ui/common/snapshotview.h"
#include "ui/plots/plotwidget.h"

#include <QVector>

#include <functional>
#include <limits>

class QComboBox;
class QCPAxisRect;
class QCPGraph;
class QDoubleSpinBox;
class QLabel;
class QMouseEvent;
class QScrollArea;
class QSpinBox;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;

namespace rnnlab {

class SignalPlot
    : public PlotWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit SignalPlot(QWidget *parent = nullptr);
    ~SignalPlot() override;

    //! The height each of the value and error plots asks for (px): a series' marks, its spike and
    //! three labelled decades of error readable.
    static constexpr int plotWanted = 150;
    //! The height each plot keeps before the summary scrolls (px): below it, the summary gives way.
    static constexpr int plotMinimum = 100;
    //! The height the tab wants at its present width: the controls, the whole summary, the two
    //! plots at plotWanted and the time axis. WindowRoom gives the lower pane this much while the
    //! tab is shown (as far as the graph keeps its share).
    QSize sizeHint() const override;

    //! SnapshotView: setSnapshot(\a snapshot).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

    //! The forecast length asked for (the spin box).
    int forecastLength() const;
    void setForecastLength(int length);
    //! Which series is shown: the combo box's index (training series first, then the test series).
    int seriesChoice() const;
    void setSeriesChoice(int index);
    //! The free run starts after this many points (0: at the end): the "from" spin box.
    int forecastFrom() const;
    void setForecastFrom(int from);
    //! The anomaly threshold in use, and whether it is the default (mean + 3 sd of the training error).
    double threshold() const { return m_threshold; }
    bool thresholdIsDefault() const { return m_rule == Rule::MeanSd; }
    void setThreshold(double threshold);
    void resetThreshold();
    //! The threshold's rule: mean + 3 sd (default), the 99th percentile of the training errors, or typed.
    enum class Rule { MeanSd, Percentile, Typed };
    Rule rule() const { return m_rule; }
    void setRule(Rule rule);

    // What the plot holds (for tests): x and y of each curve, for feature 0.
    QVector<double> seriesY() const;
    QVector<double> predictionX() const;
    QVector<double> predictionY() const;
    QVector<double> forecastX() const;
    QVector<double> forecastY() const;
    QVector<double> errorY() const;
    QVector<double> errorX() const;
    //! The x of the points ringed as flagged (x_{t+1} of each step t whose error is above the
    //! threshold, after the warm-up).
    QVector<double> anomalyX() const;
    //! The x range of the flagged steps' bands, one per run of consecutive steps.
    QVector<QPair<double, double>> flagBandsX() const;
    //! The x range marked as the injected anomaly (empty: none known).
    QPair<double, double> injectedX() const;
    //! The generator's true continuation past the end (x, y; empty: not generated).
    QVector<double> truthX() const;
    QVector<double> truthY() const;
    //! What hovering over time step \a t (1-based) shows.
    QString hoverText(int t) const;
    //! The error axis' labelled ticks (their values), as drawn at the last replot.
    QVector<double> errorTicks() const;
    //! The x range shaded as warm-up (empty when there is none): the errors drawn at x in it are not counted.
    QPair<double, double> warmupX() const;
    //! Where the vertical "forecast" line stands: x of the series' last point (NaN: none drawn).
    double forecastStartX() const;
    //! The error axis' range (logarithmic) and whether it is logarithmic.
    QPair<double, double> errorRange() const;
    bool errorAxisIsLogarithmic() const;
    //! The summary under the controls.
    QString summaryText() const;
    //! Whether the summary is cut (its scroll bar has somewhere to go), as laid out now.
    bool summaryScrolls() const;
    //! The value plot's and the error plot's heights (px) at the last replot.
    QPair<int, int> plotHeights() const;
    //! The legend's entries, in order (their texts).
    QStringList legendTexts() const;
    bool isShowingHint() const;
    QString hintText() const;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

signals:
    //! The user changed the forecast length or its start: the worker computes that many points
    //! past the end, starting after \a from points (0: at the end), from now on.
    void forecastLengthChanged(int length, int from);
    //! sizeHint() changed (the summary's length, the controls' wrapping): WindowRoom gives the
    //! pane its share again.
    void wantedHeightChanged();
    //! The series shown changed to \a index (the training series, then the test series: the graph
    //! bar's order), by the reader or setSeriesChoice(); not when a new run offers its own.
    void seriesChoiceChanged(int index);
    //! The anomaly threshold in use changed to \a threshold (a new snapshot under the mean + 3 sd
    //! or percentile rule, a typed number, another rule): the graph marks the test series' steps
    //! above it as this tab does.
    void thresholdChanged(double threshold);

protected:
    void applyPalette() override;
    void fontChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateChoices();
    void updateThresholdBox();
    void updateLegend();
    void updateRingSize();
    //! The value axis' range: the values' (m_valueRange) with a margin, and above them a free row for
    //! the labels at the plot's top, in the axis rect's present height.
    void updateValueRange();
    void updateErrorTicks();
    void fitSummary();
    //! The controls' minimum height: what their flow needs at this width (true: it changed).
    bool fitControls();
    //! The summary's whole height at the tab's width \a width (0: no summary).
    int summaryHeight(int width) const;
    //! The summary's lines for series \a s (test or training, \a index) of \a r, numbers by \a number.
    QString summary(const ForecastReadout &r, const SeriesReadout &s, bool test, std::size_t index,
                    const std::function<QString(double)> &number) const;
    void showHover(QMouseEvent *event);

    SnapshotPtr m_snapshot;
    QWidget *m_controls = nullptr;
    QComboBox *m_seriesBox = nullptr;
    QSpinBox *m_lengthBox = nullptr;
    QDoubleSpinBox *m_thresholdBox = nullptr;
    QSpinBox *m_fromBox = nullptr;
    QComboBox *m_ruleBox = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_summary = nullptr;
    QScrollArea *m_summaryScroll = nullptr; // holds m_summary
    QCPAxisRect *m_errorRect = nullptr;
    QCPGraph *m_series = nullptr;
    QCPGraph *m_predictions = nullptr;
    QCPGraph *m_forecast = nullptr;
    QCPGraph *m_truth = nullptr;
    QCPGraph *m_anomalies = nullptr;
    QCPGraph *m_error = nullptr;
    QCPGraph *m_thresholdLine = nullptr;
    QCPItemText *m_thresholdLabel = nullptr;
    QCPItemRect *m_warmupRect[2] = {nullptr, nullptr}; // value plot, error plot
    QCPItemText *m_warmupLabel = nullptr;
    QVector<QCPItemRect *> m_anomalyRects; // one per run of consecutive anomalies, in both plots
    QCPItemRect *m_injectedRect[2] = {nullptr, nullptr}; // value plot, error plot
    QCPItemText *m_injectedLabel = nullptr;
    QVector<QPair<double, double>> m_flagBands;
    QCPItemStraightLine *m_forecastLine[2] = {nullptr, nullptr}; // value plot, error plot
    QCPItemText *m_forecastLabel = nullptr;
    QVector<QLabel *> m_legendKeys; // pairs: the sample, then its text
    QPair<double, double> m_warmupX;
    QPair<double, double> m_valueRange{-1.0, 1.0}; // lowest and highest value drawn
    bool m_showingTest = false;
    double m_threshold = 0.0;
    double m_emittedThreshold = std::numeric_limits<double>::quiet_NaN(); // last thresholdChanged()
    Rule m_rule = Rule::MeanSd;
    int m_trainCount = -1; // the combo box's entries are for this many training …
    int m_testCount = -1; // … and test series
    int m_wantedHeight = -1; // sizeHint()'s height when wantedHeightChanged() was last emitted
};

} // namespace rnnlab
