// SPDX-License-Identifier: MIT
// GraphPainter's matrix thumbnails, painted into an image: each cell in the colour of the weight
// the graph's forward pass uses — the trained W_hh normally, zeros under What if W_hh = 0? (while
// W_xh keeps its colours) — in the unfolded and the folded view. Not the layout of the thumbnails
// (tst_graphlayout) nor their tooltips (tst_graphtooltip).
#include "tests/support/graphgeometryof.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/common/colormap.h"
#include "ui/common/colorscales.h"
#include "ui/common/matrixtensor.h"
#include "ui/graph/graphpainter.h"
#include "ui/matrices/matrixlabels.h"

#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestGraphPainter : public QObject
{
    Q_OBJECT

private slots:
    void probabilityTiesShowTheWinner_data();
    void probabilityTiesShowTheWinner();
    void probabilitiesInTheReadersLocale();
    void thumbnailShowsTheWeightsUsed_data();
    void thumbnailShowsTheWeightsUsed();
};

namespace {

GraphLayout layoutOf(const TrainingSnapshot &snapshot, bool folded)
{
    const GraphGeometry g = graphGeometryOf(snapshot);
    return folded ? GraphLayout::folded(g) : GraphLayout::unfolded(g);
}

} // namespace

void TestGraphPainter::thumbnailShowsTheWeightsUsed_data()
{
    QTest::addColumn<bool>("folded");
    QTest::addColumn<bool>("whatIf");
    QTest::addColumn<int>("layers");
    QTest::newRow("unfolded") << false << false << 1;
    QTest::newRow("unfolded, W_hh = 0") << false << true << 1;
    QTest::newRow("folded") << true << false << 1;
    QTest::newRow("folded, W_hh = 0") << true << true << 1;
    QTest::newRow("2 layers, W_hh = 0") << false << true << 2;
    QTest::newRow("2 layers folded, W_hh = 0") << true << true << 2;
}

void TestGraphPainter::thumbnailShowsTheWeightsUsed()
{
    QFETCH(bool, folded);
    QFETCH(bool, whatIf);
    QFETCH(int, layers);
    SnapshotBuilder run(test::lectureVariant(layers, false));
    run.train(30); // W_hh away from its initial values, and none of them 0
    run.setWhatIfNoMemory(whatIf);
    const SnapshotPtr snapshot = run.snapshot();
    QCOMPARE(snapshot->whatIfNoMemory, whatIf);
    const GraphLayout layout = layoutOf(*snapshot, folded);
    const ColorScales scales = ColorScales::of(*snapshot);
    const SequenceTrace<float> &sequence = snapshot->trace.sequences.front();

    QFont font = QApplication::font();
    font.setPixelSize(8); // smaller than any cell: the "0" under What if stays off the sampled corners
    int hh = 0;
    int xh = 0;
    for (const GraphEdge &e : layout.edges()) {
        if (e.thumbnail.isEmpty() || e.identity)
            continue;
        // Each thumbnail on its own image, its top left corner at (4, 4).
        QImage image(e.thumbnail.size().toSize() + QSize(8, 8), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.translate(QPointF(4, 4) - e.thumbnail.topLeft());
            const GraphPainter graph(painter, *snapshot, sequence, scales, font, QApplication::palette(),
                                     layout.cellHeight(), true, false);
            graph.paintThumbnail(e);
        }
        const int tensor = matrixTensor(snapshot->weights.layout(), e.role, e.layer);
        QVERIFY(tensor >= 0);
        const auto matrix = snapshot->weights.matrix(tensor);
        const int rows = int(matrix.rows());
        const int cols = int(matrix.cols());
        const double cell = std::min(e.thumbnail.width() / cols, e.thumbnail.height() / rows);
        const bool zeroed = whatIf && e.role == MatrixRole::HiddenToHidden;
        hh += e.role == MatrixRole::HiddenToHidden;
        xh += e.role == MatrixRole::InputToHidden;
        for (int r = 0; r < rows; ++r) {
            if (zeroed && (r == rows / 2 || r == rows / 2 - 1))
                continue; // where the "0" is written across the middle
            for (int c = 0; c < cols; ++c) {
                const QPoint at(int(4 + (c + 0.25) * cell), int(4 + (r + 0.25) * cell));
                const QColor expected = valueColor(zeroed ? 0.0 : matrix(r, c), scales.weights);
                const QColor seen = image.pixelColor(at);
                QVERIFY2(std::abs(seen.red() - expected.red()) <= 2 && std::abs(seen.green() - expected.green()) <= 2
                             && std::abs(seen.blue() - expected.blue()) <= 2,
                         qPrintable(QStringLiteral("role %1 layer %2 (%3, %4): drew %5, the pass uses %6")
                                        .arg(int(e.role))
                                        .arg(e.layer)
                                        .arg(r)
                                        .arg(c)
                                        .arg(seen.name(), expected.name())));
            }
        }
    }
    QVERIFY(hh >= layers);
    QVERIFY(xh >= 1);
}

void TestGraphPainter::probabilityTiesShowTheWinner_data()
{
    QTest::addColumn<QList<double>>("probabilities");
    QTest::addColumn<int>("predicted");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("no tie") << QList<double>{0.71, 0.10, 0.10, 0.09} << 0
                            << QStringList{"0.71", "0.10", "0.10", "0.09"}; // ties below the winner stay
    // compare-layers B at t = 1: e and l both "0.44" beside a bold e.
    QTest::newRow("tie at the top") << QList<double>{0.06, 0.4412, 0.4391, 0.0597} << 1
                                    << QStringList{"0.06", "0.441", "0.439", "0.06"};
    QTest::newRow("closer still") << QList<double>{0.34021, 0.33987, 0.31992} << 0
                                  << QStringList{"0.3402", "0.3399", "0.32"};
    QTest::newRow("a tie to the last digit stays one")
        << QList<double>{0.5, 0.5} << 0 << QStringList{"0.5000", "0.5000"};
}

void TestGraphPainter::probabilitiesInTheReadersLocale()
{
    // `--language fr`: the graph's p_t cells and h_t cells with a decimal comma; English a point.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QStringList french = GraphPainter::probabilityTexts({0.06, 0.4412, 0.4391, 0.0597}, 1);
    const QString cell = formatCellValue(-0.27);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList english = GraphPainter::probabilityTexts({0.71, 0.29}, 0);
    QLocale::setDefault(before);
    QCOMPARE(french,
             (QStringList{QStringLiteral("0,06"), QStringLiteral("0,441"), QStringLiteral("0,439"),
                          QStringLiteral("0,06")}));
    QCOMPARE(cell, QStringLiteral("-0,27"));
    QCOMPARE(english, (QStringList{QStringLiteral("0.71"), QStringLiteral("0.29")}));
}

void TestGraphPainter::probabilityTiesShowTheWinner()
{
    QFETCH(QList<double>, probabilities);
    QFETCH(int, predicted);
    QFETCH(QStringList, texts);
    QCOMPARE(GraphPainter::probabilityTexts(std::vector<double>(probabilities.begin(), probabilities.end()), predicted),
             texts);
}

QTEST_MAIN(TestGraphPainter)
#include "tst_graphpainter.moc"
