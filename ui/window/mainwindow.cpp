// SPDX-License-Identifier: MIT
#include "ui/window/mainwindow.h"

#include "app/session/problemtext.h"
#include "app/session/sessionfile.h"
#include "engine/comparison.h"
#include "engine/unicode.h"
#include "ui/common/colorscales.h"
#include "ui/common/errornumber.h"
#include "ui/common/motion.h"
#include "ui/common/readernumber.h"
#include "ui/common/snapshotview.h"
#include "ui/common/trainingcontrols.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/graph/translationgraph.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/memory/memoryview.h"
#include "ui/panels/generationpanel.h"
#include "ui/panels/pytorchpanel.h"
#include "ui/panels/timeline.h"
#include "ui/plots/signalplot.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/teaching/timestepwalker.h"
#include "ui/window/accessibility.h"
#include "ui/window/graphbar.h"
#include "ui/window/lessoncoordinator.h"
#include "ui/window/modelpanel.h"
#include "ui/window/presentationmode.h"
#include "ui/window/sessionactions.h"
#include "ui/window/tasknotice.h"
#include "ui/window/viewspec.h"
#include "ui/window/windowmenus.h"
#include "ui/window/windowroom.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace rnnlab {

namespace {
QString rateText(double stepsPerSecond)
{
    if (stepsPerSecond >= 10000)
        return QObject::tr("%1k steps/s").arg(ReaderNumber::fixed(stepsPerSecond / 1000.0, 0));
    if (stepsPerSecond >= 100)
        return QObject::tr("%1 steps/s").arg(ReaderNumber::fixed(stepsPerSecond, 0));
    return QObject::tr("%1 steps/s").arg(ReaderNumber::fixed(stepsPerSecond, 1));
}
} // namespace

MainWindow::MainWindow(bool interactive, QWidget *parent)
    : QMainWindow(parent)
    , m_interactive(interactive)
    , m_controller(new TrainingController(this))
{
    Accessibility::install(); // before the views: their interfaces and names as they appear
    m_sessions = new SessionActions(this, interactive);
    setAcceptDrops(true); // a session file dropped on the window opens
    setWindowIcon(QIcon(QStringLiteral(":/rnnlab/rnnlab.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAnimated(!reducedMotion()); // the docks slide aside unless View ▸ Reduce motion is on
    setCentralWidget(createGraphArea());
    createDocks();
    m_menus = new WindowMenus(this, m_lesson);
    m_presentation = new PresentationMode(this, m_tabs, m_graph, m_timeline, m_menus, interactive);
    TrainingControls *controls = m_menus->trainingControls();
    connect(controls->resetAction(), &QAction::triggered, this, &MainWindow::resetTraining);
    statusBar()->addPermanentWidget(m_rateLabel = new QLabel(this));
    statusBar()->showMessage(tr("Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold"));

    connect(m_controller, &TrainingController::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_controller, &TrainingController::problem, this, &MainWindow::onProblem);
    connect(m_controller, &TrainingController::playingChanged, controls, &TrainingControls::setPlaying);
    connect(m_lesson, &LessonCoordinator::snapshotToShowAgain, this, &MainWindow::onSnapshot);
    connect(m_model, &ModelPanel::applyRequested, this, &MainWindow::onApplyRequested);
    connect(m_generation, &GenerationPanel::generateRequested, m_controller, &TrainingController::generate);
    // The one-to-many picture generates as the Generate tab says: greedy, or its temperature and seed.
    connect(m_generation, &GenerationPanel::samplingChanged, m_controller, &TrainingController::setFreeRun);
    connect(m_matrices, &MatrixPanel::editRequested, this, &MainWindow::onEditRequested);

    resize(1280, 800);
    double speed = 10;
    if (m_interactive) {
        QSettings settings;
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        // The lesson does not reopen with the window (it would replace the model): a Lesson dock
        // saved open would come back empty.
        if (auto *lessonDock = findChild<QDockWidget *>(QStringLiteral("lessonDock"));
            lessonDock && lessonPanel()->step() < 0)
            lessonDock->hide();
        speed = settings.value(QStringLiteral("training/speed"), speed).toDouble();
    }
    setSpeed(speed);
}

MainWindow::~MainWindow()
{
    // The docks outlive this class's part of the object (QWidget deletes its children later):
    // hiding them then must not reach into members that are gone.
    if (m_lesson)
        m_lesson->detach();
}

MainWindow::View MainWindow::makeView(const ViewSpec &spec, QWidget *parent)
{
    QWidget *widget = spec.create(parent);
    return {spec.id, widget, dynamic_cast<SnapshotView *>(widget), nullptr, QString(), QString()};
}

void MainWindow::addNotice(View &view)
{
    view.seriesNotice = characterOnlyNotice(view.id);
    view.translationNotice = translationNotice(view.id);
    if (!view.seriesNotice.isEmpty() || !view.translationNotice.isEmpty())
        view.notice = new TaskNotice(view.widget, view.seriesNotice);
}

bool MainWindow::noticeShown(const View &view) const
{
    return (m_seriesRun && !view.seriesNotice.isEmpty()) || (m_translationRun && !view.translationNotice.isEmpty());
}

template<class T>
T *MainWindow::view(const QString &id) const
{
    for (const View &v : m_views) {
        if (v.id == id)
            return qobject_cast<T *>(v.widget);
    }
    return nullptr;
}

QWidget *MainWindow::createGraphArea()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_bar = new GraphBar(top);
    layout->addWidget(m_bar);

    // The graph and the strip under it, then the tabs below, as mainWindowViews() lists them.
    const std::vector<ViewSpec> &specs = mainWindowViews();
    m_views.resize(specs.size());
    for (ViewSpec::Place place : {ViewSpec::Place::Graph, ViewSpec::Place::UnderGraph}) {
        for (std::size_t i = 0; i < specs.size(); ++i) {
            if (specs[i].place != place)
                continue;
            m_views[i] = makeView(specs[i], top);
            layout->addWidget(m_views[i].widget, place == ViewSpec::Place::Graph ? 1 : 0);
            addNotice(m_views[i]);
        }
    }
    m_graph = view<GraphView>(QStringLiteral("graph"));
    m_translationGraph = view<TranslationGraph>(QStringLiteral("translation"));
    m_translationGraph->hide(); // a translation's (fitTabsToTask)
    connect(m_bar, &GraphBar::textIndexChanged, m_translationGraph, &TranslationGraph::setPairIndex);
    connect(m_bar, &GraphBar::greedyChanged, m_translationGraph, &TranslationGraph::setGreedy);
    m_timeline = view<Timeline>(QStringLiteral("timeline"));
    connect(m_bar, &GraphBar::textIndexChanged, m_graph, &GraphView::setTextIndex);
    connect(m_timeline, &Timeline::viewRequested, m_controller, &TrainingController::viewStep);
    connect(m_timeline, &Timeline::latestRequested, m_controller, &TrainingController::viewLatest);
    connect(m_timeline, &Timeline::resumeRequested, this, &MainWindow::resumeFromHere);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].place != ViewSpec::Place::Tab)
            continue;
        m_views[i] = makeView(specs[i], m_tabs);
        m_tabs->addTab(m_views[i].widget, specs[i].title);
        m_tabIds << specs[i].id;
        addNotice(m_views[i]);
    }
    // The Signal tab is a time series' (fitTabsToTask shows it for one).
    m_tabs->setTabVisible(int(m_tabIds.indexOf(QStringLiteral("signal"))), false);
    connect(view<SignalPlot>(QStringLiteral("signal")), &SignalPlot::forecastLengthChanged, m_controller,
            &TrainingController::setForecastLength);
    m_stepByHand = view<StepByHandPanel>(QStringLiteral("step"));
    m_generation = view<GenerationPanel>(QStringLiteral("generate"));
    connect(m_bar, &GraphBar::textIndexChanged, m_stepByHand, &StepByHandPanel::setTextIndex);
    connect(m_stepByHand, &StepByHandPanel::walkOrderChanged, m_graph, &GraphView::setWalkOrder);
    connect(m_stepByHand, &StepByHandPanel::cursorChanged, m_graph, &GraphView::setStepCursor);
    connect(m_stepByHand, &StepByHandPanel::cursorChanged, m_translationGraph, &TranslationGraph::setStepCursor);
    connect(m_stepByHand, &StepByHandPanel::cursorChanged, view<MemoryView>(QStringLiteral("memory")),
            &MemoryView::setStepCursor);
    connect(m_bar, &GraphBar::textIndexChanged, view<MemoryView>(QStringLiteral("memory")), &MemoryView::setTextIndex);
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
    m_room = new WindowRoom(this, splitter, m_graph);
    m_room->watchSignal(m_tabs, view<SignalPlot>(QStringLiteral("signal")));
    // The graph (and the walk by hand) and the Signal tab show the same series once the reader
    // picks one in either (both list the training series, then the test series): a student looked
    // for the test series' spike in the graph, which drew the training series.
    auto *signalPlot = view<SignalPlot>(QStringLiteral("signal"));
    connect(signalPlot, &SignalPlot::seriesChoiceChanged, this, [this](int index) {
        if (m_seriesRun && index >= 0 && index < m_bar->textCount())
            m_bar->setTextIndex(index);
    });
    connect(m_bar, &GraphBar::textIndexChanged, signalPlot, [this, signalPlot](int index) {
        if (m_seriesRun)
            signalPlot->setSeriesChoice(index);
    });
    // The graph marks the test series' steps the Signal tab flags (issue 15): the tab owns the
    // threshold and its rule (editable), the graph takes the number and asks the snapshot's
    // readout which steps are above it.
    connect(signalPlot, &SignalPlot::thresholdChanged, m_graph, &GraphView::setAnomalyThreshold);
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

    const std::vector<ViewSpec> &specs = mainWindowViews();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].place != ViewSpec::Place::RightDock)
            continue;
        auto *dock = new QDockWidget(specs[i].title, this);
        dock->setObjectName(specs[i].id + QStringLiteral("Dock"));
        // In a scroll area: what the panel shows (a legend's "×10⁻²", a longer caption after
        // training) must not widen the window while it is in use; the dock scrolls instead.
        auto *scroll = new QScrollArea(dock);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panels scroll their own content
        m_views[i] = makeView(specs[i], scroll);
        scroll->setWidget(m_views[i].widget);
        dock->setWidget(scroll);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        if (!specs[i].closedAtFirst) {
            resizeDocks({modelDock, dock}, {250, 280}, Qt::Horizontal);
            continue;
        }
        // Closed at first: a tab beside the matrices when opened. (Tabified from the start, even
        // hidden, the PyTorch dock kept the window 100 px wider than 1024 in presentation mode.)
        dock->hide();
        connect(dock->toggleViewAction(), &QAction::triggered, this, [this, dock](bool open) {
            if (open)
                showBesideMatrices(dock);
        });
    }
    m_matrices = view<MatrixPanel>(QStringLiteral("matrix"));
    m_pytorch = view<PytorchPanel>(QStringLiteral("pytorch"));
    m_pytorchDock = findChild<QDockWidget *>(QStringLiteral("pytorchDock"));
    m_lesson = new LessonCoordinator(this, modelDock, m_interactive,
                                     [this](const QString &what) { return confirmDiscard(what); });
}

void MainWindow::openLesson(int index)
{
    m_lesson->open(index);
}

LessonPanel *MainWindow::lessonPanel() const
{
    return m_lesson->panel();
}

bool MainWindow::lessonReady() const
{
    return m_lesson->isReady();
}

void MainWindow::setSpeed(double stepsPerSecond)
{
    m_menus->trainingControls()->setSpeed(stepsPerSecond);
}

void MainWindow::startSession(const Session &session, const QString &name, const SavedHistory &history)
{
    m_name = name.isEmpty() && !session.data.texts.empty() ? QString::fromStdString(toUtf8(session.data.texts.front()))
        : name.isEmpty()                                   ? tr("time series")
                                                           : name;
    m_model->setSession(session);
    m_controller->reset(session, history);
    m_bar->setSession(session);
    // The bar's first choice (a time series' test series, as the Signal tab's) for every view that
    // follows it: setSession chose it without a signal.
    const int shown = std::max(0, m_bar->textIndex());
    m_graph->setTextIndex(shown);
    m_stepByHand->setTextIndex(shown);
    view<MemoryView>(QStringLiteral("memory"))->setTextIndex(shown);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — rnnlab").arg(m_name)); // [*]: unsaved work (SessionActions)
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

void MainWindow::placePendingCursor(const SnapshotPtr &snapshot)
{
    if (!m_pendingCursor || !snapshot->setup || snapshot->generation == m_runGeneration
        || snapshot->trace.sequences.empty())
        return;
    // A reopened session's walk by hand, where it was — if it fits this model (else ignored).
    const StepCursor cursor = *m_pendingCursor;
    m_pendingCursor.reset();
    m_stepByHand->setSnapshot(snapshot);
    if (m_stepByHand->walker().contains(cursor)) // (an encoder–decoder's walk too)
        m_stepByHand->setCursor(cursor);
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    placePendingCursor(snapshot);
    const ColorScales scales = ColorScales::of(*snapshot);
    const bool newRun = snapshot->generation != m_runGeneration;
    fitTabsToTask(snapshot);
    for (const View &view : m_views) {
        // A view that cannot show the run's task gets no snapshot of it: its notice says so instead.
        if (!noticeShown(view))
            view.view->showSnapshot(snapshot, scales);
    }
    // A new run (opened, reset, a saved view applied) shows one series in the graph and the Signal
    // tab: the tab picks its own first choice as its list fills, the bar's wins.
    if (newRun && m_seriesRun && m_bar->textIndex() >= 0)
        view<SignalPlot>(QStringLiteral("signal"))->setSeriesChoice(m_bar->textIndex());
    updateStatus(snapshot);
    m_room->setPaused(m_presentation->isOn());
    m_room->fitGraphHeight(snapshot->setup.get());
    m_room->fitSignalShare();
    m_runGeneration = snapshot->generation;
    m_lesson->showSnapshot(snapshot);
}

void MainWindow::fitTabsToTask(const SnapshotPtr &snapshot)
{
    const bool series = snapshot->forecast != nullptr;
    const bool translation = snapshot->setup && snapshot->setup->task->kind() == TaskKind::Translate;
    const bool newRun = snapshot->generation != m_runGeneration;
    if (series == m_seriesRun && translation == m_translationRun && !newRun)
        return;
    m_seriesRun = series;
    m_translationRun = translation;
    for (const View &view : m_views) {
        if (!view.notice)
            continue;
        view.notice->setText(translation ? view.translationNotice : view.seriesNotice);
        view.notice->setVisible(noticeShown(view));
    }
    // A translation's graph stands in the graph's place.
    m_graph->setVisible(!translation);
    m_translationGraph->setVisible(translation);
    const int signal = int(m_tabIds.indexOf(QStringLiteral("signal")));
    m_tabs->setTabVisible(signal, series);
    // A time series' loss plot shows its mean absolute error beside the loss, not an accuracy.
    m_tabs->setTabText(int(m_tabIds.indexOf(QStringLiteral("loss"))),
                       series ? tr("Loss and error") : tr("Loss and accuracy"));
    // A new time series opens on its signal, unless the reader chose a tab that shows it already.
    const QString current = m_tabIds.value(m_tabs->currentIndex());
    // (The walk by hand shows a series too, but opens on it only when a walk is placed there.)
    const bool walking = current == u"step" && (m_stepByHand->cursor() || m_pendingCursor);
    // A tab asked for by name (rnnlab --tab predictions) stays, its notice saying where to look.
    const bool asked = newRun && m_askedTab >= 0 && m_askedTab == m_tabs->currentIndex();
    if (newRun)
        m_askedTab = -1;
    if (asked && (series || current != u"signal"))
        return;
    if (series && newRun && (current == u"step" ? !walking : !characterOnlyNotice(current).isEmpty()))
        m_tabs->setCurrentIndex(signal);
    else if (translation && newRun && !translationNotice(current).isEmpty())
        m_tabs->setCurrentIndex(int(m_tabIds.indexOf(QStringLiteral("predictions")))); // its translations
    else if (!series && current == u"signal")
        m_tabs->setCurrentIndex(0);
}

QString MainWindow::presentationTab() const
{
    // A time series' own picture is its signal, unless the teacher is walking it by hand.
    return m_seriesRun && !m_stepByHand->cursor() ? QStringLiteral("signal") : QStringLiteral("step");
}

void MainWindow::updateStatus(const SnapshotPtr &snapshot)
{
    m_menus->undoAction()->setEnabled(!snapshot->edits.empty());
    m_menus->redoAction()->setEnabled(snapshot->canRedo);
    QAction *whatIf = m_menus->whatIfAction();
    if (whatIf->isChecked() != snapshot->whatIfNoMemory) {
        QSignalBlocker block(whatIf);
        whatIf->setChecked(snapshot->whatIfNoMemory);
    }
    m_menus->stepLabel()->setText(snapshot->viewingHistory
                                      ? tr("Step %1 of %2").arg(snapshot->stepsTaken).arg(snapshot->headSteps)
                                      : tr("Step %1").arg(snapshot->stepsTaken));
    // The network as the graph shows it now (the log and the plot show each step's own pass).
    QString status;
    const Trace<float> &trace = snapshot->trace;
    if (std::isfinite(trace.loss) && trace.targetCount > 0 && snapshot->forecast)
        status = tr("now: loss (MSE) %1 · %2 %3")
                     .arg(ErrorNumber::text(trace.loss), QString::fromStdString(snapshot->setup->task->metricName()),
                          ErrorNumber::text(snapshot->setup->task->metric(trace)));
    else if (std::isfinite(trace.loss) && trace.targetCount > 0)
        status = tr("now: loss %1 · %2% right")
                     .arg(ReaderNumber::fixed(trace.loss, 4))
                     .arg(ReaderNumber::fixed(100.0 * trace.correctCount / trace.targetCount, 0));
    if (snapshot->playing && snapshot->stepsPerSecond > 0)
        status += (status.isEmpty() ? QString() : QStringLiteral(" · ")) + rateText(snapshot->stepsPerSecond);
    m_rateLabel->setText(status);
}

void MainWindow::onEditRequested(int tensor, qulonglong index, float value)
{
    const SnapshotPtr snapshot = m_controller->snapshot();
    if (!snapshot || !snapshot->viewingHistory) {
        m_controller->editWeight(tensor, index, value);
        return;
    }
    // A past step is only looked at: its weights are what training made of them, and an edit there
    // would change the steps after it. Said, not dropped without a word.
    const QString message = tr("The edit was not applied: step %1 of %2 is shown from the run's history. Resume "
                               "from here (discards the later steps) or go to the latest step to edit the weights.")
                                .arg(snapshot->stepsTaken)
                                .arg(snapshot->headSteps);
    statusBar()->showMessage(message, 15000);
    if (m_interactive)
        QMessageBox::information(this, tr("Weights of a past step"), message);
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
    showBesideMatrices(m_pytorchDock);
}

void MainWindow::showBesideMatrices(QDockWidget *dock)
{
    auto *matrixDock = findChild<QDockWidget *>(QStringLiteral("matrixDock"));
    if (matrixDock && !matrixDock->isHidden() && !dock->isFloating() && tabifiedDockWidgets(matrixDock).isEmpty())
        tabifyDockWidget(matrixDock, dock); // a tab beside the matrices
    dock->show();
    dock->raise();
    // A dock tabified before the window is shown gets its tab only when the layout has run, and
    // raise() does not pick it then: choose the tab itself (the dock tab bars are the window's).
    QTimer::singleShot(0, this, [this, dock] {
        for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == dock->windowTitle())
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
    view.textIndex = std::max(0, m_bar->textIndex());
    view.tab = m_tabIds.value(m_tabs->currentIndex());
    view.whatIfNoMemory = m_menus->whatIfAction()->isChecked();
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
    if (view.textIndex >= 0 && view.textIndex < m_bar->textCount())
        m_bar->setTextIndex(view.textIndex);
    if (!view.tab.isEmpty())
        showTab(view.tab);
    m_menus->whatIfAction()->setChecked(view.whatIfNoMemory);
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
            lines << ProblemText::text(problem);
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

void MainWindow::showTab(const QString &name, bool kept)
{
    if (name == u"pytorch") {
        showPytorchPanel();
        return;
    }
    // The Memory tab's two pages: "memory" its first, "memory-units" units over the text.
    const bool units = name == u"memory-units";
    const int index = int(m_tabIds.indexOf(units ? QStringLiteral("memory") : name));
    if (index >= 0) {
        m_tabs->setCurrentIndex(index);
        m_askedTab = kept ? index : -1;
    }
    if (name == u"memory" || units)
        view<MemoryView>(QStringLiteral("memory"))
            ->showPage(units ? MemoryView::Page::Units : MemoryView::Page::InfluenceAndPath);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The graph is the point: on a small screen the side panels give up width first (a saved
    // layout wins in an interactive session).
    m_room->arrangeDocks(m_interactive && QSettings().contains(QStringLiteral("window/state")));
}

double MainWindow::presentationPointSize(double basePointSize, int height)
{
    return PresentationMode::pointSize(basePointSize, height);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation->setOn(on);
    m_room->setPaused(on);
    m_room->fitSignalShare(); // a time series' Signal tab keeps its share of the height
}

bool MainWindow::isPresentationMode() const
{
    return m_presentation->isOn();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_presentation->resized(event->size().height());
}

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    m_menus->showTheme(theme);
    if (m_interactive)
        QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
}

void MainWindow::setReduceMotion(bool on)
{
    setReducedMotion(on);
    m_menus->reduceMotionAction()->setChecked(on);
    if (m_interactive)
        saveReducedMotion(on);
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
        settings.setValue(QStringLiteral("window/state"), m_presentation->windowState());
        settings.setValue(QStringLiteral("training/speed"), m_controller->speed());
        m_sessions->removeAutosave(); // saved or discarded on purpose (maybeSave asked)
    }
    m_controller->pause();
    event->accept();
}

} // namespace rnnlab
