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

#include <cstdio>
#include <limits>

namespace rnnlab::cli {

namespace {

//! generate on a time series (task "forecast"): the free-running forecast past the end of series
//! --series (default 0), one point per line (its D values separated by spaces).
int forecastCommand(const QCommandLineParser &parser, const Session &session, std::int64_t steps, int length)
{
    std::int64_t seriesIndex = 0;
    if (parser.isSet(QStringLiteral("series"))) {
        const auto v = parseInteger(parser, QStringLiteral("series"), 0,
                                    static_cast<std::int64_t>(session.data.series.size()) - 1);
        if (!v)
            return BadInput;
        seriesIndex = *v;
    }
    if (parser.isSet(QStringLiteral("prime")) || parser.isSet(QStringLiteral("temperature"))
        || parser.isSet(QStringLiteral("sample-seed"))) {
        printError(QStringLiteral("--prime, --temperature and --sample-seed are for texts: a forecast starts from "
                                  "the end of a series (--series K) and feeds back each predicted value"));
        return BadInput;
    }
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
    const SeriesValues &points = session.data.series[static_cast<std::size_t>(seriesIndex)];
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
    parser.setApplicationDescription(QStringLiteral(
        "Feed PRIME through the network, then print it followed by LENGTH generated characters: the most "
        "probable next character each time, or one sampled at --temperature.\n\n"
        "  rnnlab-cli train --text hello --steps 50 --save hello.json\n"
        "  rnnlab-cli generate hello.json --prime h --length 4\n\n"
        "On a time series (task \"forecast\"): run over a series, then feed each predicted value back as the next "
        "input, and print LENGTH predicted points, one per line (the free-running forecast).\n\n"
        "  rnnlab-cli generate sine.json --steps 200 --length 40"));
    addSessionArguments(parser, QStringLiteral("A session file (.json), usually one written by train --save."));
    parser.addOptions({
        {QStringLiteral("prime"), QStringLiteral("The characters to start from (default: the first text's first)."),
         QStringLiteral("PRIME")},
        {QStringLiteral("length"), QStringLiteral("Characters (a forecast: points) to generate (default 20)."),
         QStringLiteral("N")},
        {QStringLiteral("temperature"),
         QStringLiteral("Sample from softmax(logits / T) instead of taking the most "
                        "probable character."),
         QStringLiteral("T")},
        {QStringLiteral("sample-seed"), QStringLiteral("Seed of the sampling (default 0)."), QStringLiteral("S")},
        {QStringLiteral("series"), QStringLiteral("A forecast: the series to continue (0 = the first, the default)."),
         QStringLiteral("K")},
        {QStringLiteral("steps"),
         QStringLiteral("Train this many steps first (default 0: use the weights as "
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
        auto v = parseInteger(parser, QStringLiteral("length"), 0, maxGenerationLength);
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
        return translateGenerateCommand(*session, steps, prime);
    }
    if (Task::create(session->data)->outputKind() == OutputKind::Value)
        return forecastCommand(parser, *session, steps, options.length);
    if (!Task::create(session->data)->canGenerate()) {
        printError(QStringLiteral("this session is a classifier (task \"classify\"): it predicts one label per text, "
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
    parser.setApplicationDescription(QStringLiteral(
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
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "model: %s, hidden size %d, %d layer%s, %s output layer; %zu parameters",
                  toString(m.cell).c_str(), m.hiddenSize, m.numLayers, m.numLayers == 1 ? "" : "s",
                  m.outputLayer ? "with an" : "no", layout->totalSize());
    printLine(buffer);
    if (task->kind() == TaskKind::Translate) {
        const auto &translate = static_cast<const TranslateTask &>(*task);
        printLine("source vocabulary: " + JsonWriter::quoted(toUtf8(translate.sourceVocabulary().characters())) + " ("
                  + std::to_string(translate.inputSize()) + " characters); target tokens: <sos>, <eos>, "
                  + JsonWriter::quoted(toUtf8(translate.targetVocabulary().characters())) + " ("
                  + std::to_string(translate.outputSize()) + ")");
        printLine("data: " + std::to_string(translate.pairs().size())
                  + " pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)");
        return Success;
    }
    if (task->outputKind() != OutputKind::Value)
        printLine("vocabulary: " + JsonWriter::quoted(toUtf8(dataset.vocabulary.characters())) + " ("
                  + std::to_string(dataset.vocabulary.size()) + " characters)");
    if (task->outputKind() == OutputKind::Value) {
        std::snprintf(buffer, sizeof buffer,
                      "data: %zu series of %d feature%s, %d time steps in all (forecast: the next value, MSELoss); "
                      "%zu test series",
                      dataset.sequences.size(), task->inputSize(), task->inputSize() == 1 ? "" : "s",
                      dataset.targetCount(), session->data.testSeries.size());
        printLine(buffer);
    } else if (task->outputKind() == OutputKind::Class) {
        int steps = 0;
        for (const Sequence &sequence : dataset.sequences)
            steps += sequence.length();
        std::string classes;
        for (const std::u32string &name : dataset.classes)
            classes += (classes.empty() ? "" : ", ") + JsonWriter::quoted(toUtf8(name));
        std::snprintf(buffer, sizeof buffer,
                      "data: %zu text%s, %d time steps in all, one label each (classify) from %zu classes: ",
                      dataset.sequences.size(), dataset.sequences.size() == 1 ? "" : "s", steps,
                      dataset.classes.size());
        printLine(buffer + classes);
    } else {
        std::snprintf(buffer, sizeof buffer, "data: %zu text%s, %d time steps in all", dataset.sequences.size(),
                      dataset.sequences.size() == 1 ? "" : "s", dataset.targetCount());
        printLine(buffer);
    }
    std::string training = "training: " + toString(t.optimizer) + " lr " + JsonWriter::formatNumber(t.learningRate);
    if (t.optimizer == OptimizerKind::Sgd)
        training += " momentum " + JsonWriter::formatNumber(t.momentum);
    training += t.clipGradNorm ? ", clip_grad_norm " + JsonWriter::formatNumber(*t.clipGradNorm) : ", no clipping";
    training += ", seed " + std::to_string(t.seed) + ", " + std::to_string(t.steps) + " steps";
    printLine(training);
    printLine(std::string("weights: ") + (session->weights ? "from the file" : "initialized from the seed"));
    return Success;
}

} // namespace rnnlab::cli
