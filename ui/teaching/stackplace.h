// SPDX-License-Identifier: MIT
// Where a cursor of the walk by hand is among the trace's layers, and what its stack reads: one
// stack for most tasks; an encoder–decoder (task "translate", issue 16) has two, the encoder's L
// layers over the n source characters, then the decoder's L over <sos> + target (m + 1 steps), in
// one list (SequenceTrace::layers). The equations (EquationModel, GatedEquations) ask it which
// weights, which inputs and which symbols a layer has, instead of branching on the task. Pure:
// copies indices and names, computes no numbers.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/teaching/timestepwalker.h"

#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS
#include <QString>

#include <vector>

namespace rnnlab {

class StackPlace
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::StackPlace)

public:
    //! Where \a cursor is in \a sequence (text \a textIndex) of \a snapshot.
    StackPlace(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor);

    bool encoderDecoder = false;
    int stack = 0; // 0: the only stack, or the encoder; 1: the decoder (ParameterLayout::stack)
    int layer = 0; // within the stack, 0 … L−1
    int traceLayer = 0; // index into SequenceTrace::layers
    int layers = 1; // L, per stack
    int steps = 1; // the stack's time steps: the encoder's n, else the sequence's length
    //! Written after every symbol of the stack ("h_2^{enc}"): "^{enc}", "^{dec}", or empty.
    QString tag;
    //! The one-hot index the stack's bottom layer reads at each step (the source's characters for
    //! an encoder, <sos> + target for a decoder, the text's otherwise); empty for real-valued input.
    std::vector<int> inputs;
    int inputCount = 0; // the one-hot vector's length (Vs, T, the vocabulary)

    bool encoder() const { return encoderDecoder && stack == 0; }
    bool decoder() const { return encoderDecoder && stack == 1; }
    //! Whether the layer is the one whose h_t feeds the outputs (an encoder has none).
    bool feedsOutput() const { return !encoder() && layer == layers - 1; }
    //! The one-hot row \a index as the lecture quotes it: ‘h’, ‘<sos>’.
    QString inputName(int index) const;
    //! "Encoder · ", "Decoder · " or "" before a caption.
    QString captionPrefix() const;

private:
    const TrainingSnapshot *m_snapshot = nullptr;
};

} // namespace rnnlab
