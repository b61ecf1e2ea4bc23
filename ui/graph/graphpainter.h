// SPDX-License-Identifier: MIT
// How each piece of the RNN graph is drawn: the row labels, a node (the input character, the
// one-hot x_t, the h_t and c_t strips coloured by value, the gate bars, the softmax bars of y_t,
// the prediction marked right or wrong), an arrow (its matrix's colour, its name, the gradient's
// direction going back through time), the walk's highlight, a matrix's live thumbnail, and the
// message of a refused step. Painting only, of one snapshot's numbers at positions GraphLayout
// computed, with the emphasis GraphEmphasis decided; GraphView decides what is in view and in
// which order it is painted.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/colorscales.h"
#include "ui/graph/graphemphasis.h"
#include "ui/graph/graphflags.h"
#include "ui/graph/graphlayout.h"

#include <QFont>
#include <QPalette>

#include <string>
#include <vector>

class QPainter;

namespace rnnlab {

class GraphPainter
{
public:
    using Emphasis = GraphEmphasis::Emphasis;

    //! Paints \a sequence of \a snapshot (which has its setup) with \a painter, in \a font and
    //! \a palette, coloured on \a scales. \a cellHeight: the layout's strip cell height;
    //! \a settled: no fold animation runs (labels and thumbnails only then); \a outputsHidden: y_t
    //! and the predictions drawn as "?" (the lesson's predict-then-reveal).
    GraphPainter(QPainter &painter, const TrainingSnapshot &snapshot, const SequenceTrace<float> &sequence,
                 const ColorScales &scales, const QFont &font, const QPalette &palette, double cellHeight, bool settled,
                 bool outputsHidden);

    //! Prints only the texts that show whole inside \a visible (the painter's coordinates): a column
    //! half under the row labels' gutter, past the view's edge or under the caption keeps its
    //! colours and boxes, but not its numbers — a cut "−1.00" reads "1.00". Empty (the default):
    //! no limit.
    void setVisible(const QRectF &visible) { m_visible = visible; }
    //! Whether \a text, drawn into \a rect with \a flags in the painter's current font, shows whole
    //! inside the visible part (setVisible()).
    bool showsWhole(const QRectF &rect, int flags, const QString &text) const;

    //! The test series' flagged steps (GraphFlags; null: none): their x_{t+1} box and y_t are
    //! outlined in the flags' colour, a "!" badge beside the box. Not owned; outlives the painter.
    void setFlags(const GraphFlags *flags) { m_flags = flags; }
    //! The readability rule's smallest number, px (Readability::minimumPixels(): 10 in the normal
    //! window, more in presentation mode): x_t's squeezed digits are never drawn smaller.
    void setMinimumPixels(double pixels) { m_minimumPixels = pixels; }
    //! The flag badge: a disc in the flags' colour with a bold "!", \a font's line high, centred
    //! at \a centre (the caption's legend draws it too). Its rect.
    static QRectF paintFlagBadge(QPainter &painter, QPointF centre, const QFont &font, const QPalette &palette);

    //! \a gradients: the backward walk, whose strips show dL/dh_t (dL/dc_t).
    void paintRowLabels(const std::vector<RowLabel> &labels, bool gradients = false) const;
    void paintNode(const GraphNode &node, double opacity, const Emphasis &emphasis) const;
    void paintEdge(const GraphEdge &edge, double opacity, const Emphasis &emphasis) const;
    //! Generating: the pick of step t − 1 (its box \a prediction, atop column t − 1) fed back as
    //! x_t (its box \a input, at the foot of column t): out of the box's right side, down the gap
    //! between the columns, into the input's left side, in the accent colour (as the translation
    //! graph's greedy decoder draws its feedback).
    void paintFeedback(const QRectF &prediction, const QRectF &input, double opacity) const;
    //! "Look here": a soft halo and a firm outline around \a rect.
    void paintHighlight(const QRectF &rect) const;
    //! What if W_hh = 0?: a cross over a W_hh arrow at \a centre.
    void paintStrikeOut(QPointF centre, double opacity) const;
    //! The small live heatmap of the matrix \a edge carries.
    void paintThumbnail(const GraphEdge &edge) const;

    //! A refused step's \a problem (empty: nothing), in a box along the bottom of a \a width ×
    //! \a height view, where the class is looking.
    static void paintProblem(QPainter &painter, const std::string &problem, const QFont &font, const QPalette &palette,
                             int width, int height);
    //! How an output column prints its \a probabilities, the prediction being row \a predicted:
    //! two decimals, except where another row would print as the prediction does ("0.44" beside
    //! a bold "0.44" hides which won) — those rows get the decimals that tell them apart, up to 4.
    static QStringList probabilityTexts(const std::vector<double> &probabilities, int predicted);

private:
    //! Half the size of the ✕ paintStrikeOut draws.
    double strikeRadius() const;
    //! The name of output row \a index: a character, or a classifier's class.
    QString outputName(int index) const;
    //! A time series' x_t (its values, not a one-hot column) and y_t (the predicted next values
    //! beside their targets) for \a node of those kinds; false for the other kinds (drawn as for
    //! every task).
    bool paintValueNode(const GraphNode &node, bool pending) const;

    QPainter &m_painter;
    const TrainingSnapshot &m_snapshot;
    const SequenceTrace<float> &m_sequence;
    const ColorScales &m_scales;
    QFont m_font;
    const QPalette &m_palette;
    double m_cellHeight;
    bool m_settled;
    bool m_outputsHidden;
    QRectF m_visible;
    const GraphFlags *m_flags = nullptr;
    double m_minimumPixels = 10.0; // Readability::normalPixels
};

} // namespace rnnlab
