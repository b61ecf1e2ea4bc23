// SPDX-License-Identifier: MIT
// rnnlab-cli train: the lecture's training loop, one line per step.
#include "app/cli/clicommon.h"

#include "app/session/atomicfile.h"
#include "app/session/jsonwriter.h"
#include "app/session/sessionfile.h"
#include "app/session/tracefile.h"
#include "app/worker/historyrecorder.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QCoreApplication>
#include <cstdio>

namespace rnnlab::cli {

namespace {

//! train's help and messages (context rnnlab::cli::Train in translations/rnnlab_*.ts).
class Train
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Train)
};

//! "step 1  loss 1.39426708  "elll"": the predictions JSON-quoted (a text may contain spaces),
//! one per text, as Python's json.dumps(p, ensure_ascii=False) writes them.
//! Not translated, in any language: the exported PyTorch script prints the same lines, and
//! scripts/pytorch-roundtrip.py and the tests compare the two line by line.
std::string stepLine(std::int64_t step, float loss, const std::vector<std::u32string> &predictions,
                     const std::optional<float> &gradNorm)
{
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "step %lld  loss %.9g", static_cast<long long>(step),
                  static_cast<double>(loss));
    std::string line = buffer;
    if (gradNorm) {
        std::snprintf(buffer, sizeof buffer, "  grad_norm %.9g", static_cast<double>(*gradNorm));
        line += buffer;
    }
    line += ' ';
    for (const auto &prediction : predictions)
        line += ' ' + JsonWriter::quoted(toUtf8(prediction));
    return line;
}

//! A forecast's line: "step 1  loss 0.512  mae 0.61" — the mean absolute error of that pass's
//! predictions (6 significant digits: a summary to read, not a number to compare bit for bit).
std::string valueStepLine(std::int64_t step, float loss, double meanAbsoluteError, const std::optional<float> &gradNorm)
{
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "step %lld  loss %.9g", static_cast<long long>(step),
                  static_cast<double>(loss));
    std::string line = buffer;
    if (gradNorm) {
        std::snprintf(buffer, sizeof buffer, "  grad_norm %.9g", static_cast<double>(*gradNorm));
        line += buffer;
    }
    std::snprintf(buffer, sizeof buffer, "  mae %.6g", meanAbsoluteError);
    return line + buffer;
}

} // namespace

int trainCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Train::tr("Train a session and print one line per step: the step, the loss and the predicted string of each "
                  "text, from that step's forward pass (before the update), as the lecture's PyTorch loop prints them; "
                  "for a time series (task \"forecast\"), the mean absolute error of its predicted next values.\n\n"
                  "  rnnlab-cli train --text hello                 the lecture's example (10 steps)\n"
                  "  rnnlab-cli train SESSION.json --steps 200 --save trained.json\n\n"
                  "Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last "
                  "good step are kept and saved with --save) or a file could not be written; 2 bad input."));
    addSessionArguments(parser);
    parser.addOptions({
        {QStringLiteral("steps"), Train::tr("Training steps (default: the session's \"steps\", 10 for --text)."),
         QStringLiteral("N")},
        {QStringLiteral("trace"),
         Train::tr("Write the weights, step-1 hidden states, logits and gradients, "
                   "every step's loss and predictions, and the final weights as "
                   "JSON (the goldens' format)."),
         QStringLiteral("TRACE.json")},
        {QStringLiteral("save"),
         Train::tr("Write the trained session: its weights, optimizer state and loss "
                   "history (the session's own and this run's), so that training it "
                   "continues exactly where this run stopped and rnnlab shows its past. Without it "
                   "the session file is not changed."),
         QStringLiteral("OUT.json")},
        {QStringLiteral("quiet"), Train::tr("Print only the last step.")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    SavedHistory history;
    std::optional<Session> session = sessionFromArguments(parser, parser.positionalArguments(), nullptr, &history);
    if (!session)
        return BadInput;
    std::int64_t steps = session->training.steps;
    if (parser.isSet(QStringLiteral("steps"))) {
        const auto value = parseInteger(parser, QStringLiteral("steps"), 0, limits::maxSteps);
        if (!value)
            return BadInput;
        steps = *value;
    }
    const std::optional<QString> tracePathGiven = outputPath(parser, QStringLiteral("trace"));
    const std::optional<QString> savePathGiven = outputPath(parser, QStringLiteral("save"));
    if (!tracePathGiven || !savePathGiven)
        return BadInput; // before training: a FIFO or an empty name is refused now, not after an hour
    const QString tracePath = *tracePathGiven;
    const QString savePath = *savePathGiven;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    if (session->data.task == TaskKind::Translate)
        return translateTrainCommand(*session, steps, quiet, tracePath, savePath);
    Trainer trainer(*session);
    // A real-valued task (a forecast) has no predicted string to print: its error instead.
    const bool values = trainer.task().outputKind() == OutputKind::Value;
    // The loss history --save writes: the file's, then this run's steps, thinned like the app's.
    HistoryRecorder recorder;
    const bool saving = !savePath.isEmpty();
    if (saving && !history.empty())
        recorder.restore(history);
    TraceFile trace;
    const bool tracing = !tracePath.isEmpty();
    if (tracing)
        trace.captureInitialWeights(trainer);

    int status = Success;
    StepOutcome last;
    for (std::int64_t i = 0; i < steps; ++i) {
        const StepOutcome outcome = trainer.step();
        if (tracing && i == 0)
            trace.captureFirstPass(trainer);
        if (!outcome.accepted) {
            printError(QString::fromStdString(outcome.problem));
            status = Failed;
            break;
        }
        last = outcome;
        if (saving)
            recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task());
        const bool print = !quiet || i + 1 == steps;
        if (print && values)
            printLine(
                valueStepLine(outcome.step, outcome.loss, trainer.task().metric(trainer.trace()), outcome.gradNorm));
        else if (print)
            printLine(stepLine(outcome.step, outcome.loss, trainer.predictions(), outcome.gradNorm));
        if (tracing)
            trace.addStep(trainer, outcome.step, outcome.loss, outcome.gradNorm);
    }
    if (tracing && steps == 0) {
        trainer.evaluate();
        trace.captureFirstPass(trainer);
    }
    std::fflush(stdout);

    if (tracing) {
        trace.captureFinalWeights(trainer);
        const std::string json = trace.toJson();
        const QString error = json.empty() // JsonWriter::finish(): a number was not finite
            ? Train::tr("cannot write %1: the trace holds a number that is not finite (inf or nan), which "
                        "JSON cannot hold; nothing was written")
                  .arg(tracePath)
            : AtomicFile::write(tracePath, QByteArray(json.data(), static_cast<qsizetype>(json.size())));
        if (!error.isEmpty()) {
            printError(error);
            status = Failed;
        }
    }
    if (!savePath.isEmpty()) {
        // Weights and optimizer state: training the saved session goes on exactly from here.
        const QString error =
            SessionFile::write(savePath, trainer.currentSession(), toSavedHistory(recorder.history()));
        if (!error.isEmpty()) {
            printError(error);
            status = Failed;
        }
    }
    return status;
}

} // namespace rnnlab::cli
