// SPDX-License-Identifier: MIT
// A recurrent stack — torch.nn.RNN/LSTM/GRU(in, H, L): L layers of one cell kind, each running over
// the whole sequence before the next (as torch's multi-layer RNN does), forward and backward.
// Layer 0 reads the stack's input x_t; layer l > 0 reads the hidden states of layer l − 1 (no
// dropout), and on the way back writes dL/dh of layer l − 1 (its dHiddenFromAbove). One block of a
// model (parameterlayout.h: RecurrentBlock); Network runs the model's blocks in order. Not a
// layer's own loop through time (recurrentlayer.h, cell.h).
//
//   h_t^(0) = cell(x_t, h_{t−1}^(0)),   h_t^(l) = cell(h_t^(l−1), h_{t−1}^(l)),  l = 1 … L−1
//
// Symbols: L = the stack's layers, n = time steps, H = hidden size, in = the stack's input width.
#pragma once

#include "engine/cell.h"

#include <span>

namespace rnnlab {

template<typename T>
class RecurrentStack
{
public:
    //! Every forward field of \a layers (the stack's L layers, bottom first), from \a input.
    static void forward(const ParameterSet<T> &parameters, const RecurrentBlock &stack, const LayerInput<T> &input,
                        std::span<LayerTrace<T>> layers);

    //! BPTT down the stack: reads the top layer's dHiddenFromAbove (its outputs' gradient), fills
    //! every layer's backward fields and adds the stack's parameter gradients into \a gradients.
    static void backward(const ParameterSet<T> &parameters, const RecurrentBlock &stack, const LayerInput<T> &input,
                         std::span<LayerTrace<T>> layers, ParameterSet<T> &gradients);
};

extern template class RecurrentStack<float>;
extern template class RecurrentStack<double>;

} // namespace rnnlab
