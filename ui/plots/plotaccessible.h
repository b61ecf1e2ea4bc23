// SPDX-License-Identifier: MIT
// A plot as a screen reader reads it: a chart named by its axes ("Loss over training step") unless
// its PlotWidget has a name, whose value is each curve's newest point ("loss: 1.23 at 40;
// accuracy: 50 at 40") — read from the QCustomPlot's data as drawn, not worked out again. The
// only place besides the plots that touches QCustomPlot: it stays under ui/plots/.
#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS

class QCustomPlot;

namespace rnnlab {

class PlotAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::PlotAccessible)

public:
    explicit PlotAccessible(QCustomPlot *plot);

    //! For QAccessible::installFactory: the interface of a QCustomPlot, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);
    //! The newest point of each visible curve of \a plot, "name: value at key", joined by "; ".
    static QString newestValues(const QCustomPlot &plot);

    QString text(QAccessible::Text t) const override;
};

} // namespace rnnlab
