// SPDX-License-Identifier: MIT
// rnnlab-cli generate and check.
#include "app/cli/clicommon.h"

#include "app/session/jsonwriter.h"
#include "engine/dataset.h"
#include "engine/generation.h"
#include "engine/task.h"
#include "engine/tasks/translatetask.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QCoreApplication>
#include <cstdio>
#include <limits>

namespace rnnlab::cli {

namespace {

//! generate's help and messages (context rnnlab::cli::Generate in translations/rnnlab_*.ts).
class Generate
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Generate)
};

//! check's help and its description of a session (context rnnlab::cli::Check).
class Check
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Check)
};

//! The note generate prints (stderr, one line) on a session file whose weights were never trained
//! and no --steps: without it a forecast is a flat line and a text a babble, and nothing says why
//! (train does not change its file: only --save writes the trained weights).
void noteUntrainedWeights(const QCommandLineParser &parser, const Session &session, std::int64_t steps)
{
    // From the seed (no "weights"), or saved before a first step (train --steps 0 --save, the window
    // before training). Weights without an optimizer state come from elsewhere (import-pytorch): trained.
    const bool untrained = !session.weights || (session.optimizerState && session.optimizerState->stepsTaken == 0);
    if (steps > 0 || !untrained || parser.positionalArguments().isEmpty())
        return;
    const QString path = parser.positionalArguments().constFirst();
    //: %1 the session file as typed.
    printError(Generate::tr("note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 "
                            "first, or give --steps N")
                   .arg(path));
}

//! generate on a time series (task "forecast"): the free-running forecast past the end of series
//! --series (counted from 1 as the window counts them: the training series, then the test series;
//! default 1), one point per line (its D values separated by spaces).
int forecastCommand(const QCommandLineParser &parser, const Session &session, std::int64_t steps, int length)
{
    const auto trainingCount = static_cast<std::int64_t>(session.data.series.size());
    const auto testCount = static_cast<std::int64_t>(session.data.testSeries.size());
    std::int64_t seriesNumber = 1;
    if (parser.isSet(QStringLiteral("series"))) {
        const auto v = parseInteger(parser, QStringLiteral("series"), std::numeric_limits<std::int64_t>::min(),
                                    std::numeric_limits<std::int64_t>::max());
        if (!v)
            return BadInput;
        seriesNumber = *v;
        if (seriesNumber < 1 || seriesNumber > trainingCount + testCount) {
            const QString typed = parser.value(QStringLiteral("series"));
            if (testCount == 0)
                //: %1 the number typed; %n how many series the session has (the last number allowed).
                printError(Generate::tr("--series %1: this session has %n series (1 … %n)", nullptr,
                                        static_cast<int>(trainingCount))
                               .arg(typed));
            else
                //: %1 the number typed, %2 the training series, %3 the test series, %4 their sum.
                printError(Generate::tr("--series %1: this session has %2 training and %3 test series (1 … %4: "
                                        "the test series after the training series)")
                               .arg(typed)
                               .arg(trainingCount)
                               .arg(testCount)
                               .arg(trainingCount + testCount));
            return BadInput;
        }
    }
    if (parser.isSet(QStringLiteral("prime")) || parser.isSet(QStringLiteral("temperature"))
        || parser.isSet(QStringLiteral("sample-seed"))) {
        printError(Generate::tr("--prime, --temperature and --sample-seed are for texts: a forecast starts from "
                                "the end of a series (--series K) and feeds back each predicted value"));
        return BadInput;
    }
    noteUntrainedWeights(parser, session, steps);
    Trainer trainer(session);
    int status = Success;
    for (std::int64_t i = 0; i < steps; ++i) {
        const StepOutcome outcome = trainer.step();
        if (!outcome.accepted) {
            printError(QString::fromStdString(outcome.problem));
            status = Failed;
            break;
        }
    }
    // The whole series, its last point included: the forecast starts after it.
    const SeriesValues &points = seriesNumber <= trainingCount
        ? session.data.series[static_cast<std::size_t>(seriesNumber - 1)]
        : session.data.testSeries[static_cast<std::size_t>(seriesNumber - 1 - trainingCount)];
    Matrix<float> series(static_cast<Eigen::Index>(points.front().size()), static_cast<Eigen::Index>(points.size()));
    for (std::size_t t = 0; t < points.size(); ++t)
        for (std::size_t d = 0; d < points[t].size(); ++d)
            series(Eigen::Index(d), Eigen::Index(t)) = static_cast<float>(points[t][d]);
    const Matrix<float> out = forecast(trainer.parameters(), series, length);
    for (Eigen::Index k = 0; k < out.cols(); ++k) {
        std::string line;
        for (Eigen::Index d = 0; d < out.rows(); ++d)
            line += (d ? " " : "") + JsonWriter::formatNumber(static_cast<double>(out(d, k)));
        printLine(line);
    }
    return status;
}

} // namespace

int generateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Generate::tr(
        "Run a session's network and print what it makes, as its task does:\n"
        "  text (next character): feed PRIME through the network, then print it followed by LENGTH characters, "
        "the most probable next character each time or one sampled at --temperature;\n"
        "  time series (forecast): run over series K, then feed each predicted value back as the next input and "
        "print LENGTH predicted points, one per line (the free-running forecast);\n"
        "  translation (translate): print each pair's source (or PRIME) and its greedy translation, one per line.\n"
        "The weights are the file's: train it with train --save first (or give --steps N).\n\n"
        "  rnnlab-cli train --text hello --steps 50 --save hello.json\n"
        "  rnnlab-cli generate hello.json --prime h --length 4\n"
        "  rnnlab-cli train sine.json --steps 200 --save sine.json\n"
        "  rnnlab-cli generate sine.json --length 40\n"
        "  rnnlab-cli generate reverse-words.json --steps 300 --prime hello"));
    addSessionArguments(parser, Generate::tr("A session file (.json), usually one written by train --save."));
    parser.addOptions({
        {QStringLiteral("prime"),
         Generate::tr("Text: the characters to start from (default: the first text's first). Translation: a source "
                      "to translate instead of the pairs'."),
         QStringLiteral("PRIME")},
        {QStringLiteral("length"),
         Generate::tr("Text: the characters to generate; time series: the points to predict (at least 1, default "
                      "20)."),
         QStringLiteral("N")},
        {QStringLiteral("temperature"),
         Generate::tr("Text: sample from softmax(logits / T) instead of taking the most probable character."),
         QStringLiteral("T")},
        {QStringLiteral("sample-seed"), Generate::tr("Text: the seed of the sampling (default 0)."),
         QStringLiteral("S")},
        {QStringLiteral("series"),
         Generate::tr("Time series: the series to continue, counted from 1 as the window counts them: the training "
                      "series, then the test series (default 1)."),
         QStringLiteral("K")},
        {QStringLiteral("steps"),
         Generate::tr("Train this many steps first (default 0: use the weights as "
                      "they are)."),
         QStringLiteral("N")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    int status = Success;
    std::optional<Session> session = sessionFromArguments(parser, parser.positionalArguments());
    if (!session)
        return BadInput;

    GenerationOptions options;
    if (parser.isSet(QStringLiteral("prime"))) {
        for (char32_t c : parser.value(QStringLiteral("prime")).toUcs4())
            options.prime += c;
    } else if (!session->data.texts.empty()) {
        options.prime = session->data.texts.front().substr(0, 1);
    }
    if (parser.isSet(QStringLiteral("length"))) {
        // 0 would print the prime alone (a forecast: nothing) and succeed: a typo, not a request.
        auto v = parseInteger(parser, QStringLiteral("length"), 1, maxGenerationLength);
        if (!v)
            return BadInput;
        options.length = static_cast<int>(*v);
    }
    if (parser.isSet(QStringLiteral("temperature"))) {
        auto v = parseNumber(parser, QStringLiteral("temperature"));
        if (!v)
            return BadInput;
        options.temperature = *v;
    }
    if (parser.isSet(QStringLiteral("sample-seed"))) {
        auto v = parseInteger(parser, QStringLiteral("sample-seed"), std::numeric_limits<std::int64_t>::min(),
                              std::numeric_limits<std::int64_t>::max());
        if (!v)
            return BadInput;
        options.seed = *v;
    }
    std::int64_t steps = 0;
    if (parser.isSet(QStringLiteral("steps"))) {
        auto v = parseInteger(parser, QStringLiteral("steps"), 0, limits::maxSteps);
        if (!v)
            return BadInput;
        steps = *v;
    }

    if (session->data.task == TaskKind::Translate) {
        std::optional<std::u32string> prime;
        if (parser.isSet(QStringLiteral("prime")))
            prime = options.prime;
        noteUntrainedWeights(parser, *session, steps);
        return translateGenerateCommand(*session, steps, prime);
    }
    if (Task::create(session->data)->outputKind() == OutputKind::Value)
        return forecastCommand(parser, *session, steps, options.length);
    if (!Task::create(session->data)->canGenerate()) {
        printError(Generate::tr("this session is a classifier (task \"classify\"): it predicts one label per text, "
                                "not the next character, so it cannot continue a prime; use rnnlab-cli train to see "
                                "its predictions"));
        return BadInput;
    }
    Trainer trainer(*session);
    const std::vector<Problem> problems = validate(options, trainer.dataset().vocabulary);
    if (!problems.empty()) {
        std::vector<Problem> named = problems;
        for (auto &problem : named)
            problem.field = "--" + problem.field;
        printProblems(QString(), named);
        return BadInput;
    }
    noteUntrainedWeights(parser, *session, steps);
    for (std::int64_t i = 0; i < steps; ++i) {
        const StepOutcome outcome = trainer.step();
        if (!outcome.accepted) {
            printError(QString::fromStdString(outcome.problem));
            status = Failed;
            break;
        }
    }
    const std::u32string text = generate(trainer.parameters(), trainer.dataset().vocabulary, options);
    printLine(toUtf8(options.prime + text));
    return status;
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Check::tr(
        "Validate a session and describe it; exit status 2 with a message per problem when it is not valid."));
    addSessionArguments(parser);
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    std::optional<Session> session = sessionFromArguments(parser, parser.positionalArguments());
    if (!session)
        return BadInput;
    const std::shared_ptr<const Task> task = Task::create(session->data);
    const Dataset dataset = task->dataset();
    // Held: layout() returns a shared_ptr, and a reference into a temporary one dangles (ASan).
    const std::shared_ptr<const ParameterLayout> layout = task->layout(session->model);
    const ModelConfig &m = session->model;
    const TrainingConfig &t = session->training;
    // Counts fit an int (%n's): sizes and steps are bounded by engine/session.h's limits.
    const auto quoted = [](const std::u32string &characters) {
        return QString::fromStdString(JsonWriter::quoted(toUtf8(characters)));
    };
    //: %1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 "1 layer" or "2 layers", %4 "with an
    //: output layer" or "no output layer", %n the parameters.
    printLine(
        Check::tr("model: %1, hidden size %2, %3, %4; %n parameters", nullptr, static_cast<int>(layout->totalSize()))
            .arg(QString::fromStdString(toString(m.cell)), QString::number(m.hiddenSize), layerCount(m.numLayers),
                 outputLayerWords(m.outputLayer))
            .toStdString());
    if (task->kind() == TaskKind::Translate) {
        const auto &translate = static_cast<const TranslateTask &>(*task);
        //: %1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.
        printLine(Check::tr("source vocabulary: %1 (%n characters); target tokens: <sos>, <eos>, %2 (%3)", nullptr,
                            translate.inputSize())
                      .arg(quoted(translate.sourceVocabulary().characters()),
                           quoted(translate.targetVocabulary().characters()), QString::number(translate.outputSize()))
                      .toStdString());
        printLine(Check::tr("data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)",
                            nullptr, static_cast<int>(translate.pairs().size()))
                      .toStdString());
        return Success;
    }
    if (task->outputKind() != OutputKind::Value)
        printLine(Check::tr("vocabulary: %1 (%n characters)", nullptr, static_cast<int>(dataset.vocabulary.size()))
                      .arg(quoted(dataset.vocabulary.characters()))
                      .toStdString());
    if (task->outputKind() == OutputKind::Value) {
        const int features = task->inputSize();
        //: %1 how many series, %2 "1 feature" or "3 features", %3 the time steps, %4 how many test series.
        printLine(Check::tr("data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test "
                            "series")
                      .arg(QString::number(dataset.sequences.size()),
                           features == 1 ? Check::tr("1 feature") : Check::tr("%n features", nullptr, features),
                           QString::number(dataset.targetCount()), QString::number(session->data.testSeries.size()))
                      .toStdString());
    } else if (task->outputKind() == OutputKind::Class) {
        int steps = 0;
        for (const Sequence &sequence : dataset.sequences)
            steps += sequence.length();
        QStringList classes;
        for (const std::u32string &name : dataset.classes)
            classes << quoted(name);
        //: %1 "1 text" or "3 texts", %2 the time steps, %3 how many classes, %4 the classes' names.
        printLine(Check::tr("data: %1, %2 time steps in all, one label each (classify) from %3 classes: %4")
                      .arg(textCount(static_cast<int>(dataset.sequences.size())), QString::number(steps),
                           QString::number(dataset.classes.size()), classes.join(QStringLiteral(", ")))
                      .toStdString());
    } else {
        //: %1 "1 text" or "3 texts", %2 the time steps.
        printLine(
            Check::tr("data: %1, %2 time steps in all")
                .arg(textCount(static_cast<int>(dataset.sequences.size())), QString::number(dataset.targetCount()))
                .toStdString());
    }
    // The optimizer's settings by their PyTorch names (lr, momentum, clip_grad_norm), numbers as in the session file.
    std::string optimizer = toString(t.optimizer) + " lr " + JsonWriter::formatNumber(t.learningRate);
    if (t.optimizer == OptimizerKind::Sgd)
        optimizer += " momentum " + JsonWriter::formatNumber(t.momentum);
    const QString clipping = t.clipGradNorm
        ? QString::fromStdString("clip_grad_norm " + JsonWriter::formatNumber(*t.clipGradNorm))
        : Check::tr("no clipping");
    //: %1 the optimizer and its settings ("adam lr 0.01"), %2 "clip_grad_norm 1" or "no clipping", %3 the seed,
    //: %n the session's training steps.
    printLine(Check::tr("training: %1, %2, seed %3, %n steps", nullptr, static_cast<int>(t.steps))
                  .arg(QString::fromStdString(optimizer), clipping, QString::number(t.seed))
                  .toStdString());
    printLine((session->weights ? Check::tr("weights: from the file") : Check::tr("weights: initialized from the seed"))
                  .toStdString());
    return Success;
}

} // namespace rnnlab::cli
