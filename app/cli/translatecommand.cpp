// SPDX-License-Identifier: MIT
// rnnlab-cli train and generate on a translation session (task "translate", issue 16): the
// encoder–decoder is trained by Translator (engine/translator.h), not Trainer, so these two
// commands branch here; the trace has the goldens' fields of scripts/translate_golden.py. And
// new-translate, which makes such a session from a file of pairs (PairsTsv).
#include "app/cli/clicommon.h"

#include "app/session/atomicfile.h"
#include "app/session/inputfile.h"
#include "app/session/jsonwriter.h"
#include "app/session/pairstsv.h"
#include "app/session/sessionfile.h"
#include "app/session/statedictjson.h"
#include "engine/translator.h"
#include "engine/unicode.h"

#include <QCoreApplication>
#include <cstdio>

namespace rnnlab::cli {

namespace {

//! train, generate and new-translate on a translation session: help and messages (context rnnlab::cli::Translate in translations/rnnlab_*.ts).
class Translate
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Translate)
};

//! A (rows × n) matrix as n columns (one list per time step).
void writeColumns(JsonWriter &w, const Matrix<float> &m)
{
    w.beginArray();
    for (Eigen::Index t = 0; t < m.cols(); ++t) {
        w.beginArray();
        for (Eigen::Index i = 0; i < m.rows(); ++i)
            w.value(m(i, t));
        w.endArray();
    }
    w.endArray();
}

void writeTokens(JsonWriter &w, const std::vector<std::string> &tokens)
{
    w.beginArray();
    for (const auto &token : tokens)
        w.value(token);
    w.endArray();
}

//! A translation as text: its characters, <eos> left off ("olleh"); a translation that never
//! reached <eos> ends in "…".
std::string translationText(const TranslateTask &task, const std::vector<int> &tokens)
{
    std::string out;
    bool ended = false;
    for (int token : tokens) {
        if (token == TranslateTask::eos) {
            ended = true;
            break;
        }
        out += task.tokenName(token);
    }
    return ended ? out : out + "…";
}

struct StepRecord
{
    std::int64_t step = 0;
    float loss = 0.0f;
    std::optional<float> gradNorm;
    std::vector<std::vector<std::string>> predictions; // [pair][token]
    std::vector<std::vector<std::string>> greedy; // [pair][token]
};

//! The --trace JSON: the goldens' names and nesting (scripts/translate_golden.py).
std::string traceJson(const Translator &translator, const std::vector<NamedTensor> &initialWeights,
                      const std::optional<Trace<float>> &firstPass, const std::vector<StepRecord> &steps)
{
    const TranslateTask &task = translator.task();
    const int L = translator.layout()->model().numLayers;
    JsonWriter w;
    w.beginObject();
    w.key("source_vocabulary");
    w.value(toUtf8(task.sourceVocabulary().characters()));
    w.key("target_tokens");
    w.beginArray();
    for (int i = 0; i < task.outputSize(); ++i)
        w.value(task.tokenName(i));
    w.endArray();
    w.key("initial_weights");
    StateDictJson::writeTensors(w, initialWeights);
    if (firstPass) {
        if (firstPass->hasGradients) {
            w.key("initial_gradients");
            StateDictJson::writeTensors(w, toNamedTensors(firstPass->gradients));
        }
        const bool lstm = translator.layout()->model().cell == CellKind::Lstm;
        for (const bool cells : {false, true}) {
            if (cells && !lstm)
                break;
            w.key(cells ? "initial_cell_states" : "initial_hidden_states");
            w.beginObject();
            for (const char *stack : {"encoder", "decoder"}) {
                const int first = std::string(stack) == "encoder" ? 0 : L;
                w.key(stack);
                w.beginArray();
                for (const auto &sequence : firstPass->sequences) {
                    w.beginArray();
                    for (int l = first; l < first + L; ++l) {
                        const auto &layer = sequence.layers[std::size_t(l)];
                        writeColumns(w, cells ? layer.cell : layer.hidden);
                    }
                    w.endArray();
                }
                w.endArray();
            }
            w.endObject();
        }
        w.key("initial_logits");
        w.beginArray();
        for (const auto &sequence : firstPass->sequences)
            writeColumns(w, sequence.logits);
        w.endArray();
    }
    w.key("steps");
    w.beginArray();
    for (const auto &step : steps) {
        w.beginObject();
        w.key("step");
        w.value(step.step);
        w.key("loss");
        w.value(step.loss);
        w.key("predictions");
        w.beginArray();
        for (const auto &tokens : step.predictions)
            writeTokens(w, tokens);
        w.endArray();
        w.key("greedy");
        w.beginArray();
        for (const auto &tokens : step.greedy)
            writeTokens(w, tokens);
        w.endArray();
        if (step.gradNorm) {
            w.key("grad_norm");
            w.value(*step.gradNorm);
        }
        w.endObject();
    }
    w.endArray();
    w.key("final_weights");
    StateDictJson::writeTensors(w, toNamedTensors(translator.parameters()));
    w.endObject();
    return w.finish();
}

} // namespace

int translateTrainCommand(const Session &session, std::int64_t steps, bool quiet, const QString &tracePath,
                          const QString &savePath)
{
    Translator translator(session);
    const TranslateTask &task = translator.task();
    const bool tracing = !tracePath.isEmpty();
    const std::vector<NamedTensor> initialWeights = toNamedTensors(translator.parameters());
    std::optional<Trace<float>> firstPass;
    std::vector<StepRecord> records;
    int status = Success;
    for (std::int64_t i = 0; i < steps; ++i) {
        // The greedy translations of this step's weights, before its update (as its loss is).
        const auto greedy = translator.translations();
        const StepOutcome outcome = translator.step();
        if (tracing && i == 0)
            firstPass = translator.trace();
        if (!outcome.accepted) {
            printError(QString::fromStdString(outcome.problem));
            status = Failed;
            break;
        }
        if (!quiet || i + 1 == steps) {
            // "step 1  loss 1.23  "olleh" "dlrow"": each pair's greedy translation, JSON-quoted. Not
            // translated: scripts/translate-sweep.py and the tests read it (train's step lines).
            char buffer[96];
            std::snprintf(buffer, sizeof buffer, "step %lld  loss %.9g", static_cast<long long>(outcome.step),
                          static_cast<double>(outcome.loss));
            std::string line = buffer;
            if (outcome.gradNorm) {
                std::snprintf(buffer, sizeof buffer, "  grad_norm %.9g", static_cast<double>(*outcome.gradNorm));
                line += buffer;
            }
            line += ' ';
            for (const auto &tokens : greedy)
                line += ' ' + JsonWriter::quoted(translationText(task, tokens));
            printLine(line);
        }
        if (tracing) {
            StepRecord record{outcome.step, outcome.loss, outcome.gradNorm, {}, {}};
            for (const auto &sequence : translator.trace().sequences)
                record.predictions.push_back(task.tokenNames(sequence.predictions));
            for (const auto &tokens : greedy)
                record.greedy.push_back(task.tokenNames(tokens));
            records.push_back(std::move(record));
        }
    }
    if (tracing && steps == 0) {
        translator.evaluate();
        firstPass = translator.trace();
    }
    std::fflush(stdout);
    if (tracing) {
        const std::string json = traceJson(translator, initialWeights, firstPass, records);
        const QString error = json.empty()
            ? Translate::tr("cannot write %1: the trace holds a number that is not finite (inf or nan), which "
                            "JSON cannot hold; nothing was written")
                  .arg(tracePath)
            : AtomicFile::write(tracePath, QByteArray(json.data(), static_cast<qsizetype>(json.size())));
        if (!error.isEmpty()) {
            printError(error);
            status = Failed;
        }
    }
    if (!savePath.isEmpty()) {
        const QString error = SessionFile::write(savePath, translator.currentSession());
        if (!error.isEmpty()) {
            printError(error);
            status = Failed;
        }
    }
    return status;
}

int translateGenerateCommand(const Session &session, std::int64_t steps, const std::optional<std::u32string> &prime)
{
    Translator translator(session);
    const TranslateTask &task = translator.task();
    std::vector<std::u32string> sources;
    if (prime) {
        std::vector<int> indices;
        if (prime->empty()) {
            printError(Translate::tr("--prime is empty: give the source to translate"));
            return BadInput;
        }
        if (const auto missing = task.encodeSource(*prime, indices)) {
            //: %1 the character, described by the engine in English ("'x' (U+0078)").
            printError(Translate::tr("--prime has %1, which is not in the source vocabulary \"%2\": a translation "
                                     "reads only those characters")
                           .arg(QString::fromStdString(describeCharacter(*missing)),
                                QString::fromStdString(toUtf8(task.sourceVocabulary().characters()))));
            return BadInput;
        }
        sources.push_back(*prime);
    } else {
        for (const auto &pair : task.pairs())
            sources.push_back(pair.first);
    }
    for (std::int64_t i = 0; i < steps; ++i) {
        const StepOutcome outcome = translator.step();
        if (!outcome.accepted) {
            printError(QString::fromStdString(outcome.problem));
            return Failed;
        }
    }
    // One line per source: "source<Tab>translation", the greedy translation without its <eos>.
    for (const auto &source : sources) {
        std::vector<int> indices;
        task.encodeSource(source, indices);
        printLine(toUtf8(source) + "\t" + translationText(task, translator.translate(indices)));
    }
    return Success;
}

int newTranslateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Translate::tr(
        "Write a translation session (task \"translate\", an encoder-decoder) from a file of pairs, one a "
        "line: source<Tab>target in UTF-8 (empty lines are skipped). A line without a tab or a target, with "
        "more than one tab, an empty source, or <sos>/<eos> in its text is refused, naming the line. Default "
        "model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples').\n\n"
        "  rnnlab-cli new-translate --pairs words.tsv -o words.json\n"
        "  rnnlab-cli train words.json --quiet --save trained.json\n"
        "  rnnlab-cli generate trained.json --prime hello"));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         Translate::tr("The session file to write."),
         QStringLiteral("OUT.json")},
        {QStringLiteral("pairs"), Translate::tr("The pairs: one source<Tab>target a line (UTF-8)."),
         QStringLiteral("FILE.tsv")},
        {QStringLiteral("source-vocabulary"),
         Translate::tr("The encoder's characters in input order (default: the sources' in order of first use)."),
         QStringLiteral("CHARS")},
        {QStringLiteral("target-vocabulary"),
         Translate::tr("The target characters after <sos>, <eos> (default: the targets' in order of first use)."),
         QStringLiteral("CHARS")},
        {QStringLiteral("steps"), Translate::tr("The session's training steps (default 300)."), QStringLiteral("N")},
        {QStringLiteral("force"), Translate::tr("Replace OUT if it exists.")},
    });
    addModelOptions(parser, Translate::tr("Hidden units of the encoder and the decoder (default 24)."));
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Translate::tr("new-translate reads its pairs from --pairs FILE.tsv, not from \"%1\"")
                       .arg(parser.positionalArguments().join(u' ')));
        return BadInput;
    }
    if (!parser.isSet(QStringLiteral("pairs"))) {
        printError(Translate::tr("give the file of pairs: --pairs FILE.tsv (one source<Tab>target a line)"));
        return BadInput;
    }
    Session session;
    session.data.task = TaskKind::Translate;
    session.model = ModelConfig{CellKind::Gru, 24, 1, true};
    session.training.learningRate = 0.02;
    session.training.seed = 1;
    session.training.steps = 300;
    if (!applyModelOptions(parser, session))
        return BadInput;
    if (parser.isSet(QStringLiteral("steps"))) {
        const auto steps = parseInteger(parser, QStringLiteral("steps"), 0, limits::maxSteps);
        if (!steps)
            return BadInput;
        session.training.steps = *steps;
    }
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("source-vocabulary"), &session.data.sourceVocabulary},
          std::pair{QStringLiteral("target-vocabulary"), &session.data.targetVocabulary}}) {
        if (parser.isSet(name))
            *target = fromUtf8(parser.value(name).toStdString()).value_or(std::u32string());
    }

    const QString path = parser.value(QStringLiteral("pairs"));
    QByteArray bytes;
    if (const QString error = InputFile::read(path, &bytes); !error.isEmpty()) {
        printError(error);
        return BadInput;
    }
    std::vector<Problem> problems;
    session.data.pairs = PairsTsv::parse(bytes, problems);
    if (!problems.empty()) {
        printProblems(path, problems);
        return BadInput;
    }
    if (session.data.pairs.empty()) {
        printError(Translate::tr("%1: there is no pair: each line is one pair, source<Tab>target").arg(path));
        return BadInput;
    }
    problems = validate(session);
    if (!problems.empty()) {
        for (Problem &problem : problems) {
            // The engine names session fields; here the options are what to change (PairsTsv has
            // refused every bad line already, so what remains of data.pairs is about them all).
            if (problem.field == "data.source_vocabulary" || problem.field == "data.target_vocabulary")
                problem.field = "--" + problem.field.substr(5, 6) + "-vocabulary";
            else if (problem.field == "data.pairs")
                problem.field = path.toStdString() + ": the pairs";
            else if (problem.field == "model.hidden_size")
                problem.field = "--hidden-size";
            else if (problem.field == "model.num_layers")
                problem.field = "--layers";
        }
        printProblems(QString(), problems);
        return BadInput;
    }
    const int status = writeNewSession(parser, session);
    if (status == Success) {
        const auto &[source, target] = session.data.pairs.front();
        //: %1 the file written, %n its pairs, %2 → %3 the first pair (source → target).
        printLine(Translate::tr("wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1", nullptr,
                                static_cast<int>(session.data.pairs.size()))
                      .arg(parser.value(QStringLiteral("output")), QString::fromStdU32String(source),
                           QString::fromStdU32String(target))
                      .toStdString());
    }
    return status;
}

std::optional<int> refuseTranslation(const Session &session, const QString &command)
{
    if (session.data.task != TaskKind::Translate)
        return std::nullopt;
    printError(Translate::tr("rnnlab-cli %1 does not run a translation session (task \"translate\") yet: use "
                             "rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)")
                   .arg(command));
    return BadInput;
}

} // namespace rnnlab::cli
