// SPDX-License-Identifier: MIT
#include "app/gui/guilaunch.h"

#include <QtGlobal>

#include <cstring>

namespace rnnlab {

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

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

} // namespace

GuiLaunch::Plan GuiLaunch::plan(int argc, char **argv, bool displayGiven)
{
    // Screenshots and benchmarks run anywhere: without a display, render offscreen. --help and
    // --version need no display either.
    const bool headless = hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--bench-ui");
    const bool informational = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    Plan plan;
    plan.offscreen = (headless || informational) && !displayGiven;
    plan.quiet = headless;
    plan.noDisplay = !headless && !informational && !displayGiven;
    return plan;
}

GuiLaunch::Plan GuiLaunch::prepare(int argc, char **argv)
{
    const auto unset = [](const char *name) { return qEnvironmentVariableIsEmpty(name); };
    const Plan launch = plan(argc, argv, !(unset("QT_QPA_PLATFORM") && unset("DISPLAY") && unset("WAYLAND_DISPLAY")));
    if (launch.offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (launch.quiet)
        g_previousHandler = qInstallMessageHandler(quietHandler);
    return launch;
}

QString GuiLaunch::noDisplayMessage()
{
    return tr("there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in "
              "a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png");
}

QStringList GuiLaunch::split(int argc, char **argv, std::vector<char *> *qtArguments)
{
    QStringList arguments;
    qtArguments->clear();
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
        qtArguments->push_back(argv[i]);
    }
    qtArguments->push_back(nullptr);
    return arguments;
}

} // namespace rnnlab
