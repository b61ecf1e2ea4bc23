// SPDX-License-Identifier: MIT
// Which hidden units track a span of the text (issue 17, "find units"; LSTMVis's range selection):
// every unit scored by how differently it behaves inside the span and outside it, best first. A
// pure function of the states; not how the states were computed (memoryanalysis.h).
//
// For unit k, with the span's time steps "in" (n_in of them) and every other time step of every
// text "out" (n_out):
//   Δ_k   = mean_in(h_k) − mean_out(h_k)
//   SS_g  = Σ_{t in g} (h_k,t − mean_g(h_k))²          for g = in, out
//   sd_k  = √((SS_in + SS_out) / (n_in + n_out − 2))  the pooled standard deviation (Cohen's d's:
//           each group's sample variance weighted by its n − 1); 0 when n_in + n_out = 2
//   score_k = |Δ_k| / max(sd_k, minimumSd)
// minimumSd (1e-6, below float32's resolution of a state near 1) keeps the score finite: a unit
// that is constant inside and constant outside at a different value scores |Δ|·10⁶ and ranks above
// every noisy unit, and a unit constant everywhere scores 0 — never NaN or infinity.
// Ties keep the units' order (a stable sort).
//
// Symbols: H = hidden size, n = time steps of a text.
#pragma once

#include "engine/eigentypes.h"

#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

//! Time steps [begin, end) of text \a text (0-based, as the files count).
struct TextSpan
{
    int text = 0;
    int begin = 0;
    int end = 0;
};

struct UnitScore
{
    int unit = 0;
    double score = 0.0; // |meanInside − meanOutside| / max(pooledSd, minimumSd)
    double meanInside = 0.0;
    double meanOutside = 0.0;
    double pooledSd = 0.0;
};

class UnitRanking
{
public:
    static constexpr double minimumSd = 1e-6;

    //! What is wrong with \a span over texts of \a lengths time steps each, as a sentence naming
    //! the allowed range; nullopt when it is a span the ranking accepts: a text that exists,
    //! 0 ≤ begin < end ≤ its length, and at least one time step left outside it.
    static std::optional<std::string> problemWith(const TextSpan &span, const std::vector<int> &lengths);

    //! Every unit of \a states ([text] H × n) scored for \a span (which problemWith() accepts),
    //! the highest score first.
    static std::vector<UnitScore> rank(const std::vector<Matrix<float>> &states, const TextSpan &span);
};

} // namespace rnnlab
