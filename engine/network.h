// SPDX-License-Identifier: MIT
// The whole model over all texts, as a list of blocks run in order — its recurrent stack(s)
// (recurrentstack.h), the output layer (linear.h) and the task's loss (loss.h) — forward, and
// backward in the reverse order, each block a forward/backward pair (as llm.c's gpt2_forward and
// gpt2_backward). Stateless: parameters come in, the trace is written. No optimizer here
// (optimizer.h), no training loop (trainer.h), nothing that depends on the task but the loss it
// passes in.
//
// Symbols: H = hidden, L = layers, O = output size, n = time steps of one text, N = targets of all.
//   h_t = the top layer's hidden state of the last stack   (H)
//   y_t = h_t                     without an output layer (the lecture's setup, H = O)
//   y_t = W_hy h_t + b_y          with one                                        (O)
//   L  = the task's loss of all y_t against their targets (CrossEntropyLoss: mean over the N
//        targets of −log softmax(y_t)[target_t])
#pragma once

#include "engine/loss.h"
#include "engine/trace.h"

namespace rnnlab {

template<typename T>
class Network
{
public:
    //! Forward pass over every sequence of \a trace: fills every forward field, and through \a loss
    //! the loss and the predictions. Clears hasGradients.
    static void forward(const ParameterSet<T> &parameters, const Loss &loss, Trace<T> &trace);

    //! BPTT after forward() with the same \a loss: fills the backward fields and trace.gradients
    //! (overwritten, not accumulated across calls).
    static void backward(const ParameterSet<T> &parameters, const Loss &loss, Trace<T> &trace);

    //! After forward(): ∂(loss_{n−1}/N)/∂h_t for every text, layer and t (dHiddenLastLoss) — the
    //! last time step's share of the mean loss (its own loss over N, the count the mean divides
    //! by, as \a loss's backward gives it) carried back through time alone, which is where gradients
    //! vanish or explode (Bengio et al. 1994). Leaves every other field alone. Allocates scratch
    //! (views call it, not training). The parameter gradients of that one loss share go to
    //! \a gradients when it is given.
    static void lastStepBackward(const ParameterSet<T> &parameters, const Loss &loss, Trace<T> &trace,
                                 ParameterSet<T> *gradients = nullptr);

    //! BPTT of \a sequence alone, from its dLogits as the caller set them (one step's term, say,
    //! as MemoryAnalysis seeds it): the same output-layer and stack backward passes as backward(),
    //! filling \a sequence's backward fields; the parameter gradients of that seed are added into
    //! \a gradients (of this layout).
    static void sequenceBackward(const ParameterSet<T> &parameters, SequenceTrace<T> &sequence,
                                 ParameterSet<T> &gradients);
};

extern template class Network<float>;
extern template class Network<double>;

} // namespace rnnlab
