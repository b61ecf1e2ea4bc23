// SPDX-License-Identifier: MIT
// HeatmapWidget: the tooltip of a cell (exact value, PyTorch element name, slide meaning), numbers
// printed only when they fit, in one format per scale and a font that grows with the cell,
// vocabulary labels never dropped (hidden units thinned, and the tooltip says so), cell sizes that
// stay sensible, and what is actually drawn: a positive cell reddish, a negative one bluish, a dash
// in small negative cells, gaps in the palette's colour (light and dark), the corner mark of a
// cell set by hand, a muted heatmap faded; and the tooltip lines others add (cell notes).
#include "ui/common/colormap.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixlabels.h"

#include <QApplication>
#include <QImage>
#include <QTest>

#include <cmath>

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
    void cellTextFollowsTheScale();
    void valueFontGrowsWithTheCell();
    void vocabularyLabelsAreNeverDropped();
    void thinnedLabelsAreNamedInTheTooltip();
    void minimumColumnLabelBand();
    void cellsPrintValuesOrNothing_data();
    void cellsPrintValuesOrNothing();
    void markedCellsCarryACornerMark_data();
    void markedCellsCarryACornerMark();
    void mutedIsFadedNotHidden();
    void cellNotesJoinTheTooltip();

private:
    static RowMatrix<float> lectureMatrix();
    static QImage render(HeatmapWidget &widget);
};

RowMatrix<float> TestHeatmapWidget::lectureMatrix()
{
    RowMatrix<float> m(4, 4);
    m << 0.27f, -0.5f, 0.1f, 0.0f, //
        -1.3f, 0.9f, 0.0003f, -0.05f, //
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
    widget.setDescriptions({},
                           {QStringLiteral("input 'h'"), QStringLiteral("input 'e'"), QStringLiteral("input 'l'"),
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
    const auto sample = [&](int row, int column) {
        return image.pixelColor(layout.cellFillRect(row, column).topLeft() + QPoint(2, 2));
    };
    const QColor positive = sample(3, 3); // +1.0
    const QColor negative = sample(1, 0); // −1.3
    const QColor zero = sample(0, 3); // 0
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

void TestHeatmapWidget::cellTextFollowsTheScale()
{
    HeatmapWidget widget;
    RowMatrix<float> m(1, 3);
    m << -1.4f, 0.019f, 1.0f;
    widget.setMatrix(QStringLiteral("W"), QStringLiteral("w"), m, {}, {}, 2.0);
    // One shape per panel: 2 decimals for a scale of 2.
    QCOMPARE(widget.cellText(0, 0), QStringLiteral("-1.40"));
    QCOMPARE(widget.cellText(0, 1), QStringLiteral("0.02"));
    QCOMPARE(widget.cellText(0, 2), QStringLiteral("1.00"));
    // Gradients of a scale of 0.005: the cells in units of 10⁻³.
    RowMatrix<float> g(1, 2);
    g << -0.004f, 0.00019f;
    widget.setValues(g, 0.005);
    QCOMPARE(widget.cellText(0, 0), QStringLiteral("-4.00"));
    QCOMPARE(widget.cellText(0, 1), QStringLiteral("0.19"));
    QVERIFY(widget.cellText(0, 2).isEmpty());
}

void TestHeatmapWidget::valueFontGrowsWithTheCell()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    const int base = QFontInfo(widget.font()).pixelSize();
    int previous = 0;
    int firstShown = 0;
    for (int cell = HeatmapLayout::minCellSize; cell <= HeatmapLayout::maxCellSize; ++cell) {
        const std::optional<QFont> font = widget.valueFontForCellSize(cell);
        if (!font) {
            QCOMPARE(previous, 0); // once numbers fit, they keep fitting in larger cells
            continue;
        }
        if (!firstShown)
            firstShown = cell;
        const int pixels = QFontInfo(*font).pixelSize();
        QVERIFY2(pixels >= previous, qPrintable(QStringLiteral("%1 px at cell %2").arg(pixels).arg(cell)));
        QVERIFY(pixels <= int(base * 1.4));
        QVERIFY(pixels >= std::max(8, int(std::ceil(base * 0.85))));
        // The widest number fits the cell in that font.
        const QFontMetrics metrics(*font);
        int widest = 0;
        for (const QString &text : CellNumberFormat::widestTexts())
            widest = std::max(widest, metrics.horizontalAdvance(text));
        QVERIFY(HeatmapLayout(1, 1, cell, {}).fitsInCell(widest, metrics.height()));
        previous = pixels;
    }
    QVERIFY(firstShown > 0);
    // A wide dock (48 px cells) prints larger numbers than the narrowest cells that hold them.
    QVERIFY2(QFontInfo(*widget.valueFontForCellSize(48)).pixelSize()
                 > QFontInfo(*widget.valueFontForCellSize(firstShown)).pixelSize(),
             qPrintable(QString::number(firstShown)));
    QVERIFY(QFontInfo(*widget.valueFontForCellSize(48)).pixelSize() > base);
}

void TestHeatmapWidget::vocabularyLabelsAreNeverDropped()
{
    // W_xh of a 27-character vocabulary: the columns are characters, the rows hidden units.
    QStringList characters;
    for (const char32_t c : std::u32string(U"abcdefghijklmnopqrstuvwxyz "))
        characters << visibleCharacter(c);
    characters[22] = QStringLiteral("⏎"); // a wide glyph among them
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_xh"), QStringLiteral("rnn.weight_ih_l0"),
                     RowMatrix<float>::Constant(64, 27, 0.5f), hiddenLabels(64), characters, 1.0);
    widget.setLabelsMayThin(true, false);
    for (int cell = HeatmapLayout::minCellSize; cell <= HeatmapLayout::maxCellSize; ++cell) {
        const HeatmapLayout::LabelPlan columns = widget.columnLabelPlan(cell);
        QCOMPARE(columns.step, 1);
        // The band above the cells holds every tier (or the turned labels).
        const HeatmapLayout layout = widget.layoutForCellSize(cell);
        QVERIFY(layout.margins().columnLabelHeight >= columns.tiers * QFontMetrics(widget.font()).height() * 3 / 4);
    }
    // The hidden units may thin when the cells are small.
    QVERIFY(widget.rowLabelPlan(3).step > 1);
    QCOMPARE(widget.rowLabelPlan(48).step, 1);
    // The narrowest layout: staggered tiers in a band that holds them, and the grid below it.
    widget.setCellSize(3);
    const QImage image = render(widget);
    const HeatmapLayout layout = widget.currentLayout();
    QCOMPARE(layout.cellSize(), 3);
    const HeatmapLayout::LabelPlan plan = widget.columnLabelPlan(3);
    QVERIFY(plan.tiers > 1);
    QVERIFY(layout.margins().columnLabelHeight >= plan.tiers * QFontMetrics(widget.font()).height() / 2);
    QVERIFY(layout.gridRect().bottom() < image.height());
}

void TestHeatmapWidget::thinnedLabelsAreNamedInTheTooltip()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), RowMatrix<float>::Zero(64, 64),
                     hiddenLabels(64), hiddenLabels(64), 1.0);
    widget.setLabelsMayThin(true, true);
    widget.setCellSize(4);
    widget.resize(widget.sizeHint());
    const QString tip = widget.toolTipForCell(6, 2);
    QVERIFY2(tip.contains(QStringLiteral("W_hh: from h3 to h7")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Row labels: only every")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Column labels: only every")), qPrintable(tip));
    const int step = widget.columnLabelPlan(4).step;
    QVERIFY2(tip.contains(QStringLiteral("(h%1, h%2, …)").arg(step).arg(2 * step)), qPrintable(tip));
    // Over a label band: that row or column named in full.
    const HeatmapLayout layout = widget.currentLayout();
    const QString column =
        widget.toolTipForLabelAt(QPoint(layout.cellRect(0, 2).center().x(), layout.gridRect().top() - 3));
    QVERIFY2(column.startsWith(QStringLiteral("Column 3: h3")), qPrintable(column));
    const QString row = widget.toolTipForLabelAt(QPoint(2, layout.cellRect(6, 0).center().y()));
    QVERIFY2(row.startsWith(QStringLiteral("Row 7: h7")), qPrintable(row));
    QVERIFY(widget.toolTipForLabelAt(layout.cellRect(1, 1).center()).isEmpty());
    // With room for every label, no note.
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    widget.setCellSize(48);
    widget.resize(widget.sizeHint());
    QCOMPARE(widget.toolTipForCell(1, 1).count(u'\n'), 2);
}

void TestHeatmapWidget::minimumColumnLabelBand()
{
    HeatmapWidget bias;
    RowMatrix<float> values(4, 1);
    values << 0.1f, -0.2f, 0.3f, 0.4f;
    bias.setMatrix(QStringLiteral("b_ih"), QStringLiteral("rnn.bias_ih_l0"), values, {}, {}, 1.0);
    QCOMPARE(bias.layoutForCellSize(20).margins().columnLabelHeight, 0);
    bias.setMinimumColumnLabelBand(31);
    QCOMPARE(bias.layoutForCellSize(20).margins().columnLabelHeight, 31);
    // Beside a matrix with turned labels, its rows stay level with the matrix's.
    HeatmapWidget matrix;
    matrix.setMatrix(
        QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), RowMatrix<float>::Zero(4, 4), hiddenLabels(4),
        {QStringLiteral("h100"), QStringLiteral("h101"), QStringLiteral("h102"), QStringLiteral("h103")}, 1.0);
    const int cell = 14;
    bias.setMinimumColumnLabelBand(matrix.layoutForCellSize(cell).margins().columnLabelHeight);
    QCOMPARE(bias.layoutForCellSize(cell).gridRect().top(), matrix.layoutForCellSize(cell).gridRect().top());
}

void TestHeatmapWidget::cellsPrintValuesOrNothing_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::newRow("12 px, no numbers") << 12;
    QTest::newRow("7 px") << 7;
    QTest::newRow("48 px: numbers") << 48;
}

void TestHeatmapWidget::cellsPrintValuesOrNothing()
{
    // Issue 14: a cell prints its value or nothing — no stray "−" marks that read as numbers gone.
    QFETCH(int, cellSize);
    HeatmapWidget widget;
    RowMatrix<float> m(1, 2);
    m << -0.6f, 0.6f; // the same grey in greyscale
    widget.setMatrix(QStringLiteral("b"), QStringLiteral("b"), m, {}, {}, 1.0);
    widget.setCellSize(cellSize);
    const QImage image = render(widget);
    const HeatmapLayout layout = widget.currentLayout();
    QCOMPARE(layout.cellSize(), cellSize);
    const auto differs = [&](int column) {
        const QRect r = layout.cellFillRect(0, column);
        const QColor fill = valueColor(m(0, column), 1.0);
        int count = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                count += image.pixelColor(x, y) != fill ? 1 : 0;
        return count;
    };
    if (widget.valuesShown()) {
        QVERIFY(differs(0) > 0); // the printed number carries the sign
        QVERIFY(differs(1) > 0);
        QVERIFY(QFontInfo(*widget.valueFontForCellSize(cellSize)).pixelSize() >= 10); // the readability rule
        return;
    }
    QCOMPARE(differs(0), 0);
    QCOMPARE(differs(1), 0);
}

void TestHeatmapWidget::markedCellsCarryACornerMark_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::newRow("48 px, numbers") << 48;
    QTest::newRow("14 px") << 14;
    QTest::newRow("8 px") << 8;
}

void TestHeatmapWidget::markedCellsCarryACornerMark()
{
    QFETCH(int, cellSize);
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    widget.setCellSize(cellSize);
    widget.setMarkedCells({QPoint(2, 1), QPoint(3, 3)}); // (column, row): 0.0003 and 1.0
    QVERIFY(widget.isMarked(1, 2));
    QVERIFY(widget.isMarked(3, 3));
    QVERIFY(!widget.isMarked(2, 1));
    const QImage image = render(widget);
    const HeatmapLayout layout = widget.currentLayout();
    for (const QPoint &mark : widget.markedCells()) {
        const QRect r = layout.cellFillRect(mark.y(), mark.x());
        const QColor fill = valueColor(widget.values()(mark.y(), mark.x()), 1.0);
        // The top-right corner in the colour of the cell's number; the other corners plain.
        QCOMPARE(image.pixelColor(r.right(), r.top()), textColorOn(fill));
        QCOMPARE(image.pixelColor(r.left(), r.top()), fill);
        QCOMPARE(image.pixelColor(r.right(), r.bottom()), fill);
    }
    const QRect plain = layout.cellFillRect(0, 0);
    QCOMPARE(image.pixelColor(plain.right(), plain.top()), valueColor(0.27, 1.0));
    // Another matrix: the marks were about the old one.
    widget.setMatrix(QStringLiteral("W_xh"), QStringLiteral("rnn.weight_ih_l0"), lectureMatrix(), {}, {}, 1.0);
    QVERIFY(widget.markedCells().empty());
}

void TestHeatmapWidget::mutedIsFadedNotHidden()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    QPalette palette = widget.palette();
    palette.setColor(QPalette::Window, Qt::white);
    widget.setPalette(palette);
    const QImage normal = render(widget);
    widget.setMuted(true);
    QVERIFY(widget.isMuted());
    const QImage muted = render(widget);
    const QRect r = widget.currentLayout().cellFillRect(1, 0); // −1.3: dark blue
    const QColor before = normal.pixelColor(r.topLeft() + QPoint(2, 2));
    const QColor after = muted.pixelColor(r.topLeft() + QPoint(2, 2));
    // Toward the white background, but still blue: the value stays readable.
    QVERIFY2(after.lightness() > before.lightness() + 60, qPrintable(before.name() + u' ' + after.name()));
    QVERIFY2(after.blue() > after.red() + 20, qPrintable(after.name()));
    // The numbers are still printed.
    QVERIFY(widget.valuesShown());
    bool differs = false;
    for (int y = r.top(); y <= r.bottom() && !differs; ++y)
        for (int x = r.left(); x <= r.right() && !differs; ++x)
            differs = muted.pixelColor(x, y) != after;
    QVERIFY(differs);
}

void TestHeatmapWidget::cellNotesJoinTheTooltip()
{
    HeatmapWidget widget;
    widget.setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), lectureMatrix(), hiddenLabels(4),
                     hiddenLabels(4), 1.0);
    widget.setCellNotes([](int row, int column) {
        return row == 1 ? QStringLiteral("note of (%1, %2)").arg(row).arg(column) : QString();
    });
    QCOMPARE(widget.toolTipForCell(1, 3).split(u'\n').last(), QStringLiteral("note of (1, 3)"));
    QCOMPARE(widget.toolTipForCell(0, 3).count(u'\n'), 2); // an empty note adds no line
    widget.setEditable(true);
    const QStringList lines = widget.toolTipForCell(1, 3).split(u'\n');
    QCOMPARE(lines.at(3), QStringLiteral("note of (1, 3)"));
    QCOMPARE(lines.at(4), editHint());
}

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
