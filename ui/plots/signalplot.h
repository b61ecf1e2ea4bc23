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
// names every curve by its colour and line style. Everything drawn comes
// from the snapshot's ForecastReadout (app/worker/snapshot.h), computed by the worker from the
// weights the snapshot shows: the plot follows training and the timeline, and computes nothing.
// A character run has no readout: the plot says that it is for time series.
// QCustomPlot stays inside this class (forward-declared here).
//
// x axis: time steps counted 1 … n as on screen; point i (0-based) at x = i + 1, the prediction
// of step t (of point t + 1) at x = t + 2, forecast point k at x = n + 1 + k.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h"
#include "ui/common/snapshotview.h"
#include "ui/plots/plotwidget.h"

#include <QVector>

class QComboBox;
class QCPAxisRect;
class QCPGraph;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
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

    //! SnapshotView: setSnapshot(\a snapshot).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

    //! The forecast length asked for (the spin box).
    int forecastLength() const;
    void setForecastLength(int length);
    //! Which series is shown: the combo box's index (training series first, then the test series).
    int seriesChoice() const;
    void setSeriesChoice(int index);
    //! The anomaly threshold in use, and whether it is the default (mean + 3 sd of the training error).
    double threshold() const { return m_threshold; }
    bool thresholdIsDefault() const { return m_thresholdDefault; }
    void setThreshold(double threshold);
    void resetThreshold();

    // What the plot holds (for tests): x and y of each curve, for feature 0.
    QVector<double> seriesY() const;
    QVector<double> predictionX() const;
    QVector<double> predictionY() const;
    QVector<double> forecastX() const;
    QVector<double> forecastY() const;
    QVector<double> errorY() const;
    //! The x of the time steps marked as anomalies (error above the threshold, after the warm-up).
    QVector<double> anomalyX() const;
    //! The x range shaded as warm-up (empty when there is none): the errors drawn at x in it are not counted.
    QPair<double, double> warmupX() const;
    //! Where the vertical "forecast" line stands: x of the series' last point (NaN: none drawn).
    double forecastStartX() const;
    //! The error axis' range (logarithmic) and whether it is logarithmic.
    QPair<double, double> errorRange() const;
    bool errorAxisIsLogarithmic() const;
    //! The one-line summary under the controls.
    QString summaryText() const;
    //! The legend's entries, in order (their texts).
    QStringList legendTexts() const;
    bool isShowingHint() const;
    QString hintText() const;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

signals:
    //! The user changed the forecast length: the worker computes that many points from now on.
    void forecastLengthChanged(int length);

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

    SnapshotPtr m_snapshot;
    QWidget *m_controls = nullptr;
    QComboBox *m_seriesBox = nullptr;
    QSpinBox *m_lengthBox = nullptr;
    QDoubleSpinBox *m_thresholdBox = nullptr;
    QPushButton *m_defaultThreshold = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_summary = nullptr;
    QCPAxisRect *m_errorRect = nullptr;
    QCPGraph *m_series = nullptr;
    QCPGraph *m_predictions = nullptr;
    QCPGraph *m_forecast = nullptr;
    QCPGraph *m_anomalies = nullptr;
    QCPGraph *m_error = nullptr;
    QCPGraph *m_thresholdLine = nullptr;
    QCPItemText *m_thresholdLabel = nullptr;
    QCPItemRect *m_warmupRect[2] = {nullptr, nullptr}; // value plot, error plot
    QCPItemText *m_warmupLabel = nullptr;
    QVector<QCPItemRect *> m_anomalyRects; // one per run of consecutive anomalies, in both plots
    QCPItemStraightLine *m_forecastLine[2] = {nullptr, nullptr}; // value plot, error plot
    QCPItemText *m_forecastLabel = nullptr;
    QVector<QLabel *> m_legendKeys; // pairs: the sample, then its text
    QPair<double, double> m_warmupX;
    bool m_showingTest = false;
    double m_threshold = 0.0;
    bool m_thresholdDefault = true;
    int m_trainCount = -1; // the combo box's entries are for this many training …
    int m_testCount = -1; // … and test series
};

} // namespace rnnlab
