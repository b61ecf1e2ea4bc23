// SPDX-License-Identifier: MIT
// rnnlab: the desktop app. With no arguments it opens on the lecture's hello example.
//   rnnlab [SESSION.json | --text TEXT …]
//   rnnlab --screenshot OUT.png [--session FILE | --text TEXT …] [--train N] [--view folded|unfolded]
//          [--size WxH] [--tab loss|predictions|generate]
//   rnnlab --bench-ui [SESSION.json] [--seconds S]
// Compare mode (2 or 3 models side by side; also opens interactively):
//   rnnlab [--session S1.json] --compare S2.json [--compare S3.json] | --compare-preset layers|cells
//          [--screenshot OUT.png [--train N] [--size WxH] [--view folded] | --bench-ui [--seconds S]]
//          [--free-running]
#include "app/session/sessionfile.h"
#include "engine/comparison.h"
#include "engine/dataset.h"
#include "engine/unicode.h"
#include "ui/common/theme.h"
#include "ui/lesson/lesson.h"
#include "ui/teaching/timestepwalker.h"
#include "ui/window/appmodes.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessionactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace rnnlab;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "rnnlab: %s\n", qPrintable(message));
}

//! The session the arguments name, or the lecture's example. Prints problems and returns nullopt.
std::optional<Session> sessionFrom(const QCommandLineParser &parser, QString *name)
{
    QString path = parser.value(QStringLiteral("session"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    const QStringList texts = parser.values(QStringLiteral("text"));
    if (!path.isEmpty() && !texts.isEmpty()) {
        fail(QStringLiteral("give a session file or --text, not both"));
        return std::nullopt;
    }
    if (!path.isEmpty()) {
        SessionParseResult parsed = SessionFile::read(path);
        if (!parsed.session) {
            for (const auto &problem : parsed.problems)
                fail(path + QStringLiteral(": ") + QString::fromStdString(problem.toString()));
            return std::nullopt;
        }
        *name = QFileInfo(path).completeBaseName();
        return parsed.session;
    }
    Session session = lectureExample();
    if (!texts.isEmpty()) {
        session.data.texts.clear();
        for (const QString &text : texts) {
            std::u32string codePoints;
            for (char32_t c : text.toUcs4())
                codePoints += c;
            session.data.texts.push_back(std::move(codePoints));
        }
        session.model.hiddenSize = Dataset::vocabularyOf(session.data).size();
    }
    const std::vector<Problem> problems = validate(session);
    for (const auto &problem : problems)
        fail(QString::fromStdString(problem.toString()));
    if (!problems.empty())
        return std::nullopt;
    *name = QString::fromStdString(toUtf8(session.data.texts.front()));
    return session;
}

//! The models compare mode was asked for (--compare FILE… after the first session, or
//! --compare-preset ID), and a title; nullopt with the problems printed; an empty list when
//! compare mode was not asked for.
std::optional<std::vector<Session>> compareSessionsFrom(const QCommandLineParser &parser, QString *title,
                                                        QString *description)
{
    const QStringList files = parser.values(QStringLiteral("compare"));
    const bool preset = parser.isSet(QStringLiteral("compare-preset"));
    if (files.isEmpty() && !preset)
        return std::vector<Session>{};
    if (preset) {
        const QString id = parser.value(QStringLiteral("compare-preset"));
        const bool first = parser.isSet(QStringLiteral("session")) || !parser.positionalArguments().isEmpty()
            || parser.isSet(QStringLiteral("text"));
        if (!files.isEmpty() || first) {
            fail(QStringLiteral(
                "--compare-preset brings its own models: give it alone, or --compare files (and --session "
                "for the first model) instead"));
            return std::nullopt;
        }
        const auto found = comparePreset(id.toStdString());
        if (!found) {
            fail(
                QStringLiteral("--compare-preset: \"%1\" is not a preset: use layers (1 layer vs 2 layers on hello) or "
                               "cells (RNN vs LSTM vs GRU on a long text)")
                    .arg(id));
            return std::nullopt;
        }
        *title = QString::fromStdString(found->title);
        *description = QString::fromStdString(found->description);
        return found->sessions;
    }
    if (files.size() + 1 > limits::maxComparedModels) {
        fail(QStringLiteral(
                 "--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and "
                 "one or two --compare files, not %1")
                 .arg(files.size()));
        return std::nullopt;
    }
    QString name;
    std::optional<Session> first = sessionFrom(parser, &name);
    if (!first)
        return std::nullopt;
    std::vector<Session> sessions{*first};
    std::vector<std::string> names{name.toStdString()};
    for (const QString &path : files) {
        SessionParseResult parsed = SessionFile::read(path);
        if (!parsed.session) {
            for (const auto &problem : parsed.problems)
                fail(path + QStringLiteral(": ") + QString::fromStdString(problem.toString()));
            return std::nullopt;
        }
        sessions.push_back(std::move(*parsed.session));
        names.push_back(QFileInfo(path).completeBaseName().toStdString());
    }
    const std::vector<Problem> problems = validateForComparison(sessions, names);
    for (const auto &problem : problems)
        fail(QStringLiteral("cannot compare these sessions: ") + QString::fromStdString(problem.toString()));
    if (!problems.empty())
        return std::nullopt;
    QStringList all;
    for (const auto &n : names)
        all << QString::fromStdString(n);
    *title = all.join(QStringLiteral(" vs "));
    return sessions;
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

//! Screenshots and benchmarks print only what matters: drop two harmless notices Qt gives on a
//! bare offscreen or Xvfb session (no XDG runtime folder; size hints without a window manager).
QtMessageHandler g_previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set"))
        || message.contains(QStringLiteral("does not support propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int main(int argc, char **argv)
{
    // Screenshots and benchmarks run anywhere: without a display, render offscreen.
    const bool headlessMode = hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--bench-ui");
    const auto unset = [](const char *name) { return qEnvironmentVariableIsEmpty(name); };
    if (headlessMode && unset("QT_QPA_PLATFORM") && unset("DISPLAY") && unset("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headlessMode)
        g_previousHandler = qInstallMessageHandler(quietHandler);
    // --help and --version need no display either.
    const bool informational = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    if (informational && unset("QT_QPA_PLATFORM") && unset("DISPLAY") && unset("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!headlessMode && !informational && unset("QT_QPA_PLATFORM") && unset("DISPLAY") && unset("WAYLAND_DISPLAY")) {
        fail(QStringLiteral("there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                            "Run it in a desktop session, under xvfb-run, or render the window to a picture with "
                            "rnnlab --screenshot OUT.png"));
        return 1;
    }

    // QGuiApplication takes "-session ID" / "--session ID" for X11 session management and removes
    // it from argv; rnnlab's --session FILE is ours: read every argument before Qt sees them, and
    // give Qt the rest.
    QStringList arguments;
    std::vector<char *> qtArguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        const bool ours = std::strcmp(argv[i], "--session") == 0 || std::strcmp(argv[i], "-session") == 0;
        if (ours && i + 1 < argc) {
            arguments << QString::fromLocal8Bit(argv[i + 1]);
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--session=", 10) == 0)
            continue;
        qtArguments.push_back(argv[i]);
    }
    int qtArgc = static_cast<int>(qtArguments.size());
    qtArguments.push_back(nullptr);

    QApplication app(qtArgc, qtArguments.data());
    QApplication::setApplicationName(QStringLiteral("rnnlab"));
    QApplication::setOrganizationName(QStringLiteral("rnnlab"));
    QApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("rnnlab"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recurrent neural networks, shown at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("session"), QStringLiteral("A session file to open."),
                                 QStringLiteral("[SESSION.json]"));
    parser.addOptions({
        {QStringLiteral("text"), QStringLiteral("Train on this text (repeat for several) with the lecture's settings."),
         QStringLiteral("TEXT")},
        {QStringLiteral("session"), QStringLiteral("A session file to open."), QStringLiteral("FILE")},
        {QStringLiteral("screenshot"), QStringLiteral("Render the window to OUT.png and exit."),
         QStringLiteral("OUT.png")},
        {QStringLiteral("train"), QStringLiteral("With --screenshot: train this many steps first."),
         QStringLiteral("N")},
        {QStringLiteral("view"), QStringLiteral("With --screenshot: folded or unfolded (default)."),
         QStringLiteral("VIEW")},
        {QStringLiteral("size"), QStringLiteral("With --screenshot: the window size (default 1280x800)."),
         QStringLiteral("WxH")},
        {QStringLiteral("tab"),
         QStringLiteral("With --screenshot: step, loss, predictions, generate or pytorch (the PyTorch panel)."),
         QStringLiteral("TAB")},
        {QStringLiteral("history-step"),
         QStringLiteral("With --screenshot: rewind to this training step (after --train)."), QStringLiteral("K")},
        {QStringLiteral("time-step"), QStringLiteral("With --screenshot: walk by hand to this time step (0-based)."),
         QStringLiteral("T")},
        {QStringLiteral("phase"),
         QStringLiteral("With --screenshot: the phase of the time step: input, input-part, hidden-part, "
                        "sum, gates, cell, activation, output, softmax, prediction, loss, backward, "
                        "backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU)."),
         QStringLiteral("NAME")},
        {QStringLiteral("layer"), QStringLiteral("With --phase: the layer (1-based, default 1)."), QStringLiteral("L")},
        {QStringLiteral("walk-order"),
         QStringLiteral("With --phase: time (every layer at t, then t+1; the default) or layer "
                        "(layer 1 over all of time, then layer 2)."),
         QStringLiteral("ORDER")},
        {QStringLiteral("export-svg"),
         QStringLiteral("Write the graph (or --figure) as SVG and exit; takes --screenshot's "
                        "options (--train, --view, --size, …)."),
         QStringLiteral("OUT.svg")},
        {QStringLiteral("export-png"), QStringLiteral("Write the graph (or --figure) as PNG and exit."),
         QStringLiteral("OUT.png")},
        {QStringLiteral("scale"), QStringLiteral("With --export-png: 1, 2 or 3 times the screen's pixels (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("figure"),
         QStringLiteral("With --export-*: graph (default) or a heatmap, by its name (W_hh) or "
                        "PyTorch name (rnn.weight_hh_l1)."),
         QStringLiteral("NAME")},
        {QStringLiteral("theme"),
         QStringLiteral("The colour theme: system (the desktop's; the default), light, dark or "
                        "high-contrast (screenshots: light unless given)."),
         QStringLiteral("NAME")},
        {QStringLiteral("presentation"),
         QStringLiteral("Open in presentation mode (F11): full screen, large type, only the "
                        "graph, the equations and the play controls.")},
        {QStringLiteral("lesson-step"), QStringLiteral("Open the lesson at step K (1-based)."), QStringLiteral("K")},
        {QStringLiteral("bench-ui"),
         QStringLiteral("Measure the UI's responsiveness while training at full speed; print JSON.")},
        {QStringLiteral("seconds"), QStringLiteral("With --bench-ui: how long to measure (default 5)."),
         QStringLiteral("S")},
        {QStringLiteral("compare"),
         QStringLiteral("Compare mode: train this session beside the first one (--session, or "
                        "the hello example); repeat for a third model."),
         QStringLiteral("FILE")},
        {QStringLiteral("compare-preset"),
         QStringLiteral("Compare mode with a preset: layers (1 layer vs 2 layers on hello) "
                        "or cells (RNN vs LSTM vs GRU on a long text)."),
         QStringLiteral("NAME")},
        {QStringLiteral("free-running"),
         QStringLiteral("Compare mode: each model trains as fast as it can instead of in "
                        "lock step.")},
    });
    parser.process(arguments);

    QString name;
    QString compareTitle;
    QString compareDescription;
    const std::optional<std::vector<Session>> compared =
        compareSessionsFrom(parser, &compareTitle, &compareDescription);
    if (!compared)
        return 2;
    const bool compareMode = !compared->empty();
    if (parser.isSet(QStringLiteral("free-running")) && !compareMode) {
        fail(QStringLiteral("--free-running is for compare mode: give --compare FILE or --compare-preset NAME too"));
        return 2;
    }
    double seconds = 5.0;
    if (parser.isSet(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds <= 3600)) {
            fail(QStringLiteral("--seconds: \"%1\" must be a number of seconds between 0 and 3600")
                     .arg(parser.value(QStringLiteral("seconds"))));
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("bench-ui")) && compareMode) {
        CompareBenchmarkOptions options;
        options.sessions = *compared;
        options.name = compareTitle;
        options.seconds = seconds;
        options.freeRunning = parser.isSet(QStringLiteral("free-running"));
        return runCompareUiBenchmark(options);
    }
    if (parser.isSet(QStringLiteral("bench-ui"))) {
        UiBenchmarkOptions options;
        const bool given = parser.isSet(QStringLiteral("session")) || !parser.positionalArguments().isEmpty()
            || parser.isSet(QStringLiteral("text"));
        if (given) {
            auto session = sessionFrom(parser, &name);
            if (!session)
                return 2;
            options.session = *session;
            options.name = name;
        } else {
            options.session = uiBenchmarkSession();
            options.name = QStringLiteral("rnn_tanh_h128_text64");
        }
        options.seconds = seconds;
        return runUiBenchmark(options);
    }

    std::optional<Theme> theme;
    if (parser.isSet(QStringLiteral("theme"))) {
        theme = themeFromName(parser.value(QStringLiteral("theme")));
        if (!theme) {
            fail(QStringLiteral("--theme: \"%1\" is not a theme: %2")
                     .arg(parser.value(QStringLiteral("theme")), themeNames().join(QStringLiteral(", "))));
            return 2;
        }
    }
    std::optional<int> lessonStep;
    if (parser.isSet(QStringLiteral("lesson-step"))) {
        bool ok = false;
        const int k = parser.value(QStringLiteral("lesson-step")).toInt(&ok);
        if (!ok || k < 1 || k > lessonStepCount()) {
            fail(QStringLiteral("--lesson-step: \"%1\" must be a step of the lesson, 1 to %2")
                     .arg(parser.value(QStringLiteral("lesson-step")))
                     .arg(lessonStepCount()));
            return 2;
        }
        lessonStep = k;
    }

    std::optional<Session> session =
        compareMode && parser.isSet(QStringLiteral("compare-preset")) ? compared->front() : sessionFrom(parser, &name);
    if (!session)
        return 2;

    const bool exporting = parser.isSet(QStringLiteral("export-svg")) || parser.isSet(QStringLiteral("export-png"));
    if (parser.isSet(QStringLiteral("screenshot")) || exporting) {
        ScreenshotOptions options;
        options.output = parser.value(QStringLiteral("screenshot"));
        if (exporting) {
            if (parser.isSet(QStringLiteral("export-svg")) + parser.isSet(QStringLiteral("export-png"))
                    + parser.isSet(QStringLiteral("screenshot"))
                > 1) {
                fail(QStringLiteral("give one of --screenshot, --export-svg and --export-png"));
                return 2;
            }
            const bool svg = parser.isSet(QStringLiteral("export-svg"));
            options.figurePath = parser.value(svg ? QStringLiteral("export-svg") : QStringLiteral("export-png"));
            const QString suffix = QFileInfo(options.figurePath).suffix().toLower();
            if (suffix != (svg ? u"svg" : u"png")) {
                fail(QStringLiteral("--export-%1: \"%2\" must end in .%1")
                         .arg(svg ? QStringLiteral("svg") : QStringLiteral("png"), options.figurePath));
                return 2;
            }
            if (parser.isSet(QStringLiteral("figure")))
                options.figure = parser.value(QStringLiteral("figure"));
            if (parser.isSet(QStringLiteral("scale"))) {
                const QString scale = parser.value(QStringLiteral("scale"));
                if (svg || (scale != u"1" && scale != u"2" && scale != u"3")) {
                    fail(svg ? QStringLiteral("--scale applies to --export-png; an SVG has no pixels")
                             : QStringLiteral("--scale: \"%1\" must be 1, 2 or 3").arg(scale));
                    return 2;
                }
                options.scale = scale.toInt();
            }
        }
        options.session = *session;
        options.name = name;
        options.theme = theme.value_or(Theme::Light);
        options.presentation = parser.isSet(QStringLiteral("presentation"));
        options.lessonStep = lessonStep;
        if (parser.isSet(QStringLiteral("train"))) {
            bool ok = false;
            options.train = parser.value(QStringLiteral("train")).toLongLong(&ok);
            if (!ok || options.train < 0 || options.train > 100'000'000) {
                fail(QStringLiteral("--train: \"%1\" must be a whole number of steps from 0 to 100000000")
                         .arg(parser.value(QStringLiteral("train"))));
                return 2;
            }
        }
        const QString view = parser.value(QStringLiteral("view"));
        if (!view.isEmpty() && view != u"folded" && view != u"unfolded") {
            fail(QStringLiteral("--view: \"%1\" is neither folded nor unfolded").arg(view));
            return 2;
        }
        options.folded = view == u"folded";
        if (parser.isSet(QStringLiteral("size"))) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
            const auto match = pattern.match(parser.value(QStringLiteral("size")));
            if (!match.hasMatch() || match.captured(1).toInt() > 8192 || match.captured(2).toInt() > 8192) {
                fail(QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")
                         .arg(parser.value(QStringLiteral("size"))));
                return 2;
            }
            options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        }
        if (compareMode) {
            for (const char *option : {"tab", "history-step", "time-step", "phase", "layer", "walk-order"}) {
                if (parser.isSet(QLatin1String(option))) {
                    fail(QStringLiteral("--%1 shows a part of the main window: it does not apply to compare mode")
                             .arg(QLatin1String(option)));
                    return 2;
                }
            }
            CompareScreenshotOptions compare;
            compare.output = options.output;
            compare.sessions = *compared;
            compare.title = compareTitle;
            compare.description = compareDescription;
            compare.train = options.train;
            compare.size = options.size;
            compare.folded = options.folded;
            compare.freeRunning = parser.isSet(QStringLiteral("free-running"));
            return takeCompareScreenshot(compare);
        }
        options.tab = parser.value(QStringLiteral("tab"));
        if (!options.tab.isEmpty() && options.tab != u"step" && options.tab != u"loss" && options.tab != u"predictions"
            && options.tab != u"generate" && options.tab != u"pytorch") {
            fail(QStringLiteral("--tab: \"%1\" is not step, loss, predictions, generate or pytorch").arg(options.tab));
            return 2;
        }
        const auto whole = [&](const char *name, qint64 minimum, qint64 maximum) -> std::optional<qint64> {
            bool ok = false;
            const qint64 value = parser.value(QLatin1String(name)).toLongLong(&ok);
            if (!ok || value < minimum || value > maximum) {
                fail(QStringLiteral("--%1: \"%2\" must be a whole number from %3 to %4")
                         .arg(QLatin1String(name), parser.value(QLatin1String(name)))
                         .arg(minimum)
                         .arg(maximum));
                return std::nullopt;
            }
            return value;
        };
        if (parser.isSet(QStringLiteral("history-step"))) {
            const auto k = whole("history-step", 0, 100'000'000);
            if (!k)
                return 2;
            options.historyStep = *k;
        }
        if (parser.isSet(QStringLiteral("time-step"))) {
            const auto t = whole("time-step", 0, 1'000'000);
            if (!t)
                return 2;
            options.timeStep = int(*t);
        }
        if (parser.isSet(QStringLiteral("layer"))) {
            const auto l = whole("layer", 1, 8);
            if (!l)
                return 2;
            options.layer = int(*l);
        }
        if (parser.isSet(QStringLiteral("phase"))) {
            const QString phase = parser.value(QStringLiteral("phase"));
            if (!TimeStepWalker::phaseFromName(phase)) {
                fail(QStringLiteral(
                         "--phase: \"%1\" is not a phase: input, input-part, hidden-part, sum, gates, cell, "
                         "activation, output, softmax, prediction, loss, backward, backward-cell or backward-pre")
                         .arg(phase));
                return 2;
            }
            options.phase = phase;
        }
        if (parser.isSet(QStringLiteral("walk-order"))) {
            const QString order = parser.value(QStringLiteral("walk-order"));
            if (order != u"time" && order != u"layer") {
                fail(QStringLiteral("--walk-order: \"%1\" is not an order: time or layer").arg(order));
                return 2;
            }
            options.layerMajor = order == u"layer";
        }
        return takeScreenshot(options);
    }

    if (!theme)
        theme = themeFromName(QSettings().value(QStringLiteral("view/theme")).toString()).value_or(Theme::System);
    applyTheme(*theme);
    MainWindow window;
    window.startSession(*session, name);
    window.show();
    // A file given (a double click in the file manager): opened as File > Open does, with its
    // history and view; it was checked above, so this does not fail.
    QString path = parser.value(QStringLiteral("session"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    if (!path.isEmpty())
        window.openFile(path, false);
    if (lessonStep)
        window.openLesson(*lessonStep - 1);
    if (parser.isSet(QStringLiteral("presentation")))
        window.setPresentationMode(true);
    // A session that rnnlab could not save before it crashed comes back (asked first).
    window.sessionActions()->restoreAutosave();
    if (compareMode && !window.openCompare(*compared, compareTitle, compareDescription).empty())
        return 2; // validated above: not expected
    return app.exec();
}
