// SPDX-License-Identifier: MIT
// One layer of torch.nn.RNN (nonlinearity "tanh" or "relu") over a whole sequence: forward, and
// backward through time. The seam for other cells: LstmCell and GruCell offer the same three
// functions over the same LayerTrace, and Cell (cell.h) picks one by CellKind.
//
//   h_t = act(W_hh h_{t−1} + b_hh + W_ih x_t + b_ih),  h_{−1} = 0     (torch.nn.RNN docs; slides:
//   h_t = tanh(W_hh h_{t−1} + W_xh x_t)). Summed in that order, as ATen's RNN cell does
//   (linear_hh(h).add_(precomputed linear_ih(x))).
#pragma once

#include "engine/trace.h"

namespace rnnlab {

//! A layer's input over a sequence: one-hot indices (layer 0) or the hidden states of the layer
//! below (H × n).
template<typename T>
struct LayerInput
{
    const std::vector<int> *oneHot = nullptr;
    const Matrix<T> *dense = nullptr;
};

//! One layer's state for stepping a cell one time step at a time (generation): h (and c for an
//! LSTM), with the step's intermediates — the same quantities as a LayerTrace column.
template<typename T>
struct CellState
{
    Vector<T> h; // (H)
    Vector<T> c; // (H) LSTM cell state; empty otherwise
    Vector<T> inputPart; // (G·H)
    Vector<T> hiddenPart; // (G·H)
    Vector<T> preActivation; // (G·H)
    Vector<T> gates; // (G·H) LSTM/GRU; empty otherwise

    //! h_{−1} = 0 (and c_{−1} = 0).
    static CellState zero(CellKind cell, Eigen::Index hiddenSize);
};

template<typename T>
class RnnCell
{
public:
    //! Fills inputPart, hiddenPart, preActivation and hidden of \a layer for all n time steps.
    static void forward(const ParameterSet<T> &parameters, int layer, bool relu, const LayerInput<T> &input,
                        LayerTrace<T> &trace);

    //! Backward through time. Reads trace.dHiddenFromAbove; fills dHidden and dPreActivation;
    //! adds this layer's parameter gradients into \a gradients; writes dL/dx_t into \a dInput
    //! (H × n) when the input is dense and \a dInput is given.
    static void backward(const ParameterSet<T> &parameters, int layer, bool relu, const LayerInput<T> &input,
                         LayerTrace<T> &trace, ParameterSet<T> &gradients, Matrix<T> *dInput);

    //! One time step:  state.h is h_{t−1} on entry and h_t on return. The input is the one-hot
    //! index  oneHot (layer 0) or the vector  x (H).
    static void step(const ParameterSet<T> &parameters, int layer, bool relu, int oneHot, const Vector<T> *x,
                     CellState<T> &state);
};

extern template class RnnCell<float>;
extern template class RnnCell<double>;
extern template struct CellState<float>;
extern template struct CellState<double>;

} // namespace rnnlab
