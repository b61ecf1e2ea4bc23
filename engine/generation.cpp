// SPDX-License-Identifier: MIT
#include "engine/generation.h"

#include "engine/cell.h"
#include "engine/linear.h"
#include "engine/unicode.h"

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

std::u32string generate(const ParameterSet<float> &parameters, const Vocabulary &vocabulary,
                        const GenerationOptions &options)
{
    const ParameterLayout &layout = parameters.layout();
    const ModelConfig &model = layout.model();
    const int L = model.numLayers;
    const Eigen::Index H = model.hiddenSize;
    const Eigen::Index V = vocabulary.size();

    std::vector<CellState<float>> states(static_cast<std::size_t>(L), CellState<float>::zero(model.cell, H));
    Vector<float> logits(V);
    std::mt19937 random(static_cast<std::uint32_t>(static_cast<std::uint64_t>(options.seed) & 0xFFFFFFFFu));

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
    const auto pick = [&]() -> int {
        Eigen::Index best = 0;
        for (Eigen::Index i = 1; i < V; ++i) {
            if (logits(i) > logits(best))
                best = i;
        }
        if (!options.temperature)
            return static_cast<int>(best);
        // softmax(logits / T) in double, then the inverse of its cumulative sum at u ∈ [0, 1).
        const double T = *options.temperature;
        std::vector<double> p(static_cast<std::size_t>(V));
        double sum = 0.0;
        for (Eigen::Index i = 0; i < V; ++i) {
            p[static_cast<std::size_t>(i)] = std::exp((static_cast<double>(logits(i)) - logits(best)) / T);
            sum += p[static_cast<std::size_t>(i)];
        }
        const double u = static_cast<double>(random() >> 5) / 134217728.0 * sum; // 27 bits
        double cumulative = 0.0;
        for (Eigen::Index i = 0; i < V; ++i) {
            cumulative += p[static_cast<std::size_t>(i)];
            if (u < cumulative)
                return static_cast<int>(i);
        }
        return static_cast<int>(best);
    };

    for (char32_t c : options.prime)
        feed(vocabulary.indexOf(c));
    std::u32string out;
    for (int k = 0; k < options.length; ++k) {
        const int next = pick();
        out += vocabulary.character(next);
        feed(next);
    }
    return out;
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
