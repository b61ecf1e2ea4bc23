// SPDX-License-Identifier: MIT
// rnnlab-cli: rnnlab's engine without the window — train, generate, benchmark, check sessions.
#include "app/cli/clicommon.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char *const usage = "Usage: rnnlab-cli <command> [options]\n"
                          "\n"
                          "rnnlab's engine without the window: the numbers are PyTorch 1.13's.\n"
                          "\n"
                          "Commands:\n"
                          "  train      Train a session (or --text TEXT) and print one line per step\n"
                          "  generate   Continue a prime string with a session's weights\n"
                          "  bench      Measure training speed (steps per second) as JSON\n"
                          "  check      Validate a session file and describe it\n"
                          "  compare    Train two or three sessions side by side and print a summary table\n"
                          "  export-pytorch  Write the PyTorch script that continues training a session\n"
                          "  import-pytorch  Turn a state saved by that script's helper into a session\n"
                          "  soak       Train for a long run, watching memory, NaNs and step time\n"
                          "\n"
                          "  rnnlab-cli train --text hello     the lecture's example\n"
                          "  rnnlab-cli <command> --help       a command's options\n"
                          "  rnnlab-cli --version\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rnnlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(usage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? rnnlab::cli::BadInput : rnnlab::cli::Success;
    }
    if (command == u"--version" || command == u"-v") {
        std::printf("rnnlab-cli %s\n", RNNLAB_VERSION);
        return rnnlab::cli::Success;
    }
    // Each command parses its own options, with "rnnlab-cli <command>" as its program name.
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("rnnlab-cli ") + command;
    if (command == u"train")
        return rnnlab::cli::trainCommand(arguments);
    if (command == u"generate")
        return rnnlab::cli::generateCommand(arguments);
    if (command == u"bench")
        return rnnlab::cli::benchCommand(arguments);
    if (command == u"check")
        return rnnlab::cli::checkCommand(arguments);
    if (command == u"compare")
        return rnnlab::cli::compareCommand(arguments);
    if (command == u"export-pytorch")
        return rnnlab::cli::exportPytorchCommand(arguments);
    if (command == u"import-pytorch")
        return rnnlab::cli::importPytorchCommand(arguments);
    if (command == u"soak")
        return rnnlab::cli::soakCommand(arguments);
    rnnlab::cli::printError(
        QStringLiteral("\"%1\" is not a command; the commands are train, generate, bench, "
                       "check, compare, export-pytorch, import-pytorch and soak (see rnnlab-cli --help)")
            .arg(command));
    return rnnlab::cli::BadInput;
}
