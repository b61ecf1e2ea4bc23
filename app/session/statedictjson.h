// SPDX-License-Identifier: MIT
// Pieces of PyTorch's state as JSON, written alike wherever rnnlab writes them (session files,
// traces, the PyTorch script's state block): a tensor as tensor.tolist() gives it, and
// torch.optim's per-parameter state as its state_dict()["state"] holds it. Writing only: session
// files are read by SessionReader, the script's saved states by PytorchImport. QtCore only.
#pragma once

#include "engine/session.h"

#include <vector>

namespace rnnlab {

class JsonWriter;

class StateDictJson
{
public:
    //! \a tensor as a list of numbers (a bias) or a list of rows (a matrix), as PyTorch's tolist().
    static void writeTensor(JsonWriter &w, const NamedTensor &tensor);
    //! \a tensors as an object of writeTensor()s by name, in their order, as a state_dict() holds them.
    static void writeTensors(JsonWriter &w, const std::vector<NamedTensor> &tensors);
    //! torch.optim's state_dict()["state"]: an object with one entry per parameter, keyed "0", "1", …
    //! in parameters() order, each with what the optimizer keeps ("step", "exp_avg", "exp_avg_sq" for
    //! Adam; "momentum_buffer" for SGD with momentum). No entries: an empty object.
    static void writeOptimizerState(JsonWriter &w, const std::vector<SavedOptimizerState::Entry> &entries);
};

} // namespace rnnlab
