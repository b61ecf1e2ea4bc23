// SPDX-License-Identifier: MIT
// What every rnnlab-cli command shares: exit codes, printing problems, strict option parsing.
#pragma once

#include "engine/session.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace rnnlab::cli {

enum ExitCode : int {
    Success = 0,
    Failed = 1, // training refused a step (divergence), or a file could not be written
    BadInput = 2, // the command line, a session or an option value is wrong: nothing was done
};

// Words a person reads (help, refusals, check's description, what was written) go through the
// translation (each file's tr() context, rnnlab::cli::<Command>, installed by main() before the
// first word); lines of numbers (train's steps, generate's output, soak's samples), JSON, traces
// and scripts do not: scripts and tests read them, and they are the same in every language.
// The engine's problems are translated (ProblemText); the session files' own problems (SessionReader,
// AtomicFile, SessionFile) are still English.

//! Prints "rnnlab-cli: <context>: <problem>" to stderr, one line per problem, in the installed
//! language (ProblemText::text).
void printProblems(const QString &context, const std::vector<Problem> &problems);
void printError(const QString &message);
//! Writes UTF-8 to stdout.
void printLine(const std::string &line);

// Parts of check's and import-pytorch's descriptions of a model, translated. English has no .qm
// to choose "layer" or "layers" for %n, so one is its own message; every other count is %n's.
//! "1 layer", "2 layers".
QString layerCount(int layers);
//! "1 text", "3 texts".
QString textCount(int texts);
//! "with an output layer" or "no output layer".
QString outputLayerWords(bool outputLayer);

//! Strict number parsing for option values; on failure prints what is wrong and returns nullopt.
std::optional<std::int64_t> parseInteger(const QCommandLineParser &parser, const QString &option, std::int64_t minimum,
                                         std::int64_t maximum);
std::optional<double> parseNumber(const QCommandLineParser &parser, const QString &option);
//! The file --\a option names for writing (empty when the option is not given). Refuses, with a
//! message, a name given empty (--save '' would otherwise do nothing and say nothing) and a target
//! that exists and is not a regular file (AtomicFile::checkTarget: a FIFO, a device): nullopt then,
//! before any work is done (exit BadInput).
std::optional<QString> outputPath(const QCommandLineParser &parser, const QString &option);

//! The session a command works on: SESSION.json, or --text TEXT… (the lecture's settings), with
//! the model and training options applied on top. Prints the problems and returns nullopt when
//! there are any. \a history receives the file's loss history (when the options leave it valid).
std::optional<Session> sessionFromArguments(const QCommandLineParser &parser, const QStringList &positional,
                                            QString *name = nullptr, SavedHistory *history = nullptr);
//! What bench and soak start with: parses \a arguments (parseCommandLine()), then returns
//! sessionFromArguments(), or the lecture's example (named "lecture_hello") when neither a session
//! file nor --text is given — what they measure by default. Returns nullopt, with the exit status
//! in \a status, when the command should stop there (--help, a bad command line or session).
std::optional<Session> parseSessionOrLectureExample(QCommandLineParser &parser, const QStringList &arguments,
                                                    QString *name, int *status);
//! What new-forecast and new-translate end with: writes \a session to -o/--output, refusing an
//! empty or missing name and an existing file without --force (BadInput), a failed write
//! (Failed). Returns the exit status.
int writeNewSession(const QCommandLineParser &parser, const Session &session);
//! Parses \a arguments; prints --help (exit 0) or the parse error (exit 2). Returns nullopt when
//! the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

//! Registers what sessionFromArguments() reads: the positional session file (\a description, as
//! --help shows it with \a syntax; empty: "A session file (.json)." in the reader's language),
//! --text and the model/training override options.
void addSessionArguments(QCommandLineParser &parser, const QString &description = QString(),
                         const QString &syntax = QStringLiteral("[SESSION.json]"));

//! Registers the model and training options (--cell, --hidden-size, --layers, --output-layer,
//! --optimizer, --lr, --momentum, --clip, --seed), --hidden-size described by \a hiddenSizeHelp:
//! what addSessionArguments() adds after --text and --label, and what a command that makes a
//! session itself (new-translate) offers.
void addModelOptions(QCommandLineParser &parser, const QString &hiddenSizeHelp);
//! Applies those options that are set to \a session (not validated). Prints what is wrong with a
//! value and returns false when any is.
bool applyModelOptions(const QCommandLineParser &parser, Session &session);

int trainCommand(const QStringList &arguments);
int generateCommand(const QStringList &arguments);
int benchCommand(const QStringList &arguments);
int checkCommand(const QStringList &arguments);
int compareCommand(const QStringList &arguments);
int exportPytorchCommand(const QStringList &arguments);
int importPytorchCommand(const QStringList &arguments);
int soakCommand(const QStringList &arguments);
int analyzeCommand(const QStringList &arguments);
int newForecastCommand(const QStringList &arguments);
int newTranslateCommand(const QStringList &arguments);

// A translation session (task "translate", issue 16: translatecommand.cpp), which Translator
// trains instead of Trainer.
//! train's loop on it: per step the loss and each pair's greedy translation; --trace, --save.
int translateTrainCommand(const Session &session, std::int64_t steps, bool quiet, const QString &tracePath,
                          const QString &savePath);
//! generate on it: train \a steps, then print each pair's source (or \a prime) and its greedy
//! translation; a --prime outside the source vocabulary is refused (BadInput).
int translateGenerateCommand(const Session &session, std::int64_t steps, const std::optional<std::u32string> &prime);
//! For the commands that do not run a translation yet: prints why and returns BadInput for one.
std::optional<int> refuseTranslation(const Session &session, const QString &command);

} // namespace rnnlab::cli
