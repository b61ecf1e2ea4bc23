// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmapaccessible.h"

#include "ui/matrices/heatmapinteraction.h"
#include "ui/matrices/heatmapwidget.h"

#include <QCoreApplication>

#include <algorithm>

namespace rnnlab {

HeatmapAccessible::HeatmapAccessible(HeatmapWidget *heatmap)
    : AccessibleCellView(heatmap, QAccessible::Table, tr("Matrix"))
{ }

QAccessibleInterface *HeatmapAccessible::factory(const QString &, QObject *object)
{
    auto *heatmap = qobject_cast<HeatmapWidget *>(object);
    return heatmap && heatmap->isWidgetType() ? new HeatmapAccessible(heatmap) : nullptr;
}

HeatmapWidget *HeatmapAccessible::heatmap() const
{
    return static_cast<HeatmapWidget *>(widget());
}

int HeatmapAccessible::cellCount() const
{
    return heatmap()->rows() * heatmap()->columns();
}

AccessibleCell HeatmapAccessible::cell(int index) const
{
    const HeatmapWidget *h = heatmap();
    const int row = index / std::max(1, h->columns());
    const int column = index % std::max(1, h->columns());
    AccessibleCell c;
    c.name = h->elementName(row, column);
    c.value = h->cellText(row, column); // the number the cell prints (the tooltip has every digit)
    c.rect = h->currentLayout().cellRect(row, column);
    return c;
}

QString HeatmapAccessible::cellDescription(int index) const
{
    const HeatmapWidget *h = heatmap();
    const int columns = std::max(1, h->columns());
    return h->toolTipForCell(index / columns, index % columns);
}

int HeatmapAccessible::cellAt(const QPoint &position) const
{
    const QPoint cell = heatmap()->currentLayout().cellAt(position);
    return cell.x() < 0 ? -1 : cell.y() * heatmap()->columns() + cell.x();
}

int HeatmapAccessible::focusedCell() const
{
    const QPoint cell = heatmap()->interaction()->currentCell();
    return cell.x() < 0 ? -1 : cell.y() * heatmap()->columns() + cell.x();
}

QAccessible::State HeatmapAccessible::state() const
{
    QAccessible::State s = AccessibleCellView::state();
    s.readOnly = !heatmap()->isEditable();
    return s;
}

} // namespace rnnlab
