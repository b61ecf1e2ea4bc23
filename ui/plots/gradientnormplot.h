// SPDX-License-Identifier: MIT
// How much gradient reaches each time step: ‖dL/dh_t‖ against t = 1 … n for the text shown, one
// curve per layer (told apart by dashes and marker shapes, not only colour), on a logarithmic axis
// by default. Of the whole loss L = (1/N) Σ loss_t (the trace's dHidden) the curve stays roughly
// level, because every step adds its own loss term; "last step's loss only" plots
// ‖d(loss_n/N)/dh_t‖ instead — the last step's term of the mean, the engine's dHiddenLastLoss, and
// the axis label says exactly that, with n and N — which on a 40-character text falls decade by
// decade towards t = 1 (tanh) — the vanishing gradient — or grows (exploding). See gradientnorms.h.
// A highlighted time step (setHighlightedStep) follows the teacher walking backward through time,
// and a line above the axes reads its point out by name and value; while the last step's loss
// alone is plotted, it also gives ‖dL/dh_t‖ of the whole loss — the column the graph shows at that
// step, which a student checks the chart against — and marks it on the axes (a square), so the two
// norms are never mistaken for one another.
// Only renders snapshots: the norms come from gradientNorms() (gradientnorms.h); the plot is
// replotted at most once per snapshot and not while hidden (then once when shown). QCustomPlot
// stays inside this class (forward-declared here). Without a backward pass in the snapshot's trace
// a hint says so instead of an empty plot.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr as a Qt meta-type, declared once
#include "ui/plots/plotwidget.h"

#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QCPGraph;
class QCPItemRect;
class QCPItemTracer;

namespace rnnlab {

class GradientNormPlot : public PlotWidget
{
    Q_OBJECT

public:
    //! Up to this many time steps every point gets a marker (the layers' shapes); beyond, lines only.
    static constexpr int markerLimit = 80;

    explicit GradientNormPlot(QWidget *parent = nullptr);
    ~GradientNormPlot() override;

    // logScale(), setLogScale(): the norm axis logarithmic (the default: decades of vanishing
    // stay visible) or linear.

    bool lastStepLossOnly() const { return m_lastStepOnly; }
    //! Plot ‖d(loss_n/N)/dh_t‖ (the last step's term of the mean loss alone,
    //! lastLossGradientNorms()) instead of ‖dL/dh_t‖ of the whole loss (gradientNorms()); the
    //! checkbox follows.
    void setLastStepLossOnly(bool on);

    int textIndex() const { return m_textIndex; }
    //! The time step highlighted, or -1.
    int highlightedStep() const { return m_highlight; }

    //! One graph per layer of the text shown (0 without gradients).
    int graphCount() const;
    //! The norms graph \a layer plots (t = 0 … n−1), as computed from the trace at the last
    //! refresh (deferred while the plot is hidden).
    std::vector<double> norms(int layer) const;
    //! The legend name of graph \a layer ("layer 1" …).
    QString graphName(int layer) const;
    //! How graph \a layer is drawn: its line style and its marker (a QCPScatterStyle::ScatterShape).
    Qt::PenStyle penStyle(int layer) const;
    int markerShape(int layer) const;
    //! Whether the highlight band and markers are on the plot (a valid step is highlighted).
    bool isHighlightShown() const;
    //! The layer whose point the read-out names (the walk's; −1: the top one).
    int highlightedLayer() const { return m_highlightLayer; }
    //! The plotted norm at the highlighted step of the read-out's layer: ‖d(loss_n/N)/dh_t‖ or
    //! ‖dL/dh_t‖ as ticked; NaN when nothing is highlighted.
    double highlightedNorm() const;
    //! ‖dL/dh_t‖ of the whole loss at the highlighted step of the read-out's layer — the norm of the
    //! graph's dL/dh_t column there, whichever curve is plotted; NaN when nothing is highlighted.
    double highlightedWholeLossNorm() const;
    //! The read-out above the axes (rich text, SymbolText::html), empty when nothing is highlighted.
    QString readoutText() const;
    //! A norm as the read-out prints it: three significant digits, powers of ten written 10⁻⁵.
    static QString normText(double value);
    //! The time axis and the norm axis as they are now.
    std::pair<double, double> timeRange() const;
    std::pair<double, double> normRange() const;
    bool isShowingHint() const;
    QString hintText() const;
    //! The note above the axes about the model shown (What if W_hh = 0?); empty when hidden.
    QString noteText() const;
    QString titleText() const;
    QString normAxisLabel() const;
    //! The norm axis' label for the last step's loss only, in SymbolText markup: the gradient of
    //! loss_\a steps / \a targetCount ("‖d(loss_4/4)/dh_t‖" for "hello"), the term of the mean
    //! loss L = (1/N) Σ loss_t that the engine's dHiddenLastLoss is the gradient of.
    static QString lastLossAxisLabel(int steps, int targetCount);

    //! At least about 30 characters of its font wide: in presentation mode's large type the plot
    //! takes the room its ticks and toggles need from the equations beside it (in the desktop's
    //! type that is less than the column it is given anyway).
    QSize minimumSizeHint() const override;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);
    //! Which training text to show (0-based).
    void setTextIndex(int index);
    //! Highlights time step \a t (-1: none), e.g. while walking backward through time; \a layer
    //! (0-based, −1: the top one): whose point the read-out names.
    void setHighlightedStep(int t, int layer = -1);

signals:
    void lastStepLossOnlyChanged(bool on);

protected:
    void applyPalette() override;
    //! Graph data, ranges, hint and title from the snapshot when dirty: before a replot, so a
    //! hidden plot computes nothing until it is shown.
    void prepareReplot() override;
    void valueScaleChanged() override;
    void fontChanged() override;

private:
    void rebuild();
    void setGraphCount(int count);
    void styleGraph(int layer);
    void updateRanges();
    void updateHighlight();
    //! The layer the read-out names: m_highlightLayer, or the top one.
    int readoutLayer() const;

    QLabel *m_title = nullptr;
    QCheckBox *m_lastBox = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_readout = nullptr; // the highlighted point by name and value
    std::vector<QCPGraph *> m_graphs;
    std::vector<std::vector<double>> m_norms; // per layer, what the graphs show
    std::vector<std::vector<double>> m_wholeNorms; // per layer, ‖dL/dh_t‖: the graph's dL/dh_t columns
    QCPItemRect *m_band = nullptr; // the highlighted time step
    std::vector<QCPItemTracer *> m_tracers; // a ring on each layer's point at that step
    QCPItemTracer *m_wholeMark = nullptr; // a square on ‖dL/dh_t‖ there, when the last loss is plotted

    SnapshotPtr m_snapshot;
    int m_textIndex = 0;
    int m_highlight = -1;
    int m_highlightLayer = -1;
    int m_steps = 0; // n of the text shown
    bool m_lastStepOnly = true; // the vanishing gradient shows in one loss carried back, not the sum
    bool m_dirty = false; // the data does not reflect m_snapshot / m_textIndex yet
};

} // namespace rnnlab
