// SPDX-License-Identifier: MIT
// File ▸ Open recent's list (RecentFiles): newest first, once each, at most eight; a file deleted
// since is pruned when the list is read (and stays pruned); Clear empties it.
#include "ui/window/recentfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rnnlab;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // ~/.qttest: never the user's settings
        QCoreApplication::setOrganizationName(QStringLiteral("rnnlab-tests"));
        RecentFiles::clear();
    }
    void cleanupTestCase() { RecentFiles::clear(); }
    void newestFirstPrunedAndCleared();
};

void TestRecentFiles::newestFirstPrunedAndCleared()
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << QDir(dir.path()).filePath(QStringLiteral("s%1.rnnlab").arg(i));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        RecentFiles::add(paths.last());
    }
    RecentFiles::add(paths[5]); // again: moves to the front, not listed twice
    QStringList expected = {paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]};
    QCOMPARE(RecentFiles::load(), expected);

    QVERIFY(QFile::remove(paths[8]));
    expected.removeAll(paths[8]);
    QCOMPARE(RecentFiles::load(), expected);
    QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList(), expected); // stored pruned

    RecentFiles::clear();
    QVERIFY(RecentFiles::load().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
