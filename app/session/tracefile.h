// SPDX-License-Identifier: MIT
// What `rnnlab-cli train --trace` writes: the same names and nesting as the PyTorch goldens in
// tests/data/parity/*.golden.json, so that a trace and a golden compare field by field.
//   vocabulary, initial_weights, initial_gradients, initial_hidden_states [text][layer][t][H],
//   initial_logits [text][t][V], steps [{step, loss, predictions[, grad_norm]}], final_weights
// A forecast session's (issue 15: real-valued outputs) has no vocabulary, "initial_outputs"
// [series][t][D] for the logits, and each step's predictions are the outputs themselves,
// [series][t][D] numbers, with "mean_absolute_error" beside them.
#pragma once

#include "engine/session.h"
#include "engine/trace.h"

#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

class Trainer;

struct TraceStep
{
    std::int64_t step = 0;
    float loss = 0.0f;
    std::vector<std::u32string> predictions;
    std::optional<float> gradNorm;
    //! Real-valued outputs (a forecast): y_t of every sequence (D × n), and their metric.
    std::vector<Matrix<float>> outputs;
    double meanAbsoluteError = 0.0;
};

class TraceFile
{
public:
    //! Takes the initial weights (call before the first step).
    void captureInitialWeights(const Trainer &trainer);
    //! Takes the first forward/backward pass (call right after the first step, or after
    //! Trainer::evaluate() when no step is taken).
    void captureFirstPass(const Trainer &trainer);
    void addStep(TraceStep step) { m_steps.push_back(std::move(step)); }
    //! The step \a outcome of \a trainer (its trace is that step's forward pass): its predictions as
    //! the task prints them, or a real-valued task's outputs.
    void addStep(const Trainer &trainer, std::int64_t step, float loss, const std::optional<float> &gradNorm);
    void captureFinalWeights(const Trainer &trainer);

    std::string toJson() const;

private:
    bool m_values = false; // real-valued outputs (OutputKind::Value)
    std::u32string m_vocabulary;
    std::vector<NamedTensor> m_initialWeights;
    std::optional<std::vector<NamedTensor>> m_initialGradients;
    std::optional<Trace<float>> m_firstPass;
    std::vector<TraceStep> m_steps;
    std::vector<NamedTensor> m_finalWeights;
};

} // namespace rnnlab
