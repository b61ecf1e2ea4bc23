// SPDX-License-Identifier: MIT
// Session files ("format": "rnnlab-session", "version": 1) to and from the engine's Session:
// parsing with a message per problem that names the field, and atomic saving (a temporary file
// in the same folder, then a rename), so a crash never leaves a half-written session.
// QtCore only: shared by rnnlab-cli and the GUI.
#pragma once

#include "session.h"

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
};

class SessionFile
{
public:
    static constexpr int currentVersion = 1;

    //! Parses and validates a session document. \a text is the file's bytes (UTF-8 JSON).
    static SessionParseResult parse(const QByteArray &text);
    //! Reads \a path and parses it; a file that cannot be read is a problem naming the file.
    static SessionParseResult read(const QString &path);

    //! The JSON of \a session (its weights included when it has them).
    static std::string toJson(const Session &session);
    //! Writes \a session to \a path atomically. Returns an error message, or empty on success.
    static QString write(const QString &path, const Session &session);
};

class JsonWriter;
//! \a tensor as JSON: a list of numbers (a bias) or a list of rows (a matrix), as PyTorch's tolist().
void writeTensor(JsonWriter &w, const NamedTensor &tensor);

//! Writes \a bytes to \a path atomically (QSaveFile). Returns an error message naming the file
//! and what to do, or empty on success; on failure the previous file is untouched.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace rnnlab
