// SPDX-License-Identifier: MIT
#include "matrixlabels.h"

#include "vocabulary.h"

#include <cmath>

namespace rnnlab {

namespace {

// Rounds |value| > 0 to \a digits significant digits and returns the decimal exponent of the
// rounded value (rounding can carry: 9.96 → 10 at 2 digits moves the exponent from 0 to 1).
int roundedExponent(double &value, int digits)
{
    int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const double unit = std::pow(10.0, exponent - digits + 1);
    value = std::round(value / unit) * unit;
    exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    return exponent;
}

// "1.20" → "1.2", "3.0" → "3"; leaves integers without a point alone.
QString trimZeros(QString text)
{
    if (!text.contains(u'.'))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString nonFinite(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
}

// "3e-4", "2.5e-5", "-2e3": mantissa with \a digits significant digits, exponent without "+" or
// leading zeros.
QString compactExponent(double value, int exponent, int digits)
{
    const double mantissa = value / std::pow(10.0, exponent);
    return trimZeros(QString::number(mantissa, 'f', digits - 1)) + u'e' + QString::number(exponent);
}

} // namespace

QString visibleCharacter(char32_t c)
{
    switch (c) {
    case U' ': return QStringLiteral("␣");
    case U'\n': return QStringLiteral("⏎");
    case U'\t': return QStringLiteral("⇥");
    case U'\r': return QStringLiteral("␍");
    case 0x7F: return QString(QChar(0x2421)); // ␡
    default: break;
    }
    if (c < 0x20)
        return QString(QChar(static_cast<char16_t>(0x2400 + c))); // ␀ … ␟
    // C1 controls, lone surrogates and non-characters have no glyph: show the replacement character.
    if ((c >= 0x80 && c < 0xA0) || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF)
        return QString(QChar(0xFFFD));
    return QString::fromUcs4(&c, 1);
}

QStringList characterLabels(const Vocabulary &vocabulary)
{
    QStringList labels;
    labels.reserve(vocabulary.size());
    for (char32_t c : vocabulary.characters())
        labels.append(visibleCharacter(c));
    return labels;
}

QStringList hiddenLabels(int count)
{
    QStringList labels;
    labels.reserve(count);
    for (int i = 1; i <= count; ++i)
        labels.append(u'h' + QString::number(i));
    return labels;
}

QString formatCellValue(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    if (value == 0.0)
        return QStringLiteral("0");
    double rounded = value;
    const int exponent = roundedExponent(rounded, 2);
    if (exponent >= -2 && exponent <= 2)
        return trimZeros(QString::number(rounded, 'f', exponent >= 1 ? 0 : 1 - exponent));
    double single = value;
    const int singleExponent = roundedExponent(single, 1);
    return compactExponent(single, singleExponent, 1);
}

QStringList widestCellValues()
{
    // 2 significant digits from 0.01 to 999 ("-0.012", "-120"), else 1 digit with an exponent of
    // at most 2 digits (floats end at 1e-45, 3e38): never more than sign + 5 characters.
    return {QStringLiteral("-0.088"), QStringLiteral("-8e-88"), QStringLiteral("-888")};
}

QString formatTickValue(double value)
{
    QString text;
    if (!std::isfinite(value)) {
        text = nonFinite(value);
    } else if (value == 0.0) {
        text = QStringLiteral("0");
    } else {
        double rounded = value;
        const int exponent = roundedExponent(rounded, 3);
        text = exponent >= -3 && exponent <= 3
                   ? trimZeros(QString::number(rounded, 'f', exponent >= 2 ? 0 : 2 - exponent))
                   : compactExponent(rounded, exponent, 3);
    }
    return text.replace(u'-', QChar(0x2212));
}

QString formatExactValue(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    return QString::number(value, 'g', 9);
}

QString indexedName(const QString &pytorchName, int row, int column, bool isVector)
{
    QString name = pytorchName + u'[' + QString::number(row) + u']';
    if (!isVector)
        name += u'[' + QString::number(column) + u']';
    return name;
}

QString elementMeaning(const QString &title, const QString &rowDescription, const QString &columnDescription,
                       bool isVector)
{
    if (isVector)
        return title + QStringLiteral(": bias of ") + rowDescription;
    return title + QStringLiteral(": from ") + columnDescription + QStringLiteral(" to ") + rowDescription;
}

} // namespace rnnlab
