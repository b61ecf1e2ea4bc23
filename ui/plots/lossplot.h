// SPDX-License-Identifier: MIT
// The learning curve: the loss of every recorded training step (left axis, linear or log) and the
// share of correctly predicted characters in % (right axis, 0–100, dashed), over the training step.
// A real-valued task (a time series) has no right or wrong prediction: the right axis then shows
// its mean absolute error instead (HistoryEntry::error, from 0), and its loss is the MSE.
// Only renders snapshots: new history entries are appended to the plot's data as they arrive (a
// count of entries already added per generation), never re-added, and the plot is replotted at
// most once per snapshot, and not at all while it is hidden (then once when it is shown).
// QCustomPlot stays inside this class (forward-declared here).
// With fewer than markerLimit points every point gets a marker (one point is no line); with none,
// a hint over the empty axes says how to take the first step.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr and GenerationOptions as Qt meta-types, declared once
#include "ui/common/snapshotview.h"
#include "ui/plots/plotwidget.h"
#include "ui/plots/seriesextent.h"

#include <utility>

class QLabel;
class QPen;
class QPixmap;
class QCPGraph;

namespace rnnlab {

class LossPlot
    : public PlotWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    //! Below this many points, every point is drawn as a marker as well.
    static constexpr int markerLimit = 30;

    explicit LossPlot(QWidget *parent = nullptr);
    ~LossPlot() override;

    //! Points in the loss graph and in the accuracy graph (equal: one per history entry).
    int lossPointCount() const;
    int accuracyPointCount() const;
    //! The step axis (0 … last step) and the loss axis as they are now.
    std::pair<double, double> stepRange() const;
    std::pair<double, double> lossRange() const;
    std::pair<double, double> accuracyRange() const;
    //! The loss axis' tick labels as last drawn (empty before the first replot).
    QStringList lossTickLabels() const;
    //! The training-step axis's ticks and their labels (for tests).
    QList<std::pair<double, QString>> stepTicks() const;
    //! Whether the points are drawn with markers (fewer than markerLimit of them).
    bool markersShown() const;
    //! Whether the hint over the empty plot is shown (no training step yet), and its text.
    bool isShowingHint() const;
    QString hintText() const;

    //! SnapshotView: setSnapshot(\a snapshot) (the colour scales are not this view's).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

protected:
    void applyPalette() override;
    void valueScaleChanged() override;

private:
    void clear();
    //! The right axis and the legend for a character task (accuracy in %) or a real-valued one (\a error).
    void setErrorCurve(bool error);
    void append(const History &history, std::int64_t from);
    void updateRanges();
    //! Markers on or off for the current point count (restyled in the graphs' colours when
    //! \a restyle), and the hint shown when there is none.
    void updateDecorations(bool restyle = false);
    QPixmap lineSample(const QPen &pen) const;

    QCPGraph *m_loss = nullptr;
    QCPGraph *m_accuracy = nullptr;
    QLabel *m_lossKey = nullptr; // line samples: the legend
    QLabel *m_accuracyKey = nullptr;
    QLabel *m_lossName = nullptr; // "loss", or a time series' "loss (MSE)"
    QLabel *m_accuracyName = nullptr; // "correct characters (%)", or "mean absolute error"
    bool m_errorCurve = false; // the right axis shows HistoryEntry::error (a real-valued task)
    SeriesExtent m_errorExtent;
    QLabel *m_hint = nullptr; // over the empty axes
    bool m_markers = false;

    // What the graphs hold: entries [0, m_added) of generation m_generation's history.
    bool m_hasGeneration = false;
    std::uint64_t m_generation = 0;
    std::int64_t m_added = 0;
    std::int64_t m_lastStep = 0;
    SeriesExtent m_lossExtent;
};

} // namespace rnnlab
