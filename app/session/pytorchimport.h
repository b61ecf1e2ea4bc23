// SPDX-License-Identifier: MIT
// Reads the JSON that save_state_dict_json() writes (the helper in every script PytorchScript
// generates) — a model trained in PyTorch — into a session rnnlab can show and go on training:
//   {"format": "rnnlab-pytorch-state", "version": 1, "cell": "lstm", "batch_first": true,
//    "vocabulary": "helo", "texts": ["hello"], "state_dict": {"rnn.weight_ih_l0": [[…]], …},
//    "clip_grad_norm": null,
//    "optimizer": {"type": "adam", "lr": 0.1, "momentum": 0.0, "settings": {…}, "steps_taken": 25,
//                  "state": {"0": {"step": 25.0, "exp_avg": […], "exp_avg_sq": […]}, …}}}
// The model's shape (hidden size, layers, output layer) comes from the state_dict's names and
// shapes, checked against the cell and the vocabulary, each problem named. A translation's file
// ("task": "translate", issue 16) has "pairs", "source_vocabulary", "target_vocabulary" instead of
// texts and vocabulary, and a state_dict of encoder.*, decoder.* and fc.*. Not a general
// PyTorch loader: one RNN/LSTM/GRU and at most one Linear, Adam or SGD with torch's defaults.
// QtCore only: shared by rnnlab-cli and the GUI.
#pragma once

#include "engine/session.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

class QByteArray;

namespace rnnlab {

struct PytorchImportResult
{
    std::optional<Session> session;
    std::vector<Problem> problems; // non-empty exactly when session is empty
    //! Notes on what was assumed (no texts given, no optimizer saved), for the user to read.
    std::vector<std::string> notes;
    //! The file named no texts: session's texts are the caller's (or the problems say so).
    bool textsMissing = false;
};

class PytorchImport
{
public:
    //! Parses \a bytes. \a texts, when given, replace the file's training texts (the file may
    //! have none: then \a texts are needed, and a problem says so). A .pt file (what torch.save
    //! writes) goes to StateDictImport with \a texts.
    static PytorchImportResult parse(const QByteArray &bytes, const std::vector<std::u32string> &texts = {});
    //! Reads \a path and parses it.
    static PytorchImportResult read(const QString &path, const std::vector<std::u32string> &texts = {});
};

} // namespace rnnlab
