// SPDX-License-Identifier: MIT
// Text generation ("one-to-many"): feed a prime string through the network one character at a
// time, then repeatedly pick the next character — the most probable one (greedy), or one drawn
// from softmax(logits / temperature) — and feed it back in. And its real-valued twin, the
// free-running forecast of a time series: feed the series, then each predicted value back in.
#pragma once

#include "engine/eigentypes.h"
#include "engine/parameterset.h"
#include "engine/types.h"
#include "engine/vocabulary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace rnnlab {

struct GenerationOptions
{
    std::u32string prime; // at least one character, all in the vocabulary
    int length = 20; // characters to generate after the prime
    std::optional<double> temperature; // none: greedy (argmax); else sample with this temperature > 0
    std::int64_t seed = 0; // for sampling (std::mt19937), independent of training's seed
};

inline constexpr int maxGenerationLength = 100'000;

//! Problems with \a options for \a vocabulary, each naming its option ("prime", "length", …).
std::vector<Problem> validate(const GenerationOptions &options, const Vocabulary &vocabulary);

//! The \a options.length characters that follow the prime. \a options must be valid.
std::u32string generate(const ParameterSet<float> &parameters, const Vocabulary &vocabulary,
                        const GenerationOptions &options);

//! The free-running forecast (issue 15): the points of \a series (D × n, D = the model's input
//! size) fed through the network from a zero state, one time step at a time, then \a length
//! predictions, each fed back as the next input. Returns D × length: column 0 is the prediction
//! after the series' last point. \a length ≥ 0; the model's output size must be D.
Matrix<float> forecast(const ParameterSet<float> &parameters, const Matrix<float> &series, int length);

} // namespace rnnlab
