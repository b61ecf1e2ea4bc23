// SPDX-License-Identifier: MIT
// How a heatmap's cells are drawn: the values as colours (one pixel per value scaled into exact
// squares, or one vector square each in an SVG export), a drag's value in its cell, the gaps and
// the frame, a muted heatmap's veil, the numbers in the cells (or nothing when they do not fit), the
// corner marks of cells set by hand, the hovered cell and the keyboard cursor. Painting only, of
// what HeatmapWidget holds, at the places HeatmapLayout computed; not the title and not the labels.
#pragma once

#include "engine/eigentypes.h"
#include "ui/matrices/heatmapinteraction.h"
#include "ui/matrices/heatmaplayout.h"
#include "ui/matrices/matrixlabels.h"

#include <QFont>
#include <QImage>
#include <QPoint>

#include <optional>
#include <vector>

class QColor;
class QPainter;
class QPalette;

namespace rnnlab {

struct HeatmapCellPainter
{
    //! What the cells show.
    struct Cells
    {
        const RowMatrix<float> &values; // (R × C)
        const QImage &image; // one pixel per value, valueColor() on the scale (C × R)
        const std::vector<QPoint> &marked; // (column, row) of the cells set by hand
        double scale = 1.0; // |value| of the darkest colour
        CellNumberFormat format{}; // of the numbers in the cells
        std::optional<HeatmapInteraction::Preview> preview{}; // a drag in progress
        QPoint hovered{-1, -1}; // (column, row)
        QPoint cursor{-1, -1}; // the keyboard cursor (column, row), while the heatmap has the focus
        bool muted = false; // faded: a matrix the graph does not use right now
        std::optional<QFont> numbers{}; // the numbers' font, or none: no numbers (they do not fit)
    };

    //! Paints \a cells into \a layout's grid, with \a palette's colours over \a background.
    static void paint(QPainter &painter, const HeatmapLayout &layout, const QPalette &palette, const QColor &background,
                      const Cells &cells);
};

} // namespace rnnlab
