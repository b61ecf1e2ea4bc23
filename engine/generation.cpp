// SPDX-License-Identifier: MIT
#include "engine/generation.h"

#include "engine/cell.h"
#include "engine/linear.h"
#include "engine/unicode.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

namespace rnnlab {

std::vector<Problem> validate(const GenerationOptions &options, const Vocabulary &vocabulary)
{
    std::vector<Problem> problems;
    if (options.prime.empty())
        problems.push_back(
            Problem::of("prime", QT_TRANSLATE_NOOP("Problem", "is empty: give at least one character to start from")));
    std::string missing;
    std::set<char32_t> reported;
    for (char32_t c : options.prime) {
        if (!vocabulary.contains(c) && reported.insert(c).second)
            missing += (missing.empty() ? "" : ", ") + describeCharacter(c);
    }
    if (!missing.empty()) {
        problems.push_back(Problem::of("prime",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "uses %1, which the vocabulary (\"%2\") does not have: the "
                                                         "network only knows the characters of its texts"),
                                       {missing, toUtf8(vocabulary.characters())}));
    }
    if (options.length < 0 || options.length > maxGenerationLength) {
        problems.push_back(Problem::of("length",
                                       QT_TRANSLATE_NOOP("Problem", "%1 is out of range: it must be between 0 and %2"),
                                       {std::to_string(options.length), std::to_string(maxGenerationLength)}));
    }
    if (options.temperature && (!std::isfinite(*options.temperature) || *options.temperature <= 0.0)) {
        problems.push_back(Problem::of("temperature",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "must be a finite number > 0 (1 samples from the network's "
                                                         "own probabilities; smaller is more conservative); leave it "
                                                         "out for greedy")));
    }
    return problems;
}

namespace {

//! Copies step \a t of every layer's state (the same quantities as a LayerTrace column) and the
//! output head's y_t into \a pass.
void record(SequenceTrace<float> &pass, const std::vector<CellState<float>> &states, const Vector<float> &logits,
            Eigen::Index t)
{
    for (std::size_t l = 0; l < states.size(); ++l) {
        LayerTrace<float> &layer = pass.layers[l];
        const CellState<float> &state = states[l];
        layer.inputPart.col(t) = state.inputPart;
        layer.hiddenPart.col(t) = state.hiddenPart;
        layer.preActivation.col(t) = state.preActivation;
        if (state.gates.size() > 0)
            layer.gates.col(t) = state.gates;
        if (state.c.size() > 0)
            layer.cell.col(t) = state.c;
        layer.hidden.col(t) = state.h;
    }
    pass.logits.col(t) = logits;
}

//! Buffers for a pass of \a n steps of a model of \a layout with \a V outputs: forward fields to
//! be filled, backward fields zero (a view that reads them finds no gradient).
SequenceTrace<float> allocatePass(const ParameterLayout &layout, Eigen::Index V, Eigen::Index n)
{
    const ModelConfig &model = layout.model();
    const Eigen::Index H = model.hiddenSize;
    const Eigen::Index GH = gateCount(model.cell) * H;
    const bool gated = model.cell == CellKind::Lstm || model.cell == CellKind::Gru;
    const bool lstm = model.cell == CellKind::Lstm;
    SequenceTrace<float> pass;
    pass.inputs.assign(static_cast<std::size_t>(n), 0);
    pass.targets.assign(static_cast<std::size_t>(n), -1);
    pass.predictions.assign(static_cast<std::size_t>(n), 0);
    pass.layers.resize(static_cast<std::size_t>(model.numLayers));
    for (LayerTrace<float> &layer : pass.layers) {
        layer.inputPart = Matrix<float>::Zero(GH, n);
        layer.hiddenPart = Matrix<float>::Zero(GH, n);
        layer.preActivation = Matrix<float>::Zero(GH, n);
        layer.gates = gated ? Matrix<float>::Zero(GH, n) : Matrix<float>();
        layer.cell = lstm ? Matrix<float>::Zero(H, n) : Matrix<float>();
        layer.hidden = Matrix<float>::Zero(H, n);
        layer.dHiddenFromAbove = Matrix<float>::Zero(H, n);
        layer.dHiddenThroughTime = Matrix<float>::Zero(H, n);
        layer.dHidden = Matrix<float>::Zero(H, n);
        layer.dPreActivation = Matrix<float>::Zero(GH, n);
        layer.dHiddenPart = model.cell == CellKind::Gru ? Matrix<float>::Zero(GH, n) : Matrix<float>();
        layer.dCell = lstm ? Matrix<float>::Zero(H, n) : Matrix<float>();
        layer.dHiddenLastLoss = Matrix<float>::Zero(H, n);
    }
    pass.logits = Matrix<float>::Zero(V, n);
    pass.probabilities = Matrix<float>::Zero(V, n);
    pass.stepLoss = Vector<float>::Zero(n);
    pass.dLogits = Matrix<float>::Zero(V, n);
    return pass;
}

//! THE free-running pass, shared by generate() and traceGeneration(): \a prime fed from a zero
//! state, then \a length picks, each fed back. Returns the picks; with \a trace, also keeps every
//! step's numbers there (its pass allocated for the steps; nothing else differs).
std::vector<int> freeRun(const ParameterSet<float> &parameters, const std::vector<int> &prime, int length,
                         std::optional<double> temperature, std::int64_t seed, GenerationTrace *trace)
{
    const ParameterLayout &layout = parameters.layout();
    const ModelConfig &model = layout.model();
    const int L = model.numLayers;
    const Eigen::Index H = model.hiddenSize;
    const Eigen::Index V = layout.outputSize(); // y_t: fc's outputs, or h_t itself (then H = V)

    std::vector<CellState<float>> states(static_cast<std::size_t>(L), CellState<float>::zero(model.cell, H));
    Vector<float> logits(V);
    std::mt19937 random(static_cast<std::uint32_t>(static_cast<std::uint64_t>(seed) & 0xFFFFFFFFu));
    std::vector<double> p(static_cast<std::size_t>(V));

    const auto feed = [&](int index) {
        for (int l = 0; l < L; ++l) {
            const Vector<float> *x = l == 0 ? nullptr : &states[static_cast<std::size_t>(l - 1)].h;
            Cell<float>::step(parameters, layout.stack(), l, index, x, states[static_cast<std::size_t>(l)]);
        }
        if (layout.outputLayer())
            Linear<float>::forward(parameters, *layout.outputLayer(), states.back().h, logits);
        else
            logits = states.back().h;
    };
    const auto argmax = [&]() {
        Eigen::Index best = 0;
        for (Eigen::Index i = 1; i < V; ++i) {
            if (logits(i) > logits(best))
                best = i;
        }
        return best;
    };
    // p ∝ exp((y − max y) / T), in double; T = 1 for greedy (only the trace reads it then). Its sum.
    const auto weights = [&](double T) {
        const Eigen::Index best = argmax();
        double sum = 0.0;
        for (Eigen::Index i = 0; i < V; ++i) {
            p[static_cast<std::size_t>(i)] = std::exp((static_cast<double>(logits(i)) - logits(best)) / T);
            sum += p[static_cast<std::size_t>(i)];
        }
        return sum;
    };
    const auto pick = [&]() -> int {
        const Eigen::Index best = argmax();
        if (!temperature)
            return static_cast<int>(best);
        // softmax(logits / T) in double, then the inverse of its cumulative sum at u ∈ [0, 1).
        const double sum = weights(*temperature);
        const double u = static_cast<double>(random() >> 5) / 134217728.0 * sum; // 27 bits
        double cumulative = 0.0;
        for (Eigen::Index i = 0; i < V; ++i) {
            cumulative += p[static_cast<std::size_t>(i)];
            if (u < cumulative)
                return static_cast<int>(i);
        }
        return static_cast<int>(best);
    };
    // Step t's probabilities into the trace: what the pick drew from (greedy: plain softmax).
    const auto keepProbabilities = [&](Eigen::Index t, bool sampled) {
        const double sum = weights(sampled ? *temperature : 1.0);
        for (Eigen::Index i = 0; i < V; ++i)
            trace->pass.probabilities(i, t) = static_cast<float>(p[static_cast<std::size_t>(i)] / sum);
    };

    const auto P = static_cast<Eigen::Index>(prime.size());
    const Eigen::Index n = length > 0 ? P + length - 1 : P;
    if (trace) {
        trace->pass = allocatePass(layout, V, n);
        trace->primeLength = static_cast<int>(P);
    }
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(std::max(0, length)));
    for (Eigen::Index t = 0; t < P; ++t) {
        feed(prime[static_cast<std::size_t>(t)]);
        if (trace && t < P - 1) {
            trace->pass.inputs[static_cast<std::size_t>(t)] = prime[static_cast<std::size_t>(t)];
            record(trace->pass, states, logits, t);
            trace->pass.predictions[static_cast<std::size_t>(t)] = static_cast<int>(argmax());
            keepProbabilities(t, false);
        }
    }
    for (int k = 0; k < length; ++k) {
        const Eigen::Index t = P - 1 + k; // the step whose output this pick is
        if (trace) {
            // Before pick(): sampling overwrites p with the same numbers keepProbabilities wrote.
            trace->pass.inputs[static_cast<std::size_t>(t)] = k == 0 ? prime.back() : out.back();
            record(trace->pass, states, logits, t);
            keepProbabilities(t, temperature.has_value());
        }
        const int next = pick();
        out.push_back(next);
        if (trace)
            trace->pass.predictions[static_cast<std::size_t>(t)] = next;
        if (k + 1 < length)
            feed(next);
    }
    if (trace && length == 0 && P > 0) {
        trace->pass.inputs[static_cast<std::size_t>(P - 1)] = prime.back();
        record(trace->pass, states, logits, P - 1);
        trace->pass.predictions[static_cast<std::size_t>(P - 1)] = static_cast<int>(argmax());
        keepProbabilities(P - 1, false);
    }
    return out;
}

} // namespace

std::u32string generate(const ParameterSet<float> &parameters, const Vocabulary &vocabulary,
                        const GenerationOptions &options)
{
    std::vector<int> prime;
    for (char32_t c : options.prime)
        prime.push_back(vocabulary.indexOf(c));
    return vocabulary.decode(freeRun(parameters, prime, options.length, options.temperature, options.seed, nullptr));
}

GenerationTrace traceGeneration(const ParameterSet<float> &parameters, const std::vector<int> &prime, int length,
                                std::optional<double> temperature, std::int64_t seed, const std::vector<int> *reference)
{
    GenerationTrace trace;
    trace.generated = freeRun(parameters, prime, length, temperature, seed, &trace);
    if (reference) {
        std::vector<int> &targets = trace.pass.targets;
        for (std::size_t t = 0; t < targets.size() && t < reference->size(); ++t)
            targets[t] = (*reference)[t];
        for (std::size_t t = static_cast<std::size_t>(std::max(0, trace.primeLength - 1)); t < targets.size(); ++t) {
            if (targets[t] >= 0 && targets[t] != trace.pass.predictions[t]) {
                trace.partsAt = static_cast<int>(t);
                // Past it the two texts have different pasts: the text's next character is no
                // target of what the network is generating.
                std::fill(targets.begin() + static_cast<std::ptrdiff_t>(t) + 1, targets.end(), -1);
                break;
            }
        }
    }
    return trace;
}

Matrix<float> forecast(const ParameterSet<float> &parameters, const Matrix<float> &series, int length)
{
    const ParameterLayout &layout = parameters.layout();
    const ModelConfig &model = layout.model();
    const int L = model.numLayers;
    std::vector<CellState<float>> states(static_cast<std::size_t>(L),
                                         CellState<float>::zero(model.cell, model.hiddenSize));
    Vector<float> y(series.rows());
    const auto feed = [&](const Vector<float> &x) {
        for (int l = 0; l < L; ++l) {
            const Vector<float> *in = l == 0 ? &x : &states[static_cast<std::size_t>(l - 1)].h;
            Cell<float>::step(parameters, layout.stack(), l, -1, in, states[static_cast<std::size_t>(l)]);
        }
        if (layout.outputLayer())
            Linear<float>::forward(parameters, *layout.outputLayer(), states.back().h, y);
        else
            y = states.back().h;
    };
    Vector<float> x(series.rows());
    for (Eigen::Index t = 0; t < series.cols(); ++t) {
        x = series.col(t);
        feed(x);
    }
    Matrix<float> out(series.rows(), std::max(0, length));
    for (int k = 0; k < length; ++k) {
        out.col(k) = y;
        x = y; // the prediction is the next input
        feed(x);
    }
    return out;
}

} // namespace rnnlab
