// SPDX-License-Identifier: MIT
// rnnlab's window: the graph in the centre, the model and data on the left, the matrices on the
// right, loss / predictions / generation below, and the training controls in the toolbar. It lays
// out the views ViewSpec lists, hands each of them every snapshot of its TrainingController, and
// keeps nothing but view state itself. Its menus and toolbar are WindowMenus, presentation mode is
// PresentationMode, the lesson's coordination LessonCoordinator.
#pragma once

#include "app/session/viewstate.h"
#include "app/worker/snapshot.h"
#include "engine/session.h"
#include "ui/common/metatypes.h"
#include "ui/common/theme.h"
#include "ui/lesson/lesson.h"
#include "ui/teaching/timestepwalker.h"

#include <QMainWindow>
#include <QPointer>

#include <vector>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace rnnlab {

class CompareWindow;
class GenerationPanel;
class GraphBar;
class GraphView;
class LessonCoordinator;
class LessonPanel;
class MatrixPanel;
class ModelPanel;
class PresentationMode;
class PytorchPanel;
class SessionActions;
class SnapshotView;
class StepByHandPanel;
class TaskNotice;
class Timeline;
class TrainingController;
class TranslationGraph;
struct ViewSpec;
class WindowMenus;
class WindowRoom;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! \a interactive: restore and save window geometry, speed and recent files with QSettings, and
    //! report problems in message boxes. Off for screenshots, benchmarks and tests: no settings are
    //! touched and problems go to the status bar only.
    explicit MainWindow(bool interactive = true, QWidget *parent = nullptr);
    ~MainWindow() override;

    TrainingController *controller() const { return m_controller; }
    GraphView *graphView() const { return m_graph; }
    ModelPanel *modelPanel() const { return m_model; }
    StepByHandPanel *stepByHand() const { return m_stepByHand; }
    //! The bar above the graph: which text or series the graph and the walk show.
    GraphBar *graphBar() const { return m_bar; }
    Timeline *timeline() const { return m_timeline; }
    MatrixPanel *matrixPanel() const { return m_matrices; }
    PytorchPanel *pytorchPanel() const { return m_pytorch; }
    //! Brings the PyTorch panel to the front.
    void showPytorchPanel();
    SessionActions *sessionActions() const { return m_sessions; }

    //! Starts over with \a session (valid), titled \a name, showing \a history as its past.
    void startSession(const Session &session, const QString &name = {}, const SavedHistory &history = {});
    //! Opens a session file (SessionActions::openFile); a problem is shown and nothing changes.
    bool openFile(const QString &path, bool ask = true);
    QString sessionName() const { return m_name; }
    void setSessionName(const QString &name);
    //! How the window shows the session now (saved with it), and back.
    ViewState viewState() const;
    void applyViewState(const ViewState &view);
    //! Shows the bottom tab "step", "loss", "predictions", "generate", "memory" or "signal"
    //! (ViewSpec's ids), or the PyTorch panel ("pytorch"). \a kept: asked for by name (rnnlab
    //! --tab), so the next run's first snapshot does not open a time series' Signal tab over it.
    void showTab(const QString &name, bool kept = false);
    //! The tab presentation mode shows: the walk by hand, or a time series' Signal tab (unless its
    //! walk by hand is under way).
    QString presentationTab() const;
    //! Steps per second; 0 = as fast as possible.
    void setSpeed(double stepsPerSecond);
    //! Presentation mode (F11): full screen (when interactive), large type and thick lines, only
    //! the graph, the equations of the walk by hand, the play controls (and the lesson, when it is
    //! open); the configuration panels, menus and the other tabs hidden. Off restores the layout.
    void setPresentationMode(bool on);
    bool isPresentationMode() const;
    //! Opens the Lesson sidebar at step \a index (0-based) and sets the window up for it.
    void openLesson(int index = 0);
    LessonPanel *lessonPanel() const;
    //! The window shows what the current lesson step set up (its example trained as far as the
    //! step says, the walk by hand where it says); true when no lesson is open.
    bool lessonReady() const;
    //! The colour theme of the whole app (remembered when interactive).
    void setTheme(rnnlab::Theme theme);
    //! View ▸ Reduce motion: no fold animation, no animated menus or docks (setReducedMotion());
    //! remembered when interactive.
    void setReduceMotion(bool on);
    //! The smallest window rnnlab supports: the minimum size of the window stays within it in
    //! every mode (a 1024×768 projector and a 1280×720 screen), and --size refuses less.
    static QSize smallestSize() { return {1024, 720}; }
    //! The font size presentation mode uses for a window of \a height px (points).
    static double presentationPointSize(double basePointSize, int height);
    //! Opens compare mode's window (one, kept beside this one) on  sessions (2 or 3); when they
    //! cannot be compared nothing opens and the problems are returned (and shown when interactive).
    std::vector<Problem> openCompare(const std::vector<Session> &sessions, const QString &title = {},
                                     const QString &description = {});
    //! Compare mode's window, once opened (Compare menu), else null.
    CompareWindow *compareWindow() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private slots:
    void onSnapshot(const rnnlab::SnapshotPtr &snapshot);
    void onApplyRequested(const rnnlab::Session &session);
    void onProblem(const QString &message);
    //! A weight typed into the matrices: applied, or (a past step shown) refused with a word why.
    void onEditRequested(int tensor, qulonglong index, float value);
    void resetTraining();
    void resumeFromHere();

private:
    //! A view of mainWindowViews(), as made.
    struct View
    {
        QString id;
        QWidget *widget = nullptr;
        SnapshotView *view = nullptr;
        //! Over a view that cannot show the run's task: a character-only view on a time series' run
        //! (characterOnlyNotice()), a view that cannot draw a translation yet (translationNotice());
        //! null for a view that shows every task.
        TaskNotice *notice = nullptr;
        QString seriesNotice; // the notice's text on a time series' run; empty: none
        QString translationNotice; // … on a translation's
    };

    QWidget *createGraphArea();
    void createDocks();
    static View makeView(const ViewSpec &spec, QWidget *parent);
    //! The notice over \a view on a run it cannot show (none for a view that shows every task).
    static void addNotice(View &view);
    //! Whether \a view's notice covers it on the run shown (it then gets no snapshot).
    bool noticeShown(const View &view) const;
    //! Shows \a dock (closed at first) as a tab beside the matrices, and brings it to the front.
    void showBesideMatrices(QDockWidget *dock);
    //! The view \a id of mainWindowViews() as made, as a \a T.
    template<class T>
    T *view(const QString &id) const;
    bool confirmDiscard(const QString &what);
    void updateTitle();
    //! A reopened session's walk by hand, placed once its run's first snapshot is there.
    void placePendingCursor(const SnapshotPtr &snapshot);
    void updateStatus(const SnapshotPtr &snapshot);
    //! The tabs that apply to \a snapshot's task: a time series' Signal tab, the notices over the
    //! character-only views (and, for a new run of a time series, its Signal tab in front), the
    //! notices over the views that cannot draw a translation yet.
    void fitTabsToTask(const SnapshotPtr &snapshot);

    bool m_interactive;
    bool m_shown = false;
    TrainingController *m_controller = nullptr;
    std::vector<View> m_views; // mainWindowViews() in its order
    QStringList m_tabIds; // the lower tabs' ids, in their order
    GraphView *m_graph = nullptr;
    TranslationGraph *m_translationGraph = nullptr; // shown instead of m_graph for a translation
    ModelPanel *m_model = nullptr;
    MatrixPanel *m_matrices = nullptr;
    StepByHandPanel *m_stepByHand = nullptr;
    Timeline *m_timeline = nullptr;
    GenerationPanel *m_generation = nullptr;
    PytorchPanel *m_pytorch = nullptr;
    QDockWidget *m_pytorchDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    GraphBar *m_bar = nullptr; // the text shown, the matrices' colours
    WindowRoom *m_room = nullptr; // the graph's share of the window
    QLabel *m_rateLabel = nullptr;
    SessionActions *m_sessions = nullptr;
    LessonCoordinator *m_lesson = nullptr;
    WindowMenus *m_menus = nullptr;
    PresentationMode *m_presentation = nullptr;
    std::optional<StepCursor> m_pendingCursor; // a reopened session's walk by hand, until its run shows
    QString m_name;
    QPointer<CompareWindow> m_compare; // a child window: closed and joined with this one
    std::uint64_t m_runGeneration = 0;
    // The tab showTab() was asked for (--tab, a saved view, a lesson step) until the next run's first
    // snapshot, which would else open a time series on its Signal tab over it (-1: none).
    int m_askedTab = -1;
    bool m_seriesRun = false; // the run shown is a time series' (its snapshots carry a ForecastReadout)
    bool m_translationRun = false; // the run shown is a translation's (task "translate")
};

} // namespace rnnlab
