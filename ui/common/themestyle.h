// SPDX-License-Identifier: MIT
// The style of rnnlab's themes: Fusion (which draws with the palette alone), with the frames it
// derives from the window colour made visible where that colour is too dark to derive one from.
// Fusion outlines a check box, a radio button and a slider's groove and handle in the window
// colour made 40 % darker: on the dark theme's near-black that is the base colour again, on the
// high-contrast black it is black, so the boxes were drawn without their boxes and the speed
// slider's groove vanished. Where that outline would not contrast (ratio < 1.5) with what it
// frames, ThemeStyle draws it again in a colour that does (the palette's Mid when it contrasts by
// 3:1, WCAG's minimum for a control's boundary; else a mix of Text into Base). Where Fusion's
// outline reads — the light theme — it changes nothing. Not the palettes (theme.cpp).
#pragma once

#include <QProxyStyle>

class QPalette;

namespace rnnlab {

class ThemeStyle : public QProxyStyle
{
    Q_OBJECT

public:
    //! Fusion, proxied.
    ThemeStyle();

    //! The colour ThemeStyle frames controls in on \a palette, or an invalid colour where Fusion's
    //! own outline reads on \a background (nothing to redraw).
    static QColor frameColor(const QPalette &palette, const QColor &background);

    //! Fusion's, but a check box's and a radio button's indicator grow with the widget's font: in
    //! presentation mode (text twice the size) Fusion's fixed 13 px box beside "Freeze axes" or
    //! "Log scale" was too small to see from the back of a room.
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

private:
    //! A checked button's mark where Fusion's own (a darker fill) cannot be seen: a frame in the
    //! highlight colour.
    static void drawCheckedMark(const QStyleOption *option, QPainter *painter);
};

} // namespace rnnlab
