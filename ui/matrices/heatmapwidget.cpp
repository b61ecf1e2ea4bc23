// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmapwidget.h"

#include "ui/common/readability.h"

#include "ui/common/colormap.h"
#include "ui/matrices/heatmapcellpainter.h"
#include "ui/matrices/heatmapinteraction.h"
#include "ui/matrices/matrixlabels.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace rnnlab {

namespace {
constexpr int titleGap = 6; // between the title and the column labels / grid
constexpr int labelGap = 4; // between a row label and the grid (see HeatmapLayout::rowLabelRect)

int swatchSize(const QFontMetrics &metrics)
{
    return std::max(6, metrics.ascent() * 3 / 4);
}
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
    , m_quantity(tr("value"))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // Focusable in every mode: the arrow keys walk the cells and show each one's tooltip.
    setFocusPolicy(Qt::StrongFocus);
    m_interaction = new HeatmapInteraction(this);
    connect(m_interaction, &HeatmapInteraction::edited, this, &HeatmapWidget::cellEdited);
    updateTextMetrics();
}

HeatmapWidget::~HeatmapWidget() = default;

void HeatmapWidget::setMatrix(const QString &title, const QString &pytorchName,
                              const Eigen::Ref<const RowMatrix<float>> &values, const QStringList &rowLabels,
                              const QStringList &columnLabels, double scale)
{
    m_title = title;
    m_pytorchName = pytorchName;
    m_values = values;
    m_labels.setLabels(rowLabels, columnLabels);
    m_scale = scale;
    m_format = CellNumberFormat::forScale(scale);
    m_imageDirty = true;
    m_hovered = QPoint(-1, -1);
    m_interaction->cancel(); // another matrix: an edit in progress meant a cell of the old one
    m_interaction->setCurrentCell(QPoint(-1, -1));
    m_marked.clear();
    if (!m_cellSizeExplicit)
        m_cellSize = HeatmapLayout::defaultCellSize(rows(), columns());
    setAccessibleName(title);
    updateTextMetrics();
    updateGeometry();
    update();
}

void HeatmapWidget::setValues(const Eigen::Ref<const RowMatrix<float>> &values, double scale)
{
    const bool reshaped = values.rows() != m_values.rows() || values.cols() != m_values.cols();
    m_values = values; // same shape: Eigen keeps the storage
    m_scale = scale;
    m_format = CellNumberFormat::forScale(scale);
    m_imageDirty = true;
    if (reshaped) {
        m_hovered = QPoint(-1, -1);
        m_interaction->cancel();
        m_interaction->setCurrentCell(QPoint(-1, -1));
        m_marked.clear();
        updateGeometry();
    }
    update();
}

void HeatmapWidget::setIdentityColor(const QColor &color)
{
    m_identityColor = color;
    updateTextMetrics();
    update();
}

void HeatmapWidget::setDescriptions(const QStringList &rowDescriptions, const QStringList &columnDescriptions)
{
    m_labels.setDescriptions(rowDescriptions, columnDescriptions);
}

void HeatmapWidget::setMinimumColumnLabelBand(int pixels)
{
    pixels = std::max(pixels, 0);
    if (pixels == m_minimumColumnBand)
        return;
    m_minimumColumnBand = pixels;
    updateGeometry();
    update();
}

void HeatmapWidget::setLabelsMayThin(bool rowLabels, bool columnLabels)
{
    if (!m_labels.setMayThin(rowLabels, columnLabels))
        return;
    updateGeometry();
    update();
}

void HeatmapWidget::setShapeShown(bool shown)
{
    if (shown == m_shapeShown)
        return;
    m_shapeShown = shown;
    updateTextMetrics();
    updateGeometry();
    update();
}

void HeatmapWidget::setEditable(bool editable)
{
    m_interaction->setEditable(editable);
}

bool HeatmapWidget::isEditable() const
{
    return m_interaction->isEditable();
}

void HeatmapWidget::setMarkedCells(std::vector<QPoint> cells)
{
    if (cells == m_marked)
        return;
    m_marked = std::move(cells);
    update();
}

bool HeatmapWidget::isMarked(int row, int column) const
{
    return std::find(m_marked.begin(), m_marked.end(), QPoint(column, row)) != m_marked.end();
}

void HeatmapWidget::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    update();
}

void HeatmapWidget::setCellNotes(CellNotes notes)
{
    m_cellNotes = std::move(notes);
}

void HeatmapWidget::setQuantity(const QString &quantity)
{
    m_quantity = quantity;
}

void HeatmapWidget::setCellSize(int pixels)
{
    pixels = std::clamp(pixels, HeatmapLayout::minCellSize, HeatmapLayout::maxCellSize);
    m_cellSizeExplicit = true;
    if (pixels == m_cellSize)
        return;
    m_cellSize = pixels;
    updateGeometry();
    update();
}

QFont HeatmapWidget::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QString HeatmapWidget::titleText() const
{
    return m_title;
}

QString HeatmapWidget::shapeText() const
{
    if (!m_shapeShown)
        return QString();
    if (m_values.cols() == 1)
        return u'(' + QString::number(m_values.rows()) + u')';
    return u'(' + QString::number(m_values.rows()) + u'×' + QString::number(m_values.cols()) + u')';
}

void HeatmapWidget::updateTextMetrics()
{
    m_labels.measure(font(), HeatmapLabels::smallFont(font()));
    m_valueFontCell = -1;

    const QFontMetrics metrics(font());
    const QFontMetrics bold(titleFont());
    m_titleWidth = bold.horizontalAdvance(titleText()) + 2;
    if (m_shapeShown)
        m_titleWidth += metrics.horizontalAdvance(u' ' + shapeText());
    if (m_identityColor.isValid())
        m_titleWidth += swatchSize(metrics) + 6;
}

HeatmapLayout::LabelPlan HeatmapWidget::rowLabelPlan(int cellSize) const
{
    return m_labels.rowPlan(cellSize);
}

HeatmapLayout::LabelPlan HeatmapWidget::columnLabelPlan(int cellSize) const
{
    return m_labels.columnPlan(cellSize);
}

HeatmapLayout::Margins HeatmapWidget::margins(int cellSize) const
{
    HeatmapLayout::Margins margins;
    margins.titleHeight = QFontMetrics(titleFont()).height() + titleGap;
    margins.titleWidth = m_titleWidth;
    if (!m_labels.columns().isEmpty())
        margins.columnLabelHeight = m_labels.columnBand(cellSize) + 2;
    margins.columnLabelHeight = std::max(margins.columnLabelHeight, m_minimumColumnBand);
    // Without row labels, 1 px for the frame drawn around the cells.
    margins.rowLabelWidth = m_labels.rows().isEmpty() ? 1 : m_labels.rowBand(cellSize) + labelGap + 2;
    return margins;
}

HeatmapLayout HeatmapWidget::layoutForCellSize(int cellSize) const
{
    return HeatmapLayout(rows(), columns(), cellSize, margins(cellSize));
}

HeatmapLayout HeatmapWidget::currentLayout() const
{
    // The label bands depend on the cell size (smaller cells: turned or staggered labels, a
    // larger band), the cell size on the room the bands leave: shrink until both agree. Each
    // round only shrinks, so this ends (at minCellSize at the latest).
    int cell = m_cellSize;
    for (;;) {
        const HeatmapLayout::Margins m = margins(cell);
        const int fitted = HeatmapLayout::cellSizeToFit(rows(), columns(), m, size(), cell);
        if (fitted >= cell)
            return HeatmapLayout(rows(), columns(), cell, m);
        cell = fitted;
    }
}

QSize HeatmapWidget::sizeHint() const
{
    return layoutForCellSize(m_cellSize).size();
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return layoutForCellSize(std::min(m_cellSize, HeatmapLayout::gridGapMinCell)).size();
}

std::optional<QFont> HeatmapWidget::valueFontForCellSize(int cellSize) const
{
    if (m_values.size() == 0)
        return std::nullopt;
    if (cellSize == m_valueFontCell)
        return m_valueFont;
    // The largest pixel size from 1.4× the widget's font down to 85 % of it (and never below
    // Readability::normalPixels) with which the widest number fits: the numbers grow with the cells when a teacher
    // widens the dock, and the lecture's 4×4 matrices keep theirs in a narrow one. Smaller would
    // not read on a projector; larger than 1.4× would outshout the labels.
    const HeatmapLayout layout(1, 1, cellSize, {});
    const int base = QFontInfo(font()).pixelSize();
    const int largest = static_cast<int>(base * 1.4);
    // The readability rule: never below Readability::normalPixels (hover and the keyboard's
    // cursor show a value that cannot be printed).
    const int smallest = std::max(int(std::ceil(Readability::normalPixels)), static_cast<int>(std::ceil(base * 0.85)));
    std::optional<QFont> found;
    QFont candidate = font();
    for (int pixels = largest; pixels >= smallest; --pixels) {
        candidate.setPixelSize(pixels);
        const QFontMetrics metrics(candidate);
        int widest = 0;
        for (const QString &text : CellNumberFormat::widestTexts())
            widest = std::max(widest, metrics.horizontalAdvance(text));
        if (layout.fitsInCell(widest, metrics.height())) {
            found = candidate;
            break;
        }
    }
    m_valueFontCell = cellSize;
    m_valueFont = found;
    return found;
}

bool HeatmapWidget::valuesShown() const
{
    return valueFontForCellSize(currentLayout().cellSize()).has_value();
}

QString HeatmapWidget::cellText(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return QString();
    return m_format.format(m_values(row, column));
}

QString HeatmapWidget::elementName(int row, int column) const
{
    return indexedName(m_pytorchName, row, column, columns() == 1 && m_labels.columns().isEmpty());
}

QString HeatmapWidget::toolTipForCell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return QString();
    const bool isVector = columns() == 1 && m_labels.columns().isEmpty();
    const QString rowText = m_labels.rowName(row);
    const QString columnText = m_labels.columnName(column);
    QString tip = elementName(row, column) + u'\n' + m_quantity + QStringLiteral(": ")
        + formatExactValue(m_values(row, column)) + u'\n' + elementMeaning(m_title, rowText, columnText, isVector);
    if (m_cellNotes) {
        if (const QString notes = m_cellNotes(row, column); !notes.isEmpty())
            tip += u'\n' + notes;
    }
    if (isEditable())
        tip += u'\n' + editHint();
    const QString thinned = m_labels.thinningNote(currentLayout().cellSize());
    if (!thinned.isEmpty())
        tip += u'\n' + thinned;
    return tip;
}

QString HeatmapWidget::toolTipForLabelAt(const QPoint &position) const
{
    return m_labels.toolTipAt(currentLayout(), position);
}

bool HeatmapWidget::event(QEvent *event)
{
    // Keys the cells use beat window shortcuts while the heatmap has the focus, as in any editor.
    if (event->type() == QEvent::ShortcutOverride && m_interaction->usesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_interaction->isDragging()) { // the drag shows its own label
            event->ignore();
            return true;
        }
        const HeatmapLayout layout = currentLayout();
        const QPoint cell = layout.cellAt(help->pos());
        if (cell.x() >= 0) {
            // The rect makes Qt hide or move the tooltip as soon as the mouse leaves the cell.
            QToolTip::showText(help->globalPos(), toolTipForCell(cell.y(), cell.x()), this,
                               layout.cellRect(cell.y(), cell.x()));
        } else if (const QString label = toolTipForLabelAt(help->pos()); !label.isEmpty()) {
            QToolTip::showText(help->globalPos(), label, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_interaction->mousePress(event))
        QWidget::mousePressEvent(event);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = currentLayout().cellAt(event->position().toPoint());
    if (cell != m_hovered) {
        m_hovered = cell;
        update();
    }
    if (!m_interaction->mouseMove(event))
        QWidget::mouseMoveEvent(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_interaction->mouseRelease(event))
        QWidget::mouseReleaseEvent(event);
}

void HeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_interaction->keyPress(event))
        QWidget::keyPressEvent(event);
}

void HeatmapWidget::focusInEvent(QFocusEvent *event)
{
    update(); // the keyboard cursor's frame
    QWidget::focusInEvent(event);
}

void HeatmapWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void HeatmapWidget::resizeEvent(QResizeEvent *event)
{
    m_interaction->geometryChanged();
    QWidget::resizeEvent(event);
}

void HeatmapWidget::moveEvent(QMoveEvent *event)
{
    m_interaction->geometryChanged();
    QWidget::moveEvent(event);
}

void HeatmapWidget::leaveEvent(QEvent *event)
{
    if (m_hovered.x() >= 0) {
        m_hovered = QPoint(-1, -1);
        update();
    }
    QWidget::leaveEvent(event);
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateTextMetrics();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void HeatmapWidget::refreshImage()
{
    const int r = rows();
    const int c = columns();
    if (m_image.width() != c || m_image.height() != r)
        m_image = QImage(std::max(c, 1), std::max(r, 1), QImage::Format_RGB32);
    for (int i = 0; i < r; ++i) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(i));
        for (int j = 0; j < c; ++j)
            line[j] = valueColor(m_values(i, j), m_scale).rgb();
    }
    m_imageDirty = false;
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor background = pal.color(backgroundRole());
    const QFontMetrics metrics(font());
    const HeatmapLayout layout = currentLayout();
    const HeatmapLayout::Margins &m = layout.margins();

    // Title: identity swatch, slide name in bold, shape in a quieter colour.
    int x = 0;
    const QFontMetrics bold(titleFont());
    const int baseline = bold.ascent() + 1;
    if (m_identityColor.isValid()) {
        const int s = swatchSize(metrics);
        const QRect swatch(1, baseline - s, s, s);
        painter.fillRect(swatch, m_identityColor);
        painter.setPen(text);
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        x = s + 6;
    }
    painter.setFont(titleFont());
    painter.setPen(text);
    painter.drawText(x, baseline, titleText());
    x += bold.horizontalAdvance(titleText());
    painter.setFont(font());
    if (m_shapeShown) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(x, baseline, u' ' + shapeText());
    }
    if (m_identityColor.isValid()) {
        // The identity colour again as an underline of the title band, the way slides colour-code.
        painter.fillRect(
            QRect(0, m.titleHeight - titleGap / 2 - 1, std::max(m.titleWidth, layout.gridRect().right() + 1), 2),
            m_identityColor);
    }

    if (m_values.size() == 0)
        return;

    painter.setPen(text);
    const QFont small = HeatmapLabels::smallFont(font());
    m_labels.paintColumns(painter, layout, font(), small, width() - 1);
    m_labels.paintRows(painter, layout, font(), small);

    // Cells: one pixel per value, scaled without smoothing into exact squares.
    if (m_imageDirty)
        refreshImage();
    HeatmapCellPainter::Cells cells{m_values, m_image, m_marked};
    cells.scale = m_scale;
    cells.format = m_format;
    // A drag in progress shows its value in its cell (the image keeps the values given).
    cells.preview = m_interaction->preview();
    cells.hovered = m_hovered;
    if (hasFocus())
        cells.cursor = m_interaction->currentCell();
    cells.muted = m_muted;
    cells.numbers = valueFontForCellSize(layout.cellSize());
    HeatmapCellPainter::paint(painter, layout, pal, background, cells);
}

} // namespace rnnlab
