// SPDX-License-Identifier: MIT
#include "ui/common/colourvision.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rnnlab {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// G. M. Machado, M. M. Oliveira, L. A. F. Fernandes, "A Physiologically-based Model for Simulation
// of Color Vision Deficiency", IEEE TVCG 15(6), 1291–1298, 2009. The severity-1.0 (dichromacy)
// matrices of the authors' table, https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/
// CVD_Simulation.html (also colour-science's CVD_MATRICES_MACHADO2010), applied to linear RGB.
// Each row sums to 1 (to 1e-6): a grey stays that grey.
constexpr Matrix protanopia = {
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix deuteranopia = {
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix tritanopia = {
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

double decode(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

QString ColourVision::name(Viewer viewer)
{
    switch (viewer) {
    case Viewer::Normal: return QStringLiteral("normal");
    case Viewer::Protanopia: return QStringLiteral("protanopia");
    case Viewer::Deuteranopia: return QStringLiteral("deuteranopia");
    case Viewer::Tritanopia: return QStringLiteral("tritanopia");
    }
    return {};
}

ColourVision::Linear ColourVision::linear(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return {decode(rgb.redF()), decode(rgb.greenF()), decode(rgb.blueF())};
}

ColourVision::Linear ColourVision::simulate(const Linear &c, Viewer viewer)
{
    const Matrix *m = viewer == Viewer::Protanopia ? &protanopia
        : viewer == Viewer::Deuteranopia           ? &deuteranopia
        : viewer == Viewer::Tritanopia             ? &tritanopia
                                                   : nullptr;
    if (!m)
        return c;
    // A simulated colour can fall outside the display's gamut; the screen would clip it.
    const auto row = [&](std::size_t i) {
        return std::clamp((*m)[i][0] * c.r + (*m)[i][1] * c.g + (*m)[i][2] * c.b, 0.0, 1.0);
    };
    return {row(0), row(1), row(2)};
}

ColourVision::Lab ColourVision::lab(const Linear &c)
{
    // sRGB (IEC 61966-2-1) to XYZ, D65 white normalised to Y = 1; then CIE 15 CIELAB.
    const double x = (0.4124564 * c.r + 0.3575761 * c.g + 0.1804375 * c.b) / 0.95047;
    const double y = 0.2126729 * c.r + 0.7151522 * c.g + 0.0721750 * c.b;
    const double z = (0.0193339 * c.r + 0.1191920 * c.g + 0.9503041 * c.b) / 1.08883;
    constexpr double epsilon = 216.0 / 24389.0;
    constexpr double kappa = 24389.0 / 27.0;
    const auto f = [](double t) { return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0; };
    const double fx = f(x), fy = f(y), fz = f(z);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double ColourVision::ciede2000(const Lab &p, const Lab &q)
{
    // Sharma, Wu & Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes,
    // Supplementary Test Data, and Mathematical Observations", Color Res. Appl. 30(1), 2005,
    // equations (1)–(17); hue angles in degrees as there.
    const double pow25_7 = std::pow(25.0, 7.0);
    const double cMean = (std::hypot(p.a, p.b) + std::hypot(q.a, q.b)) / 2.0;
    const double g = 0.5 * (1.0 - std::sqrt(std::pow(cMean, 7.0) / (std::pow(cMean, 7.0) + pow25_7)));
    const double a1 = (1.0 + g) * p.a, a2 = (1.0 + g) * q.a;
    const double c1 = std::hypot(a1, p.b), c2 = std::hypot(a2, q.b);
    const auto hue = [](double b, double a) {
        if (b == 0.0 && a == 0.0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0.0 ? h + 360.0 : h;
    };
    const double h1 = hue(p.b, a1), h2 = hue(q.b, a2);

    const double dL = q.L - p.L;
    const double dC = c2 - c1;
    double dh = 0.0;
    if (c1 * c2 != 0.0) {
        dh = h2 - h1;
        if (dh > 180.0)
            dh -= 360.0;
        else if (dh < -180.0)
            dh += 360.0;
    }
    const double dH = 2.0 * std::sqrt(c1 * c2) * std::sin(radians(dh / 2.0));

    const double lMean = (p.L + q.L) / 2.0;
    const double cMeanPrime = (c1 + c2) / 2.0;
    double hMean = h1 + h2;
    if (c1 * c2 != 0.0) {
        if (std::abs(h1 - h2) <= 180.0)
            hMean = (h1 + h2) / 2.0;
        else
            hMean = h1 + h2 < 360.0 ? (h1 + h2 + 360.0) / 2.0 : (h1 + h2 - 360.0) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hMean - 30.0)) + 0.24 * std::cos(radians(2.0 * hMean))
        + 0.32 * std::cos(radians(3.0 * hMean + 6.0)) - 0.20 * std::cos(radians(4.0 * hMean - 63.0));
    const double dTheta = 30.0 * std::exp(-std::pow((hMean - 275.0) / 25.0, 2.0));
    const double rC = 2.0 * std::sqrt(std::pow(cMeanPrime, 7.0) / (std::pow(cMeanPrime, 7.0) + pow25_7));
    const double lOff = (lMean - 50.0) * (lMean - 50.0);
    const double sL = 1.0 + 0.015 * lOff / std::sqrt(20.0 + lOff);
    const double sC = 1.0 + 0.045 * cMeanPrime;
    const double sH = 1.0 + 0.015 * cMeanPrime * t;
    const double rT = -std::sin(radians(2.0 * dTheta)) * rC;
    const double l = dL / sL, c = dC / sC, h = dH / sH;
    return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

double ColourVision::difference(const QColor &a, const QColor &b, Viewer viewer)
{
    return ciede2000(lab(simulate(linear(a), viewer)), lab(simulate(linear(b), viewer)));
}

} // namespace rnnlab
