// SPDX-License-Identifier: MIT
#include "engine/parameterlayout.h"

namespace rnnlab {

ParameterLayout::ParameterLayout(const ModelConfig &model, int inputSize, int outputSize)
    : ParameterLayout(model, std::vector<StackSpec>{{"rnn", inputSize}}, outputSize < 0 ? inputSize : outputSize)
{ }

ParameterLayout::ParameterLayout(const ModelConfig &model, const std::vector<StackSpec> &stacks, int outputSize)
    : m_model(model)
    , m_outputSize(outputSize)
{
    const int H = model.hiddenSize;
    const int GH = gateCount(model.cell) * H;
    int layers = 0;
    for (const StackSpec &spec : stacks) {
        RecurrentBlock block;
        block.name = spec.name;
        block.cell = model.cell;
        block.inputSize = spec.inputSize;
        block.hiddenSize = H;
        block.firstLayer = layers;
        for (int l = 0; l < model.numLayers; ++l) {
            // torch.nn.RNN registers, per layer, weight_ih, weight_hh, bias_ih, bias_hh (_flat_weights_names).
            const std::string prefix = spec.name + ".";
            const std::string suffix = "_l" + std::to_string(l);
            RecurrentLayerTensors tensors;
            tensors.weightIh =
                add(prefix + "weight_ih" + suffix, GH, l == 0 ? spec.inputSize : H, TensorRole::WeightIh, l);
            tensors.weightHh = add(prefix + "weight_hh" + suffix, GH, H, TensorRole::WeightHh, l);
            tensors.biasIh = add(prefix + "bias_ih" + suffix, GH, 1, TensorRole::BiasIh, l);
            tensors.biasHh = add(prefix + "bias_hh" + suffix, GH, 1, TensorRole::BiasHh, l);
            block.layers.push_back(tensors);
        }
        layers += model.numLayers;
        m_stacks.push_back(std::move(block));
    }
    if (model.outputLayer) {
        LinearBlock fc;
        fc.name = "fc";
        fc.inFeatures = H;
        fc.outFeatures = outputSize;
        fc.weight = add("fc.weight", outputSize, H, TensorRole::LinearWeight, -1);
        fc.bias = add("fc.bias", outputSize, 1, TensorRole::LinearBias, -1);
        m_outputLayer = std::move(fc);
    }
}

int ParameterLayout::add(std::string name, int rows, int cols, TensorRole role, int layer)
{
    const bool isVector = role == TensorRole::BiasIh || role == TensorRole::BiasHh || role == TensorRole::LinearBias;
    TensorSpec spec{std::move(name), rows, cols, isVector, m_totalSize, role, layer};
    m_totalSize += spec.size();
    m_tensors.push_back(std::move(spec));
    return static_cast<int>(m_tensors.size()) - 1;
}

int ParameterLayout::layerCount() const
{
    int count = 0;
    for (const RecurrentBlock &stack : m_stacks)
        count += stack.numLayers();
    return count;
}

int ParameterLayout::find(const std::string &name) const
{
    for (std::size_t i = 0; i < m_tensors.size(); ++i) {
        if (m_tensors[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace rnnlab
