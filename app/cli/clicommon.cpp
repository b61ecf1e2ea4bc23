// SPDX-License-Identifier: MIT
#include "app/cli/clicommon.h"

#include "app/session/atomicfile.h"
#include "app/session/problemtext.h"
#include "app/session/sessionfile.h"
#include "app/session/textsession.h"
#include "engine/dataset.h"
#include "engine/task.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <cstdio>
#include <limits>

namespace rnnlab::cli {

namespace {

//! The messages every command shares (context rnnlab::cli::Common in translations/rnnlab_*.ts).
class Common
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Common)
};

} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "rnnlab-cli: %s\n", message.toUtf8().constData());
}

void printProblems(const QString &context, const std::vector<Problem> &problems)
{
    for (const auto &problem : problems) {
        const QString text = ProblemText::text(problem);
        printError(context.isEmpty() ? text : context + QStringLiteral(": ") + text);
    }
}

void printLine(const std::string &line)
{
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
}

QString layerCount(int layers)
{
    return layers == 1 ? Common::tr("1 layer") : Common::tr("%n layers", nullptr, layers);
}

QString textCount(int texts)
{
    return texts == 1 ? Common::tr("1 text") : Common::tr("%n texts", nullptr, texts);
}

QString outputLayerWords(bool outputLayer)
{
    return outputLayer ? Common::tr("with an output layer") : Common::tr("no output layer");
}

std::optional<std::int64_t> parseInteger(const QCommandLineParser &parser, const QString &option, std::int64_t minimum,
                                         std::int64_t maximum)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok) {
        printError(Common::tr("--%1: \"%2\" is not a whole number").arg(option, text));
        return std::nullopt;
    }
    if (value < minimum || value > maximum) {
        printError(Common::tr("--%1: %2 is out of range: it must be between %3 and %4")
                       .arg(option, text)
                       .arg(minimum)
                       .arg(maximum));
        return std::nullopt;
    }
    return value;
}

std::optional<double> parseNumber(const QCommandLineParser &parser, const QString &option)
{
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        printError(Common::tr("--%1: \"%2\" is not a finite number").arg(option, text));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> outputPath(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return QString();
    const QString path = parser.value(option);
    if (path.isEmpty()) {
        printError(Common::tr("--%1: the file name is empty: give the file to write").arg(option));
        return std::nullopt;
    }
    if (const QString refused = AtomicFile::checkTarget(path); !refused.isEmpty()) {
        printError(QStringLiteral("--%1: %2").arg(option, refused));
        return std::nullopt;
    }
    return path;
}

int writeNewSession(const QCommandLineParser &parser, const Session &session)
{
    const std::optional<QString> output = outputPath(parser, QStringLiteral("output"));
    if (!output)
        return BadInput;
    if (output->isEmpty()) {
        printError(Common::tr("give the session file to write: -o OUT.json"));
        return BadInput;
    }
    if (QFileInfo::exists(*output) && !parser.isSet(QStringLiteral("force"))) {
        printError(Common::tr("%1 exists: choose another name with -o, or --force to replace it").arg(*output));
        return BadInput;
    }
    if (const QString error = SessionFile::write(*output, session); !error.isEmpty()) {
        printError(error);
        return Failed;
    }
    return Success;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(Common::tr("%1 (see %2 --help)").arg(parser.errorText(), arguments.first()));
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the binary as it was started (its "Usage: %1" in the reader's
        // language, Qt's translation); name the command instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype lineEnd = text.indexOf(u'\n');
        if (const qsizetype at = text.indexOf(program); at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, program.size(), arguments.first());
        std::fputs(text.toUtf8().constData(), stdout);
        return Success;
    }
    return std::nullopt;
}

void addSessionArguments(QCommandLineParser &parser, const QString &description, const QString &syntax)
{
    parser.addPositionalArgument(QStringLiteral("session"),
                                 description.isEmpty() ? Common::tr("A session file (.json).") : description, syntax);
    parser.addOptions({
        {QStringLiteral("text"),
         Common::tr("A training text instead of a session file (repeat for several "
                    "texts); the lecture's settings apply unless overridden."),
         QStringLiteral("TEXT")},
        {QStringLiteral("label"),
         Common::tr("With --text: the class of that text (repeat, one per --text, in "
                    "order); makes it a many-to-one classifier (task \"classify\")."),
         QStringLiteral("LABEL")},
    });
    addModelOptions(parser, Common::tr("Hidden units (with --text, default: the vocabulary size)."));
}

void addModelOptions(QCommandLineParser &parser, const QString &hiddenSizeHelp)
{
    parser.addOptions({
        {QStringLiteral("cell"), Common::tr("rnn_tanh, rnn_relu, lstm or gru."), QStringLiteral("CELL")},
        {QStringLiteral("hidden-size"), hiddenSizeHelp, QStringLiteral("H")},
        {QStringLiteral("layers"), Common::tr("Stacked layers, 1-8."), QStringLiteral("L")},
        {QStringLiteral("output-layer"), Common::tr("Add nn.Linear(H, V) on the top layer: on or off."),
         QStringLiteral("on|off")},
        {QStringLiteral("optimizer"), Common::tr("adam or sgd."), QStringLiteral("NAME")},
        {QStringLiteral("lr"), Common::tr("Learning rate."), QStringLiteral("RATE")},
        {QStringLiteral("momentum"), Common::tr("SGD momentum."), QStringLiteral("MU")},
        {QStringLiteral("clip"), Common::tr("clip_grad_norm_ limit, or \"none\"."), QStringLiteral("NORM")},
        {QStringLiteral("seed"), Common::tr("torch.manual_seed for the initial weights."), QStringLiteral("SEED")},
    });
}

bool applyModelOptions(const QCommandLineParser &parser, Session &session)
{
    bool ok = true;
    ModelConfig &model = session.model;
    TrainingConfig &training = session.training;
    if (parser.isSet(QStringLiteral("cell"))) {
        if (auto cell = cellKindFromString(parser.value(QStringLiteral("cell")).toStdString())) {
            model.cell = *cell;
        } else {
            printError(Common::tr("--cell: \"%1\" is not a cell type: use rnn_tanh, rnn_relu, lstm or gru")
                           .arg(parser.value(QStringLiteral("cell"))));
            ok = false;
        }
    }
    if (parser.isSet(QStringLiteral("layers"))) {
        if (auto v = parseInteger(parser, QStringLiteral("layers"), 1, limits::maxLayers))
            model.numLayers = static_cast<int>(*v);
        else
            ok = false;
    }
    if (parser.isSet(QStringLiteral("output-layer"))) {
        const QString value = parser.value(QStringLiteral("output-layer")).toLower();
        if (value == u"on" || value == u"true" || value == u"yes" || value == u"1") {
            model.outputLayer = true;
        } else if (value == u"off" || value == u"false" || value == u"no" || value == u"0") {
            model.outputLayer = false;
        } else {
            printError(Common::tr("--output-layer: \"%1\" is neither on nor off").arg(value));
            ok = false;
        }
    }
    if (parser.isSet(QStringLiteral("hidden-size"))) {
        if (auto v = parseInteger(parser, QStringLiteral("hidden-size"), 1, limits::maxHiddenSize))
            model.hiddenSize = static_cast<int>(*v);
        else
            ok = false;
    }
    if (parser.isSet(QStringLiteral("optimizer"))) {
        if (auto kind = optimizerKindFromString(parser.value(QStringLiteral("optimizer")).toStdString())) {
            training.optimizer = *kind;
        } else {
            printError(Common::tr("--optimizer: \"%1\" is not an optimizer: use adam or sgd")
                           .arg(parser.value(QStringLiteral("optimizer"))));
            ok = false;
        }
    }
    if (parser.isSet(QStringLiteral("lr"))) {
        if (auto v = parseNumber(parser, QStringLiteral("lr")))
            training.learningRate = *v;
        else
            ok = false;
    }
    if (parser.isSet(QStringLiteral("momentum"))) {
        if (auto v = parseNumber(parser, QStringLiteral("momentum")))
            training.momentum = *v;
        else
            ok = false;
    }
    if (parser.isSet(QStringLiteral("clip"))) {
        if (parser.value(QStringLiteral("clip")).toLower() == u"none")
            training.clipGradNorm.reset();
        else if (auto v = parseNumber(parser, QStringLiteral("clip")))
            training.clipGradNorm = *v;
        else
            ok = false;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        if (auto v = parseInteger(parser, QStringLiteral("seed"), std::numeric_limits<std::int64_t>::min(),
                                  std::numeric_limits<std::int64_t>::max()))
            training.seed = *v;
        else
            ok = false;
    }
    return ok;
}

std::optional<Session> sessionFromArguments(const QCommandLineParser &parser, const QStringList &positional,
                                            QString *name, SavedHistory *history)
{
    const QStringList texts = parser.values(QStringLiteral("text"));
    if (positional.size() > 1) {
        printError(Common::tr("give one session file, not %1 (%2)").arg(positional.size()).arg(positional.join(u' ')));
        return std::nullopt;
    }
    if (!positional.isEmpty() && !texts.isEmpty()) {
        printError(Common::tr("give a session file or --text, not both"));
        return std::nullopt;
    }
    if (positional.isEmpty() && texts.isEmpty()) {
        printError(Common::tr("give a session file (SESSION.json) or a text (--text hello); see --help"));
        return std::nullopt;
    }

    if (!positional.isEmpty() && parser.isSet(QStringLiteral("label"))) {
        printError(Common::tr("--label goes with --text; a session file gives its labels in data.labels"));
        return std::nullopt;
    }
    Session session;
    SavedHistory fileHistory;
    if (!positional.isEmpty()) {
        const QString &path = positional.first();
        if (name)
            *name = QFileInfo(path).completeBaseName();
        SessionParseResult parsed = SessionFile::read(path);
        if (!parsed.session) {
            printProblems(path, parsed.problems);
            return std::nullopt;
        }
        session = std::move(*parsed.session);
        fileHistory = std::move(parsed.history);
    } else {
        if (name)
            *name = QStringLiteral("text");
        QString problem;
        std::optional<Session> fromTexts =
            TextSession::fromTexts(texts, parser.values(QStringLiteral("label")), &problem);
        if (!fromTexts) {
            printError(problem);
            return std::nullopt;
        }
        session = std::move(*fromTexts);
    }

    if (!applyModelOptions(parser, session))
        return std::nullopt;
    if (positional.isEmpty() && !parser.isSet(QStringLiteral("hidden-size"))) {
        // TextSession's one unit per character (or class), but never 0: when every text is empty,
        // the texts alone are refused below — a hidden size is not what to change here.
        session.model.hiddenSize = std::max(1, session.model.hiddenSize);
    }

    const std::vector<Problem> problems = validate(session);
    if (!problems.empty()) {
        const QString context = positional.isEmpty() ? QString() : positional.first();
        for (const Problem &problem : problems) {
            QString text = ProblemText::text(problem);
            // The engine names session fields; on the command line the options are what to change.
            if (problem.message.find("model.output_layer to true") != std::string::npos)
                //: After "… or set model.output_layer to true"; %1 the hidden size the data needs.
                text += Common::tr(" (on the command line: --output-layer on, or --hidden-size %1)")
                            .arg(Task::create(session.data)->outputSize());
            printError(context.isEmpty() ? text : context + QStringLiteral(": ") + text);
        }
        return std::nullopt;
    }
    // A history stays with the run it belongs to: options that change the texts' shape drop it.
    if (history && validateHistory(fileHistory, session).empty())
        *history = std::move(fileHistory);
    if (session.training.optimizer == OptimizerKind::Adam && session.training.momentum != 0.0)
        printError(Common::tr("note: momentum %1 is ignored: it applies to sgd; Adam's betas are (0.9, 0.999)")
                       .arg(session.training.momentum));
    return session;
}

std::optional<Session> parseSessionOrLectureExample(QCommandLineParser &parser, const QStringList &arguments,
                                                    QString *name, int *status)
{
    if (const auto parsed = parseCommandLine(parser, arguments)) {
        *status = *parsed;
        return std::nullopt;
    }
    if (parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("text"))) {
        *name = QStringLiteral("lecture_hello");
        return lectureExample();
    }
    std::optional<Session> session = sessionFromArguments(parser, parser.positionalArguments(), name);
    if (!session)
        *status = BadInput;
    return session;
}

} // namespace rnnlab::cli
