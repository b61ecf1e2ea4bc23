// SPDX-License-Identifier: MIT
// Reading a file a user named — a session, a PyTorch state (.json or .pt), a trace — so that no path
// can hurt: a named pipe (FIFO) would block open() forever and /dev/zero or /dev/urandom would be read
// until memory runs out, so only a regular file (or a symbolic link to one) is opened, and never more
// than maxBytes of it is read. The rule (grep for it): THE ONE PLACE AN INPUT FILE IS OPENED — every
// file rnnlab reads goes through InputFile::read(); its twin for output is AtomicFile::write().
// Not a parser: the caller gets the bytes. QtCore and POSIX only.
#pragma once

#include "engine/session.h"

#include <QtGlobal>

class QByteArray;
class QString;

namespace rnnlab {

class InputFile
{
public:
    //! The most any file rnnlab reads can be, in bytes (2,967,203,014: 2.76 GiB), from the engine's limits: a
    //! session's training buffers hold at most limits::maxTrainingBytes, seven float copies of every
    //! parameter (estimateTrainingBytes), so a valid session has at most 2^30 / 28 ≈ 38.3 million
    //! parameters. Its file holds them and Adam's two moments (3 numbers a parameter), each at most 25
    //! bytes as text ("-1.1754942106924411e-38, ", the shortest round-trip form of a float's double);
    //! plus its texts (limits::maxTotalCharacters, each at most 12 bytes escaped, "\ud83d\ude00"),
    //! twice, and its loss history (HistoryRecorder keeps at most 2^20 steps, under 64 bytes each:
    //! 64 MiB). A PyTorch state is smaller (TorchStateDictReader allows 2^25 elements). So a valid
    //! file is never refused (short of a history whose predictions change at most every step of
    //! megabyte texts), and a larger one is junk: it is refused before a byte of it is read.
    static constexpr qint64 maxParameters = limits::maxTrainingBytes / (7 * 4);
    static constexpr qint64 maxBytes =
        maxParameters * 3 * 25 + limits::maxTotalCharacters * 12 * 2 + (qint64(64) << 20);

    enum class Part {
        Whole, //!< the whole file; a file over the limit is refused
        Head //!< at most the limit's first bytes (to recognise a format); a longer file is fine
    };

    //! THE ONE PLACE AN INPUT FILE IS OPENED. Reads \a path into \a bytes: the whole file, or with
    //! \a part Head its first \a limit bytes. Refuses, without opening it, anything that is not a
    //! regular file (a folder, a FIFO, a device, a socket); refuses a file over \a limit bytes without
    //! reading it. Qt resources (":/…", the app's own lessons and examples) are read as they are.
    //! Returns an error message naming the path and the real cause, or empty on success.
    static QString read(const QString &path, QByteArray *bytes, qint64 limit = maxBytes, Part part = Part::Whole);
};

} // namespace rnnlab
