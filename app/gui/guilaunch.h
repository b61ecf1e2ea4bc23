// SPDX-License-Identifier: MIT
// What rnnlab must settle before QApplication exists: the platform (offscreen for the modes that
// need no display — --screenshot, --bench-ui, --help, --version — when there is none; a refusal
// when the window has nothing to open on), a message handler that drops two harmless notices in the
// headless modes, and which arguments are Qt's. Not the options themselves (GuiOptions).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace rnnlab {

class GuiLaunch
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::GuiLaunch)

public:
    struct Plan
    {
        bool offscreen = false; // set QT_QPA_PLATFORM=offscreen
        bool quiet = false; // drop the offscreen/Xvfb notices (screenshots and benchmarks print JSON or nothing)
        bool noDisplay = false; // the window cannot open: refuse
    };

    //! What \a argv needs, when \a displayGiven (QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY is set) or not.
    static Plan plan(int argc, char **argv, bool displayGiven);
    //! Carries out plan() for this process's environment and returns it: when noDisplay, the
    //! caller refuses with noDisplayMessage() (exit status 1).
    static Plan prepare(int argc, char **argv);
    //! The refusal of a window with no display to open on, in the installed language (main()
    //! installs it on a QCoreApplication first: a QApplication cannot start without a display).
    static QString noDisplayMessage();

    //! All of \a argv as rnnlab's arguments; \a qtArguments gets what QApplication may see, ending in
    //! a null pointer: not --session FILE (nor -session FILE, --session=FILE), which
    //! QGuiApplication would take for X11 session management and remove.
    static QStringList split(int argc, char **argv, std::vector<char *> *qtArguments);
};

} // namespace rnnlab
