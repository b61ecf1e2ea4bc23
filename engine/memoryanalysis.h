// SPDX-License-Identifier: MIT
// What a trained network remembers (issue 17, "Seeing memory"), from its weights and its task's
// data: the states of one layer (h, or an LSTM's c) at every time step, their PCA (statepca.h),
// the units that track a span (unitranking.h), and how far back each prediction looks — the
// gradient of one step's log-probability of its target with respect to every earlier one-hot
// input, computed by the engine's own BPTT (Network::sequenceBackward) started from that single
// term. Not drawing any of it (the UI), not training (trainer.h), no I/O (rnnlab-cli analyze
// writes it).
//
//   influence[text][t][s] = ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂,   s = 0 … t
// seeded with ∂ log softmax(y_t)[target_t] / ∂y_t = onehot(target_t) − p_t at step t alone, carried
// back through the output layer and every layer by the training code's backward passes, and read at
// the bottom layer: ∂/∂x_s = W_ih^(0)ᵀ ∂/∂(W_ih^(0) x_s + b_ih^(0)) — the input of a stacked network
// is the bottom layer's x_s, whichever layer is analysed. Steps after t cannot change y_t, so the
// backward pass runs over steps 0 … t only. A step without a target (a classifier's, before its
// last) has no log-probability to differentiate: its row is empty.
//
// In float, as training and torch compute; the PCA and the ranking in double.
//
// Symbols: n = time steps of a text, H = hidden size, V = one-hot input width, L = layers.
#pragma once

#include "engine/statepca.h"
#include "engine/task.h"
#include "engine/trace.h"
#include "engine/unitranking.h"

#include <vector>

namespace rnnlab {

//! Which states to analyse: layer \a layer (0 = the bottom, as torch's _l0; −1 = the top), its
//! hidden state h or, for an LSTM, its cell state c.
struct MemoryLayer
{
    int layer = -1;
    bool cellState = false;
};

class MemoryAnalysis
{
public:
    //! The forward pass of \a parameters (the layout \a task gives for the model, finite) over
    //! \a task's data. Throws std::invalid_argument when \a which names a layer the model does not
    //! have, asks for c of a cell that has none, or the task's inputs are not one-hot.
    MemoryAnalysis(const ParameterSet<float> &parameters, const Task &task, MemoryLayer which = {});

    //! The layer analysed (0-based; the top one for −1) and whether it is c.
    int layer() const { return m_layer; }
    bool cellState() const { return m_cellState; }
    //! The forward pass, as training computes it.
    const Trace<float> &trace() const { return m_trace; }

    //! The analysed states of each text: [text] (H × n), column t the state at step t.
    const std::vector<Matrix<float>> &states() const { return m_states; }
    //! Every text's states stacked in text order, one time step per row (Σn × H), in double.
    Matrix<double> stackedStates() const;

    //! Whether step \a t of text \a text has a target (and so an influence row).
    bool hasTarget(int text, int t) const;
    //! ‖∂ log p_t(target_t) / ∂x_s‖₂ for s = 0 … t (t + 1 values) of text \a text; empty when step
    //! \a t has no target. One BPTT over t + 1 steps: a view asks for the step on screen only.
    std::vector<double> influence(int text, int t) const;
    //! influence(text, t) of every step of every text: [text][t][s].
    std::vector<std::vector<std::vector<double>>> influence() const;

    //! The PCA of stackedStates().
    StatePca pca() const { return StatePca::of(stackedStates()); }
    //! Time steps of each text (for UnitRanking::problemWith).
    std::vector<int> lengths() const;
    //! The units ranked for \a span (UnitRanking: which problemWith(span, lengths()) accepts).
    std::vector<UnitScore> rankUnits(const TextSpan &span) const { return UnitRanking::rank(m_states, span); }

private:
    ParameterSet<float> m_parameters;
    int m_layer = 0;
    bool m_cellState = false;
    Trace<float> m_trace;
    std::vector<Matrix<float>> m_states;
};

} // namespace rnnlab
