// SPDX-License-Identifier: MIT
#include "gradientnorms.h"

namespace rnnlab {

std::vector<double> gradientNorms(const LayerTrace<float> &layer)
{
    const Matrix<float> &d = layer.dHidden; // (H × n)
    std::vector<double> norms(static_cast<std::size_t>(d.cols()));
    for (Eigen::Index t = 0; t < d.cols(); ++t)
        norms[static_cast<std::size_t>(t)] = d.col(t).cast<double>().norm();
    return norms;
}

std::vector<std::vector<double>> lastLossGradientNorms(const SequenceTrace<float> &sequence,
                                                       const ParameterSet<float> &weights, bool noMemory)
{
    const ModelConfig &model = weights.layout().model();
    const bool relu = model.cell == CellKind::RnnRelu;
    const int n = sequence.length();
    const auto L = static_cast<int>(sequence.layers.size());
    if ((model.cell != CellKind::RnnTanh && !relu) || n == 0 || L == 0 || L != model.numLayers)
        return {};
    const Matrix<float> &topAbove = sequence.layers.back().dHiddenFromAbove; // (H × n)
    if (topAbove.cols() != n)
        return {};

    std::vector<std::vector<double>> norms(static_cast<std::size_t>(L), std::vector<double>(static_cast<std::size_t>(n)));
    std::vector<Eigen::VectorXd> dPre(static_cast<std::size_t>(L));  // (H) dL_{n−1}/dpre_{t+1} per layer
    std::vector<Eigen::MatrixXd> whhT(static_cast<std::size_t>(L));  // (H × H) W_hhᵀ
    std::vector<Eigen::MatrixXd> wihT(static_cast<std::size_t>(L));  // (in_l × H) W_ihᵀ
    for (int l = 0; l < L; ++l) {
        const auto ul = static_cast<std::size_t>(l);
        whhT[ul] = weights.matrix(ParameterLayout::weightHh(l)).cast<double>().transpose();
        if (noMemory)
            whhT[ul].setZero();
        wihT[ul] = weights.matrix(ParameterLayout::weightIh(l)).cast<double>().transpose();
        dPre[ul] = Eigen::VectorXd::Zero(sequence.layers[ul].hidden.rows());
    }

    Eigen::VectorXd above; // (H) dL_{n−1}/dh_t from the layer above (or the output at t = n−1)
    Eigen::VectorXd g;     // (H) dL_{n−1}/dh_t
    for (int t = n - 1; t >= 0; --t) {
        for (int l = L - 1; l >= 0; --l) {
            const auto ul = static_cast<std::size_t>(l);
            const LayerTrace<float> &layer = sequence.layers[ul];
            if (l == L - 1) // only step n−1's loss: through the output there, nothing elsewhere
                above = t == n - 1 ? topAbove.col(t).cast<double>().eval() : Eigen::VectorXd::Zero(layer.hidden.rows());
            g = above;
            if (t + 1 < n)
                g.noalias() += whhT[ul] * dPre[ul];
            norms[ul][static_cast<std::size_t>(t)] = g.norm();
            for (Eigen::Index i = 0; i < g.size(); ++i) {
                const double y = layer.hidden(i, t);
                dPre[ul](i) = g(i) * (relu ? (y > 0.0 ? 1.0 : 0.0) : 1.0 - y * y);
            }
            if (l > 0)
                above.noalias() = wihT[ul] * dPre[ul];
        }
    }
    return norms;
}

} // namespace rnnlab
