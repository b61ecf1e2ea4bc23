// SPDX-License-Identifier: MIT
#include "ui/graph/graphemphasis.h"

namespace rnnlab {

GraphEmphasis::GraphEmphasis(const std::optional<StepCursor> &cursor, WalkOrder order, const GraphGeometry &geometry)
    : m_cursor(cursor)
    , m_order(order)
    , m_layers(geometry.layers)
    , m_gates(geometry.gates)
    , m_cellState(geometry.cellState)
    , m_valueOutputs(geometry.valueOutputs)
{ }

GraphEmphasis::Emphasis GraphEmphasis::of(const GraphNode &n) const
{
    if (!m_cursor)
        return {};
    const StepCursor &c = *m_cursor;
    const bool gated = m_gates > 0;
    if (c.isBackward()) {
        // Everything of the forward pass exists; the gradient has reached the hidden states (and
        // an LSTM's cell states) from where it started down to the cursor, in the walk's order.
        const bool strip = n.kind == NodeKind::Hidden || n.kind == NodeKind::CellState;
        const bool reached = strip && backwardReached(n.t, n.layer);
        const bool sameStep = n.t == c.t && n.layer == c.layer;
        bool here = false;
        if (sameStep) {
            if (!gated)
                here = n.kind == NodeKind::Hidden;
            else
                here = (n.kind == NodeKind::Hidden && c.phase == Phase::BackwardHidden)
                    || (n.kind == NodeKind::CellState && c.phase == Phase::BackwardCell)
                    || (n.kind == NodeKind::Gates && c.phase == Phase::BackwardPre);
        }
        // dL/dc_t exists once its step's BackwardCell phase is reached.
        const bool cellReached = n.kind != NodeKind::CellState || !sameStep || c.phase != Phase::BackwardHidden;
        Emphasis e;
        e.gradient = reached && cellReached;
        e.highlight = here || (n.kind == NodeKind::TimeStep && n.t == c.t);
        e.opacity = strip && !e.gradient ? 0.4 : 1.0;
        e.awaiting = strip && !e.gradient;
        return e;
    }
    const bool inputSide = c.phase == Phase::Input || c.phase == Phase::InputPart || c.phase == Phase::Sum;
    const bool hiddenSide = c.phase == Phase::HiddenPart || c.phase == Phase::Sum
        || (m_gates == 3 && c.phase == Phase::Activation); // GRU: h_t mixes h_{t−1} in
    const bool columnNode = n.kind == NodeKind::InputChar || n.kind == NodeKind::OneHot || n.kind == NodeKind::TimeStep;
    if (!notFuture(n.t, columnNode ? 0 : n.layer, n.kind == NodeKind::Output || n.kind == NodeKind::Prediction))
        return {pendingOpacity, false, false, false};
    if (n.t != c.t
        || (!columnNode && n.kind != NodeKind::Output && n.kind != NodeKind::Prediction && n.layer != c.layer)) {
        // Computed earlier in the walk. h_{t−1} feeds the current step's W_hh h_{t−1}; c_{t−1} its
        // c_t; h_t of the layer below its input.
        const bool previousHidden = n.kind == NodeKind::Hidden && n.t == c.t - 1 && n.layer == c.layer && hiddenSide;
        const bool previousCell =
            n.kind == NodeKind::CellState && n.t == c.t - 1 && n.layer == c.layer && c.phase == Phase::CellState;
        const bool below =
            n.kind == NodeKind::Hidden && n.t == c.t && n.layer == c.layer - 1 && inputSide && !c.isOutputPhase();
        const bool top =
            n.kind == NodeKind::Hidden && n.t == c.t && n.layer == m_layers - 1 && c.phase == Phase::Output;
        return {1.0, previousHidden || previousCell || below || top, false, false};
    }
    if (n.t != c.t)
        return {};
    switch (n.kind) {
    case NodeKind::Gates:
        if (c.isOutputPhase())
            return {};
        // A GRU's candidate n_t is one of its gate bars.
        return {c.phase >= Phase::Gates ? 1.0 : pendingOpacity,
                c.phase == Phase::Gates || (!m_cellState && c.phase == Phase::CellState), false, false};
    case NodeKind::CellState:
        if (c.isOutputPhase())
            return {};
        return {c.phase >= Phase::CellState ? 1.0 : pendingOpacity,
                c.phase == Phase::CellState || (m_cellState && c.phase == Phase::Activation), false, false};
    case NodeKind::TimeStep: return {1.0, true, false, false};
    case NodeKind::InputChar: return {1.0, c.layer == 0 && c.phase == Phase::Input, false, false};
    case NodeKind::OneHot: return {1.0, c.layer == 0 && inputSide && !c.isOutputPhase(), false, false};
    case NodeKind::Hidden:
        if (n.layer < c.layer)
            return {1.0, n.layer == c.layer - 1 && inputSide, false, false};
        if (n.layer > c.layer && !c.isOutputPhase())
            return {pendingOpacity, false, false, false};
        if (n.layer == c.layer && !c.isOutputPhase() && c.phase != Phase::Activation)
            return {pendingOpacity, false, false, false};
        return {1.0,
                (n.layer == c.layer && c.phase == Phase::Activation)
                    || (n.layer == m_layers - 1 && c.phase == Phase::Output),
                false, false};
    case NodeKind::Output:
        // A time series' y_t (its bar beside the dotted target) is the output phase's result; its
        // loss phase compares the two.
        if (m_valueOutputs)
            return c.isOutputPhase() ? Emphasis{1.0, true, false, false}
                                     : Emphasis{pendingOpacity, false, false, false};
        if (c.phase < Phase::Softmax || !c.isOutputPhase())
            return {pendingOpacity, false, false, false};
        return {1.0, c.phase == Phase::Softmax || c.phase == Phase::Loss, false, false};
    case NodeKind::Prediction:
        // A time series' top row is the true next value x_{t+1}: data, not computed, so there
        // from the start; lit where the loss compares y_t with it.
        if (m_valueOutputs)
            return Emphasis{1.0, c.phase == Phase::Loss, false, false};
        if (c.phase < Phase::Prediction || !c.isOutputPhase())
            return {pendingOpacity, false, false, false};
        return {1.0, true, false, false};
    }
    return {};
}

bool GraphEmphasis::notFuture(int t, int layer, bool output) const
{
    const StepCursor &c = *m_cursor;
    if (m_order == WalkOrder::TimeMajor) {
        if (output)
            return t < c.t || (t == c.t && c.isOutputPhase());
        return t < c.t || (t == c.t && (c.isOutputPhase() || layer <= c.layer));
    }
    if (output)
        return c.isOutputPhase() && t <= c.t;
    return c.isOutputPhase() || layer < c.layer || (layer == c.layer && t <= c.t);
}

bool GraphEmphasis::backwardReached(int t, int layer) const
{
    const StepCursor &c = *m_cursor;
    if (m_order == WalkOrder::TimeMajor)
        return t > c.t || (t == c.t && layer >= c.layer);
    return layer > c.layer || (layer == c.layer && t >= c.t);
}

GraphEmphasis::Emphasis GraphEmphasis::of(const GraphEdge &e) const
{
    if (!m_cursor)
        return {};
    const StepCursor &c = *m_cursor;
    const int L = m_layers;
    if (c.isBackward()) {
        Emphasis out;
        out.opacity = 0.55;
        // Into h_t (t = c.t, layer c.layer) the gradient arrives along these, backwards; an LSTM's
        // dL/dc_t also along the cell state's lane from t+1.
        const bool fromNext = e.kind == EdgeKind::Recurrent && e.t == c.t + 1 && e.layer == c.layer
            && (e.cellLane ? c.phase == Phase::BackwardCell : c.phase != Phase::BackwardCell);
        const bool fromOutput = e.kind == EdgeKind::Forward && e.t == c.t && e.role == MatrixRole::HiddenToOutput
            && c.layer == L - 1 && c.phase == Phase::BackwardHidden;
        const bool fromAbove = e.kind == EdgeKind::Forward && e.t == c.t && e.role == MatrixRole::InputToHidden
            && e.layer == c.layer + 1 && c.phase == Phase::BackwardHidden;
        const bool toWeights = c.phase == Phase::BackwardPre && e.t == c.t && e.layer == c.layer && !e.cellLane
            && ((e.kind == EdgeKind::Forward && e.role == MatrixRole::InputToHidden) || e.kind == EdgeKind::Recurrent
                || e.kind == EdgeKind::InitialState);
        if (fromNext || fromOutput || fromAbove || toWeights) {
            out.opacity = 1.0;
            out.highlight = true;
            out.reversed = !toWeights;
        }
        return out;
    }
    if (e.role == MatrixRole::HiddenToOutput) {
        if (!notFuture(e.t, L - 1, true))
            return {pendingOpacity, false, false, false};
        return {1.0, e.t == c.t && c.phase == Phase::Output, false, false};
    }
    if (!notFuture(e.t, e.layer, false))
        return {pendingOpacity, false, false, false};
    if (e.t != c.t || e.layer != c.layer || c.isOutputPhase())
        return {};
    if (e.cellLane) // c_{t−1} → c_t: the cell phase
        return {c.phase >= Phase::CellState ? 1.0 : pendingOpacity, c.phase == Phase::CellState, false, false};
    const bool recurrent = e.kind == EdgeKind::Recurrent || e.kind == EdgeKind::InitialState;
    const bool highlight = recurrent ? (c.phase == Phase::HiddenPart || c.phase == Phase::Sum)
                                     : (c.phase == Phase::InputPart || c.phase == Phase::Sum);
    const bool computed = recurrent ? c.phase >= Phase::HiddenPart : c.phase >= Phase::InputPart;
    return {computed ? 1.0 : pendingOpacity, highlight, false, false};
}

} // namespace rnnlab
