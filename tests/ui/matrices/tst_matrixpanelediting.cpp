// SPDX-License-Identifier: MIT
// MatrixPanel's weights by hand, on real snapshots (sessions trained by the engine's Trainer):
// click → editor → "0.5" + Enter is one editRequested with the ParameterLayout tensor and the
// row-major element index (W_xh, W_hh, biases, W_hy, a second layer); Esc and refused texts ask
// for nothing; a drag asks once; rewound to an earlier step (or in another mode) nothing can be
// edited and the tooltip says how to go on; cells set by hand carry a mark and say when and from
// what; Last change names each entry's effective learning rate (checked against Adam's state);
// "what if there were no memory?" fades W_hh and captions it. The last test wires the panel to a
// real TrainingController: an edit reaches the worker, comes back marked, and Ctrl+Z takes it back.
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/matrices/cellvalueeditor.h"
#include "ui/matrices/heatmapinteraction.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/teaching/symboltext.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestMatrixPanelEditing : public QObject
{
    Q_OBJECT

private slots:
    void clickTypeEnter_data();
    void clickTypeEnter();
    void escapeRequestsNothing();
    void refusedTextRequestsNothing_data();
    void refusedTextRequestsNothing();
    void dragRequestsOnce();
    void noEditingWhenRewound();
    void onlyWeightsAreEditable();
    void editedCellsAreMarked();
    void effectiveLearningRateOnHover_data();
    void effectiveLearningRateOnHover();
    void whatIfNoMemoryFadesWhh();
    void editReachesTheWorkerAndUndoes();

private:
    // A panel shown at a size where every heatmap has real cells.
    struct Fixture
    {
        MatrixPanel panel;
        Fixture()
        {
            panel.resize(640, 1100);
            panel.show();
        }
        HeatmapWidget *heatmap(const QString &pytorchName) const
        {
            for (HeatmapWidget *h : panel.heatmaps())
                if (h->pytorchName() == pytorchName)
                    return h;
            return nullptr;
        }
    };
    static QPoint centre(const HeatmapWidget *heatmap, int row, int column)
    {
        return heatmap->currentLayout().cellFillRect(row, column).center();
    }
    static void moveWithButton(QWidget *widget, const QPoint &position)
    {
        QMouseEvent event(QEvent::MouseMove, QPointF(position), QPointF(widget->mapToGlobal(position)), Qt::NoButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    }
};

void TestMatrixPanelEditing::clickTypeEnter_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<QString>("tensorName");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    // The lecture's model: H = V = 4, no output layer.
    QTest::newRow("W_xh") << 1 << false << 4 << QStringLiteral("rnn.weight_ih_l0") << 2 << 3;
    QTest::newRow("W_hh") << 1 << false << 4 << QStringLiteral("rnn.weight_hh_l0") << 1 << 2;
    QTest::newRow("b_ih") << 1 << false << 4 << QStringLiteral("rnn.bias_ih_l0") << 3 << 0;
    QTest::newRow("b_hh") << 1 << false << 4 << QStringLiteral("rnn.bias_hh_l0") << 1 << 0;
    QTest::newRow("W_hy, H = 5") << 1 << true << 5 << QStringLiteral("fc.weight") << 3 << 4;
    QTest::newRow("b_y") << 1 << true << 5 << QStringLiteral("fc.bias") << 2 << 0;
    QTest::newRow("W_xh of layer 2 (H × H)") << 2 << true << 5 << QStringLiteral("rnn.weight_ih_l1") << 4 << 1;
    QTest::newRow("W_hh of layer 2") << 2 << true << 5 << QStringLiteral("rnn.weight_hh_l1") << 0 << 4;
}

void TestMatrixPanelEditing::clickTypeEnter()
{
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(int, hidden);
    QFETCH(QString, tensorName);
    QFETCH(int, row);
    QFETCH(int, column);
    SnapshotBuilder run(test::lectureVariant(layers, outputLayer, hidden));
    run.train(3);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    f.panel.setSnapshot(run.snapshot());
    QVERIFY(f.panel.isEditable());
    const ParameterLayout &layout = *run.setup()->layout;
    const int tensor = layout.find(tensorName.toStdString());
    QVERIFY(tensor >= 0);
    HeatmapWidget *heatmap = f.heatmap(tensorName);
    QVERIFY(heatmap);
    QSignalSpy requested(&f.panel, &MatrixPanel::editRequested);

    QTest::mouseClick(heatmap, Qt::LeftButton, {}, centre(heatmap, row, column));
    CellValueEditor *editor = heatmap->interaction()->editor();
    QVERIFY(editor && editor->isVisible());
    const float before = run.trainer().parameters().matrix(tensor)(row, column);
    QCOMPARE(editor->text(), formatExactValue(before));
    QTest::keyClicks(editor, QStringLiteral("0.5"));
    QTest::keyClick(editor, Qt::Key_Return);

    QCOMPARE(requested.count(), 1);
    const qulonglong index = static_cast<qulonglong>(row) * layout.tensor(tensor).cols + column;
    QCOMPARE(requested.at(0).at(0).toInt(), tensor);
    QCOMPARE(requested.at(0).at(1).toULongLong(), index);
    QCOMPARE(requested.at(0).at(2).toFloat(), 0.5f);

    // The worker's answer: the edited weights, the edit recorded. The panel shows them, marked.
    run.edit(tensor, index, 0.5f);
    f.panel.setSnapshot(run.snapshot());
    QCOMPARE(heatmap->values()(row, column), 0.5f);
    QVERIFY(heatmap->isMarked(row, column));
    QCOMPARE(heatmap->markedCells().size(), std::size_t(1));
    QVERIFY2(heatmap->toolTipForCell(row, column).contains(editedCellNote(3, before)),
             qPrintable(heatmap->toolTipForCell(row, column)));
}

void TestMatrixPanelEditing::escapeRequestsNothing()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(1);
    Fixture f;
    f.panel.setSnapshot(run.snapshot());
    QSignalSpy requested(&f.panel, &MatrixPanel::editRequested);
    HeatmapWidget *whh = f.heatmap(QStringLiteral("rnn.weight_hh_l0"));
    QTest::mouseClick(whh, Qt::LeftButton, {}, centre(whh, 0, 0));
    QTest::keyClicks(whh->interaction()->editor(), QStringLiteral("0.5"));
    QTest::keyClick(whh->interaction()->editor(), Qt::Key_Escape);
    QCOMPARE(requested.count(), 0);
    QVERIFY(!whh->interaction()->isEditing());
}

void TestMatrixPanelEditing::refusedTextRequestsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("abc") << QStringLiteral("abc");
    QTest::newRow("inf") << QStringLiteral("inf");
    QTest::newRow("1e40") << QStringLiteral("1e40");
}

void TestMatrixPanelEditing::refusedTextRequestsNothing()
{
    QFETCH(QString, text);
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(1);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    f.panel.setSnapshot(run.snapshot());
    QSignalSpy requested(&f.panel, &MatrixPanel::editRequested);
    HeatmapWidget *bias = f.heatmap(QStringLiteral("rnn.bias_ih_l0"));
    QTest::mouseClick(bias, Qt::LeftButton, {}, centre(bias, 2, 0));
    CellValueEditor *editor = bias->interaction()->editor();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    // Refused in place: still open with the text as typed, the reason on it, outlined in red.
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), text);
    QCOMPARE(editor->refusal(), CellValueEditor::parse(text).problem);
    QCOMPARE(editor->toolTip(), editor->refusal());
    const QImage image = editor->grab().toImage().scaled(editor->size());
    const QColor border = image.pixelColor(1, image.height() / 2);
    QVERIFY2(border.red() > 180 && border.green() < 90 && border.blue() < 90, qPrintable(border.name()));
    // Over a narrow bias column the editor may overhang it, but stays inside the panel's content.
    QVERIFY(editor->width() > bias->currentLayout().cellSize());
}

void TestMatrixPanelEditing::dragRequestsOnce()
{
    SnapshotBuilder run(test::lectureVariant(1, true, 5));
    run.train(2);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    f.panel.setSnapshot(run.snapshot());
    QSignalSpy requested(&f.panel, &MatrixPanel::editRequested);
    const int tensor = run.setup()->layout->fcWeight();
    HeatmapWidget *why = f.heatmap(QStringLiteral("fc.weight"));
    const QPoint start = centre(why, 1, 3);
    const int threshold = QApplication::startDragDistance();
    QTest::mousePress(why, Qt::LeftButton, {}, start);
    for (int dy = 0; dy <= 40; ++dy) // down: smaller values
        moveWithButton(why, start + QPoint(0, threshold + dy));
    QTest::mouseRelease(why, Qt::LeftButton, {}, start + QPoint(0, threshold + 40));
    QCOMPARE(requested.count(), 1);
    const float before = run.trainer().parameters().matrix(tensor)(1, 3);
    const float expected = HeatmapInteraction::dragValue(before, -40, f.panel.currentScale(), false);
    QVERIFY(std::fabs(expected - (before - 0.4f * static_cast<float>(f.panel.currentScale()))) < 1e-6f);
    QCOMPARE(requested.at(0).at(0).toInt(), tensor);
    QCOMPARE(requested.at(0).at(1).toULongLong(), qulonglong(1 * 5 + 3));
    QCOMPARE(requested.at(0).at(2).toFloat(), expected);
}

void TestMatrixPanelEditing::noEditingWhenRewound()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(5);
    const SnapshotPtr latest = run.snapshot();
    // The worker shows step 3 of a run that went to step 5 (the flags are what the panel reads).
    const SnapshotPtr rewound = test::withChanges(latest, [](TrainingSnapshot &s) {
        s.stepsTaken = 3;
        s.headSteps = 5;
        s.viewingHistory = true;
    });
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    f.panel.setSnapshot(latest);
    HeatmapWidget *whh = f.heatmap(QStringLiteral("rnn.weight_hh_l0"));
    // An editor open when the user rewinds closes without an edit.
    QTest::mouseClick(whh, Qt::LeftButton, {}, centre(whh, 1, 1));
    QTest::keyClicks(whh->interaction()->editor(), QStringLiteral("0.5"));
    QSignalSpy requested(&f.panel, &MatrixPanel::editRequested);
    f.panel.setSnapshot(rewound);
    QVERIFY(!whh->interaction()->isEditing());
    QVERIFY(!f.panel.isEditable());

    for (HeatmapWidget *heatmap : f.panel.heatmaps()) {
        QVERIFY(!heatmap->isEditable());
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, centre(heatmap, 0, 0));
        QVERIFY(!heatmap->interaction()->isEditing());
        QTest::mousePress(heatmap, Qt::LeftButton, {}, centre(heatmap, 0, 0));
        moveWithButton(heatmap, centre(heatmap, 0, 0) - QPoint(0, 40));
        QTest::mouseRelease(heatmap, Qt::LeftButton, {}, centre(heatmap, 0, 0) - QPoint(0, 40));
        QTest::mouseMove(heatmap, centre(heatmap, 0, 0));
        QVERIFY(heatmap->cursor().shape() != Qt::SizeVerCursor); // no edit affordance
        const QString tip = heatmap->toolTipForCell(0, 0);
        QVERIFY2(tip.contains(QStringLiteral("Rewound to step 3: resume from here (on the timeline) to edit")),
                 qPrintable(tip));
        QVERIFY(!tip.contains(editHint()));
    }
    QCOMPARE(requested.count(), 0);

    // Back at the latest step: editable again, and the tooltip says how.
    f.panel.setSnapshot(test::withChanges(latest, [](TrainingSnapshot &) {}));
    QVERIFY(f.panel.isEditable());
    QVERIFY(!whh->toolTipForCell(0, 0).contains(QStringLiteral("Rewound")));
    QVERIFY(whh->toolTipForCell(0, 0).endsWith(editHint()));
}

void TestMatrixPanelEditing::onlyWeightsAreEditable()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(2);
    Fixture f;
    f.panel.setSnapshot(run.snapshot());
    QSignalSpy requested(&f.panel, &MatrixPanel::editRequested);
    HeatmapWidget *whh = f.heatmap(QStringLiteral("rnn.weight_hh_l0"));
    for (MatrixPanel::Mode mode : {MatrixPanel::Mode::Gradients, MatrixPanel::Mode::LastChange}) {
        f.panel.setMode(mode);
        QVERIFY(!f.panel.isEditable());
        QVERIFY(!whh->isEditable());
        QTest::mouseClick(whh, Qt::LeftButton, {}, centre(whh, 0, 0));
        QVERIFY(!whh->interaction()->isEditing());
        QVERIFY(!whh->toolTipForCell(0, 0).contains(QStringLiteral("Rewound")));
    }
    // A mode switch closes an open editor without an edit.
    f.panel.setMode(MatrixPanel::Mode::Weights);
    QTest::mouseClick(whh, Qt::LeftButton, {}, centre(whh, 0, 0));
    QVERIFY(whh->interaction()->isEditing());
    QTest::keyClicks(whh->interaction()->editor(), QStringLiteral("0.5"));
    f.panel.setMode(MatrixPanel::Mode::Gradients);
    QVERIFY(!whh->interaction()->isEditing());
    QCOMPARE(requested.count(), 0);
}

void TestMatrixPanelEditing::editedCellsAreMarked()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(2);
    const int whhTensor = run.setup()->layout->stack().weightHh(0);
    const float original = run.trainer().parameters().data(whhTensor)[6]; // W_hh[1][2]
    run.edit(whhTensor, 6, 0.5f);
    run.edit(whhTensor, 6, 0.7f); // typed again at the same step: "was" the value training left
    run.edit(run.setup()->layout->stack().biasHh(0), 3, -0.25f);
    run.train(3);
    Fixture f;
    f.panel.setSnapshot(run.snapshot());
    HeatmapWidget *whh = f.heatmap(QStringLiteral("rnn.weight_hh_l0"));
    HeatmapWidget *bhh = f.heatmap(QStringLiteral("rnn.bias_hh_l0"));
    QCOMPARE(whh->markedCells(), std::vector<QPoint>{QPoint(2, 1)});
    QCOMPARE(bhh->markedCells(), std::vector<QPoint>{QPoint(0, 3)});
    QVERIFY(f.heatmap(QStringLiteral("rnn.weight_ih_l0"))->markedCells().empty());
    // Training went on (the mark stays: the weight started from a hand-set value).
    QVERIFY(whh->values()(1, 2) != 0.7f);
    QVERIFY2(whh->toolTipForCell(1, 2).contains(QStringLiteral("set by hand at step 2 (was ")
                                                + formatExactValue(original) + u')'),
             qPrintable(whh->toolTipForCell(1, 2)));
    QVERIFY(bhh->toolTipForCell(3, 0).contains(editedCellNote(2, 0.0f).section(u'(', 0, 0)));
    QVERIFY(!whh->toolTipForCell(1, 1).contains(QStringLiteral("set by hand")));

    // A later edit of the same weight: the tooltip names the latest.
    const float atStep5 = run.trainer().parameters().data(whhTensor)[6];
    run.edit(whhTensor, 6, 0.1f);
    f.panel.setSnapshot(run.snapshot());
    QVERIFY(whh->toolTipForCell(1, 2).contains(editedCellNote(5, atStep5)));
    QCOMPARE(whh->markedCells().size(), std::size_t(1));

    // Rewound to before the edits: they did not happen yet there.
    f.panel.setSnapshot(test::withChanges(run.snapshot(), [](TrainingSnapshot &s) {
        s.stepsTaken = 1;
        s.viewingHistory = true;
    }));
    QVERIFY(whh->markedCells().empty());
    QVERIFY(bhh->markedCells().empty());
    // Only the weights carry marks.
    f.panel.setSnapshot(run.snapshot());
    QCOMPARE(whh->markedCells().size(), std::size_t(1));
    f.panel.setMode(MatrixPanel::Mode::Gradients);
    QVERIFY(whh->markedCells().empty());
    f.panel.setMode(MatrixPanel::Mode::Weights);
    QCOMPARE(whh->markedCells().size(), std::size_t(1));
    // Undone (the worker drops the edits): no marks.
    f.panel.setSnapshot(test::withChanges(run.snapshot(), [](TrainingSnapshot &s) { s.edits.clear(); }));
    QVERIFY(whh->markedCells().empty());
}

void TestMatrixPanelEditing::effectiveLearningRateOnHover_data()
{
    QTest::addColumn<bool>("adam");
    QTest::newRow("Adam") << true;
    QTest::newRow("SGD") << false;
}

void TestMatrixPanelEditing::effectiveLearningRateOnHover()
{
    QFETCH(bool, adam);
    Session session = test::lectureVariant(1, true, 5);
    if (!adam)
        session.training.optimizer = OptimizerKind::Sgd;
    SnapshotBuilder run(session);
    MatrixPanel panel;
    panel.setSnapshot(run.snapshot());
    panel.setMode(MatrixPanel::Mode::LastChange);
    if (adam) {
        // Before Adam's first step there is no rate (and no last change to hover). (Plain SGD
        // reports lr from the start: its rate does not depend on any state.)
        QVERIFY(run.snapshot()->effectiveLearningRate.isNull());
        QVERIFY(!panel.cellNotes(0, 0, 0).contains(QStringLiteral("effective learning rate")));
    }
    run.train(4);
    const SnapshotPtr snapshot = run.snapshot();
    panel.setSnapshot(snapshot);
    const ParameterLayout &layout = *run.setup()->layout;
    const double lr = session.training.learningRate;
    for (HeatmapWidget *heatmap : panel.heatmaps()) {
        const int tensor = layout.find(heatmap->pytorchName().toStdString());
        const int row = heatmap->rows() - 1;
        const int column = heatmap->columns() - 1;
        const std::size_t index = static_cast<std::size_t>(row) * layout.tensor(tensor).cols + column;
        const double rate = snapshot->effectiveLearningRate.data(tensor)[index];
        if (adam) {
            // lr / (√v̂ + ε) from Adam's own state: v̂ = v / (1 − β₂^t).
            const AdamState &adam = std::get<AdamState>(snapshot->optimizer);
            const double v = adam.expAvgSq.data(tensor)[index];
            const double t = adam.step[static_cast<std::size_t>(tensor)];
            QCOMPARE(t, 4.0);
            QVERIFY(std::fabs(rate - lr / (std::sqrt(v / (1.0 - std::pow(0.999, t))) + 1e-8)) <= 1e-6 * rate);
        } else {
            QCOMPARE(rate, double(float(lr)));
        }
        const QString expected = QStringLiteral("effective learning rate of this entry: ") + formatTickValue(rate)
            + (adam ? QStringLiteral(" (Adam: lr / (√v̂ + ε))")
                    : QStringLiteral(" (SGD: lr, the same for every entry)"));
        const QString tip = heatmap->toolTipForCell(row, column);
        QVERIFY2(tip.contains(expected), qPrintable(tip + QStringLiteral("\nexpected: ") + expected));
        // The change itself is still the first thing said about the cell.
        QVERIFY(tip.section(u'\n', 1, 1).startsWith(QStringLiteral("change")));
    }
    // Weights and gradients: no rate.
    for (MatrixPanel::Mode mode : {MatrixPanel::Mode::Gradients, MatrixPanel::Mode::Weights}) {
        panel.setMode(mode);
        for (HeatmapWidget *heatmap : panel.heatmaps())
            QVERIFY(!heatmap->toolTipForCell(0, 0).contains(QStringLiteral("effective learning rate")));
    }
    panel.setMode(MatrixPanel::Mode::Gradients);
    QVERIFY(panel.cellNotes(0, 0, 0).isEmpty()); // in Gradients mode nothing changes
}

void TestMatrixPanelEditing::whatIfNoMemoryFadesWhh()
{
    SnapshotBuilder run(test::lectureVariant(2, true, 5));
    run.train(2);
    const SnapshotPtr plain = run.snapshot();
    const SnapshotPtr whatIf = test::withChanges(plain, [](TrainingSnapshot &s) { s.whatIfNoMemory = true; });
    Fixture f;
    f.panel.setSnapshot(plain);
    QVERIFY(f.panel.noMemoryCaptions().isEmpty());
    f.panel.setSnapshot(whatIf);
    const QStringList expected{noMemoryCaption(matrixName(MatrixRole::HiddenToHidden, 0, 2)),
                               noMemoryCaption(matrixName(MatrixRole::HiddenToHidden, 1, 2))};
    // Shown with real subscripts (W with hh below), as the heatmaps' titles.
    QCOMPARE(f.panel.noMemoryCaptions(),
             QStringList({SymbolText::html(expected.at(0)), SymbolText::html(expected.at(1))}));
    QCOMPARE(expected.at(0), QStringLiteral("W_hh⁽¹⁾ = 0 in the graph (what if there were no memory?)"));
    const ParameterLayout &layout = *run.setup()->layout;
    for (HeatmapWidget *heatmap : f.panel.heatmaps()) {
        const int tensor = layout.find(heatmap->pytorchName().toStdString());
        const bool recurrent = tensor == layout.stack().weightHh(0) || tensor == layout.stack().weightHh(1);
        QCOMPARE(heatmap->isMuted(), recurrent);
        // The real values stay: training is not affected.
        QCOMPARE(heatmap->values(), RowMatrix<float>(whatIf->weights.matrix(tensor)));
        QCOMPARE(heatmap->toolTipForCell(0, 0).contains(QStringLiteral("training still uses this weight")), recurrent);
        QVERIFY(heatmap->isEditable()); // still the real weights: they can be edited
    }
    // Only in Weights mode.
    f.panel.setMode(MatrixPanel::Mode::Gradients);
    QVERIFY(f.panel.noMemoryCaptions().isEmpty());
    for (HeatmapWidget *heatmap : f.panel.heatmaps())
        QVERIFY(!heatmap->isMuted());
    f.panel.setMode(MatrixPanel::Mode::Weights);
    QCOMPARE(f.panel.noMemoryCaptions().size(), 2);
    f.panel.setSnapshot(test::withChanges(whatIf, [](TrainingSnapshot &s) { s.whatIfNoMemory = false; }));
    QVERIFY(f.panel.noMemoryCaptions().isEmpty());
    for (HeatmapWidget *heatmap : f.panel.heatmaps())
        QVERIFY(!heatmap->isMuted());
}

void TestMatrixPanelEditing::editReachesTheWorkerAndUndoes()
{
    // The wiring the main window makes: edits to the controller, snapshots back to the panel.
    TrainingController controller;
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    connect(&controller, &TrainingController::snapshotChanged, &f.panel, &MatrixPanel::setSnapshot);
    connect(&f.panel, &MatrixPanel::editRequested, &controller, &TrainingController::editWeight);
    controller.reset(rnnlab::lectureExample());
    controller.step(3);
    QTRY_VERIFY(controller.snapshot() && controller.snapshot()->stepsTaken == 3);
    HeatmapWidget *whh = f.heatmap(QStringLiteral("rnn.weight_hh_l0"));
    QVERIFY(whh);
    const float before = whh->values()(2, 1);
    QTest::mouseClick(whh, Qt::LeftButton, {}, centre(whh, 2, 1));
    QTest::keyClicks(whh->interaction()->editor(), QStringLiteral("0.5"));
    QTest::keyClick(whh->interaction()->editor(), Qt::Key_Return);
    QTRY_COMPARE(whh->values()(2, 1), 0.5f);
    QVERIFY(whh->isMarked(2, 1));
    QCOMPARE(controller.snapshot()->edits.size(), std::size_t(1));
    QCOMPARE(controller.snapshot()->edits.front().index, std::size_t(2 * 4 + 1));
    QVERIFY(whh->toolTipForCell(2, 1).contains(editedCellNote(3, before)));
    controller.undo();
    QTRY_COMPARE(whh->values()(2, 1), before);
    QVERIFY(!whh->isMarked(2, 1));
}

QTEST_MAIN(TestMatrixPanelEditing)
#include "tst_matrixpanelediting.moc"
