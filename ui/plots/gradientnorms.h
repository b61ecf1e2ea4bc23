// SPDX-License-Identifier: MIT
// How much gradient reaches each time step: norms per t of the gradient with respect to the hidden
// state h_t, from a trace. Pure functions of the trace and the weights (no Qt, no plotting), so
// tst_gradientnormplot checks them on real sessions; GradientNormPlot draws what they return.
//
// Symbols: n = time steps of the text, H = hidden size, L = layers, N = targets of all texts,
// loss_t = −log p_t[target_t], the mean loss L = (1/N) Σ loss_t over all texts. Back through time
// (engine/rnncell.h, as torch's RNN backward):
//   dL/dh_t      = dL/dh_t|above + W_hhᵀ dL/da_{t+1}          (dHidden in the trace)
//   dL/da_t      = dL/dh_t ⊙ act′(a_t),  act′ = 1 − h_t² (tanh), [h_t > 0] (relu)
//   dL/dh_t|above for the layer below = W_ihᵀ dL/da_t  (a_t: the pre-activation)
// Every step's own loss enters dL/dh_t at that step, so ‖dL/dh_t‖ of the whole loss stays roughly
// level along the text. What one loss leaves at earlier steps is the repeated product
// Π (W_hhᵀ diag(act′)) — it shrinks decade by decade with tanh and small weights (the vanishing
// gradient) or grows (exploding): ‖∂(loss_n/N)/∂h_t‖ shows it (Bengio, Simard & Frasconi 1994;
// Pascanu, Mikolov & Bengio 2013, "On the difficulty of training recurrent neural networks").
#pragma once

#include "engine/parameterset.h"
#include "engine/trace.h"

#include <vector>

namespace rnnlab {

//! The Euclidean norm of every column of \a layer.dHidden: element t is ‖dL/dh_t‖ of the whole
//! loss, t = 0 … n−1 (computed in double). Empty when the layer has no backward buffers.
std::vector<double> gradientNorms(const LayerTrace<float> &layer);

//! ‖∂(loss_n/N)/∂h_t‖ for every layer (outer, bottom first) and t = 0 … n−1 (0-based here): the
//! gradient of the last time step's term of the mean loss alone (its own loss over N, not loss_n
//! itself), carried back through time and down the layers — the engine's
//! own numbers (LayerTrace::dHiddenLastLoss, from Network::lastStepBackward), as column norms.
//! Empty when the trace has none (\a available false).
std::vector<std::vector<double>> lastLossGradientNorms(const SequenceTrace<float> &sequence, bool available);

//! The share of the last step's gradient that reaches each time step of the top layer:
//! ‖∂loss_n/∂h_t‖ / ‖∂loss_n/∂h_n‖, t = 0 … n−1 (1 at the last step; the 1/N cancels) — comparable across models
//! whatever their output scale, so an RNN's, an LSTM's and a GRU's decay can share one axis.
//! Empty when the trace has none or the last step's gradient is zero.
std::vector<double> reachingShare(const SequenceTrace<float> &sequence, bool available);

} // namespace rnnlab
