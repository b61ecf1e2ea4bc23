// SPDX-License-Identifier: MIT
// Session files ("format": "rnnlab-session") to and from the engine's Session: reading a path
// (a regular file of at most InputFile::maxBytes) and parsing it with a message per problem that names the field (SessionReader),
// and saving atomically (SessionWriter's JSON through AtomicFile: a temporary file in the same
// folder, then a rename), so a crash never leaves a half-written session.
// Version 1 holds the session (settings, weights, optimizer state); version 2 (.rnnlab files)
// adds the loss history and the view state. A file is written in the oldest version that holds
// what it has, and every version up to currentVersion is read; a newer one is refused.
// QtCore only: shared by rnnlab-cli and the GUI.
#pragma once

#include "app/session/sessionreader.h"
#include "app/session/viewstate.h"
#include "engine/session.h"

#include <QString>

#include <string>

class QByteArray;

namespace rnnlab {

class SessionFile
{
public:
    static constexpr int currentVersion = 2;

    //! Parses and validates a session document (SessionReader::parse). \a text is the file's bytes
    //! (UTF-8 JSON).
    static SessionParseResult parse(const QByteArray &text);
    //! Reads \a path and parses it; a file that cannot be read is a problem naming the file.
    static SessionParseResult read(const QString &path);

    //! The JSON of \a session (SessionWriter::toJson): its weights included when it has them, with
    //! \a history and \a view when given (version 2; version 1 without them).
    static std::string toJson(const Session &session, const SavedHistory &history = {},
                              const ViewState *view = nullptr);
    //! Writes toJson() to \a path atomically. Returns an error message, or empty on success.
    static QString write(const QString &path, const Session &session, const SavedHistory &history = {},
                         const ViewState *view = nullptr);
};

} // namespace rnnlab
