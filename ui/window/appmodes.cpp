// SPDX-License-Identifier: MIT
#include "ui/window/appmodes.h"

#include "ui/window/graphbar.h"

#include "app/session/atomicfile.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/motion.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/memory/memoryview.h"
#include "ui/panels/generationpanel.h"
#include "ui/panels/pytorchpanel.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/eventwait.h"
#include "ui/window/figureexport.h"
#include "ui/window/graphbar.h"
#include "ui/window/layoutsettle.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessionactions.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace rnnlab {

int runWindow(const WindowOptions &options)
{
    applyTheme(options.theme
                   ? *options.theme
                   : themeFromName(QSettings().value(QStringLiteral("view/theme")).toString()).value_or(Theme::System));
    setReducedMotion(options.reduceMotion || savedReducedMotion());
    MainWindow window;
    window.startSession(options.session, options.name);
    window.show();
    // A file given (a double click in the file manager): opened as File > Open does, with its
    // history and view; it was checked before, so this does not fail.
    if (!options.file.isEmpty())
        window.openFile(options.file, false);
    if (options.lessonStep)
        window.openLesson(*options.lessonStep - 1);
    if (options.presentation)
        window.setPresentationMode(true);
    // A session that rnnlab could not save before it crashed comes back (asked first).
    window.sessionActions()->restoreAutosave();
    if (!options.compared.empty()
        && !window.openCompare(options.compared, options.compareTitle, options.compareDescription).empty())
        return 2; // validated before: not expected
    return QApplication::exec();
}

int takeScreenshot(const ScreenshotOptions &options)
{
    applyTheme(options.theme);
    if (options.fontPoints) { // what a desktop set to larger type gives the app, before any widget exists
        QFont font = QApplication::font();
        font.setPointSizeF(*options.fontPoints);
        QApplication::setFont(font);
    }
    MainWindow window(false);
    window.startSession(options.session, options.name);
    window.resize(options.size);
    if (options.presentation)
        window.setPresentationMode(true);
    if (!options.tab.isEmpty())
        window.showTab(options.tab, true);
    else if (options.figure.startsWith(u"memory-")) // the Memory tab draws only while it is shown
        window.showTab(options.figure == u"memory-units" ? options.figure : QStringLiteral("memory"));
    window.show();
    TrainingController *controller = window.controller();
    if (!EventWait::until([&] { return controller->snapshot() != nullptr; }, 30000)) {
        std::fprintf(stderr, "rnnlab: the training thread did not start\n");
        return 1;
    }
    if (options.train > 0) {
        // As fast as the engine goes: in lock step the rounds keep to the speed slider (100/s by
        // default), which would make --train 1000 take ten seconds and the table's pace 100/s.
        const double speed = controller->speed();
        window.setSpeed(0);
        controller->step(int(std::min<std::int64_t>(options.train, 1 << 30)));
        const auto restoreSpeed = qScopeGuard([&] { window.setSpeed(speed); }); // the picture shows the usual setting
        const bool done = EventWait::until(
            [&] {
                const SnapshotPtr s = controller->snapshot();
                return s && !s->playing && (s->stepsTaken >= options.train || !s->problem.empty());
            },
            30 * 60 * 1000);
        if (!done) {
            std::fprintf(stderr, "rnnlab: training %lld steps did not finish in 30 minutes\n",
                         static_cast<long long>(options.train));
            return 1;
        }
        if (!controller->snapshot()->problem.empty())
            std::fprintf(stderr, "rnnlab: %s\n", controller->snapshot()->problem.c_str());
    }
    if (options.historyStep) {
        const std::int64_t k = *options.historyStep;
        // Refused, not clamped: a picture of another step than asked would mislead.
        if (const std::int64_t head = controller->snapshot()->headSteps; k > head) {
            std::fprintf(stderr,
                         "rnnlab: --history-step: %lld is after the last step trained: it must be from 0 to %lld\n",
                         static_cast<long long>(k), static_cast<long long>(head));
            return 2;
        }
        controller->viewStep(k);
        if (!EventWait::until(
                [&] {
                    const SnapshotPtr s = controller->snapshot();
                    return s && s->stepsTaken == std::min(k, s->headSteps);
                },
                60000)) {
            std::fprintf(stderr, "rnnlab: rewinding to step %lld did not finish\n", static_cast<long long>(k));
            return 1;
        }
    }
    if (options.whatIfNoMemory) {
        controller->setWhatIfNoMemory(true);
        if (!EventWait::until(
                [&] {
                    const SnapshotPtr s = controller->snapshot();
                    return s && s->whatIfNoMemory;
                },
                60000)) {
            std::fprintf(stderr, "rnnlab: --what-if whh0 did not finish\n");
            return 1;
        }
    }
    window.stepByHand()->setWalkOrder(options.layerMajor ? WalkOrder::LayerMajor : WalkOrder::TimeMajor);
    if (options.series) {
        const int count = window.graphBar()->textCount();
        if (*options.series > count) {
            std::fprintf(stderr,
                         "rnnlab: --series: %d is not a text or series of this session: it must be from 1 to %d\n",
                         *options.series, count);
            return 2;
        }
        window.graphBar()->setTextIndex(*options.series - 1);
    }
    if (options.greedy) {
        const SnapshotPtr s = controller->snapshot();
        if (!s || !s->greedy) {
            std::fprintf(stderr, "rnnlab: --decoder greedy: the session is not a translation\n");
            return 2;
        }
        window.graphBar()->setGreedy(true);
    }
    if (options.timeStep || options.phase) {
        const SnapshotPtr s = controller->snapshot();
        const ModelConfig &model = s->setup->session.model;
        const int L = model.numLayers;
        window.stepByHand()->setSnapshot(s);
        const TimeStepWalker walker = window.stepByHand()->walker();
        // A translation's encoder or decoder: its own steps; its layers follow the encoder's in the trace.
        const bool encoder = walker.isEncoderDecoder() && options.walkEncoder;
        const int T = encoder ? walker.sourceLength() : walker.timeSteps();
        const int first = walker.isEncoderDecoder() && !encoder ? L : 0;
        // Refused, not clamped (--time-step 999 on hello drew t = 3).
        // --time-step counts as the screen does, t = 1 … n; the cursor is 0-based.
        if (options.timeStep && (*options.timeStep < 1 || *options.timeStep > T)) {
            std::fprintf(stderr, "rnnlab: --time-step: %d is not a time step of this text: it must be from 1 to %d\n",
                         *options.timeStep, T);
            return 2;
        }
        if (options.layer > L) {
            std::fprintf(stderr, "rnnlab: --layer: %d is not a layer of this model: it must be from 1 to %d\n",
                         options.layer, L);
            return 2;
        }
        StepCursor cursor;
        cursor.phase = options.phase ? *TimeStepWalker::phaseFromName(*options.phase) : Phase::Loss;
        cursor.t = std::clamp(options.timeStep ? *options.timeStep - 1 : (cursor.isBackward() ? 0 : T - 1), 0, T - 1);
        cursor.layer = first + std::clamp(options.layer - 1, 0, L - 1);
        if (cursor.isOutputPhase())
            cursor.layer = first + L - 1;
        if (cursor.phase == Phase::Context || cursor.phase == Phase::BackwardContext)
            cursor.t = 0;
        if (!walker.contains(cursor)) {
            std::fprintf(stderr,
                         "rnnlab: --phase %s does not exist for a %s cell (gates and cell: LSTM and GRU; "
                         "backward-cell: LSTM; softmax and prediction: not for a time series)\n",
                         qPrintable(*options.phase), toString(model.cell).c_str());
            return 2;
        }
        if (cursor.isBackward() && s->isTestSequence(window.graphBar()->textIndex())) {
            // A session with a test series opens on it (as its Signal tab does): said, not walked
            // as something else.
            std::fprintf(stderr,
                         "rnnlab: --phase %s: a test series is never trained on and has no backward pass; "
                         "--series 1 walks the training series\n",
                         qPrintable(*options.phase));
            return 2;
        }
        window.stepByHand()->setCursor(cursor);
        if (options.tab.isEmpty())
            window.showTab(QStringLiteral("step"));
    }
    if (options.sampleTemperature) {
        // Set in the Generate tab, as a teacher would: the graph's one-to-many picture follows it.
        GenerationPanel *generation = window.findChild<GenerationPanel *>();
        generation->sampleButton()->setChecked(true);
        generation->temperatureSpinBox()->setValue(*options.sampleTemperature);
        generation->seedSpinBox()->setValue(int(std::clamp<std::int64_t>(options.sampleSeed, 0, INT_MAX)));
        const double temperature = generation->temperatureSpinBox()->value(); // as the box rounds it
        if (!EventWait::until(
                [&] {
                    const SnapshotPtr s = controller->snapshot();
                    return s && s->freeRunTemperature == temperature
                        && s->freeRunSeed == generation->seedSpinBox()->value();
                },
                60000)) {
            std::fprintf(stderr, "rnnlab: --sample did not finish\n");
            return 1;
        }
    }
    if (options.shape)
        window.graphView()->setTaskShape(*options.shape);
    if (options.folded)
        window.graphView()->setFolded(true, false);
    if (options.lessonStep) {
        // The lesson sets the window up itself: its example, trained as far as the step says.
        window.openLesson(*options.lessonStep - 1);
        if (!EventWait::until([&] { return window.lessonReady(); }, 10 * 60 * 1000)) {
            std::fprintf(stderr, "rnnlab: lesson step %d did not finish setting up\n", *options.lessonStep);
            return 1;
        }
    }
    if (options.tab == u"pytorch")
        window.showPytorchPanel(); // again, shown: a dock raised before the window is shown is not on top
    window.pytorchPanel()->refresh(); // its throttle would show the newest step only later
    // The layout done (by its events, not a clock: under load 150 ms once left it half done).
    LayoutSettle::wait(&window);
    if (window.size() != options.size) {
        // Never a picture of another size than asked for.
        std::fprintf(stderr, "rnnlab: --size %dx%d: this window needs at least %dx%d (rnnlab supports %dx%d and up)\n",
                     options.size.width(), options.size.height(), window.minimumSizeHint().width(),
                     window.minimumSizeHint().height(), MainWindow::smallestSize().width(),
                     MainWindow::smallestSize().height());
        return 2;
    }
    if (!options.figurePath.isEmpty()) {
        QWidget *figure = FigureExport::find(options.figure, window.graphView(), window.matrixPanel(),
                                             window.findChild<MemoryView *>());
        if (!figure) {
            std::fprintf(stderr,
                         "rnnlab: --figure: \"%s\" is not graph, a heatmap of this model (its W_xh, W_hh, W_hy, "
                         "b_ih, …, or PyTorch names such as rnn.weight_hh_l0) or %s\n",
                         qPrintable(options.figure), qPrintable(FigureExport::memoryFigures().join(u", ")));
            return 2;
        }
        const QString error = FigureExport::write(figure, options.figurePath, options.scale,
                                                  QStringLiteral("rnnlab: %1, %2").arg(options.name, options.figure));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s: %s, %dx%d at %dx, step %lld\n", qPrintable(options.figurePath), qPrintable(options.figure),
                    FigureExport::paintedWidget(figure)->width(), FigureExport::paintedWidget(figure)->height(),
                    options.scale, static_cast<long long>(controller->stepsTaken()));
        return 0;
    }
    LayoutRecorder recorder; // --layout-json: what the painters draw while the picture is taken
    recorder.setActive(!options.layoutJson.isEmpty());
    const QImage image = window.grab().toImage();
    recorder.setActive(false);
    if (const QString error = FigureExport::writePng(image, options.output); !error.isEmpty()) {
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
        return 1;
    }
    if (const QString error =
            options.layoutJson.isEmpty() ? QString() : AtomicFile::write(options.layoutJson, recorder.toJson());
        !error.isEmpty()) {
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %dx%d, %s, step %lld\n", qPrintable(options.output), image.width(), image.height(),
                qPrintable(options.name), static_cast<long long>(controller->stepsTaken()));
    return 0;
}

int takeCompareScreenshot(const CompareScreenshotOptions &options)
{
    CompareWindow window(false);
    const std::vector<Problem> problems = window.setSessions(options.sessions, options.title, options.description);
    for (const Problem &problem : problems)
        std::fprintf(stderr, "rnnlab: %s\n", problem.toString().c_str());
    if (!problems.empty())
        return 1;
    window.resize(options.size);
    window.show();
    CompareController *controller = window.controller();
    if (options.freeRunning)
        controller->setLockStep(false);
    const auto all = [&](auto predicate) {
        const auto &snapshots = controller->snapshots();
        return std::all_of(snapshots.begin(), snapshots.end(),
                           [&](const SnapshotPtr &s) { return s && predicate(*s); });
    };
    if (!EventWait::until([&] { return all([](const TrainingSnapshot &) { return true; }); }, 30000)) {
        std::fprintf(stderr, "rnnlab: the training threads did not start\n");
        return 1;
    }
    if (options.train > 0) {
        // As fast as the engine goes: in lock step the rounds keep to the speed slider (100/s by
        // default), which would make --train 1000 take ten seconds and the table's pace 100/s.
        window.setSpeed(0);
        controller->step(int(std::min<std::int64_t>(options.train, 1 << 30)));
        const auto done = [&] {
            // Every model there — or one stopped (diverged): the others go on to the step in free
            // running, and wait at their round in lock step.
            const auto &snapshots = controller->snapshots();
            const bool stopped = std::any_of(snapshots.begin(), snapshots.end(),
                                             [](const SnapshotPtr &s) { return s && !s->problem.empty(); });
            return all(
                [&](const TrainingSnapshot &s) { return !s.playing && (s.stepsTaken >= options.train || stopped); });
        };
        if (!EventWait::until(done, 30 * 60 * 1000)) {
            std::fprintf(stderr, "rnnlab: training %lld steps did not finish in 30 minutes\n",
                         static_cast<long long>(options.train));
            return 1;
        }
        for (const SnapshotPtr &s : controller->snapshots()) {
            if (!s->problem.empty())
                std::fprintf(stderr, "rnnlab: %s\n", s->problem.c_str());
        }
    }
    if (options.folded) {
        for (int i = 0; i < window.panelCount(); ++i)
            window.panel(i)->graphView()->setFolded(true, false);
    }
    EventWait::run(200); // the plots' throttled replots (timers)
    LayoutSettle::wait(&window); // and the layout done (its events, not a clock)
    if (window.size() != options.size) {
        std::fprintf(stderr, "rnnlab: --size %dx%d: compare mode's window needs at least %dx%d for these models\n",
                     options.size.width(), options.size.height(), window.minimumSizeHint().width(),
                     window.minimumSizeHint().height());
        return 2;
    }
    const QImage image = window.grab().toImage();
    if (const QString error = FigureExport::writePng(image, options.output); !error.isEmpty()) {
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
        return 1;
    }
    QStringList steps;
    for (const SnapshotPtr &s : controller->snapshots())
        steps << QString::number(s->stepsTaken);
    std::printf("%s: %dx%d, compare %s, step %s\n", qPrintable(options.output), image.width(), image.height(),
                qPrintable(options.title), qPrintable(steps.join(QStringLiteral("/"))));
    return 0;
}

} // namespace rnnlab
