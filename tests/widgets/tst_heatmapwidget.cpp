// SPDX-License-Identifier: MIT
// HeatmapWidget: the tooltip of a cell (exact value, PyTorch element name, slide meaning), numbers
// printed only when they fit, cell sizes that stay sensible, and what is actually drawn: a
// positive cell reddish, a negative one bluish, gaps in the palette's colour (light and dark).
#include "colormap.h"
#include "heatmapwidget.h"
#include "matrixlabels.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace rnnlab;

class TestHeatmapWidget : public QObject
{
    Q_OBJECT

private slots:
    void toolTipOfAWeight();
    void toolTipOfABias();
    void toolTipUsesDescriptions();
    void valuesPrintedWhenTheyFit_data();
    void valuesPrintedWhenTheyFit();
    void cellSizesStaySensible_data();
    void cellSizesStaySensible();
    void rendersValueColors();
    void followsThePalette();
    void setValuesKeepsLabels();

private:
    static RowMatrix<float> lectureMatrix();
    static QImage render(HeatmapWidget &widget);
};

RowMatrix<float> TestHeatmapWidget::lectureMatrix()
{
    RowMatrix<float> m(4, 4);
    m << 0.27f, -0.5f, 0.1f, 0.0f,      //
        -1.3f, 0.9f, 0.0003f, -0.05f,   //
        0.4f, -0.123456789f, 0.6f, 0.8f, //
        -0.9f, 0.2f, -0.2f, 1.0f;
    return m;
}

QImage TestHeatmapWidget::render(HeatmapWidget &widget)
{
    widget.resize(widget.sizeHint());
    QImage image = widget.grab().toImage();
    // Logical pixels, whatever the device pixel ratio.
    if (image.devicePixelRatio() != 1.0)
        image = image.scaled(widget.size());
    return image;
}

void TestHeatmapWidget::toolTipOfAWeight()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    widget.setQuantity(QStringLiteral("weight"));
    const QString tip = widget.toolTipForCell(2, 1);
    const QStringList lines = tip.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("rnn.weight_hh_l0[2][1]"));
    QCOMPARE(lines.at(1), QStringLiteral("weight: -0.123456791")); // the float's exact value, 9 digits
    QCOMPARE(lines.at(2), QStringLiteral("W_hh: from h2 to h3"));
    QVERIFY(widget.toolTipForCell(4, 0).isEmpty());
    QVERIFY(widget.toolTipForCell(0, -1).isEmpty());
}

void TestHeatmapWidget::toolTipOfABias()
{
    HeatmapWidget widget;
    RowMatrix<float> bias(4, 1);
    bias << 0.1f, -0.2f, 0.3f, 1e-7f;
    widget.setMatrix(QStringLiteral("b_ih"), QStringLiteral("rnn.bias_ih_l0"), bias, hiddenLabels(4), {}, 1.0);
    QCOMPARE(widget.toolTipForCell(3, 0),
             QStringLiteral("rnn.bias_ih_l0[3]\nvalue: ") + QString::number(double(1e-7f), 'g', 9)
                 + QStringLiteral("\nb_ih: bias of h4"));
}

void TestHeatmapWidget::toolTipUsesDescriptions()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_xh"), QStringLiteral("rnn.weight_ih_l0"), lectureMatrix(), hiddenLabels(4),
                     {QStringLiteral("h"), QStringLiteral("e"), QStringLiteral("l"), QStringLiteral("o")}, 1.0);
    widget.setDescriptions({}, {QStringLiteral("input 'h'"), QStringLiteral("input 'e'"), QStringLiteral("input 'l'"),
                                QStringLiteral("input 'o'")});
    QVERIFY2(widget.toolTipForCell(0, 2).endsWith(QStringLiteral("W_xh: from input 'l' to h1")),
             qPrintable(widget.toolTipForCell(0, 2)));
}

void TestHeatmapWidget::valuesPrintedWhenTheyFit_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::addColumn<bool>("shown");
    QTest::newRow("48 px: the lecture's 4×4") << 48 << true;
    QTest::newRow("12 px") << 12 << false;
    QTest::newRow("4 px") << 4 << false;
}

void TestHeatmapWidget::valuesPrintedWhenTheyFit()
{
    QFETCH(int, cellSize);
    QFETCH(bool, shown);
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    widget.setCellSize(cellSize);
    widget.resize(widget.sizeHint());
    QCOMPARE(widget.currentLayout().cellSize(), cellSize);
    QCOMPARE(widget.valuesShown(), shown);
}

void TestHeatmapWidget::cellSizesStaySensible_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("4×4") << 4 << 4;
    QTest::newRow("4×1 bias") << 4 << 1;
    QTest::newRow("64×27") << 64 << 27;
    QTest::newRow("256×256") << 256 << 256;
}

void TestHeatmapWidget::cellSizesStaySensible()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    HeatmapWidget widget;
    const RowMatrix<float> values = RowMatrix<float>::Constant(rows, columns, 0.5f);
    widget.setMatrix(QStringLiteral("W"), QStringLiteral("w"), values, hiddenLabels(rows), hiddenLabels(columns), 1.0);
    const int cell = widget.cellSize();
    QVERIFY(cell <= HeatmapLayout::maxCellSize);
    QVERIFY(cell >= HeatmapLayout::minCellSize);
    QCOMPARE(widget.sizeHint(), widget.layoutForCellSize(cell).size());
    // A big matrix does not ask for more than a screen.
    QVERIFY(widget.sizeHint().width() < 1200);
    QVERIFY(widget.minimumSizeHint().width() <= widget.sizeHint().width());
    // Squeezed, the cells shrink but stay square, and the grid stays inside the widget.
    widget.resize(widget.sizeHint().width() / 2, widget.sizeHint().height());
    const HeatmapLayout layout = widget.currentLayout();
    QVERIFY(layout.cellSize() <= cell);
    QVERIFY(layout.gridRect().right() < widget.width() || layout.cellSize() == HeatmapLayout::minCellSize);
}

void TestHeatmapWidget::rendersValueColors()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    widget.setIdentityColor(matrixColor(MatrixRole::HiddenToHidden));
    const QImage image = render(widget);
    const HeatmapLayout layout = widget.currentLayout();
    // Sample a corner of the cell: its centre holds the printed number.
    const auto sample = [&](int row, int column) { return image.pixelColor(layout.cellFillRect(row, column).topLeft() + QPoint(2, 2)); };
    const QColor positive = sample(3, 3); // +1.0
    const QColor negative = sample(1, 0); // −1.3
    const QColor zero = sample(0, 3);     // 0
    QVERIFY2(positive.red() > positive.blue() + 60, qPrintable(positive.name()));
    QVERIFY2(negative.blue() > negative.red() + 60, qPrintable(negative.name()));
    QVERIFY2(zero.lightness() > 230, qPrintable(zero.name()));
    QCOMPARE(positive, valueColor(1.0, 1.0));
    QCOMPARE(negative, valueColor(-1.3, 1.0));
    QVERIFY(widget.valuesShown());
}

void TestHeatmapWidget::followsThePalette()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    for (const QColor &window : {QColor(0x20, 0x20, 0x24), QColor(0xf4, 0xf4, 0xf4)}) {
        QPalette palette = widget.palette();
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, window.lightness() < 128 ? Qt::white : Qt::black);
        widget.setPalette(palette);
        const QImage image = render(widget);
        const HeatmapLayout layout = widget.currentLayout();
        // The gap between two cells and the space right of the title are the window colour.
        const QRect cell = layout.cellRect(1, 1);
        QCOMPARE(image.pixelColor(cell.right(), cell.center().y()), window);
        QCOMPARE(image.pixelColor(image.width() - 1, 1), window);
        // Some of the title is drawn in the text colour.
        bool text = false;
        for (int x = 0; x < image.width() && !text; ++x)
            for (int y = 0; y < layout.margins().titleHeight && !text; ++y)
                text = image.pixelColor(x, y) == palette.color(QPalette::WindowText);
        QVERIFY(text);
    }
}

void TestHeatmapWidget::setValuesKeepsLabels()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    const RowMatrix<float> doubled = lectureMatrix() * 2.0f;
    const float *storage = widget.values().data();
    widget.setValues(doubled, 2.5);
    QCOMPARE(widget.values(), doubled);
    QCOMPARE(widget.values().data(), storage); // same shape: no new allocation
    QCOMPARE(widget.scale(), 2.5);
    QVERIFY(widget.toolTipForCell(2, 1).endsWith(QStringLiteral("W_hh: from h2 to h3")));
}

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
