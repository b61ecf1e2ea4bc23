// SPDX-License-Identifier: MIT
#include "ui/window/appmodes.h"

#include "app/session/atomicfile.h"
#include "app/session/jsonwriter.h"
#include "engine/trainer.h"
#include "ui/common/layoutrecorder.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/panels/pytorchpanel.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/figureexport.h"
#include "ui/window/layoutsettle.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessionactions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#if defined(__linux__)
#include <sys/resource.h>
#endif

namespace rnnlab {

namespace {

//! Runs the event loop until \a done() holds or \a timeoutMs passes; true if it held.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

//! Collects how late a 4 ms timer fires on the UI thread while it runs: the event loop's lateness,
//! what a user feels as lag (a frame that takes 30 ms makes the next tick ~26 ms late).
class LatenessProbe
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_sinceTick.isValid())
                m_lateness.push_back(std::max(0.0, m_sinceTick.nsecsElapsed() / 1e6 - interval));
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_sinceTick.invalidate(); // a pause between two runs is no lateness
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const std::vector<double> &lateness() const { return m_lateness; }

private:
    static constexpr int interval = 4;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    std::vector<double> m_lateness;
};

//! CPU time the calling thread has used so far, in seconds (0 where it cannot be measured): with
//! the wall time, whether a late event loop was busy or waited for a core.
double threadCpuSeconds()
{
#if defined(__linux__)
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) == 0)
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#endif
    return 0.0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::min<double>(values.size() - 1, std::ceil(p * values.size()) - 1));
    return values[index];
}

//! The start of both benchmarks' reports: where and how long they measured, and how late the event
//! loop ran (\a lateness: its samples, in ms).
void writeResponsiveness(JsonWriter &w, double seconds, const std::vector<double> &lateness)
{
    w.key("platform");
    w.value(QGuiApplication::platformName().toStdString());
    w.key("seconds");
    w.value(seconds);
    w.key("event_loop_lateness_p99_ms");
    w.value(percentile(lateness, 0.99));
    w.key("event_loop_lateness_max_ms");
    w.value(lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
}

//! Steps of \a session trained alone on a thread for \a seconds (after a warm-up), as rnnlab-cli
//! bench measures it, and the seconds they took.
std::pair<long long, double> headlessSteps(const Session &session, double seconds)
{
    using Clock = std::chrono::steady_clock;
    long long steps = 0;
    double took = 0.0;
    std::thread thread([&] {
        Trainer trainer(session);
        for (int i = 0; i < 20; ++i) // warm-up
            trainer.step();
        const auto start = Clock::now();
        const auto end = start + std::chrono::duration<double>(seconds);
        while (Clock::now() < end) {
            if (!trainer.step().accepted)
                break;
            ++steps;
        }
        took = std::chrono::duration<double>(Clock::now() - start).count();
    });
    thread.join();
    return {steps, took};
}

//! Steps per second of \a session trained alone on a thread for \a seconds (after a warm-up).
double headlessStepsPerSecond(const Session &session, double seconds)
{
    const auto [steps, took] = headlessSteps(session, seconds);
    return took > 0 ? steps / took : 0.0;
}

} // namespace

Session uiBenchmarkSession()
{
    Session session = lectureExample();
    // 64 characters.
    session.data.texts = {U"the cat sat on the mat, and the dog lay by the door of the hall."};
    session.model = ModelConfig{CellKind::RnnTanh, 128, 1, true};
    session.training.learningRate = 0.01;
    return session;
}

int runWindow(const WindowOptions &options)
{
    applyTheme(options.theme
                   ? *options.theme
                   : themeFromName(QSettings().value(QStringLiteral("view/theme")).toString()).value_or(Theme::System));
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
    MainWindow window(false);
    window.startSession(options.session, options.name);
    window.resize(options.size);
    if (options.presentation)
        window.setPresentationMode(true);
    if (!options.tab.isEmpty())
        window.showTab(options.tab);
    window.show();
    TrainingController *controller = window.controller();
    if (!waitUntil([&] { return controller->snapshot() != nullptr; }, 30000)) {
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
        const bool done = waitUntil(
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
        if (!waitUntil(
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
        if (!waitUntil(
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
    if (options.timeStep || options.phase) {
        const SnapshotPtr s = controller->snapshot();
        const int T = s->trace.sequences.front().length();
        const ModelConfig &model = s->setup->session.model;
        const int L = model.numLayers;
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
        cursor.layer = std::clamp(options.layer - 1, 0, L - 1);
        if (cursor.isOutputPhase())
            cursor.layer = L - 1;
        if (!TimeStepWalker(T, L, model.cell).contains(cursor)) {
            std::fprintf(stderr,
                         "rnnlab: --phase %s does not exist for a %s cell (gates and cell: LSTM and GRU; "
                         "backward-cell: LSTM)\n",
                         qPrintable(*options.phase), toString(model.cell).c_str());
            return 2;
        }
        window.stepByHand()->setCursor(cursor);
        if (options.tab.isEmpty())
            window.showTab(QStringLiteral("step"));
    }
    if (options.folded)
        window.graphView()->setFolded(true, false);
    if (options.lessonStep) {
        // The lesson sets the window up itself: its example, trained as far as the step says.
        window.openLesson(*options.lessonStep - 1);
        if (!waitUntil([&] { return window.lessonReady(); }, 10 * 60 * 1000)) {
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
        QWidget *figure = FigureExport::find(options.figure, window.graphView(), window.matrixPanel());
        if (!figure) {
            std::fprintf(stderr,
                         "rnnlab: --figure: \"%s\" is not graph or a heatmap of this model (its W_xh, W_hh, W_hy, "
                         "b_ih, …, or PyTorch names such as rnn.weight_hh_l0)\n",
                         qPrintable(options.figure));
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

int runUiBenchmark(const UiBenchmarkOptions &options)
{
    // The same session headless (the engine alone on a thread, as rnnlab-cli bench measures it)
    // and in the window at full speed with the unfolded graph painting — in alternating rounds of
    // a second each, so that a shared machine's slow spells fall on both alike: measured one after
    // the other, a slow first half alone read as a UI costing 40% (or as one making training faster).
    MainWindow window(false);
    window.startSession(options.session, options.name);
    window.resize(1280, 800);
    window.show();
    window.setSpeed(0);
    TrainingController *controller = window.controller();
    if (!waitUntil([&] { return controller->snapshot() != nullptr; }, 30000))
        return 1;
    controller->play();
    settle(500); // warm-up
    controller->pause();
    settle(100);

    LatenessProbe probe;
    window.graphView()->takeFrameTimes();
    const int rounds = std::max(1, int(std::lround(options.seconds)));
    const double round = options.seconds / rounds;
    long long headless = 0;
    double headlessSeconds = 0.0;
    std::int64_t withUi = 0;
    double withUiSeconds = 0.0;
    std::vector<double> slowdowns; // per round, %
    for (int r = 0; r < rounds; ++r) {
        const auto [steps, took] = headlessSteps(options.session, round / 2);
        headless += steps;
        headlessSeconds += took;
        const double uiSecondsBefore = withUiSeconds;
        const std::int64_t firstSteps = controller->stepsTaken();
        QElapsedTimer elapsed;
        elapsed.start();
        controller->play();
        probe.start();
        settle(int(round * 1000));
        probe.stop();
        controller->pause();
        withUiSeconds += elapsed.nsecsElapsed() / 1e9;
        // The worker stops at its next step; the snapshot it then publishes has every step the
        // round trained.
        settle(100);
        const std::int64_t trained = controller->stepsTaken() - firstSteps;
        withUi += trained;
        if (took > 0 && steps > 0)
            slowdowns.push_back(100.0 * (1.0 - (trained / (withUiSeconds - uiSecondsBefore)) / (steps / took)));
    }
    const std::vector<double> frames = window.graphView()->takeFrameTimes();

    const double withUiRate = withUi / withUiSeconds;
    const double headlessRate = headlessSeconds > 0 ? headless / headlessSeconds : 0.0;
    const std::vector<double> &lateness = probe.lateness();
    JsonWriter w(/*compact=*/true);
    w.beginObject();
    w.key("session");
    w.value(options.name.toStdString());
    writeResponsiveness(w, withUiSeconds, lateness);
    w.key("rounds");
    w.value(static_cast<std::int64_t>(rounds));
    w.key("frames");
    w.value(static_cast<std::int64_t>(frames.size()));
    w.key("frame_ms_p99");
    w.value(percentile(frames, 0.99));
    w.key("frame_ms_median");
    w.value(percentile(frames, 0.5));
    w.key("steps_per_s_with_ui");
    w.value(withUiRate);
    w.key("steps_per_s_headless");
    w.value(headlessRate);
    // The median round's: a round in which the machine was busy with other work, headless or
    // not, says nothing about the window.
    w.key("slowdown_percent");
    w.value(percentile(slowdowns, 0.5));
    w.key("slowdown_percent_per_round");
    w.beginArray();
    for (double slowdown : slowdowns)
        w.value(slowdown);
    w.endArray();
    w.endObject();
    std::printf("%s\n", w.finish().c_str());
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
    if (!waitUntil([&] { return all([](const TrainingSnapshot &) { return true; }); }, 30000)) {
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
        if (!waitUntil(done, 30 * 60 * 1000)) {
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
    settle(200); // the plots' throttled replots (timers)
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

int runCompareUiBenchmark(const CompareBenchmarkOptions &options)
{
    // 1. Headless: each model alone on a thread, one after the other (at most 2 s each).
    std::vector<double> headless;
    for (const Session &session : options.sessions)
        headless.push_back(headlessStepsPerSecond(session, std::min(options.seconds, 2.0)));

    // 2. All models together in compare mode's window, at full speed, every graph painting.
    CompareWindow window(false);
    const std::vector<Problem> problems = window.setSessions(options.sessions, options.name);
    for (const Problem &problem : problems)
        std::fprintf(stderr, "rnnlab: %s\n", problem.toString().c_str());
    if (!problems.empty())
        return 1;
    window.resize(1280, 800);
    window.show();
    window.setSpeed(0);
    CompareController *controller = window.controller();
    if (options.freeRunning)
        controller->setLockStep(false);
    const auto started = [&] {
        const auto &snapshots = controller->snapshots();
        return std::all_of(snapshots.begin(), snapshots.end(), [](const SnapshotPtr &s) { return s != nullptr; });
    };
    if (!waitUntil(started, 30000))
        return 1;
    controller->play();
    settle(500); // warm-up

    LatenessProbe probe;
    window.takeFrameTimes();
    const auto stepsNow = [&] {
        std::vector<std::int64_t> steps;
        for (const SnapshotPtr &s : controller->snapshots())
            steps.push_back(s ? s->stepsTaken : 0);
        return steps;
    };
    const std::vector<std::int64_t> first = stepsNow();
    int frames = 0;
    const auto counter = QObject::connect(controller, &CompareController::snapshotsChanged, [&] { ++frames; });
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    const double cpuBefore = threadCpuSeconds();
    settle(int(options.seconds * 1000));
    probe.stop();
    QObject::disconnect(counter);
    const double uiCpu = threadCpuSeconds() - cpuBefore;
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    const std::vector<std::int64_t> last = stepsNow();
    const std::vector<double> paints = window.takeFrameTimes();
    controller->pause();

    const std::vector<double> &lateness = probe.lateness();
    JsonWriter w(/*compact=*/true);
    w.beginObject();
    w.key("compare");
    w.value(options.name.toStdString());
    w.key("lock_step");
    w.value(!options.freeRunning);
    writeResponsiveness(w, seconds, lateness);
    w.key("lateness_samples");
    w.value(static_cast<std::int64_t>(lateness.size()));
    w.key("ui_thread_cpu_percent");
    w.value(100.0 * uiCpu / seconds);
    w.key("updates");
    w.value(static_cast<std::int64_t>(frames));
    w.key("graph_paints");
    w.value(static_cast<std::int64_t>(paints.size()));
    w.key("graph_paint_ms_p99");
    w.value(percentile(paints, 0.99));
    w.key("graph_paint_ms_median");
    w.value(percentile(paints, 0.5));
    w.key("models");
    w.beginArray();
    const auto rows = controller->rows();
    for (std::size_t i = 0; i < options.sessions.size(); ++i) {
        w.beginObject();
        w.key("model");
        w.value(rows[i].model);
        w.key("steps_per_s_with_ui");
        w.value(double(last[i] - first[i]) / seconds);
        w.key("steps_per_s_headless");
        w.value(headless[i]);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    std::printf("%s\n", w.finish().c_str());
    return 0;
}

} // namespace rnnlab
