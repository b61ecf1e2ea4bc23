// SPDX-License-Identifier: MIT
// The learning curve: the loss of every recorded training step (left axis, linear or log) and the
// share of correctly predicted characters in % (right axis, 0–100, dashed), over the training step.
// Only renders snapshots: new history entries are appended to the plot's data as they arrive (a
// count of entries already added per generation), never re-added, and the plot is replotted at
// most once per snapshot, and not at all while it is hidden (then once when it is shown).
// QCustomPlot stays inside this class (forward-declared here).
// With fewer than markerLimit points every point gets a marker (one point is no line); with none,
// a hint over the empty axes says how to take the first step.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr and GenerationOptions as Qt meta-types, declared once
#include "ui/plots/seriesextent.h"

#include <QWidget>

#include <utility>

class QCheckBox;
class QLabel;
class QPen;
class QPixmap;
class QCustomPlot;
class QCPGraph;

namespace rnnlab {

class LossPlot : public QWidget
{
    Q_OBJECT

public:
    //! Below this many points, every point is drawn as a marker as well.
    static constexpr int markerLimit = 30;

    explicit LossPlot(QWidget *parent = nullptr);
    ~LossPlot() override;

    bool logScale() const { return m_logScale; }
    //! Loss axis logarithmic (positive losses only) or linear; the checkbox follows.
    void setLogScale(bool logarithmic);

    //! Points in the loss graph and in the accuracy graph (equal: one per history entry).
    int lossPointCount() const;
    int accuracyPointCount() const;
    //! The step axis (0 … last step) and the loss axis as they are now.
    std::pair<double, double> stepRange() const;
    std::pair<double, double> lossRange() const;
    std::pair<double, double> accuracyRange() const;
    //! How many replots this widget has asked QCustomPlot for (for tests: at most one per
    //! snapshot, none while hidden).
    int replotCount() const { return m_replotCount; }
    //! The loss axis' tick labels as last drawn (empty before the first replot).
    QStringList lossTickLabels() const;
    //! Whether the points are drawn with markers (fewer than markerLimit of them).
    bool markersShown() const;
    //! Whether the hint over the empty plot is shown (no training step yet), and its text.
    bool isShowingHint() const;
    QString hintText() const;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

signals:
    void logScaleChanged(bool logarithmic);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clear();
    void append(const History &history, std::int64_t from);
    void updateRanges();
    void applyPalette();
    //! Markers on or off for the current point count (restyled in the graphs' colours when
    //! \a restyle), and the hint shown when there is none.
    void updateDecorations(bool restyle = false);
    //! Replots now when the plot is visible; otherwise when it is shown (a plot in a hidden tab
    //! would spend milliseconds per snapshot on a million points nobody sees).
    void requestReplot();
    QPixmap lineSample(const QPen &pen) const;

    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_loss = nullptr;
    QCPGraph *m_accuracy = nullptr;
    QCheckBox *m_logBox = nullptr;
    QLabel *m_lossKey = nullptr; // line samples: the legend
    QLabel *m_accuracyKey = nullptr;
    QLabel *m_hint = nullptr; // over the empty axes
    bool m_markers = false;
    bool m_logScale = false;
    int m_replotCount = 0;
    bool m_replotPending = false;

    // What the graphs hold: entries [0, m_added) of generation m_generation's history.
    bool m_hasGeneration = false;
    std::uint64_t m_generation = 0;
    std::int64_t m_added = 0;
    std::int64_t m_lastStep = 0;
    SeriesExtent m_lossExtent;
};

} // namespace rnnlab
