// SPDX-License-Identifier: MIT
// Timeline: the pure scale (steps ↔ pixels, round tick steps, compact labels, the sparkline's
// envelope per pixel column) without a GUI; then the widget on real snapshots — a click or a drag
// asks for the step under the mouse (throttled while dragging, the release's step always), the
// keyboard moves the handle, the label says which step is shown, the buttons follow
// viewingHistory, the memory-budget note, and the hand edits' marks with their tooltips.
#include "tests/support/snapshotbuilder.h"
#include "ui/panels/timeline.h"
#include "ui/panels/timelinescale.h"
#include "ui/panels/timelinetrack.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

namespace {

//! The newest snapshot of \a run, shown at step \a shown (rewound when below its steps).
SnapshotPtr rewound(SnapshotBuilder &run, std::int64_t shown, std::int64_t stride = 1)
{
    // SnapshotBuilder has no history to rewind: the fields the worker sets when it shows an older
    // step are set by hand (the views only read them).
    auto snapshot = std::make_shared<TrainingSnapshot>(*run.snapshot());
    snapshot->headSteps = snapshot->stepsTaken;
    snapshot->stepsTaken = shown;
    snapshot->viewingHistory = shown < snapshot->headSteps;
    snapshot->checkpointStride = stride;
    return snapshot;
}

//! The lecture's run trained \a steps steps, and a Timeline of 900 × 56 shown on screen (not yet
//! given a snapshot): the widget tests' start.
struct ShownTimeline
{
    explicit ShownTimeline(int steps)
        : run(lectureExample())
    {
        run.train(steps);
        timeline.resize(900, 56);
        timeline.show();
    }
    //! Waits until the window is on screen; false when it never came.
    bool exposed() { return QTest::qWaitForWindowExposed(&timeline); }
    //! Gives the timeline the run's snapshot shown at \a step; returns its track.
    TimelineTrack *showAt(std::int64_t step)
    {
        timeline.setSnapshot(rewound(run, step));
        return timeline.track();
    }

    SnapshotBuilder run;
    Timeline timeline;
};

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void mapsStepsToPixels_data();
    void mapsStepsToPixels();
    void roundTrips();
    void tickSteps_data();
    void tickSteps();
    void tickLabels();
    void ordinals();
    void sparklineDenseHistory();
    void sparklineSparseHistory();

    void clickAsksForTheStepUnderTheMouse();
    void dragIsThrottledAndReleaseAlwaysAsks();
    void grabbingTheHandleDoesNotJump();
    void handleFollowsTheSnapshot();
    void keyboard();
    void statusLabel();
    void buttonsFollowViewingHistory();
    void budgetNote();
    void editMarksHaveTooltips();
    void newGenerationForgetsRequests();

private:
    static QPoint pointAt(const TimelineTrack *track, std::int64_t step);
};

QPoint TestTimeline::pointAt(const TimelineTrack *track, std::int64_t step)
{
    return QPoint(qRound(track->scale().xOfStep(static_cast<double>(step))), track->height() / 2);
}

void TestTimeline::mapsStepsToPixels_data()
{
    QTest::addColumn<qint64>("lastStep");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("step");
    QTest::addColumn<double>("x");
    QTest::newRow("40 steps over 400 px: start") << qint64(40) << 10.0 << 410.0 << 0.0 << 10.0;
    QTest::newRow("40 steps over 400 px: middle") << qint64(40) << 10.0 << 410.0 << 20.0 << 210.0;
    QTest::newRow("40 steps over 400 px: end") << qint64(40) << 10.0 << 410.0 << 40.0 << 410.0;
    QTest::newRow("a million steps over 800 px") << qint64(1000000) << 0.0 << 800.0 << 250000.0 << 200.0;
    QTest::newRow("no step yet: everything at the left") << qint64(0) << 5.0 << 500.0 << 0.0 << 5.0;
    QTest::newRow("beyond the end is not clamped") << qint64(10) << 0.0 << 100.0 << 12.0 << 120.0;
}

void TestTimeline::mapsStepsToPixels()
{
    QFETCH(qint64, lastStep);
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(double, step);
    QFETCH(double, x);
    const TimelineScale scale(lastStep, left, right);
    QCOMPARE(scale.xOfStep(step), x);
}

void TestTimeline::roundTrips()
{
    const TimelineScale scale(40, 8.0, 608.0); // 15 px per step
    for (std::int64_t step = 0; step <= 40; ++step) {
        const double x = scale.xOfStep(static_cast<double>(step));
        QCOMPARE(scale.stepAt(x), step);
        QCOMPARE(scale.stepAt(x + 7.0), step); // nearest step, within half a step either side
        QCOMPARE(scale.stepAt(x - 7.0), step);
    }
    // Outside the span: clamped to the run, never before 0 or after the latest step.
    QCOMPARE(scale.stepAt(-1000.0), std::int64_t(0));
    QCOMPARE(scale.stepAt(1e12), std::int64_t(40));
    QCOMPARE(scale.stepAt(std::numeric_limits<double>::quiet_NaN()), std::int64_t(0));
    // Many steps per pixel: the step under a pixel, rounded, and the last pixel is the last step.
    const TimelineScale dense(1000003, 0.0, 800.0);
    QCOMPARE(dense.stepAt(800.0), std::int64_t(1000003));
    QCOMPARE(dense.stepAt(400.0), std::int64_t(500002)); // 500001.5 rounds away from zero
    // A run without steps, or a span without width: step 0.
    QCOMPARE(TimelineScale(0, 0.0, 100.0).stepAt(50.0), std::int64_t(0));
    QCOMPARE(TimelineScale(10, 50.0, 50.0).stepAt(50.0), std::int64_t(0));
}

void TestTimeline::tickSteps_data()
{
    QTest::addColumn<qint64>("lastStep");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("minSpacing");
    QTest::addColumn<qint64>("tickStep");
    QTest::addColumn<QList<qint64>>("ticks");
    QTest::newRow("the lecture's 10 steps on a wide strip: every step")
        << qint64(10) << 600.0 << 40.0 << qint64(1) << QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("40 steps, 600 px, 40 px apart: every 5th")
        << qint64(40) << 600.0 << 40.0 << qint64(5) << QList<qint64>{0, 5, 10, 15, 20, 25, 30, 35, 40};
    QTest::newRow("137 steps, 600 px: every 10th, the last tick before the end")
        << qint64(137) << 600.0 << 40.0 << qint64(10)
        << QList<qint64>{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130};
    QTest::newRow("3000 steps, 500 px, 60 px apart: every 500th")
        << qint64(3000) << 500.0 << 60.0 << qint64(500) << QList<qint64>{0, 500, 1000, 1500, 2000, 2500, 3000};
    QTest::newRow("a million steps, 800 px: every 200k") << qint64(1000000) << 800.0 << 100.0 << qint64(200000)
                                                         << QList<qint64>{0, 200000, 400000, 600000, 800000, 1000000};
    QTest::newRow("no step yet: only 0") << qint64(0) << 600.0 << 40.0 << qint64(1) << QList<qint64>{0};
    QTest::newRow("2 steps on a narrow strip: only 0") << qint64(2) << 30.0 << 40.0 << qint64(5) << QList<qint64>{0};
}

void TestTimeline::tickSteps()
{
    QFETCH(qint64, lastStep);
    QFETCH(double, width);
    QFETCH(double, minSpacing);
    QFETCH(qint64, tickStep);
    QFETCH(QList<qint64>, ticks);
    const TimelineScale scale(lastStep, 10.0, 10.0 + width);
    QCOMPARE(scale.tickStep(minSpacing), tickStep);
    const std::vector<std::int64_t> actual = scale.ticks(minSpacing);
    QCOMPARE(QList<qint64>(actual.begin(), actual.end()), ticks);
    // Ticks are far enough apart (unless only one is left).
    if (actual.size() > 1)
        QVERIFY(scale.xOfStep(double(actual[1])) - scale.xOfStep(double(actual[0])) >= minSpacing);
}

void TestTimeline::tickLabels()
{
    QCOMPARE(TimelineScale::tickLabel(0), QStringLiteral("0"));
    QCOMPARE(TimelineScale::tickLabel(40), QStringLiteral("40"));
    QCOMPARE(TimelineScale::tickLabel(5000), QStringLiteral("5000"));
    QCOMPARE(TimelineScale::tickLabel(20000), QStringLiteral("20k"));
    QCOMPARE(TimelineScale::tickLabel(12500), QStringLiteral("12.5k"));
    QCOMPARE(TimelineScale::tickLabel(250000), QStringLiteral("250k"));
    QCOMPARE(TimelineScale::tickLabel(1000000), QStringLiteral("1M"));
    QCOMPARE(TimelineScale::tickLabel(1500000), QStringLiteral("1.5M"));
    QCOMPARE(TimelineScale::tickLabel(1000000000), QStringLiteral("1G"));
}

void TestTimeline::ordinals()
{
    QCOMPARE(ordinal(1), QStringLiteral("1st"));
    QCOMPARE(ordinal(2), QStringLiteral("2nd"));
    QCOMPARE(ordinal(3), QStringLiteral("3rd"));
    QCOMPARE(ordinal(4), QStringLiteral("4th"));
    QCOMPARE(ordinal(8), QStringLiteral("8th"));
    QCOMPARE(ordinal(11), QStringLiteral("11th"));
    QCOMPARE(ordinal(12), QStringLiteral("12th"));
    QCOMPARE(ordinal(13), QStringLiteral("13th"));
    QCOMPARE(ordinal(22), QStringLiteral("22nd"));
    QCOMPARE(ordinal(1024), QStringLiteral("1024th"));
}

namespace {
//! A history of steps first, first + stride, … up to last, with loss(step).
History syntheticHistory(std::int64_t first, std::int64_t last, std::int64_t stride, float (*loss)(std::int64_t))
{
    History history;
    std::shared_ptr<HistoryChunk> chunk;
    for (std::int64_t step = first; step <= last; step += stride) {
        if (!chunk || chunk->entries.size() == HistoryChunk::capacity) {
            if (chunk)
                history.chunks.push_back(chunk);
            chunk = std::make_shared<HistoryChunk>();
        }
        chunk->entries.push_back({step, loss(step), 0.5f, nullptr});
    }
    if (chunk)
        history.chunks.push_back(chunk);
    return history;
}
} // namespace

void TestTimeline::sparklineDenseHistory()
{
    // 100 000 steps over 500 px: one envelope per pixel column (200 steps each), spanning the
    // column's smallest and largest loss — a sawtooth between 1 and 2 with a period of 100 steps.
    const History history =
        syntheticHistory(1, 100000, 1, [](std::int64_t step) { return 1.0f + static_cast<float>(step % 100) / 99.0f; });
    const TimelineScale scale(100000, 0.0, 500.0);
    const std::vector<SparkColumn> columns = sparkline(history, scale, 16);
    QVERIFY(columns.size() >= 500 && columns.size() <= 501);
    for (std::size_t i = 1; i < columns.size(); ++i)
        QVERIFY(columns[i].x > columns[i - 1].x);
    for (const SparkColumn &column : columns) {
        QVERIFY(column.low >= 1.0f && column.high <= 2.0f);
        QVERIFY(column.low <= column.high);
    }
    // The sampling still reaches across the sawtooth in a middle column.
    const SparkColumn &middle = columns[250];
    QVERIFY(middle.high - middle.low > 0.5f);
    // Only steps up to the scale's last step count.
    const std::vector<SparkColumn> half = sparkline(history, TimelineScale(50000, 0.0, 500.0), 16);
    QVERIFY(half.size() >= 500 && half.size() <= 501);
    QVERIFY(half.back().x <= 500.5);
}

void TestTimeline::sparklineSparseHistory()
{
    // Fewer steps than pixels: one point per step, at the step's own x, low = high = its loss.
    const History history = syntheticHistory(1, 10, 1, [](std::int64_t step) { return 2.0f / float(step); });
    const TimelineScale scale(10, 20.0, 620.0);
    const std::vector<SparkColumn> columns = sparkline(history, scale);
    QCOMPARE(columns.size(), std::size_t(10));
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto step = static_cast<double>(i + 1);
        QCOMPARE(columns[i].x, scale.xOfStep(step));
        QCOMPARE(columns[i].low, 2.0f / float(step));
        QCOMPARE(columns[i].high, columns[i].low);
    }
    // A thinned-out history (every 4th step recorded) still gives a point per recorded step.
    const History thinned = syntheticHistory(4, 400, 4, [](std::int64_t) { return 1.0f; });
    QCOMPARE(sparkline(thinned, TimelineScale(400, 0.0, 800.0)).size(), std::size_t(100));
    // Nothing to draw without steps or without width.
    QVERIFY(sparkline(History(), scale).empty());
    QVERIFY(sparkline(history, TimelineScale(0, 0.0, 600.0)).empty());
    QVERIFY(sparkline(history, TimelineScale(10, 5.0, 5.0)).empty());
    // Non-finite losses are left out.
    const History diverged = syntheticHistory(
        1, 3, 1, [](std::int64_t step) { return step == 2 ? std::numeric_limits<float>::infinity() : 1.0f; });
    QCOMPARE(sparkline(diverged, TimelineScale(3, 0.0, 300.0)).size(), std::size_t(2));
}

void TestTimeline::clickAsksForTheStepUnderTheMouse()
{
    ShownTimeline shown(40);
    QVERIFY(shown.exposed());
    Timeline &timeline = shown.timeline;
    timeline.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&timeline));
    TimelineTrack *track = shown.showAt(40);
    QSignalSpy spy(&timeline, &Timeline::viewRequested);

    QTest::mouseClick(track, Qt::LeftButton, {}, pointAt(track, 12));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 12);
    QCOMPARE(track->shownStep(), std::int64_t(12)); // the handle goes there at once
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 12 of 40 (rewound)"));
    QVERIFY(track->hasFocus()); // the keys work after a click

    // Clicking the step already shown asks for nothing.
    shown.showAt(12);
    QTest::mouseClick(track, Qt::LeftButton, {}, pointAt(track, 12));
    QCOMPARE(spy.count(), 1);
}

void TestTimeline::dragIsThrottledAndReleaseAlwaysAsks()
{
    ShownTimeline shown(40);
    QVERIFY(shown.exposed());
    Timeline &timeline = shown.timeline;
    TimelineTrack *track = shown.showAt(40);
    QCOMPARE(track->throttleInterval(), TimelineTrack::defaultThrottleMs);
    // A long interval, so that the moves below surely fall inside one even on a slow machine.
    track->setThrottleInterval(400);
    QSignalSpy spy(&timeline, &Timeline::viewRequested);

    QTest::mousePress(track, Qt::LeftButton, {}, pointAt(track, 5));
    QCOMPARE(spy.count(), 1); // the press: at once
    QCOMPARE(spy.at(0).at(0).toLongLong(), 5);
    for (std::int64_t step : {8, 11, 17, 23})
        QTest::mouseMove(track, pointAt(track, step));
    QCOMPARE(spy.count(), 1); // throttled …
    QCOMPARE(track->shownStep(), std::int64_t(23)); // … while the handle follows the mouse
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 23 of 40 (rewound)"));
    QVERIFY(spy.wait(2000)); // … until the interval is over: the newest
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), 23);

    QTest::mouseMove(track, pointAt(track, 30));
    QTest::mouseRelease(track, Qt::LeftButton, {}, pointAt(track, 31));
    QCOMPARE(spy.count(), 3); // the release's step, throttle or not
    QCOMPARE(spy.at(2).at(0).toLongLong(), 31);
    QTest::qWait(500);
    QCOMPARE(spy.count(), 3); // and nothing left over afterwards

    // Dragging beyond the ends asks for the first or the latest step.
    track->setThrottleInterval(0);
    QTest::mousePress(track, Qt::LeftButton, {}, pointAt(track, 20));
    QTest::mouseMove(track, QPoint(-50, track->height() / 2));
    QCOMPARE(spy.last().at(0).toLongLong(), 0);
    QTest::mouseRelease(track, Qt::LeftButton, {}, QPoint(track->width() + 50, track->height() / 2));
    QCOMPARE(spy.last().at(0).toLongLong(), 40);
}

void TestTimeline::grabbingTheHandleDoesNotJump()
{
    ShownTimeline shown(400); // 400 steps over ~600 px: less than two pixels per step
    QVERIFY(shown.exposed());
    Timeline &timeline = shown.timeline;
    TimelineTrack *track = shown.showAt(200);
    track->setThrottleInterval(0);
    QSignalSpy spy(&timeline, &Timeline::viewRequested);
    // A press a few pixels beside the handle grabs it where it is: no request.
    const QPoint handle = pointAt(track, 200);
    QTest::mousePress(track, Qt::LeftButton, {}, handle + QPoint(4, 0));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(track->shownStep(), std::int64_t(200));
    // Moving it moves it by as much as the mouse moves.
    QTest::mouseMove(track, pointAt(track, 300) + QPoint(4, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 300);
    QTest::mouseRelease(track, Qt::LeftButton, {}, pointAt(track, 300) + QPoint(4, 0));
    QCOMPARE(spy.count(), 1);
}

void TestTimeline::handleFollowsTheSnapshot()
{
    ShownTimeline shown(40);
    QVERIFY(shown.exposed());
    Timeline &timeline = shown.timeline;
    TimelineTrack *track = shown.showAt(40);
    QTest::mouseClick(track, Qt::LeftButton, {}, pointAt(track, 12));
    // A snapshot from before the request was handled: the handle stays where it was asked to go.
    shown.showAt(40);
    QCOMPARE(track->shownStep(), std::int64_t(12));
    // The worker shows step 12: from now on the handle follows the snapshots again.
    shown.showAt(12);
    QCOMPARE(track->shownStep(), std::int64_t(12));
    QSignalSpy moved(track, &TimelineTrack::shownStepChanged);
    shown.showAt(40); // "Latest", say
    QCOMPARE(track->shownStep(), std::int64_t(40));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 40 (latest)"));
}

void TestTimeline::keyboard()
{
    ShownTimeline shown(40);
    QVERIFY(shown.exposed());
    Timeline &timeline = shown.timeline;
    TimelineTrack *track = shown.showAt(20);
    track->setThrottleInterval(0);
    QSignalSpy spy(&timeline, &Timeline::viewRequested);
    const auto pressed = [&](Qt::Key key) {
        QTest::keyClick(track, key);
        return spy.isEmpty() ? std::int64_t(-1) : std::int64_t(spy.last().at(0).toLongLong());
    };
    QCOMPARE(pressed(Qt::Key_Left), std::int64_t(19));
    QCOMPARE(pressed(Qt::Key_Right), std::int64_t(20));
    QCOMPARE(pressed(Qt::Key_Right), std::int64_t(21));
    const std::int64_t before = track->shownStep();
    const std::int64_t afterPageDown = pressed(Qt::Key_PageDown);
    QVERIFY(afterPageDown < before - 1); // a tick's worth back
    QCOMPARE(pressed(Qt::Key_PageUp), before);
    QCOMPARE(pressed(Qt::Key_Home), std::int64_t(0));
    const int count = static_cast<int>(spy.count());
    QTest::keyClick(track, Qt::Key_Left); // already at 0: nothing to ask for
    QCOMPARE(spy.count(), count);
    QCOMPARE(pressed(Qt::Key_End), std::int64_t(40));
    QTest::keyClick(track, Qt::Key_Right); // already at the latest step
    QCOMPARE(spy.count(), count + 1);
}

void TestTimeline::statusLabel()
{
    SnapshotBuilder run(lectureExample());
    Timeline timeline;
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 0 (latest)"));
    timeline.setSnapshot(rewound(run, 0));
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 0 (latest)"));
    run.train(40);
    timeline.setSnapshot(rewound(run, 12));
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 12 of 40 (rewound)"));
    timeline.setSnapshot(rewound(run, 0));
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 0 of 40 (rewound)"));
    timeline.setSnapshot(rewound(run, 40));
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 40 (latest)"));
}

void TestTimeline::buttonsFollowViewingHistory()
{
    SnapshotBuilder run(lectureExample());
    run.train(40);
    Timeline timeline;
    QVERIFY(!timeline.resumeButton()->isEnabled());
    QVERIFY(!timeline.latestButton()->isEnabled());
    QCOMPARE(timeline.resumeButton()->text(), QStringLiteral("Resume from here"));
    QCOMPARE(timeline.latestButton()->text(), QStringLiteral("Latest"));
    timeline.setSnapshot(rewound(run, 40));
    QVERIFY(!timeline.resumeButton()->isEnabled());
    QVERIFY(!timeline.latestButton()->isEnabled());
    timeline.setSnapshot(rewound(run, 12));
    QVERIFY(timeline.resumeButton()->isEnabled());
    QVERIFY(timeline.latestButton()->isEnabled());

    QSignalSpy resume(&timeline, &Timeline::resumeRequested);
    QSignalSpy latest(&timeline, &Timeline::latestRequested);
    QSignalSpy view(&timeline, &Timeline::viewRequested);
    timeline.resumeButton()->click();
    QCOMPARE(resume.count(), 1);
    timeline.latestButton()->click();
    QCOMPARE(latest.count(), 1);
    QCOMPARE(view.count(), 0); // the buttons ask through their own signals only

    timeline.setSnapshot(rewound(run, 40));
    QVERIFY(!timeline.resumeButton()->isEnabled());
    QVERIFY(!timeline.latestButton()->isEnabled());
}

void TestTimeline::budgetNote()
{
    SnapshotBuilder run(lectureExample());
    run.train(40);
    Timeline timeline;
    timeline.resize(900, 56);
    timeline.setSnapshot(rewound(run, 40, 1));
    QVERIFY(timeline.budgetNote().isEmpty());
    QVERIFY(!timeline.track()->toolTipAt(QPoint(300, 20)).contains(QStringLiteral("memory budget")));
    timeline.setSnapshot(rewound(run, 12, 8));
    QVERIFY2(timeline.budgetNote().contains(QStringLiteral("every 8th step kept")), qPrintable(timeline.budgetNote()));
    QVERIFY(timeline.budgetNote().contains(QStringLiteral("memory budget")));
    QVERIFY(timeline.track()
                ->toolTipAt(QPoint(300, 20))
                .contains(QStringLiteral("recomputed exactly from every 8th kept step (memory budget)")));
    // Spaced out for speed (RunHistory::setCheckpointShare): said so, not blamed on memory.
    SnapshotPtr fast = rewound(run, 12, 4);
    std::const_pointer_cast<TrainingSnapshot>(fast)->checkpointsSpacedOut = true;
    timeline.setSnapshot(fast);
    QVERIFY2(timeline.budgetNote().contains(QStringLiteral("every 4th step kept (full speed)")),
             qPrintable(timeline.budgetNote()));
    QVERIFY(!timeline.budgetNote().contains(QStringLiteral("memory budget")));
    QVERIFY(timeline.track()
                ->toolTipAt(QPoint(300, 20))
                .contains(QStringLiteral("recomputed exactly from every 4th kept step (training at full speed)")));
    timeline.setSnapshot(rewound(run, 12, 1));
    QVERIFY(timeline.budgetNote().isEmpty());
}

void TestTimeline::editMarksHaveTooltips()
{
    ShownTimeline shown(40);
    QVERIFY(shown.exposed());
    SnapshotBuilder &run = shown.run;
    Timeline &timeline = shown.timeline;
    auto snapshot = std::make_shared<TrainingSnapshot>(*rewound(run, 40));
    // W_hh of the lecture model is 4 × 4: element 6 is row 1, column 2.
    snapshot->edits.push_back({10, snapshot->weights.layout().stack().weightHh(0), 6, 0.25f, -0.5f});
    snapshot->edits.push_back({30, snapshot->weights.layout().stack().biasIh(0), 3, 0.125f, 1.0f});
    snapshot->edits.push_back(
        {55, snapshot->weights.layout().stack().weightHh(0), 0, 0.0f, 1.0f}); // after the head: no mark
    timeline.setSnapshot(snapshot);
    TimelineTrack *track = timeline.track();

    const std::vector<double> marks = track->editMarkPositions();
    QCOMPARE(marks.size(), std::size_t(2));
    QCOMPARE(marks[0], track->scale().xOfStep(10));
    QCOMPARE(marks[1], track->scale().xOfStep(30));

    const QString first = track->toolTipAt(QPoint(qRound(marks[0]) + 2, 10));
    QVERIFY2(first.contains(QStringLiteral("Edited by hand after step 10")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("rnn.weight_hh_l0[1][2]")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("0.25")) && first.contains(QStringLiteral("0.5")), qPrintable(first));
    const QString second = track->toolTipAt(QPoint(qRound(marks[1]), 10));
    QVERIFY2(second.contains(QStringLiteral("rnn.bias_ih_l0[3]")), qPrintable(second));
    QVERIFY(!second.contains(QStringLiteral("step 10")));
    // Between the marks: the step under the mouse and its loss.
    const QString between = track->toolTipAt(pointAt(track, 20));
    QVERIFY2(between.startsWith(QStringLiteral("Step 20 — loss ")), qPrintable(between));
    QVERIFY(!between.contains(QStringLiteral("Edited")));
}

void TestTimeline::newGenerationForgetsRequests()
{
    SnapshotBuilder first(lectureExample(), 1);
    first.train(40);
    Timeline timeline;
    timeline.resize(900, 56);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.setSnapshot(rewound(first, 40));
    TimelineTrack *track = timeline.track();
    track->setThrottleInterval(10000);
    QSignalSpy spy(&timeline, &Timeline::viewRequested);
    QTest::mousePress(track, Qt::LeftButton, {}, pointAt(track, 10));
    QTest::mouseMove(track, pointAt(track, 20)); // pending behind the throttle
    QCOMPARE(spy.count(), 1);
    // Reset: a new run. The pending request belonged to the old one and is dropped.
    SnapshotBuilder second(lectureExample(), 2);
    second.train(3);
    timeline.setSnapshot(rewound(second, 3));
    QCOMPARE(track->shownStep(), std::int64_t(3));
    QCOMPARE(timeline.statusText(), QStringLiteral("Training step 3 (latest)"));
    QTest::mouseRelease(track, Qt::LeftButton, {}, pointAt(track, 1)); // the press was in the old run
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
