// SPDX-License-Identifier: MIT
// A session as the engine sees it: the model, the data, the training settings and optionally
// the weights to start from (PyTorch state_dict names). Reading and writing session files is not
// here (no I/O in the engine): see app/session/sessionfile.h. validate() is the one place that
// decides what is allowed, with a message per problem that names the field; the data fields are
// checked by the session's task (task.h).
#pragma once

#include "engine/optimizer.h"
#include "engine/parameterset.h"
#include "engine/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

//! One tensor as a session file states it: name, shape ({rows, cols} or {size}) and row-major
//! values (doubles as read; the engine rounds them to float32).
struct NamedTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<double> values;
};

//! Where a run stands: how many steps were taken and torch.optim's state after them, under its
//! state_dict names — per parameter (in parameters() order): Adam's "step", "exp_avg" and
//! "exp_avg_sq"; SGD's "momentum_buffer" (none before the first step, and none without momentum).
//! With the weights, it lets training resume exactly where it stopped.
struct SavedOptimizerState
{
    std::int64_t stepsTaken = 0;
    struct Entry
    {
        std::optional<double> step; // Adam
        std::optional<NamedTensor> expAvg; // Adam
        std::optional<NamedTensor> expAvgSq; // Adam
        std::optional<NamedTensor> momentumBuffer; // SGD with momentum, after its first step
    };
    std::vector<Entry> entries; // one per parameter, in parameters() order (empty: none yet)
};

//! The training history a session file keeps — what the loss plot, the timeline and the
//! predictions log of a reopened session show. Oldest first; a long run keeps every k-th step (see
//! the worker's HistoryRecorder), so steps need not be consecutive. Not part of Session: it does not
//! decide where training goes, and a changed model or a reset starts without it.
struct SavedHistory
{
    struct Entry
    {
        std::int64_t step = 0; // 1-based
        float loss = 0.0f; // of that step's forward pass, before its update
        float accuracy = 0.0f; // share of targets predicted right, 0…1
    };
    //! The predicted string of every text from entry `from` (an index into entries) on, until the
    //! next change. Entries before the first change have none (a very long history keeps only the
    //! newest changes).
    struct Predictions
    {
        std::size_t from = 0;
        std::vector<std::u32string> texts;
    };
    std::vector<Entry> entries;
    std::vector<Predictions> predictions;

    bool empty() const { return entries.empty(); }
};

struct Session
{
    ModelConfig model;
    DataConfig data;
    TrainingConfig training;
    std::optional<std::vector<NamedTensor>> weights;
    //! Needs weights: a run is resumed from both.
    std::optional<SavedOptimizerState> optimizerState;
};

//! What rnnlab accepts, and why not more. Each limit's reason is in the refusal message.
namespace limits {
inline constexpr int maxHiddenSize = 1024;
inline constexpr int maxLayers = 8;
inline constexpr int maxVocabularySize = 4096;
inline constexpr std::int64_t maxTotalCharacters = 1'000'000;
//! A forecast's points in all (training and test series), and features per point.
inline constexpr std::int64_t maxTotalPoints = 1'000'000;
inline constexpr int maxFeatures = 256;
inline constexpr std::int64_t maxSteps = 1'000'000'000;
//! Buffers one training run needs (weights, gradients, optimizer state, the trace), in bytes.
inline constexpr std::int64_t maxTrainingBytes = std::int64_t(1) << 30;
} // namespace limits

//! Every problem with \a session, or none. A session without problems can be trained.
std::vector<Problem> validate(const Session &session);

//! Every problem with \a history as the history of the valid \a session, or none: steps increasing,
//! from 1 up to the steps the session has taken; finite losses, accuracies in 0…1; one prediction per
//! text, each one character shorter than its text and in the vocabulary.
std::vector<Problem> validateHistory(const SavedHistory &history, const Session &session);

//! Bytes of the buffers a training run of \a model needs (see limits::maxTrainingBytes) over
//! \a timeSteps time steps in all (Task::timeSteps()), \a width the larger of the input width and
//! the output size.
std::int64_t estimateTrainingBytes(const ModelConfig &model, int width, std::int64_t timeSteps);
//! The same for a character task's \a texts, before they are validated (the fuzzer's question):
//! a next-character text of n characters is n − 1 time steps, a text to classify n.
std::int64_t estimateTrainingBytes(const ModelConfig &model, int width, const std::vector<std::u32string> &texts,
                                   TaskKind task = TaskKind::NextCharacter);

//! The starting weights of a valid \a session: its "weights", or torch's initialization from the seed.
ParameterSet<float> initialParameters(const Session &session, const std::shared_ptr<const ParameterLayout> &layout);

//! Weights as named tensors (for writing a session or a trace).
std::vector<NamedTensor> toNamedTensors(const ParameterSet<float> &parameters);

//! An optimizer's state after \a stepsTaken steps, as a session saves it.
SavedOptimizerState saveOptimizerState(const OptimizerState &state, std::int64_t stepsTaken);
//! The optimizer state a valid \a session saved, for a layout; fresh (empty) when it saved none.
OptimizerState restoreOptimizerState(const Session &session, const std::shared_ptr<const ParameterLayout> &layout);

//! The lecture's example: "hello", rnn_tanh with H = V = 4, no output layer, Adam lr 0.1, seed 0,
//! 10 steps (torch.manual_seed(0); nn.RNN(4, 4, batch_first=True)).
Session lectureExample();

} // namespace rnnlab
