// SPDX-License-Identifier: MIT
// What the Memory view draws for one snapshot, one text, one time step and one layer (issue 17): the
// text's characters, how far back step t's prediction looks (MemoryAnalysis::influence) and the path
// of that text's states in the plane of the PCA of every text's states (MemoryAnalysis::pca). A pure
// value computed from the snapshot by the engine — every number is MemoryAnalysis's, nothing is
// re-derived here; not the drawing (MemoryInfluence, MemoryPath) and not when it is computed
// (MemoryView).
//
// Symbols: n = time steps of the text shown, H = hidden size.
#pragma once

#include "engine/eigentypes.h"
#include "engine/memoryanalysis.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rnnlab {

struct TrainingSnapshot;

struct MemoryPicture
{
    //! Why nothing can be drawn (real-valued inputs have no one-hot x_s); empty when it can.
    QString problem;
    int text = 0; // the text shown (0-based)
    int t = 0; // the step whose prediction is explained (0-based)
    int layer = 0; // the layer analysed (0-based)
    int layers = 1;
    bool cellState = false; // c (an LSTM's) rather than h
    bool hasCellState = false; // the cell has a c to choose
    //! The input characters x_0 … x_{n−1}, made visible (visibleCharacter()).
    QStringList characters;
    //! What step t predicts (its target), made visible; empty without a target.
    QString target;
    //! ‖∂ log p_t(target_t) / ∂x_s‖₂ for s = 0 … t; empty when step t has no target.
    std::vector<double> influence;
    //! The PCA's points of this text's steps (n × 2), in the frame of every text's states.
    Matrix<double> points;
    Eigen::Vector2d explainedVarianceRatio = Eigen::Vector2d::Zero();
    //! The analysed states of this text (H × n): h_t (or c_t) for the hover.
    Matrix<float> states;

    //! The picture of \a snapshot's text \a text at step \a t (clamped to the text; nullopt: the last
    //! step with a target), of \a which layer's states.
    static MemoryPicture of(const TrainingSnapshot &snapshot, int text, std::optional<int> t, MemoryLayer which);

    //! The largest influence (0 when there is none): what the darkest shade and the tallest bar stand for.
    double largestInfluence() const;
};

} // namespace rnnlab
