// SPDX-License-Identifier: MIT
// AtomicFile: the bytes land whole or not at all; a refusal names the file and the reason, and the
// previous file stays as it was. (A full disk and a read-only folder: tests/app/cli/save-failures.sh.)
#include "app/session/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rnnlab;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesTheBytes_data();
    void writesTheBytes();
    void refusesAMissingFolder();
    void refusesAFolderAsTheFile();

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

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
