// SPDX-License-Identifier: MIT
// What "units over text" draws for one snapshot, one text and one layer (issue 17, point 2): the
// text's characters, the analysed states of every text (one unit's row colours the text; every
// text's rows rank the units for a span) and, per step, the network's top-3 next outputs with
// their probabilities — the engine's softmax of that step, sorted, nothing re-derived. A pure
// value computed from the snapshot by the engine (MemoryAnalysis, UnitRanking); not the drawing
// (MemoryUnits) and not when it is computed (MemoryView).
//
// Symbols: n = time steps of the text shown, H = hidden size, O = outputs (characters or classes).
#pragma once

#include "engine/eigentypes.h"
#include "engine/memoryanalysis.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rnnlab {

struct TrainingSnapshot;

struct UnitsPicture
{
    //! One of a step's likeliest outputs.
    struct Guess
    {
        int index = 0; // the output's index (one-hot order)
        QString label; // the character made visible (visibleCharacter()) or the class's name
        float probability = 0.0f; // the engine's softmax of the step: trace().probabilities(index, t)
    };

    static constexpr int guesses = 3;

    //! Why nothing can be drawn; empty when it can.
    QString problem;
    int text = 0; // the text shown (0-based)
    int layer = 0; // the layer analysed (0-based)
    int layers = 1;
    bool cellState = false; // c (an LSTM's) rather than h
    bool whatIfNoMemory = false; // the states are of the weights with every W_hh set to 0
    //! The input characters x_0 … x_{n−1}, made visible.
    QStringList characters;
    //! The analysed states of every text ([text] H × n); states[text] is the text shown.
    std::vector<Matrix<float>> states;
    //! Per step t of the text shown, its top-3 outputs, likeliest first (ties: the lower index
    //! first); empty where the step has no output to show (a classifier's steps before its last,
    //! a head without a softmax).
    std::vector<std::vector<Guess>> top;
    //! Every step has an output (the next character); false for a classifier (its last step only).
    bool everyStepOutputs = true;

    //! The picture of \a snapshot's text \a text (clamped to the texts), of \a which layer's states.
    //! The states are of the weights the graph computes with (MemoryPicture::weightsShown(): under
    //! What if W_hh = 0? every W_hh is 0). With \a analysis (MemoryPicture::analysisOf() of the same
    //! snapshot and \a which), its forward pass is read rather than run again.
    static UnitsPicture of(const TrainingSnapshot &snapshot, int text, MemoryLayer which,
                           const MemoryAnalysis *analysis = nullptr);
    //! The unit whose value varies most over the text shown (the largest variance over its steps;
    //! the lowest index on a tie): the one worth colouring the text by first. 0 without states.
    int mostVariedUnit() const;

    int hiddenSize() const { return states.empty() ? 0 : int(states.front().rows()); }
    int steps() const { return int(characters.size()); }
    //! Unit \a unit's value at step \a t of the text shown.
    float value(int unit, int t) const { return states[std::size_t(text)](unit, t); }
    //! "h3" (1-based, as the graph names the units) or "c3" for an LSTM's cell state.
    QString unitName(int unit) const;
    //! Why the span [begin, end) of the text shown cannot be ranked (a sentence), or empty.
    QString spanProblem(int begin, int end) const;
    //! The units ranked for the span [begin, end) of the text shown (UnitRanking over every text's
    //! states); empty when spanProblem() is not.
    std::vector<UnitScore> ranking(int begin, int end) const;
    //! The top \a count indices of \a probabilities (O), likeliest first, ties in index order.
    static std::vector<int> topIndices(const Vector<float> &probabilities, int count);
};

} // namespace rnnlab
