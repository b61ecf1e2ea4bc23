// SPDX-License-Identifier: MIT
#include "heatmapwidget.h"

#include "colormap.h"
#include "matrixlabels.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace rnnlab {

namespace {
constexpr int titleGap = 6;   // between the title and the column labels / grid
constexpr int labelGap = 4;   // between a row label and the grid (see HeatmapLayout::rowLabelRect)

int swatchSize(const QFontMetrics &metrics) { return std::max(6, metrics.ascent() * 3 / 4); }
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
    , m_quantity(QStringLiteral("value"))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
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
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_scale = scale;
    m_imageDirty = true;
    m_hovered = QPoint(-1, -1);
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
    m_imageDirty = true;
    if (reshaped) {
        m_hovered = QPoint(-1, -1);
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
    m_rowDescriptions = rowDescriptions;
    m_columnDescriptions = columnDescriptions;
}

void HeatmapWidget::setColumnLabelBand(bool reserve)
{
    if (reserve == m_reserveColumnBand)
        return;
    m_reserveColumnBand = reserve;
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
    const QFontMetrics metrics(font());
    m_rowLabelWidth = 0;
    for (const QString &label : std::as_const(m_rowLabels))
        m_rowLabelWidth = std::max(m_rowLabelWidth, metrics.horizontalAdvance(label));
    m_columnLabelWidth = 0;
    for (const QString &label : std::as_const(m_columnLabels))
        m_columnLabelWidth = std::max(m_columnLabelWidth, metrics.horizontalAdvance(label));
    const QFontMetrics bold(titleFont());
    m_titleWidth = bold.horizontalAdvance(titleText()) + 2;
    if (m_shapeShown)
        m_titleWidth += metrics.horizontalAdvance(u' ' + shapeText());
    if (m_identityColor.isValid())
        m_titleWidth += swatchSize(metrics) + 6;
}

HeatmapLayout::Margins HeatmapWidget::margins() const
{
    const QFontMetrics metrics(font());
    HeatmapLayout::Margins margins;
    margins.titleHeight = QFontMetrics(titleFont()).height() + titleGap;
    margins.titleWidth = m_titleWidth;
    margins.columnLabelHeight = m_columnLabels.isEmpty() && !m_reserveColumnBand ? 0 : metrics.height() + 2;
    // Without row labels, 1 px for the frame drawn around the cells.
    margins.rowLabelWidth = m_rowLabels.isEmpty() ? 1 : m_rowLabelWidth + labelGap + 2;
    return margins;
}

HeatmapLayout HeatmapWidget::layoutForCellSize(int cellSize) const
{
    return HeatmapLayout(rows(), columns(), cellSize, margins());
}

HeatmapLayout HeatmapWidget::currentLayout() const
{
    const HeatmapLayout::Margins m = margins();
    return HeatmapLayout(rows(), columns(), HeatmapLayout::cellSizeToFit(rows(), columns(), m, size(), m_cellSize), m);
}

QSize HeatmapWidget::sizeHint() const
{
    return layoutForCellSize(m_cellSize).size();
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return layoutForCellSize(std::min(m_cellSize, HeatmapLayout::gridGapMinCell)).size();
}

std::optional<QFont> HeatmapWidget::valueFont(const HeatmapLayout &layout) const
{
    if (m_values.size() == 0)
        return std::nullopt;
    // The widget's font first; then 85 % of it (never below 8 px), which keeps the numbers of the
    // lecture's 4×4 matrices in a narrow dock. Smaller would not read on a projector.
    QFont candidate = font();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt == 1) {
            if (candidate.pointSizeF() > 0)
                candidate.setPointSizeF(candidate.pointSizeF() * 0.85);
            else
                candidate.setPixelSize(static_cast<int>(candidate.pixelSize() * 0.85));
            if (QFontMetrics(candidate).height() < 8 + 2)
                break;
        }
        const QFontMetrics metrics(candidate);
        int widest = 0;
        for (const QString &text : widestCellValues())
            widest = std::max(widest, metrics.horizontalAdvance(text));
        if (layout.fitsInCell(widest, metrics.height()))
            return candidate;
    }
    return std::nullopt;
}

bool HeatmapWidget::valuesShown() const
{
    return valueFont(currentLayout()).has_value();
}

QString HeatmapWidget::toolTipForCell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return QString();
    const bool isVector = columns() == 1 && m_columnLabels.isEmpty();
    const auto pick = [](const QStringList &descriptions, const QStringList &labels, int i) {
        if (i < descriptions.size())
            return descriptions.at(i);
        return i < labels.size() ? labels.at(i) : QString::number(i + 1);
    };
    const QString rowText = pick(m_rowDescriptions, m_rowLabels, row);
    const QString columnText = pick(m_columnDescriptions, m_columnLabels, column);
    return indexedName(m_pytorchName, row, column, isVector) + u'\n' + m_quantity + QStringLiteral(": ")
        + formatExactValue(m_values(row, column)) + u'\n'
        + elementMeaning(m_title, rowText, columnText, isVector);
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const HeatmapLayout layout = currentLayout();
        const QPoint cell = layout.cellAt(help->pos());
        if (cell.x() >= 0) {
            // The rect makes Qt hide or move the tooltip as soon as the mouse leaves the cell.
            QToolTip::showText(help->globalPos(), toolTipForCell(cell.y(), cell.x()), this,
                               layout.cellRect(cell.y(), cell.x()));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = currentLayout().cellAt(event->position().toPoint());
    if (cell != m_hovered) {
        m_hovered = cell;
        update();
    }
    QWidget::mouseMoveEvent(event);
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
        painter.fillRect(QRect(0, m.titleHeight - titleGap / 2 - 1, std::max(m.titleWidth, layout.gridRect().right() + 1), 2),
                         m_identityColor);
    }

    if (m_values.size() == 0)
        return;

    // Labels, every labelStep-th when they would overlap.
    painter.setPen(text);
    if (!m_columnLabels.isEmpty()) {
        const int step = layout.labelStep(m_columnLabelWidth);
        for (int j = 0; j < columns() && j < m_columnLabels.size(); j += step) {
            const QRect cell = layout.columnLabelRect(j);
            const int width = std::max(cell.width(), m_columnLabelWidth + 4);
            const QRect band(cell.center().x() - width / 2, cell.top(), width, cell.height());
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignBottom, m_columnLabels.at(j));
        }
    }
    if (!m_rowLabels.isEmpty()) {
        const int step = layout.labelStep(metrics.height());
        for (int i = 0; i < rows() && i < m_rowLabels.size(); i += step) {
            const QRect cell = layout.rowLabelRect(i);
            const QRect band(cell.left(), cell.center().y() - metrics.height() / 2, cell.width(), metrics.height());
            painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_rowLabels.at(i));
        }
    }

    // Cells: one pixel per value, scaled without smoothing into exact squares.
    if (m_imageDirty)
        refreshImage();
    const QRect grid = layout.gridRect();
    painter.drawImage(grid, m_image);
    const int cell = layout.cellSize();
    if (cell >= HeatmapLayout::gridGapMinCell) {
        for (int j = 1; j <= columns(); ++j)
            painter.fillRect(QRect(grid.left() + j * cell - 1, grid.top(), 1, grid.height()), background);
        for (int i = 1; i <= rows(); ++i)
            painter.fillRect(QRect(grid.left(), grid.top() + i * cell - 1, grid.width(), 1), background);
    }
    // A frame, so that near-zero (near-white) cells do not dissolve into a light background.
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid.adjusted(-1, -1, cell >= HeatmapLayout::gridGapMinCell ? -1 : 0,
                                   cell >= HeatmapLayout::gridGapMinCell ? -1 : 0));

    if (const std::optional<QFont> numbers = valueFont(layout)) {
        painter.setFont(*numbers);
        for (int i = 0; i < rows(); ++i) {
            for (int j = 0; j < columns(); ++j) {
                const float v = m_values(i, j);
                painter.setPen(textColorOn(valueColor(v, m_scale)));
                painter.drawText(layout.cellFillRect(i, j), Qt::AlignCenter, formatCellValue(v));
            }
        }
    }

    if (m_hovered.x() >= 0 && m_hovered.x() < columns() && m_hovered.y() < rows()) {
        QPen pen(pal.color(QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.drawRect(QRectF(layout.cellFillRect(m_hovered.y(), m_hovered.x())).adjusted(1, 1, -1, -1));
    }
}

} // namespace rnnlab
