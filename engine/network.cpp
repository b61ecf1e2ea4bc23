// SPDX-License-Identifier: MIT
#include "engine/network.h"

#include "engine/cell.h"

#include <cmath>
#include <cstdint>

namespace rnnlab {

namespace {

template<typename T>
LayerInput<T> inputOf(const SequenceTrace<T> &sequence, int layer)
{
    LayerInput<T> input;
    if (layer == 0)
        input.oneHot = &sequence.inputs;
    else
        input.dense = &sequence.layers[static_cast<std::size_t>(layer - 1)].hidden;
    return input;
}

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

} // namespace

template<typename T>
void Network<T>::forward(const ParameterSet<T> &parameters, Trace<T> &trace)
{
    const ParameterLayout &layout = parameters.layout();
    const ModelConfig &model = layout.model();
    const int L = model.numLayers;

    CascadeSum<T> lossSum;
    int correct = 0;
    for (auto &sequence : trace.sequences) {
        for (int l = 0; l < L; ++l) {
            auto &layer = sequence.layers[static_cast<std::size_t>(l)];
            Cell<T>::forward(parameters, layout.stack(), l, inputOf(sequence, l), layer);
        }
        const Matrix<T> &top = sequence.layers.back().hidden;
        if (model.outputLayer) {
            sequence.logits.noalias() = parameters.matrix(layout.fcWeight()) * top;
            sequence.logits.colwise() += parameters.vector(layout.fcBias());
        } else {
            sequence.logits = top;
        }
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
    trace.hasGradients = false;
    trace.hasLastLossGradients = false;
}

template<typename T>
void Network<T>::backward(const ParameterSet<T> &parameters, Trace<T> &trace)
{
    const ParameterLayout &layout = parameters.layout();
    const ModelConfig &model = layout.model();
    const int L = model.numLayers;
    const T inverseN = T(1) / static_cast<T>(trace.targetCount);

    auto &gradients = trace.gradients;
    gradients.flat().setZero();
    for (auto &sequence : trace.sequences) {
        // CrossEntropyLoss(mean): dL/dlogits_t = (softmax_t − onehot(target_t)) / N
        sequence.dLogits = sequence.probabilities * inverseN;
        for (int t = 0; t < sequence.length(); ++t) {
            const int target = sequence.targets[static_cast<std::size_t>(t)];
            if (target >= 0)
                sequence.dLogits(target, t) -= inverseN;
            else
                sequence.dLogits.col(t).setZero(); // a step without a target adds nothing to the loss
        }

        auto &top = sequence.layers.back();
        if (model.outputLayer) {
            gradients.matrix(layout.fcWeight()).noalias() += sequence.dLogits * top.hidden.transpose();
            auto gb = gradients.vector(layout.fcBias());
            for (int t = 0; t < sequence.length(); ++t)
                gb += sequence.dLogits.col(t);
            top.dHiddenFromAbove.noalias() = parameters.matrix(layout.fcWeight()).transpose() * sequence.dLogits;
        } else {
            top.dHiddenFromAbove = sequence.dLogits;
        }
        for (int l = L - 1; l >= 0; --l) {
            auto &layer = sequence.layers[static_cast<std::size_t>(l)];
            Matrix<T> *dInput = l > 0 ? &sequence.layers[static_cast<std::size_t>(l - 1)].dHiddenFromAbove : nullptr;
            Cell<T>::backward(parameters, layout.stack(), l, inputOf(sequence, l), layer, gradients, dInput);
        }
    }
    trace.hasGradients = true;
}

template<typename T>
void Network<T>::lastStepBackward(const ParameterSet<T> &parameters, Trace<T> &trace, ParameterSet<T> *gradients)
{
    const ParameterLayout &layout = parameters.layout();
    const ModelConfig &model = layout.model();
    const int L = model.numLayers;
    // The same backward functions as training, on a scratch copy of each sequence whose output
    // gradient is the last step's share of the mean loss only: (p_{n−1} − onehot(target)) / N.
    ParameterSet<T> scratchGradients(parameters.layoutPtr());
    const T inverseN = T(1) / static_cast<T>(trace.targetCount);
    for (auto &sequence : trace.sequences) {
        const Eigen::Index n = sequence.length();
        SequenceTrace<T> scratch = sequence;
        scratch.dLogits.setZero();
        scratch.dLogits.col(n - 1) = sequence.probabilities.col(n - 1) * inverseN;
        scratch.dLogits(sequence.targets.back(), n - 1) -= inverseN;
        auto &top = scratch.layers.back();
        if (model.outputLayer) {
            scratchGradients.matrix(layout.fcWeight()).noalias() +=
                scratch.dLogits.col(n - 1) * top.hidden.col(n - 1).transpose();
            scratchGradients.vector(layout.fcBias()) += scratch.dLogits.col(n - 1);
            top.dHiddenFromAbove.noalias() = parameters.matrix(layout.fcWeight()).transpose() * scratch.dLogits;
        } else {
            top.dHiddenFromAbove = scratch.dLogits;
        }
        for (int l = L - 1; l >= 0; --l) {
            auto &layer = scratch.layers[static_cast<std::size_t>(l)];
            Matrix<T> *dInput = l > 0 ? &scratch.layers[static_cast<std::size_t>(l - 1)].dHiddenFromAbove : nullptr;
            Cell<T>::backward(parameters, layout.stack(), l, inputOf(scratch, l), layer, scratchGradients, dInput);
            sequence.layers[static_cast<std::size_t>(l)].dHiddenLastLoss = layer.dHidden;
        }
    }
    if (gradients)
        *gradients = std::move(scratchGradients);
    trace.hasLastLossGradients = true;
}

template class Network<float>;
template class Network<double>;

} // namespace rnnlab
