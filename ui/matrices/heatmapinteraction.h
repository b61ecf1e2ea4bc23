// SPDX-License-Identifier: MIT
// The interactive half of a HeatmapWidget: the keyboard cursor (arrow keys move it from cell to
// cell, Enter or F2 edits, Esc leaves the cells), and, while the heatmap is editable, weights set by hand — a click on a
// cell opens an inline CellValueEditor over it, a vertical drag changes the value continuously
// (dragStep × scale per pixel, Shift for finer steps) with the value shown live beside the cell
// and committed once, on release; Esc cancels either. Every accepted edit leaves as one
// edited(row, column, value); what happens to it (the worker records it as a history entry) is not
// this class's business, and neither is drawing (the widget asks preview() and currentCell()).
//
// The editor and the drag label are children of the heatmap's parent (the matrix panel's scroll
// content) rather than of the heatmap, so they may overhang a narrow bias column and scroll with it.
#pragma once

#include "ui/matrices/cellvalueeditor.h"

#include <QLabel> // QPointer needs the complete type
#include <QObject>
#include <QPoint>
#include <QPointer>

#include <optional>

class QKeyEvent;
class QMouseEvent;
class QRect;
class QWidget;

namespace rnnlab {

class HeatmapWidget;

class HeatmapInteraction : public QObject
{
    Q_OBJECT

public:
    //! A drag changes the value by dragStep × the colour scale per pixel (100 px for the whole
    //! scale), fineFactor times that with Shift.
    static constexpr double dragStep = 0.01;
    static constexpr double fineFactor = 0.1;
    //! The value a drag from \a start sets after moving \a pixelsUp pixels up (negative: down) on a
    //! heatmap whose colour scale is \a scale (a scale that is not positive counts as 1), in fine
    //! steps with \a fine. Not rounded to the step: the drag moves from the value as it is.
    static float dragValue(float start, int pixelsUp, double scale, bool fine);

    //! The value a drag in progress shows in its cell.
    struct Preview
    {
        int row = -1;
        int column = -1;
        float value = 0.0f;
    };

    explicit HeatmapInteraction(HeatmapWidget *heatmap);
    ~HeatmapInteraction() override;

    //! Whether clicks, drags and Enter edit cells. Turning it off closes an open editor and
    //! cancels a drag, without an edit.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    //! The keyboard cursor as QPoint(column, row), (-1, -1) when there is none.
    QPoint currentCell() const { return m_current; }
    void setCurrentCell(const QPoint &cell);

    //! Opens the inline editor over the cell (nothing when the heatmap is not editable).
    void openEditor(int row, int column);
    bool isEditing() const;
    //! The inline editor (null until it was first opened).
    CellValueEditor *editor() const { return m_editor; }
    bool isDragging() const { return m_dragging; }
    //! The drag's live value label (null until the first drag).
    QLabel *dragLabel() const { return m_dragLabel; }
    std::optional<Preview> preview() const;
    //! Closes the editor and cancels a drag, without an edit (the cells changed under them).
    void cancel();

    // Called by the heatmap's event handlers; each returns whether it used the event.
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    //! Whether keyPress() uses \a event's key, so that it goes to the heatmap rather than to a
    //! window shortcut with the same key (→ walks time steps, Esc leaves the walk): the arrow
    //! keys, Home, End, Enter and F2 without modifiers, and Esc during a drag or while a cell has
    //! the cursor (it leaves the cells; the next Esc is the window's).
    bool usesKey(const QKeyEvent *event) const;
    //! The heatmap moved or its cells changed size: the editor follows its cell.
    void geometryChanged();

signals:
    void edited(int row, int column, float value);

private:
    QWidget *host() const;
    QRect cellInHost(int row, int column) const;
    void updateCursor(const QPoint &position);
    void updateDragLabel();
    void endDrag();
    void showCellToolTip();

    HeatmapWidget *m_heatmap;
    bool m_editable = false;
    QPoint m_current{-1, -1};

    QPointer<CellValueEditor> m_editor;
    QPoint m_editCell{-1, -1}; // (column, row) of the open editor

    // A press on a cell: a click (open the editor on release) until the mouse moves vertically
    // by the platform's drag distance, then a drag.
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressCell{-1, -1};
    QPoint m_pressPosition;
    float m_startValue = 0.0f; // the value before the drag (no edit when it ends there)
    float m_value = 0.0f; // the value now
    // The drag measures from an anchor, set where the drag started and again whenever Shift is
    // pressed or released, so switching to fine steps does not make the value jump.
    int m_anchorY = 0;
    float m_anchorValue = 0.0f;
    bool m_fine = false;
    QPointer<QLabel> m_dragLabel;
};

} // namespace rnnlab
