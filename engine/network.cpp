// SPDX-License-Identifier: MIT
#include "engine/network.h"

#include "engine/linear.h"
#include "engine/recurrentstack.h"

namespace rnnlab {

namespace {

//! The layers of \a stack in the sequence's list of layers.
template<typename T>
std::span<LayerTrace<T>> layersOf(SequenceTrace<T> &sequence, const RecurrentBlock &stack)
{
    return std::span<LayerTrace<T>>(sequence.layers)
        .subspan(static_cast<std::size_t>(stack.firstLayer), static_cast<std::size_t>(stack.numLayers()));
}

//! What the first layer of \a stack reads: the sequence's inputs, one-hot or real-valued. (Today's
//! models have one stack. An encoder–decoder gives its decoder its own input stream here, and
//! starts it from the encoder's final state.)
template<typename T>
LayerInput<T> inputOf(const SequenceTrace<T> &sequence, const RecurrentBlock &)
{
    LayerInput<T> input;
    if (sequence.inputValues.size() > 0)
        input.dense = &sequence.inputValues;
    else
        input.oneHot = &sequence.inputs;
    return input;
}

//! y_t from the top hidden states: the output layer, or the hidden state itself without one.
template<typename T>
void outputForward(const ParameterSet<T> &parameters, SequenceTrace<T> &sequence)
{
    const auto &fc = parameters.layout().outputLayer();
    const Matrix<T> &top = sequence.layers.back().hidden;
    if (fc)
        Linear<T>::forward(parameters, *fc, top, sequence.logits);
    else
        sequence.logits = top;
}

//! dL/dh_t of the top layer from dL/dy_t (\a dOutputs), and the output layer's gradients.
template<typename T>
void outputBackward(const ParameterSet<T> &parameters, const Matrix<T> &dOutputs, SequenceTrace<T> &sequence,
                    ParameterSet<T> &gradients)
{
    const auto &fc = parameters.layout().outputLayer();
    auto &top = sequence.layers.back();
    if (fc)
        Linear<T>::backward(parameters, *fc, top.hidden, dOutputs, gradients, top.dHiddenFromAbove);
    else
        top.dHiddenFromAbove = dOutputs;
}

//! Back through the output layer and every stack, last first.
template<typename T>
void blocksBackward(const ParameterSet<T> &parameters, SequenceTrace<T> &sequence, ParameterSet<T> &gradients)
{
    outputBackward(parameters, sequence.dLogits, sequence, gradients);
    const auto &stacks = parameters.layout().stacks();
    for (auto stack = stacks.rbegin(); stack != stacks.rend(); ++stack)
        RecurrentStack<T>::backward(parameters, *stack, inputOf(sequence, *stack), layersOf(sequence, *stack),
                                    gradients);
}

} // namespace

template<typename T>
void Network<T>::forward(const ParameterSet<T> &parameters, const Loss &loss, Trace<T> &trace)
{
    for (auto &sequence : trace.sequences) {
        for (const RecurrentBlock &stack : parameters.layout().stacks())
            RecurrentStack<T>::forward(parameters, stack, inputOf(sequence, stack), layersOf(sequence, stack));
        outputForward(parameters, sequence);
    }
    loss.forward(trace);
    trace.hasGradients = false;
    trace.hasLastLossGradients = false;
}

template<typename T>
void Network<T>::backward(const ParameterSet<T> &parameters, const Loss &loss, Trace<T> &trace)
{
    auto &gradients = trace.gradients;
    gradients.flat().setZero();
    for (auto &sequence : trace.sequences) {
        for (Eigen::Index t = 0; t < sequence.length(); ++t)
            loss.backward(trace, sequence, t, sequence.dLogits.col(t));
        blocksBackward(parameters, sequence, gradients);
    }
    trace.hasGradients = true;
}

template<typename T>
void Network<T>::lastStepBackward(const ParameterSet<T> &parameters, const Loss &loss, Trace<T> &trace,
                                  ParameterSet<T> *gradients)
{
    // The same backward functions as training, on a scratch copy of each sequence whose output
    // gradient is the last step's share of the loss only.
    ParameterSet<T> scratchGradients(parameters.layoutPtr());
    for (auto &sequence : trace.sequences) {
        const Eigen::Index n = sequence.length();
        SequenceTrace<T> scratch = sequence;
        scratch.dLogits.setZero();
        loss.backward(trace, sequence, n - 1, scratch.dLogits.col(n - 1));
        blocksBackward(parameters, scratch, scratchGradients);
        for (std::size_t l = 0; l < sequence.layers.size(); ++l)
            sequence.layers[l].dHiddenLastLoss = scratch.layers[l].dHidden;
    }
    if (gradients)
        *gradients = std::move(scratchGradients);
    trace.hasLastLossGradients = true;
}

template<typename T>
void Network<T>::sequenceBackward(const ParameterSet<T> &parameters, SequenceTrace<T> &sequence,
                                  ParameterSet<T> &gradients)
{
    blocksBackward(parameters, sequence, gradients);
}

template class Network<float>;
template class Network<double>;

} // namespace rnnlab
