// SPDX-License-Identifier: MIT
// Writing a file so that a crash, a full disk or a read-only folder never leaves it half-written:
// a temporary file in the same folder, flushed and synced, then renamed over the old one
// (QSaveFile). Used for sessions, traces, PyTorch scripts and exported figures. Not a format: the
// caller brings the bytes. QtCore only.
#pragma once

#include <QString>

class QByteArray;

namespace rnnlab {

class AtomicFile
{
public:
    //! Writes \a bytes to \a path atomically. Returns an error message naming the file and what to
    //! do, or empty on success; on failure the previous file is untouched.
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace rnnlab
