// SPDX-License-Identifier: MIT
// MatrixPanel built from real snapshots (the lecture's session trained by the engine's Trainer):
// the heatmaps for 1 and 2 layers with and without an output layer, their names, shapes and
// labels, the mode switch (weights, gradients, last change) with one common scale, the
// placeholder before the first step, and reuse of the heatmaps while the shapes stay.
#include "tests/support/allocationcounter.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/teaching/symboltext.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

// AllocationCounter (CMakeLists.txt links this test with it) counts every operator new in this
// test binary while armed: a snapshot of an unchanged layout must not allocate per heatmap
// (snapshots arrive up to 60 times a second).

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestMatrixPanel : public QObject
{
    Q_OBJECT

private slots:
    void heatmapsPerModel_data();
    void heatmapsPerModel();
    void weightsAreTheSnapshots();
    void modeSwitch();
    void placeholderBeforeTheFirstStep();
    void heatmapsAreReused();
    void cellsFitThePanel();
    void snapshotsDoNotAllocatePerHeatmap();
    void noSnapshot();
    void noOutputLayerNoteHasTheFloor();
    void biasRowsLineUpWithTheMatrix();
    void onlyHiddenUnitLabelsThin();
};

void TestMatrixPanel::heatmapsPerModel_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("lecture: 1 layer, no W_hy")
        << 1 << false << 4
        << QStringList{QStringLiteral("W_xh"), QStringLiteral("b_ih"), QStringLiteral("W_hh"), QStringLiteral("b_hh")};
    QTest::newRow("2 layers, no W_hy") << 2 << false << 4
                                       << QStringList{QStringLiteral("W_xh⁽¹⁾"), QStringLiteral("b_ih⁽¹⁾"),
                                                      QStringLiteral("W_hh⁽¹⁾"), QStringLiteral("b_hh⁽¹⁾"),
                                                      QStringLiteral("W_xh⁽²⁾"), QStringLiteral("b_ih⁽²⁾"),
                                                      QStringLiteral("W_hh⁽²⁾"), QStringLiteral("b_hh⁽²⁾")};
    QTest::newRow("1 layer with W_hy (H = 6)")
        << 1 << true << 6 << QStringList{QStringLiteral("W_xh"), QStringLiteral("b_ih"), QStringLiteral("W_hh"),
                                         QStringLiteral("b_hh"), QStringLiteral("W_hy"), QStringLiteral("b_y")};
    QTest::newRow("2 layers with W_hy (H = 5)")
        << 2 << true << 5
        << QStringList{QStringLiteral("W_xh⁽¹⁾"), QStringLiteral("b_ih⁽¹⁾"), QStringLiteral("W_hh⁽¹⁾"),
                       QStringLiteral("b_hh⁽¹⁾"), QStringLiteral("W_xh⁽²⁾"), QStringLiteral("b_ih⁽²⁾"),
                       QStringLiteral("W_hh⁽²⁾"), QStringLiteral("b_hh⁽²⁾"), QStringLiteral("W_hy"),
                       QStringLiteral("b_y")};
}

void TestMatrixPanel::heatmapsPerModel()
{
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(int, hidden);
    QFETCH(QStringList, titles);
    SnapshotBuilder run(test::lectureVariant(layers, outputLayer, hidden));
    run.train(2);
    QVERIFY(!QTest::currentTestFailed());
    MatrixPanel panel;
    panel.resize(420, 700);
    panel.setSnapshot(run.snapshot());

    const std::vector<HeatmapWidget *> heatmaps = panel.heatmaps();
    QCOMPARE(heatmaps.size(), std::size_t(titles.size()));
    QCOMPARE(panel.findChildren<HeatmapWidget *>().size(), titles.size());
    QCOMPARE(panel.isShowingNoOutputNote(), !outputLayer);
    QVERIFY(!panel.isShowingPlaceholder());
    const ParameterLayout &layout = *run.setup()->layout;
    const int V = 4; // "helo"
    for (std::size_t i = 0; i < heatmaps.size(); ++i) {
        const HeatmapWidget *heatmap = heatmaps[i];
        QCOMPARE(heatmap->title(), titles.at(static_cast<int>(i)));
        // The PyTorch name and shape of the tensor it shows.
        const TensorSpec &spec = layout.tensor(layout.find(heatmap->pytorchName().toStdString()));
        QCOMPARE(heatmap->rows(), spec.rows);
        QCOMPARE(heatmap->columns(), spec.cols);
    }
    // W_xh of layer 1 is H × V with the vocabulary on its columns; W_hy is V × H.
    QCOMPARE(heatmaps[0]->pytorchName(), QStringLiteral("rnn.weight_ih_l0"));
    QCOMPARE(heatmaps[0]->rows(), hidden);
    QCOMPARE(heatmaps[0]->columns(), V);
    QVERIFY2(heatmaps[0]->toolTipForCell(1, 2).contains(QStringLiteral("from input 'l' to h2")),
             qPrintable(heatmaps[0]->toolTipForCell(1, 2)));
    if (layers > 1) {
        QCOMPARE(heatmaps[4]->pytorchName(), QStringLiteral("rnn.weight_ih_l1"));
        QCOMPARE(heatmaps[4]->columns(), hidden);
    }
    if (outputLayer) {
        const HeatmapWidget *why = heatmaps[heatmaps.size() - 2];
        QCOMPARE(why->pytorchName(), QStringLiteral("fc.weight"));
        QCOMPARE(why->rows(), V);
        QCOMPARE(why->columns(), hidden);
        QVERIFY2(why->toolTipForCell(3, 0).contains(QStringLiteral("to output 'o'")),
                 qPrintable(why->toolTipForCell(3, 0)));
    }
}

void TestMatrixPanel::weightsAreTheSnapshots()
{
    SnapshotBuilder run(test::lectureVariant(2, true, 5));
    run.train(3);
    const SnapshotPtr snapshot = run.snapshot();
    MatrixPanel panel;
    panel.setSnapshot(snapshot);
    const ParameterLayout &layout = *run.setup()->layout;
    double maxAbs = 0.0;
    for (const HeatmapWidget *heatmap : panel.heatmaps()) {
        const int tensor = layout.find(heatmap->pytorchName().toStdString());
        QCOMPARE(heatmap->values(), RowMatrix<float>(snapshot->weights.matrix(tensor)));
        maxAbs = std::max<double>(maxAbs, heatmap->values().cwiseAbs().maxCoeff());
    }
    // One scale for every matrix of the mode: the nice scale of the largest |weight|.
    QCOMPARE(panel.currentScale(), niceScale(maxAbs));
    for (const HeatmapWidget *heatmap : panel.heatmaps())
        QCOMPARE(heatmap->scale(), panel.currentScale());
}

void TestMatrixPanel::modeSwitch()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(2);
    const SnapshotPtr snapshot = run.snapshot();
    MatrixPanel panel;
    QSignalSpy spy(&panel, &MatrixPanel::modeChanged);
    panel.setSnapshot(snapshot);
    QCOMPARE(panel.mode(), MatrixPanel::Mode::Weights);

    struct Case
    {
        MatrixPanel::Mode mode;
        const ParameterSet<float> *set;
        QString quantity;
    };
    const Case cases[] = {
        {MatrixPanel::Mode::Gradients, &snapshot->lastGradients, QStringLiteral("gradient")},
        {MatrixPanel::Mode::LastChange, &snapshot->lastUpdate, QStringLiteral("change")},
        {MatrixPanel::Mode::Weights, &snapshot->weights, QStringLiteral("weight")},
    };
    for (const Case &c : cases) {
        panel.setMode(c.mode);
        QCOMPARE(panel.mode(), c.mode);
        QVERIFY(!panel.isShowingPlaceholder());
        const double maxAbs = c.set->flat().cwiseAbs().maxCoeff();
        QCOMPARE(panel.currentScale(), niceScale(maxAbs));
        for (const HeatmapWidget *heatmap : panel.heatmaps()) {
            const int tensor = run.setup()->layout->find(heatmap->pytorchName().toStdString());
            QCOMPARE(heatmap->values(), RowMatrix<float>(c.set->matrix(tensor)));
            QCOMPARE(heatmap->scale(), panel.currentScale());
            QVERIFY2(heatmap->toolTipForCell(0, 0).section(u'\n', 1, 1).startsWith(c.quantity),
                     qPrintable(heatmap->toolTipForCell(0, 0)));
        }
    }
    QCOMPARE(spy.count(), 3);
    // Setting the same mode again is no change.
    panel.setMode(MatrixPanel::Mode::Weights);
    QCOMPARE(spy.count(), 3);
    // Gradients are much smaller than weights: their scale is their own.
    panel.setMode(MatrixPanel::Mode::Gradients);
    QVERIFY(panel.currentScale() < niceScale(snapshot->weights.flat().cwiseAbs().maxCoeff()));
}

void TestMatrixPanel::placeholderBeforeTheFirstStep()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    MatrixPanel panel;
    panel.setSnapshot(run.snapshot()); // step 0: no gradients, no update yet
    QVERIFY(!panel.isShowingPlaceholder());
    panel.setMode(MatrixPanel::Mode::Gradients);
    QVERIFY(panel.isShowingPlaceholder());
    QCOMPARE(panel.placeholderText(), QStringLiteral("No training step yet"));
    panel.setMode(MatrixPanel::Mode::LastChange);
    QVERIFY(panel.isShowingPlaceholder());
    run.train(1);
    panel.setSnapshot(run.snapshot());
    QVERIFY(!panel.isShowingPlaceholder());
    panel.setMode(MatrixPanel::Mode::Weights);
    QVERIFY(!panel.isShowingPlaceholder());
}

void TestMatrixPanel::heatmapsAreReused()
{
    SnapshotBuilder run(rnnlab::lectureExample(), 1);
    MatrixPanel panel;
    panel.setSnapshot(run.snapshot());
    const std::vector<HeatmapWidget *> first = panel.heatmaps();
    run.train(1);
    panel.setSnapshot(run.snapshot());
    QCOMPARE(panel.heatmaps(), first); // next snapshot: the same widgets, new values

    // A reset with the same shapes (another generation, other texts of 4 characters): reused,
    // relabelled.
    Session other = rnnlab::lectureExample();
    other.data.texts = {U"abcd"};
    SnapshotBuilder reset(other, 2);
    panel.setSnapshot(reset.snapshot());
    QCOMPARE(panel.heatmaps(), first);
    QVERIFY2(panel.heatmaps()[0]->toolTipForCell(0, 1).contains(QStringLiteral("input 'b'")),
             qPrintable(panel.heatmaps()[0]->toolTipForCell(0, 1)));

    // Other shapes: rebuilt.
    SnapshotBuilder bigger(test::lectureVariant(1, true, 7), 3);
    panel.setSnapshot(bigger.snapshot());
    QCOMPARE(panel.heatmaps().size(), std::size_t(6));
    QCOMPARE(panel.heatmaps()[2]->rows(), 7);
    QCOMPARE(panel.findChildren<HeatmapWidget *>().size(), 6); // the old ones are gone
}

void TestMatrixPanel::cellsFitThePanel()
{
    SnapshotBuilder run(test::lectureVariant(1, true, 32));
    MatrixPanel panel;
    panel.resize(420, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSnapshot(run.snapshot());
    const int cell = panel.cellSize();
    QVERIFY(cell >= HeatmapLayout::minCellSize && cell <= HeatmapLayout::maxCellSize);
    for (const HeatmapWidget *heatmap : panel.heatmaps()) {
        QCOMPARE(heatmap->cellSize(), cell); // one size: rows of W and b line up
        QVERIFY2(heatmap->geometry().right() < 420, qPrintable(heatmap->title()));
    }
    // Wider panel, larger cells (up to 48 px).
    panel.resize(1000, 700);
    QTRY_VERIFY(panel.cellSize() > cell);
    QVERIFY(panel.cellSize() <= HeatmapLayout::maxCellSize);
}

void TestMatrixPanel::snapshotsDoNotAllocatePerHeatmap()
{
    SnapshotBuilder run(test::lectureVariant(2, true, 12));
    MatrixPanel panel;
    panel.resize(420, 700);
    run.train(1);
    panel.setSnapshot(run.snapshot());
    const std::vector<HeatmapWidget *> before = panel.heatmaps();
    const auto allocationsOfASnapshot = [&] {
        run.train(1);
        const SnapshotPtr snapshot = run.snapshot();
        return test::AllocationCounter::count([&] { panel.setSnapshot(snapshot); });
    };
    // Hidden (nothing to repaint): the panel's own work allocates nothing at all — the heatmaps
    // copy into the storage they have, the legend only stores the new scale.
    for (MatrixPanel::Mode mode : {MatrixPanel::Mode::Weights, MatrixPanel::Mode::Gradients}) {
        panel.setMode(mode);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(allocationsOfASnapshot(), 0L);
    }
    // Visible: only Qt's repaint bookkeeping (a dirty region per widget), a few per heatmap.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int i = 0; i < 3; ++i) {
        const long allocations = allocationsOfASnapshot();
        QVERIFY2(allocations <= 4 * long(before.size()), qPrintable(QString::number(allocations)));
        QApplication::processEvents();
    }
    QCOMPARE(panel.heatmaps(), before);
}

void TestMatrixPanel::noSnapshot()
{
    MatrixPanel panel;
    QVERIFY(panel.isShowingPlaceholder());
    QCOMPARE(panel.placeholderText(), QStringLiteral("No model yet"));
    SnapshotBuilder run(rnnlab::lectureExample());
    panel.setSnapshot(run.snapshot());
    QCOMPARE(panel.heatmaps().size(), std::size_t(4));
    panel.setSnapshot(nullptr);
    QVERIFY(panel.heatmaps().empty());
    QVERIFY(panel.isShowingPlaceholder());
}

void TestMatrixPanel::noOutputLayerNoteHasTheFloor()
{
    SnapshotBuilder run(rnnlab::lectureExample()); // "hello": V = H = 4, tanh, no W_hy
    MatrixPanel panel;
    panel.setSnapshot(run.snapshot());
    QVERIFY(panel.isShowingNoOutputNote());
    const QString note = panel.noOutputNoteText();
    QCOMPARE(note, SymbolText::html(noOutputLayerNote(CellKind::RnnTanh, 4))); // with real subscripts
    // p ≤ 0.71, loss ≥ 0.34 for V = 4.
    QVERIFY2(note.contains(QStringLiteral("0.71")) && note.contains(QStringLiteral("0.34")), qPrintable(note));
    // ReLU with the same shapes: relabelled in place, and no floor claimed.
    Session relu = rnnlab::lectureExample();
    relu.model.cell = CellKind::RnnRelu;
    SnapshotBuilder reluRun(relu, 2);
    panel.setSnapshot(reluRun.snapshot());
    QCOMPARE(panel.noOutputNoteText(), SymbolText::html(noOutputLayerNote(CellKind::RnnRelu, 4)));
    // With an output layer: no note.
    SnapshotBuilder fc(test::lectureVariant(1, true, 6), 3);
    panel.setSnapshot(fc.snapshot());
    QVERIFY(!panel.isShowingNoOutputNote());
}

void TestMatrixPanel::biasRowsLineUpWithTheMatrix()
{
    // Narrow panels turn or stagger the column labels: a bias must keep level with its matrix.
    for (const int width : {260, 420, 900}) {
        for (const int hidden : {6, 24}) {
            SnapshotBuilder run(test::lectureVariant(1, true, hidden));
            MatrixPanel panel;
            panel.resize(width, 700);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.setSnapshot(run.snapshot());
            QApplication::processEvents();
            const std::vector<HeatmapWidget *> heatmaps = panel.heatmaps();
            for (std::size_t i = 0; i + 1 < heatmaps.size(); i += 2) {
                const HeatmapWidget *matrix = heatmaps[i];
                const HeatmapWidget *bias = heatmaps[i + 1];
                const int matrixTop = matrix->mapTo(&panel, matrix->currentLayout().gridRect().topLeft()).y();
                const int biasTop = bias->mapTo(&panel, bias->currentLayout().gridRect().topLeft()).y();
                QVERIFY2(matrixTop == biasTop,
                         qPrintable(QStringLiteral("%1 at %2 px, H = %3: %4 vs %5")
                                        .arg(matrix->title())
                                        .arg(width)
                                        .arg(hidden)
                                        .arg(matrixTop)
                                        .arg(biasTop)));
                QCOMPARE(bias->currentLayout().cellSize(), matrix->currentLayout().cellSize());
            }
        }
    }
}

void TestMatrixPanel::onlyHiddenUnitLabelsThin()
{
    SnapshotBuilder run(test::lectureVariant(1, true, 64));
    MatrixPanel panel;
    panel.resize(300, 700);
    panel.setSnapshot(run.snapshot());
    const std::vector<HeatmapWidget *> heatmaps = panel.heatmaps(); // W_xh, b_ih, W_hh, b_hh, W_hy, b_y
    for (int cell = HeatmapLayout::minCellSize; cell <= HeatmapLayout::maxCellSize; ++cell) {
        QCOMPARE(heatmaps[0]->columnLabelPlan(cell).step, 1); // W_xh columns: characters
        QCOMPARE(heatmaps[4]->rowLabelPlan(cell).step, 1); // W_hy rows: characters
    }
    // h1…h64 thin in small cells.
    QVERIFY(heatmaps[0]->rowLabelPlan(3).step > 1);
    QVERIFY(heatmaps[2]->columnLabelPlan(3).step > 1);
    QVERIFY(heatmaps[4]->columnLabelPlan(3).step > 1);
}

QTEST_MAIN(TestMatrixPanel)
#include "tst_matrixpanel.moc"
