// SPDX-License-Identifier: MIT
// Session files ("format": "rnnlab-session") to and from the engine's Session: parsing with a
// message per problem that names the field, and atomic saving (a temporary file in the same
// folder, then a rename), so a crash never leaves a half-written session.
// Version 1 holds the session (settings, weights, optimizer state); version 2 (.rnnlab files)
// adds the loss history and the view state. A file is written in the oldest version that holds
// what it has, and every version up to currentVersion is read; a newer one is refused.
// QtCore only: shared by rnnlab-cli and the GUI.
#pragma once

#include "app/session/viewstate.h"
#include "engine/session.h"

#include <QString>

#include <optional>
#include <string>
#include <variant>
#include <vector>

class QByteArray;

namespace rnnlab {

struct SessionParseResult
{
    std::optional<Session> session;
    std::vector<Problem> problems; // non-empty exactly when session is empty
    SavedHistory history; // the file's "history" (empty without one)
    std::optional<ViewState> view; // the file's "view"
};

class SessionFile
{
public:
    static constexpr int currentVersion = 2;

    //! Parses and validates a session document. \a text is the file's bytes (UTF-8 JSON).
    static SessionParseResult parse(const QByteArray &text);
    //! Reads \a path and parses it; a file that cannot be read is a problem naming the file.
    static SessionParseResult read(const QString &path);

    //! The JSON of \a session (its weights included when it has them), with \a history and
    //! \a view when given (version 2; version 1 without them).
    static std::string toJson(const Session &session, const SavedHistory &history = {},
                              const ViewState *view = nullptr);
    //! Writes toJson() to \a path atomically. Returns an error message, or empty on success.
    static QString write(const QString &path, const Session &session, const SavedHistory &history = {},
                         const ViewState *view = nullptr);
};

class JsonWriter;
//! \a tensor as JSON: a list of numbers (a bias) or a list of rows (a matrix), as PyTorch's tolist().
void writeTensor(JsonWriter &w, const NamedTensor &tensor);

//! Writes \a bytes to \a path atomically (QSaveFile). Returns an error message naming the file
//! and what to do, or empty on success; on failure the previous file is untouched.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace rnnlab
