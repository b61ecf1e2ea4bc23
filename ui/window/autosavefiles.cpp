// SPDX-License-Identifier: MIT
#include "ui/window/autosavefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace rnnlab {

namespace {

QString lockPath(const QString &autosave)
{
    return autosave + QStringLiteral(".lock");
}

//! A lock on \a autosave that only a dead owner makes stale: QLockFile's default (30 s old counts
//! as stale) would hand a running rnnlab's autosave to the next one started.
std::unique_ptr<QLockFile> makeLock(const QString &autosave)
{
    auto lock = std::make_unique<QLockFile>(lockPath(autosave));
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

AutosaveFiles::AutosaveFiles()
    : m_path(
        QDir(defaultFolder()).filePath(QStringLiteral("autosave-%1.rnnlab").arg(QCoreApplication::applicationPid())))
{ }

AutosaveFiles::~AutosaveFiles() = default; // the locks are released, the autosave stays (SessionActions decides)

QString AutosaveFiles::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("rnnlab"));
}

void AutosaveFiles::setPath(const QString &path)
{
    m_lock.reset();
    m_path = path;
}

bool AutosaveFiles::lock()
{
    if (m_lock && m_lock->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_lock = makeLock(m_path);
    return m_lock->tryLock(0);
}

void AutosaveFiles::remove()
{
    QFile::remove(m_path);
    m_lock.reset(); // unlocks: removes the lock file
}

QString AutosaveFiles::claimOrphan()
{
    releaseOrphan();
    const QFileInfo own(m_path);
    const QFileInfoList files =
        QDir(own.absolutePath()).entryInfoList({QStringLiteral("autosave-*.rnnlab")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) { // newest first
        if (file.absoluteFilePath() == own.absoluteFilePath())
            continue;
        std::unique_ptr<QLockFile> lock = makeLock(file.absoluteFilePath());
        // Taken when there is no lock file (its rnnlab ended without removing the autosave) or the
        // lock is stale (its PID is dead): QLockFile removes the stale one and takes it.
        if (lock->tryLock(0)) {
            m_orphan = file.absoluteFilePath();
            m_orphanLock = std::move(lock);
            return m_orphan;
        }
    }
    return {};
}

bool AutosaveFiles::adoptOrphan()
{
    if (m_orphan.isEmpty())
        return false;
    QFile::remove(m_path);
    const bool moved = QFile::rename(m_orphan, m_path);
    if (moved)
        lock();
    releaseOrphan();
    return moved;
}

void AutosaveFiles::discardOrphan()
{
    if (!m_orphan.isEmpty())
        QFile::remove(m_orphan);
    releaseOrphan();
}

void AutosaveFiles::releaseOrphan()
{
    m_orphanLock.reset();
    m_orphan.clear();
}

} // namespace rnnlab
