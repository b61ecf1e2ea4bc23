// SPDX-License-Identifier: MIT
// The Memory tab: what it draws is MemoryAnalysis's numbers for the snapshot on screen (the
// influence of the walk's step, the PCA's points of the text shown), the shading is the graph's
// scale, and the analysis runs only while the tab is visible, at most every recomputeInterval.
#include "app/worker/snapshotassembler.h"
#include "engine/memoryanalysis.h"
#include "engine/session.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/common/colorscales.h"
#include "ui/memory/memoryinfluence.h"
#include "ui/memory/memorypath.h"
#include "ui/memory/memorypicture.h"
#include "ui/memory/memoryunits.h"
#include "ui/memory/memoryview.h"
#include "ui/memory/unitspicture.h"
#include "ui/teaching/equationview.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
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

//! \a view shown (900×400) with \a snapshot on it; false when the window never showed.
bool showWith(MemoryView &view, const SnapshotPtr &snapshot)
{
    view.resize(900, 400);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.showSnapshot(snapshot, ColorScales::of(*snapshot));
    return true;
}

//! The texts of \a view's labels: its titles.
QStringList titlesOf(const MemoryView &view)
{
    QStringList titles;
    for (const QLabel *label : view.findChildren<QLabel *>())
        titles << label->text();
    return titles;
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
    void frozenAxesProjectLaterStates_data();
    void frozenAxesProjectLaterStates();
    void frozenAxesThatNoLongerFitAreDropped();
    void freezeSwitchKeepsTheAxes();
    void whatIfAnalysesTheWeightsShown();
    void whatIfSaysWhetherTheCellStillRemembers_data();
    void whatIfSaysWhetherTheCellStillRemembers();
    void oneAnalysisServesBothPictures();
    void unitsHaveAPageAndStartOnTheMostVariedUnit();
    void titleGivesTheBarsScale();
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

void TestMemoryView::frozenAxesProjectLaterStates_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("cellState");
    QTest::addColumn<int>("text");
    QTest::newRow("rnn, hello world") << int(CellKind::RnnTanh) << 1 << false << 0;
    QTest::newRow("lstm 2 layers, c") << int(CellKind::Lstm) << 2 << true << 0;
    QTest::newRow("gru 3 layers, second text") << int(CellKind::Gru) << 3 << false << 1;
}

void TestMemoryView::frozenAxesProjectLaterStates()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, cellState);
    QFETCH(int, text);
    Session session = sessionOf(CellKind(cell), layers, 8, U"hello world");
    session.data.texts.push_back(U"the lazy dog");
    SnapshotBuilder run(session);
    run.train(10);
    const SnapshotPtr early = run.snapshot();
    const MemoryLayer which{-1, cellState};
    const MemoryPicture then = MemoryPicture::of(*early, text, std::nullopt, which);
    QVERIFY(!then.axes.frozen);
    QCOMPARE(then.axes.step, std::int64_t(10));

    run.train(30);
    const SnapshotPtr later = run.snapshot();
    const MemoryPicture frozen = MemoryPicture::of(*later, text, std::nullopt, which, &then.axes);
    const MemoryPicture own = MemoryPicture::of(*later, text, std::nullopt, which);
    const MemoryAnalysis analysis(later->weights, *later->setup->task, which);
    const int first = text == 0 ? 0 : 10; // "hello world" has 10 steps
    const int n = int(frozen.points.rows());
    QCOMPARE(n, text == 0 ? 10 : 11);

    // Frozen: the new states on the old axes, with the old shares of the variance.
    QVERIFY(frozen.axes.frozen);
    QCOMPARE(frozen.axes.step, std::int64_t(10));
    QCOMPARE(frozen.points, Matrix<double>(then.axes.pca.project(analysis.stackedStates()).middleRows(first, n)));
    QCOMPARE(frozen.explainedVarianceRatio, then.explainedVarianceRatio);
    QCOMPARE(frozen.axes.pca.components(), then.axes.pca.components());
    // The scale holds: the frozen range, grown only to hold every point drawn now.
    for (int axis = 0; axis < 2; ++axis) {
        QVERIFY(frozen.axes.low(axis) <= then.axes.low(axis));
        QVERIFY(frozen.axes.high(axis) >= then.axes.high(axis));
        QCOMPARE(frozen.axes.low(axis), std::min(then.axes.low(axis), frozen.points.col(axis).minCoeff()));
        QCOMPARE(frozen.axes.high(axis), std::max(then.axes.high(axis), frozen.points.col(axis).maxCoeff()));
    }
    // Not frozen: a fresh PCA of the new states, its own extent.
    const StatePca fresh = analysis.pca();
    QVERIFY(!own.axes.frozen);
    QCOMPARE(own.axes.step, std::int64_t(40));
    QCOMPARE(own.points, Matrix<double>(fresh.points().middleRows(first, n)));
    QCOMPARE(own.explainedVarianceRatio, fresh.explainedVarianceRatio());
    QCOMPARE(own.axes.low, Eigen::Vector2d(own.points.colwise().minCoeff().transpose()));
    QCOMPARE(own.axes.high, Eigen::Vector2d(own.points.colwise().maxCoeff().transpose()));
    QVERIFY(!own.points.isApprox(frozen.points)); // thirty steps moved the states and the axes
}

void TestMemoryView::frozenAxesThatNoLongerFitAreDropped()
{
    const Session session = sessionOf(CellKind::Lstm, 2, 8, U"hello world");
    SnapshotBuilder run(session);
    run.train(5);
    const SnapshotPtr snapshot = run.snapshot();
    const MemoryPicture top = MemoryPicture::of(*snapshot, 0, std::nullopt, {});
    QVERIFY(MemoryPicture::of(*snapshot, 0, std::nullopt, {}, &top.axes).axes.frozen);
    // Another layer, the cell state instead of h, another run (a reset): their own PCA.
    for (const MemoryLayer which : {MemoryLayer{0, false}, MemoryLayer{-1, true}}) {
        const MemoryPicture other = MemoryPicture::of(*snapshot, 0, std::nullopt, which, &top.axes);
        QVERIFY(!other.axes.frozen);
        QCOMPARE(other.points, MemoryPicture::of(*snapshot, 0, std::nullopt, which).points);
    }
    SnapshotBuilder reset(session, /*generation=*/2);
    const SnapshotPtr afterReset = reset.snapshot();
    QVERIFY(!MemoryPicture::of(*afterReset, 0, std::nullopt, {}, &top.axes).axes.frozen);
}

void TestMemoryView::freezeSwitchKeepsTheAxes()
{
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 1, 8, U"hello world"));
    run.train(10);
    MemoryView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SnapshotPtr early = run.snapshot();
    view.showSnapshot(early, ColorScales::of(*early));
    const MemoryPicture::Axes then = view.picture().axes;
    QCheckBox *freeze = view.pathView()->freezeSwitch();
    QVERIFY(freeze->isEnabled() && !freeze->isChecked());
    QVERIFY(view.pathView()->frozenNote().isEmpty());

    freeze->click();
    QVERIFY(view.axesFrozen());
    QCOMPARE(view.pathView()->frozenNote(), QStringLiteral("axes from training step 10"));
    run.train(30);
    const SnapshotPtr later = run.snapshot();
    view.showSnapshot(later, ColorScales::of(*later));
    const MemoryAnalysis analysis(later->weights, *later->setup->task);
    QCOMPARE(view.picture().points, then.pca.project(analysis.stackedStates()));
    QVERIFY(freeze->isChecked());
    QCOMPARE(view.pathView()->frozenNote(), QStringLiteral("axes from training step 10"));
    QVERIFY(view.pathView()->axisTitle(0).contains(QStringLiteral("at step 10")));
    // For the eye: the path of step 40 on step 10's axes, next to the test binary.
    QVERIFY(view.grab().save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("memory-frozen-axes.png"))));

    freeze->click(); // unfreeze: this step's own PCA
    QVERIFY(!view.axesFrozen());
    QCOMPARE(view.picture().points, analysis.pca().points());
    QVERIFY(view.pathView()->frozenNote().isEmpty());
    QVERIFY(!view.pathView()->axisTitle(0).contains(QStringLiteral("at step")));

    // Another layer's states cannot sit on these axes: the switch lets go by itself.
    freeze->click();
    QVERIFY(view.axesFrozen());
    view.setLayer(-1, true); // an RNN has no c: the same h, the same axes
    QVERIFY(view.axesFrozen());
    SnapshotBuilder other(sessionOf(CellKind::RnnTanh, 1, 8, U"hello world"), /*generation=*/2);
    const SnapshotPtr afterReset = other.snapshot();
    view.showSnapshot(afterReset, ColorScales::of(*afterReset));
    QVERIFY(!view.axesFrozen());
    QVERIFY(!freeze->isChecked());
}

void TestMemoryView::whatIfAnalysesTheWeightsShown()
{
    // Edit ▸ What if W_hh = 0?: the graph computes with every W_hh set to 0, and so does the tab.
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 2, 8, U"hello world"));
    run.train(20);
    const SnapshotPtr real = run.snapshot();
    run.setWhatIfNoMemory(true);
    const SnapshotPtr noMemory = run.snapshot();
    QVERIFY(noMemory->whatIfNoMemory);
    const ParameterSet<float> shown = SnapshotAssembler::withoutMemory(noMemory->weights);
    for (int l = 0; l < 2; ++l)
        QVERIFY(shown.vector(shown.layout().stack().weightHh(l)).isZero(0.0f));
    QCOMPARE(MemoryPicture::weightsShown(*noMemory).flat(), shown.flat());
    QCOMPARE(MemoryPicture::weightsShown(*real).flat(), real->weights.flat());

    const MemoryPicture picture = MemoryPicture::of(*noMemory, 0, 6, {});
    const MemoryAnalysis analysis(shown, *noMemory->setup->task);
    QVERIFY(picture.whatIfNoMemory);
    QCOMPARE(picture.influence, analysis.influence(0, 6));
    QCOMPARE(picture.points, analysis.pca().points());
    QCOMPARE(picture.states, analysis.states()[0]);
    // Without memory, step 7's prediction sees its own input only.
    for (int s = 0; s < 6; ++s)
        QCOMPARE(picture.influence[std::size_t(s)], 0.0);
    QVERIFY(picture.influence[6] > 0.0);
    // The states are the graph's: the trace the graph draws is the what-if pass.
    const auto &top = noMemory->trace.sequences[0].layers.back();
    QCOMPARE(picture.states, top.hidden);
    // The real network's numbers are another thing.
    QVERIFY(MemoryPicture::of(*real, 0, 6, {}).influence != picture.influence);
    // Units over the text colour the text by the same network's states (they were the trained
    // weights' before).
    const UnitsPicture units = UnitsPicture::of(*noMemory, 0, {});
    QVERIFY(units.whatIfNoMemory);
    QCOMPARE(units.states, analysis.states());
    QVERIFY(UnitsPicture::of(*real, 0, {}).states != units.states);

    MemoryView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSnapshot(noMemory, ColorScales::of(*noMemory));
    QCOMPARE(view.picture().influence, analysis.influence(0, 9));
    QVERIFY(view.findChild<QLabel *>() != nullptr);
    bool said = false;
    for (QLabel *label : view.findChildren<QLabel *>())
        said = said || label->text().startsWith(QStringLiteral("What if W_hh = 0? No memory"));
    QVERIFY(said);
}

void TestMemoryView::whatIfSaysWhetherTheCellStillRemembers_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<QString>("says");
    QTest::newRow("rnn") << int(CellKind::RnnTanh) << "What if W_hh = 0? No memory — ";
    QTest::newRow("lstm") << int(CellKind::Lstm)
                          << "What if W_hh = 0? The cell state c still carries earlier inputs — ";
    QTest::newRow("gru") << int(CellKind::Gru)
                         << "What if W_hh = 0? z ⊙ h<sub>t−1</sub> still carries earlier inputs — ";
}

void TestMemoryView::whatIfSaysWhetherTheCellStillRemembers()
{
    // Without W_hh a plain RNN forgets; an LSTM's c and a GRU's z ⊙ h_{t−1} still carry the past
    // (earlier inputs keep an influence), and the title says which, from the numbers drawn.
    QFETCH(int, cell);
    QFETCH(QString, says);
    SnapshotBuilder run(sessionOf(CellKind(cell), 1, 8, U"hello world"));
    run.train(20);
    run.setWhatIfNoMemory(true);
    MemoryView view;
    QVERIFY(showWith(view, run.snapshot()));
    const std::vector<double> &influence = view.picture().influence;
    QVERIFY(influence.size() > 2);
    const bool earlier = std::any_of(influence.begin(), influence.end() - 1, [](double v) { return v > 0.0; });
    QCOMPARE(earlier, CellKind(cell) != CellKind::RnnTanh);
    const QStringList titles = titlesOf(view);
    QVERIFY2(std::any_of(titles.begin(), titles.end(), [&](const QString &t) { return t.startsWith(says); }),
             qPrintable(titles.join(u'|')));
}

void TestMemoryView::oneAnalysisServesBothPictures()
{
    // The view runs one forward pass for both pictures: what each reads from it is what each
    // computes on its own.
    SnapshotBuilder run(sessionOf(CellKind::Lstm, 2, 8, U"hello world"));
    run.train(10);
    const SnapshotPtr snapshot = run.snapshot();
    for (const MemoryLayer which : {MemoryLayer{-1, false}, MemoryLayer{0, true}, MemoryLayer{5, true}}) {
        const auto shared = MemoryPicture::analysisOf(*snapshot, which);
        QVERIFY(shared);
        const MemoryPicture alone = MemoryPicture::of(*snapshot, 0, 4, which);
        const MemoryPicture together = MemoryPicture::of(*snapshot, 0, 4, which, nullptr, shared.get());
        QCOMPARE(together.layer, alone.layer);
        QCOMPARE(together.cellState, alone.cellState);
        QCOMPARE(together.influence, alone.influence);
        QCOMPARE(together.points, alone.points);
        QCOMPARE(together.states, alone.states);
        const UnitsPicture unitsAlone = UnitsPicture::of(*snapshot, 0, which);
        const UnitsPicture unitsTogether = UnitsPicture::of(*snapshot, 0, which, shared.get());
        QCOMPARE(unitsTogether.states, unitsAlone.states);
        QCOMPARE(unitsTogether.layer, unitsAlone.layer);
    }
}

void TestMemoryView::unitsHaveAPageAndStartOnTheMostVariedUnit()
{
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 1, 12, U"the quick brown fox"));
    run.train(30);
    const SnapshotPtr snapshot = run.snapshot();
    MemoryView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.page(), MemoryView::Page::InfluenceAndPath);
    QVERIFY(view.influenceView()->isVisible());
    QVERIFY(!view.unitsView()->isVisible());
    view.showSnapshot(snapshot, ColorScales::of(*snapshot));

    // The unit shown first is the one whose value varies most over the text (computed here from
    // the analysis's states, not by the view's code).
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task);
    const Matrix<double> states = analysis.states()[0].cast<double>();
    int varied = 0;
    double most = -1.0;
    for (int unit = 0; unit < states.rows(); ++unit) {
        const double mean = states.row(unit).mean();
        const double variance = (states.row(unit).array() - mean).square().sum();
        if (variance > most) {
            most = variance;
            varied = unit;
        }
    }
    QCOMPARE(view.unitsView()->unit(), varied);

    view.showPage(MemoryView::Page::Units);
    QCOMPARE(view.page(), MemoryView::Page::Units);
    QVERIFY(view.unitsView()->isVisible());
    QVERIFY(!view.influenceView()->isVisible());
    view.reveal(view.pathView());
    QCOMPARE(view.page(), MemoryView::Page::InfluenceAndPath);

    // A unit the user chooses stays through the run's later snapshots; a new run starts on its own
    // most varied unit.
    const int chosen = (varied + 1) % int(states.rows());
    view.unitsView()->setUnit(chosen);
    run.train(5);
    const SnapshotPtr later = run.snapshot();
    view.showSnapshot(later, ColorScales::of(*later));
    QCOMPARE(view.unitsView()->unit(), chosen);
    SnapshotBuilder other(sessionOf(CellKind::RnnTanh, 1, 12, U"the quick brown fox"), /*generation=*/2);
    other.train(30);
    const SnapshotPtr reset = other.snapshot();
    view.showSnapshot(reset, ColorScales::of(*reset));
    QCOMPARE(view.unitsView()->unit(), view.unitsPicture().mostVariedUnit());
    QCOMPARE(view.unitsView()->unit(), varied); // the same seed and text: the same network
}

void TestMemoryView::titleGivesTheBarsScale()
{
    QCOMPARE(MemoryView::influenceText(2.94e-17), QStringLiteral("2.9 × 10⁻¹⁷"));
    QCOMPARE(MemoryView::influenceText(9.96e-5), QStringLiteral("1.0 × 10⁻⁴"));
    QCOMPARE(MemoryView::influenceText(0.0), EquationView::number(0.0f, EquationView::decimalsFor(0.0)));
    QCOMPARE(MemoryView::influenceText(0.1234), EquationView::number(0.1234f, EquationView::decimalsFor(0.1234)));

    // The title names the largest bar and the first input's, with the engine's numbers.
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 1, 8, U"hello world"));
    run.train(20);
    const SnapshotPtr snapshot = run.snapshot();
    MemoryView view;
    QVERIFY(showWith(view, snapshot));
    const std::vector<double> &influence = view.picture().influence;
    QCOMPARE(influence, MemoryAnalysis(snapshot->weights, *snapshot->setup->task).influence(0, 9));
    const auto largest = std::max_element(influence.begin(), influence.end());
    QVERIFY(largest != influence.begin()); // hello world: the last steps weigh most
    const QString expectedLargest = QStringLiteral("Largest: %1 (step %2, ")
                                        .arg(MemoryView::influenceText(*largest))
                                        .arg(int(largest - influence.begin()) + 1);
    const QString expectedFirst =
        QStringLiteral("the first input, ‘h’: %1").arg(MemoryView::influenceText(influence.front()));
    const QStringList titles = titlesOf(view);
    QVERIFY2(std::any_of(titles.begin(), titles.end(),
                         [&](const QString &t) { return t.contains(expectedLargest) && t.contains(expectedFirst); }),
             qPrintable(expectedLargest + QStringLiteral(" … ") + expectedFirst));
}

QTEST_MAIN(TestMemoryView)
#include "tst_memoryview.moc"
