// SPDX-License-Identifier: MIT
// The text the matrix views print: axis labels (vocabulary characters made visible, hidden units
// h1…hH), numbers in cells and legends, PyTorch element names and the slide meaning of one weight.
// Pure functions of their arguments, testable without a widget. Not the colours (colormap.h) and
// not the geometry (heatmaplayout.h).
#pragma once

#include <QString>
#include <QStringList>

namespace rnnlab {

class Vocabulary;

//! \a c as one visible glyph for an axis label: a space as "␣", a newline as "⏎", a tab as "⇥",
//! other control characters as their Unicode "control picture" (U+2400 block) or U+FFFD, anything
//! else as itself (also outside the BMP).
QString visibleCharacter(char32_t c);

//! visibleCharacter() of every character of \a vocabulary, in one-hot order.
QStringList characterLabels(const Vocabulary &vocabulary);

//! "h1" … "h\a count" (1-based, as the slides number hidden units).
QStringList hiddenLabels(int count);

//! A value short enough for a heatmap cell: 2 significant digits, no exponent between 0.01 and
//! 999 ("0.27", "-1.3", "12", "120", "0.012"), else 1 digit and a compact exponent ("3e-4",
//! "-2e3"); "0" for zero; "nan", "inf", "-inf". Uses ASCII '-' (narrower than U+2212 in cells).
QString formatCellValue(double value);

//! Texts at least as wide as anything formatCellValue() returns for a float (6 characters:
//! "-0.012" or "-3e-45", measured with the widest digit): whether numbers fit into a cell is
//! decided with these, so it depends on the cell size and the font only, never on the values (no
//! numbers blinking in and out as training changes them, and the same answer for every matrix).
QStringList widestCellValues();

//! A legend tick: up to 3 significant digits, compact exponent outside 0.001…9999, and the
//! typographic minus U+2212 ("−2.5", "0.25", "2.5e−5").
QString formatTickValue(double value);

//! The exact value of a float for a tooltip: 9 significant digits (enough to round-trip a float32).
QString formatExactValue(double value);

//! "rnn.weight_hh_l0[2][1]" (0-based, as PyTorch indexes) or "rnn.bias_ih_l0[2]" when \a isVector.
QString indexedName(const QString &pytorchName, int row, int column, bool isVector);

//! The slide meaning of one element: "W_hh: from h2 to h3" for a matrix (from the column's unit to
//! the row's unit), "b_ih: bias of h3" for a vector.
QString elementMeaning(const QString &title, const QString &rowDescription, const QString &columnDescription,
                       bool isVector);

} // namespace rnnlab
