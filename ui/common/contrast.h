// SPDX-License-Identifier: MIT
// Which colour a label takes so that it reads on what is drawn under it: WCAG 2's relative
// luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), a translucent
// fill composed over its background (what the eye actually sees under the text), and the text
// colour for a background — the view's own text colour when it keeps a ratio of at least 4.5
// (WCAG AA for normal text), else black or white, whichever contrasts more (one of them always
// reaches 4.58). Pure functions of colours (tst_contrast); not where a label goes.
#pragma once

#include <QColor>

namespace rnnlab {

class Contrast
{
public:
    //! WCAG AA for normal text.
    static constexpr double minimumRatio = 4.5;

    //! WCAG relative luminance of \a colour (its alpha ignored), 0 (black) … 1 (white).
    static double luminance(const QColor &colour);
    //! WCAG contrast ratio of \a a and \a b, 1 … 21.
    static double ratio(const QColor &a, const QColor &b);
    //! \a fill (with its alpha) painted over the opaque \a background: the colour seen.
    static QColor over(const QColor &fill, const QColor &background);
    //! The colour for text on \a background: \a preferred when it contrasts by at least
    //! minimumRatio (an invalid \a preferred: none), else black or white, whichever contrasts more.
    static QColor textOn(const QColor &background, const QColor &preferred = QColor());
};

} // namespace rnnlab
