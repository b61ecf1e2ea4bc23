// SPDX-License-Identifier: MIT
// LossPlot: points are appended incrementally (one per history entry, never re-added), a new
// generation starts a new curve, the axes follow the data, the log toggle, at most one replot per
// snapshot, markers while there are few points, a sensible axis for a single one, the hint before
// the first step, and a million points stay fast.
#include "tests/support/snapshotbuilder.h"
#include "ui/plots/lossplot.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

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
    void markersWhileFewPoints();
    void onePointGetsASensibleAxis();
    void hintBeforeTheFirstStep();
    void lossTicksShareTheirDecimals();
    void ticksInTheReadersLocale();
    void stepTicksAreWholeNumbers();
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
        last->entries.assign(chunks[full]->entries.begin(),
                             chunks[full]->entries.begin() + static_cast<std::ptrdiff_t>(rest));
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
    QCOMPARE(plot.stepRange().second, 5.5); // 5 steps, with room for the last marker
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

void TestLossPlot::markersWhileFewPoints()
{
    LossPlot plot;
    QVERIFY(!plot.markersShown()); // nothing to mark
    plot.setSnapshot(syntheticSnapshot(1, 1));
    QVERIFY(plot.markersShown()); // one point is no line: a marker shows it
    plot.setSnapshot(syntheticSnapshot(1, LossPlot::markerLimit - 1));
    QVERIFY(plot.markersShown());
    plot.setSnapshot(syntheticSnapshot(1, LossPlot::markerLimit));
    QVERIFY(!plot.markersShown()); // a curve now: markers would only clutter it
    plot.setSnapshot(syntheticSnapshot(2, 3)); // a new generation starts with few points again
    QVERIFY(plot.markersShown());
    // A palette change keeps the markers (in the new colours).
    QPalette dark = plot.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    plot.setPalette(dark);
    QVERIFY(plot.markersShown());
}

void TestLossPlot::onePointGetsASensibleAxis()
{
    LossPlot plot;
    plot.setSnapshot(syntheticSnapshot(1, 1)); // loss 1.4 / 1.01 ≈ 1.386
    const double loss = 1.4f / (1.0f + 0.01f);
    const auto [lower, upper] = plot.lossRange();
    // From 0, with the value well inside: round ticks, not a 0.01-wide window around it.
    QCOMPARE(lower, 0.0);
    QVERIFY(upper > loss * 1.05 && upper < loss * 1.5);
    // The step axis leaves room right of the point, so its marker is not cut by the frame.
    QCOMPARE(plot.stepRange(), std::make_pair(0.0, 1.5));
    plot.setLogScale(true);
    const auto [logLower, logUpper] = plot.lossRange();
    QVERIFY(logLower <= 1.0 && logLower > 0.0); // 10⁰ is on the axis, with its label
    QVERIFY(logUpper > loss);
}

void TestLossPlot::hintBeforeTheFirstStep()
{
    LossPlot plot;
    QVERIFY(plot.isShowingHint()); // no snapshot yet
    QCOMPARE(plot.hintText(),
             QStringLiteral("Press Play (Space) or take one step (Ctrl+→) — the loss of every "
                            "training step appears here"));
    SnapshotBuilder run(rnnlab::lectureExample());
    plot.setSnapshot(run.snapshot()); // step 0: still nothing to plot
    QVERIFY(plot.isShowingHint());
    run.train(1);
    plot.setSnapshot(run.snapshot());
    QVERIFY(!plot.isShowingHint());
    // A reset: empty again, so the hint is back.
    SnapshotBuilder reset(rnnlab::lectureExample(), 2);
    plot.setSnapshot(reset.snapshot());
    QVERIFY(plot.isShowingHint());
}

void TestLossPlot::lossTicksShareTheirDecimals()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    LossPlot plot;
    plot.resize(600, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    for (int steps : {1, 9, 90}) {
        run.train(steps);
        plot.setSnapshot(run.snapshot());
        const QStringList labels = plot.lossTickLabels();
        QVERIFY(labels.size() >= 3);
        // "0.00, 0.25, …, 1.00, 1.25", never "1" beside "1.25".
        const auto decimals = [](const QString &label) {
            const qsizetype point = label.indexOf(u'.');
            return point < 0 ? 0 : label.size() - point - 1;
        };
        for (const QString &label : labels)
            QVERIFY2(decimals(label) == decimals(labels.first()), qPrintable(labels.join(QStringLiteral(", "))));
    }
}

void TestLossPlot::ticksInTheReadersLocale()
{
    // `--language de` (QLocale's default set before any window): the loss axis "0,25", the step
    // axis's counts grouped from 10 000 on the German way; English a point and a comma.
    const QLocale before;
    const auto ticks = [](const QLocale &locale) {
        QLocale::setDefault(locale);
        LossPlot plot;
        plot.resize(600, 300);
        plot.show();
        static_cast<void>(QTest::qWaitForWindowExposed(&plot)); // grab() below lays it out regardless
        plot.setSnapshot(syntheticSnapshot(1, 20'000));
        plot.grab();
        QStringList steps;
        for (const auto &tick : plot.stepTicks())
            steps << tick.second;
        return std::pair{plot.lossTickLabels(), steps};
    };
    const auto [germanLoss, germanSteps] = ticks(QLocale(QLocale::German, QLocale::Germany));
    const auto [englishLoss, englishSteps] = ticks(QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(before);
    const QString german = germanLoss.join(u' ') + u'|' + germanSteps.join(u' ');
    const QString english = englishLoss.join(u' ') + u'|' + englishSteps.join(u' ');
    QVERIFY2(germanLoss.join(u' ').contains(u',') && !germanLoss.join(u' ').contains(u'.'), qPrintable(german));
    QVERIFY2(englishLoss.join(u' ').contains(u'.') && !englishLoss.join(u' ').contains(u','), qPrintable(english));
    QVERIFY2(germanSteps.contains(QStringLiteral("20.000")) || germanSteps.contains(QStringLiteral("10.000")),
             qPrintable(german));
    QVERIFY2(englishSteps.contains(QStringLiteral("20,000")) || englishSteps.contains(QStringLiteral("10,000")),
             qPrintable(english));
}

void TestLossPlot::stepTicksAreWholeNumbers()
{
    // 12 steps made QCustomPlot pick a tick step of 2.5, and the whole-number axis printed 2.5 as "3".
    SnapshotBuilder run(rnnlab::lectureExample());
    LossPlot plot;
    plot.resize(600, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    for (int steps = 1; steps <= 40; ++steps) {
        run.train(1);
        plot.setSnapshot(run.snapshot());
        plot.grab(); // lays the axis out: its ticks
        const auto ticks = plot.stepTicks();
        QVERIFY(!ticks.isEmpty());
        for (const auto &[position, label] : ticks)
            QVERIFY2(
                position == std::round(position) && label == QString::number(position, 'f', 0),
                qPrintable(QStringLiteral("%1 steps: tick %2 labelled \"%3\"").arg(steps).arg(position).arg(label)));
    }
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
    // Reported, not asserted: speed goals live in scripts/bench and rnnlab --bench-ui.
    qInfo("1e6 points: appended and replotted in %lld ms (100 snapshots), painted in %lld ms", appendMs, paintMs);
}

QTEST_MAIN(TestLossPlot)
#include "tst_lossplot.moc"
