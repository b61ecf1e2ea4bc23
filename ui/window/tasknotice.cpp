// SPDX-License-Identifier: MIT
#include "ui/window/tasknotice.h"

#include <QEvent>

namespace rnnlab {

TaskNotice::TaskNotice(QWidget *view, const QString &text)
    : QLabel(text, view)
{
    setObjectName(QStringLiteral("taskNotice"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(24);
    setTextFormat(Qt::PlainText);
    // Opaque, over the view's stale picture: nothing under it is read as this run's.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setGeometry(view->rect());
    view->installEventFilter(this);
    hide();
}

bool TaskNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(static_cast<QWidget *>(watched)->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace rnnlab
