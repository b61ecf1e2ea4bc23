// SPDX-License-Identifier: MIT
// rnnlab-cli: rnnlab's engine without the window — train, generate, benchmark, check sessions.
// The commands are one table: the dispatch, the usage text and the refusal of an unknown command
// all come from it. Each command parses its own options (clicommon.h).
#include "app/cli/clicommon.h"
#include "app/language/language.h"

#include <QLocale>

#include <QCoreApplication>

#include <cstdio>
#include <optional>
#include <string>

namespace {

using namespace rnnlab::cli;
using rnnlab::Language;

struct Command
{
    const char *name;
    const char *summary; // one line of the usage text
    int (*run)(const QStringList &arguments);
};

// In the usage text's order.
const Command commands[] = {
    {"train", "Train a session (or --text TEXT) and print one line per step", trainCommand},
    {"generate", "Continue a prime string with a session's weights", generateCommand},
    {"bench", "Measure training speed (steps per second) as JSON", benchCommand},
    {"check", "Validate a session file and describe it", checkCommand},
    {"compare", "Train two or three sessions side by side and print a summary table", compareCommand},
    {"export-pytorch", "Write the PyTorch script that continues training a session", exportPytorchCommand},
    {"import-pytorch", "Turn a state saved by that script's helper into a session", importPytorchCommand},
    {"analyze", "Write what a network remembers (influence, PCA, units) as JSON", analyzeCommand},
    {"soak", "Train for a long run, watching memory, NaNs and step time", soakCommand},
    {"new-forecast", "Write a time-series session from a generated wave (sine, square, ...)", newForecastCommand},
    {"new-translate", "Write a translation session from a file of source<Tab>target pairs", newTranslateCommand},
};

std::string usage()
{
    std::string text = "Usage: rnnlab-cli <command> [options]\n"
                       "\n"
                       "rnnlab's engine without the window: the numbers are PyTorch 1.13's.\n"
                       "\n"
                       "Commands:\n";
    for (const Command &command : commands) {
        const std::string name = command.name;
        // Summaries line up after the short names; a long name keeps two spaces.
        text += "  " + name + std::string(name.size() < 9 ? 11 - name.size() : 2, ' ') + command.summary + "\n";
    }
    return text
        + "\n"
          "  rnnlab-cli train --text hello     the lecture's example\n"
          "  rnnlab-cli <command> --help       a command's options\n"
          "  rnnlab-cli --version\n"
          "\n"
          "Every command takes --language CODE (en, de, es, fr, ja, ko, zh_CN); without it, the\n"
          "window's View > Language, else the system's. Numbers stay in the C locale.\n";
}

//! "train, generate, … and soak"
QString commandList()
{
    QString list;
    const auto count = std::size(commands);
    for (std::size_t i = 0; i < count; ++i) {
        list += QLatin1String(i == 0 ? "" : i + 1 == count ? " and " : ", ");
        list += QLatin1String(commands[i].name);
    }
    return list;
}

//! Takes --language CODE (or --language=CODE) out of \a arguments, wherever it is, so that every
//! command accepts it. Its value, an empty string when it is not given, or nullopt (after printing
//! the refusal) when it names no language rnnlab speaks or has no value.
std::optional<QString> takeLanguage(QStringList &arguments)
{
    QString requested;
    for (qsizetype i = 1; i < arguments.size();) {
        QString value;
        if (arguments.at(i) == u"--language") {
            if (i + 1 >= arguments.size()) {
                printError(QStringLiteral("--language needs a value: %1").arg(Language::codes().join(u", ")));
                return std::nullopt;
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
        requested = Language::code(value);
        if (requested.isEmpty()) {
            printError(Language::unknownMessage(value));
            return std::nullopt;
        }
    }
    return requested;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rnnlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const std::optional<QString> requested = takeLanguage(arguments);
    if (!requested)
        return BadInput;
    // Messages in the reader's language; numbers (lines of numbers, JSON, files) stay C.
    if (const QString language = Language::choose(*requested, Language::saved(), QLocale::system().uiLanguages());
        !Language::install(language, false)) {
        printError(QStringLiteral("the %1 translation is missing from this build").arg(language));
        return Failed;
    }
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(usage().c_str(), command.isEmpty() ? stderr : stdout);
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
    printError(QStringLiteral("\"%1\" is not a command; the commands are %2 (see rnnlab-cli --help)")
                   .arg(command, commandList()));
    return BadInput;
}
