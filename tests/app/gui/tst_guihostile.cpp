// SPDX-License-Identifier: MIT
// rnnlab (the window's binary) against hostile paths and out-of-range options (issue 18): a FIFO or
// /dev/zero as the session is refused with exit 2 in under a second and within 32 MiB of what the
// same binary peaks at refusing a missing file (wait4()'s peak resident memory of the child; a hang
// is killed at 20 s and fails), in the window's mode and the
// screenshot's; a screenshot onto a FIFO or with another extension than .png is refused saying so;
// --time-step, --history-step and --layer beyond the session are refused with the range instead of
// being clamped. Runs rnnlab as a subprocess (offscreen).
#include "tests/support/boundedrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using rnnlab::test::BoundedRun;

namespace {

BoundedRun gui(const QStringList &arguments)
{
    return BoundedRun::run(QStringLiteral(RNNLAB_GUI), arguments, 20000, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
}

bool isFifo(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

} // namespace

class TestGuiHostile : public QObject
{
    Q_OBJECT

private slots:
    void refusesASessionThatIsNotAFile_data();
    void refusesASessionThatIsNotAFile();
    void refusesABadScreenshotTarget_data();
    void refusesABadScreenshotTarget();
    void refusesAnOptionOutOfRange_data();
    void refusesAnOptionOutOfRange();
};

void TestGuiHostile::refusesASessionThatIsNotAFile_data()
{
    QTest::addColumn<bool>("fifo"); // else a link to /dev/zero
    QTest::addColumn<bool>("screenshot"); // else the window
    QTest::newRow("the window, a FIFO") << true << false;
    QTest::newRow("a screenshot, a FIFO") << true << true;
    QTest::newRow("the window, /dev/zero") << false << false;
    QTest::newRow("a screenshot, /dev/zero") << false << true;
}

void TestGuiHostile::refusesASessionThatIsNotAFile()
{
    // Issue 18, defects 1 and 2: the window hung on a FIFO, and reached 2.6 GB in 10 s on /dev/zero.
    QFETCH(bool, fifo);
    QFETCH(bool, screenshot);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    const QByteArray native = QFile::encodeName(path);
    QCOMPARE(fifo ? ::mkfifo(native.constData(), 0600) : ::symlink("/dev/zero", native.constData()), 0);
    QStringList arguments{path};
    if (screenshot)
        arguments << QStringLiteral("--screenshot") << dir.filePath(QStringLiteral("out.png"));
    const BoundedRun r = gui(arguments);
    QVERIFY2(r.finished && r.status == 2, qPrintable(r.describe()));
    // No bound on how fast the refusal comes (a 1 s bound failed under ASan on CI's busy cores, at
    // 1.11 s): a hang is `finished == false` at the run's time limit, and reading the device shows
    // in the peak memory below.
    // The bound is relative: a fixed 100 MiB was crossed by the binary itself under ASan (its
    // shadow memory and a larger Qt link), while the defect it guards against read 2.6 GB. The
    // baseline is the same binary, same mode, refusing a session that does not exist.
    QStringList missing{dir.filePath(QStringLiteral("missing.json"))};
    if (screenshot)
        missing << QStringLiteral("--screenshot") << dir.filePath(QStringLiteral("out.png"));
    const BoundedRun baseline = gui(missing);
    QVERIFY2(baseline.finished && baseline.status == 2, qPrintable(baseline.describe()));
    QVERIFY2(
        r.peakKiB < baseline.peakKiB + 32 * 1024,
        qPrintable(r.describe() + QStringLiteral("; a missing file peaked at %1 MiB").arg(baseline.peakKiB / 1024)));
    QVERIFY2(r.err.contains(fifo ? QStringLiteral("it is a named pipe (FIFO), not a file")
                                 : QStringLiteral("it is a character device, not a file")),
             qPrintable(r.describe()));
}

void TestGuiHostile::refusesABadScreenshotTarget_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fifo");
    QTest::addColumn<QString>("says");
    QTest::newRow("--screenshot out.txt") << "--screenshot"
                                          << "out.txt" << false << "--screenshot: \"DIR/out.txt\" must end in .png";
    QTest::newRow("--screenshot onto a FIFO")
        << "--screenshot"
        << "out.png" << true << "it is a named pipe (FIFO), and saving would replace it";
    QTest::newRow("--export-svg onto a FIFO")
        << "--export-svg"
        << "out.svg" << true << "it is a named pipe (FIFO), and saving would replace it";
}

void TestGuiHostile::refusesABadScreenshotTarget()
{
    // Issue 18, defects 4 and 7: "out.txt" blamed the folder; a FIFO would have been replaced.
    QFETCH(QString, option);
    QFETCH(QString, name);
    QFETCH(bool, fifo);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (fifo)
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const BoundedRun r = gui({QStringLiteral("--text"), QStringLiteral("hello"), option, path});
    QVERIFY2(r.finished && r.status == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QString(says).replace(QStringLiteral("DIR"), dir.path())), qPrintable(r.describe()));
    QCOMPARE(isFifo(path), fifo);
    if (!fifo)
        QVERIFY(!QFile::exists(path));
}

void TestGuiHostile::refusesAnOptionOutOfRange_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("--time-step 999 on hello")
        << QStringList{QStringLiteral("--time-step"), QStringLiteral("999")}
        << "--time-step: 999 is not a time step of this text: it must be from 1 to 4";
    // t = 1 … n as on screen: hello's last step is 4, there is no 5 (nor 0: see tst_guioptions).
    QTest::newRow("--time-step 5 on hello")
        << QStringList{QStringLiteral("--time-step"), QStringLiteral("5")} << "it must be from 1 to 4";
    QTest::newRow("--history-step 999 after --train 3")
        << QStringList{QStringLiteral("--train"), QStringLiteral("3"), QStringLiteral("--history-step"),
                       QStringLiteral("999")}
        << "--history-step: 999 is after the last step trained: it must be from 0 to 3";
    QTest::newRow("--layer 2 of 1") << QStringList{QStringLiteral("--time-step"), QStringLiteral("1"),
                                                   QStringLiteral("--layer"), QStringLiteral("2")}
                                    << "--layer: 2 is not a layer of this model: it must be from 1 to 1";
}

void TestGuiHostile::refusesAnOptionOutOfRange()
{
    // Issue 18, defect 6: --time-step 999 on hello drew t = 3; --history-step 999 --train 3 showed 3.
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("out.png"));
    const BoundedRun r =
        gui(QStringList{QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--screenshot"), png}
            + arguments);
    QVERIFY2(r.finished && r.status == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(says), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(png));
}

QTEST_GUILESS_MAIN(TestGuiHostile)
#include "tst_guihostile.moc"
