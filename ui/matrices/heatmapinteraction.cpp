// SPDX-License-Identifier: MIT
#include "ui/matrices/heatmapinteraction.h"

#include "ui/common/accessiblecells.h"
#include "ui/common/readernumber.h"
#include "ui/matrices/cellvalueeditor.h"
#include "ui/matrices/heatmapwidget.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rnnlab {

float HeatmapInteraction::dragValue(float start, int pixelsUp, double scale, bool fine)
{
    if (!(scale > 0.0) || !std::isfinite(scale))
        scale = 1.0;
    const double step = dragStep * scale * (fine ? fineFactor : 1.0);
    const double value = static_cast<double>(start) + pixelsUp * step;
    return static_cast<float>(value);
}

HeatmapInteraction::HeatmapInteraction(HeatmapWidget *heatmap)
    : QObject(heatmap)
    , m_heatmap(heatmap)
{ }

HeatmapInteraction::~HeatmapInteraction()
{
    // Children of the host, not of the heatmap: they go with it.
    delete m_editor.data();
    delete m_dragLabel.data();
}

QWidget *HeatmapInteraction::host() const
{
    return m_heatmap->parentWidget() ? m_heatmap->parentWidget() : m_heatmap;
}

QRect HeatmapInteraction::cellInHost(int row, int column) const
{
    const QRect cell = m_heatmap->currentLayout().cellFillRect(row, column);
    QWidget *target = host();
    return target == m_heatmap ? cell : cell.translated(m_heatmap->mapTo(target, QPoint(0, 0)));
}

void HeatmapInteraction::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!editable) {
        cancel();
        m_heatmap->unsetCursor();
    }
}

void HeatmapInteraction::setCurrentCell(const QPoint &cell)
{
    const bool valid =
        cell.x() >= 0 && cell.y() >= 0 && cell.x() < m_heatmap->columns() && cell.y() < m_heatmap->rows();
    const QPoint next = valid ? cell : QPoint(-1, -1);
    if (next == m_current)
        return;
    m_current = next;
    m_heatmap->update();
    if (m_heatmap->hasFocus() && next.x() >= 0)
        AccessibleCellView::notifyCellFocus(m_heatmap, next.y() * m_heatmap->columns() + next.x());
}

bool HeatmapInteraction::isEditing() const
{
    return m_editor && m_editor->isOpen();
}

std::optional<HeatmapInteraction::Preview> HeatmapInteraction::preview() const
{
    if (!m_dragging)
        return std::nullopt;
    return Preview{m_pressCell.y(), m_pressCell.x(), m_value};
}

void HeatmapInteraction::openEditor(int row, int column)
{
    if (!m_editable || row < 0 || column < 0 || row >= m_heatmap->rows() || column >= m_heatmap->columns())
        return;
    if (!m_editor) {
        m_editor = new CellValueEditor(host());
        m_editor->setFocusReturn(m_heatmap);
        connect(m_editor, &CellValueEditor::committed, this, [this](float value) {
            const QPoint cell = m_editCell;
            m_editCell = QPoint(-1, -1);
            emit edited(cell.y(), cell.x(), value);
        });
        connect(m_editor, &CellValueEditor::cancelled, this, [this] { m_editCell = QPoint(-1, -1); });
    }
    m_editor->dismiss(); // a refused text in another cell is dropped
    m_editCell = QPoint(column, row);
    setCurrentCell(m_editCell);
    QToolTip::hideText();
    m_editor->open(cellInHost(row, column), m_heatmap->values()(row, column));
}

void HeatmapInteraction::cancel()
{
    if (m_editor)
        m_editor->dismiss();
    m_editCell = QPoint(-1, -1);
    m_pressed = false;
    endDrag();
}

void HeatmapInteraction::endDrag()
{
    if (!m_dragging)
        return;
    m_dragging = false;
    if (m_dragLabel)
        m_dragLabel->hide();
    m_heatmap->update();
}

void HeatmapInteraction::geometryChanged()
{
    if (isEditing())
        m_editor->reposition(cellInHost(m_editCell.y(), m_editCell.x()));
    if (m_dragging)
        updateDragLabel();
}

void HeatmapInteraction::updateCursor(const QPoint &position)
{
    if (!m_editable)
        return;
    // ↕ over a cell: it can be dragged up and down (and clicked to type).
    if (m_dragging || m_heatmap->currentLayout().cellAt(position).x() >= 0)
        m_heatmap->setCursor(Qt::SizeVerCursor);
    else
        m_heatmap->unsetCursor();
}

bool HeatmapInteraction::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPoint cell = m_heatmap->currentLayout().cellAt(event->position().toPoint());
    if (cell.x() < 0)
        return false;
    setCurrentCell(cell);
    if (!m_editable)
        return false;
    if (isEditing() && m_editCell != cell)
        m_editor->dismiss(); // its text was refused when the focus left it; this click moves on
    m_pressed = true;
    m_dragging = false;
    m_pressCell = cell;
    m_pressPosition = event->position().toPoint();
    m_startValue = m_heatmap->values()(cell.y(), cell.x());
    m_value = m_startValue;
    return true;
}

bool HeatmapInteraction::mouseMove(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    updateCursor(position);
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return false;
    const bool fine = event->modifiers().testFlag(Qt::ShiftModifier);
    if (!m_dragging) {
        if (std::abs(position.y() - m_pressPosition.y()) < QApplication::startDragDistance())
            return true;
        m_dragging = true;
        m_anchorY = position.y();
        m_anchorValue = m_startValue;
        m_fine = fine;
        QToolTip::hideText();
    }
    if (fine != m_fine) {
        m_anchorY = position.y();
        m_anchorValue = m_value;
        m_fine = fine;
    }
    const float value = dragValue(m_anchorValue, m_anchorY - position.y(), m_heatmap->scale(), m_fine);
    if (std::isfinite(value))
        m_value = value;
    updateDragLabel();
    m_heatmap->update();
    return true;
}

bool HeatmapInteraction::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    if (m_dragging) {
        const float value = m_value;
        const QPoint cell = m_pressCell;
        endDrag();
        // One edit per drag, not one per pixel: the worker records each edit in the history.
        if (value != m_startValue)
            emit edited(cell.y(), cell.x(), value);
        return true;
    }
    if (m_heatmap->currentLayout().cellAt(event->position().toPoint()) == m_pressCell)
        openEditor(m_pressCell.y(), m_pressCell.x());
    return true;
}

bool HeatmapInteraction::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_dragging || m_pressed)) {
        m_pressed = false;
        endDrag();
        return true;
    }
    if (event->key() == Qt::Key_Escape && m_current.x() >= 0) {
        // Leaves the cells (the editor's own Esc closed it before): the next Esc is the window's.
        setCurrentCell(QPoint(-1, -1));
        QToolTip::hideText();
        m_heatmap->setAccessibleDescription(QString());
        return true;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier || m_heatmap->rows() == 0)
        return false;
    QPoint next = m_current.x() < 0 ? QPoint(0, 0) : m_current;
    switch (event->key()) {
    case Qt::Key_Left: next.rx() -= m_current.x() < 0 ? 0 : 1; break;
    case Qt::Key_Right: next.rx() += m_current.x() < 0 ? 0 : 1; break;
    case Qt::Key_Up: next.ry() -= m_current.x() < 0 ? 0 : 1; break;
    case Qt::Key_Down: next.ry() += m_current.x() < 0 ? 0 : 1; break;
    case Qt::Key_Home: next.rx() = 0; break;
    case Qt::Key_End: next.rx() = m_heatmap->columns() - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (!m_editable) {
            setCurrentCell(next);
            showCellToolTip(); // says why the cell cannot be edited now
            return true;
        }
        openEditor(next.y(), next.x());
        return true;
    default: return false;
    }
    next.setX(std::clamp(next.x(), 0, m_heatmap->columns() - 1));
    next.setY(std::clamp(next.y(), 0, m_heatmap->rows() - 1));
    setCurrentCell(next);
    showCellToolTip();
    return true;
}

bool HeatmapInteraction::usesKey(const QKeyEvent *event) const
{
    if (event->key() == Qt::Key_Escape)
        return m_dragging || m_pressed || m_current.x() >= 0;
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || m_heatmap->rows() == 0)
        return false;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2: return true;
    default: return false;
    }
}

void HeatmapInteraction::showCellToolTip()
{
    if (m_current.x() < 0)
        return;
    const QString tip = m_heatmap->toolTipForCell(m_current.y(), m_current.x());
    // What a screen reader announces for the focused heatmap, and a tooltip for sighted keyboard users.
    m_heatmap->setAccessibleDescription(tip);
    if (m_heatmap->isVisible()) {
        const QRect cell = m_heatmap->currentLayout().cellRect(m_current.y(), m_current.x());
        QToolTip::showText(m_heatmap->mapToGlobal(cell.bottomLeft() + QPoint(0, 2)), tip, m_heatmap, cell);
    }
}

void HeatmapInteraction::updateDragLabel()
{
    if (!m_dragging)
        return;
    if (!m_dragLabel) {
        // Looks like a tooltip, but is a child label: a real tooltip would hide on the next move.
        m_dragLabel = new QLabel(host());
        m_dragLabel->setPalette(QToolTip::palette());
        m_dragLabel->setBackgroundRole(QPalette::ToolTipBase);
        m_dragLabel->setForegroundRole(QPalette::ToolTipText);
        m_dragLabel->setAutoFillBackground(true);
        m_dragLabel->setFrameShape(QFrame::Box);
        m_dragLabel->setMargin(3);
        m_dragLabel->setTextFormat(Qt::PlainText);
        m_dragLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_dragLabel->setText(ReaderNumber::significant(m_value, 6) + u'\n'
                         + (m_fine ? tr("fine steps · Esc: cancel") : tr("Shift: finer · Esc: cancel")));
    m_dragLabel->adjustSize();
    // Beside the cell, not above it: the pointer moves up and down over the cell's column.
    const QRect cell = cellInHost(m_pressCell.y(), m_pressCell.x());
    QRect r(QPoint(0, 0), m_dragLabel->size());
    r.moveLeft(cell.right() + 6);
    r.moveTop(cell.center().y() - r.height() / 2);
    const QWidget *target = host();
    if (r.right() > target->width() - 1)
        r.moveRight(cell.left() - 6);
    r.moveLeft(std::clamp(r.left(), 0, std::max(0, target->width() - r.width())));
    r.moveTop(std::clamp(r.top(), 0, std::max(0, target->height() - r.height())));
    m_dragLabel->setGeometry(r);
    m_dragLabel->show();
    m_dragLabel->raise();
}

} // namespace rnnlab
