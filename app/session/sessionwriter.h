// SPDX-License-Identifier: MIT
// The engine's Session (and a run's history and view) as a session document: keys in reading
// order (format, version, task, model, data, training, weights, optimizer_state, history, view),
// every float written so that it reads back as the same float32. A document is written in the
// oldest version that holds what it has (SessionFile::currentVersion with a history or a view).
// Not the reading (SessionReader) nor the file (SessionFile). QtCore only.
#pragma once

#include "app/session/viewstate.h"
#include "engine/session.h"

#include <string>

namespace rnnlab {

class SessionWriter
{
public:
    //! The JSON of \a session (its weights included when it has them), with \a history and
    //! \a view when given (version 2; version 1 without them).
    static std::string toJson(const Session &session, const SavedHistory &history = {},
                              const ViewState *view = nullptr);
};

} // namespace rnnlab
