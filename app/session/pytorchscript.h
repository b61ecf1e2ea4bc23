// SPDX-License-Identifier: MIT
// "The PyTorch code behind the picture": a Python script that builds and trains exactly the
// current model in PyTorch 1.13, in the lecture's style — one-hot inputs, torch.nn.RNN / LSTM /
// GRU with batch_first=True, torch.nn.Linear for the output layer, CrossEntropyLoss over all the
// texts' steps, Adam or SGD, clip_grad_norm_ — with the session's weights and optimizer state
// loaded, so that `python3 train.py --steps N` continues training from where rnnlab is and prints
// the lines `rnnlab-cli train` prints for the same steps. It also carries save_state_dict_json(),
// the helper whose files `rnnlab-cli import-pytorch` reads (PytorchImport). A time-series session's
// script (issue 15) feeds its series as real values, with Linear(H, D) and MSELoss, and prints the
// mean absolute error where a text's script prints predicted strings (no import helper yet).
// Generates text only; it does not run Python (tests/pytorch-roundtrip.py does). QtCore only.
#pragma once

#include "engine/session.h"

#include <string>

namespace rnnlab {

class PytorchScript
{
public:
    //! The script for \a session, which must be valid and have weights (Trainer::currentSession()
    //! gives both); its optimizer state is loaded when it has one. \a name: what the comment at the
    //! top calls it (the session's file name).
    static std::string generate(const Session &session, const std::string &name = {});

private:
    //! A time series' script (task "forecast"): the series as numbers, Linear(H, D), MSELoss.
    static std::string generateForecast(const Session &session, const std::string &name);
};

} // namespace rnnlab
