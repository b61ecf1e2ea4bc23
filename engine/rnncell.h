// SPDX-License-Identifier: MIT
// One layer of torch.nn.RNN (nonlinearity "tanh" or "relu") over a whole sequence: forward, and
// backward through time. The seam for other cells: an LSTM or GRU layer offers the same three
// functions over the same LayerTrace, and Network picks one by CellKind.
//
//   h_t = act(W_hh h_{t−1} + b_hh + W_ih x_t + b_ih),  h_{−1} = 0     (torch.nn.RNN docs; slides:
//   h_t = tanh(W_hh h_{t−1} + W_xh x_t)). Summed in that order, as ATen's RNN cell does
//   (linear_hh(h).add_(precomputed linear_ih(x))).
#pragma once

#include "trace.h"

namespace rnnlab {

//! A layer's input over a sequence: one-hot indices (layer 0) or the hidden states of the layer
//! below (H × n).
template<typename T>
struct LayerInput
{
    const std::vector<int> *oneHot = nullptr;
    const Matrix<T> *dense = nullptr;
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

    //! One time step for generation: \a h (H) is h_{t−1} on entry and h_t on return. The input is
    //! the one-hot index \a oneHot (layer 0) or the vector \a x (H).
    struct StepScratch
    {
        Vector<T> inputPart;  // (H)
        Vector<T> hiddenPart; // (H)
    };
    static void step(const ParameterSet<T> &parameters, int layer, bool relu, int oneHot, const Vector<T> *x,
                     Vector<T> &h, StepScratch &scratch);
};

extern template class RnnCell<float>;
extern template class RnnCell<double>;

} // namespace rnnlab
