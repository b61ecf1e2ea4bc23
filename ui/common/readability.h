// SPDX-License-Identifier: MIT
// The readability rule, in one place: the smallest pixel size a number may be drawn at in the
// graph, the heatmaps and the equations — 10 px at 1× in the normal window; in presentation mode
// 1/60 of the screen's height (18 px at 1080, 13 px at 800), so that the back row of a lecture hall
// reads what the front row reads. Views never shrink a number below it: they show fewer time steps
// (and scroll) or give the value to hover and keyboard focus instead. Pure arithmetic, no widgets
// (tst_readability); not the choice of what to show when things do not fit (GraphLayout,
// HeatmapLayout decide that with it).
#pragma once

namespace rnnlab {

class Readability
{
public:
    //! The smallest legible number in the normal window, px at 1×.
    static constexpr double normalPixels = 10.0;

    //! The smallest pixel size of a number: normalPixels in the normal window; in presentation
    //! mode \a screenHeight / 60 (never below normalPixels).
    static double minimumPixels(bool presentation, int screenHeight);
    //! The pixel size of a font of \a pointSize points on a screen of \a dpi dots per inch (Qt's
    //! point sizes are 1/72 inch); \a pixelSize > 0 is taken as it is (a font set in pixels).
    static double pixelsOf(double pointSize, int pixelSize, double dpi);
    //! The point size that gives at least \a pixels px at \a dpi.
    static double pointSizeFor(double pixels, double dpi);
};

} // namespace rnnlab
