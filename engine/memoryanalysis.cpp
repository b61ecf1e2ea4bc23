// SPDX-License-Identifier: MIT
#include "engine/memoryanalysis.h"

#include "engine/network.h"

#include <stdexcept>

namespace rnnlab {

namespace {

//! Steps 0 … m−1 of \a sequence: every per-step field's first m columns (an empty field stays
//! empty). BPTT from a step before m over this prefix gives the full sequence's numbers: nothing
//! after the seeded step reaches it.
SequenceTrace<float> prefixOf(const SequenceTrace<float> &sequence, Eigen::Index m)
{
    const auto head = [m](const Matrix<float> &matrix) {
        return matrix.cols() == 0 ? matrix : Matrix<float>(matrix.leftCols(m));
    };
    SequenceTrace<float> prefix;
    const auto count = static_cast<std::ptrdiff_t>(m);
    prefix.inputs.assign(sequence.inputs.begin(), sequence.inputs.begin() + count);
    prefix.inputValues = head(sequence.inputValues);
    prefix.targets.assign(sequence.targets.begin(), sequence.targets.begin() + count);
    prefix.targetValues = head(sequence.targetValues);
    for (const LayerTrace<float> &layer : sequence.layers) {
        LayerTrace<float> l;
        l.inputPart = head(layer.inputPart);
        l.hiddenPart = head(layer.hiddenPart);
        l.preActivation = head(layer.preActivation);
        l.gates = head(layer.gates);
        l.cell = head(layer.cell);
        l.hidden = head(layer.hidden);
        l.dHiddenFromAbove = head(layer.dHiddenFromAbove);
        l.dHiddenThroughTime = head(layer.dHiddenThroughTime);
        l.dHidden = head(layer.dHidden);
        l.dPreActivation = head(layer.dPreActivation);
        l.dHiddenPart = head(layer.dHiddenPart);
        l.dCell = head(layer.dCell);
        prefix.layers.push_back(std::move(l));
    }
    prefix.logits = head(sequence.logits);
    prefix.probabilities = head(sequence.probabilities);
    prefix.stepLoss = sequence.stepLoss.head(m);
    prefix.predictions.assign(sequence.predictions.begin(), sequence.predictions.begin() + count);
    prefix.dLogits = Matrix<float>::Zero(sequence.dLogits.rows(), m);
    return prefix;
}

} // namespace

MemoryAnalysis::MemoryAnalysis(const ParameterSet<float> &parameters, const Task &task, MemoryLayer which)
    : m_parameters(parameters)
{
    const ModelConfig &model = parameters.layout().model();
    const int layers = parameters.layout().layerCount();
    if (which.layer < -1 || which.layer >= layers)
        throw std::invalid_argument("MemoryAnalysis: layer " + std::to_string(which.layer) + " of "
                                    + std::to_string(layers));
    if (which.cellState && model.cell != CellKind::Lstm)
        throw std::invalid_argument("MemoryAnalysis: only an LSTM has a cell state");
    const Dataset dataset = task.dataset();
    for (const Sequence &sequence : dataset.sequences) {
        if (sequence.inputs.empty())
            throw std::invalid_argument("MemoryAnalysis: the influence of an input needs one-hot inputs");
    }
    m_layer = which.layer < 0 ? layers - 1 : which.layer;
    m_cellState = which.cellState;
    m_trace = Trace<float>::allocate(parameters.layoutPtr(), dataset);
    Network<float>::forward(m_parameters, task.loss(), m_trace);
    for (const SequenceTrace<float> &sequence : m_trace.sequences) {
        const LayerTrace<float> &layer = sequence.layers[static_cast<std::size_t>(m_layer)];
        m_states.push_back(m_cellState ? layer.cell : layer.hidden);
    }
}

Matrix<double> MemoryAnalysis::stackedStates() const
{
    Eigen::Index rows = 0;
    for (const Matrix<float> &states : m_states)
        rows += states.cols();
    const Eigen::Index H = m_states.empty() ? 0 : m_states.front().rows();
    Matrix<double> stacked(rows, H);
    Eigen::Index row = 0;
    for (const Matrix<float> &states : m_states) {
        stacked.middleRows(row, states.cols()) = states.transpose().cast<double>();
        row += states.cols();
    }
    return stacked;
}

std::vector<int> MemoryAnalysis::lengths() const
{
    std::vector<int> out;
    for (const SequenceTrace<float> &sequence : m_trace.sequences)
        out.push_back(sequence.length());
    return out;
}

bool MemoryAnalysis::hasTarget(int text, int t) const
{
    return m_trace.sequences[static_cast<std::size_t>(text)].targets[static_cast<std::size_t>(t)] >= 0;
}

std::vector<double> MemoryAnalysis::influence(int text, int t) const
{
    if (!hasTarget(text, t))
        return {};
    const SequenceTrace<float> &sequence = m_trace.sequences[static_cast<std::size_t>(text)];
    SequenceTrace<float> prefix = prefixOf(sequence, t + 1);
    // ∂ log softmax(y_t)[target] / ∂y_t = onehot(target) − softmax(y_t), at step t alone (the
    // probabilities are the loss's forward pass's: CrossEntropyLoss computes them as torch does).
    auto seed = prefix.dLogits.col(t);
    seed = -prefix.probabilities.col(t);
    seed(sequence.targets[static_cast<std::size_t>(t)]) += 1.0f;
    ParameterSet<float> gradients(m_parameters.layoutPtr()); // the seed's parameter gradients, unused
    Network<float>::sequenceBackward(m_parameters, prefix, gradients);

    // dL/dx_s = W_ih^(0)ᵀ dL/d(W_ih^(0) x_s + b_ih^(0)); dPreActivation is dL/dinputPart for every cell.
    const auto Wih = m_parameters.matrix(m_parameters.layout().stack(0).weightIh(0));
    const Matrix<float> &dInputPart = prefix.layers.front().dPreActivation;
    std::vector<double> norms;
    for (Eigen::Index s = 0; s <= t; ++s) {
        const Vector<float> dx = Wih.transpose() * dInputPart.col(s);
        norms.push_back(static_cast<double>(dx.norm()));
    }
    return norms;
}

std::vector<std::vector<std::vector<double>>> MemoryAnalysis::influence() const
{
    std::vector<std::vector<std::vector<double>>> all;
    for (std::size_t text = 0; text < m_trace.sequences.size(); ++text) {
        std::vector<std::vector<double>> rows;
        const int n = m_trace.sequences[text].length();
        for (int t = 0; t < n; ++t)
            rows.push_back(influence(static_cast<int>(text), t));
        all.push_back(std::move(rows));
    }
    return all;
}

} // namespace rnnlab
