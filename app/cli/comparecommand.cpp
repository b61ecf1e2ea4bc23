// SPDX-License-Identifier: MIT
// rnnlab-cli compare: two or three sessions trained on the same texts with the same optimizer,
// and compare mode's summary table for them. Every number but the timings is the engine's own:
// the loss and the first all-right step come from Trainer::step() exactly as `rnnlab-cli train`
// runs it (RunSummary), and the table's cells are written by CompareTable, as the window's are.
#include "app/cli/clicommon.h"

#include "app/session/jsonwriter.h"
#include "app/session/sessionfile.h"
#include "app/worker/comparetable.h"
#include "engine/comparison.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <chrono>

namespace rnnlab::cli {

namespace {

//! compare's help and messages (context rnnlab::cli::Compare in translations/rnnlab_*.ts).
class Compare
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Compare)
};

std::string trainingText(const Session &session)
{
    const TrainingConfig &t = session.training;
    std::string texts;
    for (const auto &text : session.data.texts)
        texts += (texts.empty() ? "" : ", ") + JsonWriter::quoted(toUtf8(text));
    std::string line =
        "texts " + texts + "; " + toString(t.optimizer) + " lr " + JsonWriter::formatNumber(t.learningRate);
    if (t.optimizer == OptimizerKind::Sgd)
        line += " momentum " + JsonWriter::formatNumber(t.momentum);
    line += t.clipGradNorm ? ", clip_grad_norm " + JsonWriter::formatNumber(*t.clipGradNorm) : ", no clipping";
    return line;
}

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Compare::tr(
        "Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, "
        "seed), all on the same texts with the same optimizer settings — and print compare mode's summary table: "
        "parameters, the step, its loss, the first step at which every prediction was right, the time per step "
        "and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` "
        "prints for each session.\n\n"
        "  rnnlab-cli compare one-layer.json two-layers.json --steps 30\n"
        "  rnnlab-cli compare --preset cells\n\n"
        "Exit status: 0 done; 1 a model's step was refused (the table shows where it stopped); 2 bad input "
        "(the sessions do not share texts or optimizer settings, or an option is wrong)."));
    parser.addPositionalArgument(QStringLiteral("sessions"), Compare::tr("Two or three session files (.json)."),
                                 QStringLiteral("S1.json S2.json [S3.json]"));
    parser.addOptions({
        {QStringLiteral("steps"),
         Compare::tr("Training steps for every model (default: the sessions' \"steps\", "
                     "which must then agree)."),
         QStringLiteral("N")},
        {QStringLiteral("preset"),
         Compare::tr("Instead of session files: \"layers\" (1 layer vs 2 layers on hello) "
                     "or \"cells\" (rnn_tanh vs lstm vs gru on a 40-character text)."),
         QStringLiteral("NAME")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;

    const QStringList paths = parser.positionalArguments();
    std::string title;
    std::vector<Session> sessions;
    std::vector<std::string> names;
    if (parser.isSet(QStringLiteral("preset"))) {
        if (!paths.isEmpty()) {
            printError(Compare::tr("give session files or --preset, not both"));
            return BadInput;
        }
        const auto preset = comparePreset(parser.value(QStringLiteral("preset")).toStdString());
        if (!preset) {
            printError(Compare::tr("--preset: \"%1\" is not a preset: use layers or cells")
                           .arg(parser.value(QStringLiteral("preset"))));
            return BadInput;
        }
        sessions = preset->sessions;
        title = preset->title;
    } else {
        if (paths.size() < limits::minComparedModels || paths.size() > limits::maxComparedModels) {
            printError(Compare::tr("give two or three session files to compare, not %1 (see rnnlab-cli compare --help)")
                           .arg(paths.size()));
            return BadInput;
        }
        bool ok = true;
        for (const QString &path : paths) {
            SessionParseResult parsed = SessionFile::read(path);
            if (!parsed.session) {
                printProblems(path, parsed.problems);
                ok = false;
                continue;
            }
            sessions.push_back(std::move(*parsed.session));
            names.push_back(QFileInfo(path).fileName().toStdString());
        }
        if (!ok)
            return BadInput;
    }
    const std::vector<Problem> problems = validateForComparison(sessions, names);
    if (!problems.empty()) {
        printProblems(Compare::tr("cannot compare these sessions"), problems);
        return BadInput;
    }

    std::int64_t steps = sessions.front().training.steps;
    if (parser.isSet(QStringLiteral("steps"))) {
        const auto value = parseInteger(parser, QStringLiteral("steps"), 0, limits::maxSteps);
        if (!value)
            return BadInput;
        steps = *value;
    } else {
        for (std::size_t i = 1; i < sessions.size(); ++i) {
            if (sessions[i].training.steps == steps)
                continue;
            QStringList each;
            for (std::size_t j = 0; j < sessions.size(); ++j)
                each << QStringLiteral("%1 %2")
                            .arg(QString::fromStdString(names.empty() ? modelLetter(int(j)) : names[j]))
                            .arg(sessions[j].training.steps);
            printError(Compare::tr("training.steps differs between the sessions (%1): give the number of steps to "
                                   "compare with --steps N")
                           .arg(each.join(QStringLiteral(", "))));
            return BadInput;
        }
    }

    // Nothing is printed before the input is known to be good (exit 2: nothing was done).
    // The summary is not translated: the models' descriptions (describeModel) and the table
    // (CompareTable) are the engine's and the worker's English, and the window's table is compared
    // with this one.
    if (!title.empty())
        printLine(title);
    const std::vector<std::string> labels = distinguishingLabels(sessions);
    for (std::size_t i = 0; i < sessions.size(); ++i)
        printLine(modelLetter(int(i)) + "  " + (names.empty() ? std::string() : names[i] + "  ")
                  + describeModel(sessions[i]));
    printLine("all: " + trainingText(sessions.front()) + "; " + std::to_string(steps) + " steps");
    printLine("");

    // The models one after the other: the numbers do not depend on it (each Trainer is
    // deterministic on its own), and each model's time per step is measured alone.
    using Clock = std::chrono::steady_clock;
    int status = Success;
    std::vector<CompareRow> rows;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        Trainer trainer(sessions[i]);
        CompareRow row;
        row.model = CompareTable::modelName(int(i), labels[i]);
        row.parameters = static_cast<std::int64_t>(trainer.layout()->totalSize());
        const auto start = Clock::now();
        std::int64_t taken = 0;
        for (std::int64_t s = 0; s < steps; ++s) {
            const StepOutcome outcome = trainer.step();
            if (!outcome.accepted) {
                printError(QStringLiteral("%1: %2").arg(QString::fromStdString(modelLetter(int(i))),
                                                        QString::fromStdString(outcome.problem)));
                status = Failed;
                break;
            }
            row.summary.record(outcome);
            ++taken;
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (taken > 0 && seconds > 0) {
            row.secondsPerStep = seconds / static_cast<double>(taken);
            row.stepsPerSecond = static_cast<double>(taken) / seconds;
        }
        rows.push_back(std::move(row));
    }
    std::string table = CompareTable::text(rows);
    table.pop_back(); // printLine adds the last newline
    printLine(table);
    return status;
}

} // namespace rnnlab::cli
