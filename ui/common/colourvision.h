// SPDX-License-Identifier: MIT
// How a colour looks to a dichromat and how far apart two colours look: the standard simulations of
// protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009) and the CIEDE2000
// colour difference ΔE00 in CIELAB (D65). Pure functions of colours, used by
// tests/ui/common/tst_colourvision.cpp to check that the colours that carry meaning (value sign,
// ✓/✗, compared models, gates, matrices, signal curves) stay apart for every viewer (issue 19 §2);
// not a colour choice (colormap.h, modelstyle.h) and not a filter the app draws through.
#pragma once

#include <QColor>
#include <QString>

#include <array>

namespace rnnlab {

class ColourVision
{
public:
    enum class Viewer { Normal, Protanopia, Deuteranopia, Tritanopia };
    static constexpr std::array<Viewer, 4> viewers = {Viewer::Normal, Viewer::Protanopia, Viewer::Deuteranopia,
                                                      Viewer::Tritanopia};

    //! Linear-light RGB (sRGB primaries, D65 white), each channel 0 … 1.
    struct Linear
    {
        double r = 0, g = 0, b = 0;
    };
    //! CIELAB, D65 reference white: L* 0 … 100, a*, b* roughly −128 … 127.
    struct Lab
    {
        double L = 0, a = 0, b = 0;
    };

    //! "normal", "protanopia", "deuteranopia", "tritanopia".
    static QString name(Viewer viewer);

    //! \a colour's sRGB channels decoded to linear light (IEC 61966-2-1 transfer function).
    static Linear linear(const QColor &colour);
    //! What \a viewer sees of \a colour: Machado et al.'s severity-1.0 matrix applied in linear RGB,
    //! clamped to the display's gamut [0, 1]; Normal returns it unchanged.
    static Linear simulate(const Linear &colour, Viewer viewer);
    //! CIELAB (D65) of a linear-RGB colour, through CIE XYZ with the sRGB matrix.
    static Lab lab(const Linear &colour);
    //! The CIEDE2000 colour difference ΔE00 of \a a and \a b (kL = kC = kH = 1), as specified by
    //! CIE 142-2001 and implemented by Sharma, Wu & Dalal (2005). Symmetric; 0 for equal colours.
    static double ciede2000(const Lab &a, const Lab &b);
    //! ΔE00 of \a a and \a b as \a viewer sees them (both simulated, then compared).
    static double difference(const QColor &a, const QColor &b, Viewer viewer);
};

} // namespace rnnlab
