// SPDX-License-Identifier: MIT
// rnnlab-cli: rnnlab's engine without the window — train, generate, benchmark, check sessions.
// The commands are one table: the dispatch, the usage text and the refusal of an unknown command
// all come from it. Each command parses its own options (clicommon.h).
#include "app/cli/clicommon.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace {

using namespace rnnlab::cli;

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
          "  rnnlab-cli --version\n";
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rnnlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));

    QStringList arguments = QCoreApplication::arguments();
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
