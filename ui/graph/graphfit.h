// SPDX-License-Identifier: MIT
// How the unfolded graph fits the room its view has: how large its type may grow on a large view,
// how much a tall stack's type shrinks in presentation mode, and which of the vertical scroll bar,
// the overview strip and the horizontal bar it needs. Pure decisions from sizes and layouts (no
// widget): GraphView asks, from the room without scroll bars alone, so that a bar that appears
// cannot feed back into the decision that made it.
#pragma once

#include "ui/graph/graphlayout.h"

#include <QSizeF>

#include <QSize>

#include <functional>

namespace rnnlab {

struct RunSetup;

class GraphFit
{
public:
    //! The type's scale on a view with \a room (px) for a text of \a timeSteps (0: none yet): up to
    //! 1.75× from about 900×400 px upwards while the columns still fit; type already large
    //! (\a pointSize about 18 pt, presentation mode) is not enlarged again. \a charWidth: the
    //! unscaled font's average character width.
    static double fontScale(QSize room, double pointSize, double charWidth, int timeSteps);

    //! Presentation mode: the factor (0.5 … 1) that makes the stack drawn for \a full (the geometry
    //! at full size, from the room alone) fit its height.
    static double shrink(const GraphGeometry &full);

    //! \a g with the model's shape filled in from \a setup: layers, units, gates, the cell state,
    //! the vocabulary's and the outputs' sizes.
    static void describeModel(GraphGeometry &g, const RunSetup &setup);

    //! The scroll ranges for a drawing of \a bounds (scene px) under a \a caption and above a strip
    //! of \a overview px, in \a room without bars: a bar only when the drawing itself does not fit
    //! (the layout keeps its own margin), each bar's extent set aside for the other.
    struct Scrolling
    {
        QSize range; // horizontal, vertical maximum (0: no bar)
        QSizeF page; // the viewport's width and height less the bars shown
    };
    static Scrolling scrolling(const QRectF &bounds, QSize room, double barExtent, double caption, double overview);

    //! What the view sets aside for the unfolded drawing.
    struct Bars
    {
        bool vertical = false; // taller than the room: the vertical bar's width set aside
        bool overview = false; // wider: the overview strip and the horizontal bar's height set aside
        GraphLayout layout; // made for the room less what is set aside
    };
    //! Decides the bars from \a room (without any bars), a bar's \a barExtent, the \a caption's and
    //! the overview strip's heights, and \a geometryOf(verticalBar, overview) — the geometry for
    //! the room less those.
    static Bars bars(QSize room, double barExtent, double caption, double overviewLine,
                     const std::function<GraphGeometry(bool verticalBar, bool overview)> &geometryOf);
};

} // namespace rnnlab
