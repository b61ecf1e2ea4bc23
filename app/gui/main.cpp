// SPDX-License-Identifier: MIT
// rnnlab: the desktop app. With no arguments it opens on the lecture's hello example.
//   rnnlab [SESSION.json | --text TEXT …]
//   rnnlab --screenshot OUT.png [--session FILE | --text TEXT …] [--train N] [--view folded|unfolded]
//          [--size WxH] [--tab loss|predictions|generate]
//   rnnlab --bench-ui [SESSION.json] [--seconds S]
#include "appmodes.h"
#include "dataset.h"
#include "lesson.h"
#include "mainwindow.h"
#include "theme.h"
#include "sessionfile.h"
#include "timestepwalker.h"
#include "unicode.h"

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
        {QStringLiteral("screenshot"), QStringLiteral("Render the window to OUT.png and exit."), QStringLiteral("OUT.png")},
        {QStringLiteral("train"), QStringLiteral("With --screenshot: train this many steps first."), QStringLiteral("N")},
        {QStringLiteral("view"), QStringLiteral("With --screenshot: folded or unfolded (default)."), QStringLiteral("VIEW")},
        {QStringLiteral("size"), QStringLiteral("With --screenshot: the window size (default 1280x800)."), QStringLiteral("WxH")},
        {QStringLiteral("tab"), QStringLiteral("With --screenshot: step, loss, predictions or generate."), QStringLiteral("TAB")},
        {QStringLiteral("history-step"), QStringLiteral("With --screenshot: rewind to this training step (after --train)."),
         QStringLiteral("K")},
        {QStringLiteral("time-step"), QStringLiteral("With --screenshot: walk by hand to this time step (0-based)."),
         QStringLiteral("T")},
        {QStringLiteral("phase"), QStringLiteral("With --screenshot: the phase of the time step: input, input-part, hidden-part, "
                                                 "sum, gates, cell, activation, output, softmax, prediction, loss, backward, "
                                                 "backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU)."),
         QStringLiteral("NAME")},
        {QStringLiteral("layer"), QStringLiteral("With --phase: the layer (1-based, default 1)."), QStringLiteral("L")},
        {QStringLiteral("walk-order"), QStringLiteral("With --phase: time (every layer at t, then t+1; the default) or layer "
                                                      "(layer 1 over all of time, then layer 2)."),
         QStringLiteral("ORDER")},
        {QStringLiteral("theme"), QStringLiteral("The colour theme: system (the desktop's; the default), light, dark or "
                                                 "high-contrast (screenshots: light unless given)."),
         QStringLiteral("NAME")},
        {QStringLiteral("presentation"), QStringLiteral("Open in presentation mode (F11): full screen, large type, only the "
                                                        "graph, the equations and the play controls.")},
        {QStringLiteral("lesson-step"), QStringLiteral("Open the lesson at step K (1-based)."), QStringLiteral("K")},
        {QStringLiteral("bench-ui"), QStringLiteral("Measure the UI's responsiveness while training at full speed; print JSON.")},
        {QStringLiteral("seconds"), QStringLiteral("With --bench-ui: how long to measure (default 5)."), QStringLiteral("S")},
    });
    parser.process(arguments);

    QString name;
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
        if (parser.isSet(QStringLiteral("seconds"))) {
            bool ok = false;
            options.seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok);
            if (!ok || !(options.seconds > 0 && options.seconds <= 3600)) {
                fail(QStringLiteral("--seconds: \"%1\" must be a number of seconds between 0 and 3600").arg(parser.value(QStringLiteral("seconds"))));
                return 2;
            }
        }
        return runUiBenchmark(options);
    }

    std::optional<Theme> theme;
    if (parser.isSet(QStringLiteral("theme"))) {
        theme = themeFromName(parser.value(QStringLiteral("theme")));
        if (!theme) {
            fail(QStringLiteral("--theme: \"%1\" is not a theme: %2").arg(parser.value(QStringLiteral("theme")),
                                                                        themeNames().join(QStringLiteral(", "))));
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

    auto session = sessionFrom(parser, &name);
    if (!session)
        return 2;

    if (parser.isSet(QStringLiteral("screenshot"))) {
        ScreenshotOptions options;
        options.output = parser.value(QStringLiteral("screenshot"));
        options.session = *session;
        options.name = name;
        options.theme = theme.value_or(Theme::Light);
        options.presentation = parser.isSet(QStringLiteral("presentation"));
        options.lessonStep = lessonStep;
        if (parser.isSet(QStringLiteral("train"))) {
            bool ok = false;
            options.train = parser.value(QStringLiteral("train")).toLongLong(&ok);
            if (!ok || options.train < 0 || options.train > 100'000'000) {
                fail(QStringLiteral("--train: \"%1\" must be a whole number of steps from 0 to 100000000").arg(parser.value(QStringLiteral("train"))));
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
        options.tab = parser.value(QStringLiteral("tab"));
        if (!options.tab.isEmpty() && options.tab != u"step" && options.tab != u"loss" && options.tab != u"predictions"
            && options.tab != u"generate") {
            fail(QStringLiteral("--tab: \"%1\" is not step, loss, predictions or generate").arg(options.tab));
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
                fail(QStringLiteral("--phase: \"%1\" is not a phase: input, input-part, hidden-part, sum, gates, cell, "
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
    if (lessonStep)
        window.openLesson(*lessonStep - 1);
    if (parser.isSet(QStringLiteral("presentation")))
        window.setPresentationMode(true);
    return app.exec();
}
