// SPDX-License-Identifier: MIT
// "Why gates help": for two or three models trained on the same text, the share of the last
// step's gradient that reaches each earlier time step, ‖∂loss_n/∂h_t‖ / ‖∂loss_n/∂h_n‖
// (reachingShare() of the top layer, from each model's own trace), on one logarithmic axis. A
// vanilla RNN's falls decade by decade; an LSTM's or a GRU's, whose memory is carried forward by
// gates rather than squashed through W_hh and tanh at every step, falls more slowly.
// Renders snapshots only; QCustomPlot stays inside this class. Not the single-model plot of the
// Step-by-hand tab (GradientNormPlot), which shows every layer of one model.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/plots/plotwidget.h"

#include <QColor>
#include <QString>

#include <vector>

class QCPGraph;
class QLabel;

namespace rnnlab {

class GradientComparisonPlot : public PlotWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name; // "A: RNN, 1 layer"
        QColor colour; // the model's colour in the compare view
        SnapshotPtr snapshot;
    };

    explicit GradientComparisonPlot(QWidget *parent = nullptr);
    ~GradientComparisonPlot() override;

    //! The values plotted for series \a index (t = 0 … n−1), as of the last refresh.
    std::vector<double> values(int index) const;
    int seriesCount() const { return int(m_values.size()); }
    //! The legend inside the axes (on by default). Off where the models' colours and line styles
    //! are explained next to the plot already (compare mode's loss plot), so that it hides no curve.
    void setLegendShown(bool shown);

public slots:
    //! The models to compare (text 0 of each). Recomputed and replotted when visible.
    void setSeries(const std::vector<rnnlab::GradientComparisonPlot::Series> &series);

protected:
    void applyPalette() override;
    void prepareReplot() override;

private:
    void rebuild();

    std::vector<Series> m_series;
    std::vector<std::vector<double>> m_values;
    std::vector<QCPGraph *> m_graphs;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    bool m_dirty = true;
};

} // namespace rnnlab
