// SPDX-License-Identifier: MIT
// The encoder–decoder of task "translate" (issue 16; tasks/translatetask.h has the model and the
// data), trained exactly as PyTorch 1.13 trains it:
//   for each pair: _, state = encoder(onehot(source));  out, _ = decoder(onehot(<sos> + target), state)
//                  logits = fc(out)
//   loss = CrossEntropyLoss()(cat(logits), cat(target + <eos>)); loss.backward()
//   [clip_grad_norm_]; optimizer.step(); optimizer.zero_grad()
// with the cells, stacks, output layer, loss, optimizers and clipping of the other tasks. What
// differs from Network/Trainer: two input streams, and the decoder starts from the encoder's
// final state of every layer (h, and c for an LSTM: LayerTrace::initialHidden), so that BPTT goes
// from the decoder's losses back into the encoder (LayerTrace::dFinalHidden).
// Not thread-aware; no I/O.
//
// The trace: one SequenceTrace per pair whose layers are the encoder's L (over the n source
// characters) then the decoder's L (over the m + 1 decoder steps), as ParameterLayout's
// firstLayer says; inputs/targets/logits/predictions are the decoder's.
//
// Symbols: L = layers per stack, H = hidden size, T = target tokens, n = source length, m = target length.
#pragma once

#include "engine/optimizer.h"
#include "engine/session.h"
#include "engine/tasks/translatetask.h"
#include "engine/trace.h"
#include "engine/trainer.h"

#include <memory>
#include <vector>

namespace rnnlab {

class Translator
{
public:
    //! \a session must be a valid translate session; throws std::invalid_argument otherwise.
    explicit Translator(const Session &session);
    ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    const TranslateTask &task() const { return *m_task; }
    const std::shared_ptr<const ParameterLayout> &layout() const { return m_layout; }
    const ParameterSet<float> &parameters() const { return m_parameters; }
    //! The last forward pass (and backward pass, when trace().hasGradients).
    const Trace<float> &trace() const { return m_trace; }
    std::int64_t stepsTaken() const { return m_stepsTaken; }

    //! A forward pass (teacher forcing) on the current weights, with BPTT when \a gradients.
    void evaluate(bool gradients = false);
    //! One training step, refused (weights and optimizer kept) when anything turns non-finite.
    StepOutcome step();

    //! The greedy translation of every pair's source with the current weights: the argmax fed back
    //! from <sos> until <eos> (included), at most task().maxTranslationLength() tokens.
    std::vector<std::vector<int>> translations() const;
    //! The greedy translation of \a source (one-hot indices into the source vocabulary).
    std::vector<int> translate(const std::vector<int> &source) const;

    //! The session with the current weights and optimizer state.
    Session currentSession() const;

private:
    void forward(const ParameterSet<float> &parameters);
    void backward(const ParameterSet<float> &parameters);
    StepOutcome refuse(StepOutcome outcome, const std::string &what) const;

    Session m_session;
    std::shared_ptr<const TranslateTask> m_task;
    std::vector<std::vector<int>> m_sources; // (pairs)(n) one-hot indices of each source
    std::shared_ptr<const ParameterLayout> m_layout;
    ParameterSet<float> m_parameters;
    std::unique_ptr<Optimizer> m_optimizer;
    Trace<float> m_trace;
    std::int64_t m_stepsTaken = 0;
    ParameterSet<float> m_clippedGradients;
    ParameterSet<float> m_backupParameters;
    OptimizerState m_backupState;
};

} // namespace rnnlab
