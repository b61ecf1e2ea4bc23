// SPDX-License-Identifier: MIT
#include "app/session/inputfile.h"

#include <QByteArray>
#include <QFile>
#include <QScopeGuard>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace rnnlab {

namespace {

//! What a non-regular file is, in a user's words.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

QString notRegular(const QString &path, mode_t mode)
{
    return QStringLiteral("cannot open %1: it is %2, not a file (rnnlab reads only regular files, or links to them)")
        .arg(path, kindOf(mode));
}

QString tooLarge(const QString &path, qint64 size, qint64 limit)
{
    return QStringLiteral("cannot open %1: it is %2 bytes, and no valid file of its kind is over %3 bytes")
        .arg(path)
        .arg(size)
        .arg(limit);
}

QString resource(const QString &path, QByteArray *bytes, qint64 limit, InputFile::Part part)
{
    // The app's own files, compiled in: trusted, and QFile is the only way to them.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
    if (part == InputFile::Part::Whole && file.size() > limit)
        return tooLarge(path, file.size(), limit);
    *bytes = file.read(limit);
    return {};
}

} // namespace

// THE ONE PLACE AN INPUT FILE IS OPENED (its twin for output: AtomicFile::write).
QString InputFile::read(const QString &path, QByteArray *bytes, qint64 limit, Part part)
{
    bytes->clear();
    if (path.startsWith(QLatin1String(":/")))
        return resource(path, bytes, limit, part);
    if (path.isEmpty())
        return QStringLiteral("cannot open a file without a name (the path is empty)");
    const QByteArray native = QFile::encodeName(path);
    // stat() before open(): opening a FIFO blocks until a writer comes, and opening some devices
    // does something (a tape rewinds). stat() follows a symbolic link, so a link to a file is fine.
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0)
        return QStringLiteral("cannot open %1: %2").arg(path, qt_error_string(errno));
    if (!S_ISREG(info.st_mode))
        return notRegular(path, info.st_mode);
    if (part == Part::Whole && info.st_size > limit)
        return tooLarge(path, info.st_size, limit);
    // O_NONBLOCK: should the path have become a FIFO since stat(), open() still returns at once,
    // and fstat() below refuses it.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return QStringLiteral("cannot open %1: %2").arg(path, qt_error_string(errno));
    const auto closer = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &info) != 0)
        return QStringLiteral("cannot open %1: %2").arg(path, qt_error_string(errno));
    if (!S_ISREG(info.st_mode))
        return notRegular(path, info.st_mode);
    if (part == Part::Whole && info.st_size > limit)
        return tooLarge(path, info.st_size, limit);
    // Read what stat() said and no more than the limit, even if the file grows meanwhile.
    const qint64 wanted = std::min<qint64>(info.st_size, limit);
    QByteArray data(static_cast<qsizetype>(wanted), Qt::Uninitialized);
    qint64 done = 0;
    while (done < wanted) {
        const ssize_t n = ::read(fd, data.data() + done, static_cast<size_t>(std::min<qint64>(wanted - done, 1 << 24)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return QStringLiteral("cannot open %1: %2").arg(path, qt_error_string(errno));
        if (n == 0)
            break; // the file shrank meanwhile: what there is
        done += n;
    }
    data.truncate(static_cast<qsizetype>(done));
    *bytes = std::move(data);
    return {};
}

} // namespace rnnlab
