// SPDX-License-Identifier: MIT
// Writing a file so that a crash, a full disk or a read-only folder never leaves it half-written:
// a temporary file in the same folder, flushed and synced, then renamed over the old one
// (QSaveFile). Used for sessions, traces, PyTorch scripts, screenshots and exported figures. The rule
// (grep for it): THE ONE PLACE AN OUTPUT FILE IS WRITTEN — every file rnnlab writes goes through
// AtomicFile::write(); its twin for input is InputFile::read(). A target that exists and is not a
// regular file (a FIFO, a device such as /dev/null, a socket, a folder) is refused: the rename would
// replace it with a regular file. A symbolic link to a regular file is fine (the file it names is
// replaced, the link stays). Not a format: the caller brings the bytes. QtCore only.
#pragma once

#include <QString>

class QByteArray;

namespace rnnlab {

class AtomicFile
{
public:
    //! THE ONE PLACE AN OUTPUT FILE IS WRITTEN. Writes \a bytes to \a path atomically. Returns an
    //! error message naming the file and the real cause, or empty on success; on failure the previous
    //! file is untouched (and none is made).
    static QString write(const QString &path, const QByteArray &bytes);
    //! Whether write() could replace \a path: an error message when it names something that exists
    //! and is not a regular file (or a link to one), or is empty; else empty. For a refusal before
    //! the work whose result would be written (rnnlab-cli train --save checks before training).
    static QString checkTarget(const QString &path);
};

} // namespace rnnlab
