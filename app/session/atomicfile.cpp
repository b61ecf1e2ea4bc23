// SPDX-License-Identifier: MIT
#include "app/session/atomicfile.h"

#include <QByteArray>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

#include <cerrno>

namespace rnnlab {

QString AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // Say which: the folder is missing, or it cannot be written (read-only, not yours) — access()
        // knows about read-only file systems, which matter even to root.
        const QString folder = QFileInfo(path).absolutePath();
        const QByteArray native = QFile::encodeName(folder);
        if (!QFileInfo(folder).isDir())
            return QStringLiteral("cannot write %1: the folder %2 does not exist").arg(path, folder);
        if (::access(native.constData(), W_OK) != 0)
            return QStringLiteral("cannot write %1: the folder %2 cannot be written (%3): choose another folder; "
                                  "the previous file is unchanged")
                .arg(path, folder, qt_error_string(errno));
        return QStringLiteral("cannot write %1: %2 (is the folder there and writable?)").arg(path, file.errorString());
    }
    // Qt 6.4's QSaveFile::commit() renames the temporary file even when the flush of its write
    // buffer failed (the error is not its writeError), which turned a full disk into an empty
    // session file: flush and sync here, and give up before the rename on any failure.
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString error = file.error() != QFileDevice::NoError ? file.errorString() : qt_error_string(errno);
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2 (is the disk full?); the previous file is unchanged")
            .arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("cannot save %1: %2; the previous file is unchanged").arg(path, file.errorString());
    return {};
}

} // namespace rnnlab
