// SPDX-License-Identifier: MIT
#include "ui/plots/gradientnorms.h"

#include <cmath>

namespace rnnlab {

std::vector<double> gradientNorms(const LayerTrace<float> &layer)
{
    const Matrix<float> &d = layer.dHidden; // (H × n)
    std::vector<double> norms(static_cast<std::size_t>(d.cols()));
    for (Eigen::Index t = 0; t < d.cols(); ++t)
        norms[static_cast<std::size_t>(t)] = d.col(t).cast<double>().norm();
    return norms;
}

std::vector<std::vector<double>> lastLossGradientNorms(const SequenceTrace<float> &sequence, bool available)
{
    std::vector<std::vector<double>> norms;
    if (!available)
        return norms;
    for (const auto &layer : sequence.layers) {
        std::vector<double> column(static_cast<std::size_t>(layer.dHiddenLastLoss.cols()));
        for (Eigen::Index t = 0; t < layer.dHiddenLastLoss.cols(); ++t)
            column[static_cast<std::size_t>(t)] = layer.dHiddenLastLoss.col(t).template cast<double>().norm();
        norms.push_back(std::move(column));
    }
    return norms;
}

std::vector<double> reachingShare(const SequenceTrace<float> &sequence, bool available)
{
    const auto norms = lastLossGradientNorms(sequence, available);
    if (norms.empty() || norms.back().empty())
        return {};
    std::vector<double> share = norms.back();
    const double last = share.back();
    if (!(last > 0.0) || !std::isfinite(last))
        return {};
    for (double &value : share)
        value /= last;
    return share;
}

} // namespace rnnlab
