// SPDX-License-Identifier: MIT
// rnnlab-cli: rnnlab's engine without the window — train, generate, benchmark, check sessions.
// The commands are one table: the dispatch, the usage text and the refusal of an unknown command
// all come from it. Each command parses its own options (clicommon.h).
#include "app/cli/clicommon.h"
#include "app/language/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <optional>

namespace {

using namespace rnnlab::cli;
using rnnlab::Language;

//! The usage text's and the dispatch's messages (translations/rnnlab_*.ts, context rnnlab::cli::Main).
class Main
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Main)
};

struct Command
{
    const char *name;
    const char *summary; // one line of the usage text, translated where it is printed
    int (*run)(const QStringList &arguments);
};

// In the usage text's order. QT_TRANSLATE_NOOP: lupdate files the summaries under Main's context.
const Command commands[] = {
    {"train", QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Train a session (or --text TEXT) and print one line per step"),
     trainCommand},
    {"generate", QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Continue a prime string with a session's weights"),
     generateCommand},
    {"bench", QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Measure training speed (steps per second) as JSON"),
     benchCommand},
    {"check", QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Validate a session file and describe it"), checkCommand},
    {"compare",
     QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Train two or three sessions side by side and print a summary table"),
     compareCommand},
    {"export-pytorch",
     QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Write the PyTorch script that continues training a session"),
     exportPytorchCommand},
    {"import-pytorch",
     QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Turn a state saved by that script's helper into a session"),
     importPytorchCommand},
    {"analyze",
     QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Write what a network remembers (influence, PCA, units) as JSON"),
     analyzeCommand},
    {"soak", QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Train for a long run, watching memory, NaNs and step time"),
     soakCommand},
    {"new-forecast",
     QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Write a time-series session from a generated wave (sine, square, ...)"),
     newForecastCommand},
    {"new-translate",
     QT_TRANSLATE_NOOP("rnnlab::cli::Main", "Write a translation session from a file of source<Tab>target pairs"),
     newTranslateCommand},
};

// The command names, the options and the example command lines stay as typed in every language;
// the man page (cmake/manpage.cmake) reads the English "Commands:" block.
QString usage()
{
    QString text = Main::tr("Usage: rnnlab-cli <command> [options]") + QStringLiteral("\n\n")
        + Main::tr("rnnlab's engine without the window: the numbers are PyTorch 1.13's.") + QStringLiteral("\n\n")
        + Main::tr("Commands:") + u'\n';
    for (const Command &command : commands) {
        const QString name = QLatin1String(command.name);
        // Summaries line up after the short names; a long name keeps two spaces.
        text += QStringLiteral("  ") + name + QString(name.size() < 9 ? 11 - name.size() : 2, u' ')
            + QCoreApplication::translate("rnnlab::cli::Main", command.summary) + u'\n';
    }
    return text + u'\n' + QStringLiteral("  rnnlab-cli train --text hello     ") + Main::tr("the lecture's example")
        + u'\n' + QStringLiteral("  rnnlab-cli <command> --help       ") + Main::tr("a command's options") + u'\n'
        + QStringLiteral("  rnnlab-cli --version\n\n")
        + Main::tr("Every command takes --language CODE (%1); without it, the\n"
                   "window's View > Language, else the system's. Numbers stay in the C locale.")
              .arg(Language::codes().join(QStringLiteral(", ")))
        + u'\n';
}

//! "train, generate, … and soak"
QString commandList()
{
    const auto count = std::size(commands);
    QString list = QLatin1String(commands[0].name);
    for (std::size_t i = 1; i + 1 < count; ++i)
        list += QStringLiteral(", ") + QLatin1String(commands[i].name);
    //: The end of a list: "train, generate, … and soak" (%1: all but the last, %2: the last).
    return Main::tr("%1 and %2").arg(list, QLatin1String(commands[count - 1].name));
}

//! What --language asked for.
struct LanguageArgument
{
    QString requested; // its code; empty when it is not given
    std::optional<QString> unknown; // a value that names no language rnnlab speaks
    bool missingValue = false; // --language was the last argument
};

//! Takes --language CODE (or --language=CODE) out of \a arguments, wherever it is, so that every
//! command accepts it. Prints nothing: a refusal is printed once a language is in place.
LanguageArgument takeLanguage(QStringList &arguments)
{
    LanguageArgument result;
    for (qsizetype i = 1; i < arguments.size();) {
        QString value;
        if (arguments.at(i) == u"--language") {
            if (i + 1 >= arguments.size()) {
                result.missingValue = true;
                return result;
            }
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(u"--language=")) {
            value = arguments.at(i).mid(11);
            arguments.remove(i);
        } else {
            ++i;
            continue;
        }
        result.requested = Language::code(value);
        if (result.requested.isEmpty()) {
            result.unknown = value;
            return result;
        }
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rnnlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const LanguageArgument language = takeLanguage(arguments);
    // Messages in the reader's language, before anything is printed (a refusal of --language
    // itself: in View > Language's or the system's); numbers (lines of numbers, JSON, files) stay C.
    if (const QString chosen = Language::choose(language.requested, Language::saved(), QLocale::system().uiLanguages());
        !Language::install(chosen, false)) {
        // Not translated: the translation that would say it is the one missing.
        printError(QStringLiteral("the %1 translation is missing from this build").arg(chosen));
        return Failed;
    }
    if (language.missingValue) {
        printError(Main::tr("--language needs a value: %1").arg(Language::codes().join(u", ")));
        return BadInput;
    }
    if (language.unknown) {
        printError(Language::unknownMessage(*language.unknown));
        return BadInput;
    }
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(usage().toUtf8().constData(), command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? BadInput : Success;
    }
    if (command == u"--version" || command == u"-v") {
        std::printf("rnnlab-cli %s\n", RNNLAB_VERSION);
        return Success;
    }
    // Each command parses its own options, with "rnnlab-cli <command>" as its program name.
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("rnnlab-cli ") + command;
    for (const Command &known : commands) {
        if (command == QLatin1String(known.name))
            return known.run(arguments);
    }
    printError(
        Main::tr("\"%1\" is not a command; the commands are %2 (see rnnlab-cli --help)").arg(command, commandList()));
    return BadInput;
}
