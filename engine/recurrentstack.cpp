// SPDX-License-Identifier: MIT
#include "engine/recurrentstack.h"

namespace rnnlab {

namespace {

//! What layer \a l of a stack reads: the stack's input, or the hidden states of the layer below.
template<typename T>
LayerInput<T> inputOf(const LayerInput<T> &stackInput, std::span<LayerTrace<T>> layers, std::size_t l)
{
    if (l == 0)
        return stackInput;
    LayerInput<T> input;
    input.dense = &layers[l - 1].hidden;
    return input;
}

} // namespace

template<typename T>
void RecurrentStack<T>::forward(const ParameterSet<T> &parameters, const RecurrentBlock &stack,
                                const LayerInput<T> &input, std::span<LayerTrace<T>> layers)
{
    for (std::size_t l = 0; l < layers.size(); ++l)
        Cell<T>::forward(parameters, stack, static_cast<int>(l), inputOf(input, layers, l), layers[l]);
}

template<typename T>
void RecurrentStack<T>::backward(const ParameterSet<T> &parameters, const RecurrentBlock &stack,
                                 const LayerInput<T> &input, std::span<LayerTrace<T>> layers,
                                 ParameterSet<T> &gradients)
{
    for (std::size_t l = layers.size(); l-- > 0;) {
        // The layer below gets dL/dh from this one (dL/dx_t of this layer); the first layer's input
        // is data, which needs no gradient.
        Matrix<T> *dInput = l > 0 ? &layers[l - 1].dHiddenFromAbove : nullptr;
        Cell<T>::backward(parameters, stack, static_cast<int>(l), inputOf(input, layers, l), layers[l], gradients,
                          dInput);
    }
}

template class RecurrentStack<float>;
template class RecurrentStack<double>;

} // namespace rnnlab
