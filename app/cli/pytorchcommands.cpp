// SPDX-License-Identifier: MIT
// rnnlab-cli export-pytorch and import-pytorch: the PyTorch round trip.
#include "app/cli/clicommon.h"

#include "app/session/atomicfile.h"
#include "app/session/pytorchimport.h"
#include "app/session/pytorchscript.h"
#include "app/session/sessionfile.h"
#include "app/session/statedictimport.h"
#include "app/worker/historyrecorder.h"
#include "engine/trainer.h"
#include "engine/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace rnnlab::cli {

namespace {

//! export-pytorch's help and messages (context rnnlab::cli::ExportPytorch in translations/rnnlab_*.ts).
class ExportPytorch
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::ExportPytorch)
};

//! import-pytorch's help and messages (context rnnlab::cli::ImportPytorch).
class ImportPytorch
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::ImportPytorch)
};

} // namespace

int exportPytorchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportPytorch::tr(
        "Write the PyTorch script that builds and trains exactly this session's model, with its weights and "
        "optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session "
        "stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.\n\n"
        "  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab\n"
        "  rnnlab-cli export-pytorch hello.rnnlab -o train.py\n"
        "  /usr/bin/python3 train.py --steps 20"));
    addSessionArguments(parser, ExportPytorch::tr("A session file (.rnnlab or .json)."), QStringLiteral("[SESSION]"));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         ExportPytorch::tr("Write the script here (default: standard output)."),
         QStringLiteral("train.py")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    QString name;
    const std::optional<Session> session = sessionFromArguments(parser, parser.positionalArguments(), &name);
    if (!session)
        return BadInput;
    // The weights it starts from: the file's, or the seed's initialization (the same as torch's),
    // and the optimizer state as saved. A translation's model is Translator's (two stacks and fc).
    Session current;
    std::int64_t taken = 0;
    if (session->data.task == TaskKind::Translate) {
        const Translator translator(*session);
        current = translator.currentSession();
        taken = translator.stepsTaken();
    } else {
        const Trainer trainer(*session);
        current = trainer.currentSession();
        taken = trainer.stepsTaken();
    }
    const std::string script = PytorchScript::generate(current, name.toStdString());
    const std::optional<QString> given = parser.value(QStringLiteral("output")) == u"-"
        ? std::optional<QString>(QString())
        : outputPath(parser, QStringLiteral("output"));
    if (!given)
        return BadInput;
    const QString output = *given;
    if (output.isEmpty()) { // standard output: -o - or no -o
        std::fwrite(script.data(), 1, script.size(), stdout);
        return Success;
    }
    const QString error = AtomicFile::write(output, QByteArray(script.data(), static_cast<qsizetype>(script.size())));
    if (!error.isEmpty()) {
        printError(error);
        return Failed;
    }
    QFile(output).setPermissions(QFile(output).permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                 | QFileDevice::ExeOther);
    printError(ExportPytorch::tr("wrote %1 (continues from step %2: python3 %3 --steps N)")
                   .arg(output, QString::number(taken + 1), QFileInfo(output).fileName()));
    return Success;
}

int importPytorchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportPytorch::tr(
        "Turn a model trained in PyTorch into an rnnlab session: STATE.json is what save_state_dict_json() writes "
        "(the helper in every script export-pytorch generates), with the model's weights and, when saved, the "
        "optimizer's state, so that rnnlab shows the model and trains it on from where PyTorch stopped.\n\n"
        "  python3 train.py --steps 100 --save-state state.json\n"
        "  rnnlab-cli import-pytorch state.json -o trained.rnnlab\n"
        "  rnnlab trained.rnnlab\n\n"
        "MODEL.pt is what torch.save(model.state_dict(), \"model.pt\") writes for your own model: one nn.RNN, "
        "nn.LSTM or nn.GRU, then optionally one nn.Linear, under any names. It holds only weights: give the texts "
        "(--text), the one-hot order (--vocabulary) and, for an nn.RNN, --cell.\n\n"
        "  rnnlab-cli import-pytorch model.pt --text \"hello world\" --vocabulary \" dehlorw\" --cell rnn_tanh"));
    parser.addPositionalArgument(
        QStringLiteral("state"),
        ImportPytorch::tr("The saved state (JSON), or a state_dict saved by torch.save (.pt)."),
        QStringLiteral("STATE.json|MODEL.pt"));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         ImportPytorch::tr("The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is "
                           "not replaced unless --force is given."),
         QStringLiteral("OUT.rnnlab")},
        {QStringLiteral("text"),
         ImportPytorch::tr("A training text (repeat for several), when the file has none or to "
                           "replace its own."),
         QStringLiteral("TEXT")},
        {QStringLiteral("vocabulary"),
         ImportPytorch::tr("MODEL.pt: the characters in the order of the model's one-hot inputs (default: the texts' "
                           "characters in order of first appearance)."),
         QStringLiteral("CHARACTERS")},
        {QStringLiteral("cell"),
         ImportPytorch::tr("MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and "
                           "GRU are told by their shapes."),
         QStringLiteral("CELL")},
        {QStringLiteral("force"), ImportPytorch::tr("Replace OUT if it exists.")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(ImportPytorch::tr("give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); "
                                     "see --help"));
        return BadInput;
    }
    const QString path = positional.first();
    std::vector<std::u32string> texts;
    for (const QString &text : parser.values(QStringLiteral("text"))) {
        std::u32string codePoints;
        for (char32_t c : text.toUcs4())
            codePoints += c;
        texts.push_back(std::move(codePoints));
    }
    StateDictImportOptions options{texts, std::nullopt, std::nullopt};
    if (parser.isSet(QStringLiteral("vocabulary")))
        options.vocabulary = parser.value(QStringLiteral("vocabulary")).toStdU32String();
    if (parser.isSet(QStringLiteral("cell"))) {
        options.cell = cellKindFromString(parser.value(QStringLiteral("cell")).toStdString());
        if (!options.cell) {
            printError(ImportPytorch::tr("--cell: \"%1\" is not a cell: use rnn_tanh, rnn_relu, lstm or gru")
                           .arg(parser.value(QStringLiteral("cell"))));
            return BadInput;
        }
    }
    const bool torchSave = StateDictImport::isTorchSaveFile(path);
    if (!torchSave && (options.vocabulary || options.cell)) {
        printError(ImportPytorch::tr("--vocabulary and --cell are for a .pt file; a JSON state names its own"));
        return BadInput;
    }
    const PytorchImportResult imported =
        torchSave ? StateDictImport::read(path, options) : PytorchImport::read(path, texts);
    if (!imported.session) {
        printProblems(path, imported.problems);
        // What the caller can add, as options: a state_dict does not record these.
        QStringList options;
        for (const Problem &problem : imported.problems) {
            const QString option = problem.field == "cell" ? QStringLiteral("--cell CELL")
                : problem.field == "texts"                 ? ImportPytorch::tr("--text TEXT (once per text)")
                : problem.field == "vocabulary"            ? QStringLiteral("--vocabulary CHARACTERS")
                                                           : QString();
            if (torchSave && !option.isEmpty() && !options.contains(option))
                options << option;
        }
        if (!options.isEmpty())
            printError(ImportPytorch::tr("give %1").arg(options.join(QStringLiteral(", "))));
        return BadInput;
    }
    for (const std::string &note : imported.notes)
        printError(ImportPytorch::tr("note: %1").arg(QString::fromStdString(note))); // the note itself: English
    const std::optional<QString> given = outputPath(parser, QStringLiteral("output"));
    if (!given)
        return BadInput;
    QString output = *given;
    if (output.isEmpty()) {
        const QFileInfo info(path);
        output = info.dir().filePath(info.completeBaseName() + QStringLiteral(".rnnlab"));
    }
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force"))) {
        printError(ImportPytorch::tr("%1 exists: choose another name with -o, or --force to replace it").arg(output));
        return BadInput;
    }
    const QString error = SessionFile::write(output, *imported.session);
    if (!error.isEmpty()) {
        printError(error);
        return Failed;
    }
    const Session &s = *imported.session;
    // steps_taken is at most limits::maxSteps (validated), so it fits %n's int.
    //: %1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 "1 layer" or "2 layers",
    //: %5 "with an output layer" or "no output layer", %6 the optimizer (adam, sgd), %n the steps.
    printError(ImportPytorch::tr("wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps", nullptr,
                                 static_cast<int>(s.optimizerState ? s.optimizerState->stepsTaken : 0))
                   .arg(output, QString::fromStdString(toString(s.model.cell)), QString::number(s.model.hiddenSize),
                        layerCount(s.model.numLayers), outputLayerWords(s.model.outputLayer),
                        QString::fromStdString(toString(s.training.optimizer))));
    return Success;
}

} // namespace rnnlab::cli
