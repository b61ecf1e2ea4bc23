// SPDX-License-Identifier: MIT
// Compare mode as a user meets it (offscreen): the "1 layer vs 2 layers on hello" preset shows both
// graphs, both loss curves and the table, and every model's losses — in the curves, the history and
// the table — are the very numbers the engine's Trainer (what rnnlab-cli train runs) gives for its
// session alone, in lock step and free-running; playing in lock step shows every model at the same
// step; the RNN vs LSTM vs GRU preset adds the gradient reaching back through time; sessions that
// cannot be compared are refused with the engine's message and change nothing; the main window's
// Compare menu opens the presets; an edited model restarts every model from step 0.
#include "engine/comparison.h"
#include "engine/memoryanalysis.h"
#include "engine/trainer.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/comparetablemodel.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/plots/compareplot.h"
#include "ui/plots/gradientcomparisonplot.h"
#include "ui/plots/memorycomparisonplot.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace rnnlab;

namespace {

//! Every model's loss per step when trained alone by the engine (rnnlab-cli train's numbers).
std::vector<std::vector<float>> trainAlone(const std::vector<Session> &sessions, int steps)
{
    std::vector<std::vector<float>> losses;
    for (const Session &session : sessions) {
        Trainer trainer(session);
        std::vector<float> loss;
        for (int i = 0; i < steps; ++i) {
            const StepOutcome outcome = trainer.step();
            if (!outcome.accepted)
                break;
            loss.push_back(outcome.loss);
        }
        losses.push_back(std::move(loss));
    }
    return losses;
}

bool allAt(const CompareController *controller, std::int64_t step)
{
    const auto &snapshots = controller->snapshots();
    return !snapshots.empty() && std::all_of(snapshots.begin(), snapshots.end(), [step](const SnapshotPtr &s) {
        return s && s->stepsTaken == step && !s->playing;
    });
}

QString cellText(const CompareWindow &window, int row, int column, int role = Qt::DisplayRole)
{
    const QAbstractItemModel *model = window.tableView()->model();
    return model->data(model->index(row, column), role).toString();
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layersPresetEqualsTrainer_data();
    void layersPresetEqualsTrainer();
    void lockStepPlaysTogether();
    void cellsPresetShowsTheGradientThroughTime();
    void cellsPresetShowsHowFarBackEachLooks();
    void incomparableSessionsRefused();
    void editedModelRestartsEveryModel();
    void mainWindowCompareMenu();
};

void TestCompareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
}

void TestCompareWindow::layersPresetEqualsTrainer_data()
{
    QTest::addColumn<bool>("lockStep");
    QTest::addColumn<int>("steps");
    QTest::newRow("lock step, 25 steps") << true << 25;
    QTest::newRow("free-running, 40 steps") << false << 40;
}

void TestCompareWindow::layersPresetEqualsTrainer()
{
    QFETCH(bool, lockStep);
    QFETCH(int, steps);
    CompareWindow window(false);
    QVERIFY(window.loadPreset(QStringLiteral("layers")));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CompareController *controller = window.controller();
    const std::vector<Session> sessions = controller->sessions();
    QCOMPARE(sessions.size(), std::size_t(2));
    QCOMPARE(sessions[0].model.numLayers, 1);
    QCOMPARE(sessions[1].model.numLayers, 2);
    controller->setLockStep(lockStep);
    QCOMPARE(controller->isLockStep(), lockStep);
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 0), 10000);

    controller->step(steps);
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, steps), 30000);
    controller->poll();
    QCoreApplication::processEvents();

    const auto expected = trainAlone(sessions, steps);
    QCOMPARE(window.panelCount(), 2);
    QCOMPARE(window.lossPlot()->curveCount(), 2);
    QCOMPARE(window.accuracyPlot()->curveCount(), 2);
    QCOMPARE(window.tableModel()->rowCount(), 2);
    for (int m = 0; m < 2; ++m) {
        const auto i = static_cast<std::size_t>(m);
        QCOMPARE(int(expected[i].size()), steps);
        // Both graphs show their model after the steps.
        const SnapshotPtr shown = controller->snapshots()[i];
        QVERIFY(window.panel(m)->graphView()->isVisible());
        QCOMPARE(window.panel(m)->graphView()->snapshot(), shown);
        // The history, step for step, bit for bit.
        QCOMPARE(shown->history.size(), std::int64_t(steps));
        for (int s = 0; s < steps; ++s) {
            const HistoryEntry &entry = shown->history.at(s);
            QCOMPARE(entry.step, std::int64_t(s + 1));
            QVERIFY2(entry.loss == expected[i][static_cast<std::size_t>(s)],
                     qPrintable(QStringLiteral("model %1 step %2: %3 in the window, %4 from Trainer")
                                    .arg(m)
                                    .arg(s + 1)
                                    .arg(double(entry.loss), 0, 'g', 9)
                                    .arg(double(expected[i][static_cast<std::size_t>(s)]), 0, 'g', 9)));
            // The loss curve plots the same numbers.
            QCOMPARE(window.lossPlot()->valueAt(m, s + 1), double(expected[i][static_cast<std::size_t>(s)]));
        }
        QCOMPARE(window.lossPlot()->pointCount(m), steps);
        QCOMPARE(window.accuracyPlot()->pointCount(m), steps);
        // The table: parameters, step and the last step's loss, as rnnlab-cli prints them (the
        // loss rounded as the graph prints numbers; the CLI's digits in its tooltip).
        QCOMPARE(cellText(window, m, CompareTable::Parameters), QString::number(shown->setup->layout->totalSize()));
        QCOMPARE(cellText(window, m, CompareTable::Step), QString::number(steps));
        CompareRow last;
        last.summary.record(steps, expected[i].back(), 0, 1);
        QCOMPARE(cellText(window, m, CompareTable::Loss), CompareTableModel::displayText(last, CompareTable::Loss));
        QVERIFY(cellText(window, m, CompareTable::Loss, Qt::ToolTipRole)
                    .startsWith(QString::fromStdString(CompareTable::lossText(expected[i].back()))));
        QVERIFY(!cellText(window, m, CompareTable::TimePerStep).isEmpty());
        QVERIFY(cellText(window, m, CompareTable::TimePerStep) != u"-");
        // The burst of steps was timed: steps per second is known (not "-").
        QVERIFY2(cellText(window, m, CompareTable::StepsPerSecond) != u"-",
                 qPrintable(cellText(window, m, CompareTable::StepsPerSecond)));
    }
    // The two models really differ (one layer vs two): the check above is not comparing a model with itself.
    QVERIFY(expected[0] != expected[1]);
    QVERIFY(cellText(window, 0, CompareTable::Parameters) != cellText(window, 1, CompareTable::Parameters));
}

void TestCompareWindow::lockStepPlaysTogether()
{
    CompareWindow window(false);
    QVERIFY(window.loadPreset(QStringLiteral("layers")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setSpeed(0);
    CompareController *controller = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 0), 10000);
    controller->play();
    QVERIFY(controller->isPlaying());
    // Every frame shows both models at one step, while they play.
    int frames = 0; // each wait has its own timeout: no clock on how fast frames come (a busy CI machine)
    while (frames < 20) {
        QSignalSpy spy(controller, &CompareController::snapshotsChanged);
        QVERIFY(spy.wait(5000));
        const auto &shown = controller->snapshots();
        QVERIFY(shown[0] && shown[1]);
        QCOMPARE(shown[0]->stepsTaken, shown[1]->stepsTaken);
        ++frames;
    }
    QCOMPARE(frames, 20);
    controller->pause();
    QVERIFY(!controller->isPlaying());
    // The round in progress still ends (up to a frame's worth of steps); then nothing moves.
    std::int64_t stopped = -1;
    for (int tries = 0; tries < 50; ++tries) {
        controller->poll();
        const std::int64_t now = controller->snapshots()[0]->stepsTaken;
        if (now == stopped)
            break;
        stopped = now;
        QTest::qWait(100);
    }
    QVERIFY(stopped > 0);
    QTest::qWait(300);
    controller->poll();
    QCOMPARE(controller->snapshots()[0]->stepsTaken, stopped);
    QCOMPARE(controller->snapshots()[1]->stepsTaken, stopped);
}

void TestCompareWindow::cellsPresetShowsTheGradientThroughTime()
{
    CompareWindow window(false);
    QVERIFY(window.loadPreset(QStringLiteral("cells")));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.panelCount(), 3);
    QVERIFY(window.gradientsShown());
    QVERIFY(window.gradientPlot()->isVisible());
    CompareController *controller = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 0), 10000);
    controller->step(100);
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 100), 60000);
    const int T = controller->snapshots()[0]->trace.sequences.front().length();
    QVERIFY(T >= 30); // a long text: the point of the preset
    QTRY_VERIFY_WITH_TIMEOUT(
        window.gradientPlot()->seriesCount() == 3 && int(window.gradientPlot()->values(0).size()) == T, 5000);
    for (int m = 0; m < 3; ++m) {
        const std::vector<double> share = window.gradientPlot()->values(m);
        QCOMPARE(int(share.size()), T);
        QCOMPARE(share.back(), 1.0); // the last step's own gradient, as a share of itself
        for (double v : share)
            QVERIFY(std::isfinite(v) && v >= 0.0);
    }
    // Why gates help: at t = 0, the RNN keeps less of the last step's gradient than the LSTM and the GRU.
    QVERIFY2(window.gradientPlot()->values(0).front() < window.gradientPlot()->values(1).front(),
             qPrintable(QStringLiteral("rnn %1, lstm %2")
                            .arg(window.gradientPlot()->values(0).front())
                            .arg(window.gradientPlot()->values(1).front())));
    QVERIFY(window.gradientPlot()->values(0).front() < window.gradientPlot()->values(2).front());

    // The layers preset compares one cell with itself: no gradient plot, until asked for.
    QVERIFY(window.loadPreset(QStringLiteral("layers")));
    QVERIFY(!window.gradientsShown());
    QVERIFY(!window.gradientPlot()->isVisible());
    window.gradientAction()->trigger();
    QVERIFY(window.gradientPlot()->isVisible());
}

void TestCompareWindow::cellsPresetShowsHowFarBackEachLooks()
{
    CompareWindow window(false);
    QVERIFY(window.loadPreset(QStringLiteral("cells")));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.memoryShown());
    QVERIFY(window.memoryPlot()->isVisible());
    CompareController *controller = window.controller();
    controller->step(30);
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 30), 60000);
    const int T = controller->snapshots()[0]->trace.sequences.front().length();
    // Each model's curve is its own MemoryAnalysis of the last step, named as in the table.
    const auto matches = [&] {
        for (int m = 0; m < 3; ++m) {
            const TrainingSnapshot &s = *controller->snapshots()[std::size_t(m)];
            if (window.memoryPlot()->values(m) != MemoryAnalysis(s.weights, *s.setup->task).influence(0, T - 1))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(window.memoryPlot()->seriesCount() == 3 && matches(), 5000);
    QCOMPARE(window.memoryPlot()->step(), T - 1);
    for (int m = 0; m < 3; ++m)
        QCOMPARE(window.memoryPlot()->legendText(m),
                 QString::fromStdString(CompareTable::modelName(m, controller->labels()[std::size_t(m)])));

    // The layers preset compares one cell with itself: hidden until asked for (View menu).
    QVERIFY(window.loadPreset(QStringLiteral("layers")));
    QVERIFY(!window.memoryShown());
    QVERIFY(!window.memoryPlot()->isVisible());
    window.memoryAction()->trigger();
    QVERIFY(window.memoryPlot()->isVisible());
}

void TestCompareWindow::incomparableSessionsRefused()
{
    CompareWindow window(false);
    QVERIFY(window.loadPreset(QStringLiteral("layers")));
    const std::vector<Session> before = window.controller()->sessions();
    Session hallo = before[1];
    hallo.data.texts = {U"hallo"};
    const std::vector<Problem> problems = window.setSessions({before[0], hallo});
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(problems.front().field), QStringLiteral("data.texts"));
    QVERIFY(
        QString::fromStdString(problems.front().toString()).contains(QStringLiteral("give every session the same")));
    // Nothing changed.
    QCOMPARE(window.panelCount(), 2);
    QVERIFY(window.controller()->sessions()[1].data.texts == before[1].data.texts);

    Session invalid = before[1];
    invalid.model.numLayers = 0;
    const std::vector<Problem> invalidProblems = window.setSessions({before[0], invalid});
    QVERIFY(!invalidProblems.empty());
    QVERIFY2(QString::fromStdString(invalidProblems.front().field).startsWith(QStringLiteral("B: ")),
             invalidProblems.front().field.c_str());
    QVERIFY(!window.setSessions({before[0]}).empty()); // one model is not a comparison
    QCOMPARE(window.panelCount(), 2);
}

void TestCompareWindow::editedModelRestartsEveryModel()
{
    CompareWindow window(false);
    QVERIFY(window.loadPreset(QStringLiteral("layers")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CompareController *controller = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 0), 10000);
    controller->step(5);
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 5), 10000);

    window.panel(1)->layersEditor()->setValue(3);
    QCOMPARE(controller->sessions()[1].model.numLayers, 3);
    QCOMPARE(controller->sessions()[0].model.numLayers, 1);
    QTRY_VERIFY_WITH_TIMEOUT(allAt(controller, 0), 10000);
    QCOMPARE(controller->snapshots()[1]->setup->session.model.numLayers, 3);

    // An invalid edit is shown in place and changes nothing.
    window.panel(1)->hiddenEditor()->setValue(7); // no output layer: H must be the vocabulary size (4)
    QVERIFY2(window.panel(1)->problemText().contains(QStringLiteral("hidden_size")),
             qPrintable(window.panel(1)->problemText()));
    QCOMPARE(controller->sessions()[1].model.hiddenSize, 4);
}

void TestCompareWindow::mainWindowCompareMenu()
{
    MainWindow main(false);
    QVERIFY(main.compareWindow() == nullptr);
    QAction *preset = nullptr;
    const auto presets = comparePresets();
    const QString title = QString::fromStdString(presets.back().title); // RNN vs LSTM vs GRU
    for (QAction *menu : main.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == title)
                preset = a;
        }
    }
    QVERIFY2(preset, qPrintable(title));
    preset->trigger();
    QVERIFY(main.compareWindow() != nullptr);
    QCOMPARE(main.compareWindow()->panelCount(), int(presets.back().sessions.size()));
    QVERIFY(main.compareWindow()->windowTitle().contains(title));
    // Closed, it is gone with its workers; the menu opens a new one.
    main.compareWindow()->controller()->play();
    QVERIFY(main.compareWindow()->close());
    QTRY_VERIFY(main.compareWindow() == nullptr);
    preset->trigger();
    QVERIFY(main.compareWindow() != nullptr);
    QVERIFY(!main.compareWindow()->controller()->isPlaying());
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
