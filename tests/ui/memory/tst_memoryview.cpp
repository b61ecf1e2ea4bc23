// SPDX-License-Identifier: MIT
// The Memory tab: what it draws is MemoryAnalysis's numbers for the snapshot on screen (the
// influence of the walk's step, the PCA's points of the text shown), the shading is the graph's
// scale, and the analysis runs only while the tab is visible, at most every recomputeInterval.
#include "engine/memoryanalysis.h"
#include "engine/session.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/common/colorscales.h"
#include "ui/memory/memoryinfluence.h"
#include "ui/memory/memorypath.h"
#include "ui/memory/memorypicture.h"
#include "ui/memory/memoryview.h"
#include "ui/teaching/equationview.h"

#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

namespace {

Session sessionOf(CellKind cell, int layers, int hidden, const std::u32string &text)
{
    Session session = lectureExample();
    session.model.cell = cell;
    session.model.numLayers = layers;
    session.model.hiddenSize = hidden;
    session.model.outputLayer = true;
    session.data.texts = {text};
    session.weights.reset();
    session.optimizerState.reset();
    return session;
}

//! \a snapshot as the worker publishes it while training plays.
SnapshotPtr playing(const SnapshotPtr &snapshot)
{
    auto copy = std::make_shared<TrainingSnapshot>(*snapshot);
    copy->playing = true;
    return copy;
}

} // namespace

class TestMemoryView : public QObject
{
    Q_OBJECT

private slots:
    void pictureIsTheAnalysis_data();
    void pictureIsTheAnalysis();
    void shadeIsTheGraphsScale();
    void barsHoverTheirNumbers();
    void pathKeepsTheOrderOfThePoints();
    void computesOnlyWhileVisible();
};

void TestMemoryView::pictureIsTheAnalysis_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("cellState");
    QTest::addColumn<int>("t"); // −1: the last step
    QTest::newRow("rnn hello, last step") << int(CellKind::RnnTanh) << 1 << -1 << false << -1;
    QTest::newRow("rnn hello, step 2") << int(CellKind::RnnTanh) << 1 << 0 << false << 1;
    QTest::newRow("lstm 2 layers, bottom h, step 3") << int(CellKind::Lstm) << 2 << 0 << false << 2;
    QTest::newRow("lstm 2 layers, top c, last step") << int(CellKind::Lstm) << 2 << 1 << true << -1;
    QTest::newRow("gru 3 layers, middle, t past the end") << int(CellKind::Gru) << 3 << 1 << false << 99;
}

void TestMemoryView::pictureIsTheAnalysis()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(int, layer);
    QFETCH(bool, cellState);
    QFETCH(int, t);
    SnapshotBuilder run(sessionOf(CellKind(cell), layers, 6, U"hello"));
    run.train(20);
    const SnapshotPtr snapshot = run.snapshot();
    const MemoryLayer which{layer, cellState};
    const MemoryPicture picture = MemoryPicture::of(*snapshot, 0, t < 0 ? std::nullopt : std::optional<int>(t), which);
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task, which);

    QVERIFY(picture.problem.isEmpty());
    const int n = 4; // "hell" → "ello"
    QCOMPARE(picture.characters,
             (QStringList{QStringLiteral("h"), QStringLiteral("e"), QStringLiteral("l"), QStringLiteral("l")}));
    QCOMPARE(picture.t, t < 0 ? n - 1 : std::min(t, n - 1));
    QCOMPARE(picture.layer, analysis.layer());
    QCOMPARE(picture.cellState, cellState);
    QCOMPARE(picture.influence, analysis.influence(0, picture.t));
    QCOMPARE(int(picture.influence.size()), picture.t + 1);
    const StatePca pca = analysis.pca();
    QCOMPARE(picture.points, pca.points());
    QCOMPARE(picture.explainedVarianceRatio, pca.explainedVarianceRatio());
    QCOMPARE(picture.states, analysis.states()[0]);
    QCOMPARE(picture.target, QStringLiteral("ello").mid(picture.t, 1));
}

void TestMemoryView::shadeIsTheGraphsScale()
{
    QCOMPARE(MemoryInfluence::shadeOf(0.3, 0.3), valueColor(0.3, niceScale(0.3)));
    QCOMPARE(MemoryInfluence::shadeOf(0.0, 0.3), valueColor(0.0, niceScale(0.3)));
    // Larger influence, darker shade.
    QVERIFY(MemoryInfluence::shadeOf(0.3, 0.3).lightnessF() < MemoryInfluence::shadeOf(0.1, 0.3).lightnessF());
}

void TestMemoryView::barsHoverTheirNumbers()
{
    SnapshotBuilder run(sessionOf(CellKind::Lstm, 1, 8, U"hello world"));
    run.train(30);
    const MemoryPicture picture = MemoryPicture::of(*run.snapshot(), 0, 6, {});
    MemoryInfluence influence;
    influence.resize(influence.sizeHint());
    influence.setPicture(&picture);
    QCOMPARE(int(picture.influence.size()), 7);
    for (int s = 0; s < 7; ++s) {
        const QPointF centre(influence.stepCentre(s), influence.height() / 2.0);
        QCOMPARE(influence.stepAt(centre), s);
        // Every number on hover, as the engine computed it.
        QVERIFY(influence.toolTipOf(s).endsWith(EquationView::number(float(picture.influence[std::size_t(s)]), 4)));
        QVERIFY(
            influence.toolTipOf(s).contains(QStringLiteral("step %1 (‘%2’)").arg(s + 1).arg(picture.characters[s])));
    }
    // Steps after t cannot change its prediction: no hover there.
    QCOMPARE(influence.stepAt(QPointF(influence.stepCentre(8), influence.height() / 2.0)), -1);
}

void TestMemoryView::pathKeepsTheOrderOfThePoints()
{
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 1, 16, U"the quick brown fox"));
    run.train(30);
    const MemoryPicture picture = MemoryPicture::of(*run.snapshot(), 0, std::nullopt, {});
    MemoryPath path;
    path.resize(400, 300);
    path.setPicture(&picture);
    const int n = int(picture.points.rows());
    QCOMPARE(n, 18);
    for (int a = 0; a < n; ++a) {
        QCOMPARE(path.stepAt(path.pointOf(a)) >= 0, true);
        for (int b = 0; b < n; ++b) {
            // Right on screen is larger on PC1, up is larger on PC2.
            if (picture.points(a, 0) < picture.points(b, 0))
                QVERIFY(path.pointOf(a).x() <= path.pointOf(b).x());
            if (picture.points(a, 1) < picture.points(b, 1))
                QVERIFY(path.pointOf(a).y() >= path.pointOf(b).y());
        }
    }
    QVERIFY(path.axisTitle(0).startsWith(QStringLiteral("PC1 (")));
    QVERIFY(path.toolTipOf(0).contains(QStringLiteral("step 1, input ‘t’")));
}

void TestMemoryView::computesOnlyWhileVisible()
{
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 1, 8, U"hello world"));
    MemoryView view;
    view.resize(900, 300);
    for (int i = 0; i < 10; ++i) {
        run.train(1);
        const SnapshotPtr snapshot = run.snapshot();
        view.showSnapshot(snapshot, ColorScales::of(*snapshot));
    }
    QCOMPARE(view.computations(), 0); // hidden: only the newest pointer is kept

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.computations(), 1); // shown: the newest snapshot at once
    const SnapshotPtr last = run.snapshot();
    const MemoryAnalysis analysis(last->weights, *last->setup->task);
    QCOMPARE(view.picture().influence, analysis.influence(0, 9));

    // A burst of snapshots while training plays is merged: at most one analysis per interval, the
    // newest shown after it.
    const int before = view.computations();
    for (int i = 0; i < 20; ++i) {
        run.train(1);
        const SnapshotPtr snapshot = playing(run.snapshot());
        view.showSnapshot(snapshot, ColorScales::of(*snapshot));
    }
    QVERIFY(view.computations() <= before + 1);
    const SnapshotPtr newest = run.snapshot(); // the same weights as the last one shown
    const MemoryAnalysis newestAnalysis(newest->weights, *newest->setup->task);
    QTRY_COMPARE_WITH_TIMEOUT(view.picture().influence, newestAnalysis.influence(0, 9),
                              5 * MemoryView::recomputeInterval);
    QVERIFY(view.computations() <= before + 2);

    // The walk's step is followed at once.
    const int walked = view.computations();
    view.setStepCursor(StepCursor{3, 0, Phase::Activation});
    QCOMPARE(view.computations(), walked + 1);
    QCOMPARE(view.picture().t, 3);
    QCOMPARE(int(view.picture().influence.size()), 4);

    view.hide();
    for (int i = 0; i < 5; ++i) {
        run.train(1);
        const SnapshotPtr snapshot = i % 2 ? playing(run.snapshot()) : run.snapshot();
        view.showSnapshot(snapshot, ColorScales::of(*snapshot));
    }
    view.setTextIndex(0);
    view.setStepCursor(std::nullopt);
    QTest::qWait(2 * MemoryView::recomputeInterval);
    QCOMPARE(view.computations(), walked + 1);

    // A stopped run's snapshot is shown at once when visible.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.computations(), walked + 2);
    run.train(1);
    const SnapshotPtr stopped = run.snapshot();
    view.showSnapshot(stopped, ColorScales::of(*stopped));
    QCOMPARE(view.computations(), walked + 3);
}

QTEST_MAIN(TestMemoryView)
#include "tst_memoryview.moc"
