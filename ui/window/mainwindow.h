// SPDX-License-Identifier: MIT
// rnnlab's window: the graph in the centre, the model and data on the left, the matrices on the
// right, loss / predictions / generation below, and the training controls in the toolbar. It wires
// the views to the TrainingController and keeps nothing but view state itself.
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

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QSlider;
class QTabWidget;
class QToolBar;

namespace rnnlab {

class CompareWindow;
class GenerationPanel;
class GraphView;
class LessonPanel;
class LossPlot;
class MatrixPanel;
class ModelPanel;
class PredictionsLog;
class PytorchPanel;
class SessionActions;
class StepByHandPanel;
class Timeline;
class TrainingController;

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
    //! Shows the bottom tab "step", "loss", "predictions" or "generate".
    void showTab(const QString &name);
    //! Steps per second; 0 = as fast as possible.
    void setSpeed(double stepsPerSecond);
    //! Presentation mode (F11): full screen (when interactive), large type and thick lines, only
    //! the graph, the equations of the walk by hand, the play controls (and the lesson, when it is
    //! open); the configuration panels, menus and the other tabs hidden. Off restores the layout.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    //! Opens the Lesson sidebar at step \a index (0-based) and sets the window up for it.
    void openLesson(int index = 0);
    LessonPanel *lessonPanel() const { return m_lesson; }
    //! The window shows what the current lesson step set up (its example trained as far as the
    //! step says, the walk by hand where it says); true when no lesson is open.
    bool lessonReady() const { return !m_pendingLesson; }
    //! The colour theme of the whole app (remembered when interactive).
    void setTheme(rnnlab::Theme theme);
    //! The font size presentation mode uses for a window of \a height px (points).
    static double presentationPointSize(double basePointSize, int height);
    //! Opens compare mode's window (one, kept beside this one) on  sessions (2 or 3); when they
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
    void resetTraining();
    void applyLessonSetup(const rnnlab::LessonSetup &setup);
    void resumeFromHere();

private:
    void createActions();
    void createDocks();
    QWidget *createGraphArea();
    bool confirmDiscard(const QString &what);
    void updateTitle();
    int speedIndex(double stepsPerSecond) const;
    void applyPresentationFont(int height);

    bool m_interactive;
    bool m_shown = false;
    TrainingController *m_controller = nullptr;
    GraphView *m_graph = nullptr;
    ModelPanel *m_model = nullptr;
    MatrixPanel *m_matrices = nullptr;
    LossPlot *m_loss = nullptr;
    PredictionsLog *m_predictions = nullptr;
    StepByHandPanel *m_stepByHand = nullptr;
    Timeline *m_timeline = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_whatIfAction = nullptr;
    GenerationPanel *m_generation = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_textSelector = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_outputLegend = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_foldAction = nullptr;
    SessionActions *m_sessions = nullptr;
    std::optional<StepCursor> m_pendingCursor; // a reopened session's walk by hand, until its run shows
    PytorchPanel *m_pytorch = nullptr;
    QDockWidget *m_pytorchDock = nullptr;
    LessonPanel *m_lesson = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    std::optional<LessonSetup> m_pendingLesson; // applied, waiting for its snapshot
    QAction *m_presentationAction = nullptr;
    QList<QAction *> m_themeActions;
    QWidget *m_legendBar = nullptr;
    bool m_presentation = false;
    QByteArray m_statePresented; // saveState() before presentation mode
    bool m_wasFullScreen = false;
    bool m_wasMaximized = false;
    int m_tabBeforePresentation = 0;
    QList<int> m_splitterPresented;
    QToolBar *m_toolbar = nullptr;
    QList<QAction *> m_zoomActions;
    QString m_name;
    QPointer<CompareWindow> m_compare; // a child window: closed and joined with this one
    std::uint64_t m_runGeneration = 0;
};

} // namespace rnnlab
