// SPDX-License-Identifier: MIT
#include "ui/memory/memorypicture.h"

#include "app/worker/snapshot.h"
#include "ui/matrices/matrixlabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace rnnlab {

MemoryPicture MemoryPicture::of(const TrainingSnapshot &snapshot, int text, std::optional<int> t, MemoryLayer which)
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
    which.layer = std::clamp(which.layer, -1, picture.layers - 1);
    which.cellState = which.cellState && picture.hasCellState;
    try {
        const MemoryAnalysis analysis(snapshot.weights, *setup.task, which);
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
        const StatePca pca = analysis.pca();
        int first = 0;
        for (int i = 0; i < picture.text; ++i)
            first += sequences[std::size_t(i)].length();
        picture.points = pca.points().middleRows(first, n);
        picture.explainedVarianceRatio = pca.explainedVarianceRatio();
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
