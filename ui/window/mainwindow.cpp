// SPDX-License-Identifier: MIT
#include "ui/window/mainwindow.h"

#include "app/session/sessionfile.h"
#include "engine/comparison.h"
#include "engine/unicode.h"
#include "ui/common/colormap.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/panels/generationpanel.h"
#include "ui/panels/predictionslog.h"
#include "ui/panels/pytorchpanel.h"
#include "ui/panels/timeline.h"
#include "ui/plots/lossplot.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/teaching/timestepwalker.h"
#include "ui/window/comparemenu.h"
#include "ui/window/figureexport.h"
#include "ui/window/modelpanel.h"
#include "ui/window/sessionactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace rnnlab {

namespace {
//! The speed slider's stops, steps per second; 0 = as fast as possible.
constexpr std::array<double, 12> speeds = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10000, 0};

QString speedText(double stepsPerSecond)
{
    if (stepsPerSecond <= 0)
        return QObject::tr("max");
    return QObject::tr("%1/s").arg(stepsPerSecond);
}

QString rateText(double stepsPerSecond)
{
    if (stepsPerSecond >= 10000)
        return QObject::tr("%1k steps/s").arg(stepsPerSecond / 1000.0, 0, 'f', 0);
    if (stepsPerSecond >= 100)
        return QObject::tr("%1 steps/s").arg(stepsPerSecond, 0, 'f', 0);
    return QObject::tr("%1 steps/s").arg(stepsPerSecond, 0, 'f', 1);
}
} // namespace

MainWindow::MainWindow(bool interactive, QWidget *parent)
    : QMainWindow(parent)
    , m_interactive(interactive)
    , m_controller(new TrainingController(this))
{
    m_sessions = new SessionActions(this, interactive);
    setAcceptDrops(true); // a session file dropped on the window opens
    setWindowIcon(QIcon(QStringLiteral(":/rnnlab/rnnlab.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCentralWidget(createGraphArea());
    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_rateLabel = new QLabel(this));
    statusBar()->showMessage(tr("Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold"));

    connect(m_controller, &TrainingController::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_controller, &TrainingController::problem, this, &MainWindow::onProblem);
    connect(m_controller, &TrainingController::playingChanged, this, [this](bool playing) {
        m_playAction->setText(playing ? tr("Pause") : tr("Play"));
        m_playAction->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        m_playAction->setToolTip(playing ? tr("Pause training (Space)")
                                         : tr("Train continuously at the chosen speed (Space)"));
    });
    connect(m_model, &ModelPanel::applyRequested, this, &MainWindow::onApplyRequested);
    connect(m_generation, &GenerationPanel::generateRequested, m_controller, &TrainingController::generate);
    connect(m_matrices, &MatrixPanel::editRequested, m_controller, &TrainingController::editWeight);

    resize(1280, 800);
    double speed = 10;
    if (m_interactive) {
        QSettings settings;
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        speed = settings.value(QStringLiteral("training/speed"), speed).toDouble();
    }
    setSpeed(speed);
}

MainWindow::~MainWindow()
{
    // The docks outlive this class's part of the object (QWidget deletes its children later):
    // hiding them then must not reach into members that are gone.
    if (m_lessonDock)
        m_lessonDock->toggleViewAction()->disconnect(this);
}

QWidget *MainWindow::createGraphArea()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QWidget(top);
    m_legendBar = bar;
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 0);
    m_textSelector = new QComboBox(bar);
    m_textSelector->setToolTip(tr("Which training text the graph shows"));
    m_textSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_textSelector->setMaximumWidth(320);
    auto *textLabel = new QLabel(tr("&Text:"), bar);
    textLabel->setBuddy(m_textSelector);
    barLayout->addWidget(textLabel);
    barLayout->addWidget(m_textSelector);
    barLayout->addSpacing(12);
    // The matrices' identity colours: the same arrow colour at every time step means the same matrix.
    for (MatrixRole role : {MatrixRole::InputToHidden, MatrixRole::HiddenToHidden, MatrixRole::HiddenToOutput}) {
        auto *legend = new QLabel(bar);
        if (role == MatrixRole::HiddenToOutput)
            m_outputLegend = legend;
        legend->setText(QStringLiteral("<span style='color:%1; font-size:large'>━━</span> <b><i>%2</i></b>")
                            .arg(matrixColor(role).name(), matrixName(role)));
        legend->setToolTip(role == MatrixRole::InputToHidden ? tr("W_xh: input to hidden, the same at every time step")
                               : role == MatrixRole::HiddenToHidden
                               ? tr("W_hh: hidden to hidden, carries memory from t−1 to t")
                               : tr("W_hy: hidden to output"));
        barLayout->addWidget(legend);
    }
    barLayout->addStretch(1);
    layout->addWidget(bar);

    m_graph = new GraphView(top);
    m_graph->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_graph, 1);
    m_timeline = new Timeline(top);
    layout->addWidget(m_timeline);
    connect(m_textSelector, &QComboBox::currentIndexChanged, m_graph, &GraphView::setTextIndex);
    connect(m_timeline, &Timeline::viewRequested, m_controller, &TrainingController::viewStep);
    connect(m_timeline, &Timeline::latestRequested, m_controller, &TrainingController::viewLatest);
    connect(m_timeline, &Timeline::resumeRequested, this, &MainWindow::resumeFromHere);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    m_loss = new LossPlot(m_tabs);
    m_predictions = new PredictionsLog(m_tabs);
    m_generation = new GenerationPanel(m_tabs);
    m_stepByHand = new StepByHandPanel(m_tabs);
    m_tabs->addTab(m_stepByHand, tr("&Step by hand"));
    m_tabs->addTab(m_loss, tr("&Loss and accuracy"));
    m_tabs->addTab(m_predictions, tr("&Predictions per step"));
    m_tabs->addTab(m_generation, tr("&Generate"));
    connect(m_textSelector, &QComboBox::currentIndexChanged, m_stepByHand, &StepByHandPanel::setTextIndex);
    connect(m_stepByHand, &StepByHandPanel::walkOrderChanged, m_graph, &GraphView::setWalkOrder);
    connect(m_stepByHand, &StepByHandPanel::cursorChanged, m_graph, &GraphView::setStepCursor);
    connect(m_stepByHand, &StepByHandPanel::updateRequested, this, [this] {
        m_controller->stepOnce();
        m_matrices->setMode(MatrixPanel::Mode::LastChange); // the update: what it changed
    });
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    // The lower half holds the equations of the walk by hand: it needs room for a 16 × 16 matrix.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 290});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void MainWindow::createDocks()
{
    auto *modelDock = new QDockWidget(tr("Model and data"), this);
    modelDock->setObjectName(QStringLiteral("modelDock"));
    auto *scroll = new QScrollArea(modelDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_model = new ModelPanel(scroll);
    scroll->setWidget(m_model);
    scroll->setMinimumWidth(m_model->minimumSizeHint().width() + 16);
    modelDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, modelDock);

    auto *matrixDock = new QDockWidget(tr("Matrices"), this);
    matrixDock->setObjectName(QStringLiteral("matrixDock"));
    m_matrices = new MatrixPanel(matrixDock);
    matrixDock->setWidget(m_matrices);
    addDockWidget(Qt::RightDockWidgetArea, matrixDock);
    resizeDocks({modelDock, matrixDock}, {250, 280}, Qt::Horizontal);

    // The code behind the picture (View > PyTorch), closed at first: it becomes a tab beside the
    // matrices when opened. (Tabified from the start, even hidden, it kept the window 100 px wider
    // than 1024 in presentation mode.)
    m_pytorchDock = new QDockWidget(tr("PyTorch"), this);
    m_pytorchDock->setObjectName(QStringLiteral("pytorchDock"));
    m_pytorch = new PytorchPanel(m_pytorchDock);
    m_pytorchDock->setWidget(m_pytorch);
    addDockWidget(Qt::RightDockWidgetArea, m_pytorchDock);
    m_pytorchDock->hide();
    connect(m_pytorchDock->toggleViewAction(), &QAction::triggered, this, [this](bool open) {
        if (open)
            showPytorchPanel();
    });
    // The lesson: over the model panel (its settings are what the lesson sets up), closed at first.
    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lesson = new LessonPanel(m_lessonDock);
    m_lessonDock->setWidget(m_lesson);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    tabifyDockWidget(modelDock, m_lessonDock);
    m_lessonDock->hide();
    connect(m_lesson, &LessonPanel::setupRequested, this, &MainWindow::applyLessonSetup);
    connect(m_lesson, &LessonPanel::trainingStepRequested, m_controller, &TrainingController::stepOnce);
    connect(m_lesson, &LessonPanel::outputsHidden, m_graph, &GraphView::setOutputsHidden);
    connect(m_lesson, &LessonPanel::shapeRequested, m_graph, [this](TaskShape shape) { m_graph->setTaskShape(shape); });
    connect(m_lesson, &LessonPanel::revealed, this, [this](PromptKind kind) {
        if (kind == PromptKind::LargestGradient) {
            if (auto *dock = findChild<QDockWidget *>(QStringLiteral("matrixDock")); dock && !m_presentation)
                dock->show();
            m_matrices->setMode(MatrixPanel::Mode::Gradients);
        } else if (kind == PromptKind::NextCharacter && m_stepByHand->cursor()) {
            StepCursor cursor = *m_stepByHand->cursor();
            cursor.phase = Phase::Prediction;
            m_stepByHand->setCursor(cursor);
        }
    });
    connect(m_lessonDock->toggleViewAction(), &QAction::toggled, this, [this](bool open) {
        // Closing the lesson gives the graph its outputs and its own shape back.
        if (!open) {
            m_graph->setOutputsHidden(false);
            m_graph->setTaskShape(std::nullopt);
        }
    });
}

void MainWindow::openLesson(int index)
{
    if (m_lesson->step() < 0 && !confirmDiscard(tr("The lesson")))
        return;
    m_lessonDock->show();
    m_lessonDock->raise();
    m_lesson->setStep(index);
}

void MainWindow::applyLessonSetup(const LessonSetup &setup)
{
    const Session wanted = lessonSession(setup.example);
    const SnapshotPtr s = m_controller->snapshot();
    const bool same = s && s->setup && s->setup->session.model == wanted.model && s->setup->session.data == wanted.data
        && s->setup->session.training == wanted.training && s->stepsTaken == setup.train && !s->viewingHistory
        && s->edits.empty();
    if (!same) {
        m_controller->pause();
        startSession(wanted, setup.example == LessonExample::Sentiment ? tr("sentiment") : QString());
        if (setup.train > 0)
            m_controller->step(int(setup.train));
    }
    m_graph->setFolded(setup.folded, m_interactive);
    m_graph->setTaskShape(setup.shape);
    showTab(setup.tab);
    if (setup.matrices) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("matrixDock"))) {
            if (!m_presentation)
                dock->show();
        }
        m_matrices->setMode(setup.gradients ? MatrixPanel::Mode::Gradients : MatrixPanel::Mode::Weights);
    }
    m_pendingLesson = setup;
    if (s && same)
        onSnapshot(s);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_sessions->addActions(file);
    file->addSeparator();
    FigureExport::populateMenu(file->addMenu(tr("&Export figure")), m_graph, m_matrices);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    m_playAction = training->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"), m_controller,
                                       &TrainingController::togglePlay);
    m_playAction->setShortcut(Qt::Key_Space);
    m_playAction->setToolTip(tr("Train continuously at the chosen speed (Space)"));
    m_stepAction = training->addAction(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("One training &step"),
                                       m_controller, &TrainingController::stepOnce);
    m_stepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_stepAction->setToolTip(tr("One optimizer step: forward, loss, backward through time, update (Ctrl+→)"));
    QAction *resetAction = training->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reset"), this,
                                               &MainWindow::resetTraining);
    resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    resetAction->setToolTip(tr("Back to the initial weights of the seed, step 0 (Ctrl+R)"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo weight edit"), m_controller, &TrainingController::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setToolTip(
        tr("Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)"));
    m_redoAction = edit->addAction(tr("&Redo weight edit"), m_controller, &TrainingController::redo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addSeparator();
    m_whatIfAction = edit->addAction(tr("&What if W_hh = 0?"));
    m_whatIfAction->setCheckable(true);
    m_whatIfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_whatIfAction->setToolTip(tr("Show the network without its memory: the predictions it can still make, and the "
                                  "ones it cannot (training is not affected) (Ctrl+M)"));
    connect(m_whatIfAction, &QAction::toggled, m_controller, &TrainingController::setWhatIfNoMemory);

    // Stepping by hand: the arrow keys belong to the graph and this panel, not to text fields.
    QMenu *walk = menuBar()->addMenu(tr("&Step by hand"));
    const auto walkAction = [&](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        QAction *a = walk->addAction(text, m_stepByHand, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        centralWidget()->addAction(a);
        return a;
    };
    walkAction(tr("Next time step"), QKeySequence(Qt::Key_Right),
               tr("x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)"),
               &StepByHandPanel::nextTimeStep);
    walkAction(tr("Previous time step"), QKeySequence(Qt::Key_Left), tr("Back one time step (←)"),
               &StepByHandPanel::previousTimeStep);
    walkAction(tr("Next phase"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
               tr("One part of the computation further (Shift+→)"), &StepByHandPanel::nextPhase);
    walkAction(tr("Previous phase"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
               tr("One part of the computation back (Shift+←)"), &StepByHandPanel::previousPhase);
    walkAction(tr("Back through time"), QKeySequence(Qt::Key_B),
               tr("The gradient from the last time step back to the first: dL/dh_t and where it fades (B)"),
               &StepByHandPanel::startBackward);
    walkAction(tr("Training step in parts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right),
               tr("Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)"),
               &StepByHandPanel::nextPart);
    walkAction(tr("Leave the walk"), QKeySequence(Qt::Key_Escape), tr("Show the whole pass again (Esc)"),
               &StepByHandPanel::leave);
    walk->addSeparator();
    QAction *layerMajor = walk->addAction(tr("Walk layer by layer"));
    layerMajor->setCheckable(true);
    layerMajor->setShortcut(QKeySequence(Qt::Key_L));
    layerMajor->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    centralWidget()->addAction(layerMajor);
    layerMajor->setToolTip(tr("Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — "
                              "instead of every layer at t, then t+1. The numbers are the same either way (L)"));
    connect(layerMajor, &QAction::toggled, m_stepByHand,
            [this](bool on) { m_stepByHand->setWalkOrder(on ? WalkOrder::LayerMajor : WalkOrder::TimeMajor); });
    connect(m_stepByHand, &StepByHandPanel::walkOrderChanged, layerMajor,
            [layerMajor](WalkOrder order) { layerMajor->setChecked(order == WalkOrder::LayerMajor); });
    for (QAction *a : walk->actions())
        connect(a, &QAction::triggered, this, [this] { showTab(QStringLiteral("step")); });

    menuBar()->addMenu(createCompareMenu(this));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_foldAction = view->addAction(tr("&Fold"), m_graph, &GraphView::toggleFolded);
    m_foldAction->setShortcut(Qt::Key_F);
    m_foldAction->setToolTip(
        tr("Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)"));
    connect(m_graph, &GraphView::foldedChanged, this,
            [this](bool folded) { m_foldAction->setText(folded ? tr("Un&fold") : tr("&Fold")); });
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_graph, &GraphView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setToolTip(tr("Larger cells, same text size (Ctrl++, or Ctrl+wheel)"));
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_graph, &GraphView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Smaller cells, down to fit-to-window (Ctrl+−)"));
    QAction *fit = view->addAction(tr("Fit to &window"), m_graph, &GraphView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setToolTip(tr("Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans"));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    view->addSeparator();
    m_presentationAction = view->addAction(tr("&Presentation mode"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(
        tr("Full screen, large type, only the graph, the equations and the play controls (F11)"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    addAction(m_presentationAction); // F11 works with the menu bar hidden too
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast}) {
        QAction *a = themes->addAction(themeTitle(theme));
        a->setCheckable(true);
        a->setData(themeName(theme));
        a->setChecked(theme == currentTheme());
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme] { setTheme(theme); });
        m_themeActions << a;
    }

    QMenu *lesson = menuBar()->addMenu(tr("&Lesson"));
    QAction *openLessonAction = lesson->addAction(tr("&Open the lesson"), this, [this] {
        if (m_lesson->step() < 0)
            openLesson(0);
        else {
            m_lessonDock->show();
            m_lessonDock->raise();
        }
    });
    openLessonAction->setShortcut(QKeySequence(Qt::Key_F9));
    openLessonAction->setToolTip(tr("The lecture step by step, with the app set up for each step (F9)"));
    QAction *nextStep =
        lesson->addAction(tr("&Next step"), this, [this] { m_lesson->step() < 0 ? openLesson(0) : m_lesson->next(); });
    nextStep->setShortcut(QKeySequence(Qt::Key_PageDown)); // what a presenter's clicker sends
    QAction *previousStep = lesson->addAction(tr("&Previous step"), this,
                                              [this] { m_lesson->step() < 0 ? openLesson(0) : m_lesson->back(); });
    previousStep->setShortcut(QKeySequence(Qt::Key_PageUp));
    for (QAction *a : {openLessonAction, nextStep, previousStep})
        addAction(a); // with the menu bar hidden (presentation) too

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About rnnlab"), this, [this] {
        QMessageBox::about(this, tr("About rnnlab"),
                           tr("<h3>rnnlab %1</h3><p>Recurrent neural networks, shown at work.</p>"
                              "<p>Every number is the one PyTorch 1.13 computes for the same model: the same "
                              "initial weights from the same seed, the same float32 arithmetic, the same Adam.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    auto *toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_playAction);
    toolbar->addAction(m_stepAction);
    toolbar->addAction(resetAction);
    toolbar->addSeparator();
    auto *speedTitle = new QLabel(tr(" Speed "), toolbar);
    m_speed = new QSlider(Qt::Horizontal, toolbar);
    m_speed->setRange(0, int(speeds.size()) - 1);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(150);
    m_speed->setToolTip(tr("From one step per second (to follow along) to as fast as possible"));
    m_speedLabel = new QLabel(toolbar);
    m_speedLabel->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("10000/s ")));
    toolbar->addWidget(speedTitle);
    toolbar->addWidget(m_speed);
    toolbar->addWidget(m_speedLabel);
    connect(m_speed, &QSlider::valueChanged, this, [this](int index) {
        const double speed = speeds[static_cast<std::size_t>(index)];
        m_speedLabel->setText(speedText(speed));
        m_controller->setSpeed(speed);
    });
    toolbar->addSeparator();
    m_stepLabel = new QLabel(toolbar);
    QFont bold = m_stepLabel->font();
    bold.setBold(true);
    m_stepLabel->setFont(bold);
    m_stepLabel->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(QStringLiteral("Step 00000000")));
    toolbar->addWidget(m_stepLabel);
    toolbar->addSeparator();
    toolbar->addAction(m_foldAction);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addAction(zoomIn);
    m_toolbar = toolbar;
    m_zoomActions = {zoomOut, fit, zoomIn};
}

int MainWindow::speedIndex(double stepsPerSecond) const
{
    int best = int(speeds.size()) - 1;
    if (stepsPerSecond > 0) {
        double distance = 1e300;
        for (std::size_t i = 0; i + 1 < speeds.size(); ++i) {
            const double d = std::abs(std::log(speeds[i]) - std::log(stepsPerSecond));
            if (d < distance) {
                distance = d;
                best = int(i);
            }
        }
    }
    return best;
}

void MainWindow::setSpeed(double stepsPerSecond)
{
    const int index = speedIndex(stepsPerSecond);
    if (m_speed->value() == index) {
        m_speedLabel->setText(speedText(speeds[static_cast<std::size_t>(index)]));
        m_controller->setSpeed(speeds[static_cast<std::size_t>(index)]);
    } else {
        m_speed->setValue(index);
    }
}

void MainWindow::startSession(const Session &session, const QString &name, const SavedHistory &history)
{
    m_name = name.isEmpty() ? QString::fromStdString(toUtf8(session.data.texts.front())) : name;
    m_model->setSession(session);
    m_controller->reset(session, history);
    m_textSelector->blockSignals(true);
    m_textSelector->clear();
    for (const auto &text : session.data.texts)
        m_textSelector->addItem(QString::fromStdString(toUtf8(text)).left(48));
    m_textSelector->setCurrentIndex(0);
    m_textSelector->setEnabled(session.data.texts.size() > 1);
    m_textSelector->blockSignals(false);
    m_graph->setTextIndex(0);
    // Without an output layer there is no W_hy: the legend says what the grey arrow means instead.
    m_outputLegend->setText(
        session.model.outputLayer
            ? QStringLiteral("<span style='color:%1; font-size:large'>━━</span> <b><i>W_hy</i></b>")
                  .arg(matrixColor(MatrixRole::HiddenToOutput).name())
            : QStringLiteral("<span style='color:%1; font-size:large'>┅┅</span> <i>y = h (no W_hy)</i>")
                  .arg(palette().color(QPalette::PlaceholderText).name()));
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — rnnlab").arg(m_name));
}

bool MainWindow::confirmDiscard(const QString &what)
{
    const std::int64_t steps = m_controller->stepsTaken();
    if (steps == 0 || !m_interactive)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Start over?"),
        tr("%1 starts over from the seed's initial weights. The model trained for %n step(s) will be discarded "
           "(File ▸ Save session as… keeps it).",
           "", int(std::min<std::int64_t>(steps, 2147483647)))
            .arg(what),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::onApplyRequested(const Session &session)
{
    if (!confirmDiscard(tr("Changing the model or the data")))
        return;
    startSession(session, m_name);
}

void MainWindow::resumeFromHere()
{
    const SnapshotPtr snapshot = m_controller->snapshot();
    if (!snapshot || !snapshot->viewingHistory)
        return;
    if (m_interactive) {
        const auto later = snapshot->headSteps - snapshot->stepsTaken;
        const auto answer = QMessageBox::question(
            this, tr("Resume from step %1?").arg(snapshot->stepsTaken),
            tr("Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… "
               "keeps the latest state).")
                .arg(snapshot->stepsTaken)
                .arg(later),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_controller->resumeFromView();
}

void MainWindow::resetTraining()
{
    if (!confirmDiscard(tr("Reset")))
        return;
    Session session = m_controller->session();
    startSession(session, m_name);
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    if (m_pendingCursor && snapshot->setup && snapshot->generation != m_runGeneration
        && !snapshot->trace.sequences.empty()) {
        // A reopened session's walk by hand, where it was — if it fits this model (else ignored).
        const ModelConfig &model = snapshot->setup->session.model;
        const int textIndex = std::clamp(m_textSelector->currentIndex(), 0, int(snapshot->trace.sequences.size()) - 1);
        const int T = snapshot->trace.sequences[static_cast<std::size_t>(textIndex)].length();
        const StepCursor cursor = *m_pendingCursor;
        m_pendingCursor.reset();
        m_stepByHand->setSnapshot(snapshot);
        if (TimeStepWalker(T, model.numLayers, model.cell).contains(cursor))
            m_stepByHand->setCursor(cursor);
    }
    m_graph->setSnapshot(snapshot);
    m_matrices->setSnapshot(snapshot);
    m_loss->setSnapshot(snapshot);
    m_predictions->setSnapshot(snapshot);
    m_generation->setSnapshot(snapshot);
    m_stepByHand->setSnapshot(snapshot);
    m_timeline->setSnapshot(snapshot);
    m_pytorch->setSnapshot(snapshot);
    m_undoAction->setEnabled(!snapshot->edits.empty());
    m_redoAction->setEnabled(snapshot->canRedo);
    if (m_whatIfAction->isChecked() != snapshot->whatIfNoMemory) {
        QSignalBlocker block(m_whatIfAction);
        m_whatIfAction->setChecked(snapshot->whatIfNoMemory);
    }
    m_stepLabel->setText(snapshot->viewingHistory
                             ? tr("Step %1 of %2").arg(snapshot->stepsTaken).arg(snapshot->headSteps)
                             : tr("Step %1").arg(snapshot->stepsTaken));
    // The network as the graph shows it now (the log and the plot show each step's own pass).
    QString status;
    const Trace<float> &trace = snapshot->trace;
    if (std::isfinite(trace.loss) && trace.targetCount > 0)
        status = tr("now: loss %1 · %2% right")
                     .arg(trace.loss, 0, 'f', 4)
                     .arg(100.0 * trace.correctCount / trace.targetCount, 0, 'f', 0);
    if (snapshot->playing && snapshot->stepsPerSecond > 0)
        status += (status.isEmpty() ? QString() : QStringLiteral(" · ")) + rateText(snapshot->stepsPerSecond);
    m_rateLabel->setText(status);
    m_runGeneration = snapshot->generation;
    m_lesson->setSnapshot(snapshot);
    if (m_pendingLesson && snapshot->setup && snapshot->stepsTaken == m_pendingLesson->train && !snapshot->playing) {
        const Session wanted = lessonSession(m_pendingLesson->example);
        if (snapshot->setup->session.model == wanted.model && snapshot->setup->session.data == wanted.data) {
            // The step's example is there, trained as far as it says: now the walk by hand.
            if (m_pendingLesson->cursor)
                m_stepByHand->setCursor(*m_pendingLesson->cursor);
            else
                m_stepByHand->leave();
            m_pendingLesson.reset();
        }
    }
}

void MainWindow::onProblem(const QString &message)
{
    // The whole message is on the graph and in the dialog; the status bar only points at it.
    statusBar()->showMessage(tr("Training stopped: a step was refused (see the message on the graph)"));
    QMessageBox box(QMessageBox::Warning, tr("Training stopped"), message, QMessageBox::Ok, this);
    box.setInformativeText(tr("Change the settings on the left and press Apply, or Reset to start over."));
    if (m_interactive && isVisible())
        box.exec();
}

bool MainWindow::openFile(const QString &path, bool ask)
{
    return m_sessions->openFile(path, ask);
}

void MainWindow::showPytorchPanel()
{
    auto *matrixDock = findChild<QDockWidget *>(QStringLiteral("matrixDock"));
    if (matrixDock && !matrixDock->isHidden() && !m_pytorchDock->isFloating()
        && tabifiedDockWidgets(matrixDock).isEmpty())
        tabifyDockWidget(matrixDock, m_pytorchDock); // a tab beside the matrices
    m_pytorchDock->show();
    m_pytorchDock->raise();
    // A dock tabified before the window is shown gets its tab only when the layout has run, and
    // raise() does not pick it then: choose the tab itself (the dock tab bars are the window's).
    QTimer::singleShot(0, this, [this] {
        for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == m_pytorchDock->windowTitle())
                    bar->setCurrentIndex(i);
    });
}

void MainWindow::setSessionName(const QString &name)
{
    m_name = name;
    updateTitle();
}

ViewState MainWindow::viewState() const
{
    ViewState view;
    view.folded = m_graph->isFolded();
    view.textIndex = std::max(0, m_textSelector->currentIndex());
    static const QStringList tabs = {QStringLiteral("step"), QStringLiteral("loss"), QStringLiteral("predictions"),
                                     QStringLiteral("generate")};
    view.tab = tabs.value(m_tabs->currentIndex());
    view.whatIfNoMemory = m_whatIfAction->isChecked();
    view.speed = m_controller->speed();
    view.layerMajor = m_stepByHand->walkOrder() == WalkOrder::LayerMajor;
    view.matrices = ViewState::matrixModeNames().value(int(m_matrices->mode()));
    if (const auto &cursor = m_stepByHand->cursor())
        view.cursor = ViewState::Cursor{cursor->t, cursor->layer, TimeStepWalker::name(cursor->phase)};
    return view;
}

void MainWindow::applyViewState(const ViewState &view)
{
    // Presentation only: a value this window cannot place (a text past the last) is left alone.
    m_graph->setFolded(view.folded, false);
    if (view.textIndex >= 0 && view.textIndex < m_textSelector->count())
        m_textSelector->setCurrentIndex(view.textIndex);
    if (!view.tab.isEmpty())
        showTab(view.tab);
    m_whatIfAction->setChecked(view.whatIfNoMemory);
    setSpeed(view.speed);
    m_stepByHand->setWalkOrder(view.layerMajor ? WalkOrder::LayerMajor : WalkOrder::TimeMajor);
    const int mode = int(ViewState::matrixModeNames().indexOf(view.matrices));
    if (mode >= 0)
        m_matrices->setMode(MatrixPanel::Mode(mode));
    // The walk by hand needs the run's first snapshot (its time steps): placed in onSnapshot().
    m_pendingCursor.reset();
    if (view.cursor) {
        if (const auto phase = TimeStepWalker::phaseFromName(view.cursor->phase))
            m_pendingCursor = StepCursor{view.cursor->t, view.cursor->layer, *phase};
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!SessionActions::droppedSession(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = SessionActions::droppedSession(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opened after the drop has finished: a dialog inside the drop would block the source.
    QTimer::singleShot(0, this, [this, path] { m_sessions->openFile(path); });
}

std::vector<Problem> MainWindow::openCompare(const std::vector<Session> &sessions, const QString &title,
                                             const QString &description)
{
    std::vector<Problem> problems = validateForComparison(sessions);
    if (!problems.empty()) {
        QStringList lines;
        for (const Problem &problem : problems)
            lines << QString::fromStdString(problem.toString());
        statusBar()->showMessage(tr("Cannot compare: %1").arg(lines.front()), 10000);
        if (m_interactive)
            QMessageBox::warning(this, tr("Cannot compare these models"), lines.join(QLatin1Char('\n')));
        return problems;
    }
    if (!m_compare) {
        m_compare = new CompareWindow(m_interactive, this);
        m_compare->setAttribute(Qt::WA_DeleteOnClose); // closing it ends its workers (QPointer: null again)
    }
    m_compare->setSessions(sessions, title, description);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return {};
}

CompareWindow *MainWindow::compareWindow() const
{
    return m_compare.data();
}

void MainWindow::showTab(const QString &name)
{
    const QStringList names = {QStringLiteral("step"), QStringLiteral("loss"), QStringLiteral("predictions"),
                               QStringLiteral("generate")};
    if (name == u"pytorch") {
        showPytorchPanel();
        return;
    }
    const int index = int(names.indexOf(name));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The graph is the point: on a small screen the side panels give up width first (a saved
    // layout wins in an interactive session).
    if (!m_interactive || !QSettings().contains(QStringLiteral("window/state"))) {
        const int side = std::clamp(width() / 5, 200, 300);
        QList<QDockWidget *> docks = findChildren<QDockWidget *>();
        resizeDocks(docks, QList<int>(docks.size(), side), Qt::Horizontal);
    }
}

double MainWindow::presentationPointSize(double basePointSize, int height)
{
    // About 1/50 of the screen's height per line: 15 pt at 768 px, 22 pt at 1080 px — type a
    // back row reads — and never smaller than 1.3× the desktop's.
    const double fromHeight = height / 50.0;
    return std::max(basePointSize * 1.3, std::min(fromHeight, basePointSize * 2.6));
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (m_presentationAction->isChecked() != on) {
        QSignalBlocker block(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on) {
        m_statePresented = saveState();
        m_wasFullScreen = isFullScreen();
        m_wasMaximized = isMaximized();
        m_tabBeforePresentation = m_tabs->currentIndex();
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            // The lesson stays: the teacher walks it in front of the class.
            if (dock->objectName() != QStringLiteral("lessonDock"))
                dock->hide();
        }
        menuBar()->hide();
        statusBar()->hide();
        m_timeline->hide();
        // Large type leaves no room for the zoom buttons: Ctrl+−, Ctrl+0, Ctrl++ still work.
        for (QAction *a : m_zoomActions)
            if (QWidget *w = m_toolbar->widgetForAction(a))
                w->hide();
        m_tabs->setCurrentIndex(0); // the walk by hand: the equations
        m_tabs->tabBar()->hide();
        if (auto *splitter = qobject_cast<QSplitter *>(centralWidget())) {
            // The graph is what the room looks at; the equations get the rest.
            m_splitterPresented = splitter->sizes();
            // (Before the window is first shown the sizes are 0: the window's height stands in.)
            const int total = std::max(m_splitterPresented.value(0) + m_splitterPresented.value(1), height() - 60);
            splitter->setSizes({total * 2 / 3, total - total * 2 / 3});
        }
        applyPresentationFont(height());
        if (m_interactive)
            showFullScreen();
    } else {
        setFont(QFont());
        m_graph->setFont(QFont());
        menuBar()->show();
        statusBar()->show();
        m_timeline->show();
        for (QAction *a : m_zoomActions)
            if (QWidget *w = m_toolbar->widgetForAction(a))
                w->show();
        m_tabs->tabBar()->show();
        m_tabs->setCurrentIndex(m_tabBeforePresentation);
        if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()); splitter && m_splitterPresented.size() == 2)
            splitter->setSizes(m_splitterPresented);
        restoreState(m_statePresented);
        if (m_interactive && !m_wasFullScreen)
            m_wasMaximized ? showMaximized() : showNormal();
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_presentation)
        applyPresentationFont(event->size().height());
}

void MainWindow::applyPresentationFont(int height)
{
    QFont big = QApplication::font();
    big.setPointSizeF(presentationPointSize(QApplication::font().pointSizeF(), height));
    if (std::abs(big.pointSizeF() - font().pointSizeF()) <= 0.25)
        return;
    setFont(big);
    // The graph's labels are short and its cells need the room: a little smaller than the rest.
    QFont graph = big;
    graph.setPointSizeF(big.pointSizeF() * 0.8);
    m_graph->setFont(graph);
}

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    for (QAction *a : m_themeActions)
        a->setChecked(a->data().toString() == themeName(theme));
    if (m_interactive)
        QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_sessions->maybeSave(tr("Quitting"))) {
        event->ignore();
        return;
    }
    if (m_interactive) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), m_presentation ? m_statePresented : saveState());
        settings.setValue(QStringLiteral("training/speed"), m_controller->speed());
        m_sessions->removeAutosave(); // saved or discarded on purpose (maybeSave asked)
    }
    m_controller->pause();
    event->accept();
}

} // namespace rnnlab
