// SPDX-License-Identifier: MIT
// Every parameter of the network as heatmaps, layer by layer — W_xh (H × V, columns labelled with
// the vocabulary), W_hh (H × H), b_ih, b_hh, then W_hy (V × H) and b_y with an output layer — in
// one of three modes: the weights, the last step's gradients dL/dθ, or the last update's change
// Δθ. All heatmaps of a mode share one colour scale (niceScale of the largest |value| shown), so
// colours compare across matrices; a colour bar says what they mean.
//
// Only renders snapshots: setSnapshot() stores the snapshot and hands each heatmap its tensor.
// Child widgets are built once per run layout and reused for every snapshot of the same shapes.
//
// Weights by hand: in Weights mode, at the run's latest step, a click on a cell types a new value
// and a vertical drag changes it (HeatmapWidget); each becomes one editRequested() for the
// controller, and the panel shows the result only when a snapshot brings it. Cells set by hand
// (snapshot edits up to the step shown) carry a corner mark and say so on hover. Rewound to an
// earlier step, the weights cannot be edited and the tooltip says how to go on from there. In Last
// change mode the tooltip gives each entry's effective learning rate (Adam: lr / (√v̂ + ε)). While
// the graph shows "what if there were no memory?", the W_hh heatmaps are faded and captioned
// (training still uses them, so their values stay visible).
//
// Symbols: V = vocabulary size, H = hidden size, L = layers.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/colorscales.h"
#include "ui/common/metatypes.h" // SnapshotPtr and GenerationOptions as Qt meta-types, declared once
#include "ui/common/snapshotview.h"

#include <QWidget>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace rnnlab {

class ColorLegend;
class HeatmapWidget;

class MatrixPanel
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    enum class Mode { Weights, Gradients, LastChange };
    Q_ENUM(Mode)

    explicit MatrixPanel(QWidget *parent = nullptr);
    ~MatrixPanel() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    //! The heatmaps in display order: per layer W_xh, b_ih, W_hh, b_hh; then W_hy, b_y.
    std::vector<HeatmapWidget *> heatmaps() const;
    //! The colour scale of the current mode (|value| of the darkest colour).
    double currentScale() const { return m_scale; }
    //! True while a text ("No training step yet", "No model yet") stands in for the heatmaps.
    bool isShowingPlaceholder() const;
    QString placeholderText() const;
    //! Whether the "no W_hy" note is shown (a model without output layer), and its text
    //! (noOutputLayerNote(): with tanh, the floor under the loss for this vocabulary size).
    bool isShowingNoOutputNote() const;
    QString noOutputNoteText() const;
    //! The cell size all heatmaps share, chosen so the widest row fits the panel's width.
    int cellSize() const { return m_cellSize; }
    //! Whether weights can be edited now: Weights mode, at the run's latest step.
    bool isEditable() const;
    //! The captions under the W_hh heatmaps that are shown (one per layer while the graph shows
    //! the network without memory in Weights mode, else none).
    QStringList noMemoryCaptions() const;
    //! The tooltip lines the panel adds to a cell of \a tensor (ParameterLayout index): who set
    //! it by hand, why it cannot be edited now, the effective learning rate of its last update.
    QString cellNotes(int tensor, int row, int column) const;

    //! The mode's name as the toggle and the legend show it.
    static QString modeName(Mode mode);

    //! Shows \a snapshot, each mode on its scale of \a scales (ColorScales::of(*snapshot), computed
    //! once by the caller for every view of the snapshot).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    //! Shows \a snapshot on its own colour scales.
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

signals:
    void modeChanged(rnnlab::MatrixPanel::Mode mode);
    //! The user set element \a index (row-major: row × columns + column; a bias's element) of
    //! parameter tensor \a tensor (ParameterLayout index) to \a value (finite). For
    //! TrainingController::editWeight.
    void editRequested(int tensor, qulonglong index, float value);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        HeatmapWidget *widget = nullptr;
        int tensor = -1; // index into the ParameterLayout
        QLabel *noMemoryCaption = nullptr; // W_hh only: shown while the graph computes with W_hh = 0
    };

    void rebuild(const RunSetup &setup);
    void relabel(const RunSetup &setup);
    void clearHeatmaps();
    void applyValues();
    void updateCellSize();
    void applyEditState();
    void updateMarks(bool shown);
    const ParameterSet<float> *shownSet() const;
    //! The colour scale of the mode shown, of m_scales.
    double shownScale() const;

    Mode m_mode = Mode::Weights;
    SnapshotPtr m_snapshot;
    // What the heatmaps were built for: rebuilt when the generation or the setup changes, and
    // recreated only when the shapes change.
    std::uint64_t m_generation = 0;
    std::shared_ptr<const RunSetup> m_setup;
    ColorScales m_scales; // of m_snapshot
    double m_scale = 1.0; // the mode's, as the heatmaps show it
    int m_cellSize = 0;

    QButtonGroup *m_modeGroup = nullptr;
    ColorLegend *m_legend = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_noOutputNote = nullptr;
    std::vector<QLabel *> m_layerHeaders;
    std::vector<Entry> m_entries;
    // Pairs (weight, bias) of m_entries indices that share a grid row, for fitting the width.
    std::vector<std::pair<int, int>> m_rows;
    // The snapshot's edits the marks were made from (those up to the step shown, in Weights mode):
    // the marks are rebuilt only when these change, not for every snapshot.
    std::vector<WeightEdit> m_shownEdits;
};

} // namespace rnnlab
