// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmaplabels.h"

#include <QCoreApplication>

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

HeatmapLayout::LabelExtent extentOf(const QStringList &labels, const QFont &font)
{
    const QFontMetrics metrics(font);
    HeatmapLayout::LabelExtent result{0, metrics.height()};
    for (const QString &label : labels)
        result.width = std::max(result.width, metrics.horizontalAdvance(label));
    return result;
}

QString nameOf(const QStringList &descriptions, const QStringList &labels, int i)
{
    if (i >= 0 && i < descriptions.size())
        return descriptions.at(i);
    return i >= 0 && i < labels.size() ? labels.at(i) : QString::number(i + 1);
}

} // namespace

void HeatmapLabels::setLabels(const QStringList &rows, const QStringList &columns)
{
    m_rows = rows;
    m_columns = columns;
}

void HeatmapLabels::setDescriptions(const QStringList &rows, const QStringList &columns)
{
    m_rowDescriptions = rows;
    m_columnDescriptions = columns;
}

bool HeatmapLabels::setMayThin(bool rows, bool columns)
{
    if (rows == m_rowsMayThin && columns == m_columnsMayThin)
        return false;
    m_rowsMayThin = rows;
    m_columnsMayThin = columns;
    return true;
}

QFont HeatmapLabels::smallFont(const QFont &font)
{
    QFont small = font;
    const int pixels = QFontInfo(small).pixelSize();
    small.setPixelSize(std::max(std::min(pixels, 9), static_cast<int>(std::lround(pixels * 0.8))));
    return small;
}

void HeatmapLabels::measure(const QFont &font, const QFont &small)
{
    m_rowExtent = extentOf(m_rows, font);
    m_rowExtentSmall = extentOf(m_rows, small);
    m_columnExtent = extentOf(m_columns, font);
    m_columnExtentSmall = extentOf(m_columns, small);
}

QString HeatmapLabels::rowName(int i) const
{
    return nameOf(m_rowDescriptions, m_rows, i);
}

QString HeatmapLabels::columnName(int i) const
{
    return nameOf(m_columnDescriptions, m_columns, i);
}

HeatmapLayout::LabelPlan HeatmapLabels::rowPlan(int cellSize) const
{
    return HeatmapLayout::planRowLabels(cellSize, m_rowExtent, m_rowExtentSmall, m_rowsMayThin);
}

HeatmapLayout::LabelPlan HeatmapLabels::columnPlan(int cellSize) const
{
    return HeatmapLayout::planColumnLabels(cellSize, m_columnExtent, m_columnExtentSmall, m_columnsMayThin);
}

int HeatmapLabels::columnBand(int cellSize) const
{
    return m_columns.isEmpty()
        ? 0
        : HeatmapLayout::columnLabelBand(columnPlan(cellSize), m_columnExtent, m_columnExtentSmall);
}

int HeatmapLabels::rowBand(int cellSize) const
{
    return m_rows.isEmpty() ? 0 : HeatmapLayout::rowLabelBand(rowPlan(cellSize), m_rowExtent, m_rowExtentSmall);
}

QString HeatmapLabels::thinningNote(int cellSize) const
{
    // \a pattern: the axis's sentence, %1 the ordinal ("every 5th"), %2 two labels as examples.
    const auto note = [](const QString &pattern, const HeatmapLayout::LabelPlan &plan, const QStringList &labels) {
        if (plan.step <= 1 || labels.size() < plan.step)
            return QString();
        QString examples = labels.at(plan.step - 1);
        if (labels.size() >= 2 * plan.step)
            examples += QStringLiteral(", ") + labels.at(2 * qsizetype(plan.step) - 1);
        // Steps are 2, 5, 10, 20, 50, … (labelStep()): "2nd", else "th".
        const QString every = plan.step == 2
            //: An ordinal ("every 2nd label"); a language without ordinals may write just %1.
            ? QCoreApplication::translate("rnnlab::HeatmapLabels", "%1nd").arg(plan.step)
            //: An ordinal ("every 5th label", also 10th, 20th …); a language without ordinals may write just %1.
            : QCoreApplication::translate("rnnlab::HeatmapLabels", "%1th").arg(plan.step);
        return pattern.arg(every, examples);
    };
    QStringList notes;
    if (!m_rows.isEmpty())
        //: %1 an ordinal ("5th"), %2 two of the labels drawn ("h5, h10").
        notes << note(QCoreApplication::translate("rnnlab::HeatmapLabels",
                                                  "Row labels: only every %1 is drawn (%2, …), the cells are too small "
                                                  "for all of them."),
                      rowPlan(cellSize), m_rows);
    if (!m_columns.isEmpty())
        //: %1 an ordinal ("5th"), %2 two of the labels drawn ("h5, h10").
        notes << note(QCoreApplication::translate("rnnlab::HeatmapLabels",
                                                  "Column labels: only every %1 is drawn (%2, …), the cells are too "
                                                  "small for all of them."),
                      columnPlan(cellSize), m_columns);
    notes.removeAll(QString());
    return notes.join(u'\n');
}

QString HeatmapLabels::toolTipAt(const HeatmapLayout &layout, const QPoint &position) const
{
    const QRect grid = layout.gridRect();
    const int cell = layout.cellSize();
    QString text;
    if (!m_columns.isEmpty() && position.y() >= layout.margins().titleHeight && position.y() < grid.top()
        && position.x() >= grid.left() && position.x() < grid.right() + 1) {
        const int column = (position.x() - grid.left()) / cell;
        if (column < m_columns.size())
            text = QCoreApplication::translate("rnnlab::HeatmapLabels", "Column %1: %2")
                       .arg(column + 1)
                       .arg(columnName(column));
    } else if (!m_rows.isEmpty() && position.x() < grid.left() && position.y() >= grid.top()
               && position.y() < grid.bottom() + 1) {
        const int row = (position.y() - grid.top()) / cell;
        if (row < m_rows.size())
            text = QCoreApplication::translate("rnnlab::HeatmapLabels", "Row %1: %2").arg(row + 1).arg(rowName(row));
    }
    if (text.isEmpty())
        return text;
    const QString thinned = thinningNote(cell);
    return thinned.isEmpty() ? text : text + u'\n' + thinned;
}

void HeatmapLabels::paintColumns(QPainter &painter, const HeatmapLayout &layout, const QFont &font, const QFont &small,
                                 int right) const
{
    if (m_columns.isEmpty())
        return;
    const HeatmapLayout::LabelPlan plan = columnPlan(layout.cellSize());
    const HeatmapLayout::LabelExtent &extent = plan.small ? m_columnExtentSmall : m_columnExtent;
    painter.setFont(plan.small ? small : font);
    for (int j = 0; j < layout.columns() && j < m_columns.size(); ++j) {
        if (!HeatmapLayout::drawsLabel(plan, j))
            continue;
        const QRect cell = layout.columnLabelRect(j);
        const int centre = cell.left() + cell.width() / 2;
        if (plan.rotated) {
            // Turned 90° counter-clockwise: the text starts at the grid and reads upwards.
            painter.save();
            painter.translate(centre, cell.bottom() + 1);
            painter.rotate(-90.0);
            painter.drawText(QRect(0, -extent.height / 2, cell.height(), extent.height),
                             Qt::AlignLeft | Qt::AlignVCenter, m_columns.at(j));
            painter.restore();
            continue;
        }
        // Tier 0 next to the grid, the further tiers above it.
        const int tier = j % plan.tiers;
        const int width = std::max(cell.width(), extent.width + 4);
        QRect band(centre - width / 2, cell.bottom() + 1 - (tier + 1) * extent.height, width, extent.height);
        // The last labels ("h60" over a 3 px column) would overhang the widget's right edge and
        // be cut: keep them inside, a little off-centre (the tooltip names every column).
        if (band.right() > right)
            band.moveRight(right);
        painter.drawText(band, Qt::AlignHCenter | Qt::AlignBottom, m_columns.at(j));
    }
    painter.setFont(font);
}

void HeatmapLabels::paintRows(QPainter &painter, const HeatmapLayout &layout, const QFont &font,
                              const QFont &small) const
{
    if (m_rows.isEmpty())
        return;
    const HeatmapLayout::LabelPlan plan = rowPlan(layout.cellSize());
    const HeatmapLayout::LabelExtent &extent = plan.small ? m_rowExtentSmall : m_rowExtent;
    painter.setFont(plan.small ? small : font);
    for (int i = 0; i < layout.rows() && i < m_rows.size(); ++i) {
        if (!HeatmapLayout::drawsLabel(plan, i))
            continue;
        const QRect cell = layout.rowLabelRect(i);
        // Tier 0 next to the grid, the further tiers to its left.
        const int tier = i % plan.tiers;
        const int right = cell.right() + 1 - tier * (extent.width + HeatmapLayout::tierGap);
        const QRect band(right - extent.width - 2, cell.center().y() - extent.height / 2, extent.width + 2,
                         extent.height);
        painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_rows.at(i));
    }
    painter.setFont(font);
}

} // namespace rnnlab
