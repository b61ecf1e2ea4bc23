// SPDX-License-Identifier: MIT
// The output layer, torch.nn.Linear(H, O) on the top layer's hidden states ("W_hy" on the slides):
// forward and backward over a whole sequence, and forward for one vector (generation). Network's
// forward and both of its backward passes call these; a model without an output layer reads the
// hidden state itself (y_t = h_t). Not the loss (loss.h).
//
//   y_t = W h_t + b                                   (torch.nn.Linear: x Aᵀ + b)
//   dW += Σ_t dL/dy_t h_tᵀ,  db += Σ_t dL/dy_t,  dL/dh_t = Wᵀ dL/dy_t
//
// Symbols: H = hidden size (in_features), O = output size (out_features), n = time steps.
//   W = {name}.weight (O × H), b = {name}.bias (O); the inputs h (H × n), the outputs y (O × n).
#pragma once

#include "engine/parameterset.h"

namespace rnnlab {

template<typename T>
class Linear
{
public:
    //! \a outputs (O × n) = W \a inputs (H × n) + b, every column.
    static void forward(const ParameterSet<T> &parameters, const LinearBlock &block, const Matrix<T> &inputs,
                        Matrix<T> &outputs);
    //! One vector: \a output (O) = W \a input (H) + b. Eigen evaluates a matrix–vector product in
    //! another order than a matrix–matrix one: generation steps with this one, as it always has.
    static void forward(const ParameterSet<T> &parameters, const LinearBlock &block, const Vector<T> &input,
                        Vector<T> &output);
    //! Adds dW and db of \a dOutputs (O × n, dL/dy) into \a gradients and writes dL/dh = Wᵀ dL/dy
    //! into \a dInputs (H × n).
    static void backward(const ParameterSet<T> &parameters, const LinearBlock &block, const Matrix<T> &inputs,
                         const Matrix<T> &dOutputs, ParameterSet<T> &gradients, Matrix<T> &dInputs);
};

extern template class Linear<float>;
extern template class Linear<double>;

} // namespace rnnlab
