// SPDX-License-Identifier: MIT
// One number, one way: a loss, a squared error, a mean absolute error or a threshold printed with
// three significant figures wherever it shows (the graph's caption, the status bar, the Signal
// tab's summary, its threshold label and spin box), so that 2.31e-5 reads "0.0000231" everywhere —
// never "0.0000" for a value that is not zero, nor "0.00008" in one place and "0.000075" in
// another. Pure formatting, no widgets (tst_errornumber); not the equations' numbers, which keep a
// column's common decimals (EquationView::number).
#pragma once

#include <QString>

class QLocale;

namespace rnnlab {

class ErrorNumber
{
public:
    //! The significant figures of every loss, error and threshold.
    static constexpr int digits = 3;

    //! The decimals that give \a value digits significant figures (0 for |value| ≥ 10^(digits−1),
    //! at most maximumDecimals).
    static int decimalsFor(double value);
    //! \a value with digits significant figures in fixed notation ("0.0000231", "0.00344",
    //! "0.0240", "2.27", "1234"), the minus sign U+2212; below 10^−maximumDecimals "1.2×10⁻⁹";
    //! NaN "NaN". In the reader's locale (QLocale(), as ReaderNumber: "0,00344" in German), never grouped.
    static QString text(double value);
    //! The same in \a locale (its decimal point): for a spin box, whose text is parsed back.
    static QString text(double value, const QLocale &locale);

    //! Fixed notation stops here: below 10^−8 a value is written with a power of ten.
    static constexpr int maximumDecimals = 10;
};

} // namespace rnnlab
