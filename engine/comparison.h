// SPDX-License-Identifier: MIT
// Compare mode's rules, as plain functions over sessions: which sessions can be trained side by
// side (the same texts, the same optimizer settings, the same starting step — each model keeps
// its own cell, layers, hidden size, output layer, seed and weights), how to tell the models apart
// in a legend, and the two presets the lecture uses. Shared by rnnlab-cli compare and the compare
// window; not the training (Trainer, TrainingWorker) and not the summary (runsummary.h).
#pragma once

#include "engine/session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

namespace limits {
//! Side by side: two models, or three (RNN vs LSTM vs GRU); more do not fit on a screen.
inline constexpr int minComparedModels = 2;
inline constexpr int maxComparedModels = 3;
} // namespace limits

//! The letter compare mode names the \a index-th model by: "A", "B", "C", …
std::string modelLetter(int index);

//! Why \a sessions (each one valid on its own: check validate() first) cannot be compared, or
//! nothing. There must be 2–3 of them, and they must share the texts, the vocabulary, the
//! optimizer, learning rate, momentum (SGD) and clipping, and start from the same step (saved
//! optimizer_state) — so that the only differences are the models'. Each problem names the field,
//! what each session has (by \a names, one per session; the letters A, B, C when empty) and what
//! to do. training.steps is not compared: it is only a default step count (see rnnlab-cli compare).
std::vector<Problem> validateComparison(const std::vector<Session> &sessions,
                                        const std::vector<std::string> &names = {});

//! Everything that keeps \a sessions from being trained side by side, the one check every caller
//! makes (the CLI's compare, the GUI's --compare, the compare window, File > Compare): each
//! session's own problems (validate()), the field prefixed with its model's letter ("B:
//! model.hidden_size"), and, when every session is valid, validateComparison(sessions, names)'s.
std::vector<Problem> validateForComparison(const std::vector<Session> &sessions,
                                           const std::vector<std::string> &names = {});

//! A model's settings in one line: "rnn_tanh, 1 layer, H 4, no output layer, seed 0" (and
//! ", own weights" when the session gives its initial weights).
std::string describeModel(const Session &session);

//! Per session, what sets its model apart from the others — only the settings that differ
//! between them: "1 layer" / "2 layers", or "lstm", or "H 8, seed 3". Empty strings when the
//! models are the same. For legends and the summary table.
std::vector<std::string> distinguishingLabels(const std::vector<Session> &sessions);

struct ComparePreset
{
    std::string id; // on the command line: --preset / --compare-preset ID
    std::string title; // "1 layer vs 2 layers on hello"
    std::string description; // what to look for
    std::vector<Session> sessions;
};

//! The step the cells preset's description reports on, and the README's screenshot shows
//! (`rnnlab --screenshot … --compare-preset cells --train 200`).
inline constexpr std::int64_t cellsPresetShownStep = 200;

//! Every preset, in menu order: "layers" (the lecture's hello example with 1 and with 2 layers)
//! and "cells" (rnn_tanh, lstm and gru on a 40-character text that only a network with memory can
//! predict). Without \a described, the cells preset's description leaves out what its models do:
//! that is measured by training them (tens of ms, once per process), which a menu being built
//! at start-up need not wait for.
std::vector<ComparePreset> comparePresets(bool described = true);
//! The preset called \a id, or nullopt.
std::optional<ComparePreset> comparePreset(const std::string &id);

} // namespace rnnlab
