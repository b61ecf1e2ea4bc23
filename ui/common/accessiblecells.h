// SPDX-License-Identifier: MIT
// What a screen reader sees of a custom-painted view made of cells (the graph's units, a
// heatmap's elements): the view's QAccessibleInterface (AccessibleCellView, a QAccessibleWidget)
// with one child interface per cell, each with a role, a name ("h_2, unit 3",
// "rnn.weight_hh_l0[2][3]"), a value ("0.99") and a description, read from the view on demand —
// from the same snapshot it paints, never from numbers worked out again here. Not the views'
// keyboard handling (they keep their own cursor and tell this class which cell has it), and not
// Qt's item views (they have their own interfaces).
//
// The child interfaces are made when a screen reader first asks for them, registered with
// QAccessible (which then knows them by id) and deleted with the view's interface.
#pragma once

#include <QAccessible>
#include <QAccessibleWidget>
#include <QRect>
#include <QString>

#include <vector>

namespace rnnlab {

//! One cell as a screen reader reads it.
struct AccessibleCell
{
    QAccessible::Role role = QAccessible::Cell;
    QString name; // what the cell is ("h_2, unit 3")
    QString value; // what it shows ("0.99")
    QRect rect; // in the widget's coordinates; empty: not on screen
};

class AccessibleCellView : public QAccessibleWidget
{
public:
    //! The interface of \a widget in \a role, named \a name (the widget's accessibleName wins).
    AccessibleCellView(QWidget *widget, QAccessible::Role role, const QString &name);
    ~AccessibleCellView() override;

    //! How many cells the view shows now.
    virtual int cellCount() const = 0;
    //! Cell \a index (0 ≤ index < cellCount()) as the view shows it now.
    virtual AccessibleCell cell(int index) const = 0;
    //! What a screen reader says after the name and value: the cell's tooltip, as plain text
    //! (asked for apart from cell(), as it takes longer to write).
    virtual QString cellDescription(int index) const = 0;
    //! The cell at \a position (the widget's coordinates), or −1; by default the first cell whose
    //! rect contains it.
    virtual int cellAt(const QPoint &position) const;
    //! The cell with the keyboard cursor, or −1.
    virtual int focusedCell() const { return -1; }

    //! The view (QAccessibleWidget::widget(), which is protected).
    QWidget *cellWidget() const { return widget(); }

    //! Tells a screen reader that the keyboard cursor of \a widget moved to cell \a index (its
    //! child \a index); nothing when no screen reader listens.
    static void notifyCellFocus(QWidget *widget, int index);

    // The cells are the children 0 … cellCount() − 1; the widget's own child widgets follow.
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

private:
    QString m_name;
    mutable std::vector<QAccessible::Id> m_cells; // the child interfaces made so far; 0: not yet
};

} // namespace rnnlab
