// SPDX-License-Identifier: MIT
#include "ui/common/accessiblecells.h"

#include <QPointer>
#include <QWidget>

namespace rnnlab {

namespace {

//! One cell of an AccessibleCellView: asks the view for its texts each time, so it says what
//! is shown now, and is invalid once the view shows fewer cells.
class AccessibleCellItem : public QAccessibleInterface
{
public:
    AccessibleCellItem(const AccessibleCellView *view, int index)
        : m_view(view)
        , m_widget(view->cellWidget())
        , m_index(index)
    { }

    bool isValid() const override { return m_widget && m_index < m_view->cellCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view->window(); }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return const_cast<AccessibleCellView *>(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name: return m_view->cell(m_index).name;
        case QAccessible::Value: return m_view->cell(m_index).value;
        case QAccessible::Description: return m_view->cellDescription(m_index);
        default: return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_view->cell(m_index).rect;
        return r.isEmpty() ? QRect() : QRect(m_widget->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return isValid() ? m_view->cell(m_index).role : QAccessible::Cell; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = m_widget->focusPolicy() != Qt::NoFocus;
        s.focused = m_widget->hasFocus() && m_view->focusedCell() == m_index;
        s.offscreen = m_view->cell(m_index).rect.isEmpty()
            || !m_view->cell(m_index).rect.intersects(m_widget->visibleRegion().boundingRect());
        s.readOnly = m_view->state().readOnly; // a heatmap's cells are edited when it is editable
        s.editable = !s.readOnly;
        return s;
    }

private:
    const AccessibleCellView *m_view;
    QPointer<QWidget> m_widget;
    int m_index;
};

} // namespace

AccessibleCellView::AccessibleCellView(QWidget *widget, QAccessible::Role role, const QString &name)
    : QAccessibleWidget(widget, role)
    , m_name(name)
{ }

AccessibleCellView::~AccessibleCellView()
{
    for (QAccessible::Id id : m_cells) {
        if (id != 0)
            QAccessible::deleteAccessibleInterface(id);
    }
}

void AccessibleCellView::notifyCellFocus(QWidget *widget, int index)
{
    if (!QAccessible::isActive() || index < 0)
        return;
    QAccessibleEvent event(widget, QAccessible::Focus);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

int AccessibleCellView::childCount() const
{
    return cellCount() + QAccessibleWidget::childCount();
}

QAccessibleInterface *AccessibleCellView::child(int index) const
{
    const int cells = cellCount();
    if (index < 0)
        return nullptr;
    if (index >= cells)
        return QAccessibleWidget::child(index - cells);
    if (m_cells.size() < static_cast<std::size_t>(cells))
        m_cells.resize(static_cast<std::size_t>(cells), 0);
    QAccessible::Id &id = m_cells[static_cast<std::size_t>(index)];
    if (id == 0)
        id = QAccessible::registerAccessibleInterface(new AccessibleCellItem(this, index));
    return QAccessible::accessibleInterface(id);
}

int AccessibleCellView::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    if (child->object())
        return cellCount() + QAccessibleWidget::indexOfChild(child);
    for (std::size_t i = 0; i < m_cells.size() && static_cast<int>(i) < cellCount(); ++i) {
        if (m_cells[i] != 0 && QAccessible::accessibleInterface(m_cells[i]) == child)
            return static_cast<int>(i);
    }
    return -1;
}

QAccessibleInterface *AccessibleCellView::childAt(int x, int y) const
{
    const int index = cellAt(widget()->mapFromGlobal(QPoint(x, y)));
    return index >= 0 ? child(index) : QAccessibleWidget::childAt(x, y);
}

int AccessibleCellView::cellAt(const QPoint &position) const
{
    const int cells = cellCount();
    for (int i = 0; i < cells; ++i) {
        if (cell(i).rect.contains(position))
            return i;
    }
    return -1;
}

QAccessibleInterface *AccessibleCellView::focusChild() const
{
    const int focused = focusedCell();
    if (focused >= 0 && focused < cellCount() && widget()->hasFocus())
        return child(focused);
    return QAccessibleWidget::focusChild();
}

QString AccessibleCellView::text(QAccessible::Text t) const
{
    const QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty())
        return m_name;
    return text;
}

} // namespace rnnlab
