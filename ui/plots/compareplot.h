// SPDX-License-Identifier: MIT
// Compare mode's curves: one QCustomPlot with one curve per compared model — the loss of every
// training step, or the share of correct characters — in each model's colour, line style and
// marker (ModelStyle), with a legend row above the axes. Renders snapshots only: new history
// entries are appended as they arrive (per model, a count of entries already added per
// generation), never re-added; the plot is replotted at most once per minReplotInterval however
// many models and snapshots arrive (a single-shot timer merges them), and never while hidden.
// QCustomPlot stays inside this class (forward-declared here). Not the single-run LossPlot.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h"
#include "ui/plots/plotwidget.h"
#include "ui/plots/seriesextent.h"

#include <QElapsedTimer>
#include <QTimer>

#include <utility>
#include <vector>

class QCPGraph;
class QLabel;

namespace rnnlab {

class ComparePlot : public PlotWidget
{
    Q_OBJECT

public:
    enum class Quantity { Loss, Accuracy };
    //! Replots are at least this far apart (30 per second: the curves move smoothly, and two plots
    //! beside three graphs leave the UI thread time for input).
    static constexpr int minReplotInterval = 33;
    //! Below this many points per curve, every point gets a marker; above, about a dozen markers
    //! per curve, so that the curves are told apart in greyscale.
    static constexpr int markerLimit = 30;

    explicit ComparePlot(Quantity quantity, QWidget *parent = nullptr);
    ~ComparePlot() override;

    Quantity quantity() const { return m_quantity; }
    //! One curve per model, labelled \a labels ("A: 1 layer", …); clears every curve.
    void setModels(const QStringList &labels);
    int curveCount() const { return int(m_curves.size()); }
    //! Points in model \a model's curve.
    int pointCount(int model) const;
    //! The value at step \a step of model \a model's curve (NaN when it has none).
    double valueAt(int model, double step) const;
    std::pair<double, double> stepRange() const;
    std::pair<double, double> valueRange() const;
    // logScale(), setLogScale(): the loss only (the accuracy plot has no switch and stays linear).
    //! Whether model \a model's curve shows markers, and how many points it skips between two.
    bool markersShown(int model) const;
    int markerSkip(int model) const;
    //! The legend's text for model \a model.
    QString legendText(int model) const;

public slots:
    //! The snapshot each model shows now (index = model; a null entry leaves that curve as it is).
    void setSnapshots(const std::vector<rnnlab::SnapshotPtr> &snapshots);

protected:
    void applyPalette() override;
    //! Now if the last replot is minReplotInterval ago, else when it will be.
    void replotShown() override;
    void valueScaleChanged() override;
    void fontChanged() override;

private:
    struct Curve
    {
        QCPGraph *graph = nullptr;
        QWidget *entry = nullptr; // the legend's sample and label, in the flow of the legend row
        QLabel *key = nullptr;
        QLabel *label = nullptr;
        bool hasGeneration = false;
        std::uint64_t generation = 0;
        std::int64_t added = 0; // entries [0, added) of the generation's history are plotted
        std::int64_t lastStep = 0;
        SeriesExtent extent;
    };
    void appendNew(Curve &curve, const TrainingSnapshot &snapshot, bool &changed);
    void updateMarkers(Curve &curve, int index);
    void updateRanges();
    //! The merged replot, when its time has come.
    void replotNow();

    Quantity m_quantity;
    QWidget *m_legend = nullptr; // title, one entry per model, log toggle; wraps when narrow
    QLabel *m_title = nullptr;
    QWidget *m_logBox = nullptr; // the loss plot's log toggle (kept last in the legend's flow)
    std::vector<Curve> m_curves;
    QTimer m_replotTimer;
    QElapsedTimer m_sinceReplot;
};

} // namespace rnnlab
