// SPDX-License-Identifier: MIT
// A plain notice laid over a view that does not apply to the run's task (the walk by hand, the
// predicted strings, text generation and the Memory tab are about characters; a time series has
// none): the view keeps its last snapshot underneath and gets no new ones, and the notice says in
// words what the view is for and where the time series is shown instead. Not a view of a snapshot,
// and not the decision which views apply (MainWindow, from characterOnlyNotice() in viewspec.h).
#pragma once

#include <QLabel>

namespace rnnlab {

class TaskNotice : public QLabel
{
    Q_OBJECT

public:
    //! A notice over \a view (its child, covering it whole, hidden at first) saying \a text.
    TaskNotice(QWidget *view, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rnnlab
