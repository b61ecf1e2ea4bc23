// SPDX-License-Identifier: MIT
#include "ui/common/errornumber.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rnnlab {

int ErrorNumber::decimalsFor(double value)
{
    if (!std::isfinite(value) || value == 0.0)
        return 0;
    // 0.0000231: the first significant digit at 10^−5, two more after it.
    const int lead = int(std::floor(std::log10(std::abs(value))));
    int decimals = std::clamp(digits - 1 - lead, 0, maximumDecimals);
    // Rounding can carry into a new leading digit (0.09996 → 0.100): one decimal fewer then.
    const double rounded = std::round(std::abs(value) * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded > 0.0 && int(std::floor(std::log10(rounded))) > lead && decimals > 0)
        --decimals;
    return decimals;
}

QString ErrorNumber::text(double value)
{
    return text(value, QLocale());
}

QString ErrorNumber::text(double value, const QLocale &locale)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QString text;
    if (value != 0.0 && std::abs(value) < std::pow(10.0, -(maximumDecimals - digits + 1))) {
        // As a textbook writes it: "1.23×10⁻⁹".
        const QString e = QString::number(value, 'e', digits - 1); // "1.23e-09"
        const int at = int(e.indexOf(u'e'));
        static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
        QString power;
        for (QChar c : QString::number(e.mid(at + 1).toInt()))
            power += c == u'-' ? QChar(0x207B) : superscripts.at(c.digitValue());
        text = locale.toString(e.left(at).toDouble(), 'f', digits - 1) + QStringLiteral("×10") + power;
    } else {
        text = locale.toString(value, 'f', decimalsFor(value));
        text.remove(locale.groupSeparator());
    }
    if (text.startsWith(locale.negativeSign()) || text.startsWith(u'-'))
        text = QChar(0x2212) + text.mid(1);
    return text;
}

} // namespace rnnlab
