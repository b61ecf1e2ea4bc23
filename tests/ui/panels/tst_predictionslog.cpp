// SPDX-License-Identifier: MIT
// PredictionsLog: follows the newest row while the user is at the bottom, stays where the user
// scrolled to otherwise, and shows predictions in a monospace font with fixed row heights.
#include "tests/support/snapshotbuilder.h"
#include "ui/panels/predictionslog.h"
#include "ui/panels/predictionsmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestPredictionsLog : public QObject
{
    Q_OBJECT

private slots:
    void followsTheNewestRowAtTheBottom();
    void staysWhereTheUserScrolled();
    void rowsHaveFixedHeights();
};

void TestPredictionsLog::followsTheNewestRowAtTheBottom()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    PredictionsLog log;
    log.resize(400, 200);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    for (int i = 0; i < 10; ++i) {
        run.train(10);
        log.setSnapshot(run.snapshot());
        QApplication::processEvents();
    }
    QCOMPARE(log.model()->rowCount(), 100);
    const QScrollBar *bar = log.view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    // The newest row is visible.
    const QRect last = log.view()->visualRect(log.model()->index(99, 0));
    QVERIFY(log.view()->viewport()->rect().intersects(last));
}

void TestPredictionsLog::staysWhereTheUserScrolled()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    PredictionsLog log;
    log.resize(400, 200);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    run.train(50);
    log.setSnapshot(run.snapshot());
    QApplication::processEvents();
    QScrollBar *bar = log.view()->verticalScrollBar();
    bar->setValue(bar->maximum() / 3); // the user scrolls up to read
    const int value = bar->value();
    run.train(20);
    log.setSnapshot(run.snapshot());
    QApplication::processEvents();
    QCOMPARE(log.model()->rowCount(), 70);
    QCOMPARE(bar->value(), value);
    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    run.train(20);
    log.setSnapshot(run.snapshot());
    QApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
}

void TestPredictionsLog::rowsHaveFixedHeights()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(3);
    PredictionsLog log;
    log.setSnapshot(run.snapshot());
    QCOMPARE(log.view()->verticalHeader()->sectionResizeMode(2), QHeaderView::Fixed);
    QCOMPARE(log.view()->rowHeight(0), log.view()->rowHeight(2));
    QVERIFY(!log.view()->verticalHeader()->isVisible());
    QVERIFY(log.view()->horizontalHeader()->stretchLastSection());
}

QTEST_MAIN(TestPredictionsLog)
#include "tst_predictionslog.moc"
