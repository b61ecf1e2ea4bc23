// SPDX-License-Identifier: MIT
// Text generation ("one-to-many"): feed a prime string through the network one character at a
// time, then repeatedly pick the next character — the most probable one (greedy), or one drawn
// from softmax(logits / temperature) — and feed it back in.
#pragma once

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

} // namespace rnnlab
