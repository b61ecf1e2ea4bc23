// SPDX-License-Identifier: MIT
// The graph as a screen reader reads it: "RNN graph", its caption as the description, and one
// child per cell GraphView::cells() lists — "h_2, unit 3" = "0.99", "x_2" = "‘e’", "y_2 ‘l’" =
// "0.31", "Prediction at t = 2" = "‘l’", walking back "dL/dh_2, unit 3" — named 1-based as the
// slides and the graph's labels are, valued from the snapshot the graph paints (two decimals, as
// it prints them), described by the cell's tooltip (every digit). The cell with the keyboard
// cursor (GraphKeyboard) is the focused child. Outputs the lesson hides read "?".
#pragma once

#include "ui/common/accessiblecells.h"
#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS

namespace rnnlab {

class GraphView;

class GraphAccessible : public AccessibleCellView
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::GraphAccessible)

public:
    explicit GraphAccessible(GraphView *view);

    //! For QAccessible::installFactory: the interface of a GraphView, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int cellCount() const override;
    AccessibleCell cell(int index) const override;
    QString cellDescription(int index) const override;
    int focusedCell() const override;
    QAccessible::State state() const override;

private:
    GraphView *view() const;
};

} // namespace rnnlab
