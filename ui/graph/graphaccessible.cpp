// SPDX-License-Identifier: MIT
#include "ui/graph/graphaccessible.h"

#include "ui/common/readernumber.h"
#include "ui/graph/graphkeyboard.h"
#include "ui/graph/graphview.h"
#include "ui/matrices/matrixlabels.h"

#include <QCoreApplication>
#include <QTextDocumentFragment>

namespace rnnlab {

namespace {

QString number(double value)
{
    return ReaderNumber::fixed(value, 2);
}

} // namespace

GraphAccessible::GraphAccessible(GraphView *view)
    : AccessibleCellView(view, QAccessible::Graphic, tr("RNN graph"))
{ }

QAccessibleInterface *GraphAccessible::factory(const QString &, QObject *object)
{
    auto *view = qobject_cast<GraphView *>(object);
    return view ? new GraphAccessible(view) : nullptr;
}

GraphView *GraphAccessible::view() const
{
    return static_cast<GraphView *>(widget());
}

int GraphAccessible::cellCount() const
{
    return static_cast<int>(view()->cells().size());
}

AccessibleCell GraphAccessible::cell(int index) const
{
    const GraphView *v = view();
    const GraphCell &c = v->cells()[static_cast<std::size_t>(index)];
    AccessibleCell a;
    a.rect = v->sceneToWidget(c.rect).toAlignedRect().intersected(v->viewport()->geometry());
    const SnapshotPtr &snapshot = v->snapshot();
    if (!snapshot || !snapshot->setup)
        return a;
    const RunSetup &setup = *snapshot->setup;
    if (!v->shownPass())
        return a;
    const SequenceTrace<float> &s = *v->shownPass(); // one-to-many as it generates: the free run's
    const int t = c.t;
    const auto ut = static_cast<std::size_t>(t);
    const int T = s.length();
    if (t < 0 || t >= T)
        return a;
    const int L = setup.session.model.numLayers;
    const QString layer = L > 1 ? tr(", layer %1").arg(c.layer + 1) : QString();
    const bool hidden = v->outputsHidden();
    const auto character = [&setup](int i) { return QStringLiteral("‘%1’").arg(outputLabel(*setup.task, i)); };
    const auto layerTrace = [&s, &c]() -> const LayerTrace<float> * {
        return c.layer >= 0 && c.layer < int(s.layers.size()) ? &s.layers[static_cast<std::size_t>(c.layer)] : nullptr;
    };
    // Walking back through time, the strips show dL/dh_t (dL/dc_t) instead.
    const GraphNode *node = v->currentLayout().node(c.kind, t, c.layer);
    const bool gradient = node && v->emphasis(*node).gradient;
    const QString input = s.inputs.empty()
        ? QString()
        : QStringLiteral("‘%1’").arg(visibleCharacter(setup.vocabulary.character(s.inputs[ut])));
    switch (c.kind) {
    case NodeKind::TimeStep:
        a.role = QAccessible::ColumnHeader;
        a.name = tr("Time step %1").arg(t + 1);
        a.value = input;
        break;
    case NodeKind::InputChar:
        a.name = QStringLiteral("x_%1").arg(t + 1);
        a.value = s.inputs.empty() ? number(s.inputValues(0, t)) : input;
        break;
    case NodeKind::OneHot:
        a.name = tr("x_%1, dimension %2").arg(t + 1).arg(c.cell);
        if (s.inputs.empty())
            a.value = c.cell < s.inputValues.rows() ? number(s.inputValues(c.cell, t)) : QString();
        else
            a.value = c.cell == s.inputs[ut] ? QStringLiteral("1") : QStringLiteral("0");
        break;
    case NodeKind::Hidden:
        if (const auto *l = layerTrace(); l && c.cell < l->hidden.rows()) {
            a.name = (gradient ? tr("dL/dh_%1, unit %2") : tr("h_%1, unit %2")).arg(t + 1).arg(c.cell + 1) + layer;
            a.value = number(gradient ? l->dHidden(c.cell, t) : l->hidden(c.cell, t));
        }
        break;
    case NodeKind::CellState:
        if (const auto *l = layerTrace(); l && c.cell < l->cell.rows()) {
            a.name = (gradient ? tr("dL/dc_%1, unit %2") : tr("c_%1, unit %2")).arg(t + 1).arg(c.cell + 1) + layer;
            a.value = number(gradient && l->dCell.size() ? l->dCell(c.cell, t) : l->cell(c.cell, t));
        }
        break;
    case NodeKind::Gates: a.name = tr("Gates at t = %1").arg(t + 1) + layer; break;
    case NodeKind::Output:
        if (setup.task->outputKind() == OutputKind::Value) {
            a.name = tr("y_%1, feature %2").arg(t + 1).arg(c.cell + 1);
            a.value = hidden ? QStringLiteral("?") : number(s.logits(c.cell, t));
        } else {
            a.name = QStringLiteral("P(y_%1 = %2)").arg(t + 1).arg(character(c.cell));
            a.value = hidden ? QStringLiteral("?") : number(s.probabilities(c.cell, t));
        }
        break;
    case NodeKind::Prediction:
        a.name = tr("Prediction at t = %1").arg(t + 1);
        if (hidden)
            a.value = QStringLiteral("?");
        else if (ut < s.predictions.size())
            a.value = character(s.predictions[ut]);
        else if (s.logits.rows() > 0)
            a.value = number(s.logits(0, t));
        break;
    }
    if (a.name.isEmpty())
        a.name = tr("Time step %1").arg(t + 1);
    // A flagged column (issue 15) says so in its step's and its prediction's names, where a screen
    // reader lands; the description (the tooltip) has its error² and the threshold.
    if (!hidden && v->flags().contains(t) && (c.kind == NodeKind::TimeStep || c.kind == NodeKind::Prediction))
        a.name = tr("%1, flagged as a candidate anomaly").arg(a.name);
    return a;
}

QString GraphAccessible::cellDescription(int index) const
{
    const GraphCell &c = view()->cells()[static_cast<std::size_t>(index)];
    // The tooltip is rich text (<b>, <br>, coloured squares): a screen reader wants it plain.
    QString text = QTextDocumentFragment::fromHtml(view()->toolTipAt(c.rect.center())).toPlainText();
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

int GraphAccessible::focusedCell() const
{
    return view()->keyboard()->currentIndex();
}

QAccessible::State GraphAccessible::state() const
{
    QAccessible::State s = AccessibleCellView::state();
    s.readOnly = true;
    return s;
}

} // namespace rnnlab
