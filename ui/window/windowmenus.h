// SPDX-License-Identifier: MIT
// The main window's menus and its toolbar: File (sessions, figure export, quit), Training (play,
// one step, reset — TrainingControls), Edit (undo and redo a weight set by hand, "what if W_hh =
// 0?"), Step by hand (the walk's keys), Compare, View (fold, zoom, the docks, presentation mode,
// reduce motion, the theme, the language), Lesson and Help (the handbook on F1, the keyboard shortcuts, About, About Qt); the
// toolbar with the training controls, the speed, the step and the fold and zoom buttons. Each
// menu title has an Alt letter no form of the window uses (tst_windowmenus walks them). Built once over a MainWindow; they act through its public functions and
// its views. Not what the actions do (the window, its views and the controller do it).
#pragma once

#include "ui/common/theme.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QLabel;
class QToolBar;

namespace rnnlab {

class LessonCoordinator;
class MainWindow;
class TrainingControls;

class WindowMenus : public QObject
{
    Q_OBJECT

public:
    //! Adds the menus and the toolbar to \a window (their parent), with the lesson's keys for
    //! \a lesson.
    WindowMenus(MainWindow *window, LessonCoordinator *lesson);

    TrainingControls *trainingControls() const { return m_controls; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *whatIfAction() const { return m_whatIf; }
    //! View ▸ Presentation mode (F11), checked while it is on.
    QAction *presentationAction() const { return m_presentation; }
    //! View ▸ Reduce motion, checked while motion is reduced.
    QAction *reduceMotionAction() const { return m_reduceMotion; }
    //! The toolbar's "Step n".
    QLabel *stepLabel() const { return m_stepLabel; }
    //! Ticks \a theme in View ▸ Theme.
    void showTheme(Theme theme);

private:
    void addFileMenu();
    void addTrainingMenu();
    void addEditMenu();
    void addWalkMenu();
    void addViewMenu();
    void addLessonMenu();
    void addHelpMenu();
    void addToolBar();

    MainWindow *m_window;
    LessonCoordinator *m_lesson;
    TrainingControls *m_controls = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_whatIf = nullptr;
    QAction *m_fold = nullptr;
    QAction *m_presentation = nullptr;
    QAction *m_reduceMotion = nullptr;
    QList<QAction *> m_themes;
    QList<QAction *> m_zoom; // out, fit, in: the toolbar's order
    QToolBar *m_toolbar = nullptr;
    QLabel *m_stepLabel = nullptr;
};

} // namespace rnnlab
