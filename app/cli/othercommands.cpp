// SPDX-License-Identifier: MIT
// rnnlab-cli generate and check.
#include "app/cli/clicommon.h"

#include "app/session/jsonwriter.h"
#include "engine/dataset.h"
#include "engine/generation.h"
#include "engine/task.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <cstdio>
#include <limits>

namespace rnnlab::cli {

namespace { } // namespace

int generateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Feed PRIME through the network, then print it followed by LENGTH generated characters: the most "
        "probable next character each time, or one sampled at --temperature.\n\n"
        "  rnnlab-cli train --text hello --steps 50 --save hello.json\n"
        "  rnnlab-cli generate hello.json --prime h --length 4"));
    addSessionArguments(parser, QStringLiteral("A session file (.json), usually one written by train --save."));
    parser.addOptions({
        {QStringLiteral("prime"), QStringLiteral("The characters to start from (default: the first text's first)."),
         QStringLiteral("PRIME")},
        {QStringLiteral("length"), QStringLiteral("Characters to generate (default 20)."), QStringLiteral("N")},
        {QStringLiteral("temperature"),
         QStringLiteral("Sample from softmax(logits / T) instead of taking the most "
                        "probable character."),
         QStringLiteral("T")},
        {QStringLiteral("sample-seed"), QStringLiteral("Seed of the sampling (default 0)."), QStringLiteral("S")},
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
    } else {
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
    const Dataset dataset = Dataset::fromConfig(session->data);
    const ParameterLayout layout(session->model, dataset.vocabulary.size());
    const ModelConfig &m = session->model;
    const TrainingConfig &t = session->training;
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "model: %s, hidden size %d, %d layer%s, %s output layer; %zu parameters",
                  toString(m.cell).c_str(), m.hiddenSize, m.numLayers, m.numLayers == 1 ? "" : "s",
                  m.outputLayer ? "with an" : "no", layout.totalSize());
    printLine(buffer);
    printLine("vocabulary: " + JsonWriter::quoted(toUtf8(dataset.vocabulary.characters())) + " ("
              + std::to_string(dataset.vocabulary.size()) + " characters)");
    if (Task::create(session->data)->outputKind() == OutputKind::Class) {
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
