// SPDX-License-Identifier: MIT
// How the graph draws an LSTM's or GRU's gates at one time step: one bar per gate, in its colour,
// filled to the gate's activation — σ gates (i, f, o; r, z) from the bottom, 0 … 1; tanh candidates
// (g, n) from the middle, −1 … 1. A bar is split into one slice per hidden unit when it is wide
// enough (a zoomed-in column), else it shows the mean over the units. Painting only: the numbers are
// the snapshot's trace.
#pragma once

#include "engine/eigentypes.h"
#include "engine/types.h"

#include <QRectF>

class QPainter;
class QPalette;

namespace rnnlab {

struct GateBars
{
    //! Paints the bars of \a gates (the G·H activations of one time step) into \a rect.
    static void paint(QPainter &painter, const QRectF &rect, CellKind cell,
                      const Eigen::Ref<const Vector<float>> &gates, const QPalette &palette);
    //! Whether gate \a gate of \a cell is a tanh candidate (−1 … 1) rather than a σ gate (0 … 1).
    static bool isCandidate(CellKind cell, int gate);
    //! The gate whose bar is under \a x in \a rect, or −1.
    static int gateAt(const QRectF &rect, int gates, double x);
};

} // namespace rnnlab
