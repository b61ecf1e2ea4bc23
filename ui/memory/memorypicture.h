// SPDX-License-Identifier: MIT
// What the Memory view draws for one snapshot, one text, one time step and one layer (issue 17): the
// text's characters, how far back step t's prediction looks (MemoryAnalysis::influence) and the path
// of that text's states in the plane of the PCA of every text's states (MemoryAnalysis::pca) — or,
// with the axes frozen at an earlier training step, in that step's plane (StatePca::project). Under
// Edit ▸ What if W_hh = 0? the analysis is of the weights the graph shows: every W_hh set to 0.
// A pure value computed from the snapshot by the engine — every number is MemoryAnalysis's, nothing
// is re-derived here; not the drawing (MemoryInfluence, MemoryPath) and not when it is computed
// (MemoryView).
//
// Symbols: n = time steps of the text shown, H = hidden size.
#pragma once

#include "engine/eigentypes.h"
#include "engine/memoryanalysis.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace rnnlab {

struct TrainingSnapshot;

struct MemoryPicture
{
    //! The plane the path is drawn in: a PCA's axes and the range of each axis drawn.
    struct Axes
    {
        //! Mean, the two components and their shares of the variance: of the snapshot drawn, or
        //! of the snapshot the axes were frozen at.
        StatePca pca;
        //! The range drawn on PC1 and PC2: the path's own extent; frozen, the extent at the
        //! freezing grown to hold every point of the path drawn now (so motion shows, and no point
        //! leaves the plot).
        Eigen::Vector2d low = Eigen::Vector2d::Zero();
        Eigen::Vector2d high = Eigen::Vector2d::Zero();
        //! Where the PCA comes from: the training step, the run (a reset leaves frozen axes behind),
        //! the layer and state, and whether W_hh was 0 (What if).
        std::int64_t step = 0;
        std::uint64_t generation = 0;
        int layer = 0;
        bool cellState = false;
        bool whatIfNoMemory = false;
        //! Kept from an earlier snapshot (Freeze axes) rather than this one's own PCA.
        bool frozen = false;
    };

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
    //! The PCA's points of this text's steps (n × 2), in the frame of every text's states (axes).
    Matrix<double> points;
    //! The frame of points; explainedVarianceRatio is its PCA's.
    Axes axes;
    //! The weights analysed are the graph's What if W_hh = 0? variant, not the trained ones.
    bool whatIfNoMemory = false;
    Eigen::Vector2d explainedVarianceRatio = Eigen::Vector2d::Zero();
    //! The analysed states of this text (H × n): h_t (or c_t) for the hover.
    Matrix<float> states;

    //! The picture of \a snapshot's text \a text at step \a t (clamped to the text; nullopt: the last
    //! step with a target), of \a which layer's states — projected onto \a frozen's axes when given
    //! and they fit (the same run, layer, state and H; otherwise axes.frozen is false: the snapshot's
    //! own PCA).
    //! With \a analysis (analysisOf() of the same snapshot and \a which), its forward pass is read
    //! rather than run again.
    static MemoryPicture of(const TrainingSnapshot &snapshot, int text, std::optional<int> t, MemoryLayer which,
                            const Axes *frozen = nullptr, const MemoryAnalysis *analysis = nullptr);
    //! The analysis of() and UnitsPicture::of() compute for \a snapshot's weights shown
    //! (weightsShown()) and \a which layer (clamped as they clamp it), made once for both; null when
    //! there is none to make (no one-hot inputs, no texts: each picture then says why).
    static std::shared_ptr<const MemoryAnalysis> analysisOf(const TrainingSnapshot &snapshot, MemoryLayer which);
    //! \a which clamped to \a snapshot's model: a layer it has (−1 stays the top), c only for an LSTM.
    static MemoryLayer clamped(const TrainingSnapshot &snapshot, MemoryLayer which);
    //! The weights \a snapshot's graph computes with: its weights, or under What if W_hh = 0? the
    //! same with every W_hh set to 0 (SnapshotAssembler::withoutMemory).
    static ParameterSet<float> weightsShown(const TrainingSnapshot &snapshot);

    //! The largest influence (0 when there is none): what the darkest shade and the tallest bar stand for.
    double largestInfluence() const;
};

} // namespace rnnlab
