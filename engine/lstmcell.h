// SPDX-License-Identifier: MIT
// One layer of torch.nn.LSTM over a whole sequence: forward and backward through time, with the
// same seam as RnnCell (see cell.h). Gate rows i, f, g, o, each H tall (torch's order), and ATen's
// LSTMCell arithmetic, operation for operation:
//   a_t = W_hh h_{t−1} + b_hh + W_ih x_t + b_ih                             (4H)
//   i = σ(a_i), f = σ(a_f), g = tanh(a_g), o = σ(a_o)
//   c_t = f ⊙ c_{t−1} + i ⊙ g,   h_t = o ⊙ tanh(c_t),   h_{−1} = c_{−1} = 0
// (Hochreiter & Schmidhuber 1997; torch.nn.LSTM docs.) The trace keeps a_t (preActivation), the
// gates' activations (gates), c_t (cell) and on the way back dL/dc_t (dCell).
#pragma once

#include "engine/rnncell.h"

namespace rnnlab {

template<typename T>
class LstmCell
{
public:
    static void forward(const ParameterSet<T> &parameters, int layer, const LayerInput<T> &input, LayerTrace<T> &trace);
    static void backward(const ParameterSet<T> &parameters, int layer, const LayerInput<T> &input, LayerTrace<T> &trace,
                         ParameterSet<T> &gradients, Matrix<T> *dInput);
    static void step(const ParameterSet<T> &parameters, int layer, int oneHot, const Vector<T> *x, CellState<T> &state);
};

extern template class LstmCell<float>;
extern template class LstmCell<double>;

} // namespace rnnlab
