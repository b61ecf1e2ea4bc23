// SPDX-License-Identifier: MIT
// Compare mode's "How far back a prediction looks" (issue 17, point 3): for one time step t of the
// text shown, each compared model's influence of every earlier input on that step's prediction,
// ‖∂ log p_t(target_t) / ∂x_s‖₂ for s = 1 … t (the lecture's 1-based steps), one curve per model in
// one QCustomPlot — each in its model's colour, line style and marker (ModelStyle), named in a
// legend row above the axes — on a logarithmic axis by default (a plain RNN's falls decade by
// decade; the switch makes it linear). Every number is the model's own MemoryAnalysis::influence,
// of the weights its graph shows (MemoryPicture::weightsShown). Computed only when visible and
// something changed (prepareReplot), so a hidden plot costs nothing while the models train.
// Not the Memory tab's single-model view (ui/memory/), not the gradient-through-time plot beside it
// (GradientComparisonPlot, ∂loss_n/∂h_t).
//
// Symbols: n = time steps of the text, t = the step explained, s = an earlier input.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/plots/plotwidget.h"

#include <QString>

#include <optional>
#include <vector>

class QCPGraph;
class QLabel;
class QSpinBox;

namespace rnnlab {

class MemoryComparisonPlot : public PlotWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name; // "A: rnn_tanh" — the model's letter and what sets it apart
        SnapshotPtr snapshot; // null before the model's first snapshot
    };

    explicit MemoryComparisonPlot(QWidget *parent = nullptr);
    ~MemoryComparisonPlot() override;

    //! The influence plotted for series \a index, s = 0 … t (empty: no snapshot yet, step t has no
    //! target, or the inputs are not characters), as of the last refresh.
    std::vector<double> values(int index) const;
    int seriesCount() const { return int(m_values.size()); }
    //! The step explained (0-based), as of the last refresh.
    int step() const { return m_t; }
    //! The legend's text for model \a index.
    QString legendText(int index) const;
    //! What the step explained predicts, as the header says it ("→ ‘o’"); empty when nothing is plotted.
    QString targetText() const;
    //! The "prediction at step" chooser: 1 … n, or its lowest value, "last" (the last step with a target).
    QSpinBox *stepBox() const { return m_stepBox; }

public slots:
    //! The models to compare; the legend follows their names.
    void setSeries(const std::vector<rnnlab::MemoryComparisonPlot::Series> &series);
    //! The text whose steps are explained (compare mode's text chooser).
    void setTextIndex(int index);
    //! The step whose prediction is explained (0-based, clamped to the text); nullopt: the last
    //! step with a target.
    void setStep(std::optional<int> t);

protected:
    void applyPalette() override;
    void prepareReplot() override;
    void valueScaleChanged() override;
    void fontChanged() override;

private:
    void rebuildLegend();
    void rebuild();
    void updateRanges();
    //! The x axis's ticks: every input's step and character under it while they fit the axis's
    //! width, else every second, fifth, tenth … step (before every replot: the width changes).
    void labelSteps();

    std::vector<Series> m_series;
    QStringList m_names; // the legend's, to rebuild it only when they change
    int m_text = 0;
    std::optional<int> m_wantedStep;
    int m_t = 0;
    int m_length = 0; // time steps of the text shown
    std::vector<std::vector<double>> m_values;
    std::vector<QCPGraph *> m_graphs;
    QWidget *m_legend = nullptr; // title, step chooser, one entry per model, log switch
    QLabel *m_title = nullptr;
    QSpinBox *m_stepBox = nullptr;
    QLabel *m_target = nullptr; // what the step explained predicts: "→ ‘g’"
    std::vector<QWidget *> m_entries;
    std::vector<QLabel *> m_keys;
    std::vector<QLabel *> m_labels;
    QWidget *m_logBox = nullptr;
    QLabel *m_hint = nullptr;
    QStringList m_characters; // the text's inputs, made visible: the s axis' tick labels
    bool m_dirty = true;
};

} // namespace rnnlab
