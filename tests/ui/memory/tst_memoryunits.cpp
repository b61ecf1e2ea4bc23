// SPDX-License-Identifier: MIT
// Units over text (MemoryUnits, UnitsPicture): the colour of each character is the chosen unit's
// state as MemoryAnalysis computes it, on the graph's scale; the top-3 under each character are the
// engine's softmax of that step, largest first; a span dragged over the text (or Shift+→) ranks the
// units as UnitRanking does on the same states; and on hand-set weights whose unit 3 is a latch
// that is on exactly inside "(…)", the top row of the ranking is that unit, and clicking it colours
// the text by it.
#include "engine/memoryanalysis.h"
#include "engine/session.h"
#include "engine/task.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/common/colorscales.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/memory/memoryunits.h"
#include "ui/memory/memoryview.h"
#include "ui/memory/unitspicture.h"
#include "ui/teaching/equationview.h"

#include <QMouseEvent>
#include <QSpinBox>
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

//! A drag with the left button from step \a from to step \a to of \a units.
void drag(MemoryUnits &units, int from, int to)
{
    QTest::mousePress(&units, Qt::LeftButton, {}, units.cellRect(from).center().toPoint());
    const QPointF end = units.cellRect(to).center();
    QMouseEvent move(QEvent::MouseMove, end, units.mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&units, &move);
    QTest::mouseRelease(&units, Qt::LeftButton, {}, end.toPoint());
}

void compareRankings(const std::vector<UnitScore> &shown, const std::vector<UnitScore> &expected)
{
    QCOMPARE(shown.size(), expected.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].unit, expected[i].unit);
        QCOMPARE(shown[i].score, expected[i].score);
        QCOMPARE(shown[i].meanInside, expected[i].meanInside);
        QCOMPARE(shown[i].meanOutside, expected[i].meanOutside);
    }
}

} // namespace

class TestMemoryUnits : public QObject
{
    Q_OBJECT

private slots:
    void colorsAreTheAnalysisStates_data();
    void colorsAreTheAnalysisStates();
    void topThreeIsTheEnginesSoftmax();
    void classifierShowsClassesAtItsLastStep();
    void spanRanksAsUnitRanking();
    void latchUnitIsTheTopRow();
    void viewWiresTheChooser();
};

void TestMemoryUnits::colorsAreTheAnalysisStates_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("cellState");
    QTest::newRow("rnn hello") << int(CellKind::RnnTanh) << 1 << -1 << false;
    QTest::newRow("lstm 2 layers, top c") << int(CellKind::Lstm) << 2 << 1 << true;
    QTest::newRow("lstm 2 layers, bottom h") << int(CellKind::Lstm) << 2 << 0 << false;
    QTest::newRow("gru 3 layers, middle") << int(CellKind::Gru) << 3 << 1 << false;
}

void TestMemoryUnits::colorsAreTheAnalysisStates()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(int, layer);
    QFETCH(bool, cellState);
    SnapshotBuilder run(sessionOf(CellKind(cell), layers, 6, U"hello world"));
    run.train(20);
    const SnapshotPtr snapshot = run.snapshot();
    const ColorScales scales = ColorScales::of(*snapshot);
    const MemoryLayer which{layer, cellState};
    const UnitsPicture picture = UnitsPicture::of(*snapshot, 0, which);
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task, which);
    QVERIFY(picture.problem.isEmpty());
    QCOMPARE(picture.layer, analysis.layer());
    QCOMPARE(picture.cellState, cellState);
    QCOMPARE(picture.hiddenSize(), 6);
    QCOMPARE(picture.steps(), 10); // "hello worl" → "ello world"
    const double scale = cellState ? scales.cell : scales.hidden;

    MemoryUnits units;
    units.resize(700, 400);
    units.setPicture(&picture, scale);
    for (int unit = 0; unit < 6; ++unit) {
        units.setUnit(unit);
        QCOMPARE(units.unit(), unit);
        for (int t = 0; t < picture.steps(); ++t) {
            const float value = analysis.states()[0](unit, t);
            QCOMPARE(units.colorOf(t), valueColor(value, scale));
            const QString tip = units.toolTipAt(units.cellRect(t).center());
            QVERIFY2(tip.endsWith(QStringLiteral(" = ") + EquationView::number(value, 4)), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("step %1").arg(t + 1)), qPrintable(tip));
            QVERIFY2(tip.contains((cellState ? QStringLiteral("c") : QStringLiteral("h")) + QString::number(unit + 1)),
                     qPrintable(tip));
        }
    }
}

void TestMemoryUnits::topThreeIsTheEnginesSoftmax()
{
    SnapshotBuilder run(sessionOf(CellKind::RnnTanh, 1, 16, U"the quick brown fox"));
    run.train(40);
    const SnapshotPtr snapshot = run.snapshot();
    const UnitsPicture picture = UnitsPicture::of(*snapshot, 0, {});
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task);
    const Matrix<float> &p = analysis.trace().sequences[0].probabilities;
    const Vocabulary &vocabulary = snapshot->setup->vocabulary;
    MemoryUnits units;
    units.resize(900, 500);
    units.setPicture(&picture, 1.0);
    QVERIFY(picture.everyStepOutputs);
    QCOMPARE(int(picture.top.size()), 18);
    for (int t = 0; t < 18; ++t) {
        const auto &top = picture.top[std::size_t(t)];
        QCOMPARE(int(top.size()), 3);
        for (int k = 0; k < 3; ++k) {
            const UnitsPicture::Guess &guess = top[std::size_t(k)];
            QCOMPARE(guess.probability, p(guess.index, t)); // the engine's number, not a recomputed one
            QCOMPARE(guess.label, visibleCharacter(vocabulary.character(guess.index)));
            QCOMPARE(units.guessText(t, k), guess.label + u' ' + EquationView::number(guess.probability, 2));
            if (k > 0)
                QVERIFY(top[std::size_t(k - 1)].probability >= guess.probability);
        }
        // Nothing left out is likelier than the third.
        for (int o = 0; o < p.rows(); ++o)
            if (o != top[0].index && o != top[1].index && o != top[2].index)
                QVERIFY(p(o, t) <= top[2].probability);
        // Hovering under the character gives the three with four decimals.
        const QString tip = units.toolTipAt(units.cellRect(t).center() + QPointF(0, units.cellRect(t).height()));
        QVERIFY2(
            tip.contains(QStringLiteral("p(‘%1’) = %2").arg(top[0].label, EquationView::number(top[0].probability, 4))),
            qPrintable(tip));
    }
    // A space is shown as ␣, as elsewhere.
    QVERIFY(picture.characters.contains(QStringLiteral("␣")));
    QCOMPARE(UnitsPicture::topIndices((Vector<float>(4) << 0.1f, 0.4f, 0.1f, 0.4f).finished(), 3),
             (std::vector<int>{1, 3, 0}));
}

void TestMemoryUnits::classifierShowsClassesAtItsLastStep()
{
    Session session = test::lectureVariant(1, true, 5);
    session.data.task = TaskKind::Classify;
    session.data.texts = {U"hello", U"oh", U"leo"};
    session.data.labels = {U"greeting", U"sigh", U"greeting"};
    SnapshotBuilder run(session);
    run.train(10);
    const SnapshotPtr snapshot = run.snapshot();
    const UnitsPicture picture = UnitsPicture::of(*snapshot, 0, {});
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task);
    QVERIFY(!picture.everyStepOutputs);
    QCOMPARE(picture.steps(), 5); // a text to classify: every character is an input
    for (int t = 0; t < 4; ++t)
        QVERIFY(picture.top[std::size_t(t)].empty());
    const auto &last = picture.top[4];
    QCOMPARE(int(last.size()), 2); // two classes: the top-3 has two
    QStringList names{last[0].label, last[1].label};
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("greeting"), QStringLiteral("sigh")}));
    for (const UnitsPicture::Guess &guess : last)
        QCOMPARE(guess.probability, analysis.trace().sequences[0].probabilities(guess.index, 4));
    MemoryUnits units;
    units.resize(700, 300);
    units.setPicture(&picture, 1.0);
    QVERIFY(units.guessText(0, 0).isEmpty());
    QVERIFY(units.toolTipAt(units.cellRect(1).center() + QPointF(0, units.cellRect(1).height()))
                .contains(QStringLiteral("no output")));
}

void TestMemoryUnits::spanRanksAsUnitRanking()
{
    SnapshotBuilder run(sessionOf(CellKind::Lstm, 2, 8, U"the quick brown fox"));
    run.train(25);
    const SnapshotPtr snapshot = run.snapshot();
    const MemoryLayer which{0, true};
    const UnitsPicture picture = UnitsPicture::of(*snapshot, 0, which);
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task, which);
    MemoryUnits units;
    units.resize(900, 500);
    units.setPicture(&picture, 1.0);
    QVERIFY(units.ranking().empty());

    // Dragged over "quick" (steps 5 … 9, 1-based) the ranking is UnitRanking's on the same states.
    drag(units, 4, 8);
    QVERIFY(units.span());
    QCOMPARE(units.span()->begin, 4);
    QCOMPARE(units.span()->end, 9);
    compareRankings(units.ranking(), UnitRanking::rank(analysis.states(), TextSpan{0, 4, 9}));
    QCOMPARE(units.shownRows(), MemoryUnits::shownUnits);
    // Dragging backwards selects the same kind of span.
    drag(units, 12, 10);
    QCOMPARE(units.span()->begin, 10);
    QCOMPARE(units.span()->end, 13);
    compareRankings(units.ranking(), analysis.rankUnits(TextSpan{0, 10, 13}));
    // Shift+→ from a clicked character extends the span.
    QTest::mouseClick(&units, Qt::LeftButton, {}, units.cellRect(1).center().toPoint());
    QTest::keyClick(&units, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(&units, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(units.span()->begin, 1);
    QCOMPARE(units.span()->end, 4);
    compareRankings(units.ranking(), analysis.rankUnits(TextSpan{0, 1, 4}));
    // Every row's numbers on hover, and clicking a row colours the text by its unit.
    const UnitScore third = units.ranking()[2];
    const QString tip = units.toolTipAt(units.rowRect(2).center());
    QVERIFY2(tip.startsWith(picture.unitName(third.unit) + QStringLiteral(": score ")), qPrintable(tip));
    QVERIFY2(tip.contains(EquationView::number(float(third.meanInside), 4)), qPrintable(tip));
    QTest::mouseClick(&units, Qt::LeftButton, {}, units.rowRect(2).center().toPoint());
    QCOMPARE(units.unit(), third.unit);
    // A new snapshot keeps the span and ranks again.
    run.train(1);
    const SnapshotPtr next = run.snapshot();
    const UnitsPicture later = UnitsPicture::of(*next, 0, which);
    units.setPicture(&later, 1.0);
    QCOMPARE(units.span()->end, 4);
    compareRankings(units.ranking(),
                    MemoryAnalysis(next->weights, *next->setup->task, which).rankUnits(TextSpan{0, 1, 4}));
    QTest::keyClick(&units, Qt::Key_Escape);
    QVERIFY(!units.span());
    QVERIFY(units.ranking().empty());
}

void TestMemoryUnits::latchUnitIsTheTopRow()
{
    // The latch of tst_memoryanalysis, as unit 3 of 4: h = tanh(5 h_{t−1} + 12 [x = (] − 12 [x = )] − 1)
    // is −1 outside the brackets and +1 from "(" up to before ")".
    Session session;
    session.model = {CellKind::RnnTanh, 4, 1, true};
    session.data.texts = {U"ab(cab)ab"};
    session.data.vocabulary = U"abc()";
    const auto task = Task::create(session.data);
    ParameterSet<float> weights(task->layout(session.model));
    const RecurrentBlock &stack = weights.layout().stack(0);
    auto Wih = weights.matrix(stack.weightIh(0)); // (H × V), V = a b c ( )
    auto Whh = weights.matrix(stack.weightHh(0));
    auto bih = weights.vector(stack.biasIh(0));
    Wih(2, 3) = 12.0f;
    Wih(2, 4) = -12.0f;
    Whh(2, 2) = 5.0f;
    bih(2) = -1.0f;
    Wih(0, 0) = 1.5f; // the others follow a, b and c, inside and outside
    Wih(0, 1) = -0.5f;
    Wih(1, 2) = 2.0f;
    Whh(1, 0) = 0.4f;
    Wih(3, 1) = 0.8f;
    session.weights = toNamedTensors(weights);
    SnapshotBuilder run(session);
    const SnapshotPtr snapshot = run.snapshot();
    const UnitsPicture picture = UnitsPicture::of(*snapshot, 0, {});
    QCOMPARE(picture.characters.join(QString()), QStringLiteral("ab(cab)a"));

    MemoryUnits units;
    units.resize(900, 400);
    units.setPicture(&picture, 1.0);
    QCOMPARE(units.unit(), 0);
    drag(units, 2, 5); // "(cab": the steps after reading "(" up to before ")"
    QCOMPARE(units.ranking().front().unit, 2);
    QVERIFY(units.ranking().front().meanInside > 0.9);
    QVERIFY(units.ranking().front().meanOutside < -0.9);
    QTest::mouseClick(&units, Qt::LeftButton, {}, units.rowRect(0).center().toPoint());
    QCOMPARE(units.unit(), 2);
    // Coloured by the latch: red inside the span, blue outside.
    for (int t = 0; t < picture.steps(); ++t) {
        const QColor colour = units.colorOf(t);
        const bool inside = t >= 2 && t < 6;
        QVERIFY2(inside ? colour.red() > colour.blue() : colour.blue() > colour.red(), qPrintable(QString::number(t)));
    }
}

void TestMemoryUnits::viewWiresTheChooser()
{
    SnapshotBuilder run(sessionOf(CellKind::Lstm, 3, 8, U"hello world"));
    run.train(5);
    MemoryView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SnapshotPtr snapshot = run.snapshot();
    const ColorScales scales = ColorScales::of(*snapshot);
    view.showSnapshot(snapshot, scales);
    view.setLayer(1, true);
    QCOMPARE(view.unitsPicture().layer, 1);
    QVERIFY(view.unitsPicture().cellState);
    QCOMPARE(view.unitsView()->scale(), scales.cell);
    auto *chooser = view.findChild<QSpinBox *>();
    QVERIFY(chooser);
    QCOMPARE(chooser->maximum(), 8);
    QCOMPARE(chooser->prefix(), QStringLiteral("text by unit c"));
    chooser->setValue(4);
    QCOMPARE(view.unitsView()->unit(), 3);
    view.unitsView()->setUnit(6);
    QCOMPARE(chooser->value(), 7);
    const MemoryAnalysis analysis(snapshot->weights, *snapshot->setup->task, {1, true});
    QCOMPARE(view.unitsView()->colorOf(2), valueColor(analysis.states()[0](6, 2), scales.cell));
}

QTEST_MAIN(TestMemoryUnits)
#include "tst_memoryunits.moc"
