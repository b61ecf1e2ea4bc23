// SPDX-License-Identifier: MIT
// rnnlab-cli new-forecast: a time-series session (issue 15) from the signal generator — the
// series it makes stored as numbers, the generator beside them for information.
#include "app/cli/clicommon.h"

#include "app/session/problemtext.h"
#include "engine/signalgenerator.h"

#include <QCoreApplication>
#include <algorithm>
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
        //: %1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series' length.
        printError(NewForecast::tr("--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the "
                                   "window counts")
                       .arg(option, text, parts.at(1))
                       .arg(length));
        return std::nullopt;
    }
    return spec;
}

//! A problem of the generator's spec (SignalGenerator::validate(), fields "generator.…" and "test
//! generator.…") as the options the user typed: "--period: 0 is not allowed…", an anomaly's under
//! its option and value ("--test-anomaly spike:500: the point 500 is outside the series (…)").
QString optionProblem(const QCommandLineParser &parser, const Problem &problem, const SignalSpec &spec,
                      const std::optional<AnomalySpec> &testAnomaly)
{
    const bool test = problem.field.starts_with("test ");
    const std::string::size_type anomaly = problem.field.find(".anomaly.");
    if (anomaly != std::string::npos) {
        const QString option = test ? QStringLiteral("test-anomaly") : QStringLiteral("anomaly");
        const QString typed = parser.value(option);
        if (problem.field.ends_with(".anomaly.at")) {
            // The point as typed, and the range in the same count as parseAnomaly() read it: the
            // stored spec counts from 0, the offset is what parseAnomaly() took away (if anything).
            const QString point = typed.section(u':', 1, 1);
            const std::optional<AnomalySpec> &parsed = test ? testAnomaly : spec.anomaly;
            const std::int64_t offset = parsed ? point.toLongLong() - parsed->at : 0;
            //: %1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.
            return NewForecast::tr("--%1 %2: the point %3 is outside the series (%4 … %5)")
                .arg(option, typed, point)
                .arg(offset)
                .arg(spec.length - 1 + offset);
        }
        return QStringLiteral("--%1 %2: %3").arg(option, typed, ProblemText::message(problem));
    }
    const std::string::size_type dot = problem.field.rfind('.');
    Problem named = problem;
    // A problem of the whole wave (a value beyond ±1e30) has no option of its own.
    named.field = dot == std::string::npos ? std::string(test ? "the test wave" : "the wave")
                                           : "--" + problem.field.substr(dot + 1);
    return ProblemText::text(named);
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
        "  rnnlab-cli train sine.json --steps 200 --save sine.json\n"
        "  rnnlab-cli generate sine.json --length 40\n\n"
        "train changes its file only with --save: without it, generate would use the untrained weights."));
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
            parseInteger(parser, name, std::numeric_limits<std::int64_t>::min(),
                         name == u"length" ? limits::maxTotalPoints : std::numeric_limits<std::int64_t>::max());
        if (!v)
            return BadInput;
        *target = *v;
    }
    // Said with the option typed: the session's own check would name data.series[0], which the
    // user never wrote.
    if (spec.length < 2) {
        printError(NewForecast::tr("--length %1: a series needs at least 2 points (one to read, the next to predict)")
                       .arg(parser.value(QStringLiteral("length"))));
        return BadInput;
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
        // Only its anomaly's: the rest of the test wave is the training wave, already checked (a
        // value beyond ±1e30 once, for the training wave when it has one, else for the test wave's size).
        const bool wholeWave =
            std::any_of(problems.begin(), problems.end(), [](const Problem &p) { return p.field == "generator"; });
        for (Problem &p : SignalGenerator::validate(testSpec, "test generator"))
            if (p.field.starts_with("test generator.anomaly.") || (p.field == "test generator" && !wholeWave))
                problems.push_back(std::move(p));
    }
    if (!problems.empty()) {
        for (const Problem &problem : problems)
            printError(optionProblem(parser, problem, spec, testAnomaly));
        return BadInput;
    }
    // Both series count towards the limit: said with the options, not data.series and data.test_series.
    if (testAnomaly && 2 * spec.length > limits::maxTotalPoints) {
        //: %1 the length typed, %2 the points of both series, %3 the limit.
        printError(NewForecast::tr("--length %1 with --test-anomaly: the training and the test series have %2 "
                                   "points in all, and the limit is %3")
                       .arg(parser.value(QStringLiteral("length")))
                       .arg(2 * spec.length)
                       .arg(limits::maxTotalPoints));
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
    const QString output = parser.value(QStringLiteral("output"));
    const int status = writeNewSession(parser, session);
    if (status == Success) {
        const QString wave = QString::fromStdString(toString(spec.wave));
        if (testAnomaly)
            //: %1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).
            printLine(NewForecast::tr("wrote %1: wave %2, %n points, and a test series with %3", nullptr,
                                      static_cast<int>(spec.length))
                          .arg(output, wave, parser.value(QStringLiteral("test-anomaly")))
                          .toStdString());
        else
            //: %1 the file, %2 the wave (sine, square, …), %n its points.
            printLine(NewForecast::tr("wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)", nullptr,
                                      static_cast<int>(spec.length))
                          .arg(output, wave)
                          .toStdString());
    }
    return status;
}

} // namespace rnnlab::cli
