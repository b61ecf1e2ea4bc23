// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmapwidget.h"

#include "ui/common/colormap.h"
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

// How much of the background covers the cells of a muted heatmap.
constexpr float mutedVeil = 0.6f;

// \a a with the share \a t of \a b mixed in (what a veil of b with alpha t over a shows).
QColor blend(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
    , m_quantity(QStringLiteral("value"))
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
    // 8 px) with which the widest number fits: the numbers grow with the cells when a teacher
    // widens the dock, and the lecture's 4×4 matrices keep theirs in a narrow one. Smaller would
    // not read on a projector; larger than 1.4× would outshout the labels.
    const HeatmapLayout layout(1, 1, cellSize, {});
    const int base = QFontInfo(font()).pixelSize();
    const int largest = static_cast<int>(base * 1.4);
    const int smallest = std::max(8, static_cast<int>(std::ceil(base * 0.85)));
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

bool HeatmapWidget::negativeMarkShown(int cellSize, bool valuesShown)
{
    // From 7 px a 3 px dash still reads as a mark, not as noise in the colour.
    return !valuesShown && cellSize >= 7;
}

QString HeatmapWidget::cellText(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return QString();
    return m_format.format(m_values(row, column));
}

QString HeatmapWidget::toolTipForCell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return QString();
    const bool isVector = columns() == 1 && m_labels.columns().isEmpty();
    const QString rowText = m_labels.rowName(row);
    const QString columnText = m_labels.columnName(column);
    QString tip = indexedName(m_pytorchName, row, column, isVector) + u'\n' + m_quantity + QStringLiteral(": ")
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
    const QRect grid = layout.gridRect();
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::SVG) {
        // An exported figure: one vector square per value. (An embedded one-pixel-per-value image
        // would be smoothed into a blur by browsers when scaled up: SVG has no "no smoothing".)
        const double w = double(grid.width()) / m_image.width();
        const double h = double(grid.height()) / m_image.height();
        for (int y = 0; y < m_image.height(); ++y)
            for (int x = 0; x < m_image.width(); ++x)
                painter.fillRect(QRectF(grid.x() + x * w, grid.y() + y * h, w, h), m_image.pixelColor(x, y));
    } else {
        painter.drawImage(grid, m_image);
    }
    const int cell = layout.cellSize();
    // A drag in progress shows its value in its cell (the image keeps the values given).
    const std::optional<HeatmapInteraction::Preview> preview = m_interaction->preview();
    const auto valueAt = [&](int i, int j) {
        return preview && preview->row == i && preview->column == j ? preview->value : m_values(i, j);
    };
    if (preview && preview->row < rows() && preview->column < columns())
        painter.fillRect(layout.cellFillRect(preview->row, preview->column), valueColor(preview->value, m_scale));
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
    // Muted: a veil of the background over the cells (the gaps stay the background), and the
    // numbers in a softer text colour on the faded colours — faded, but every value still legible.
    if (m_muted) {
        QColor veil = background;
        veil.setAlphaF(mutedVeil);
        painter.fillRect(grid, veil);
    }
    const auto shownFill = [&](float v) {
        const QColor fill = valueColor(v, m_scale);
        return m_muted ? blend(fill, background, mutedVeil) : fill;
    };
    const auto textOn = [&](float v) {
        QColor color = textColorOn(shownFill(v));
        if (m_muted)
            color.setAlphaF(0.75f);
        return color;
    };

    const std::optional<QFont> numbers = valueFontForCellSize(cell);
    if (numbers) {
        painter.setFont(*numbers);
        for (int i = 0; i < rows(); ++i) {
            for (int j = 0; j < columns(); ++j) {
                const float v = valueAt(i, j);
                painter.setPen(textOn(v));
                painter.drawText(layout.cellFillRect(i, j), Qt::AlignCenter, m_format.format(v));
            }
        }
    } else if (negativeMarkShown(cell, false)) {
        // RdBu maps +v and −v to the same grey: without numbers, a dash in each negative cell keeps
        // the sign on a greyscale print or a washed-out projector. Positive cells stay clean, so
        // the mark reads as a minus sign rather than as texture.
        const int fill = cell >= HeatmapLayout::gridGapMinCell ? cell - 1 : cell;
        const int length = std::max(3, fill / 3);
        const int thickness = fill >= 14 ? 2 : 1;
        for (int i = 0; i < rows(); ++i) {
            for (int j = 0; j < columns(); ++j) {
                const float v = valueAt(i, j);
                if (!(v < 0.0f))
                    continue;
                QColor mark = textOn(v);
                mark.setAlphaF(0.6f);
                const QRect r = layout.cellFillRect(i, j);
                painter.fillRect(QRect(r.left() + (r.width() - length) / 2, r.top() + (r.height() - thickness) / 2,
                                       length, thickness),
                                 mark);
            }
        }
    }

    paintMarks(painter, layout, textOn);

    if (m_hovered.x() >= 0 && m_hovered.x() < columns() && m_hovered.y() < rows()) {
        QPen pen(pal.color(QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.drawRect(QRectF(layout.cellFillRect(m_hovered.y(), m_hovered.x())).adjusted(1, 1, -1, -1));
    }
    // The keyboard cursor: a dotted frame around the cell, only while the heatmap has the focus.
    const QPoint current = m_interaction->currentCell();
    if (hasFocus() && current.x() >= 0 && current.x() < columns() && current.y() < rows()) {
        const QRect r = layout.cellFillRect(current.y(), current.x());
        painter.setPen(QPen(textOn(valueAt(current.y(), current.x())), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            r.adjusted(cell >= 10 ? 2 : 0, cell >= 10 ? 2 : 0, cell >= 10 ? -3 : -1, cell >= 10 ? -3 : -1));
    }
}

void HeatmapWidget::paintMarks(QPainter &painter, const HeatmapLayout &layout,
                               const std::function<QColor(float)> &textOn) const
{
    // Set by hand: a small triangle in the top-right corner, in the colour the cell's number has,
    // like a spreadsheet's comment mark.
    painter.setPen(Qt::NoPen);
    for (const QPoint &mark : m_marked) {
        if (mark.x() < 0 || mark.y() < 0 || mark.x() >= columns() || mark.y() >= rows())
            continue;
        const QRect r = layout.cellFillRect(mark.y(), mark.x());
        const int size = std::clamp(std::min(r.width(), r.height()) / 3, 3, 10);
        const QPointF corner(r.right() + 1, r.top());
        const QPointF triangle[] = {corner, corner - QPointF(size, 0), corner + QPointF(0, size)};
        painter.setBrush(textOn(m_values(mark.y(), mark.x())));
        painter.drawPolygon(triangle, 3);
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace rnnlab
