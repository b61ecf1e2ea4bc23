// SPDX-License-Identifier: MIT
#include "engine/trace.h"

namespace rnnlab {

template<typename T>
Trace<T> Trace<T>::allocate(const std::shared_ptr<const ParameterLayout> &layout, const Dataset &dataset)
{
    const ModelConfig &model = layout->model();
    const Eigen::Index H = model.hiddenSize;
    const Eigen::Index GH = gateCount(model.cell) * H;
    const Eigen::Index V = layout->outputSize(); // rows of the logits
    const bool gated = model.cell == CellKind::Lstm || model.cell == CellKind::Gru;

    Trace trace;
    trace.targetCount = dataset.targetCount();
    trace.gradients = ParameterSet<T>(layout);
    for (const auto &sequence : dataset.sequences) {
        SequenceTrace<T> s;
        const Eigen::Index n = sequence.length();
        s.inputs = sequence.inputs;
        s.inputValues = sequence.inputValues.template cast<T>();
        s.targets = sequence.targets;
        s.targetValues = sequence.targetValues.template cast<T>();
        s.layers.resize(static_cast<std::size_t>(layout->layerCount()));
        for (auto &layer : s.layers) {
            layer.inputPart = Matrix<T>::Zero(GH, n);
            layer.hiddenPart = Matrix<T>::Zero(GH, n);
            layer.preActivation = Matrix<T>::Zero(GH, n);
            if (gated)
                layer.gates = Matrix<T>::Zero(GH, n);
            if (model.cell == CellKind::Lstm)
                layer.cell = Matrix<T>::Zero(H, n);
            layer.hidden = Matrix<T>::Zero(H, n);
            layer.dHiddenFromAbove = Matrix<T>::Zero(H, n);
            layer.dHiddenThroughTime = Matrix<T>::Zero(H, n);
            layer.dHidden = Matrix<T>::Zero(H, n);
            layer.dPreActivation = Matrix<T>::Zero(GH, n);
            if (model.cell == CellKind::Gru)
                layer.dHiddenPart = Matrix<T>::Zero(GH, n);
            if (model.cell == CellKind::Lstm)
                layer.dCell = Matrix<T>::Zero(H, n);
            layer.dHiddenLastLoss = Matrix<T>::Zero(H, n);
        }
        s.logits = Matrix<T>::Zero(V, n);
        s.probabilities = Matrix<T>::Zero(V, n);
        s.stepLoss = Vector<T>::Zero(n);
        if (s.targetValues.size() > 0)
            s.squaredError = Matrix<T>::Zero(V, n);
        s.predictions.assign(static_cast<std::size_t>(n), 0);
        s.dLogits = Matrix<T>::Zero(V, n);
        trace.sequences.push_back(std::move(s));
    }
    return trace;
}

template struct Trace<float>;
template struct Trace<double>;

} // namespace rnnlab
