// SPDX-License-Identifier: MIT
// The overview strip along the bottom of the unfolded graph when a long text scrolls: the top
// layer's h_t of every time step as colours only (one pixel per unit and step, scaled), with a
// frame around the columns in view — and, for a click or a drag along it, the time step under the
// mouse. GraphView decides when it is shown and where; this class only paints it and reads it.
#pragma once

#include "engine/trace.h"

#include <QImage>
#include <QRectF>

#include <optional>
#include <utility>

class QPainter;
class QPalette;

namespace rnnlab {

class GraphLayout;

class GraphOverview
{
public:
    //! Paints \a sequence's top layer in \a area, coloured on \a hiddenScale (ColorScales::hidden),
    //! and a frame from \a shown's first to last fraction of the text (0 … 1), when given.
    void paint(QPainter &painter, const QRectF &area, const SequenceTrace<float> &sequence, double hiddenScale,
               const QPalette &palette, std::optional<std::pair<double, double>> shown);

    //! The part of the text in view (0 … 1 from its first column to its last) when \a layout's
    //! columns of \a timeSteps are scrolled by \a scrollX and the view shows \a from … \a to
    //! (viewport px); nullopt when the layout has no time-step row.
    static std::optional<std::pair<double, double>> shownPart(const GraphLayout &layout, int timeSteps, double scrollX,
                                                              double from, double to);
    //! The time step (0-based) under \a x in \a area for a text of \a timeSteps.
    static int timeStepAt(double x, const QRectF &area, int timeSteps);

private:
    QImage m_image; // T × H, reused from snapshot to snapshot (no allocation per frame)
};

} // namespace rnnlab
