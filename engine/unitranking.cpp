// SPDX-License-Identifier: MIT
#include "engine/unitranking.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

std::optional<std::string> UnitRanking::problemWith(const TextSpan &span, const std::vector<int> &lengths)
{
    const int texts = static_cast<int>(lengths.size());
    if (span.text < 0 || span.text >= texts)
        return "there is no text " + std::to_string(span.text) + ": the texts are numbered 0 to "
            + std::to_string(texts - 1);
    const int n = lengths[static_cast<std::size_t>(span.text)];
    if (span.begin < 0 || span.begin >= span.end || span.end > n)
        return std::to_string(span.begin) + ":" + std::to_string(span.end) + " is not a span of text "
            + std::to_string(span.text) + ", which has " + std::to_string(n) + " time step" + (n == 1 ? "" : "s")
            + ": give A:B with 0 ≤ A < B ≤ " + std::to_string(n) + " (time steps A to B − 1)";
    int total = 0;
    for (int length : lengths)
        total += length;
    if (span.end - span.begin >= total)
        return std::to_string(span.begin) + ":" + std::to_string(span.end)
            + " covers every time step of every text, so there is nothing outside it to compare with: "
              "leave some steps out";
    return std::nullopt;
}

std::vector<UnitScore> UnitRanking::rank(const std::vector<Matrix<float>> &states, const TextSpan &span)
{
    const Eigen::Index H = states.empty() ? 0 : states.front().rows();
    const auto inside = [&](std::size_t text, Eigen::Index t) {
        return static_cast<int>(text) == span.text && t >= span.begin && t < span.end;
    };
    std::vector<UnitScore> scores;
    for (Eigen::Index k = 0; k < H; ++k) {
        // Two passes in double: the means, then the squared deviations from them.
        double sum[2] = {0.0, 0.0};
        double count[2] = {0.0, 0.0};
        for (std::size_t text = 0; text < states.size(); ++text) {
            for (Eigen::Index t = 0; t < states[text].cols(); ++t) {
                const int g = inside(text, t) ? 0 : 1;
                sum[g] += states[text](k, t);
                count[g] += 1.0;
            }
        }
        const double mean[2] = {count[0] > 0 ? sum[0] / count[0] : 0.0, count[1] > 0 ? sum[1] / count[1] : 0.0};
        double squares = 0.0;
        for (std::size_t text = 0; text < states.size(); ++text) {
            for (Eigen::Index t = 0; t < states[text].cols(); ++t) {
                const double d = states[text](k, t) - mean[inside(text, t) ? 0 : 1];
                squares += d * d;
            }
        }
        const double dof = count[0] + count[1] - 2.0;
        UnitScore score;
        score.unit = static_cast<int>(k);
        score.meanInside = mean[0];
        score.meanOutside = mean[1];
        score.pooledSd = dof > 0.0 ? std::sqrt(squares / dof) : 0.0;
        score.score = std::abs(mean[0] - mean[1]) / std::max(score.pooledSd, minimumSd);
        scores.push_back(score);
    }
    std::stable_sort(scores.begin(), scores.end(),
                     [](const UnitScore &a, const UnitScore &b) { return a.score > b.score; });
    return scores;
}

} // namespace rnnlab
