// SPDX-License-Identifier: MIT
#include "ui/window/lessoncoordinator.h"

#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDockWidget>

namespace rnnlab {

LessonCoordinator::LessonCoordinator(MainWindow *window, QDockWidget *modelDock, bool interactive,
                                     ConfirmDiscard confirmDiscard)
    : QObject(window)
    , m_window(window)
    , m_interactive(interactive)
    , m_confirmDiscard(std::move(confirmDiscard))
{
    // Over the model panel (its settings are what the lesson sets up), closed at first.
    m_dock = new QDockWidget(tr("Lesson"), window);
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_panel = new LessonPanel(m_dock);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    window->tabifyDockWidget(modelDock, m_dock);
    m_dock->hide();
    GraphView *graph = window->graphView();
    connect(m_panel, &LessonPanel::setupRequested, this, &LessonCoordinator::apply);
    connect(m_panel, &LessonPanel::trainingStepRequested, window->controller(), &TrainingController::stepOnce);
    connect(m_panel, &LessonPanel::outputsHidden, graph, &GraphView::setOutputsHidden);
    connect(m_panel, &LessonPanel::shapeRequested, graph, [graph](TaskShape shape) { graph->setTaskShape(shape); });
    connect(m_panel, &LessonPanel::revealed, this, &LessonCoordinator::revealed);
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, [graph](bool open) {
        // Closing the lesson gives the graph its outputs and its own shape back.
        if (!open) {
            graph->setOutputsHidden(false);
            graph->setTaskShape(std::nullopt);
        }
    });
}

void LessonCoordinator::detach()
{
    m_dock->toggleViewAction()->disconnect(this);
}

void LessonCoordinator::open(int index)
{
    if (m_panel->step() < 0 && !m_confirmDiscard(tr("The lesson")))
        return;
    m_dock->show();
    m_dock->raise();
    m_panel->setStep(index);
}

void LessonCoordinator::show()
{
    if (m_panel->step() < 0) {
        open(0);
    } else {
        m_dock->show();
        m_dock->raise();
    }
}

void LessonCoordinator::next()
{
    m_panel->step() < 0 ? open(0) : m_panel->next();
}

void LessonCoordinator::back()
{
    m_panel->step() < 0 ? open(0) : m_panel->back();
}

void LessonCoordinator::showMatrices()
{
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("matrixDock"));
        dock && !m_window->isPresentationMode())
        dock->show();
}

void LessonCoordinator::revealed(PromptKind kind)
{
    StepByHandPanel *stepByHand = m_window->stepByHand();
    if (kind == PromptKind::LargestGradient) {
        showMatrices();
        m_window->matrixPanel()->setMode(MatrixPanel::Mode::Gradients);
    } else if (kind == PromptKind::NextCharacter && stepByHand->cursor()) {
        StepCursor cursor = *stepByHand->cursor();
        cursor.phase = Phase::Prediction;
        stepByHand->setCursor(cursor);
    }
}

void LessonCoordinator::apply(const LessonSetup &setup)
{
    TrainingController *controller = m_window->controller();
    const Session wanted = lessonSession(setup.example);
    const SnapshotPtr s = controller->snapshot();
    const bool same = s && s->setup && s->setup->session.model == wanted.model && s->setup->session.data == wanted.data
        && s->setup->session.training == wanted.training && s->stepsTaken == setup.train && !s->viewingHistory
        && s->edits.empty();
    if (!same) {
        controller->pause();
        m_window->startSession(wanted,
                               setup.example == LessonExample::Sentiment       ? tr("sentiment")
                                   : setup.example == LessonExample::SineSpike ? tr("sine-spike")
                                                                               : QString());
        if (setup.train > 0)
            controller->step(int(setup.train));
    }
    m_window->graphView()->setFolded(setup.folded, m_interactive);
    m_window->graphView()->setTaskShape(setup.shape);
    m_window->showTab(setup.tab);
    if (setup.matrices) {
        showMatrices();
        m_window->matrixPanel()->setMode(setup.gradients ? MatrixPanel::Mode::Gradients : MatrixPanel::Mode::Weights);
    }
    m_pending = setup;
    if (s && same)
        emit snapshotToShowAgain(s);
}

void LessonCoordinator::showSnapshot(const SnapshotPtr &snapshot)
{
    m_panel->setSnapshot(snapshot);
    if (m_pending && snapshot->setup && snapshot->stepsTaken == m_pending->train && !snapshot->playing) {
        const Session wanted = lessonSession(m_pending->example);
        if (snapshot->setup->session.model == wanted.model && snapshot->setup->session.data == wanted.data) {
            // The step's example is there, trained as far as it says: now the walk by hand.
            if (m_pending->cursor)
                m_window->stepByHand()->setCursor(*m_pending->cursor);
            else
                m_window->stepByHand()->leave();
            m_pending.reset();
        }
    }
}

} // namespace rnnlab
