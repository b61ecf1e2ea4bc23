// SPDX-License-Identifier: MIT
// Whose autosave is it (AutosaveFiles): one left by a crashed rnnlab (its lock names a dead PID)
// is offered, and at once, however young; one of a running rnnlab (its lock is held) is not,
// however old; one without a lock (an rnnlab that ended without removing it) is; the newest comes
// first; adopting moves it to this process's file under our lock; discarding deletes it. The
// default folder is ~/.local/share/rnnlab, not rnnlab/rnnlab.
#include "ui/window/autosavefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace rnnlab;

namespace {

void touch(const QString &path, const QByteArray &bytes = "{}")
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

//! The PID of a process that has ended (a child that exited and was reaped).
qint64 deadPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

//! What a crash leaves: \a autosave and its lock file as QLockFile wrote it, naming \a pid.
void leaveCrashedLock(const QString &autosave, qint64 pid)
{
    const QString lockPath = autosave + QStringLiteral(".lock");
    QByteArray content;
    {
        QLockFile lock(lockPath); // written by this process, then its PID replaced by the dead one
        QVERIFY(lock.tryLock(0));
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        content = file.readAll();
    }
    QVERIFY(content.startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
    content = QByteArray::number(pid) + content.mid(content.indexOf('\n'));
    touch(lockPath, content);
}

} // namespace

class TestAutosaveFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultFolderIsNotDoubled();
    void crashedSessionIsOffered();
    void runningSessionIsNot();
    void unlockedLeftoverIsOffered();
    void adoptAndDiscard();
};

void TestAutosaveFiles::defaultFolderIsNotDoubled()
{
    QCoreApplication::setOrganizationName(QStringLiteral("rnnlab"));
    QCoreApplication::setApplicationName(QStringLiteral("rnnlab"));
    const QString folder = AutosaveFiles::defaultFolder();
    QVERIFY2(folder.endsWith(QStringLiteral("/rnnlab")) && !folder.endsWith(QStringLiteral("rnnlab/rnnlab")),
             qPrintable(folder));
    AutosaveFiles files;
    QCOMPARE(QFileInfo(files.path()).absolutePath(), folder);
    QCOMPARE(QFileInfo(files.path()).fileName(),
             QStringLiteral("autosave-%1.rnnlab").arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosavefiles"));
    QCoreApplication::setOrganizationName(QString());
}

void TestAutosaveFiles::crashedSessionIsOffered()
{
    QTemporaryDir dir;
    const QString crashed = dir.filePath(QStringLiteral("autosave-4242.rnnlab"));
    touch(crashed);
    leaveCrashedLock(crashed, deadPid()); // a lock a second old: the restart right after the crash
    AutosaveFiles files;
    files.setPath(dir.filePath(QStringLiteral("autosave-%1.rnnlab").arg(QCoreApplication::applicationPid())));
    QCOMPARE(files.claimOrphan(), crashed);
    // While this process holds it, a second rnnlab starting now does not get it too.
    AutosaveFiles other;
    other.setPath(dir.filePath(QStringLiteral("autosave-1.rnnlab")));
    QCOMPARE(other.claimOrphan(), QString());
    files.releaseOrphan();
    QCOMPARE(other.claimOrphan(), crashed);
}

void TestAutosaveFiles::runningSessionIsNot()
{
    QTemporaryDir dir;
    // A running rnnlab (this process, another AutosaveFiles) with an autosave.
    AutosaveFiles running;
    running.setPath(dir.filePath(QStringLiteral("autosave-7.rnnlab")));
    QVERIFY(running.lock());
    touch(running.path());
    // Its lock is older than QLockFile's default stale time (30 s): still not taken.
    QFile lockFile(running.path() + QStringLiteral(".lock"));
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    lockFile.close();
    AutosaveFiles starting;
    starting.setPath(dir.filePath(QStringLiteral("autosave-8.rnnlab")));
    QCOMPARE(starting.claimOrphan(), QString());
    QVERIFY(QFileInfo::exists(running.path()));
    // Once it has ended without removing its autosave, it is offered.
    running.setPath(dir.filePath(QStringLiteral("elsewhere.rnnlab"))); // gives up the lock
    QCOMPARE(starting.claimOrphan(), dir.filePath(QStringLiteral("autosave-7.rnnlab")));
}

void TestAutosaveFiles::unlockedLeftoverIsOffered()
{
    QTemporaryDir dir;
    const QString older = dir.filePath(QStringLiteral("autosave-11.rnnlab"));
    const QString newer = dir.filePath(QStringLiteral("autosave-12.rnnlab"));
    touch(older);
    touch(newer);
    QFile file(older);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
    file.close();
    AutosaveFiles files;
    files.setPath(dir.filePath(QStringLiteral("autosave-13.rnnlab")));
    QCOMPARE(files.claimOrphan(), newer); // the newest first
}

void TestAutosaveFiles::adoptAndDiscard()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("autosave-21.rnnlab"));
    const QString second = dir.filePath(QStringLiteral("autosave-22.rnnlab"));
    touch(first, "first");
    leaveCrashedLock(first, deadPid());
    AutosaveFiles files;
    files.setPath(dir.filePath(QStringLiteral("autosave-23.rnnlab")));
    QCOMPARE(files.claimOrphan(), first);
    QVERIFY(files.adoptOrphan());
    QVERIFY(!QFileInfo::exists(first) && !QFileInfo::exists(first + QStringLiteral(".lock")));
    QFile adopted(files.path());
    QVERIFY(adopted.open(QIODevice::ReadOnly));
    QCOMPARE(adopted.readAll(), QByteArray("first"));
    QVERIFY(QFileInfo::exists(files.path() + QStringLiteral(".lock"))); // ours now: not offered to others
    AutosaveFiles other;
    other.setPath(dir.filePath(QStringLiteral("autosave-24.rnnlab")));
    QCOMPARE(other.claimOrphan(), QString());

    touch(second);
    QCOMPARE(other.claimOrphan(), second);
    other.discardOrphan();
    QVERIFY(!QFileInfo::exists(second));
    files.remove();
    QVERIFY(!QFileInfo::exists(files.path()) && !QFileInfo::exists(files.path() + QStringLiteral(".lock")));
}

QTEST_GUILESS_MAIN(TestAutosaveFiles)
#include "tst_autosavefiles.moc"
