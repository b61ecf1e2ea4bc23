// SPDX-License-Identifier: MIT
// Every intermediate of one forward pass and BPTT, per text, per layer, per time step — what the
// UI draws and the CLI's --trace writes. It doubles as the training workspace: sized once per
// session, then overwritten in place by every step, so a training step allocates nothing.
//
// Symbols: n = length of a sequence (time steps), H = hidden size, G·H = gate rows (G = 1 RNN,
// 4 LSTM, 3 GRU; gates.h), V = vocabulary size, D = real-valued features, O = output size (V, a
// classifier's number of classes, or D). Matrices hold one column per time step t = 0 … n−1.
// The layers of a sequence are one list: every recurrent stack's layers in the model's order
// (RecurrentBlock::firstLayer; one stack today, so layers[l] is layer l).
#pragma once

#include "engine/dataset.h"
#include "engine/eigentypes.h"
#include "engine/parameterset.h"

#include <vector>

namespace rnnlab {

template<typename T>
struct LayerTrace
{
    // Forward.
    Matrix<T> inputPart; // (G·H × n) W_ih x_t + b_ih   (x_t = the input for layer 0, h_t of the layer below otherwise)
    Matrix<T> hiddenPart; // (G·H × n) W_hh h_{t−1} + b_hh  (h_{−1} = 0)
    Matrix<T> preActivation; // (G·H × n) RNN: hiddenPart + inputPart; LSTM/GRU: gate pre-activations
    Matrix<T> gates; // (G·H × n) LSTM/GRU gate activations; empty for an RNN
    Matrix<T> cell; // (H × n)   LSTM cell state c_t; empty otherwise
    Matrix<T> hidden; // (H × n)   h_t: act(preActivation) for an RNN, o ⊙ tanh(c_t) LSTM, (h_{t−1} − n) ⊙ z + n GRU
    // Backward.
    Matrix<T> dHiddenFromAbove; // (H × n) dL/dh_t through the outputs (top layer) or the layer above
    Matrix<T>
        dHiddenThroughTime; // (H × n) dL/dh_t from step t+1 (0 at t = n−1): W_hhᵀ dL/dpre_{t+1}; GRU adds z_{t+1} ⊙ dL/dh_{t+1}
    Matrix<T> dHidden; // (H × n) dL/dh_t in total: from above plus through time
    Matrix<T> dPreActivation; // (G·H × n) dL/d preActivation (= dL/d inputPart for every cell)
    Matrix<T> dHiddenPart; // (G·H × n) GRU: dL/d hiddenPart (its n block is r ⊙ dL/dpre_n); empty otherwise
    Matrix<T> dCell; // (H × n)   LSTM: dL/dc_t in total; empty otherwise
    //! (H × n) ∂L_{n−1}/∂h_t, L_{n−1} = loss_{n−1}/N (the last time step's share of the mean
    //! loss), carried back through time alone — where the vanishing gradient shows. At t = n−1 of
    //! the top layer it equals dHidden. Filled by Network::lastStepBackward() on demand.
    Matrix<T> dHiddenLastLoss;
    // A layer that starts from another stack's state (an encoder–decoder's decoder, issue 16):
    // empty for every other model, which starts from h_{−1} = 0 (c_{−1} = 0).
    Vector<T> initialHidden; // (H) h_{−1}; empty = 0
    Vector<T> initialCell; // (H) LSTM c_{−1}; empty = 0
    Vector<T> dInitialHidden; // (H) dL/dh_{−1}, written by backward when initialHidden is set
    Vector<T> dInitialCell; // (H) LSTM dL/dc_{−1}, likewise
    // A layer whose final state another stack reads (the encoder): the gradient that comes back
    // into h_{n−1} (c_{n−1}) from it, as if from a step n. Empty = 0.
    Vector<T> dFinalHidden; // (H)
    Vector<T> dFinalCell; // (H) LSTM
};

template<typename T>
struct SequenceTrace
{
    // The sample (dataset.h: Sequence), as the task encoded it.
    std::vector<int> inputs; // (n) one-hot index of x_t; empty when inputValues holds the inputs
    Matrix<T> inputValues; // (D × n) real-valued x_t; empty for one-hot inputs
    std::vector<int> targets; // (n) class index of the target (the next character; classify: −1 but at the last step)
    Matrix<T> targetValues; // (D × n) real-valued targets; empty for class targets
    std::vector<LayerTrace<T>> layers; // (Σ L over the stacks) bottom to top
    // The output head (linear.h, and the task's loss.h).
    Matrix<T> logits; // (O × n) y_t: the top layer's h_t, or W_hy h_t + b_y with an output layer
    Matrix<T> probabilities; // (O × n) a softmax head's softmax of the logits
    Vector<T> stepLoss; // (n) step t's loss before the mean (−log p_t(target_t); MSE: Σ_d squaredError); 0 = no target
    Matrix<T> squaredError; // (O × n) MSE only: (y_t[d] − target_t[d])² as the loss squares it; empty for class targets
    std::vector<int> predictions; // (n) a classifier head's argmax of the logits (first maximum on ties, as numpy)
    Matrix<T> dLogits; // (O × n) dL/dy_t (cross-entropy: (p − onehot(target)) / N); 0 where there is no target

    int length() const { return static_cast<int>(inputs.empty() ? inputValues.cols() : inputs.size()); }
};

template<typename T>
struct Trace
{
    std::vector<SequenceTrace<T>> sequences;
    int targetCount = 0; // N, over all texts
    T loss = T(0); // the task's loss (the mean cross-entropy over all N targets)
    int correctCount = 0; // predictions equal to their targets (a classifier head's)
    bool hasGradients = false;
    bool hasLastLossGradients = false; // dHiddenLastLoss valid
    ParameterSet<T> gradients; // every parameter's dL/dθ (valid when hasGradients)

    //! Buffers for \a dataset and a network of \a layout, all zero.
    static Trace allocate(const std::shared_ptr<const ParameterLayout> &layout, const Dataset &dataset);
};

extern template struct Trace<float>;
extern template struct Trace<double>;

} // namespace rnnlab
