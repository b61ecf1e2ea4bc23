// SPDX-License-Identifier: MIT
// The one place a number is written for a person to read: in the locale the language choice set
// (QLocale(), made the default by Language::install, so `--language de` writes "0,99" whatever the
// machine's locale), with no digit grouping below 10 000. Not for session files, traces, exported
// scripts, rnnlab-cli's output or anything parsed back: those stay C (QString::number). The
// rounding is the caller's (EquationView::number, ErrorNumber, MatrixLabels decide the digits); this
// only writes the digits the reader's way. Keeps the minus sign it is given (a view that draws
// U+2212 replaces '-' itself, as before). Pure; tst_readernumber.
#pragma once

#include <QString>

class QLocale;

namespace rnnlab {

class ReaderNumber
{
public:
    //! \a value with \a decimals decimals ('f'): "0,99" in German, "0.99" in English.
    static QString fixed(double value, int decimals);
    //! \a value with \a digits significant digits ('g', as QString::number): "1,5e-05" in German.
    static QString significant(double value, int digits);
    //! A count (steps, a series' length): grouped from 10 000 on ("12.345" in German, "12,345" in
    //! English), so that a four-digit step number does not look like a decimal.
    static QString count(qint64 value);
    //! A C-locale number \a text ("-0.25", "1.5e-05", "1.5×10⁷", "12.5k") written the reader's way:
    //! its decimal point becomes the locale's. Everything else is kept.
    static QString fromC(const QString &text);
    //! The same for \a locale (a plot's, a spin box's).
    static QString fromC(const QString &text, const QLocale &locale);
    //! The reader's decimal separator ("," in German, French and Spanish, "." in English,
    //! Japanese, Korean and Chinese).
    static QString decimalPoint();
    //! What separates numbers in a list: ", " — or "; " where the decimal separator is a comma
    //! ("0,12; −0,34", not "0,12, −0,34").
    static QString listSeparator();
};

} // namespace rnnlab
