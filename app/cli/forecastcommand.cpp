// SPDX-License-Identifier: MIT
// rnnlab-cli new-forecast: a time-series session (issue 15) from the signal generator — the
// series it makes stored as numbers, the generator beside them for information.
#include "app/cli/clicommon.h"

#include "engine/signalgenerator.h"

#include <QCoreApplication>
#include <limits>
#include <tuple>

namespace rnnlab::cli {

namespace {

//! new-forecast's help and messages (context rnnlab::cli::NewForecast in translations/rnnlab_*.ts).
class NewForecast
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::NewForecast)
};

//! "spike:60", "spike:60:1:3", "level_shift:40:0:-1", "flat:30:10": kind, at, length, size. AT is
//! a point counted from 1, as the window's "at point" box and the Signal tab's time axis count; the
//! session stores it from 0 (data.generator's anomaly.at), so it is converted here, at the boundary.
//! \a length: the series' points (AT must be one of them).
std::optional<AnomalySpec> parseAnomaly(const QString &text, const QString &option, std::int64_t length)
{
    const QStringList parts = text.split(u':');
    const auto kind = anomalyKindFromString(parts.value(0).toStdString());
    bool ok = kind.has_value() && parts.size() >= 2 && parts.size() <= 4;
    AnomalySpec spec;
    if (ok) {
        spec.kind = *kind;
        const qlonglong point = parts.at(1).toLongLong(&ok);
        spec.at = point >= 1 ? point - 1 : -1; // 1-based on the command line, 0-based stored
    }
    if (ok && parts.size() >= 3)
        spec.length = parts.at(2).toLongLong(&ok);
    if (ok && parts.size() == 4)
        spec.size = parts.at(3).toDouble(&ok);
    if (!ok) {
        printError(NewForecast::tr("--%1: \"%2\" is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat "
                                   "(e.g. spike:61:1:3)")
                       .arg(option, text));
        return std::nullopt;
    }
    // Said here, counted from 1: the generator's own check would name the stored, 0-based number.
    if (spec.at < 0 || spec.at >= length) {
        printError(NewForecast::tr("--%1: point %2 is not a point of the series: AT counts from 1 and must be "
                                   "between 1 and %3 (the length)")
                       .arg(option)
                       .arg(parts.at(1))
                       .arg(length));
        return std::nullopt;
    }
    return spec;
}

} // namespace

int newForecastCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(NewForecast::tr(
        "Write a time-series session (task \"forecast\"): a wave from the signal generator as its training series "
        "(and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) "
        "and MSELoss. The numbers are stored in the session; the generator is recorded beside them.\n\n"
        "  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json\n"
        "  rnnlab-cli train sine.json --steps 200"));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         NewForecast::tr("The session file to write."),
         QStringLiteral("OUT.json")},
        {QStringLiteral("wave"), NewForecast::tr("sine (default), square, sawtooth, triangle or two_sines."),
         QStringLiteral("WAVE")},
        {QStringLiteral("period"), NewForecast::tr("Time steps per period (default 20)."), QStringLiteral("P")},
        {QStringLiteral("amplitude"), NewForecast::tr("Default 1."), QStringLiteral("A")},
        {QStringLiteral("phase"), NewForecast::tr("Radians (default 0)."), QStringLiteral("PHI")},
        {QStringLiteral("length"), NewForecast::tr("Points (default 100)."), QStringLiteral("N")},
        {QStringLiteral("period2"), NewForecast::tr("two_sines: the second sine's period (default 7)."),
         QStringLiteral("P")},
        {QStringLiteral("amplitude2"), NewForecast::tr("two_sines: its amplitude (default 0.5)."), QStringLiteral("A")},
        {QStringLiteral("noise"), NewForecast::tr("Standard deviation of Gaussian noise (default 0)."),
         QStringLiteral("SIGMA")},
        {QStringLiteral("noise-seed"), NewForecast::tr("Seed of the noise (default 0)."), QStringLiteral("S")},
        {QStringLiteral("anomaly"),
         NewForecast::tr("An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 "
                         "(as the window's time axis; e.g. spike:71:1:2)."),
         QStringLiteral("SPEC")},
        {QStringLiteral("test-anomaly"),
         NewForecast::tr("Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 "
                         "at point 71, counted from 1)."),
         QStringLiteral("SPEC")},
        {QStringLiteral("cell"), NewForecast::tr("rnn_tanh, rnn_relu, lstm (default) or gru."), QStringLiteral("CELL")},
        {QStringLiteral("hidden-size"), NewForecast::tr("Hidden units (default 16)."), QStringLiteral("H")},
        {QStringLiteral("layers"), NewForecast::tr("Stacked layers (default 1)."), QStringLiteral("L")},
        {QStringLiteral("force"), NewForecast::tr("Replace OUT if it exists.")},
    });
    if (const auto status = parseCommandLine(parser, arguments))
        return *status;
    SignalSpec spec;
    if (parser.isSet(QStringLiteral("wave"))) {
        const auto wave = waveKindFromString(parser.value(QStringLiteral("wave")).toStdString());
        if (!wave) {
            printError(
                NewForecast::tr("--wave: \"%1\" is not a wave: use sine, square, sawtooth, triangle or two_sines")
                    .arg(parser.value(QStringLiteral("wave"))));
            return BadInput;
        }
        spec.wave = *wave;
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("period"), &spec.period},
                                       {QStringLiteral("amplitude"), &spec.amplitude},
                                       {QStringLiteral("phase"), &spec.phase},
                                       {QStringLiteral("period2"), &spec.period2},
                                       {QStringLiteral("amplitude2"), &spec.amplitude2},
                                       {QStringLiteral("noise"), &spec.noise}}) {
        if (!parser.isSet(name))
            continue;
        const auto v = parseNumber(parser, name);
        if (!v)
            return BadInput;
        *target = *v;
    }
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("length"), &spec.length}, {QStringLiteral("noise-seed"), &spec.noiseSeed}}) {
        if (!parser.isSet(name))
            continue;
        const auto v =
            parseInteger(parser, name, name == u"length" ? 1 : std::numeric_limits<std::int64_t>::min(),
                         name == u"length" ? limits::maxTotalPoints : std::numeric_limits<std::int64_t>::max());
        if (!v)
            return BadInput;
        *target = *v;
    }
    std::optional<AnomalySpec> testAnomaly;
    for (const QString &name : {QStringLiteral("anomaly"), QStringLiteral("test-anomaly")}) {
        if (!parser.isSet(name))
            continue;
        const auto anomaly = parseAnomaly(parser.value(name), name, spec.length);
        if (!anomaly)
            return BadInput;
        (name == u"anomaly" ? spec.anomaly : testAnomaly) = anomaly;
    }

    Session session;
    session.data.task = TaskKind::Forecast;
    session.model = ModelConfig{CellKind::Lstm, 16, 1, true};
    session.training.learningRate = 0.01;
    session.training.steps = 200;
    if (parser.isSet(QStringLiteral("cell"))) {
        const auto cell = cellKindFromString(parser.value(QStringLiteral("cell")).toStdString());
        if (!cell) {
            printError(NewForecast::tr("--cell: \"%1\" is not a cell type: use rnn_tanh, rnn_relu, lstm or gru")
                           .arg(parser.value(QStringLiteral("cell"))));
            return BadInput;
        }
        session.model.cell = *cell;
    }
    for (const auto &[name, target, maximum] :
         {std::tuple{QStringLiteral("hidden-size"), &session.model.hiddenSize, limits::maxHiddenSize},
          {QStringLiteral("layers"), &session.model.numLayers, limits::maxLayers}}) {
        if (!parser.isSet(name))
            continue;
        const auto v = parseInteger(parser, name, 1, maximum);
        if (!v)
            return BadInput;
        *target = static_cast<int>(*v);
    }
    std::vector<Problem> problems = SignalGenerator::validate(spec, "generator");
    SignalSpec testSpec = spec;
    if (testAnomaly) {
        testSpec.anomaly = testAnomaly;
        for (Problem &p : SignalGenerator::validate(testSpec, "test generator"))
            problems.push_back(std::move(p));
    }
    for (Problem &problem : problems) // the options, not the session's fields
        problem.field = "--" + problem.field.substr(problem.field.rfind('.') + 1);
    if (!problems.empty()) {
        printProblems(QString(), problems);
        return BadInput;
    }
    session.data.series = {SignalGenerator::series(spec)};
    session.data.seriesGenerators = {spec};
    if (testAnomaly) {
        session.data.testSeries = {SignalGenerator::series(testSpec)};
        session.data.testSeriesGenerators = {testSpec};
    }
    problems = validate(session);
    if (!problems.empty()) {
        printProblems(QString(), problems);
        return BadInput;
    }
    return writeNewSession(parser, session);
}

} // namespace rnnlab::cli
