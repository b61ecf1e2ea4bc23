// SPDX-License-Identifier: MIT
#include "ui/graph/translationaccessible.h"

#include "ui/common/readernumber.h"
#include "ui/graph/translationgraph.h"

#include <QCoreApplication>

#include <algorithm>

namespace rnnlab {

TranslationAccessible::TranslationAccessible(TranslationGraph *graph)
    : AccessibleCellView(graph, QAccessible::Graphic, tr("Translation graph"))
{ }

QAccessibleInterface *TranslationAccessible::factory(const QString &, QObject *object)
{
    auto *graph = qobject_cast<TranslationGraph *>(object);
    return graph ? new TranslationAccessible(graph) : nullptr;
}

TranslationGraph *TranslationAccessible::graph() const
{
    return static_cast<TranslationGraph *>(widget());
}

bool TranslationAccessible::greedy(const TrainingSnapshot &snapshot) const
{
    return graph()->isGreedy() && snapshot.greedy;
}

std::pair<int, int> TranslationAccessible::locate(int index) const
{
    const auto &nodes = graph()->graphLayout().nodes;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const int count = std::max(1, nodes[n].cells);
        if (index < count)
            return {static_cast<int>(n), nodes[n].cells > 0 ? index : -1};
        index -= count;
    }
    return {-1, -1};
}

int TranslationAccessible::cellCount() const
{
    if (!graph()->snapshot())
        return 0;
    int count = 0;
    for (const TranslationNode &node : graph()->graphLayout().nodes)
        count += std::max(1, node.cells);
    return count;
}

AccessibleCell TranslationAccessible::cell(int index) const
{
    AccessibleCell a;
    const auto [n, i] = locate(index);
    const SnapshotPtr snapshot = graph()->snapshot();
    if (n < 0 || !snapshot)
        return a;
    const TranslationNode &node = graph()->graphLayout().nodes[static_cast<std::size_t>(n)];
    QWidget *canvas = graph()->canvas();
    const QRectF rect = i >= 0 ? node.cellRect(i) : node.rect;
    a.rect = rect.toAlignedRect().translated(canvas->mapTo(graph(), QPoint(0, 0)));
    if (i < 0) {
        a.role = QAccessible::StaticText;
        a.name = TranslationGraph::textOf(*snapshot, graph()->pairIndex(), node, greedy(*snapshot));
        if (a.name.isEmpty())
            a.name = tr("Step %1").arg(node.t + 1);
        return a;
    }
    // The tooltip's words up to the colon: "context, layer 1, unit 2".
    a.name = TranslationGraph::cellName(*snapshot, node, i, greedy(*snapshot)).section(u':', 0, 0);
    if (const std::optional<float> value =
            TranslationGraph::valueOf(*snapshot, graph()->pairIndex(), node, i, greedy(*snapshot)))
        a.value = ReaderNumber::fixed(*value, 2);
    return a;
}

QString TranslationAccessible::cellDescription(int index) const
{
    const auto [n, i] = locate(index);
    const SnapshotPtr snapshot = graph()->snapshot();
    if (n < 0 || i < 0 || !snapshot)
        return {};
    const TranslationNode &node = graph()->graphLayout().nodes[static_cast<std::size_t>(n)];
    const std::optional<float> value =
        TranslationGraph::valueOf(*snapshot, graph()->pairIndex(), node, i, greedy(*snapshot));
    return TranslationGraph::cellName(*snapshot, node, i, greedy(*snapshot)) + QStringLiteral(" = ")
        + (value ? ReaderNumber::significant(*value, 9) : QStringLiteral("—"));
}

QAccessible::State TranslationAccessible::state() const
{
    QAccessible::State s = AccessibleCellView::state();
    s.readOnly = true;
    return s;
}

} // namespace rnnlab
