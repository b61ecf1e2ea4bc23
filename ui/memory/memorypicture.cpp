// SPDX-License-Identifier: MIT
#include "ui/memory/memorypicture.h"

#include "app/worker/snapshot.h"
#include "app/worker/snapshotassembler.h"
#include "ui/matrices/matrixlabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace rnnlab {

ParameterSet<float> MemoryPicture::weightsShown(const TrainingSnapshot &snapshot)
{
    return snapshot.whatIfNoMemory ? SnapshotAssembler::withoutMemory(snapshot.weights) : snapshot.weights;
}

MemoryLayer MemoryPicture::clamped(const TrainingSnapshot &snapshot, MemoryLayer which)
{
    const ModelConfig &model = snapshot.setup->session.model;
    which.layer = std::clamp(which.layer, -1, model.numLayers - 1);
    which.cellState = which.cellState && model.cell == CellKind::Lstm;
    return which;
}

std::shared_ptr<const MemoryAnalysis> MemoryPicture::analysisOf(const TrainingSnapshot &snapshot, MemoryLayer which)
{
    if (snapshot.trace.sequences.empty())
        return {};
    try {
        return std::make_shared<const MemoryAnalysis>(weightsShown(snapshot), *snapshot.setup->task,
                                                      clamped(snapshot, which));
    } catch (const std::invalid_argument &) {
        return {}; // each picture makes its own, and says what is wrong
    }
}

MemoryPicture MemoryPicture::of(const TrainingSnapshot &snapshot, int text, std::optional<int> t, MemoryLayer which,
                                const Axes *frozen, const MemoryAnalysis *shared)
{
    MemoryPicture picture;
    const RunSetup &setup = *snapshot.setup;
    const auto &sequences = snapshot.trace.sequences;
    picture.layers = setup.session.model.numLayers;
    picture.hasCellState = setup.session.model.cell == CellKind::Lstm;
    if (sequences.empty())
        return picture;
    picture.text = std::clamp(text, 0, int(sequences.size()) - 1);
    const SequenceTrace<float> &sequence = sequences[std::size_t(picture.text)];
    if (sequence.inputs.empty()) {
        picture.problem = QCoreApplication::translate(
            "rnnlab::MemoryView",
            "The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.");
        return picture;
    }
    which = clamped(snapshot, which);
    try {
        picture.whatIfNoMemory = snapshot.whatIfNoMemory;
        std::optional<MemoryAnalysis> own;
        const MemoryAnalysis &analysis = shared ? *shared : own.emplace(weightsShown(snapshot), *setup.task, which);
        picture.layer = analysis.layer();
        picture.cellState = analysis.cellState();
        const int n = sequence.length();
        for (int s = 0; s < n; ++s)
            picture.characters << visibleCharacter(setup.vocabulary.character(sequence.inputs[std::size_t(s)]));
        if (t) {
            picture.t = std::clamp(*t, 0, n - 1);
        } else {
            picture.t = n - 1;
            while (picture.t > 0 && !analysis.hasTarget(picture.text, picture.t))
                --picture.t;
        }
        if (analysis.hasTarget(picture.text, picture.t)) {
            picture.influence = analysis.influence(picture.text, picture.t);
            picture.target = outputLabel(*setup.task, sequence.targets[std::size_t(picture.t)]);
        }
        int first = 0;
        for (int i = 0; i < picture.text; ++i)
            first += sequences[std::size_t(i)].length();
        const Matrix<double> stacked = analysis.stackedStates();
        const bool fits = frozen && frozen->generation == snapshot.generation && frozen->layer == picture.layer
            && frozen->cellState == picture.cellState && frozen->pca.mean().size() == stacked.cols();
        Axes &axes = picture.axes;
        if (fits) {
            // The class watches the path move in one frame: the old axes, the new states.
            axes = *frozen;
            axes.frozen = true;
            picture.points = axes.pca.project(stacked).middleRows(first, n);
        } else {
            axes.pca = StatePca::of(stacked);
            axes.step = snapshot.stepsTaken;
            axes.generation = snapshot.generation;
            axes.layer = picture.layer;
            axes.cellState = picture.cellState;
            axes.whatIfNoMemory = snapshot.whatIfNoMemory;
            picture.points = axes.pca.points().middleRows(first, n);
        }
        picture.explainedVarianceRatio = axes.pca.explainedVarianceRatio();
        const Eigen::Vector2d low = picture.points.colwise().minCoeff().transpose();
        const Eigen::Vector2d high = picture.points.colwise().maxCoeff().transpose();
        axes.low = fits ? axes.low.cwiseMin(low) : low;
        axes.high = fits ? axes.high.cwiseMax(high) : high;
        picture.states = analysis.states()[std::size_t(picture.text)];
    } catch (const std::invalid_argument &error) {
        picture.problem = QString::fromStdString(error.what());
    }
    return picture;
}

double MemoryPicture::largestInfluence() const
{
    return influence.empty() ? 0.0 : *std::max_element(influence.begin(), influence.end());
}

} // namespace rnnlab
