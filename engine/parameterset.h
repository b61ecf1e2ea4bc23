// SPDX-License-Identifier: MIT
// The model's parameters as one flat buffer with PyTorch's state_dict names and shapes on top.
// Gradients and optimizer moments use the same layout, so every per-element loop (Adam, SGD,
// clipping, copying a snapshot) is one pass over one buffer, and each tensor is contiguous and
// row-major exactly as in torch.
//
// Symbols: V = vocabulary size, H = hidden size, L = layers, G = gate blocks (1 RNN, 4 LSTM, 3 GRU).
//   rnn.weight_ih_l{l}  (G·H × in_l)   in_0 = V, in_l = H        "W_xh" on the slides
//   rnn.weight_hh_l{l}  (G·H × H)                                "W_hh"
//   rnn.bias_ih_l{l}    (G·H)
//   rnn.bias_hh_l{l}    (G·H)
//   fc.weight           (O × H)        only with an output layer  "W_hy"
//   fc.bias             (O)            O = V, or the number of classes of a classifier
#pragma once

#include "engine/eigentypes.h"
#include "engine/types.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace rnnlab {

struct TensorSpec
{
    std::string name; // PyTorch state_dict name, e.g. "rnn.weight_hh_l0"
    int rows = 0;
    int cols = 1; // 1 for a bias
    bool isVector = false;
    std::size_t offset = 0; // into the flat buffer

    std::size_t size() const { return static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols); }
};

//! Which tensors a model has, in PyTorch's model.parameters() order, and where each lives.
class ParameterLayout
{
public:
    //! \a outputSize: the rows of the logits, O (−1: the vocabulary size, as when predicting the
    //! next character).
    ParameterLayout(const ModelConfig &model, int vocabularySize, int outputSize = -1);

    const ModelConfig &model() const { return m_model; }
    int vocabularySize() const { return m_vocabularySize; }
    int outputSize() const { return m_outputSize; }
    const std::vector<TensorSpec> &tensors() const { return m_tensors; }
    const TensorSpec &tensor(int index) const { return m_tensors[static_cast<std::size_t>(index)]; }
    int tensorCount() const { return static_cast<int>(m_tensors.size()); }
    std::size_t totalSize() const { return m_totalSize; }
    //! Index of the tensor called \a name, or -1.
    int find(const std::string &name) const;

    static int weightIh(int layer) { return 4 * layer; }
    static int weightHh(int layer) { return 4 * layer + 1; }
    static int biasIh(int layer) { return 4 * layer + 2; }
    static int biasHh(int layer) { return 4 * layer + 3; }
    //! -1 without an output layer.
    int fcWeight() const { return m_model.outputLayer ? 4 * m_model.numLayers : -1; }
    int fcBias() const { return m_model.outputLayer ? 4 * m_model.numLayers + 1 : -1; }

    bool operator==(const ParameterLayout &other) const
    {
        return m_model == other.m_model && m_vocabularySize == other.m_vocabularySize
            && m_outputSize == other.m_outputSize;
    }

private:
    ModelConfig m_model;
    int m_vocabularySize = 0;
    int m_outputSize = 0;
    std::vector<TensorSpec> m_tensors;
    std::size_t m_totalSize = 0;
};

//! Values for every tensor of a layout (weights, gradients, or an optimizer moment).
template<typename T>
class ParameterSet
{
public:
    ParameterSet() = default;
    explicit ParameterSet(std::shared_ptr<const ParameterLayout> layout)
        : m_layout(std::move(layout))
        , m_values(Vector<T>::Zero(static_cast<Eigen::Index>(m_layout->totalSize())))
    { }

    const std::shared_ptr<const ParameterLayout> &layoutPtr() const { return m_layout; }
    const ParameterLayout &layout() const { return *m_layout; }
    bool isNull() const { return !m_layout; }

    //! All values, tensor after tensor.
    Vector<T> &flat() { return m_values; }
    const Vector<T> &flat() const { return m_values; }

    T *data(int tensor) { return m_values.data() + m_layout->tensor(tensor).offset; }
    const T *data(int tensor) const { return m_values.data() + m_layout->tensor(tensor).offset; }

    //! A weight tensor as a (rows × cols) row-major matrix.
    RowMatrixMap<T> matrix(int tensor)
    {
        const auto &spec = m_layout->tensor(tensor);
        return RowMatrixMap<T>(data(tensor), spec.rows, spec.cols);
    }
    ConstRowMatrixMap<T> matrix(int tensor) const
    {
        const auto &spec = m_layout->tensor(tensor);
        return ConstRowMatrixMap<T>(data(tensor), spec.rows, spec.cols);
    }
    //! Any tensor as its flat (row-major) values.
    VectorMap<T> vector(int tensor)
    {
        return VectorMap<T>(data(tensor), static_cast<Eigen::Index>(m_layout->tensor(tensor).size()));
    }
    ConstVectorMap<T> vector(int tensor) const
    {
        return ConstVectorMap<T>(data(tensor), static_cast<Eigen::Index>(m_layout->tensor(tensor).size()));
    }

    //! The same values in another scalar type (float <-> double for gradient checks).
    template<typename U>
    ParameterSet<U> cast() const
    {
        ParameterSet<U> out(m_layout);
        out.flat() = m_values.template cast<U>();
        return out;
    }

    bool allFinite() const { return m_values.allFinite(); }

private:
    std::shared_ptr<const ParameterLayout> m_layout;
    Vector<T> m_values;
};

} // namespace rnnlab
