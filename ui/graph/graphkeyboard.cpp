// SPDX-License-Identifier: MIT
#include "ui/graph/graphkeyboard.h"

#include "ui/common/accessiblecells.h"
#include "ui/graph/graphview.h"
#include "ui/teaching/symboltext.h"

#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace rnnlab {

GraphKeyboard::GraphKeyboard(GraphView *view)
    : QObject(view)
    , m_view(view)
{ }

int GraphKeyboard::currentIndex() const
{
    return m_current ? GraphCells::find(m_view->cells(), *m_current) : -1;
}

void GraphKeyboard::setCurrentIndex(int index)
{
    const std::vector<GraphCell> &cells = m_view->cells();
    if (index < 0 || index >= static_cast<int>(cells.size())) {
        m_current.reset();
        m_view->viewport()->update();
        return;
    }
    m_current = cells[static_cast<std::size_t>(index)];
    m_view->ensureVisible(m_current->rect);
    m_view->viewport()->update();
    showToolTip();
    if (m_view->hasFocus())
        AccessibleCellView::notifyCellFocus(m_view, index);
}

bool GraphKeyboard::usesKey(const QKeyEvent *event) const
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || m_view->cells().empty())
        return false;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter: return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Escape: return currentIndex() >= 0;
    default: return false;
    }
}

bool GraphKeyboard::keyPress(QKeyEvent *event)
{
    if (!usesKey(event))
        return false;
    const std::vector<GraphCell> &cells = m_view->cells();
    const int index = currentIndex();
    if (event->key() == Qt::Key_Escape) {
        QToolTip::hideText();
        setCurrentIndex(-1);
        return true;
    }
    if (index < 0) {
        // Into the graph: the first unit of h_t at the time step shown (the walk's, or the last).
        int start = GraphCells::find(cells, GraphCell{NodeKind::Hidden, m_view->shownTimeStep(), 0, 0, {}});
        if (start < 0) {
            for (std::size_t i = 0; i < cells.size() && start < 0; ++i)
                start = cells[i].kind == NodeKind::Hidden ? static_cast<int>(i) : -1;
        }
        setCurrentIndex(start < 0 ? 0 : start);
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Up: setCurrentIndex(GraphCells::move(cells, index, 0, -1)); break;
    case Qt::Key_Down: setCurrentIndex(GraphCells::move(cells, index, 0, 1)); break;
    case Qt::Key_Left: setCurrentIndex(GraphCells::move(cells, index, -1, 0)); break;
    case Qt::Key_Right: setCurrentIndex(GraphCells::move(cells, index, 1, 0)); break;
    case Qt::Key_Home: setCurrentIndex(GraphCells::toEnd(cells, index, false)); break;
    case Qt::Key_End: setCurrentIndex(GraphCells::toEnd(cells, index, true)); break;
    default: setCurrentIndex(index); break; // Enter: the tooltip again
    }
    return true;
}

void GraphKeyboard::paintCursor(QPainter &painter) const
{
    const int index = currentIndex();
    if (index < 0)
        return;
    const QRectF rect = m_view->cells()[static_cast<std::size_t>(index)].rect;
    painter.save();
    QPen pen(m_view->palette().color(QPalette::Highlight), 2.5);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5));
    painter.restore();
}

void GraphKeyboard::showToolTip() const
{
    if (!m_current || !m_view->isVisible())
        return;
    const QString text = m_view->toolTipAt(m_current->rect.center());
    const QRect cell = m_view->sceneToWidget(m_current->rect).toAlignedRect();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_view->mapToGlobal(cell.bottomLeft() + QPoint(0, 2)), SymbolText::html(text, false), m_view,
                           cell);
}

} // namespace rnnlab
