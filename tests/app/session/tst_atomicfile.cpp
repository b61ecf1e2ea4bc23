// SPDX-License-Identifier: MIT
// AtomicFile: the bytes land whole or not at all; a refusal names the file and the reason, and the
// previous file stays as it was. (A full disk and a read-only folder: tests/app/cli/save-failures.sh.)
#include "app/session/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rnnlab;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesTheBytes_data();
    void writesTheBytes();
    void refusesAMissingFolder();
    void refusesAFolderAsTheFile();
    void refusesANonRegularTarget_data();
    void refusesANonRegularTarget();
    void refusesADeviceWithoutTouchingIt();
    void followsALinkToAFile();

private:
    static QByteArray contents(const QString &path);
};

QByteArray TestAtomicFile::contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

void TestAtomicFile::writesTheBytes_data()
{
    QTest::addColumn<QByteArray>("before"); // empty: no file yet
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("a new file") << QByteArray() << QByteArray("{\"format\": \"rnnlab-session\"}\n");
    QTest::newRow("over a longer file") << QByteArray(4096, 'x') << QByteArray("short\n");
    QTest::newRow("empty bytes") << QByteArray("old\n") << QByteArray();
    QTest::newRow("binary") << QByteArray("old") << QByteArray("\0\x01\xff", 3);
}

void TestAtomicFile::writesTheBytes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    if (!before.isEmpty())
        QCOMPARE(AtomicFile::write(path, before), QString());
    QCOMPARE(AtomicFile::write(path, bytes), QString());
    QCOMPARE(contents(path), bytes);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.json")});
}

void TestAtomicFile::refusesAMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/s.json"));
    QCOMPARE(AtomicFile::write(path, "x"),
             QStringLiteral("cannot write %1: the folder %2 does not exist")
                 .arg(path, dir.filePath(QStringLiteral("missing"))));
    QVERIFY(!QFile::exists(path));
}

void TestAtomicFile::refusesAFolderAsTheFile()
{
    // The path names a folder: nothing is written, the folder stays.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    const QString error = AtomicFile::write(path, "x");
    QVERIFY2(error.startsWith(QStringLiteral("cannot ")) && error.contains(path), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
}

void TestAtomicFile::refusesANonRegularTarget_data()
{
    QTest::addColumn<bool>("throughALink");
    QTest::newRow("a FIFO") << false;
    QTest::newRow("a link to a FIFO") << true;
}

void TestAtomicFile::refusesANonRegularTarget()
{
    // The rename would swap the FIFO for a regular file (issue 18, defect 4): refused, left a FIFO.
    QFETCH(bool, throughALink);
    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QString path = QFile::decodeName(fifo);
    if (throughALink) {
        path = dir.filePath(QStringLiteral("link"));
        QCOMPARE(::symlink(fifo.constData(), QFile::encodeName(path).constData()), 0);
    }
    const QString error = AtomicFile::write(path, "x");
    QVERIFY2(error.contains(QStringLiteral("it is a named pipe (FIFO), and saving would replace it")),
             qPrintable(error));
    QCOMPARE(AtomicFile::checkTarget(path), error);
    struct stat info = {};
    QCOMPARE(::lstat(fifo.constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
    if (throughALink)
        QVERIFY(QFileInfo(path).isSymLink());
}

void TestAtomicFile::refusesADeviceWithoutTouchingIt()
{
    // checkTarget() only: write() onto /dev/null would replace it when run as root if it were wrong.
    const QString error = AtomicFile::checkTarget(QStringLiteral("/dev/null"));
    QVERIFY2(error.contains(QStringLiteral("it is a character device")), qPrintable(error));
    QCOMPARE(AtomicFile::checkTarget(QString()),
             QStringLiteral("cannot write a file without a name (the path is empty)"));
}

void TestAtomicFile::followsALinkToAFile()
{
    // A link to a regular file is fine: the file gets the bytes, the link stays a link.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("real.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QCOMPARE(AtomicFile::write(file, "old"), QString());
    QVERIFY(QFile::link(file, link));
    QCOMPARE(AtomicFile::write(link, "new"), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(contents(file), QByteArray("new"));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
