// SPDX-License-Identifier: MIT
// The colour scales of one snapshot: for each kind of number the views colour with valueColor(),
// the |value| drawn with the darkest colour (niceScale() of the largest |value| of that kind), so
// that colours compare within a kind. Computed once when a snapshot arrives (ColorScales::of, a
// pure function of the snapshot) and handed to every view that colours its numbers: the graph's
// strips and matrix thumbnails, the matrix panel's heatmaps. Not the colours themselves
// (colormap.h) and not the legends that explain them (ColorLegend).
#pragma once

namespace rnnlab {

struct TrainingSnapshot;

struct ColorScales
{
    //! The graph's matrix thumbnails: every weight of the model (an infinite one makes it 1).
    double weights = 1.0;
    //! h_t: 1 for tanh (h ∈ [−1, 1]); for ReLU the largest |h_t| of every text and layer.
    double hidden = 1.0;
    //! dL/dh_t of every text and layer (1e-12 without gradients).
    double hiddenGradient = 1.0;
    //! An LSTM's c_t (not bounded by 1) and dL/dc_t (1e-12 for other cells).
    double cell = 1.0;
    double cellGradient = 1.0;
    //! The matrix panel's three modes, each over every parameter, infinities left out (they would
    //! wash out every finite colour): the weights, the last step's gradients, the last update.
    //! 1 while the snapshot has none (before the first step).
    double parameters = 1.0;
    double gradients = 1.0;
    double update = 1.0;

    static ColorScales of(const TrainingSnapshot &snapshot);
};

} // namespace rnnlab
