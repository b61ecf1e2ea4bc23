// SPDX-License-Identifier: MIT
#include "ui/common/contrast.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! sRGB channel to linear light (WCAG 2.1's formula).
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double Contrast::luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::over(const QColor &fill, const QColor &background)
{
    const QColor f = fill.toRgb();
    const QColor b = background.toRgb();
    const double a = f.alphaF();
    return QColor::fromRgbF(float(f.redF() * a + b.redF() * (1 - a)), float(f.greenF() * a + b.greenF() * (1 - a)),
                            float(f.blueF() * a + b.blueF() * (1 - a)));
}

QColor Contrast::textOn(const QColor &background, const QColor &preferred)
{
    if (preferred.isValid() && ratio(preferred, background) >= minimumRatio)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return ratio(black, background) >= ratio(white, background) ? black : white;
}

} // namespace rnnlab
