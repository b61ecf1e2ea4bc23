// SPDX-License-Identifier: MIT
// The per-step math of torch.nn.RNN (nonlinearity "tanh" or "relu") and its backward; the loop
// through time around it is RecurrentLayer's (recurrentlayer.h), the dispatch by CellKind Cell's
// (cell.h).
//
//   h_t = act(W_hh h_{t−1} + b_hh + W_ih x_t + b_ih),  h_{−1} = 0     (torch.nn.RNN docs; slides:
//   h_t = tanh(W_hh h_{t−1} + W_xh x_t)). Summed in that order, as ATen's RNN cell does
//   (linear_hh(h).add_(precomputed linear_ih(x))).
//   Back: dL/dpre_t = dL/dh_t ⊙ act'(pre_t), from h_t: 1 − h_t² (tanh), [h_t > 0] (ReLU), as
//   ATen's tanh_backward / threshold_backward; the same gradient reaches both linear maps.
//
// Symbols: H = hidden size; an RNN has one "gate" block, its G·H = H rows are the units.
#pragma once

#include "engine/recurrentlayer.h"

#include <cmath>

namespace rnnlab {

template<typename T>
class RnnCell
{
public:
    static constexpr bool directPath = false;

    explicit RnnCell(bool relu)
        : m_relu(relu)
    { }

    //! pre_t = hiddenPart + inputPart;  h_t = act(pre_t).
    template<typename Step>
    void forward(Step &step) const
    {
        auto &&pre = step.preActivation();
        pre = step.hiddenPart() + step.inputPart();
        auto &&h = step.hidden();
        for (Eigen::Index i = 0; i < h.size(); ++i)
            h(i) = activate(pre(i));
    }

    //! dL/dpre_t from dL/dh_t.
    void backward(LayerTrace<T> &trace, Eigen::Index t) const
    {
        auto dpre = trace.dPreActivation.col(t);
        const auto dh = trace.dHidden.col(t);
        const auto h = trace.hidden.col(t);
        for (Eigen::Index i = 0; i < h.size(); ++i)
            dpre(i) = dh(i) * activationGradient(h(i));
    }

    //! pre = hiddenPart + inputPart: dL/dhiddenPart is dL/dpre.
    static const Matrix<T> &hiddenPartGradient(const LayerTrace<T> &trace) { return trace.dPreActivation; }
    //! h_{−1} reaches h_0 through W_hh alone: nothing to add.
    void initialStateBackward(LayerTrace<T> &) const { }

private:
    T activate(T x) const
    {
        // std::tanh (libm, correctly rounded in practice) rather than Eigen's fast rational tanh:
        // the numbers on screen must be PyTorch's to the tolerance promised in PRECISION.md.
        return m_relu ? (x > T(0) ? x : T(0)) : std::tanh(x);
    }
    //! d act / d pre, from the output y = act(pre), as ATen's tanh_backward / threshold_backward.
    T activationGradient(T y) const { return m_relu ? (y > T(0) ? T(1) : T(0)) : T(1) - y * y; }

    bool m_relu;
};

} // namespace rnnlab
