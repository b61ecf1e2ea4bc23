// SPDX-License-Identifier: MIT
#include "engine/parameterset.h"

namespace rnnlab {

ParameterLayout::ParameterLayout(const ModelConfig &model, int vocabularySize, int outputSize)
    : m_model(model)
    , m_vocabularySize(vocabularySize)
    , m_outputSize(outputSize < 0 ? vocabularySize : outputSize)
{
    const int H = model.hiddenSize;
    const int GH = gateCount(model.cell) * H;
    const auto add = [this](std::string name, int rows, int cols, bool isVector) {
        TensorSpec spec{std::move(name), rows, cols, isVector, m_totalSize};
        m_totalSize += spec.size();
        m_tensors.push_back(std::move(spec));
    };
    for (int l = 0; l < model.numLayers; ++l) {
        const std::string suffix = "_l" + std::to_string(l);
        add("rnn.weight_ih" + suffix, GH, l == 0 ? vocabularySize : H, false);
        add("rnn.weight_hh" + suffix, GH, H, false);
        add("rnn.bias_ih" + suffix, GH, 1, true);
        add("rnn.bias_hh" + suffix, GH, 1, true);
    }
    if (model.outputLayer) {
        add("fc.weight", m_outputSize, H, false);
        add("fc.bias", m_outputSize, 1, true);
    }
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
