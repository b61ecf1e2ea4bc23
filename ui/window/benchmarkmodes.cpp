// SPDX-License-Identifier: MIT
#include "ui/window/benchmarkmodes.h"

#include "app/session/jsonwriter.h"
#include "engine/trainer.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/memory/memoryview.h"
#include "ui/window/eventwait.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#if defined(__linux__)
#include <sys/resource.h>
#endif

namespace rnnlab {

namespace {

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
    if (!options.tab.isEmpty())
        window.showTab(options.tab, true);
    window.setSpeed(0);
    TrainingController *controller = window.controller();
    if (!EventWait::until([&] { return controller->snapshot() != nullptr; }, 30000))
        return 1;
    const MemoryView *memory = window.findChild<MemoryView *>();
    const int analysesBefore = memory ? memory->computations() : 0;
    controller->play();
    EventWait::run(500); // warm-up
    controller->pause();
    EventWait::run(100);

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
        EventWait::run(int(round * 1000));
        probe.stop();
        controller->pause();
        withUiSeconds += elapsed.nsecsElapsed() / 1e9;
        // The worker stops at its next step; the snapshot it then publishes has every step the
        // round trained.
        EventWait::run(100);
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
    w.key("tab");
    w.value(options.tab.isEmpty() ? std::string("step") : options.tab.toStdString());
    // How often the Memory tab analysed the streamed snapshots (0 unless it was shown).
    w.key("memory_analyses");
    w.value(static_cast<std::int64_t>(memory ? memory->computations() - analysesBefore : 0));
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
    if (!EventWait::until(started, 30000))
        return 1;
    controller->play();
    EventWait::run(500); // warm-up

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
    EventWait::run(int(options.seconds * 1000));
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
