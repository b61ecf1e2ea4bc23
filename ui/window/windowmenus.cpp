// SPDX-License-Identifier: MIT
#include "ui/window/windowmenus.h"

#include "ui/common/motion.h"
#include "ui/common/toolicon.h"
#include "ui/common/trainingcontrols.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/help/helpwindow.h"
#include "ui/memory/memoryview.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/comparemenu.h"
#include "ui/window/figureexport.h"
#include "ui/window/languagemenu.h"
#include "ui/window/lessoncoordinator.h"
#include "ui/window/mainwindow.h"
#include "ui/window/modelpanel.h"
#include "ui/window/sessionactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace rnnlab {

WindowMenus::WindowMenus(MainWindow *window, LessonCoordinator *lesson)
    : QObject(window)
    , m_window(window)
    , m_lesson(lesson)
{
    addFileMenu();
    addTrainingMenu();
    addEditMenu();
    addWalkMenu();
    m_window->menuBar()->addMenu(createCompareMenu(m_window));
    addViewMenu();
    addLessonMenu();
    addHelpMenu();
    addToolBar();
}

void WindowMenus::addFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    m_window->sessionActions()->addActions(file);
    file->addSeparator();
    // A time series from a spreadsheet (issue 15): into Model and data, which shows it before Apply.
    ModelPanel *model = m_window->modelPanel();
    QAction *importCsv = file->addAction(tr("Import series from &CSV…"), model, [this, model] {
        if (auto *dock = qobject_cast<QDockWidget *>(m_window->findChild<QDockWidget *>(QStringLiteral("modelDock")))) {
            dock->show();
            dock->raise();
        }
        model->importSeriesCsv();
    });
    importCsv->setStatusTip(tr("A CSV file's columns as the features of a time series, in Model and data"));
    connect(model, &ModelPanel::message, m_window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    file->addSeparator();
    FigureExport::populateMenu(file->addMenu(tr("&Export figure")), m_window->graphView(), m_window->matrixPanel(),
                               m_window->findChild<MemoryView *>());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void WindowMenus::addTrainingMenu()
{
    QMenu *training = m_window->menuBar()->addMenu(tr("&Training"));
    m_controls =
        new TrainingControls(m_window,
                             {tr("Train continuously at the chosen speed (Space)"), tr("Pause training (Space)"),
                              tr("One optimizer step: forward, loss, backward through time, "
                                 "update (Ctrl+→)"),
                              tr("Back to the initial weights of the seed, step 0 (Ctrl+R)")});
    TrainingController *controller = m_window->controller();
    training->addAction(m_controls->playAction());
    training->addAction(m_controls->stepAction());
    training->addAction(m_controls->resetAction());
    connect(m_controls->playAction(), &QAction::triggered, controller, &TrainingController::togglePlay);
    connect(m_controls->stepAction(), &QAction::triggered, controller, &TrainingController::stepOnce);
    connect(m_controls, &TrainingControls::speedChanged, controller, &TrainingController::setSpeed);
    // Reset asks first: the window connects it (MainWindow::resetTraining).
}

void WindowMenus::addEditMenu()
{
    TrainingController *controller = m_window->controller();
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo weight edit"), controller, &TrainingController::undo);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setToolTip(
        tr("Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)"));
    m_redo = edit->addAction(tr("&Redo weight edit"), controller, &TrainingController::redo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addSeparator();
    m_whatIf = edit->addAction(tr("&What if W_hh = 0?"));
    m_whatIf->setCheckable(true);
    m_whatIf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_whatIf->setToolTip(tr("Show the network without its memory: the predictions it can still make, and the "
                            "ones it cannot (training is not affected) (Ctrl+M)"));
    connect(m_whatIf, &QAction::toggled, controller, &TrainingController::setWhatIfNoMemory);
}

void WindowMenus::addWalkMenu()
{
    // Stepping by hand: the arrow keys belong to the graph and this panel, not to text fields.
    StepByHandPanel *stepByHand = m_window->stepByHand();
    QWidget *central = m_window->centralWidget();
    QMenu *walk = m_window->menuBar()->addMenu(tr("&Step by hand"));
    const auto walkAction = [&](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        QAction *a = walk->addAction(text, stepByHand, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        central->addAction(a);
        return a;
    };
    walkAction(tr("&Later time step"), QKeySequence(Qt::Key_Right),
               tr("One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t "
                  "and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)"),
               &StepByHandPanel::laterTimeStep);
    walkAction(tr("&Earlier time step"), QKeySequence(Qt::Key_Left),
               tr("One time step to the left, in the forward walk and back through time (←)"),
               &StepByHandPanel::earlierTimeStep);
    walkAction(tr("&Next phase"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
               tr("One part of the computation further (Shift+→)"), &StepByHandPanel::nextPhase);
    walkAction(tr("&Previous phase"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
               tr("One part of the computation back (Shift+←)"), &StepByHandPanel::previousPhase);
    walkAction(tr("&Back through time"), QKeySequence(Qt::Key_B),
               tr("The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: "
                  "one time step further back)"),
               &StepByHandPanel::startBackward);
    walkAction(tr("&Training step in parts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right),
               tr("Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)"),
               &StepByHandPanel::nextPart);
    walkAction(tr("Lea&ve the walk"), QKeySequence(Qt::Key_Escape), tr("Show the whole pass again (Esc)"),
               &StepByHandPanel::leave);
    walk->addSeparator();
    QAction *layerMajor = walk->addAction(tr("&Walk layer by layer"));
    layerMajor->setCheckable(true);
    layerMajor->setShortcut(QKeySequence(Qt::Key_L));
    layerMajor->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    central->addAction(layerMajor);
    layerMajor->setToolTip(tr("Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — "
                              "instead of every layer at t, then t+1. The numbers are the same either way (L)"));
    connect(layerMajor, &QAction::toggled, stepByHand,
            [stepByHand](bool on) { stepByHand->setWalkOrder(on ? WalkOrder::LayerMajor : WalkOrder::TimeMajor); });
    connect(stepByHand, &StepByHandPanel::walkOrderChanged, layerMajor,
            [layerMajor](WalkOrder order) { layerMajor->setChecked(order == WalkOrder::LayerMajor); });
    for (QAction *a : walk->actions())
        connect(a, &QAction::triggered, m_window, [this] { m_window->showTab(QStringLiteral("step")); });
}

void WindowMenus::addViewMenu()
{
    GraphView *graph = m_window->graphView();
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    m_fold = view->addAction(tr("&Fold"), graph, &GraphView::toggleFolded);
    m_fold->setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::SHIFT | Qt::Key_F)}); // with Caps Lock, or "F"
    m_fold->setToolTip(tr("Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)"));
    connect(graph, &GraphView::foldedChanged, this,
            [this](bool folded) { m_fold->setText(folded ? tr("Un&fold") : tr("&Fold")); });
    view->addSeparator();
    QAction *zoomIn =
        view->addAction(ToolIcon::icon(ToolIcon::Kind::ZoomIn), tr("Zoom &in"), graph, &GraphView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setToolTip(tr("Larger cells, same text size (Ctrl++, or Ctrl+wheel)"));
    QAction *zoomOut =
        view->addAction(ToolIcon::icon(ToolIcon::Kind::ZoomOut), tr("Zoom &out"), graph, &GraphView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Smaller cells, down to fit-to-window (Ctrl+−)"));
    QAction *fit =
        view->addAction(ToolIcon::icon(ToolIcon::Kind::ZoomFit), tr("Fit to &window"), graph, &GraphView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setToolTip(tr("Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans"));
    m_zoom = {zoomOut, fit, zoomIn};
    view->addSeparator();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    view->addSeparator();
    m_presentation = view->addAction(tr("&Presentation mode"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentation->setToolTip(
        tr("Full screen, large type, only the graph, the equations and the play controls (F11)"));
    connect(m_presentation, &QAction::toggled, m_window, &MainWindow::setPresentationMode);
    m_window->addAction(m_presentation); // F11 works with the menu bar hidden too
    m_reduceMotion = view->addAction(tr("Reduce &motion"));
    m_reduceMotion->setObjectName(QStringLiteral("reduceMotion"));
    m_reduceMotion->setCheckable(true);
    m_reduceMotion->setChecked(reducedMotion());
    m_reduceMotion->setToolTip(tr("Fold and unfold at once, without the animation; no animated menus or docks. "
                                  "Training and the walk by hand still play, one step at a time"));
    connect(m_reduceMotion, &QAction::triggered, m_window, &MainWindow::setReduceMotion);
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(m_window);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast}) {
        QAction *a = themes->addAction(themeTitle(theme));
        a->setCheckable(true);
        a->setData(themeName(theme));
        a->setChecked(theme == currentTheme());
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, m_window, [this, theme] { m_window->setTheme(theme); });
        m_themes << a;
    }
    LanguageMenu::populate(view->addMenu(tr("&Language")), m_window);
}

void WindowMenus::addLessonMenu()
{
    QMenu *lesson = m_window->menuBar()->addMenu(tr("&Lesson"));
    QAction *open = lesson->addAction(tr("&Open the lesson"), m_lesson, &LessonCoordinator::show);
    open->setShortcut(QKeySequence(Qt::Key_F9));
    open->setToolTip(tr("The lecture step by step, with the app set up for each step (F9)"));
    QAction *next = lesson->addAction(tr("&Next step"), m_lesson, &LessonCoordinator::next);
    next->setShortcut(QKeySequence(Qt::Key_PageDown)); // what a presenter's clicker sends
    QAction *previous = lesson->addAction(tr("&Previous step"), m_lesson, &LessonCoordinator::back);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    for (QAction *a : {open, next, previous})
        m_window->addAction(a); // with the menu bar hidden (presentation) too
}

void WindowMenus::addHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *handbook =
        help->addAction(tr("rnnlab &Handbook"), m_window, [this] { HelpWindow::showHandbook(m_window); });
    handbook->setShortcut(QKeySequence(Qt::Key_F1));
    handbook->setToolTip(tr("The tour of the window, the walk by hand and the classroom tools (F1)"));
    m_window->addAction(handbook); // F1 works with the menu bar hidden (presentation) too
    help->addAction(tr("&Notation"), m_window,
                    [this] { HelpWindow::showHandbook(m_window, QStringLiteral("Notation")); })
        ->setToolTip(tr("The lecture's symbols, PyTorch's names and rnnlab's, side by side"));
    help->addAction(tr("&Keyboard Shortcuts"), m_window, [this] { HelpWindow::showShortcuts(m_window); });
    help->addSeparator();
    help->addAction(tr("&About rnnlab"), m_window, [this] {
        QMessageBox::about(
            m_window, tr("About rnnlab"),
            tr("<h3>rnnlab %1</h3><p>Recurrent neural networks, shown at work.</p>"
               "<p>Its numbers are the ones PyTorch 1.13 computes for the same model: the same "
               "initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the "
               "forward pass, the losses and the gradients in float32, to its last digits (losses "
               "within 10<sup>−6</sup> over the first ten steps).</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void WindowMenus::addToolBar()
{
    m_toolbar = m_window->addToolBar(tr("Training"));
    m_toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_controls->playAction());
    m_toolbar->addAction(m_controls->stepAction());
    m_toolbar->addAction(m_controls->resetAction());
    m_toolbar->addSeparator();
    m_controls->addSpeedControl(m_toolbar, 110);
    m_toolbar->addSeparator();
    m_stepLabel = m_controls->addStepLabel(m_toolbar);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_fold);
    TrainingControls::showWithoutMnemonicInToolBars(m_fold);
    // The zoom buttons as icons (their names in the tooltips and the View menu): so that every
    // button fits beside the others at 1024×768, presentation mode's large type included.
    for (QAction *a : m_zoom) {
        m_toolbar->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void WindowMenus::showTheme(Theme theme)
{
    for (QAction *a : m_themes)
        a->setChecked(a->data().toString() == themeName(theme));
}

} // namespace rnnlab
