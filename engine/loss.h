// SPDX-License-Identifier: MIT
// The output head's loss: what a forward pass's outputs cost against their targets, and its
// gradient — a forward/backward pair that Network calls after the output layer, and that both of
// its backward passes (all steps, or the last step's share alone) share. Each task names its loss
// (task.h); one class per loss: CrossEntropyLoss (crossentropyloss.h) now, a mean squared error
// for real-valued targets next. The loss also owns the reduction over all texts (its order of
// summation is part of torch's numbers) and what the head predicts (a classifier's argmax).
//
// A loss runs in float (training, parity with torch) and in double (the gradient checks): every
// function comes in both; a loss implements both with one template.
//
// Symbols: O = output size (rows of y_t), n = time steps of a text, N = targets of all texts.
#pragma once

#include "engine/trace.h"

namespace rnnlab {

class Loss
{
public:
    virtual ~Loss() = default;

    //! From every sequence's outputs (SequenceTrace::logits, O × n) and targets: each step's loss
    //! (stepLoss, 0 where a step has no target), what the head predicts (predictions; a softmax
    //! head also its probabilities), the reduced loss trace.loss and trace.correctCount.
    virtual void forward(Trace<float> &trace) const = 0;
    virtual void forward(Trace<double> &trace) const = 0;

    //! After forward(): dL/dy_t of time step \a t of \a sequence (one of \a trace's) into \a dOutputs
    //! (O) — the share of the reduced loss L that step carries; 0 where the step has no target.
    virtual void backward(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t,
                          Eigen::Ref<Vector<float>> dOutputs) const = 0;
    virtual void backward(const Trace<double> &trace, const SequenceTrace<double> &sequence, Eigen::Index t,
                          Eigen::Ref<Vector<double>> dOutputs) const = 0;
};

} // namespace rnnlab
