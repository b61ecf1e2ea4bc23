// SPDX-License-Identifier: MIT
#include "ui/memory/unitspicture.h"

#include "app/worker/snapshot.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/memory/memorypicture.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace rnnlab {

UnitsPicture UnitsPicture::of(const TrainingSnapshot &snapshot, int text, MemoryLayer which,
                              const MemoryAnalysis *shared)
{
    UnitsPicture picture;
    const RunSetup &setup = *snapshot.setup;
    const auto &sequences = snapshot.trace.sequences;
    picture.layers = setup.session.model.numLayers;
    if (sequences.empty())
        return picture;
    picture.text = std::clamp(text, 0, int(sequences.size()) - 1);
    if (sequences[std::size_t(picture.text)].inputs.empty()) {
        picture.problem = QCoreApplication::translate(
            "rnnlab::MemoryView", "Units over text needs characters as inputs: real-valued x_t are not a text.");
        return picture;
    }
    which = MemoryPicture::clamped(snapshot, which);
    try {
        // The network the graph shows: under What if W_hh = 0? its variant without memory, as the
        // other two views (before, the units stayed those of the trained weights).
        picture.whatIfNoMemory = snapshot.whatIfNoMemory;
        std::optional<MemoryAnalysis> own;
        const MemoryAnalysis &analysis =
            shared ? *shared : own.emplace(MemoryPicture::weightsShown(snapshot), *setup.task, which);
        picture.layer = analysis.layer();
        picture.cellState = analysis.cellState();
        picture.states = analysis.states();
        // The analysis's own forward pass: the softmax of the same weights as the states.
        const SequenceTrace<float> &sequence = analysis.trace().sequences[std::size_t(picture.text)];
        const int n = sequence.length();
        picture.top.resize(std::size_t(n));
        for (int t = 0; t < n; ++t) {
            picture.characters << visibleCharacter(setup.vocabulary.character(sequence.inputs[std::size_t(t)]));
            const bool hasOutput = sequence.probabilities.cols() == n && sequence.targets[std::size_t(t)] >= 0;
            if (!hasOutput) {
                picture.everyStepOutputs = false;
                continue;
            }
            const Vector<float> p = sequence.probabilities.col(t);
            for (int index : topIndices(p, guesses))
                picture.top[std::size_t(t)].push_back({index, outputLabel(*setup.task, index), p(index)});
        }
    } catch (const std::invalid_argument &error) {
        picture.problem = QString::fromStdString(error.what());
    }
    return picture;
}

int UnitsPicture::mostVariedUnit() const
{
    if (states.empty() || states[std::size_t(text)].cols() == 0)
        return 0;
    const Matrix<double> values = states[std::size_t(text)].cast<double>();
    const Vector<double> mean = values.rowwise().mean();
    const Vector<double> variance = (values.colwise() - mean).rowwise().squaredNorm();
    Eigen::Index unit = 0;
    variance.maxCoeff(&unit); // the first of equal largest
    return int(unit);
}

QString UnitsPicture::unitName(int unit) const
{
    return (cellState ? QStringLiteral("c") : QStringLiteral("h")) + QString::number(unit + 1);
}

QString UnitsPicture::spanProblem(int begin, int end) const
{
    std::vector<int> lengths;
    for (const Matrix<float> &s : states)
        lengths.push_back(int(s.cols()));
    const auto problem = UnitRanking::problemWith(TextSpan{text, begin, end}, lengths);
    return problem ? QString::fromStdString(*problem) : QString();
}

std::vector<UnitScore> UnitsPicture::ranking(int begin, int end) const
{
    if (!spanProblem(begin, end).isEmpty())
        return {};
    return UnitRanking::rank(states, TextSpan{text, begin, end});
}

std::vector<int> UnitsPicture::topIndices(const Vector<float> &probabilities, int count)
{
    std::vector<int> order(std::size_t(probabilities.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return probabilities(a) > probabilities(b); });
    order.resize(std::min<std::size_t>(order.size(), std::size_t(std::max(count, 0))));
    return order;
}

} // namespace rnnlab
