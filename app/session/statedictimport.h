// SPDX-License-Identifier: MIT
// A PyTorch user's own model, saved with `torch.save(model.state_dict(), "model.pt")`, as a session
// rnnlab can show and train: the .pt file is read without PyTorch (TorchStateDictReader), then the
// model is inferred from the tensors' names and shapes —
//   - one recurrent module under any name ("rnn.", "lstm.", "encoder." or none, as a bare
//     nn.GRU's state_dict has): weight_ih_l{k} (G·H, I), weight_hh_l{k} (G·H, H), bias_ih_l{k},
//     bias_hh_l{k} (G·H), k = 0 … L−1, where G = 1 (nn.RNN), 3 (nn.GRU) or 4 (nn.LSTM);
//   - at most one nn.Linear under any name (weight (V, H), bias (V)): the output layer;
//   - I, the one-hot inputs, = the vocabulary's size.
// What a state_dict does not record comes from the caller (rnnlab-cli's options, or the window):
// the training texts (required), the vocabulary's one-hot order (assumed to be the texts' order of
// first appearance when not given, with a note), and for G = 1 whether the RNN is tanh or ReLU
// (required: the weights cannot tell). What rnnlab's model cannot be — bidirectional, an
// embedding, projections (proj_size), no biases, a second Linear, other layers — is refused by
// name; what leaves no weights (dropout) is warned about in the notes. No optimizer state is in a
// state_dict: training goes on with a fresh Adam (lr 0.1), which a note says.
// Not the JSON state save_state_dict_json writes: that is PytorchImport.
#pragma once

#include "app/session/pytorchimport.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

struct TorchStateDict;

struct StateDictImportOptions
{
    //! The training texts (a state_dict has none): required.
    std::vector<std::u32string> texts;
    //! The one-hot order: the characters in the order of weight_ih_l0's columns.
    std::optional<std::u32string> vocabulary;
    //! The cell, needed for nn.RNN (tanh or ReLU); for LSTM and GRU it must agree with the shapes.
    std::optional<CellKind> cell;
};

class StateDictImport
{
public:
    //! The session of the state_dict in \a bytes (a .pt file's contents).
    static PytorchImportResult parse(const QByteArray &bytes, const StateDictImportOptions &options);
    //! Reads \a path and parses it.
    static PytorchImportResult read(const QString &path, const StateDictImportOptions &options);
    //! Whether the file at \a path starts like what torch.save writes (a zip archive), rather than
    //! like the JSON PytorchImport reads.
    static bool isTorchSaveFile(const QString &path);
    //! The session of a state_dict already read.
    static PytorchImportResult fromStateDict(const TorchStateDict &stateDict, const StateDictImportOptions &options);
};

} // namespace rnnlab
