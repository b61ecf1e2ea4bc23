// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmapcellpainter.h"

#include "ui/common/contrast.h"
#include "ui/common/layoutrecorder.h"

#include "ui/common/colormap.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>

namespace rnnlab {

namespace {

// How much of the background covers the cells of a muted heatmap.
constexpr float mutedVeil = 0.6f;

// \a a with the share \a t of \a b mixed in (what a veil of b with alpha t over a shows).
QColor blend(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

void HeatmapCellPainter::paint(QPainter &painter, const HeatmapLayout &layout, const QPalette &palette,
                               const QColor &background, const Cells &cells)
{
    const RowMatrix<float> &values = cells.values;
    const QImage &image = cells.image;
    const int rows = int(values.rows());
    const int columns = int(values.cols());
    const QRect grid = layout.gridRect();
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::SVG) {
        // An exported figure: one vector square per value. (An embedded one-pixel-per-value image
        // would be smoothed into a blur by browsers when scaled up: SVG has no "no smoothing".)
        const double w = double(grid.width()) / image.width();
        const double h = double(grid.height()) / image.height();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painter.fillRect(QRectF(grid.x() + x * w, grid.y() + y * h, w, h), image.pixelColor(x, y));
    } else {
        painter.drawImage(grid, image);
    }
    const int cell = layout.cellSize();
    // A drag in progress shows its value in its cell (the image keeps the values given).
    const std::optional<HeatmapInteraction::Preview> &preview = cells.preview;
    const auto valueAt = [&](int i, int j) {
        return preview && preview->row == i && preview->column == j ? preview->value : values(i, j);
    };
    if (preview && preview->row < rows && preview->column < columns)
        painter.fillRect(layout.cellFillRect(preview->row, preview->column), valueColor(preview->value, cells.scale));
    if (cell >= HeatmapLayout::gridGapMinCell) {
        for (int j = 1; j <= columns; ++j)
            painter.fillRect(QRect(grid.left() + j * cell - 1, grid.top(), 1, grid.height()), background);
        for (int i = 1; i <= rows; ++i)
            painter.fillRect(QRect(grid.left(), grid.top() + i * cell - 1, grid.width(), 1), background);
    }
    // A frame, so that near-zero (near-white) cells do not dissolve into a light background.
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid.adjusted(-1, -1, cell >= HeatmapLayout::gridGapMinCell ? -1 : 0,
                                   cell >= HeatmapLayout::gridGapMinCell ? -1 : 0));
    // Muted: a veil of the background over the cells (the gaps stay the background), and the
    // numbers in a softer text colour on the faded colours — faded, but every value still legible.
    if (cells.muted) {
        QColor veil = background;
        veil.setAlphaF(mutedVeil);
        painter.fillRect(grid, veil);
    }
    const auto shownFill = [&](float v) {
        const QColor fill = valueColor(v, cells.scale);
        return cells.muted ? blend(fill, background, mutedVeil) : fill;
    };
    const auto textOn = [&](float v) {
        QColor color = Contrast::textOn(shownFill(v));
        if (cells.muted)
            color.setAlphaF(0.75f);
        return color;
    };

    const std::optional<QFont> &numbers = cells.numbers;
    if (numbers) {
        painter.setFont(*numbers);
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < columns; ++j) {
                const float v = valueAt(i, j);
                painter.setPen(textOn(v));
                const QString text = cells.format.format(v);
                painter.drawText(layout.cellFillRect(i, j), Qt::AlignCenter, text);
                LayoutRecorder::note(painter, layout.cellFillRect(i, j), Qt::AlignCenter, text,
                                     {"matrices", "weight", -1, -1, i});
            }
        }
    }
    // No number fits: the colour alone (no dash or other mark that would read as a number gone);
    // hover and the keyboard's cursor show the value (HeatmapInteraction's tooltip).

    // Set by hand: a small triangle in the top-right corner, in the colour the cell's number has,
    // like a spreadsheet's comment mark.
    painter.setPen(Qt::NoPen);
    for (const QPoint &mark : cells.marked) {
        if (mark.x() < 0 || mark.y() < 0 || mark.x() >= columns || mark.y() >= rows)
            continue;
        const QRect r = layout.cellFillRect(mark.y(), mark.x());
        const int size = std::clamp(std::min(r.width(), r.height()) / 3, 3, 10);
        const QPointF corner(r.right() + 1, r.top());
        const QPointF triangle[] = {corner, corner - QPointF(size, 0), corner + QPointF(0, size)};
        painter.setBrush(textOn(values(mark.y(), mark.x())));
        painter.drawPolygon(triangle, 3);
    }
    painter.setBrush(Qt::NoBrush);

    if (cells.hovered.x() >= 0 && cells.hovered.x() < columns && cells.hovered.y() < rows) {
        QPen pen(palette.color(QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.drawRect(QRectF(layout.cellFillRect(cells.hovered.y(), cells.hovered.x())).adjusted(1, 1, -1, -1));
    }
    // The keyboard cursor: a dotted frame around the cell, only while the heatmap has the focus.
    const QPoint current = cells.cursor;
    if (current.x() >= 0 && current.x() < columns && current.y() < rows) {
        const QRect r = layout.cellFillRect(current.y(), current.x());
        painter.setPen(QPen(textOn(valueAt(current.y(), current.x())), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            r.adjusted(cell >= 10 ? 2 : 0, cell >= 10 ? 2 : 0, cell >= 10 ? -3 : -1, cell >= 10 ? -3 : -1));
    }
}

} // namespace rnnlab
