// SPDX-License-Identifier: MIT
// The graph's keyboard cursor: in the focused graph ↑ / ↓ (or Enter) put a cursor on a cell —
// a unit of x_t, h_t, c_t or y_t, or a whole node — and move it up and down its column; once it is
// there ← / → move it to the same unit one time step earlier / later, Home / End to the first /
// last time step, and Esc leaves the cells (the next Esc, ←, → are the window's again: the walk by
// hand). Each move shows the cell's tooltip and tells a screen reader (GraphAccessible) which cell
// has the focus. Not the drawing (GraphView asks paintCursor) nor what cells there are (GraphCells).
#pragma once

#include "ui/graph/graphcells.h"

#include <QObject>

#include <optional>

class QKeyEvent;
class QPainter;

namespace rnnlab {

class GraphView;

class GraphKeyboard : public QObject
{
    Q_OBJECT

public:
    explicit GraphKeyboard(GraphView *view);

    //! The index of the cursor's cell in GraphView::cells(), or −1 (none, or its node is gone).
    int currentIndex() const;
    //! The cursor's cell (kept by kind, t, layer and unit across new snapshots and layouts).
    const std::optional<GraphCell> &current() const { return m_current; }
    //! Puts the cursor on cell \a index of GraphView::cells() (−1: none).
    void setCurrentIndex(int index);

    //! Whether keyPress() uses \a event's key (so that it beats a window shortcut): ↑, ↓, Enter
    //! always; ←, →, Home, End and Esc while the cursor is on a cell. No modifiers.
    bool usesKey(const QKeyEvent *event) const;
    bool keyPress(QKeyEvent *event);
    //! Frames the cursor's cell; \a painter is in scene coordinates.
    void paintCursor(QPainter &painter) const;

private:
    void showToolTip() const;

    GraphView *m_view;
    std::optional<GraphCell> m_current;
};

} // namespace rnnlab
