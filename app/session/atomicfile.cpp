// SPDX-License-Identifier: MIT
#include "app/session/atomicfile.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace rnnlab {

QString AtomicFile::checkTarget(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("cannot write a file without a name (the path is empty)");
    // stat() follows a symbolic link to what it names; nothing there (or a dangling link) is a new file.
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0)
        return {}; // nothing there (or nothing reachable): a new file, or open() below says why
    if (S_ISREG(info.st_mode))
        return {};
    const QString kind = S_ISDIR(info.st_mode) ? QStringLiteral("a folder")
        : S_ISFIFO(info.st_mode)               ? QStringLiteral("a named pipe (FIFO)")
        : S_ISCHR(info.st_mode)                ? QStringLiteral("a character device")
        : S_ISBLK(info.st_mode)                ? QStringLiteral("a block device")
        : S_ISSOCK(info.st_mode)               ? QStringLiteral("a socket")
                                               : QStringLiteral("not a regular file");
    return QStringLiteral("cannot write %1: it is %2, and saving would replace it with a file; "
                          "choose a file name (it was left as it is)")
        .arg(path, kind);
}

// THE ONE PLACE AN OUTPUT FILE IS WRITTEN (its twin for input: InputFile::read).
QString AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    if (const QString refused = checkTarget(path); !refused.isEmpty())
        return refused;
    const bool existed = QFileInfo::exists(path);
    // What is kept on a failure: the previous file, or (for a new name) nothing.
    const QString kept =
        existed ? QStringLiteral("the previous file is unchanged") : QStringLiteral("no file was made");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // Say which: the folder is missing, or it cannot be written (read-only, not yours) — access()
        // knows about read-only file systems, which matter even to root.
        const QString folder = QFileInfo(path).absolutePath();
        const QByteArray native = QFile::encodeName(folder);
        if (!QFileInfo(folder).isDir())
            return QStringLiteral("cannot write %1: the folder %2 does not exist").arg(path, folder);
        if (::access(native.constData(), W_OK) != 0)
            return QStringLiteral("cannot write %1: the folder %2 cannot be written (%3): choose another folder; %4")
                .arg(path, folder, qt_error_string(errno), kept);
        return QStringLiteral("cannot write %1: %2; %3").arg(path, file.errorString(), kept);
    }
    // Qt 6.4's QSaveFile::commit() renames the temporary file even when the flush of its write
    // buffer failed (the error is not its writeError), which turned a full disk into an empty
    // session file: flush and sync here, and give up before the rename on any failure.
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString error = file.error() != QFileDevice::NoError ? file.errorString() : qt_error_string(errno);
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2; %3").arg(path, error, kept);
    }
    if (!file.commit())
        return QStringLiteral("cannot save %1: %2; %3").arg(path, file.errorString(), kept);
    return {};
}

} // namespace rnnlab
