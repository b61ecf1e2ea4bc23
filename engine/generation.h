// SPDX-License-Identifier: MIT
// Text generation ("one-to-many"): feed a prime string through the network one character at a
// time, then repeatedly pick the next character — the most probable one (greedy), or one drawn
// from softmax(logits / temperature) — and feed it back in. And its real-valued twin, the
// free-running forecast of a time series: feed the series, then each predicted value back in.
#pragma once

#include "engine/eigentypes.h"
#include "engine/parameterset.h"
#include "engine/trace.h"
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

//! The free-running pass of generate(), step by step (issue 16 §2: the one-to-many picture). Its
//! steps t = 0 … n−1, n = prime + length − 1 (the prime alone when length = 0): x_t is the prime's
//! character while t < prime, after that the one picked at t − 1; each step's h_t (c_t, gates) per
//! layer, y_t, p_t and the pick, the numbers generate() computes (it is this with nothing kept).
//! The last pick is not fed back: nothing would read its step.
struct GenerationTrace
{
    //! inputs (n): x_t's index. layers: every forward field (inputPart, hiddenPart, preActivation,
    //! gates, cell, hidden; H × n or G·H × n), the backward fields zero. logits (V × n): y_t.
    //! probabilities (V × n): what the pick drew from — softmax(y_t / temperature) when sampling,
    //! softmax(y_t) when greedy and at the prime's steps before its last (no pick there). predictions (n): the pick at t (from t = prime − 1 on; before that,
    //! where the prime gives the next input, the argmax). targets (n): the reference's up to
    //! partsAt, −1 after it or without one (see traceGeneration). stepLoss, dLogits: zero (no loss is computed).
    SequenceTrace<float> pass;
    int primeLength = 0; // steps fed from the prime
    std::vector<int> generated; // (length) the picks, in order: pass.predictions[prime − 1 …]
    //! The first step t ≥ prime − 1 whose pick differs from the reference's targets[t] (where the
    //! generated text parts from the training text); −1 when none does, or without a reference.
    int partsAt = -1;
};

//! generate()'s pass with its numbers: the one-hot indices \a prime (at least one, each < V) fed
//! from a zero state, then \a length picks (greedy without \a temperature, else sampled with it
//! and \a seed, as GenerationOptions says), each fed back. \a reference: the targets of a training
//! text (next-character indices, as SequenceTrace::targets; may be shorter or longer than the
//! pass), copied into pass.targets up to partsAt (after it −1: the texts have parted, the
//! reference's next character is no target of the generated text) and compared with the picks.
GenerationTrace traceGeneration(const ParameterSet<float> &parameters, const std::vector<int> &prime, int length,
                                std::optional<double> temperature, std::int64_t seed,
                                const std::vector<int> *reference = nullptr);

//! The free-running forecast (issue 15): the points of \a series (D × n, D = the model's input
//! size) fed through the network from a zero state, one time step at a time, then \a length
//! predictions, each fed back as the next input. Returns D × length: column 0 is the prediction
//! after the series' last point. \a length ≥ 0; the model's output size must be D.
Matrix<float> forecast(const ParameterSet<float> &parameters, const Matrix<float> &series, int length);

} // namespace rnnlab
