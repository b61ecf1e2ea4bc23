// SPDX-License-Identifier: MIT
// One layer of torch.nn.GRU over a whole sequence: forward and backward through time, with the
// same seam as RnnCell (see cell.h). Gate rows r, z, n, each H tall (torch's order), and ATen's
// GRUCell arithmetic, operation for operation:
//   gi = W_ih x_t + b_ih,  gh = W_hh h_{t−1} + b_hh                         (3H each)
//   r = σ(gh_r + gi_r),  z = σ(gh_z + gi_z),  n = tanh(gi_n + gh_n ⊙ r)
//   h_t = (h_{t−1} − n) ⊙ z + n        (= (1 − z) ⊙ n + z ⊙ h_{t−1}, torch.nn.GRU docs)
// The trace keeps gi (inputPart), gh (hiddenPart), the gates' pre-activations (preActivation:
// gh_r + gi_r, gh_z + gi_z, gi_n + r ⊙ gh_n) and activations r, z, n (gates). On the way back
// dPreActivation is dL/dgi and dHiddenPart is dL/dgh: they differ in the n block, where
// dL/dgh_n = r ⊙ dL/dgi_n.
#pragma once

#include "engine/rnncell.h"

namespace rnnlab {

template<typename T>
class GruCell
{
public:
    static void forward(const ParameterSet<T> &parameters, int layer, const LayerInput<T> &input, LayerTrace<T> &trace);
    static void backward(const ParameterSet<T> &parameters, int layer, const LayerInput<T> &input, LayerTrace<T> &trace,
                         ParameterSet<T> &gradients, Matrix<T> *dInput);
    static void step(const ParameterSet<T> &parameters, int layer, int oneHot, const Vector<T> *x, CellState<T> &state);
};

extern template class GruCell<float>;
extern template class GruCell<double>;

} // namespace rnnlab
