// SPDX-License-Identifier: MIT
// The colours rnnlab draws numbers with, shared by every view so that the same value has the same
// colour in the graph and in the matrix panel. Pure functions of their arguments (testable
// without a widget).
//  - valueColor: a diverging map centred at zero, ColorBrewer "RdBu" (colour-blind safe): blue for
//    negative, white-ish for 0, red for positive, darker with |value| / scale.
//  - matrixColor: the identity colour of each shared matrix (Okabe-Ito palette): every W_xh arrow is
//    the same colour at every time step, and so on, so sharing across time is visible.
//  - gateColor, verdictColor, signalColor: a gate's bar, a right or wrong prediction, the Signal
//    tab's curves.
// Every pair of these that carries meaning stays ΔE00 ≥ 10 apart for normal vision and the three
// simulated dichromacies (tst_colourvision, README "Colour vision"): check a new colour there.
#pragma once

#include "engine/types.h"

#include <QColor>
#include <QString>

namespace rnnlab {

enum class MatrixRole { InputToHidden, HiddenToHidden, HiddenToOutput, Bias };

//! \a value / \a scale clamped to [−1, 1] mapped through RdBu (−1 dark blue, 0 near white, +1 dark red).
//! A non-finite value is drawn magenta-free neutral grey, never a clamp to an end colour.
QColor valueColor(double value, double scale);

//! Black or white, whichever reads better on \a background (for numbers printed in cells).
QColor textColorOn(const QColor &background);

//! The identity colour of a matrix role: W_xh bluish green, W_hh orange, W_hy reddish purple.
QColor matrixColor(MatrixRole role);
//! The same of layer \a layer (0-based) of \a layers: each layer's matrices their own shade of the
//! role's hue, deeper layers darker (layer 1 is matrixColor(role)), so W_xh⁽¹⁾ and W_xh⁽²⁾ are told
//! apart in the stacked grid and in the matrix panel, and still read as "a W_xh". The fifth layer
//! and deeper share the fifth's shade: darker still, W_xh and W_hh would look alike to a protanope
//! (tst_colourvision); their superscripts tell them apart.
QColor matrixColor(MatrixRole role, int layer, int layers);
//! The number of layers (from the first) that get a shade of their own in matrixColor().
inline constexpr int matrixShades = 5;

//! The colour of gate \a gate of an LSTM (i, f, g, o) or GRU (r, z, n) in the graph's gate bars and
//! their legend: blue, vermillion, near-black, sky blue — apart in hue and in lightness (greyscale).
QColor gateColor(CellKind cell, int gate);
//! The colour that marks a scored prediction right (\a correct: Okabe-Ito bluish green) or wrong
//! (vermillion) in the graph, beside the ✓ or ✗ that says it without colour.
QColor verdictColor(bool correct);

//! The curves of the Signal tab (SignalPlot) drawn in a colour of their own; the series itself is
//! drawn in the palette's WindowText. Each also has its own line style there (dashed, dotted, rings).
enum class SignalCurve { Prediction, Forecast, Anomaly };
//! The colour of \a curve on a light or a dark (\a darkBackground) plot.
QColor signalColor(SignalCurve curve, bool darkBackground);

//! "i", "f", "g", "o" or "r", "z", "n"; empty for an RNN.
QString gateLetter(CellKind cell, int gate);
//! What a gate is called: "input gate i", "forget gate f", "candidate g", "output gate o", "reset gate
//! r", "update gate z", "candidate n".
QString gateTitle(CellKind cell, int gate);

//! The slide name of a matrix role with an optional layer: "W_xh", "W_hh", "W_hy"; with \a layer ≥ 0
//! and \a layers > 1: "W_xh⁽²⁾" (1-based, as slides write it). An LSTM's or GRU's input weights
//! (\a cell) are "W_ih", as their equations, the Matrices panel and torch name them: one block per gate.
QString matrixName(MatrixRole role, int layer = -1, int layers = 1, CellKind cell = CellKind::RnnTanh);

//! A "nice" symmetric scale ≥ \a maxAbs (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k), so legends read well
//! and the largest value still gets a strong colour; at least 1e-12.
double niceScale(double maxAbs);

} // namespace rnnlab
