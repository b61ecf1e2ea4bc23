// SPDX-License-Identifier: MIT
// InputFile: only a regular file (or a link to one) is opened, and never more than the limit of it
// is read — a FIFO is refused at once instead of blocking open(), /dev/zero at once instead of
// filling memory; a refusal names the path and what it is.
#include "app/session/inputfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace rnnlab;

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void readsAFile_data();
    void readsAFile();
    void capIsAboveAnyValidSession();
};

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

void TestInputFile::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("make"); // what the path is
    QTest::addColumn<QString>("says");
    QTest::newRow("a FIFO") << "fifo"
                            << "it is a named pipe (FIFO), not a file";
    QTest::newRow("a link to a FIFO") << "link-to-fifo"
                                      << "it is a named pipe (FIFO), not a file";
    QTest::newRow("a link to /dev/zero") << "link-to-zero"
                                         << "it is a character device, not a file";
    QTest::newRow("/dev/urandom") << "urandom"
                                  << "it is a character device, not a file";
    QTest::newRow("a folder") << "folder"
                              << "it is a folder, not a file";
    QTest::newRow("nothing there") << "missing"
                                   << "No such file or directory";
    QTest::newRow("over the limit (sparse, never read)") << "large"
                                                         << "bytes, and no valid file of its kind is over";
    QTest::newRow("an empty name") << "empty"
                                   << "the path is empty";
}

void TestInputFile::refusesWhatIsNotAFile()
{
    QFETCH(QString, make);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.json"));
    const QByteArray native = QFile::encodeName(path);
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("f")));
    if (make == u"fifo")
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    if (make == u"link-to-fifo") {
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QCOMPARE(::symlink(fifo.constData(), native.constData()), 0);
    }
    if (make == u"link-to-zero")
        QCOMPARE(::symlink("/dev/zero", native.constData()), 0);
    if (make == u"urandom")
        path = QStringLiteral("/dev/urandom");
    if (make == u"folder")
        QCOMPARE(::mkdir(native.constData(), 0700), 0);
    if (make == u"large") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(InputFile::maxBytes + 1)); // a hole: no disk, and read would take seconds
    }
    if (make == u"empty")
        path.clear();
    QElapsedTimer clock;
    clock.start();
    QByteArray bytes("left over");
    const QString error = InputFile::read(path, &bytes);
    // A bound on a hang (the FIFO blocking in open(), the hole read to its end), not a speed goal:
    // generous, so that a busy machine or a sanitizer cannot fail it.
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(bytes.isEmpty());
}

void TestInputFile::readsAFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("throughALink");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("head");
    QTest::addColumn<QString>("expected"); // the bytes read, or the error's words
    QTest::newRow("a file") << QByteArray("{\"format\": 1}") << false << InputFile::maxBytes << false
                            << "{\"format\": 1}";
    QTest::newRow("an empty file") << QByteArray() << false << InputFile::maxBytes << false << "";
    QTest::newRow("through a link") << QByteArray("linked") << true << InputFile::maxBytes << false << "linked";
    QTest::newRow("exactly the limit") << QByteArray("12345") << false << qint64(5) << false << "12345";
    QTest::newRow("one byte over the limit")
        << QByteArray("123456") << false << qint64(5) << false << "no valid file of its kind is over";
    QTest::newRow("the head of a longer file")
        << QByteArray("PK\x03\x04 and more") << false << qint64(4) << true << "PK\x03\x04";
}

void TestInputFile::readsAFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, throughALink);
    QFETCH(qint64, limit);
    QFETCH(bool, head);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("file"));
    writeFile(file, contents);
    QString path = file;
    if (throughALink) {
        path = dir.filePath(QStringLiteral("link"));
        QCOMPARE(::symlink(QFile::encodeName(file).constData(), QFile::encodeName(path).constData()), 0);
    }
    QByteArray bytes;
    const QString error = InputFile::read(path, &bytes, limit, head ? InputFile::Part::Head : InputFile::Part::Whole);
    if (expected.startsWith(QLatin1String("no valid file"))) {
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(bytes.isEmpty());
    } else {
        QCOMPARE(error, QString());
        QCOMPARE(QString::fromLatin1(bytes), expected);
    }
}

void TestInputFile::capIsAboveAnyValidSession()
{
    // The cap follows the engine's limits: the largest valid model's weights and Adam's moments as
    // text fit, with room; and it is far below what would exhaust a machine (3 GiB).
    QVERIFY(InputFile::maxParameters * 3 * 25 < InputFile::maxBytes);
    QVERIFY(InputFile::maxBytes < (qint64(3) << 30));
    QCOMPARE(InputFile::maxParameters, limits::maxTrainingBytes / 28);
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
