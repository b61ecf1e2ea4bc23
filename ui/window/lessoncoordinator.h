// SPDX-License-Identifier: MIT
// The lesson's hand on the main window: the Lesson dock (closed at first, over the model panel),
// and what a lesson step sets up — its example started (unless the window shows it already,
// trained as far as the step says), trained, folded or not, drawn as a task shape, the tab and the
// matrices it needs — and, once the example's snapshot is there, the walk by hand where the step
// puts it. It also carries out what a revealed answer shows (the largest gradient, the next
// character). Not the lesson's content (Lesson) nor its panel (LessonPanel).
#pragma once

#include "app/worker/snapshot.h"
#include "ui/lesson/lesson.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QDockWidget;

namespace rnnlab {

class LessonPanel;
class MainWindow;

class LessonCoordinator : public QObject
{
    Q_OBJECT

public:
    //! Asks before the trained model is discarded (\a what starts over); true: go ahead.
    using ConfirmDiscard = std::function<bool(const QString &what)>;

    //! Adds the Lesson dock to \a window, tabbed with \a modelDock and closed. \a interactive: the
    //! fold is animated.
    LessonCoordinator(MainWindow *window, QDockWidget *modelDock, bool interactive, ConfirmDiscard confirmDiscard);

    LessonPanel *panel() const { return m_panel; }
    //! The window shows what the current step set up (true when no lesson is open).
    bool isReady() const { return !m_pending; }

    //! Opens the lesson at step \a index (0-based), asking first when a trained model would go.
    void open(int index);
    //! Lesson ▸ Open: the lesson where it is (from its start the first time).
    void show();
    //! Lesson ▸ Next step / Previous step (the lesson's start when it is not open).
    void next();
    void back();
    //! Hands \a snapshot to the lesson, after the window's views; when it is the one the pending
    //! step waits for, puts the walk by hand where the step says.
    void showSnapshot(const SnapshotPtr &snapshot);
    //! No more reactions to the dock (the window is going: its views go before the dock does).
    void detach();

signals:
    //! The window shows already what a step sets up: \a snapshot is to be shown again, so that the
    //! step is finished (showSnapshot() comes with it).
    void snapshotToShowAgain(const rnnlab::SnapshotPtr &snapshot);

private:
    void apply(const LessonSetup &setup);
    void revealed(PromptKind kind);
    //! Opens the matrix dock (not in presentation mode).
    void showMatrices();

    MainWindow *m_window;
    bool m_interactive;
    ConfirmDiscard m_confirmDiscard;
    QDockWidget *m_dock = nullptr;
    LessonPanel *m_panel = nullptr;
    std::optional<LessonSetup> m_pending; // applied, waiting for its snapshot
};

} // namespace rnnlab
