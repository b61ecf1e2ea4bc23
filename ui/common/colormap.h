// SPDX-License-Identifier: MIT
// The colours rnnlab draws numbers with, shared by every view so that the same value has the same
// colour in the graph and in the matrix panel. Pure functions of their arguments (testable
// without a widget).
//  - valueColor: a diverging map centred at zero, ColorBrewer "RdBu" (colour-blind safe): blue for
//    negative, white-ish for 0, red for positive, darker with |value| / scale.
//  - matrixColor: the identity colour of each shared matrix (Okabe-Ito palette): every W_xh arrow is
//    the same colour at every time step, and so on, so sharing across time is visible.
#pragma once

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

//! The slide name of a matrix role with an optional layer: "W_xh", "W_hh", "W_hy"; with \a layer ≥ 0
//! and \a layers > 1: "W_xh⁽²⁾" (1-based, as slides write it).
QString matrixName(MatrixRole role, int layer = -1, int layers = 1);

//! A "nice" symmetric scale ≥ \a maxAbs (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k), so legends read well
//! and the largest value still gets a strong colour; at least 1e-12.
double niceScale(double maxAbs);

} // namespace rnnlab
