// SPDX-License-Identifier: MIT
// "The PyTorch code behind the picture": a Python script that builds and trains exactly the
// current model in PyTorch 1.13, in the lecture's style — one-hot inputs, torch.nn.RNN / LSTM /
// GRU with batch_first=True, torch.nn.Linear for the output layer, CrossEntropyLoss over all the
// texts' steps, Adam or SGD, clip_grad_norm_ — with the session's weights and optimizer state
// loaded, so that `python3 train.py --steps N` continues training from where rnnlab is and prints
// the lines `rnnlab-cli train` prints for the same steps. It also carries save_state_dict_json(),
// the helper whose files `rnnlab-cli import-pytorch` reads (PytorchImport). A time-series session's
// script (issue 15) feeds its series as real values, with Linear(H, D) and MSELoss, and prints the
// mean absolute error where a text's script prints predicted strings (no import helper yet). A
// translation's (issue 16, translatescript.cpp) builds one module of three attributes, encoder,
// decoder and fc, and prints each pair's greedy translation.
// Generates text only; it does not run Python (tests/pytorch-roundtrip.py does). QtCore only.
#pragma once

#include "engine/session.h"

#include <map>
#include <string>
#include <string_view>

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
    //! A translation's script (task "translate", translatescript.cpp): encoder, decoder, fc.
    static std::string generateTranslate(const Session &session, const std::string &name);

public:
    // What the scripts share (pytorchscript.cpp, translatescript.cpp).
    //! The shortest form that reads back as the same double (Python's repr), always a float.
    static std::string pythonFloat(double value);
    //! \a text with every @KEY@ of \a values replaced, in one pass.
    static std::string fill(std::string_view text, const std::map<std::string, std::string> &values);
    //! The RNNLAB_STATE block: steps taken, weights, optimizer state.
    static std::string stateJson(const Session &session);
    //! The comment line's title: "session "NAME", after N training steps".
    static std::string title(const std::string &name, std::int64_t taken, const std::string &unnamed);
    //! torch.optim.Adam(...) or torch.optim.SGD(...) over model.parameters().
    static std::string optimizerCall(const TrainingConfig &training);
    //! The Python of load_rnnlab_state(), and of save_state_dict_json()'s end (the optimizer's
    //! state and the file), the same in every task's script that has them.
    static const char *loadStatePythonText();
    static const char *saveOptimizerPythonText();
};

} // namespace rnnlab
