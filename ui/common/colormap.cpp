// SPDX-License-Identifier: MIT
#include "ui/common/colormap.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#include <array>
#include <cmath>

namespace rnnlab {

namespace {
// ColorBrewer RdBu (11 classes), from positive (dark red) to negative (dark blue).
constexpr std::array<QRgb, 11> rdbu = {0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7,
                                       0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac, 0x053061};

QColor mix(QRgb a, QRgb b, double t)
{
    const auto channel = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)));
}
} // namespace

QColor valueColor(double value, double scale)
{
    if (!std::isfinite(value) || !(scale > 0.0))
        return QColor(128, 128, 128);
    double x = value / scale;
    x = x > 1.0 ? 1.0 : (x < -1.0 ? -1.0 : x);
    // x = +1 → index 0, x = 0 → 5, x = −1 → 10.
    const double position = (1.0 - x) * 5.0;
    const int i = static_cast<int>(std::floor(position));
    if (i >= 10)
        return QColor(rdbu[10]);
    return mix(rdbu[static_cast<std::size_t>(i)], rdbu[static_cast<std::size_t>(i) + 1], position - i);
}

QColor textColorOn(const QColor &background)
{
    // Relative luminance (sRGB, approximate): dark text on light cells, light text on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor matrixColor(MatrixRole role)
{
    switch (role) {
    case MatrixRole::InputToHidden: return QColor(0x00, 0x9E, 0x73); // bluish green
    case MatrixRole::HiddenToHidden: return QColor(0xE6, 0x9F, 0x00); // orange
    case MatrixRole::HiddenToOutput: return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case MatrixRole::Bias: return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return QColor(Qt::gray);
}

QColor matrixColor(MatrixRole role, int layer, int layers)
{
    const QColor base = matrixColor(role);
    if (layers <= 1 || layer <= 0)
        return base;
    // 35 % darker per layer, compounding: five layers stay apart in lightness (greyscale) and still
    // read as text on white. 35 %, not less: W_hh⁽²⁾'s darker orange must stay apart from W_hy's
    // reddish purple under tritanopia (ΔE00 ≥ 10, tst_colourvision); no deeper than the fifth
    // layer's shade, where W_xh's and W_hh's near-blacks would meet under protanopia.
    return base.darker(int(std::round(100.0 * std::pow(1.35, std::min(layer, matrixShades - 1)))));
}

QColor gateColor(CellKind cell, int gate)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x33, 0x33, 0x33),
                                     QColor(0x56, 0xB4, 0xE9)};
    if (cell == CellKind::Gru && gate == 2)
        return colours[2]; // n, the candidate, like the LSTM's g
    return gate >= 0 && gate < 4 ? colours[gate] : QColor(Qt::gray);
}

QColor verdictColor(bool correct)
{
    return correct ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00); // Okabe-Ito bluish green / vermillion
}

QColor signalColor(SignalCurve curve, bool darkBackground)
{
    // The predictions violet and the forecast teal: colours no other view uses for weights (W_ih
    // green, W_hh orange, W_hy pink) or gates (blue), lighter on a dark background; a red for the
    // anomalies. The dark theme's anomaly red is a crimson, not a light red: a light red meets a
    // light orange under deuteranopia and tritanopia (ΔE00 6, tst_colourvision).
    switch (curve) {
    case SignalCurve::Prediction: return darkBackground ? QColor(0xC8, 0xA2, 0xFF) : QColor(0x7B, 0x2F, 0xBE);
    case SignalCurve::Forecast: return darkBackground ? QColor(0x1F, 0xA3, 0x9A) : QColor(0x00, 0x7C, 0x80);
    case SignalCurve::Anomaly: return darkBackground ? QColor(0xE0, 0x45, 0x7B) : QColor(0xC0, 0x00, 0x00);
    }
    return QColor(Qt::gray);
}

QString gateLetter(CellKind cell, int gate)
{
    const char *letters = cell == CellKind::Lstm ? "ifgo" : cell == CellKind::Gru ? "rzn" : "";
    return gate >= 0 && gate < int(std::strlen(letters)) ? QString(QLatin1Char(letters[gate])) : QString();
}

QString gateTitle(CellKind cell, int gate)
{
    if (cell == CellKind::Lstm) {
        switch (gate) {
        //: A gate's name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.
        case 0: return QCoreApplication::translate("rnnlab::ColorMap", "input gate i");
        case 1: return QCoreApplication::translate("rnnlab::ColorMap", "forget gate f");
        case 2: return QCoreApplication::translate("rnnlab::ColorMap", "candidate g");
        case 3: return QCoreApplication::translate("rnnlab::ColorMap", "output gate o");
        }
    } else if (cell == CellKind::Gru) {
        switch (gate) {
        case 0: return QCoreApplication::translate("rnnlab::ColorMap", "reset gate r");
        case 1: return QCoreApplication::translate("rnnlab::ColorMap", "update gate z");
        case 2: return QCoreApplication::translate("rnnlab::ColorMap", "candidate n");
        }
    }
    return {};
}

QString matrixName(MatrixRole role, int layer, int layers, CellKind cell)
{
    QString name;
    switch (role) {
    case MatrixRole::InputToHidden:
        name = cell == CellKind::Lstm || cell == CellKind::Gru ? QStringLiteral("W_ih") : QStringLiteral("W_xh");
        break;
    case MatrixRole::HiddenToHidden: name = QStringLiteral("W_hh"); break;
    case MatrixRole::HiddenToOutput: name = QStringLiteral("W_hy"); break;
    case MatrixRole::Bias: name = QStringLiteral("b"); break;
    }
    if (layer >= 0 && layers > 1) {
        static const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
        name += u'⁽';
        name += QChar(superscripts[(layer + 1) % 10]);
        name += u'⁾';
    }
    return name;
}

double niceScale(double maxAbs)
{
    if (!(maxAbs > 1e-12) || !std::isfinite(maxAbs))
        return maxAbs > 1e-12 ? 1.0 : 1e-12;
    const double exponent = std::floor(std::log10(maxAbs));
    const double base = std::pow(10.0, exponent);
    // Fine enough that the largest value is never lighter than about 2/3 of the darkest colour.
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * base >= maxAbs * (1 - 1e-12))
            return step * base;
    }
    return 10.0 * base;
}

} // namespace rnnlab
