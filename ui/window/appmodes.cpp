// SPDX-License-Identifier: MIT
#include "appmodes.h"

#include "graphview.h"
#include "jsonwriter.h"
#include "mainwindow.h"
#include "stepbyhandpanel.h"
#include "trainer.h"
#include "trainingcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

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

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::min<double>(values.size() - 1, std::ceil(p * values.size()) - 1));
    return values[index];
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
        controller->step(int(std::min<std::int64_t>(options.train, 1 << 30)));
        const bool done = waitUntil(
            [&] {
                const SnapshotPtr s = controller->snapshot();
                return s && !s->playing && (s->stepsTaken >= options.train || !s->problem.empty());
            },
            30 * 60 * 1000);
        if (!done) {
            std::fprintf(stderr, "rnnlab: training %lld steps did not finish in 30 minutes\n", static_cast<long long>(options.train));
            return 1;
        }
        if (!controller->snapshot()->problem.empty())
            std::fprintf(stderr, "rnnlab: %s\n", controller->snapshot()->problem.c_str());
    }
    if (options.historyStep) {
        const std::int64_t k = *options.historyStep;
        controller->viewStep(k);
        if (!waitUntil([&] { const SnapshotPtr s = controller->snapshot(); return s && s->stepsTaken == std::min(k, s->headSteps); }, 60000)) {
            std::fprintf(stderr, "rnnlab: rewinding to step %lld did not finish\n", static_cast<long long>(k));
            return 1;
        }
    }
    window.stepByHand()->setWalkOrder(options.layerMajor ? WalkOrder::LayerMajor : WalkOrder::TimeMajor);
    if (options.timeStep || options.phase) {
        const SnapshotPtr s = controller->snapshot();
        const int T = s->trace.sequences.front().length();
        const ModelConfig &model = s->setup->session.model;
        const int L = model.numLayers;
        StepCursor cursor;
        cursor.phase = options.phase ? *TimeStepWalker::phaseFromName(*options.phase) : Phase::Loss;
        cursor.t = std::clamp(options.timeStep.value_or(cursor.isBackward() ? 0 : T - 1), 0, T - 1);
        cursor.layer = std::clamp(options.layer - 1, 0, L - 1);
        if (cursor.isOutputPhase())
            cursor.layer = L - 1;
        if (!TimeStepWalker(T, L, model.cell).contains(cursor)) {
            std::fprintf(stderr, "rnnlab: --phase %s does not exist for a %s cell (gates and cell: LSTM and GRU; "
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
    settle(150); // layout, the last snapshot's repaint
    const QImage image = window.grab().toImage();
    if (!image.save(options.output)) {
        std::fprintf(stderr, "rnnlab: cannot write %s (is the folder there and writable?)\n", qPrintable(options.output));
        return 1;
    }
    std::printf("%s: %dx%d, %s, step %lld\n", qPrintable(options.output), image.width(), image.height(),
                qPrintable(options.name), static_cast<long long>(controller->stepsTaken()));
    return 0;
}

int runUiBenchmark(const UiBenchmarkOptions &options)
{
    using Clock = std::chrono::steady_clock;
    // 1. Headless, as rnnlab-cli bench measures it: the engine alone on a thread.
    double headless = 0.0;
    {
        std::thread thread([&] {
            Trainer trainer(options.session);
            for (int i = 0; i < 20; ++i) // warm-up
                trainer.step();
            const auto start = Clock::now();
            const auto end = start + std::chrono::duration<double>(options.seconds);
            long long steps = 0;
            while (Clock::now() < end) {
                if (!trainer.step().accepted)
                    break;
                ++steps;
            }
            headless = steps / std::chrono::duration<double>(Clock::now() - start).count();
        });
        thread.join();
    }

    // 2. The same session in the window, at full speed, with the unfolded graph painting.
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

    std::vector<double> lateness;
    QElapsedTimer sinceTick;
    const int interval = 4;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(interval);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            lateness.push_back(std::max(0.0, sinceTick.nsecsElapsed() / 1e6 - interval));
        sinceTick.restart();
    });
    window.graphView()->takeFrameTimes();
    const std::int64_t firstSteps = controller->stepsTaken();
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    settle(int(options.seconds * 1000));
    probe.stop();
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    const std::int64_t steps = controller->stepsTaken() - firstSteps;
    const std::vector<double> frames = window.graphView()->takeFrameTimes();
    controller->pause();

    const double withUi = steps / seconds;
    JsonWriter w(/*compact=*/true);
    w.beginObject();
    w.key("session");
    w.value(options.name.toStdString());
    w.key("platform");
    w.value(QGuiApplication::platformName().toStdString());
    w.key("seconds");
    w.value(seconds);
    w.key("event_loop_lateness_p99_ms");
    w.value(percentile(lateness, 0.99));
    w.key("event_loop_lateness_max_ms");
    w.value(lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
    w.key("frames");
    w.value(static_cast<std::int64_t>(frames.size()));
    w.key("frame_ms_p99");
    w.value(percentile(frames, 0.99));
    w.key("frame_ms_median");
    w.value(percentile(frames, 0.5));
    w.key("steps_per_s_with_ui");
    w.value(withUi);
    w.key("steps_per_s_headless");
    w.value(headless);
    w.key("slowdown_percent");
    w.value(headless > 0 ? 100.0 * (1.0 - withUi / headless) : 0.0);
    w.endObject();
    std::printf("%s\n", w.finish().c_str());
    return 0;
}

} // namespace rnnlab
