// SPDX-License-Identifier: MIT
// A widget's tooltip that depends on where the mouse is: on a QEvent::ToolTip, the text for that
// point is shown, or any tooltip hidden when there is none. For widgets that paint their own
// content (the timeline's strip, the Memory views); not for ones that need a tooltip rectangle.
#pragma once

#include <QEvent>
#include <QHelpEvent>
#include <QString>
#include <QToolTip>
#include <QWidget>

namespace rnnlab {

class HoverTip
{
public:
    //! Handles \a event when it is a tooltip request to \a widget, with \a textAt(point) the text
    //! at a widget point (empty: none); true when handled, false for every other event.
    template<typename TextAt>
    static bool handle(QWidget *widget, QEvent *event, TextAt textAt)
    {
        if (event->type() != QEvent::ToolTip)
            return false;
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, widget);
        return true;
    }
};

} // namespace rnnlab
