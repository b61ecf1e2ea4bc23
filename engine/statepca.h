// SPDX-License-Identifier: MIT
// Principal component analysis of hidden states, to draw their path in 2-D (issue 17): the first
// two right singular vectors of the centred states, in double. A pure function of a matrix; not
// which states (memoryanalysis.h gathers them), not drawing them.
//
//   X       (rows × H)  one state per row: every time step of every text, in text order
//   mean    = column means of X                                   (H)
//   X − mean = U S Vᵀ   (the thin SVD; Eigen's BDCSVD, in double as numpy's float64 SVD)
//   components = the first two columns of V, as rows              (2 × H)
//   explained_variance_ratio_i = s_i² / Σ_j s_j²                   (2)
//   points = (X − mean) componentsᵀ                                (rows × 2)
//
// Sign convention: a singular vector is defined up to its sign, so each component is flipped so
// that its entry of largest magnitude is positive (the first such entry on a tie) — the same frame
// for the same states, whichever SVD computed them. A component that does not exist (H = 1, or
// a single row) is all zeros with a ratio of 0; states with no variance at all give ratios of 0.
//
// Symbols: H = hidden size, rows = time steps over all texts.
#pragma once

#include "engine/eigentypes.h"

namespace rnnlab {

class StatePca
{
public:
    //! The PCA of \a states (rows × H, one state per row; at least one row and one column).
    static StatePca of(const Matrix<double> &states);

    const Vector<double> &mean() const { return m_mean; } // (H)
    const Matrix<double> &components() const { return m_components; } // (2 × H)
    const Eigen::Vector2d &explainedVarianceRatio() const { return m_ratio; } // (2)
    const Matrix<double> &points() const { return m_points; } // (rows × 2)

    //! The points of other \a states (rows × H) in this PCA's frame: (states − mean) componentsᵀ —
    //! for axes frozen at one training step and states from another.
    Matrix<double> project(const Matrix<double> &states) const;

private:
    Vector<double> m_mean;
    Matrix<double> m_components;
    Eigen::Vector2d m_ratio = Eigen::Vector2d::Zero();
    Matrix<double> m_points;
};

} // namespace rnnlab
