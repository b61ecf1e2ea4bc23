// SPDX-License-Identifier: MIT
// LossPlot: points are appended incrementally (one per history entry, never re-added), a new
// generation starts a new curve, the axes follow the data, the log toggle, at most one replot per
// snapshot, and a million points stay fast.
#include "lossplot.h"
#include "snapshotbuilder.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestLossPlot : public QObject
{
    Q_OBJECT

private slots:
    void appendsIncrementally();
    void hiddenPlotReplotsWhenShown();
    void newGenerationClears();
    void axesFollowTheData();
    void logToggle();
    void millionPoints();

private:
    static SnapshotPtr syntheticSnapshot(std::uint64_t generation, std::int64_t entries);
};

SnapshotPtr TestLossPlot::syntheticSnapshot(std::uint64_t generation, std::int64_t entries)
{
    // A long run's history without training it: loss decaying from 1.4, accuracy rising.
    static std::vector<std::shared_ptr<const HistoryChunk>> chunks;
    auto predictions = std::make_shared<const std::vector<std::u32string>>(1, U"ello");
    while (static_cast<std::int64_t>(chunks.size() * HistoryChunk::capacity) < entries) {
        auto chunk = std::make_shared<HistoryChunk>();
        const auto first = static_cast<std::int64_t>(chunks.size() * HistoryChunk::capacity);
        for (std::size_t i = 0; i < HistoryChunk::capacity; ++i) {
            const std::int64_t step = first + static_cast<std::int64_t>(i) + 1;
            chunk->entries.push_back({step, 1.4f / (1.0f + 0.01f * static_cast<float>(step)),
                                      std::min(1.0f, 0.25f + 1e-5f * static_cast<float>(step)), predictions});
        }
        chunks.push_back(std::move(chunk));
    }
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->generation = generation;
    const auto full = static_cast<std::size_t>(entries) / HistoryChunk::capacity;
    snapshot->history.chunks.assign(chunks.begin(), chunks.begin() + static_cast<std::ptrdiff_t>(full));
    if (const auto rest = static_cast<std::size_t>(entries) % HistoryChunk::capacity) {
        auto last = std::make_shared<HistoryChunk>();
        last->entries.assign(chunks[full]->entries.begin(), chunks[full]->entries.begin() + static_cast<std::ptrdiff_t>(rest));
        snapshot->history.chunks.push_back(std::move(last));
    }
    return snapshot;
}

void TestLossPlot::appendsIncrementally()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    LossPlot plot;
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setSnapshot(run.snapshot());
    QCOMPARE(plot.lossPointCount(), 0);
    int requests = plot.replotCount();
    for (int steps : {1, 4, 10, 25}) {
        run.train(steps);
        const SnapshotPtr snapshot = run.snapshot();
        plot.setSnapshot(snapshot);
        QCOMPARE(plot.lossPointCount(), int(snapshot->history.size()));
        QCOMPARE(plot.accuracyPointCount(), int(snapshot->history.size()));
        QCOMPARE(plot.replotCount(), requests + 1); // one replot per snapshot with news
        requests = plot.replotCount();
    }
    // The same history again (a snapshot without new steps): nothing added, no replot.
    plot.setSnapshot(run.snapshot());
    QCOMPARE(plot.lossPointCount(), 40);
    QCOMPARE(plot.replotCount(), requests);
}

void TestLossPlot::hiddenPlotReplotsWhenShown()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    LossPlot plot;
    for (int i = 0; i < 5; ++i) {
        run.train(3);
        plot.setSnapshot(run.snapshot());
    }
    // Hidden (a tab in the background): the data is there, no replot spent on it.
    QCOMPARE(plot.lossPointCount(), 15);
    QCOMPARE(plot.replotCount(), 0);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.replotCount(), 1); // once, when shown
    plot.hide();
    plot.show();
    QCOMPARE(plot.replotCount(), 1); // nothing new: nothing to do
}

void TestLossPlot::newGenerationClears()
{
    SnapshotBuilder first(rnnlab::lectureExample(), 1);
    first.train(30);
    LossPlot plot;
    plot.setSnapshot(first.snapshot());
    QCOMPARE(plot.lossPointCount(), 30);
    SnapshotBuilder second(rnnlab::lectureExample(), 2);
    second.train(5);
    plot.setSnapshot(second.snapshot());
    QCOMPARE(plot.lossPointCount(), 5);
    QCOMPARE(plot.stepRange().second, 5.0);
    // A new generation without steps yet: an empty plot.
    SnapshotBuilder third(rnnlab::lectureExample(), 3);
    plot.setSnapshot(third.snapshot());
    QCOMPARE(plot.lossPointCount(), 0);
    QCOMPARE(plot.accuracyPointCount(), 0);
}

void TestLossPlot::axesFollowTheData()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(50);
    const SnapshotPtr snapshot = run.snapshot();
    LossPlot plot;
    plot.setSnapshot(snapshot);
    QCOMPARE(plot.stepRange(), std::make_pair(0.0, 50.0));
    const auto [lower, upper] = plot.lossRange();
    for (std::int64_t i = 0; i < snapshot->history.size(); ++i) {
        const float loss = snapshot->history.at(i).loss;
        QVERIFY(loss > lower && loss < upper);
    }
    QVERIFY(lower >= 0.0);
    QCOMPARE(plot.accuracyRange().first, 0.0);
    QVERIFY(plot.accuracyRange().second >= 100.0);
}

void TestLossPlot::logToggle()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(200);
    LossPlot plot;
    plot.setSnapshot(run.snapshot());
    QSignalSpy spy(&plot, &LossPlot::logScaleChanged);
    QCheckBox *box = plot.findChild<QCheckBox *>();
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    box->click();
    QVERIFY(plot.logScale());
    QCOMPARE(spy.count(), 1);
    const auto [lower, upper] = plot.lossRange();
    QVERIFY(lower > 0.0);
    const SnapshotPtr snapshot = run.snapshot();
    for (std::int64_t i = 0; i < snapshot->history.size(); ++i) {
        const float loss = snapshot->history.at(i).loss;
        QVERIFY(loss >= lower && loss <= upper);
    }
    plot.setLogScale(false);
    QVERIFY(!box->isChecked());
    QCOMPARE(spy.count(), 2);
    const auto [linearLower, linearUpper] = plot.lossRange();
    QVERIFY(linearLower >= 0.0);
    for (std::int64_t i = 0; i < snapshot->history.size(); ++i) {
        const float loss = snapshot->history.at(i).loss;
        QVERIFY(loss >= linearLower && loss <= linearUpper);
    }
    // Setting what is already set changes nothing.
    plot.setLogScale(false);
    QCOMPARE(spy.count(), 2);
}

void TestLossPlot::millionPoints()
{
    LossPlot plot;
    plot.resize(600, 300);
    plot.show(); // visible: every snapshot replots, as in the app
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    // A long run arrives in 100 snapshots of 10,000 steps.
    QElapsedTimer timer;
    timer.start();
    for (std::int64_t entries = 10'000; entries <= 1'000'000; entries += 10'000)
        plot.setSnapshot(syntheticSnapshot(1, entries));
    const qint64 appendMs = timer.elapsed();
    QCOMPARE(plot.lossPointCount(), 1'000'000);
    QCOMPARE(plot.replotCount(), 100);
    QCOMPARE(plot.stepRange().second, 1'000'000.0);
    timer.restart();
    const QImage image = plot.grab().toImage(); // a full replot and paint of a million points
    const qint64 paintMs = timer.elapsed();
    QVERIFY(!image.isNull());
    qInfo("1e6 points: appended and replotted in %lld ms (100 snapshots), painted in %lld ms", appendMs, paintMs);
    // Generous bounds (sanitizer builds are slow): re-adding everything per snapshot or painting
    // without adaptive sampling takes far longer.
    QVERIFY2(appendMs < 20'000, qPrintable(QString::number(appendMs)));
    QVERIFY2(paintMs < 5'000, qPrintable(QString::number(paintMs)));
}

QTEST_MAIN(TestLossPlot)
#include "tst_lossplot.moc"
