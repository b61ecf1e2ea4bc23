// SPDX-License-Identifier: MIT
// The arithmetic of task "translate"'s encoder–decoder (issue 16) on a Trace, shared by the two
// that train it: Translator (the CLI's, translator.h) and Trainer (the window's worker trains every
// task through it). What it is: the trace's shape for the pairs (prepare), the forward pass with
// teacher forcing, BPTT from the decoder's losses back across the context into the encoder, and the
// greedy translation. Exactly PyTorch 1.13's (tests/engine/tst_translate.cpp). Not the training
// loop, the optimizer or the data (tasks/translatetask.h). No Qt, no threads, no I/O.
//
// The trace: one SequenceTrace per pair whose layers are the encoder's L (over the n source
// characters) then the decoder's L (over the m + 1 decoder steps), as ParameterLayout's
// firstLayer says; inputs/targets/logits/predictions are the decoder's.
//
// Symbols: L = layers per stack, H = hidden size, T = target tokens, n = source length, m = target length.
#pragma once

#include "engine/loss.h"
#include "engine/parameterset.h"
#include "engine/tasks/translatetask.h"
#include "engine/trace.h"

#include <string>
#include <vector>

namespace rnnlab {

//! One source's greedy translation step by step: what the decoder computed when fed its own
//! previous argmax instead of the target (the graph's Translate view). s = the steps taken: up to
//! and including the first <eos>, at most task.maxTranslationLength().
struct GreedyPass
{
    std::vector<int> inputs; // (s) the decoder's input at step i: <sos>, then tokens[i − 1]
    std::vector<int> tokens; // (s) the argmax of step i: EncoderDecoder::translate()'s tokens
    std::vector<Matrix<float>> hidden; // L × (H × s): the decoder's h_i of every layer
    Matrix<float> logits; // (T × s) fc(h_i of the top layer)
    Matrix<float> probabilities; // (T × s) softmax of each column of logits

    int steps() const { return int(tokens.size()); }
};

struct EncoderDecoder
{
    //! Sizes \a trace (allocated for \a layout and the task's dataset) for \a sources ((pairs)(n):
    //! each pair's source as one-hot indices): the encoder's layers to n columns, the decoder's
    //! initial states and the encoder's final-state gradients, zero.
    static void prepare(Trace<float> &trace, const ParameterLayout &layout,
                        const std::vector<std::vector<int>> &sources);
    //! The forward pass of \a parameters (teacher forcing) into \a trace, and its loss.
    static void forward(const ParameterSet<float> &parameters, const Loss &loss,
                        const std::vector<std::vector<int>> &sources, Trace<float> &trace);
    //! BPTT after forward(): the decoder's losses back through the decoder, across the context and
    //! through the encoder, into trace.gradients.
    static void backward(const ParameterSet<float> &parameters, const Loss &loss,
                         const std::vector<std::vector<int>> &sources, Trace<float> &trace);
    //! The greedy translation of \a source (one-hot indices into the source vocabulary) by
    //! \a parameters: the argmax fed back from <sos> until <eos> (included), at most
    //! task.maxTranslationLength() tokens.
    static std::vector<int> translate(const ParameterSet<float> &parameters, const TranslateTask &task,
                                      const std::vector<int> &source);
    //! translate()'s pass with every step's numbers kept: the decoder's states, logits and
    //! probabilities, and its inputs (its own previous outputs). Its tokens are translate()'s.
    static GreedyPass greedyPass(const ParameterSet<float> &parameters, const TranslateTask &task,
                                 const std::vector<int> &source);
    //! \a tokens as text: the characters before <eos>; one that never reached <eos> ends in "…".
    static std::u32string text(const TranslateTask &task, const std::vector<int> &tokens);
};

} // namespace rnnlab
