// SPDX-License-Identifier: MIT
#include "ui/plots/plotaccessible.h"

#include "ui/common/readernumber.h"
#include "ui/teaching/symboltext.h"

#include <QCoreApplication>
#include <QStringList>

#include <qcustomplot.h>

namespace rnnlab {

PlotAccessible::PlotAccessible(QCustomPlot *plot)
    : QAccessibleWidget(plot, QAccessible::Chart)
{ }

QAccessibleInterface *PlotAccessible::factory(const QString &, QObject *object)
{
    auto *plot = qobject_cast<QCustomPlot *>(object);
    return plot ? new PlotAccessible(plot) : nullptr;
}

QString PlotAccessible::newestValues(const QCustomPlot &plot)
{
    QStringList values;
    for (int i = 0; i < plot.graphCount(); ++i) {
        const QCPGraph *graph = plot.graph(i);
        if (!graph->visible() || graph->data()->isEmpty())
            continue;
        const auto last = graph->data()->constEnd() - 1;
        QString name = graph->name();
        if (name.isEmpty() && graph->valueAxis())
            name = graph->valueAxis()->label();
        values << tr("%1: %2 at %3")
                      .arg(SymbolText::plain(name), ReaderNumber::significant(last->value, 4),
                           ReaderNumber::significant(last->key, 6));
    }
    return values.join(QStringLiteral("; "));
}

QString PlotAccessible::text(QAccessible::Text t) const
{
    const auto *plot = static_cast<const QCustomPlot *>(widget());
    switch (t) {
    case QAccessible::Name: {
        // The PlotWidget's name (its tab's title) when it has one, else what its axes say.
        for (const QWidget *w = plot; w; w = w->parentWidget()) {
            if (!w->accessibleName().isEmpty())
                return w->accessibleName();
            if (w->inherits("rnnlab::PlotWidget"))
                break;
        }
        const QString y = SymbolText::plain(plot->yAxis ? plot->yAxis->label() : QString());
        const QString x = SymbolText::plain(plot->xAxis ? plot->xAxis->label() : QString());
        if (y.isEmpty())
            return x.isEmpty() ? tr("Plot") : x;
        return x.isEmpty() ? y : tr("%1 over %2").arg(y, x);
    }
    case QAccessible::Value: return newestValues(*plot);
    case QAccessible::Description: {
        const QString newest = newestValues(*plot);
        const QString own = QAccessibleWidget::text(t);
        if (newest.isEmpty())
            return own;
        return (own.isEmpty() ? QString() : own + u'\n') + tr("Newest values: %1").arg(newest);
    }
    default: return QAccessibleWidget::text(t);
    }
}

} // namespace rnnlab
