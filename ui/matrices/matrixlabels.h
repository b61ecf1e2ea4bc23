// SPDX-License-Identifier: MIT
// The text the matrix views print: axis labels (vocabulary characters made visible, hidden units
// h1…hH), numbers in cells and legends, PyTorch element names and the slide meaning of one weight.
// Pure functions of their arguments, testable without a widget. Not the colours (colormap.h) and
// not the geometry (heatmaplayout.h).
#pragma once

#include "engine/types.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace rnnlab {

class Task;
class Vocabulary;

//! \a c as one visible glyph for an axis label: a space as "␣", a newline as "⏎", a tab as "⇥",
//! other control characters as their Unicode "control picture" (U+2400 block) or U+FFFD, anything
//! else as itself (also outside the BMP).
QString visibleCharacter(char32_t c);

//! The first \a maximum characters of \a text, each made visible (visibleCharacter()), and "…" when
//! there are more: a training text in a caption or a plot's title.
QString visibleText(const std::u32string &text, int maximum = 40);

//! visibleCharacter() of every character of \a vocabulary, in one-hot order.
QStringList characterLabels(const Vocabulary &vocabulary);

//! What the rows of y_t are called (\a task's outputName(), by its outputKind()): a character made
//! visible (visibleCharacter()), or a class's name as it is, control characters made visible.
QStringList outputLabels(const Task &task);
//! One of outputLabels(); "—" for an index out of range (a time step without a target).
QString outputLabel(const Task &task, int index);

//! "h1" … "h\a count" (1-based, as the slides number hidden units).
QStringList hiddenLabels(int count);

//! The rows of W_ih, W_hh and their biases: hiddenLabels(\a hidden) for an RNN; for an LSTM or GRU
//! one block per gate in torch's order, "i1" … "iH", "f1" …, "g1" …, "o1" … (GRU: r, z, n).
QStringList gateRowLabels(CellKind cell, int hidden);

//! A value short enough for a cell on its own: 2 significant digits, no exponent between 0.01 and
//! 999 ("0.27", "-1.3", "12", "120", "0.012"), else 1 digit and a compact exponent ("3e-4",
//! "-2e3"); "0" for zero; "nan", "inf", "-inf". Uses ASCII '-' (narrower than U+2212 in cells).
//! For a single number without neighbours (the graph's cells); the matrix panel writes all the
//! numbers of a colour scale with one CellNumberFormat instead. Like every on-screen number here,
//! with the reader's decimal separator (ReaderNumber: "0,27" in German); the examples are English.
QString formatCellValue(double value);

//! How the numbers in the cells of heatmaps that share one colour scale are written: all with the
//! same number of decimals, and, when the scale is small or large, all in the same power of ten,
//! which the colour legend states once ("×10⁻³").
//!
//! Why this format (for a teacher reading a projected panel): a column of numbers is compared at a
//! glance only when every number has the same shape. Per-value significant digits mix "0.019",
//! "1" and "-4e-3" in one matrix — three shapes, and an exponent in each cell to decode. Here:
//!  - scale in [0.1, 10) (weights, early updates): 2 decimals, "0.27", "-1.40", "0.05";
//!  - scale in [10, 100): 1 decimal ("-12.4"); [100, 1000): none ("-123");
//!  - scale below 0.1 (gradients, late updates) or from 1000: the values in units of 10^E with
//!    2 decimals, E = the scale's decade, so the largest value reads "-4.00" and the legend says
//!    ×10⁻³ (−0.004).
//! Every cell is then at most 5 characters ("-8.88", "-88.8", "-888"), so whether numbers fit a
//! cell does not change with the mode. Exactly 0 prints as "0" (a weight no gradient reached is a
//! different fact from one that rounds to "0.00"), and a tiny negative value as "0.00", never
//! "-0.00". Non-finite values print as "nan", "inf", "-inf".
struct CellNumberFormat
{
    int exponent = 0; //!< cells show value / 10^exponent
    int decimals = 2; //!< digits after the point

    //! The format for heatmaps whose colour scale is \a scale (the largest |value| they show,
    //! rounded up by niceScale()). A scale that is not a positive finite number gives 2 decimals.
    static CellNumberFormat forScale(double scale);
    //! \a value in this format (ASCII '-').
    QString format(double value) const;
    //! "×10⁻³" when the cells are in units of 10^exponent, else empty.
    QString unitNote() const;
    //! Texts at least as wide as anything format() returns for |value| ≤ scale (5 characters,
    //! with the widest digit): whether numbers fit into a cell is decided with these, so it depends
    //! on the cell size and the font only, never on the values or the mode (no numbers blinking in
    //! and out as training changes them, and the same answer for every matrix).
    static QStringList widestTexts();

    bool operator==(const CellNumberFormat &) const = default;
};

//! A power of ten written the way the legend writes it: "10⁻³", "10⁴".
QString powerOfTen(int exponent);

//! A legend tick: up to 3 significant digits, compact exponent outside 0.001…9999, and the
//! typographic minus U+2212 ("−2.5", "0.25", "2.5e−5").
QString formatTickValue(double value);

//! The exact value of a float for a tooltip: 9 significant digits (enough to round-trip a float32),
//! the reader's decimal separator. Not for a text that is parsed back (CellValueEditor's is C).
QString formatExactValue(double value);

//! The largest probability softmax gives one of \a vocabularySize characters when every logit
//! lies in [−1, 1] (a model without output layer whose top hidden state is tanh-bounded): one logit
//! at +1, the other V − 1 at −1, p_max = e / (e + (V − 1)·e⁻¹). 1 when V ≤ 1.
double maxProbabilityOfBoundedLogits(int vocabularySize);

//! The note the matrix panel shows for a model without output layer (\a cell its recurrent cell,
//! \a vocabularySize = V = the hidden size): the outputs are h_t itself, and with a bounded h_t
//! (tanh) the floor this puts under the loss, −log p_max with p_max from
//! maxProbabilityOfBoundedLogits(), both numbers for this V.
QString noOutputLayerNote(CellKind cell, int vocabularySize);

//! "rnn.weight_hh_l0[2][1]" (0-based, as PyTorch indexes) or "rnn.bias_ih_l0[2]" when \a isVector.
QString indexedName(const QString &pytorchName, int row, int column, bool isVector);

//! The slide meaning of one element: "W_hh: from h2 to h3" for a matrix (from the column's unit to
//! the row's unit), "b_ih: bias of h3" for a vector.
QString elementMeaning(const QString &title, const QString &rowDescription, const QString &columnDescription,
                       bool isVector);

//! The tooltip line of a weight set by hand: "set by hand at step 12 (was 0.273412347)": after
//! \a step training steps, from \a before (exact, formatExactValue()).
QString editedCellNote(std::int64_t step, double before);

//! Why the weights cannot be edited while an earlier step is shown: "Rewound to step 12: resume
//! from here (on the timeline) to edit".
QString rewoundNote(std::int64_t step);

//! How to edit a weight, for the tooltip of an editable cell.
QString editHint();

//! The tooltip line of one entry of the last update: "effective learning rate of this entry:
//! 0.0123 (Adam: lr / (√v̂ + ε))" (3 significant digits); for SGD the rate is lr itself, the same
//! for every entry, and the line says so.
QString effectiveLearningRateNote(double rate, OptimizerKind optimizer);

//! The caption under a W_hh heatmap while the graph shows the network without memory (\a name:
//! "W_hh", "W_hh⁽²⁾"): "W_hh = 0 in the graph (what if there were no memory?)".
QString noMemoryCaption(const QString &name);

} // namespace rnnlab
