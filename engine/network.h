// SPDX-License-Identifier: MIT
// The whole model over all texts: the stacked recurrent layers, the optional output layer
// (torch.nn.Linear(H, V)) and CrossEntropyLoss(mean) — forward and backward, each layer a
// forward/backward pair called in reverse order on the way back. Stateless: parameters come in,
// the trace is written. No optimizer here (optimizer.h), no training loop (trainer.h).
//
// Symbols: V = vocabulary, H = hidden, L = layers, n = time steps of one text, N = Σ n over texts.
//   logits_t = h_t^(L)                   without an output layer (the lecture's setup, H = V)
//   logits_t = W_hy h_t^(L) + b_y         with one
//   L = −(1/N) Σ_texts Σ_t log softmax(logits_t)[target_t]
#pragma once

#include "engine/trace.h"

namespace rnnlab {

template<typename T>
class Network
{
public:
    //! Forward pass over every sequence of \a trace: fills every forward field, the loss and the
    //! predictions. Clears hasGradients.
    static void forward(const ParameterSet<T> &parameters, Trace<T> &trace);

    //! BPTT after forward(): fills the backward fields and trace.gradients (overwritten, not
    //! accumulated across calls).
    static void backward(const ParameterSet<T> &parameters, Trace<T> &trace);

    //! After forward(): ∂L_{n−1}/∂h_t for every text, layer and t (dHiddenLastLoss) — one loss
    //! carried back through time alone, which is where gradients vanish or explode (Bengio et
    //! al. 1994). Leaves every other field alone. Allocates scratch (views call it, not training).
    //! The parameter gradients of that one loss share go to \a gradients when it is given.
    static void lastStepBackward(const ParameterSet<T> &parameters, Trace<T> &trace,
                                 ParameterSet<T> *gradients = nullptr);
};

extern template class Network<float>;
extern template class Network<double>;

} // namespace rnnlab
