// SPDX-License-Identifier: MIT
// The Eigen shapes the engine uses. T is the scalar: float for parity with PyTorch, double for
// finite-difference gradient checks.
//
// Parameters are stored row-major, as PyTorch stores them: that fixes the order in which a seed
// fills them and in which clip_grad_norm_ sums them. Traces are column-major with one column
// per time step, so one time step is contiguous.
#pragma once

#include <Eigen/Core>

namespace rnnlab {

template<typename T>
using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;
template<typename T>
using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
template<typename T>
using RowMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

template<typename T>
using RowMatrixMap = Eigen::Map<RowMatrix<T>>;
template<typename T>
using ConstRowMatrixMap = Eigen::Map<const RowMatrix<T>>;
template<typename T>
using VectorMap = Eigen::Map<Vector<T>>;
template<typename T>
using ConstVectorMap = Eigen::Map<const Vector<T>>;

} // namespace rnnlab
