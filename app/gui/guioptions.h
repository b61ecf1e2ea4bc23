// SPDX-License-Identifier: MIT
// rnnlab's command line as a value: the options it takes (add()) and what a parsed command line
// asks for (parse()) — the window, a screenshot or figure export, a UI benchmark, each also in
// compare mode — or a refusal with its messages. The session files it names are read here, so that
// a refusal comes before any window exists. Every refusal message is pinned by tst_guioptions
// (check-unchanged runs the GUI's pictures, not its refusals). Not the running of a mode
// (ui/window/appmodes.h) nor what must happen before QApplication exists (GuiLaunch).
#pragma once

#include "ui/window/appmodes.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

class QCommandLineParser;

namespace rnnlab {

//! The command line cannot be followed: print each message as "rnnlab: <message>", exit status 2.
struct GuiRefusal
{
    QStringList messages;
};

//! What rnnlab was asked to do.
using GuiMode = std::variant<WindowOptions, ScreenshotOptions, CompareScreenshotOptions, UiBenchmarkOptions,
                             CompareBenchmarkOptions, GuiRefusal>;

class GuiOptions
{
    // The options' help and the refusals are translated (context rnnlab::GuiOptions): main()
    // installs the reader's language before add() registers them.
    Q_DECLARE_TR_FUNCTIONS(rnnlab::GuiOptions)

public:
    //! Registers rnnlab's options, --help, --version and the positional SESSION.rnnlab on \a parser.
    static void add(QCommandLineParser &parser);
    //! What \a parser, which add() set up and which has parsed the arguments, asks for. Checks the
    //! option values and reads and validates the sessions (files, --text, presets) in the order the
    //! refusals have always come in: the first wrong thing is what the refusal says.
    static GuiMode parse(const QCommandLineParser &parser);
    //! The language of --help and of a refusal: --language's in \a arguments (--language CODE or
    //! --language=CODE, the last one before "--") when it names one rnnlab speaks, else View ▸
    //! Language's or the system's — also for screenshots, whose pictures only are English.
    static QString messageLanguage(const QStringList &arguments);
    //! The language \a mode (what parse() made of \a parser) speaks: --language's (checked by parse()),
    //! else, for the window, View ▸ Language's or the system's; English for screenshots, figure
    //! export and benchmarks, so that their pictures do not depend on the machine.
    static QString language(const QCommandLineParser &parser, const GuiMode &mode);
};

} // namespace rnnlab
