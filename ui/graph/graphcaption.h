// SPDX-License-Identifier: MIT
// The line above the graph: how far the network is trained and what it makes of the text shown
// ("After 10 training steps: “hello” → “ello”, 4 of 4 right · loss 0.0123"; folded: the time step
// the cell is at; the outputs hidden while the class predicts; "What if W_hh = 0?" first when on), an LSTM's or GRU's gate legend at
// its right end, and — folded — the cell's equations under it. text() is a pure function of what
// is drawn; paint() draws it. Not the graph itself (GraphPainter).
#pragma once

#include "app/worker/snapshot.h"
#include "ui/graph/taskshape.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QFont;
class QPainter;
class QPalette;

namespace rnnlab {

class GraphCaption
{
    Q_DECLARE_TR_FUNCTIONS(GraphCaption)

public:
    //! What the caption describes.
    struct State
    {
        const TrainingSnapshot *snapshot = nullptr; // null before the first
        const SequenceTrace<float> *sequence = nullptr; // the text shown (with a snapshot's setup)
        int textIndex = 0; // which text (clamped to the session's texts)
        bool folded = false;
        int shownTimeStep = 0; // folded: the time step the cell shows
        bool outputsHidden = false;
        std::optional<TaskShape> shape; // drawn as another shape than the session's own
        bool flagged = false; // a test series with steps above the anomaly threshold (GraphFlags)
        //! One-to-many as it generates (GraphView::freeRun()): sequence is its pass; the caption
        //! says how it picks, what it wrote and where it parts from the training text.
        const GenerationTrace *freeRun = nullptr;
    };

    //! The caption's first line (bold) for \a state, which has a snapshot with its setup.
    static QString text(const State &state);
    //! The same in fewer words ("Step 200", "W_hh = 0 — "), for a view too narrow for text():
    //! the numbers and the outcome stay, the wording shrinks.
    static QString compactText(const State &state);
    //! The caption's first line as drawn \a width wide in \a font (bold): text(), or compactText()
    //! when that does not fit beside the gate legend, wrapped onto a second line when even that
    //! does not (at spaces: every number whole); cut with "…" only past two lines.
    static std::vector<QString> lines(const State &state, const QFont &font, double width);
    //! Draws the caption into \a rect (the band above the graph) in \a font and \a palette's colours.
    //! \a wrapWidth: the width lines() wraps in (−1: the rect's), for a view whose caption height
    //! must not follow its scroll bar.
    static void paint(QPainter &painter, const QRectF &rect, const QFont &font, const QPalette &palette,
                      const State &state, double wrapWidth = -1);

    //! A time series' legend, on the line under the caption: the filled bar is y_t, the prediction;
    //! the dotted outline x_{t+1}, the true next value (the target); \a flagged: and the flag badge
    //! of a step whose squared error is above the anomaly threshold (as far as the line has room).
    static void paintValueLegend(QPainter &painter, const QRectF &line, const QFont &font, const QPalette &palette,
                                 bool flagged = false);

private:
    static QString words(const State &state, bool compact);
    //! The width of an LSTM's or GRU's gate legend at the caption line's right end (0: none).
    static double gateLegendWidth(const State &state, const QFont &font);
};

} // namespace rnnlab
