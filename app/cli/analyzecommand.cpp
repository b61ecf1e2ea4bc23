// SPDX-License-Identifier: MIT
// rnnlab-cli analyze: what a network remembers, as JSON (issue 17, point 6) — how far back each
// prediction looks (the influence of every earlier input), the PCA of one layer's states and every
// unit's value, with a span's ranking of the units. Every number is MemoryAnalysis's
// (engine/memoryanalysis.h); this file parses the options and writes the document.
#include "app/cli/clicommon.h"

#include "app/session/atomicfile.h"
#include "app/session/jsonwriter.h"
#include "engine/memoryanalysis.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rnnlab::cli {

namespace {

//! analyze's help and messages (context rnnlab::cli::Analyze in translations/rnnlab_*.ts).
class Analyze
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Analyze)
};

//! --span A:B as time steps [A, B) of the first text; nullopt with a message when it is not two
//! whole numbers (whether they fit the text is UnitRanking::problemWith's question).
std::optional<TextSpan> parseSpan(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(-?\\d{1,9})\\s*:\\s*(-?\\d{1,9})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        printError(Analyze::tr("--span: \"%1\" is not a span: give A:B, the time steps A to B − 1 of the first "
                               "text (0-based), e.g. --span 2:5")
                       .arg(text));
        return std::nullopt;
    }
    return TextSpan{0, match.captured(1).toInt(), match.captured(2).toInt()};
}

//! The input characters of every time step of text \a text, as one string.
std::string inputCharacters(const Trace<float> &trace, const Vocabulary &vocabulary, std::size_t text)
{
    std::u32string characters;
    for (int index : trace.sequences[text].inputs)
        characters += vocabulary.character(index);
    return toUtf8(characters);
}

std::string analysisJson(const MemoryAnalysis &analysis, const Trainer &trainer, std::int64_t steps,
                         const std::optional<TextSpan> &span)
{
    const Trace<float> &trace = analysis.trace();
    JsonWriter json;
    json.beginObject();
    json.key("format");
    json.value("rnnlab-memory");
    json.key("version");
    json.value(1);
    json.key("steps_trained");
    json.value(steps);
    json.key("cell");
    json.value(toString(trainer.session().model.cell));
    json.key("layer");
    json.value(analysis.layer());
    json.key("state");
    json.value(analysis.cellState() ? "c" : "h");
    json.key("inputs");
    json.beginArray();
    for (std::size_t text = 0; text < trace.sequences.size(); ++text)
        json.value(inputCharacters(trace, trainer.dataset().vocabulary, text));
    json.endArray();

    json.key("influence");
    json.beginArray();
    for (const auto &rows : analysis.influence()) {
        json.beginArray();
        for (const auto &row : rows)
            json.numberArray(row);
        json.endArray();
    }
    json.endArray();

    const StatePca pca = analysis.pca();
    json.key("pca");
    json.beginObject();
    json.key("mean");
    json.numberArray(pca.mean());
    json.key("components");
    json.beginArray();
    for (Eigen::Index i = 0; i < pca.components().rows(); ++i)
        json.numberArray(pca.components().row(i));
    json.endArray();
    json.key("explained_variance_ratio");
    json.numberArray(pca.explainedVarianceRatio());
    json.key("points");
    json.beginArray();
    for (Eigen::Index row = 0; row < pca.points().rows(); ++row)
        json.numberArray(pca.points().row(row));
    json.endArray();
    json.endObject();

    json.key("units");
    json.beginObject();
    json.key("values"); // [text][t][unit]
    json.beginArray();
    for (const Matrix<float> &states : analysis.states()) {
        json.beginArray();
        for (Eigen::Index t = 0; t < states.cols(); ++t)
            json.numberArray(states.col(t));
        json.endArray();
    }
    json.endArray();
    if (span) {
        json.key("span");
        json.beginObject();
        json.key("text");
        json.value(span->text);
        json.key("begin");
        json.value(span->begin);
        json.key("end");
        json.value(span->end);
        json.endObject();
        json.key("ranking");
        json.beginArray();
        for (const UnitScore &score : analysis.rankUnits(*span)) {
            json.beginObject();
            json.key("unit");
            json.value(score.unit);
            json.key("score");
            json.value(score.score);
            json.key("mean_inside");
            json.value(score.meanInside);
            json.key("mean_outside");
            json.value(score.meanOutside);
            json.key("pooled_sd");
            json.value(score.pooledSd);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
    json.endObject();
    return json.finish();
}

} // namespace

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Analyze::tr(
        "Write what a network remembers as JSON, for one layer (default: the top one):\n"
        "  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier "
        "one-hot input x_s drives step t's log-probability of its target (the engine's BPTT from that one "
        "term; a step without a target, a classifier's before its last, has an empty row);\n"
        "  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, "
        "every step of every text as rows; each flipped so that its largest entry is positive), "
        "explained_variance_ratio [2], points [rows][2];\n"
        "  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / "
        "pooled standard deviation.\n\n"
        "  rnnlab-cli analyze hello.json -o memory.json\n"
        "  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json\n\n"
        "Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input."));
    addSessionArguments(parser, Analyze::tr("A session file (.rnnlab or .json)."), QStringLiteral("SESSION"));
    parser.addOptions({
        {QStringLiteral("steps"),
         Analyze::tr("Train this many steps first (default 0: the session's weights as they are)."),
         QStringLiteral("N")},
        {QStringLiteral("layer"),
         Analyze::tr("The layer whose states are analysed, 0 = the bottom (default: the top one). The "
                     "influence is always of the network's input."),
         QStringLiteral("L")},
        {QStringLiteral("state"), Analyze::tr("h (default), or c: an LSTM's cell state."), QStringLiteral("h|c")},
        {QStringLiteral("span"),
         Analyze::tr("Rank the units for time steps A to B − 1 of the first text (0-based) against every "
                     "other step."),
         QStringLiteral("A:B")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         Analyze::tr("Write the JSON here (required)."),
         QStringLiteral("OUT.json")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    std::optional<Session> session = sessionFromArguments(parser, parser.positionalArguments());
    if (!session)
        return BadInput;
    if (const auto refused = refuseTranslation(*session, QStringLiteral("analyze")))
        return *refused;

    std::int64_t steps = 0;
    if (parser.isSet(QStringLiteral("steps"))) {
        const auto value = parseInteger(parser, QStringLiteral("steps"), 0, limits::maxSteps);
        if (!value)
            return BadInput;
        steps = *value;
    }
    const int layers = session->model.numLayers;
    MemoryLayer which;
    if (parser.isSet(QStringLiteral("layer"))) {
        const auto value = parseInteger(parser, QStringLiteral("layer"), 0, layers - 1);
        if (!value)
            return BadInput; // "between 0 and L − 1" names the session's layers
        which.layer = static_cast<int>(*value);
    }
    if (parser.isSet(QStringLiteral("state"))) {
        const QString state = parser.value(QStringLiteral("state"));
        if (state == u"c") {
            if (session->model.cell != CellKind::Lstm) {
                printError(Analyze::tr("--state c: only an LSTM has a cell state c, and this session's cell is "
                                       "%1: use --state h")
                               .arg(QString::fromStdString(toString(session->model.cell))));
                return BadInput;
            }
            which.cellState = true;
        } else if (state != u"h") {
            printError(
                Analyze::tr("--state: \"%1\" is neither h (the hidden state) nor c (an LSTM's cell state)").arg(state));
            return BadInput;
        }
    }
    std::optional<TextSpan> span;
    if (parser.isSet(QStringLiteral("span"))) {
        span = parseSpan(parser.value(QStringLiteral("span")));
        if (!span)
            return BadInput;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(Analyze::tr("give the file to write with -o OUT.json"));
        return BadInput;
    }
    const std::optional<QString> output = outputPath(parser, QStringLiteral("output"));
    if (!output)
        return BadInput;

    // Trainer trains a translation too, but MemoryAnalysis reads one network over one text.
    if (session->data.task == TaskKind::Translate) {
        printError(QStringLiteral("analyze reads one network over one text: a translation's encoder and decoder "
                                  "(task \"translate\") are not analysed yet"));
        return BadInput;
    }
    Trainer trainer(*session);
    if (span) { // before training: a wrong span is refused now, not after an hour
        std::vector<int> lengths;
        for (const Sequence &sequence : trainer.dataset().sequences)
            lengths.push_back(sequence.length());
        if (const auto problem = UnitRanking::problemWith(*span, lengths)) {
            printError(QStringLiteral("--span: ") + QString::fromStdString(*problem));
            return BadInput;
        }
    }
    int status = Success;
    std::int64_t trained = 0;
    for (; trained < steps; ++trained) {
        const StepOutcome outcome = trainer.step();
        if (!outcome.accepted) {
            // The analysis still describes the last good weights, and says how many steps they had.
            printError(QString::fromStdString(outcome.problem));
            status = Failed;
            break;
        }
    }
    const MemoryAnalysis analysis(trainer.parameters(), trainer.task(), which);
    const std::string json = analysisJson(analysis, trainer, trained, span);
    const QString error = json.empty() // JsonWriter::finish(): a number was not finite
        ? Analyze::tr("cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON "
                      "cannot hold; nothing was written")
              .arg(*output)
        : AtomicFile::write(*output, QByteArray(json.data(), static_cast<qsizetype>(json.size())));
    if (!error.isEmpty()) {
        printError(error);
        return Failed;
    }
    return status;
}

} // namespace rnnlab::cli
