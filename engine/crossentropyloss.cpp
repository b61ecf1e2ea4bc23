// SPDX-License-Identifier: MIT
#include "engine/crossentropyloss.h"

#include <cmath>
#include <cstdint>

namespace rnnlab {

namespace {

//! log_softmax + NLL for one time step, as ATen computes them: m = max, logp = x − m − log Σ exp(x − m).
template<typename T>
void crossEntropyStep(const Eigen::Ref<const Vector<T>> &logits, int target, Eigen::Ref<Vector<T>> probabilities,
                      T &loss, int &argmax)
{
    const Eigen::Index V = logits.size();
    Eigen::Index best = 0;
    for (Eigen::Index i = 1; i < V; ++i) {
        if (logits(i) > logits(best))
            best = i; // strict: the first maximum wins, as numpy's argmax
    }
    argmax = static_cast<int>(best);
    const T m = logits(best);
    T sum = T(0);
    for (Eigen::Index i = 0; i < V; ++i) {
        probabilities(i) = std::exp(logits(i) - m);
        sum += probabilities(i);
    }
    const T logSum = std::log(sum);
    for (Eigen::Index i = 0; i < V; ++i)
        probabilities(i) = std::exp(logits(i) - m - logSum); // exp(log_softmax), as its backward uses
    loss = target >= 0 ? -(logits(target) - m - logSum) : T(0); // no target here (classify: all but the last step)
}

//! nll_loss's reduction as ATen's nll_loss_out_frame sums it (float, in order over the
//! concatenated time steps): a cascade of 8 partial sums, each flushed into the next every 16
//! elements, so that long texts lose less precision — and the mean comes out as torch's to the bit
//! whenever the per-step losses are torch's.
template<typename T>
class CascadeSum
{
public:
    void add(T stepLoss)
    {
        m_partial[0] += stepLoss; // torch: partial[0] -= log_softmax[target]
        for (int j = 0; j + 1 < levels; ++j) {
            const std::int64_t mask = std::int64_t(levelMask) << (j * levelPower);
            if ((m_index & mask) != 0)
                break;
            m_partial[j + 1] += m_partial[j];
            m_partial[j] = T(0);
        }
        ++m_index;
    }
    T total() const
    {
        T sum = T(0);
        for (T partial : m_partial)
            sum += partial;
        return sum;
    }

private:
    static constexpr int levels = 8;
    static constexpr int levelPower = 4; // max(4, ceil(log2 N) / 8): 4 for any N < 2^40
    static constexpr int levelMask = (1 << levelPower) - 1;
    T m_partial[levels] = {};
    std::int64_t m_index = 0;
};

template<typename T>
void forwardOf(Trace<T> &trace)
{
    CascadeSum<T> lossSum;
    int correct = 0;
    for (auto &sequence : trace.sequences) {
        for (int t = 0; t < sequence.length(); ++t) {
            const auto ut = static_cast<std::size_t>(t);
            const int target = sequence.targets[ut];
            crossEntropyStep<T>(sequence.logits.col(t), target, sequence.probabilities.col(t), sequence.stepLoss(t),
                                sequence.predictions[ut]);
            if (target < 0)
                continue; // as torch's ignore_index: not in the sum, not in N
            lossSum.add(sequence.stepLoss(t));
            correct += sequence.predictions[ut] == target ? 1 : 0;
        }
    }
    trace.loss = lossSum.total() / static_cast<T>(trace.targetCount);
    trace.correctCount = correct;
}

template<typename T>
void backwardOf(const Trace<T> &trace, const SequenceTrace<T> &sequence, Eigen::Index t, Eigen::Ref<Vector<T>> dOutputs)
{
    // CrossEntropyLoss(mean): dL/dlogits_t = (softmax_t − onehot(target_t)) / N
    const T inverseN = T(1) / static_cast<T>(trace.targetCount);
    const int target = sequence.targets[static_cast<std::size_t>(t)];
    if (target < 0) {
        dOutputs.setZero(); // a step without a target adds nothing to the loss
        return;
    }
    dOutputs = sequence.probabilities.col(t) * inverseN;
    dOutputs(target) -= inverseN;
}

} // namespace

const CrossEntropyLoss &CrossEntropyLoss::instance()
{
    static const CrossEntropyLoss loss;
    return loss;
}

void CrossEntropyLoss::forward(Trace<float> &trace) const
{
    forwardOf(trace);
}

void CrossEntropyLoss::forward(Trace<double> &trace) const
{
    forwardOf(trace);
}

void CrossEntropyLoss::backward(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t,
                                Eigen::Ref<Vector<float>> dOutputs) const
{
    backwardOf(trace, sequence, t, dOutputs);
}

void CrossEntropyLoss::backward(const Trace<double> &trace, const SequenceTrace<double> &sequence, Eigen::Index t,
                                Eigen::Ref<Vector<double>> dOutputs) const
{
    backwardOf(trace, sequence, t, dOutputs);
}

} // namespace rnnlab
