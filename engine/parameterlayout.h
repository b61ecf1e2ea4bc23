// SPDX-License-Identifier: MIT
// Which tensors a model has, under PyTorch's state_dict names, grouped in named blocks as torch's
// modules group them, and where each tensor lives in the flat buffer of a ParameterSet
// (parameterset.h). Not the values (ParameterSet), not the arithmetic (cell.h, linear.h).
//
// A model is a list of blocks, in model.parameters() order:
//   - one or more recurrent stacks, each a torch.nn.RNN/LSTM/GRU(in, H, L) module with its own
//     parameters under its attribute name ("rnn" today; an encoder–decoder would have "encoder"
//     and "decoder"): per layer l, in torch's order,
//       {name}.weight_ih_l{l}  (G·H × in_l)   in_0 = the stack's input width, in_l = H   "W_xh"
//       {name}.weight_hh_l{l}  (G·H × H)                                                  "W_hh"
//       {name}.bias_ih_l{l}    (G·H)
//       {name}.bias_hh_l{l}    (G·H)
//   - optionally the output layer, torch.nn.Linear(H, O) on the last stack's top layer:
//       fc.weight              (O × H)                                                    "W_hy"
//       fc.bias                (O)
// Everything is addressed through the blocks (stack(0).weightHh(l), outputLayer()->weight), never
// by counting tensors, so a second stack is a second block and not a special case.
//
// Symbols: V = vocabulary size (one-hot input width; D features for real-valued inputs),
// H = hidden size, L = layers per stack, G = gate blocks (1 RNN, 4 LSTM, 3 GRU: gates.h),
// O = output size (V, a classifier's number of classes, or D).
#pragma once

#include "engine/types.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

//! What a tensor is within its block.
enum class TensorRole {
    WeightIh, // a recurrent layer's W_ih ("W_xh")
    WeightHh, // a recurrent layer's W_hh
    BiasIh,
    BiasHh,
    LinearWeight, // the output layer's W ("W_hy")
    LinearBias,
};

struct TensorSpec
{
    std::string name; // PyTorch state_dict name, e.g. "rnn.weight_hh_l0"
    int rows = 0;
    int cols = 1; // 1 for a bias
    bool isVector = false;
    std::size_t offset = 0; // into the flat buffer
    TensorRole role = TensorRole::WeightIh;
    int layer = -1; // the layer l of a recurrent stack's tensor (−1 for the output layer's)

    std::size_t size() const { return static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols); }
};

//! One recurrent layer's four tensors, as indices into ParameterLayout::tensors().
struct RecurrentLayerTensors
{
    int weightIh = -1;
    int weightHh = -1;
    int biasIh = -1;
    int biasHh = -1;

    bool operator==(const RecurrentLayerTensors &) const = default;
};

//! A recurrent stack: torch.nn.RNN/LSTM/GRU(inputSize, H, L) under the attribute \a name.
struct RecurrentBlock
{
    std::string name; // "rnn"
    CellKind cell = CellKind::RnnTanh;
    int inputSize = 0; // in_0: V for one-hot characters, D for real-valued features
    int hiddenSize = 0; // H
    std::vector<RecurrentLayerTensors> layers; // (L) bottom to top
    //! Where this stack's layers begin in the flat list of a SequenceTrace's layers (trace.h):
    //! the stacks' layers follow one another there, in block order.
    int firstLayer = 0;

    int numLayers() const { return static_cast<int>(layers.size()); }
    const RecurrentLayerTensors &layer(int l) const { return layers[static_cast<std::size_t>(l)]; }
    int weightIh(int l) const { return layer(l).weightIh; }
    int weightHh(int l) const { return layer(l).weightHh; }
    int biasIh(int l) const { return layer(l).biasIh; }
    int biasHh(int l) const { return layer(l).biasHh; }

    bool operator==(const RecurrentBlock &) const = default;
};

//! The output layer: torch.nn.Linear(inFeatures, outFeatures) under the attribute \a name.
struct LinearBlock
{
    std::string name; // "fc"
    int inFeatures = 0; // H
    int outFeatures = 0; // O
    int weight = -1; // tensor index of "{name}.weight" (O × H)
    int bias = -1; // tensor index of "{name}.bias" (O)

    bool operator==(const LinearBlock &) const = default;
};

//! A recurrent stack to build: its attribute name and the width of its input x_t.
struct StackSpec
{
    std::string name;
    int inputSize = 0;
};

class ParameterLayout
{
public:
    //! The model every task has today: one stack "rnn" of model.cell over \a inputSize features, and
    //! with model.outputLayer "fc" = Linear(H, \a outputSize) (−1: O = \a inputSize, as when
    //! predicting the next character).
    ParameterLayout(const ModelConfig &model, int inputSize, int outputSize = -1);
    //! Several recurrent stacks, each with its own parameters, in this order (all of model.cell,
    //! H and L), and with model.outputLayer "fc" = Linear(H, \a outputSize) on the last one.
    ParameterLayout(const ModelConfig &model, const std::vector<StackSpec> &stacks, int outputSize);

    const ModelConfig &model() const { return m_model; }
    const std::vector<RecurrentBlock> &stacks() const { return m_stacks; }
    const RecurrentBlock &stack(std::size_t index = 0) const { return m_stacks[index]; }
    //! The stack whose top layer the outputs read: the last one.
    const RecurrentBlock &outputStack() const { return m_stacks.back(); }
    //! The output layer, when the model has one.
    const std::optional<LinearBlock> &outputLayer() const { return m_outputLayer; }
    //! The output layer's tensors; −1 without one.
    int fcWeight() const { return m_outputLayer ? m_outputLayer->weight : -1; }
    int fcBias() const { return m_outputLayer ? m_outputLayer->bias : -1; }

    //! The width of the first stack's input x_t (V, or D).
    int inputSize() const { return m_stacks.front().inputSize; }
    //! Rows of the outputs y_t: O.
    int outputSize() const { return m_outputSize; }
    //! Recurrent layers over all stacks: the length of a SequenceTrace's list of layers.
    int layerCount() const;

    const std::vector<TensorSpec> &tensors() const { return m_tensors; }
    const TensorSpec &tensor(int index) const { return m_tensors[static_cast<std::size_t>(index)]; }
    int tensorCount() const { return static_cast<int>(m_tensors.size()); }
    std::size_t totalSize() const { return m_totalSize; }
    //! Index of the tensor called \a name, or -1.
    int find(const std::string &name) const;

    bool operator==(const ParameterLayout &other) const
    {
        return m_model == other.m_model && m_stacks == other.m_stacks && m_outputLayer == other.m_outputLayer
            && m_outputSize == other.m_outputSize;
    }

private:
    int add(std::string name, int rows, int cols, TensorRole role, int layer);

    ModelConfig m_model;
    std::vector<RecurrentBlock> m_stacks;
    std::optional<LinearBlock> m_outputLayer;
    int m_outputSize = 0;
    std::vector<TensorSpec> m_tensors;
    std::size_t m_totalSize = 0;
};

} // namespace rnnlab
