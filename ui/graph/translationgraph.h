// SPDX-License-Identifier: MIT
// The unfolded graph of an encoder–decoder (task "translate", issue 16) for one pair: the encoder's
// row over the source, the context (the encoder's final state: the one vector per layer that
// carries the whole source across), and the decoder's row over <sos> + target with its inputs
// (the previous target token: teacher forcing) and its outputs (the probabilities over the target
// tokens, the argmax against the target), every number from the snapshot's trace. Its Translate
// view (setGreedy) draws the decoder's row as it translates instead: its own previous output fed
// back as its input from <sos> until <eos>, with the numbers of that pass (the snapshot's greedy
// passes, computed by the worker) and ✓/✗ where the output parts from the target. Where the
// drawing is larger than the view it scrolls. A view of a snapshot: it stores and repaints;
// TranslationLayout says where things go. Not the graph of the other tasks (GraphView), which the
// main window shows instead of this one for them.
#pragma once

#include "ui/common/colorscales.h"
#include "ui/common/snapshotview.h"
#include "ui/graph/translationlayout.h"
#include "ui/teaching/timestepwalker.h"

#include <QScrollArea>

#include <optional>

namespace rnnlab {

class TranslationGraph
    : public QScrollArea
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit TranslationGraph(QWidget *parent = nullptr);

    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;
    SnapshotPtr snapshot() const { return m_snapshot; }
    int pairIndex() const { return m_pair; }
    //! Whether the decoder's row is the greedy translation (the Translate view) rather than the
    //! teacher-forced pass.
    bool isGreedy() const { return m_greedy; }

    //! The layout drawn now (empty before a translation's snapshot).
    const TranslationLayout &graphLayout() const { return m_layout; }
    //! The value cell \a cell of \a node shows for pair \a pair of \a snapshot: h_t (encoder or
    //! decoder), the context (the decoder's h_{−1} = the encoder's last h), a one-hot input (0 or 1),
    //! an output probability; nullopt for a node without values. With \a greedy, the decoder's
    //! come from the greedy pass (the Translate view).
    static std::optional<float> valueOf(const TrainingSnapshot &snapshot, int pair, const TranslationNode &node,
                                        int cell, bool greedy = false);
    //! The text of a text node (a token, a step, a prediction against its target: the argmax, a
    //! line break, then "✓", or "✗" and the target), with \a greedy the greedy pass's.
    static QString textOf(const TrainingSnapshot &snapshot, int pair, const TranslationNode &node, bool greedy = false);
    //! The tooltip at \a pos on the canvas: what the cell or prediction there is, and its value in
    //! full; empty where there is none.
    QString toolTipAt(QPointF pos) const;

    //! What cell \a cell of the vector node \a node is, in words ("h_2[3] of the encoder, layer 1"),
    //! for its tooltip and a screen reader; with \a greedy, the decoder's are the greedy pass's.
    static QString cellName(const TrainingSnapshot &snapshot, const TranslationNode &node, int cell,
                            bool greedy = false);
    //! The widget the graph is painted on (the scroll area's), in whose coordinates the layout is.
    QWidget *canvas() const { return m_canvas; }

    //! Paints the graph with \a painter (the canvas's; also a figure's).
    void paint(QPainter &painter) const;

    //! Where the walk by hand is (StepByHandPanel), or nullopt.
    const std::optional<StepCursor> &stepCursor() const { return m_cursor; }
    //! The nodes of \a layout that the walk's \a cursor highlights, for \a layers layers per stack
    //! (the cursor's layer is the trace's: the decoder's follow the encoder's): the one-hot input
    //! (or the layer below's h_t) at the input phase, h_t of the cell at the layer's phases and back
    //! through time, the context at the context's phases, the probabilities at y_t and the softmax,
    //! the argmax against the target at the prediction and the loss.
    static std::vector<const TranslationNode *> highlighted(const TranslationLayout &layout, const StepCursor &cursor,
                                                            int layers);

public slots:
    //! Which pair the graph shows (GraphBar's choice).
    void setPairIndex(int pair);
    //! The Translate view (\a greedy) or the teacher-forced pass (GraphBar's switch).
    void setGreedy(bool greedy);
    //! The walk by hand's place (StepByHandPanel::cursorChanged): highlighted, and scrolled into view.
    void setStepCursor(const std::optional<rnnlab::StepCursor> &cursor);

protected:
    void resizeEvent(QResizeEvent *event) override;
    //! The canvas's tooltips: what a cell is, and its value in full.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout();
    QFont viewFont() const;

    SnapshotPtr m_snapshot;
    ColorScales m_scales;
    int m_pair = 0;
    bool m_greedy = false;
    std::optional<StepCursor> m_cursor;
    TranslationLayout m_layout;
    QWidget *m_canvas = nullptr;
};

} // namespace rnnlab
