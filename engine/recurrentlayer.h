// SPDX-License-Identifier: MIT
// One recurrent layer over a whole sequence — what every cell kind shares, written once: the
// start-up (W_ih x_t + b_ih for all t at once, h_{−1} = 0), the loop through time forward and
// back, the parameter gradients of the layer's two linear maps, and step() for generation. A cell
// (RnnCell, LstmCell, GruCell) supplies only its per-step math and that math's backward; Cell
// (cell.h) picks the cell by CellKind. Not the stacking of layers (recurrentstack.h).
//
// Forward, at every t = 0 … n−1 (ATen's FullLayer precomputes the input part the same way):
//   inputPart_t  = W_ih x_t + b_ih                     (G·H)  all t at once; a one-hot x_t is a column of W_ih
//   hiddenPart_t = W_hh h_{t−1} + b_hh                 (G·H)  = b_hh at t = 0 (h_{−1} = 0)
//   then the cell's step: preActivation_t, gates_t, (c_t), h_t from the two parts and h_{t−1} (c_{t−1}).
// Backward, at every t = n−1 … 0:
//   dHiddenThroughTime_t = W_hhᵀ dL/dhiddenPart_{t+1}  (H)    0 at t = n−1
//   dHidden_t = dHiddenFromAbove_t + dHiddenThroughTime_t  (a GRU adds its direct path z ⊙ dL/dh_{t+1})
//   then the cell's backward step: dPreActivation_t (= dL/dinputPart_t), and dL/dhiddenPart_t.
// Finally dW_ih = Σ_t dL/dinputPart_t x_tᵀ, dW_hh = Σ_t dL/dhiddenPart_t h_{t−1}ᵀ, db_ih, db_hh, and
// dL/dx_t = W_ihᵀ dL/dinputPart_t for the layer below.
//
// A cell class has (T = float or double):
//   template<typename Step> void forward(Step &step) const;   one time step (TraceStep or StateStep)
//   void backward(LayerTrace<T> &trace, Eigen::Index t) const; one time step back, from dHidden_t
//   static Matrix<T> &hiddenPartGradient(LayerTrace<T> &);    where dL/dhiddenPart lives
//   void initialStateBackward(LayerTrace<T> &trace) const;    what else reaches h_{−1}, c_{−1} (a given initial state)
//   static constexpr bool directPath;  h_t depends on h_{t−1} outside W_hh (GRU), then also
//   void gatherHiddenGradient(LayerTrace<T> &trace, Eigen::Index t) const;  dHidden_t in its own order
//
// Symbols: n = time steps, H = hidden size, G·H = gate rows (gates.h), in = the layer's input width.
#pragma once

#include "engine/parameterset.h"
#include "engine/trace.h"

namespace rnnlab {

//! A layer's input over a sequence: one-hot indices (the first layer of a character task), or
//! dense vectors (in × n): the hidden states of the layer below, or real-valued features.
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
    static CellState zero(CellKind cell, Eigen::Index hiddenSize)
    {
        const Eigen::Index GH = gateCount(cell) * hiddenSize;
        CellState state;
        state.h = Vector<T>::Zero(hiddenSize);
        if (cell == CellKind::Lstm)
            state.c = Vector<T>::Zero(hiddenSize);
        state.inputPart = Vector<T>::Zero(GH);
        state.hiddenPart = Vector<T>::Zero(GH);
        state.preActivation = Vector<T>::Zero(GH);
        if (cell == CellKind::Lstm || cell == CellKind::Gru)
            state.gates = Vector<T>::Zero(GH);
        return state;
    }
};

//! Time step t of a LayerTrace, as a cell's forward step reads and writes it: column t of each
//! field, and h_{t−1}, c_{t−1} (0 at t = 0).
template<typename T>
class TraceStep
{
public:
    TraceStep(LayerTrace<T> &trace, Eigen::Index t)
        : m_trace(trace)
        , m_t(t)
    { }
    auto inputPart() const { return m_trace.inputPart.col(m_t); }
    auto hiddenPart() const { return m_trace.hiddenPart.col(m_t); }
    auto preActivation() { return m_trace.preActivation.col(m_t); }
    auto gates() { return m_trace.gates.col(m_t); }
    auto cell() { return m_trace.cell.col(m_t); }
    auto hidden() { return m_trace.hidden.col(m_t); }
    T previousHidden(Eigen::Index k) const
    {
        if (m_t > 0)
            return m_trace.hidden(k, m_t - 1);
        return m_trace.initialHidden.size() > 0 ? m_trace.initialHidden(k) : T(0);
    }
    T previousCell(Eigen::Index k) const
    {
        if (m_t > 0)
            return m_trace.cell(k, m_t - 1);
        return m_trace.initialCell.size() > 0 ? m_trace.initialCell(k) : T(0);
    }

private:
    LayerTrace<T> &m_trace;
    Eigen::Index m_t;
};

//! A CellState as a cell's forward step reads and writes it: h and c are overwritten in place, so
//! a step must read unit k's previous h (c) before it writes unit k's new one — which every
//! cell's per-unit loop does.
template<typename T>
class StateStep
{
public:
    explicit StateStep(CellState<T> &state)
        : m_state(state)
    { }
    const Vector<T> &inputPart() const { return m_state.inputPart; }
    const Vector<T> &hiddenPart() const { return m_state.hiddenPart; }
    Vector<T> &preActivation() { return m_state.preActivation; }
    Vector<T> &gates() { return m_state.gates; }
    Vector<T> &cell() { return m_state.c; }
    Vector<T> &hidden() { return m_state.h; }
    T previousHidden(Eigen::Index k) const { return m_state.h(k); }
    T previousCell(Eigen::Index k) const { return m_state.c(k); }

private:
    CellState<T> &m_state;
};

//! W_ih x_t + b_ih for every t of a sequence (G·H × n); a one-hot x_t selects a column.
template<typename T>
void computeInputParts(const ParameterSet<T> &p, const RecurrentLayerTensors &tensors, const LayerInput<T> &input,
                       Matrix<T> &out)
{
    const auto Wih = p.matrix(tensors.weightIh);
    const auto bih = p.vector(tensors.biasIh);
    if (input.oneHot) {
        for (Eigen::Index t = 0; t < out.cols(); ++t)
            out.col(t) = Wih.col((*input.oneHot)[static_cast<std::size_t>(t)]) + bih;
    } else {
        out.noalias() = Wih * (*input.dense);
        out.colwise() += bih;
    }
}

//! W_ih x + b_ih for one step: the one-hot index \a oneHot (first layer) or the vector \a x.
template<typename T>
void computeInputPart(const ParameterSet<T> &p, const RecurrentLayerTensors &tensors, int oneHot, const Vector<T> *x,
                      Vector<T> &out)
{
    const auto Wih = p.matrix(tensors.weightIh);
    const auto bih = p.vector(tensors.biasIh);
    if (x) {
        out.noalias() = Wih * (*x);
        out += bih;
    } else {
        out = Wih.col(oneHot) + bih;
    }
}

//! Adds a layer's parameter gradients from dL/d(W_ih x_t + b_ih) = \a dInputPart and
//! dL/d(W_hh h_{t−1} + b_hh) = \a dHiddenPart (G·H × n each; the same matrix for RNN and LSTM),
//! and writes dL/dx_t = W_ihᵀ dInputPart into \a dInput when the input is dense and it is given.
template<typename T>
void accumulateParameterGradients(const ParameterSet<T> &p, const RecurrentLayerTensors &tensors,
                                  const LayerInput<T> &input, const Matrix<T> &dInputPart, const Matrix<T> &dHiddenPart,
                                  const Matrix<T> &hidden, ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    const Eigen::Index n = hidden.cols();
    auto gWih = gradients.matrix(tensors.weightIh);
    auto gWhh = gradients.matrix(tensors.weightHh);
    auto gbih = gradients.vector(tensors.biasIh);
    auto gbhh = gradients.vector(tensors.biasHh);
    for (Eigen::Index t = 0; t < n; ++t) {
        gbih += dInputPart.col(t);
        gbhh += dHiddenPart.col(t);
    }
    // h_{−1} = 0 contributes nothing to dW_hh.
    if (n > 1)
        gWhh.noalias() += dHiddenPart.rightCols(n - 1) * hidden.leftCols(n - 1).transpose();
    if (input.oneHot) {
        for (Eigen::Index t = 0; t < n; ++t)
            gWih.col((*input.oneHot)[static_cast<std::size_t>(t)]) += dInputPart.col(t);
    } else {
        gWih.noalias() += dInputPart * input.dense->transpose();
        if (dInput)
            dInput->noalias() = p.matrix(tensors.weightIh).transpose() * dInputPart;
    }
}

template<typename T, typename CellMath>
class RecurrentLayer
{
public:
    //! Fills every forward field of \a trace (one layer, all n time steps).
    static void forward(const ParameterSet<T> &p, const RecurrentLayerTensors &tensors, const CellMath &cell,
                        const LayerInput<T> &input, LayerTrace<T> &trace)
    {
        const auto Whh = p.matrix(tensors.weightHh);
        const auto bhh = p.vector(tensors.biasHh);
        const Eigen::Index n = trace.hidden.cols();

        // W_ih x_t for all t at once (ATen precomputes it the same way); a one-hot x_t is a column.
        computeInputParts(p, tensors, input, trace.inputPart);
        for (Eigen::Index t = 0; t < n; ++t) {
            auto hiddenPart = trace.hiddenPart.col(t);
            if (t == 0 && trace.initialHidden.size() > 0) {
                hiddenPart.noalias() = Whh * trace.initialHidden; // another stack's final state
                hiddenPart += bhh;
            } else if (t == 0) {
                hiddenPart = bhh; // W_hh · 0 + b_hh
            } else {
                hiddenPart.noalias() = Whh * trace.hidden.col(t - 1);
                hiddenPart += bhh;
            }
            TraceStep<T> step(trace, t);
            cell.forward(step);
        }
    }

    //! Backward through time. Reads trace.dHiddenFromAbove; fills the backward fields; adds this
    //! layer's parameter gradients into \a gradients; writes dL/dx_t into \a dInput (in × n) when
    //! the input is dense and \a dInput is given.
    static void backward(const ParameterSet<T> &p, const RecurrentLayerTensors &tensors, const CellMath &cell,
                         const LayerInput<T> &input, LayerTrace<T> &trace, ParameterSet<T> &gradients,
                         Matrix<T> *dInput)
    {
        const auto Whh = p.matrix(tensors.weightHh);
        const Eigen::Index n = trace.hidden.cols();
        const Matrix<T> &dHiddenPart = CellMath::hiddenPartGradient(trace);

        // dL/dh_t = (from the outputs or the layer above) + W_hhᵀ dL/dhiddenPart_{t+1}; the second
        // term is kept on its own, for the views that show the gradient flowing back through time.
        // From a step n: nothing, unless another stack reads this layer's final state.
        if (trace.dFinalHidden.size() > 0)
            trace.dHiddenThroughTime.col(n - 1) = trace.dFinalHidden;
        else
            trace.dHiddenThroughTime.col(n - 1).setZero();
        for (Eigen::Index t = n - 1; t >= 0; --t) {
            if (t + 1 < n)
                trace.dHiddenThroughTime.col(t).noalias() = Whh.transpose() * dHiddenPart.col(t + 1);
            if constexpr (CellMath::directPath)
                cell.gatherHiddenGradient(trace, t);
            else
                trace.dHidden.col(t) = trace.dHiddenFromAbove.col(t) + trace.dHiddenThroughTime.col(t);
            cell.backward(trace, t);
        }
        accumulateParameterGradients(p, tensors, input, trace.dPreActivation, dHiddenPart, trace.hidden, gradients,
                                     dInput);
        if (trace.initialHidden.size() > 0) {
            // h_{−1} came from another stack: W_hh saw it, and it gets its gradient back.
            gradients.matrix(tensors.weightHh).noalias() += dHiddenPart.col(0) * trace.initialHidden.transpose();
            trace.dInitialHidden.noalias() = Whh.transpose() * dHiddenPart.col(0);
            cell.initialStateBackward(trace);
        }
    }

    //! One time step: state.h (and state.c) is h_{t−1} on entry and h_t on return. The input is
    //! the one-hot index \a oneHot (first layer) or the vector \a x. The same operations in the
    //! same order as forward(), so that generation from a prime gives the forward pass's numbers.
    static void step(const ParameterSet<T> &p, const RecurrentLayerTensors &tensors, const CellMath &cell, int oneHot,
                     const Vector<T> *x, CellState<T> &state)
    {
        const auto Whh = p.matrix(tensors.weightHh);
        const auto bhh = p.vector(tensors.biasHh);
        computeInputPart(p, tensors, oneHot, x, state.inputPart);
        state.hiddenPart.noalias() = Whh * state.h;
        state.hiddenPart += bhh;
        StateStep<T> stateStep(state);
        cell.forward(stateStep);
    }
};

} // namespace rnnlab
