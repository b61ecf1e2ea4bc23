// SPDX-License-Identifier: MIT
// How compare mode tells the compared models apart, the same in every view: model A, B, C each
// have a colour (Okabe-Ito blue, vermillion and sky blue: colour-blind safe, and three clearly
// different lightnesses, so they also differ in greyscale), a line style (solid, dashed, dotted)
// and a marker (disc, square, triangle) — a projector that washes colours out or a greyscale
// print still shows which curve is which. A value class plus the painting of its samples; the
// plots apply it to QCustomPlot themselves (ui/plots). Not the matrix colours (colormap.h).
#pragma once

#include <QColor>
#include <QPixmap>

class QPainter;
class QPointF;

namespace rnnlab {

class ModelStyle
{
public:
    enum class Marker { Disc, Square, Triangle };

    //! The style of model \a index (0 = A, …; repeats after three), lighter on a dark background.
    static ModelStyle of(int index, bool darkBackground = false);

    QColor color() const { return m_color; }
    Qt::PenStyle penStyle() const { return m_penStyle; }
    Marker marker() const { return m_marker; }

    //! Draws the marker centred at \a centre, \a size px across (a filled disc, an open square, a
    //! filled triangle: told apart by shape and fill, not only colour).
    void drawMarker(QPainter &painter, QPointF centre, double size) const;
    //! A legend sample: a short line in the style with the marker in its middle, \a width × \a height
    //! logical px at \a devicePixelRatio.
    QPixmap sample(int width, int height, double devicePixelRatio = 1.0) const;

private:
    QColor m_color;
    Qt::PenStyle m_penStyle = Qt::SolidLine;
    Marker m_marker = Marker::Disc;
};

} // namespace rnnlab
