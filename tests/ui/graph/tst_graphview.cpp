// SPDX-License-Identifier: MIT
// GraphView as a widget (offscreen), what it prints as LayoutRecorder hears it: scrolled to any
// offset along time or depth, no number is cut by the row labels' gutter, the view's edge or the
// caption ("1.00" for −1.00); a time series' top row prints the true next value x_{t+1} and its
// y_t row the prediction, each the trace's own number; a time series' graph fits the height of
// the window's graph pane without scrolling, every row in view; and the walk by hand scrolls what
// it highlights into view; the fold animates, unless motion is reduced (View ▸ Reduce motion), when
// it lands on the final layout at once; one-to-many draws exactly the characters generate() (and so
// rnnlab-cli generate) writes, greedy and sampled. Not the layout's arithmetic (tst_graphlayout) nor the screenshot's
// readability rule (tst_readablegraph).
#include "tests/support/snapshotbuilder.h"
#include "tests/support/testsupport.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/motion.h"
#include "ui/common/readability.h"
#include "ui/graph/graphview.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/equationview.h"

#include "app/session/sessionfile.h"

#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void noNumberCutWhenScrolled_data();
    void noNumberCutWhenScrolled();
    void timeSeriesRowsPrintTheTrace();
    void timeSeriesFitsItsHeight_data();
    void timeSeriesFitsItsHeight();
    void walkScrollsItsPhaseIntoView_data();
    void walkScrollsItsPhaseIntoView();
    void reducedMotionFoldsAtOnce_data();
    void reducedMotionFoldsAtOnce();
    void squeezedOneHotKeepsTheMinimum_data();
    void squeezedOneHotKeepsTheMinimum();
    void oneToManyDrawsTheGeneratedText_data();
    void oneToManyDrawsTheGeneratedText();
};

namespace {

Session sineSpike()
{
    SessionParseResult parsed =
        SessionFile::read(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    if (!parsed.session)
        qFatal("sine-spike.json does not read");
    return *parsed.session;
}

//! A text long enough to scroll, on 3 layers of 12 units (the review's "hello" case, longer).
Session longText()
{
    Session session = test::lectureVariant(3, true, 12);
    session.data.texts = {U"hello world, hello rnn"};
    return session;
}

Session sessionNamed(const QString &name)
{
    return name == u"sine" ? sineSpike() : longText();
}

//! What \a view prints in one paint (its viewport repainted now, offscreen).
std::vector<RecordedText> printed(GraphView &view)
{
    LayoutRecorder recorder;
    recorder.setActive(true);
    view.viewport()->repaint();
    recorder.setActive(false);
    std::vector<RecordedText> graph;
    for (const RecordedText &item : recorder.items())
        if (QString::fromLatin1(item.tag.view) == u"graph")
            graph.push_back(item);
    return graph;
}

} // namespace

void TestGraphView::noNumberCutWhenScrolled_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presentation");
    QTest::newRow("hello world, 3 layers of 12") << QStringLiteral("text") << QSize(520, 420) << false;
    QTest::newRow("hello world, 3 layers of 12, presentation") << QStringLiteral("text") << QSize(700, 420) << true;
    QTest::newRow("sine with a spike") << QStringLiteral("sine") << QSize(560, 380) << false;
    QTest::newRow("sine with a spike, presentation") << QStringLiteral("sine") << QSize(1100, 420) << true;
}

void TestGraphView::noNumberCutWhenScrolled()
{
    QFETCH(QString, session);
    QFETCH(QSize, size);
    QFETCH(bool, presentation);
    SnapshotBuilder run(sessionNamed(session));
    run.train(3);
    GraphView view;
    view.resize(size);
    view.setPresentation(presentation, 1080);
    view.setSnapshot(run.snapshot());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *horizontal = view.horizontalScrollBar();
    QScrollBar *vertical = view.verticalScrollBar();
    QVERIFY2(horizontal->maximum() > 0, "the drawing does not scroll along time: nothing to test");
    int numbers = 0;
    int offsets = 0;
    // Offsets that fall anywhere within a column: 0, the end, and 37 in between at odd steps.
    for (int i = 0; i <= 38; ++i) {
        horizontal->setValue(i == 38 ? horizontal->maximum() : horizontal->maximum() * i / 38 + (i * 7) % 11);
        vertical->setValue(vertical->maximum() * (i % 4) / 3);
        for (const RecordedText &item : printed(view)) {
            ++numbers;
            QVERIFY2(!item.clipped,
                     qPrintable(QStringLiteral("“%1” (%2, t = %3) cut at scroll %4, %5: %6, %7 %8×%9")
                                    .arg(item.text, QString::fromLatin1(item.tag.kind))
                                    .arg(item.tag.t + 1)
                                    .arg(horizontal->value())
                                    .arg(vertical->value())
                                    .arg(item.rect.x())
                                    .arg(item.rect.y())
                                    .arg(item.rect.width())
                                    .arg(item.rect.height())));
        }
        ++offsets;
    }
    QVERIFY2(numbers > offsets * 5, qPrintable(QStringLiteral("only %1 texts printed").arg(numbers)));
}

void TestGraphView::timeSeriesRowsPrintTheTrace()
{
    // Issue 15's review: the top row is the true next value x_{t+1} (the target), not y_t rounded,
    // and y_t's bar prints its own value.
    SnapshotBuilder run(sineSpike());
    run.train(20);
    const SnapshotPtr snapshot = run.snapshot();
    const SequenceTrace<float> &s = snapshot->trace.sequences.front();
    GraphView view;
    view.resize(900, 520);
    view.setSnapshot(snapshot);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int targets = 0;
    int predictions = 0;
    for (const RecordedText &item : printed(view)) {
        const QString kind = QString::fromLatin1(item.tag.kind);
        const auto t = Eigen::Index(item.tag.t);
        // Each with the walk's decimals for it (the graph's y_20 0.01 beside the walk's 0.0080).
        const auto walk = [](float v) { return EquationView::number(v, EquationView::decimalsOf(&v, 1)); };
        if (kind == u"target") {
            QCOMPARE(item.text, walk(s.targetValues(0, t)));
            ++targets;
        } else if (kind == u"y") {
            QCOMPARE(item.text, walk(s.logits(0, t)));
            ++predictions;
        } else {
            QVERIFY2(kind != u"prediction", "a time series has no predicted character row");
        }
    }
    QVERIFY2(targets >= 3, qPrintable(QString::number(targets)));
    QCOMPARE(predictions, targets);
    // The trace's target and prediction differ somewhere: the rows cannot pass as one another.
    QVERIFY((s.targetValues - s.logits).cwiseAbs().maxCoeff() > 0.01);
}

void TestGraphView::timeSeriesFitsItsHeight_data()
{
    // The graph pane's room in the window at 1024×768, 1280×800 and, in presentation mode, 1920×1080.
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presentation");
    QTest::newRow("1024x768") << QSize(520, 300) << false;
    QTest::newRow("1280x800") << QSize(660, 320) << false;
    QTest::newRow("presentation 1920x1080") << QSize(1900, 520) << true;
}

void TestGraphView::timeSeriesFitsItsHeight()
{
    QFETCH(QSize, size);
    QFETCH(bool, presentation);
    Session session = sineSpike();
    session.model.cell = CellKind::Lstm; // the tallest column: c_t and h_t of 16 units each
    session.model.hiddenSize = 16;
    SnapshotBuilder run(session);
    run.train(3);
    GraphView view;
    view.resize(size);
    view.setPresentation(presentation, 1080);
    view.setSnapshot(run.snapshot());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.verticalScrollBar()->maximum(), 0);
    QCOMPARE(view.extraHeightWanted(), 0);
    // Every row's number printed whole somewhere: x_t (the input box), y_t, the target, t — and
    // x_t once: one feature's coloured x_t row does not print the input box's number again.
    QSet<QString> kinds;
    for (const RecordedText &item : printed(view)) {
        QVERIFY(!item.clipped);
        kinds.insert(QString::fromLatin1(item.tag.kind));
    }
    for (const char *kind : {"input", "y", "target", "time"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    QVERIFY(!kinds.contains(QStringLiteral("x")));
    // The overview strip (a series of 120 points scrolls) says what it is.
    if (!view.overviewRect().isEmpty())
        QCOMPARE(view.toolTipAtViewport(view.overviewRect().center()), GraphView::overviewWords());
}

void TestGraphView::walkScrollsItsPhaseIntoView_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("kind"); // the node the phase highlights
    QTest::newRow("input") << int(Phase::Input) << int(NodeKind::InputChar);
    QTest::newRow("softmax") << int(Phase::Softmax) << int(NodeKind::Output);
    QTest::newRow("loss") << int(Phase::Loss) << int(NodeKind::Prediction);
}

void TestGraphView::walkScrollsItsPhaseIntoView()
{
    QFETCH(int, phase);
    QFETCH(int, kind);
    // A stack taller than the view: 3 layers of 12 units in 300 px.
    SnapshotBuilder run(longText());
    run.train(3);
    GraphView view;
    view.resize(520, 300);
    view.setSnapshot(run.snapshot());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.verticalScrollBar()->maximum() > 0);
    // From the other end of the drawing.
    view.verticalScrollBar()->setValue(Phase(phase) == Phase::Input ? 0 : view.verticalScrollBar()->maximum());
    view.setStepCursor(StepCursor{5, 0, Phase(phase)});
    const GraphNode *node = view.currentLayout().node(NodeKind(kind), 5);
    QVERIFY(node);
    const double top = view.verticalScrollBar()->value();
    const double bottom = top + view.viewport()->height() - view.overviewRect().height() - 40; // less the caption
    QVERIFY2(node->rect.top() >= top && node->rect.bottom() <= bottom,
             qPrintable(QStringLiteral("node %1…%2, view %3…%4")
                            .arg(node->rect.top())
                            .arg(node->rect.bottom())
                            .arg(top)
                            .arg(bottom)));
}

void TestGraphView::squeezedOneHotKeepsTheMinimum_data()
{
    // The graph pane in presentation mode on a 1024×768 projector, where the 3 layers of 12 take
    // the height and x_t's rows are squeezed (issue 19: its digits were drawn at 10 px there).
    QTest::addColumn<QSize>("size");
    QTest::newRow("presentation, 1024x768") << QSize(600, 330);
    QTest::newRow("presentation, 1024x768, taller") << QSize(600, 420);
    QTest::newRow("presentation, 1024x768, tall") << QSize(600, 520);
}

void TestGraphView::squeezedOneHotKeepsTheMinimum()
{
    QFETCH(QSize, size);
    SnapshotBuilder run(longText());
    run.train(3);
    GraphView view;
    view.resize(size);
    view.setPresentation(true, 768);
    view.setSnapshot(run.snapshot());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double minimum = Readability::minimumPixels(true, 768);
    int digits = 0;
    for (const RecordedText &item : printed(view)) {
        if (QString::fromLatin1(item.tag.kind) != u"x")
            continue;
        ++digits;
        QVERIFY2(item.pixelSize >= minimum - 0.5,
                 qPrintable(QStringLiteral("x_t's “%1” at %2 px").arg(item.text).arg(item.pixelSize)));
    }
    qDebug("%d digits of x_t printed", digits);
}

void TestGraphView::reducedMotionFoldsAtOnce_data()
{
    QTest::addColumn<bool>("reduced");
    QTest::newRow("animated") << false;
    QTest::newRow("reduced motion") << true;
}

void TestGraphView::reducedMotionFoldsAtOnce()
{
    QFETCH(bool, reduced);
    SnapshotBuilder run(test::lectureVariant(1, true, 8));
    run.train(3);
    GraphView view;
    view.resize(900, 520);
    view.setSnapshot(run.snapshot());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The folded picture as it ends (the fold made without animation).
    view.setFolded(true, false);
    const QRectF folded = view.currentLayout().bounds();
    const auto foldedNodes = view.currentLayout().nodes().size();
    view.setFolded(false, false);
    const QRectF unfolded = view.currentLayout().bounds();

    setReducedMotion(reduced);
    const auto restore = qScopeGuard([] { setReducedMotion(false); });
    view.setFolded(true); // as F does: animated when motion is not reduced
    QCOMPARE(view.isAnimating(), !reduced);
    if (reduced) {
        QCOMPARE(view.currentLayout().bounds(), folded);
        QCOMPARE(view.currentLayout().nodes().size(), foldedNodes);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 5000);
        QCOMPARE(view.currentLayout().bounds(), folded);
    }
    view.setFolded(false);
    QCOMPARE(view.isAnimating(), !reduced);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 5000);
    QCOMPARE(view.currentLayout().bounds(), unfolded);
}

void TestGraphView::oneToManyDrawsTheGeneratedText_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("temperature"); // 0: greedy
    QTest::addColumn<int>("seed");
    QTest::newRow("rnn, untrained, greedy") << int(CellKind::RnnTanh) << 0 << 0.0 << 0;
    QTest::newRow("rnn, 60 steps, greedy") << int(CellKind::RnnTanh) << 60 << 0.0 << 0;
    QTest::newRow("rnn, 60 steps, sampled T=1 seed 3") << int(CellKind::RnnTanh) << 60 << 1.0 << 3;
    QTest::newRow("lstm, 40 steps, sampled T=0.8 seed 11") << int(CellKind::Lstm) << 40 << 0.8 << 11;
    QTest::newRow("gru, 40 steps, greedy") << int(CellKind::Gru) << 40 << 0.0 << 0;
}

void TestGraphView::oneToManyDrawsTheGeneratedText()
{
    // Issue 16 §2, acceptance 2: the one-to-many picture shows exactly what generate() writes —
    // the function rnnlab-cli generate prints (tst_cli holds it to PyTorch's greedy generation):
    // x_1 the text's first character, each later x_t the character picked at t − 1.
    QFETCH(int, cell);
    QFETCH(int, steps);
    QFETCH(double, temperature);
    QFETCH(int, seed);
    Session session = test::lectureVariant(1, true, 6);
    session.model.cell = CellKind(cell);
    session.data.texts = {U"hello hole"};
    SnapshotBuilder run(session);
    run.train(steps);
    std::optional<double> T;
    if (temperature > 0)
        T = temperature;
    run.setFreeRun(T, seed);
    const SnapshotPtr snapshot = run.snapshot();
    QVERIFY(snapshot->freeRuns && snapshot->freeRuns->size() == 1);

    GenerationOptions options;
    options.prime = U"h";
    options.length = int(session.data.texts.front().size()) - 1; // one pick per step of the text
    options.temperature = T;
    options.seed = seed;
    const std::u32string expected = generate(snapshot->weights, snapshot->setup->vocabulary, options);

    GraphView view;
    view.resize(1900, 900);
    view.setSnapshot(snapshot);
    view.setTaskShape(TaskShape::OneToMany);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.freeRun());
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0); // every column in view
    const int n = int(options.length);
    QStringList inputs(n);
    QStringList picks(n);
    for (const RecordedText &item : printed(view)) {
        if (item.tag.t < 0 || item.tag.t >= n)
            continue;
        QString text = item.text;
        text.remove(QStringLiteral("✓")).remove(QStringLiteral("✗"));
        if (QString::fromLatin1(item.tag.kind) == u"input")
            inputs[item.tag.t] = text;
        else if (QString::fromLatin1(item.tag.kind) == u"prediction")
            picks[item.tag.t] = text;
    }
    QStringList wanted(n);
    QStringList fed(n);
    fed[0] = visibleCharacter(U'h');
    for (int t = 0; t < n; ++t) {
        wanted[t] = visibleCharacter(expected[std::size_t(t)]);
        if (t + 1 < n)
            fed[t + 1] = wanted[t];
    }
    QCOMPARE(picks, wanted);
    QCOMPARE(inputs, fed);

    // Drawn as the session's own shape again: the training pass, "hello hole" read as it is.
    view.setTaskShape(std::nullopt);
    QVERIFY(!view.freeRun());
    QCOMPARE(view.shownPass(), &snapshot->trace.sequences.front());
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
