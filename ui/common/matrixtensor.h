// SPDX-License-Identifier: MIT
// Which of the engine's parameter tensors a matrix of the slides is: W_xh⁽ˡ⁾ → weight_ih_l{l},
// W_hh⁽ˡ⁾ → weight_hh_l{l}, W_hy → fc.weight. The one place in ui/ that maps the views' MatrixRole
// onto the engine's ParameterLayout.
#pragma once

#include "engine/parameterset.h"
#include "ui/common/colormap.h"

namespace rnnlab {

//! The ParameterLayout index of matrix \a role of layer \a layer (W_hy: the output layer's); −1
//! for a bias (a role, not one tensor) and for W_hy without an output layer.
inline int matrixTensor(const ParameterLayout &layout, MatrixRole role, int layer)
{
    switch (role) {
    case MatrixRole::InputToHidden: return layout.stack().weightIh(layer);
    case MatrixRole::HiddenToHidden: return layout.stack().weightHh(layer);
    case MatrixRole::HiddenToOutput: return layout.fcWeight();
    case MatrixRole::Bias: return -1;
    }
    return -1;
}

} // namespace rnnlab
