// SPDX-License-Identifier: MIT
// "Why gates help": for two or three models trained on the same text, the share of the last
// step's gradient that reaches each earlier time step, ‖∂L_{n−1}/∂h_t‖ / ‖∂L_{n−1}/∂h_{n−1}‖
// (reachingShare() of the top layer, from each model's own trace), on one logarithmic axis. A
// vanilla RNN's falls decade by decade; an LSTM's or a GRU's, whose memory is carried forward by
// gates rather than squashed through W_hh and tanh at every step, falls more slowly.
// Renders snapshots only; QCustomPlot stays inside this class. Not the single-model plot of the
// Step-by-hand tab (GradientNormPlot), which shows every layer of one model.
#pragma once

#include "app/worker/snapshot.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QLabel;

namespace rnnlab {

class GradientComparisonPlot : public QWidget
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
    //! Replots asked of QCustomPlot (tests: none while hidden).
    int replotCount() const { return m_replotCount; }

public slots:
    //! The models to compare (text 0 of each). Recomputed and replotted when visible.
    void setSeries(const std::vector<rnnlab::GradientComparisonPlot::Series> &series);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void rebuild();
    void applyPalette();

    std::vector<Series> m_series;
    std::vector<std::vector<double>> m_values;
    std::vector<QCPGraph *> m_graphs;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    bool m_dirty = true;
    bool m_replotPending = false;
    int m_replotCount = 0;
};

} // namespace rnnlab
