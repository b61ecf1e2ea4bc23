// SPDX-License-Identifier: MIT
// The "history" of a session file — every recorded step's loss and accuracy, and the predicted
// strings where they changed — to and from JSON:
//   "history": {"steps": [1, 2, …], "loss": [1.1658157, …], "accuracy": [0.25, …],
//               "predictions": [{"from_step": 1, "texts": ["elll"]}, {"from_step": 4, …}]}
// Parallel arrays keep a long history compact and readable; a prediction holds until the next
// change. Checks the shape of the JSON here; whether it fits the session is validateHistory()'s.
// Not the worker's in-memory history (HistoryRecorder). QtCore only.
#pragma once

#include "engine/session.h"

#include <vector>

class QJsonValue;

namespace rnnlab {

class JsonWriter;

class HistoryJson
{
public:
    //! Reads a "history" object; problems name the field ("history.loss[3]").
    static SavedHistory read(const QJsonValue &value, std::vector<Problem> &problems);
    static void write(JsonWriter &writer, const SavedHistory &history);
};

} // namespace rnnlab
