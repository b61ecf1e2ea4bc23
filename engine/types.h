// SPDX-License-Identifier: MIT
// The value types every part of rnnlab shares: what a session configures (model, data, training)
// and how a refusal is reported. Plain structs, no behaviour; no Qt, no Eigen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rnnlab {

//! The recurrent cell, named as in a session file ("rnn_tanh", …) and as torch.nn builds it.
enum class CellKind { RnnTanh, RnnRelu, Lstm, Gru };

//! torch.optim.Adam or torch.optim.SGD (with momentum), both with torch 1.13's defaults otherwise.
enum class OptimizerKind { Adam, Sgd };

//! What the network learns from the texts (a session's "task"):
//!  - NextCharacter ("next_character", many-to-many, the lecture's hello example): at every time
//!    step, the character that follows;
//!  - Classify ("classify", many-to-one): one label per text, predicted from the last time step's
//!    output only (CrossEntropyLoss over the texts' last-step logits);
//!  - Forecast ("forecast", many-to-many, issue 15): real-valued time series, at every time step
//!    the next value of every feature (MSELoss);
//!  - Translate ("translate", issue 16): pairs of strings, an encoder–decoder that reads the source
//!    and writes the target (tasks/translatetask.h, translator.h).
enum class TaskKind { NextCharacter, Classify, Forecast, Translate };

//! The waves a signal generator makes (signalgenerator.h), and the anomalies it can inject.
enum class WaveKind { Sine, Square, Sawtooth, Triangle, TwoSines };
enum class AnomalyKind { Spike, LevelShift, Flat };

//! An anomaly injected into a generated wave: a spike of \a size at point \a at; a level shift by
//! \a size over \a length points from \a at (to the end when 0); or a flat stretch of \a length
//! points holding the value at \a at.
struct AnomalySpec
{
    AnomalyKind kind = AnomalyKind::Spike;
    std::int64_t at = 0;
    std::int64_t length = 1;
    double size = 3.0;

    bool operator==(const AnomalySpec &) const = default;
};

//! How one series was generated (signalgenerator.h has the formulas): what a session's
//! data.generator records, for the reader's information — the numbers in data.series are what trains.
struct SignalSpec
{
    WaveKind wave = WaveKind::Sine;
    double period = 20.0; // in time steps, > 0
    double amplitude = 1.0;
    double phase = 0.0; // radians
    std::int64_t length = 100; // points, > 0
    double period2 = 7.0; // TwoSines: the second sine
    double amplitude2 = 0.5;
    double noise = 0.0; // standard deviation of added Gaussian noise; 0: none
    std::int64_t noiseSeed = 0;
    std::optional<AnomalySpec> anomaly;

    bool operator==(const SignalSpec &) const = default;
};

//! One series of a forecast session: its time points, each a row of D feature values, as the
//! session file states them (doubles; the engine rounds them to float32, as torch.tensor does).
using SeriesValues = std::vector<std::vector<double>>; // [t][d]

//! Session-file spelling of a cell kind ("rnn_tanh", "rnn_relu", "lstm", "gru").
std::string toString(CellKind kind);
//! Parses the session-file spelling; std::nullopt for anything else.
std::optional<CellKind> cellKindFromString(const std::string &name);
std::string toString(OptimizerKind kind);
std::optional<OptimizerKind> optimizerKindFromString(const std::string &name);
std::string toString(TaskKind kind);
std::optional<TaskKind> taskKindFromString(const std::string &name);
//! Session-file spellings of waves ("sine", "square", "sawtooth", "triangle", "two_sines") and
//! anomalies ("spike", "level_shift", "flat").
std::string toString(WaveKind kind);
std::optional<WaveKind> waveKindFromString(const std::string &name);
std::string toString(AnomalyKind kind);
std::optional<AnomalyKind> anomalyKindFromString(const std::string &name);

//! Number of gate blocks stacked in the weight rows: 1 (RNN), 4 (LSTM: i,f,g,o), 3 (GRU: r,z,n).
int gateCount(CellKind kind);

//! The network: torch.nn.RNN/LSTM/GRU(V, H, num_layers=L, batch_first=True), then, with an
//! output layer, torch.nn.Linear(H, V) on the top layer's hidden state.
struct ModelConfig
{
    CellKind cell = CellKind::RnnTanh;
    int hiddenSize = 4; // H
    int numLayers = 1; // L
    bool outputLayer = false;

    bool operator==(const ModelConfig &) const = default;
};

//! The training data: texts (characters are Unicode code points), or time series.
struct DataConfig
{
    TaskKind task = TaskKind::NextCharacter;
    std::vector<std::u32string> texts;
    //! Explicit vocabulary order; empty = characters of all texts in order of first appearance.
    std::optional<std::u32string> vocabulary;
    //! Classify: the label of each text (as many as texts), e.g. "positive".
    std::vector<std::u32string> labels;
    //! Classify: explicit class order; empty = the labels in order of first appearance.
    std::optional<std::vector<std::u32string>> classes;
    //! Forecast: the training series (each its own sequence from a zero state) …
    std::vector<SeriesValues> series;
    //! … and series evaluated but never trained on (anomaly detection).
    std::vector<SeriesValues> testSeries;
    //! Forecast, informative: how each series (and test series) was generated, if it was.
    std::vector<SignalSpec> seriesGenerators;
    std::vector<SignalSpec> testSeriesGenerators;
    //! Translate: the pairs, source → target …
    std::vector<std::pair<std::u32string, std::u32string>> pairs;
    //! … and explicit vocabularies (empty = the characters in order of first appearance); the
    //! target tokens are <sos>, <eos>, then the target vocabulary.
    std::optional<std::u32string> sourceVocabulary;
    std::optional<std::u32string> targetVocabulary;

    bool operator==(const DataConfig &) const = default;
};

struct TrainingConfig
{
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 0.1; // a Python float in torch: kept in double until torch casts
    std::int64_t seed = 0; // torch.manual_seed(seed): wraps to uint64, then mod 2^32
    std::int64_t steps = 10; // how many steps `train` runs by default
    std::optional<double> clipGradNorm; // clip_grad_norm_(max_norm) before each update, if set
    double momentum = 0.0; // SGD only

    bool operator==(const TrainingConfig &) const = default;
};

// Marks a problem's message pattern for translation: lupdate finds QT_TRANSLATE_NOOP("Problem",
// "…") in the engine's sources (app/language/CMakeLists.txt) and the app translates the pattern
// (ProblemText, app/session/problemtext.h); the engine itself, without Qt, keeps the English.
// Spelled as Qt spells it (qglobal.h), so that either definition may come first.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

//! A refusal: which field is wrong ("model.hidden_size", "data.texts[1]", or empty for the whole
//! input) and a sentence saying what is wrong and what is allowed.
//! Problems the engine makes (Problem::of) also keep the sentence as a translatable pattern with
//! %1 … %9 where its arguments (numbers as numberText() writes them, field names, quoted text) go;
//! \a message is the pattern in English with the arguments filled in.
struct Problem
{
    std::string field;
    std::string message;
    //! The untranslated pattern (context "Problem") and its arguments; empty for a problem whose
    //! message has no pattern (the app's own, still in English).
    std::string pattern = {};
    std::vector<std::string> arguments = {};

    //! The problem of \a field whose message is \a pattern (a QT_TRANSLATE_NOOP("Problem", …)) with
    //! its %1 … %9 replaced by \a arguments.
    static Problem of(std::string field, const char *pattern, std::vector<std::string> arguments = {});
    //! \a pattern with %1 … %9 replaced by \a arguments in one pass (an argument's own "%1" stays).
    static std::string fill(const std::string &pattern, const std::vector<std::string> &arguments);

    //! "field message" when the message is a predicate ("is empty: …"), "field: message" when it
    //! starts with the value ("4096 is out of range …"), or just the message without a field.
    std::string toString() const;
};

//! A number as problems and mismatches quote it: printf's "%.9g", enough digits to tell any two
//! floats apart ("0.100000001" for 0.1f).
std::string numberText(double value);

} // namespace rnnlab
