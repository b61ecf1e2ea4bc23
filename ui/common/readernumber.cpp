// SPDX-License-Identifier: MIT
#include "ui/common/readernumber.h"

#include <QLocale>

namespace rnnlab {

QString ReaderNumber::fixed(double value, int decimals)
{
    return fromC(QString::number(value, 'f', decimals));
}

QString ReaderNumber::significant(double value, int digits)
{
    return fromC(QString::number(value, 'g', digits));
}

QString ReaderNumber::count(qint64 value)
{
    if (value > -10000 && value < 10000)
        return QString::number(value);
    return QLocale().toString(value);
}

QString ReaderNumber::fromC(const QString &text)
{
    return fromC(text, QLocale());
}

QString ReaderNumber::fromC(const QString &text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (point == QStringLiteral("."))
        return text;
    QString out = text;
    // QString::number writes at most one '.', and nothing else in these texts is a point.
    if (const qsizetype at = out.indexOf(u'.'); at >= 0)
        out.replace(at, 1, point);
    return out;
}

QString ReaderNumber::decimalPoint()
{
    return QLocale().decimalPoint();
}

QString ReaderNumber::listSeparator()
{
    return decimalPoint() == QStringLiteral(",") ? QStringLiteral("; ") : QStringLiteral(", ");
}

} // namespace rnnlab
