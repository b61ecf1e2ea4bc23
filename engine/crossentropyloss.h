// SPDX-License-Identifier: MIT
// torch.nn.CrossEntropyLoss() (mean, ignore_index −100) on class targets — log_softmax, then
// nll_loss — as ATen computes both on CPU, to the bit: the loss of the two character tasks (and of
// any task whose targets are classes). A step whose target is −1 has none (torch's ignore_index):
// it adds nothing to the sum and is not counted in N. The head predicts the argmax of y_t (the
// first maximum on ties, as numpy's argmax).
//
//   p_t = softmax(y_t):  m = max y_t,  log p_t = y_t − m − log Σ_i exp(y_t[i] − m)
//   loss_t = −log p_t[target_t],   L = (1/N) Σ_texts Σ_{t with a target} loss_t
//   dL/dy_t = (p_t − onehot(target_t)) / N       (0 where the step has no target)
//
// Symbols: O = classes (rows of y_t), N = targets of all texts.
#pragma once

#include "engine/loss.h"

namespace rnnlab {

class CrossEntropyLoss final : public Loss
{
public:
    //! The one instance (a loss has no state): tasks hand it out, traces need not own it.
    static const CrossEntropyLoss &instance();

    void forward(Trace<float> &trace) const override;
    void forward(Trace<double> &trace) const override;
    void backward(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t,
                  Eigen::Ref<Vector<float>> dOutputs) const override;
    void backward(const Trace<double> &trace, const SequenceTrace<double> &sequence, Eigen::Index t,
                  Eigen::Ref<Vector<double>> dOutputs) const override;
};

} // namespace rnnlab
