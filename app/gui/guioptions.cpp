// SPDX-License-Identifier: MIT
#include "app/gui/guioptions.h"

#include "app/language/language.h"
#include "app/session/atomicfile.h"
#include "app/session/problemtext.h"
#include "app/session/sessionfile.h"
#include "app/session/textsession.h"
#include "engine/comparison.h"
#include "engine/unicode.h"
#include "ui/lesson/lesson.h"
#include "ui/teaching/timestepwalker.h"
#include "ui/window/mainwindow.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <climits>

namespace rnnlab {

namespace {

struct NamedSession
{
    Session session;
    QString name; // the file's base name, or the first text
};

//! The session file the arguments name (--session FILE or SESSION.json), or empty.
QString sessionPath(const QCommandLineParser &parser)
{
    QString path = parser.value(QStringLiteral("session"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    return path;
}

//! Whether the first model was given (a file, or --text and its labels).
bool sessionGiven(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("session")) || !parser.positionalArguments().isEmpty()
        || parser.isSet(QStringLiteral("text")) || parser.isSet(QStringLiteral("label"));
}

//! Whether \a tab is empty or a tab --tab may name.
bool knownTab(const QString &tab)
{
    return tab.isEmpty() || tab == u"step" || tab == u"loss" || tab == u"predictions" || tab == u"generate"
        || tab == u"pytorch" || tab == u"memory" || tab == u"memory-units" || tab == u"signal";
}

QString tabRefusal(const QString &tab)
{
    return GuiOptions::tr(
               "--tab: \"%1\" is not step, loss, predictions, generate, memory, memory-units, signal or pytorch")
        .arg(tab);
}

//! \a path's session, or nullopt with "path: problem" for each problem in \a refusal.
std::optional<Session> readSession(const QString &path, GuiRefusal *refusal)
{
    SessionParseResult parsed = SessionFile::read(path);
    if (!parsed.session) {
        for (const auto &problem : parsed.problems)
            refusal->messages << path + QStringLiteral(": ") + ProblemText::text(problem);
        return std::nullopt;
    }
    return std::move(parsed.session);
}

//! The session the arguments name (a file, or --text with the lecture's settings), or the
//! lecture's example; nullopt with the problems in \a refusal.
std::optional<NamedSession> sessionFrom(const QCommandLineParser &parser, GuiRefusal *refusal)
{
    const QString path = sessionPath(parser);
    const QStringList texts = parser.values(QStringLiteral("text"));
    const QStringList labels = parser.values(QStringLiteral("label"));
    // --session '' (or '' as the file) named no file: refused, not the lecture's example instead.
    if (path.isEmpty()
        && (parser.isSet(QStringLiteral("session"))
            || (!parser.positionalArguments().isEmpty() && parser.positionalArguments().first().isEmpty()))) {
        refusal->messages << GuiOptions::tr("the session file's name is empty: give the file to open");
        return std::nullopt;
    }
    if (!path.isEmpty() && !texts.isEmpty()) {
        refusal->messages << GuiOptions::tr("give a session file or --text, not both");
        return std::nullopt;
    }
    if (!labels.isEmpty() && texts.isEmpty()) {
        refusal->messages << GuiOptions::tr("--label goes with --text; a session file gives its labels in data.labels");
        return std::nullopt;
    }
    if (!path.isEmpty()) {
        std::optional<Session> session = readSession(path, refusal);
        if (!session)
            return std::nullopt;
        return NamedSession{std::move(*session), QFileInfo(path).completeBaseName()};
    }
    Session session = lectureExample();
    if (!texts.isEmpty()) {
        QString problem;
        std::optional<Session> fromTexts = TextSession::fromTexts(texts, labels, &problem);
        if (!fromTexts) {
            refusal->messages << problem;
            return std::nullopt;
        }
        session = std::move(*fromTexts);
    }
    const std::vector<Problem> problems = validate(session);
    for (const auto &problem : problems)
        refusal->messages << ProblemText::text(problem);
    if (!problems.empty())
        return std::nullopt;
    const QString name = QString::fromStdString(toUtf8(session.data.texts.front()));
    return NamedSession{std::move(session), name};
}

struct CompareRequest
{
    std::vector<Session> sessions; // empty: compare mode was not asked for
    QString title;
    QString description;
};

//! The models compare mode was asked for (--compare FILE… after the first session, or
//! --compare-preset ID) with a title; nullopt with the problems in \a refusal; no sessions when
//! compare mode was not asked for.
std::optional<CompareRequest> compareRequestFrom(const QCommandLineParser &parser, GuiRefusal *refusal)
{
    const QStringList files = parser.values(QStringLiteral("compare"));
    const bool preset = parser.isSet(QStringLiteral("compare-preset"));
    if (files.isEmpty() && !preset)
        return CompareRequest{};
    if (preset) {
        const QString id = parser.value(QStringLiteral("compare-preset"));
        if (!files.isEmpty() || sessionGiven(parser)) {
            refusal->messages << GuiOptions::tr(
                "--compare-preset brings its own models: give it alone, or --compare files (and --session for the "
                "first model) instead");
            return std::nullopt;
        }
        const auto found = comparePreset(id.toStdString());
        if (!found) {
            refusal->messages
                << GuiOptions::tr("--compare-preset: \"%1\" is not a preset: use layers (1 layer vs 2 layers on hello) "
                                  "or cells (RNN vs LSTM vs GRU on a long text)")
                       .arg(id);
            return std::nullopt;
        }
        return CompareRequest{found->sessions, QString::fromStdString(found->title),
                              QString::fromStdString(found->description)};
    }
    if (files.size() + 1 > limits::maxComparedModels) {
        refusal->messages << GuiOptions::tr("--compare: compare mode shows 2 or 3 models: the first (--session, or "
                                            "the hello example) and one or two --compare files, not %1")
                                 .arg(files.size());
        return std::nullopt;
    }
    std::optional<NamedSession> first = sessionFrom(parser, refusal);
    if (!first)
        return std::nullopt;
    CompareRequest request;
    request.sessions.push_back(std::move(first->session));
    std::vector<std::string> names{first->name.toStdString()};
    for (const QString &path : files) {
        std::optional<Session> session = readSession(path, refusal);
        if (!session)
            return std::nullopt;
        request.sessions.push_back(std::move(*session));
        names.push_back(QFileInfo(path).completeBaseName().toStdString());
    }
    const std::vector<Problem> problems = validateForComparison(request.sessions, names);
    for (const auto &problem : problems)
        refusal->messages << GuiOptions::tr("cannot compare these sessions: %1").arg(ProblemText::text(problem));
    if (!problems.empty())
        return std::nullopt;
    QStringList all;
    for (const auto &name : names)
        all << QString::fromStdString(name);
    request.title = all.join(QStringLiteral(" vs "));
    return request;
}

GuiRefusal refuse(const QString &message)
{
    return GuiRefusal{{message}};
}

//! --screenshot and --export-*: the options of the picture; \a session is the window's.
GuiMode screenshotMode(const QCommandLineParser &parser, NamedSession session, const CompareRequest &compare,
                       std::optional<Theme> theme, std::optional<int> lessonStep)
{
    const bool exporting = parser.isSet(QStringLiteral("export-svg")) || parser.isSet(QStringLiteral("export-png"));
    ScreenshotOptions options;
    options.output = parser.value(QStringLiteral("screenshot"));
    if (exporting) {
        if (parser.isSet(QStringLiteral("export-svg")) + parser.isSet(QStringLiteral("export-png"))
                + parser.isSet(QStringLiteral("screenshot"))
            > 1)
            return refuse(GuiOptions::tr("give one of --screenshot, --export-svg and --export-png"));
        const bool svg = parser.isSet(QStringLiteral("export-svg"));
        options.figurePath = parser.value(svg ? QStringLiteral("export-svg") : QStringLiteral("export-png"));
        const QString suffix = QFileInfo(options.figurePath).suffix().toLower();
        if (suffix != (svg ? u"svg" : u"png"))
            return refuse(GuiOptions::tr("--export-%1: \"%2\" must end in .%1")
                              .arg(svg ? QStringLiteral("svg") : QStringLiteral("png"), options.figurePath));
        if (const QString refused = AtomicFile::checkTarget(options.figurePath); !refused.isEmpty())
            return refuse(
                QStringLiteral("--export-%1: %2").arg(svg ? QStringLiteral("svg") : QStringLiteral("png"), refused));
        if (parser.isSet(QStringLiteral("figure")))
            options.figure = parser.value(QStringLiteral("figure"));
        if (parser.isSet(QStringLiteral("scale"))) {
            const QString scale = parser.value(QStringLiteral("scale"));
            if (svg || (scale != u"1" && scale != u"2" && scale != u"3"))
                return refuse(svg ? GuiOptions::tr("--scale applies to --export-png; an SVG has no pixels")
                                  : GuiOptions::tr("--scale: \"%1\" must be 1, 2 or 3").arg(scale));
            options.scale = scale.toInt();
        }
    } else {
        // The real cause up front: QImage::save() on "out.txt" fails for the extension, and a
        // FIFO or a device would be replaced (AtomicFile::checkTarget).
        if (options.output.isEmpty())
            return refuse(GuiOptions::tr("--screenshot: the file name is empty: give the PNG to write"));
        if (QFileInfo(options.output).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
            return refuse(GuiOptions::tr("--screenshot: \"%1\" must end in .png (the window is written as a PNG)")
                              .arg(options.output));
        if (const QString refused = AtomicFile::checkTarget(options.output); !refused.isEmpty())
            return refuse(QStringLiteral("--screenshot: %1").arg(refused));
    }
    options.session = std::move(session.session);
    options.name = session.name;
    options.theme = theme.value_or(Theme::Light);
    options.presentation = parser.isSet(QStringLiteral("presentation"));
    options.lessonStep = lessonStep;
    options.layoutJson = parser.value(QStringLiteral("layout-json"));
    if (parser.isSet(QStringLiteral("font-size"))) {
        bool ok = false;
        const double points = parser.value(QStringLiteral("font-size")).toDouble(&ok);
        if (!ok || !(points >= 6 && points <= 32))
            return refuse(GuiOptions::tr("--font-size: \"%1\" must be a size in points from 6 to 32")
                              .arg(parser.value(QStringLiteral("font-size"))));
        options.fontPoints = points;
    }
    if (parser.isSet(QStringLiteral("train"))) {
        bool ok = false;
        options.train = parser.value(QStringLiteral("train")).toLongLong(&ok);
        if (!ok || options.train < 0 || options.train > 100'000'000)
            return refuse(GuiOptions::tr("--train: \"%1\" must be a whole number of steps from 0 to 100000000")
                              .arg(parser.value(QStringLiteral("train"))));
    }
    const QString view = parser.value(QStringLiteral("view"));
    if (!view.isEmpty() && view != u"folded" && view != u"unfolded")
        return refuse(GuiOptions::tr("--view: \"%1\" is neither folded nor unfolded").arg(view));
    options.folded = view == u"folded";
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto match = pattern.match(parser.value(QStringLiteral("size")));
        if (!match.hasMatch() || match.captured(1).toInt() > 8192 || match.captured(2).toInt() > 8192)
            return refuse(
                GuiOptions::tr("--size: \"%1\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")
                    .arg(parser.value(QStringLiteral("size"))));
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        // Rendered at exactly this size or refused: a window smaller than the smallest it fits in
        // would be enlarged by its own minimum size (compare mode's window checks its own when
        // it renders).
        const QSize smallest = MainWindow::smallestSize();
        if (compare.sessions.empty()
            && (options.size.width() < smallest.width() || options.size.height() < smallest.height()))
            return refuse(GuiOptions::tr("--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4")
                              .arg(options.size.width())
                              .arg(options.size.height())
                              .arg(smallest.width())
                              .arg(smallest.height()));
    }
    if (!compare.sessions.empty()) {
        for (const char *option : {"tab", "history-step", "series", "time-step", "phase", "layer", "walk-order",
                                   "what-if", "decoder", "stack", "shape", "sample"}) {
            if (parser.isSet(QLatin1String(option)))
                return refuse(GuiOptions::tr("--%1 shows a part of the main window: it does not apply to compare mode")
                                  .arg(QLatin1String(option)));
        }
        CompareScreenshotOptions compared;
        compared.output = options.output;
        compared.sessions = compare.sessions;
        compared.title = compare.title;
        compared.description = compare.description;
        compared.train = options.train;
        compared.size = options.size;
        compared.folded = options.folded;
        compared.freeRunning = parser.isSet(QStringLiteral("free-running"));
        return compared;
    }
    options.tab = parser.value(QStringLiteral("tab"));
    if (!knownTab(options.tab))
        return refuse(tabRefusal(options.tab));
    QString wrong;
    const auto whole = [&](const char *name, qint64 minimum, qint64 maximum) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = parser.value(QLatin1String(name)).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            wrong = GuiOptions::tr("--%1: \"%2\" must be a whole number from %3 to %4")
                        .arg(QLatin1String(name), parser.value(QLatin1String(name)))
                        .arg(minimum)
                        .arg(maximum);
            return std::nullopt;
        }
        return value;
    };
    if (parser.isSet(QStringLiteral("history-step"))) {
        const auto k = whole("history-step", 0, 100'000'000);
        if (!k)
            return refuse(wrong);
        options.historyStep = *k;
    }
    if (parser.isSet(QStringLiteral("series"))) {
        const auto k = whole("series", 1, 1'000'000);
        if (!k)
            return refuse(wrong);
        options.series = int(*k);
    }
    if (parser.isSet(QStringLiteral("time-step"))) {
        const auto t = whole("time-step", 1, 1'000'000);
        if (!t)
            return refuse(wrong);
        options.timeStep = int(*t);
    }
    if (parser.isSet(QStringLiteral("layer"))) {
        const auto l = whole("layer", 1, 8);
        if (!l)
            return refuse(wrong);
        options.layer = int(*l);
    }
    if (parser.isSet(QStringLiteral("phase"))) {
        const QString phase = parser.value(QStringLiteral("phase"));
        if (!TimeStepWalker::phaseFromName(phase))
            return refuse(GuiOptions::tr("--phase: \"%1\" is not a phase: input, input-part, hidden-part, sum, gates, "
                                         "cell, activation, output, softmax, prediction, loss, context, backward, "
                                         "backward-cell, backward-pre or backward-context")
                              .arg(phase));
        options.phase = phase;
    }
    if (parser.isSet(QStringLiteral("walk-order"))) {
        const QString order = parser.value(QStringLiteral("walk-order"));
        if (order != u"time" && order != u"layer")
            return refuse(GuiOptions::tr("--walk-order: \"%1\" is not an order: time or layer").arg(order));
        options.layerMajor = order == u"layer";
    }
    if (parser.isSet(QStringLiteral("what-if"))) {
        if (parser.value(QStringLiteral("what-if")) != u"whh0")
            return refuse(GuiOptions::tr("--what-if: \"%1\" is not a what-if: whh0 (W_hh = 0, no memory)")
                              .arg(parser.value(QStringLiteral("what-if"))));
        options.whatIfNoMemory = true;
    }
    if (parser.isSet(QStringLiteral("stack"))) {
        const QString stack = parser.value(QStringLiteral("stack"));
        if (stack != u"encoder" && stack != u"decoder")
            return refuse(
                GuiOptions::tr("--stack: \"%1\" is not a stack of a translation: encoder or decoder").arg(stack));
        options.walkEncoder = stack == u"encoder";
    }
    if (parser.isSet(QStringLiteral("decoder"))) {
        const QString decoder = parser.value(QStringLiteral("decoder"));
        if (decoder != u"teacher-forcing" && decoder != u"greedy")
            return refuse(
                GuiOptions::tr("--decoder: \"%1\" is not a decoder view: teacher-forcing or greedy").arg(decoder));
        options.greedy = decoder == u"greedy";
    }
    if (parser.isSet(QStringLiteral("shape"))) {
        const QString name = parser.value(QStringLiteral("shape"));
        for (TaskShape shape :
             {TaskShape::OneToOne, TaskShape::OneToMany, TaskShape::ManyToOne, TaskShape::ManyToMany}) {
            if (name == QLatin1String(shapeName(shape)))
                options.shape = shape;
        }
        if (!options.shape)
            return refuse(GuiOptions::tr("--shape: \"%1\" is not a shape: one-to-one, one-to-many, many-to-one or "
                                         "many-to-many")
                              .arg(name));
    }
    if (parser.isSet(QStringLiteral("sample"))) {
        const QString value = parser.value(QStringLiteral("sample"));
        const QStringList parts = value.split(u':');
        bool temperatureOk = false;
        bool seedOk = false;
        const double temperature = parts.value(0).toDouble(&temperatureOk);
        const qint64 seed = parts.size() == 2 ? parts.value(1).toLongLong(&seedOk) : 0;
        if (parts.size() != 2 || !temperatureOk || !seedOk || !(temperature >= 0.01 && temperature <= 100.0) || seed < 0
            || seed > INT_MAX)
            return refuse(GuiOptions::tr("--sample: \"%1\" is not TEMPERATURE:SEED (a temperature from 0.01 to 100, "
                                         "a seed from 0, e.g. 0.8:3)")
                              .arg(value));
        options.sampleTemperature = temperature;
        options.sampleSeed = seed;
    }
    return options;
}

} // namespace

void GuiOptions::add(QCommandLineParser &parser)
{
    parser.setApplicationDescription(GuiOptions::tr("Recurrent neural networks, shown at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("session"), GuiOptions::tr("A session file to open (.rnnlab)."),
                                 QStringLiteral("[SESSION.rnnlab]"));
    parser.addOptions({
        {QStringLiteral("text"), GuiOptions::tr("Train on this text (repeat for several) with the lecture's settings."),
         QStringLiteral("TEXT")},
        {QStringLiteral("label"),
         GuiOptions::tr("With --text: the class of that text (repeat, one per --text, in "
                        "order); makes it a many-to-one classifier (task \"classify\")."),
         QStringLiteral("LABEL")},
        {QStringLiteral("session"), GuiOptions::tr("A session file to open."), QStringLiteral("FILE")},
        {QStringLiteral("screenshot"), GuiOptions::tr("Render the window to OUT.png and exit."),
         QStringLiteral("OUT.png")},
        {QStringLiteral("train"), GuiOptions::tr("With --screenshot: train this many steps first."),
         QStringLiteral("N")},
        {QStringLiteral("view"), GuiOptions::tr("With --screenshot: folded or unfolded (default)."),
         QStringLiteral("VIEW")},
        {QStringLiteral("layout-json"),
         GuiOptions::tr("With --screenshot: also write every text the graph, heatmaps and equations drew "
                        "(where, how large) to FILE as JSON."),
         QStringLiteral("FILE")},
        {QStringLiteral("size"), GuiOptions::tr("With --screenshot: the window size (default 1280x800)."),
         QStringLiteral("WxH")},
        {QStringLiteral("tab"),
         GuiOptions::tr("With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back "
                        "a prediction looks, the path of h_t), memory-units (units over the text), signal (a "
                        "time series) or pytorch (the PyTorch panel)."),
         QStringLiteral("TAB")},
        {QStringLiteral("history-step"),
         GuiOptions::tr("With --screenshot: rewind to this training step (after --train)."), QStringLiteral("K")},
        {QStringLiteral("series"),
         GuiOptions::tr(
             "With --screenshot: the text or series the graph and the walk by hand show (1-based, as "
             "the bar above the graph lists them: a time series' test series after its training series). Default: "
             "a time series' first test series, as the Signal tab shows it; else the first."),
         QStringLiteral("K")},
        {QStringLiteral("time-step"),
         GuiOptions::tr("With --screenshot: walk by hand to this time step (t = 1 … n, as on screen)."),
         QStringLiteral("T")},
        {QStringLiteral("phase"),
         GuiOptions::tr("With --screenshot: the phase of the time step: input, input-part, hidden-part, "
                        "sum, gates, cell, activation, output, softmax, prediction, loss, backward, "
                        "backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a "
                        "translation's also context and backward-context (the decoder's h_0 = the encoder's h_n)."),
         QStringLiteral("NAME")},
        {QStringLiteral("layer"), GuiOptions::tr("With --phase: the layer (1-based, default 1)."), QStringLiteral("L")},
        {QStringLiteral("walk-order"),
         GuiOptions::tr("With --phase: time (every layer at t, then t+1; the default) or layer "
                        "(layer 1 over all of time, then layer 2)."),
         QStringLiteral("ORDER")},
        {QStringLiteral("what-if"),
         GuiOptions::tr("With --screenshot: whh0 shows Edit > What if W_hh = 0? (the network without its memory)."),
         QStringLiteral("WHAT")},
        {QStringLiteral("stack"),
         GuiOptions::tr("With --phase, a translation: walk in the encoder or the decoder (the default); --time-step "
                        "and --layer count within it."),
         QStringLiteral("STACK")},
        {QStringLiteral("decoder"),
         GuiOptions::tr("With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph's "
                        "Translate view: the decoder fed its own previous output)."),
         QStringLiteral("VIEW")},
        {QStringLiteral("shape"),
         GuiOptions::tr("With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a "
                        "next-character session), many-to-one or many-to-many."),
         QStringLiteral("SHAPE")},
        {QStringLiteral("sample"),
         GuiOptions::tr("With --screenshot: the Generate tab (and the one-to-many picture) samples at this "
                        "temperature with this seed, e.g. 0.8:3; greedy without."),
         QStringLiteral("T:SEED")},
        {QStringLiteral("export-svg"),
         GuiOptions::tr("Write the graph (or --figure) as SVG and exit; takes --screenshot's "
                        "options (--train, --view, --size, …)."),
         QStringLiteral("OUT.svg")},
        {QStringLiteral("export-png"), GuiOptions::tr("Write the graph (or --figure) as PNG and exit."),
         QStringLiteral("OUT.png")},
        {QStringLiteral("scale"), GuiOptions::tr("With --export-png: 1, 2 or 3 times the screen's pixels (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("figure"),
         GuiOptions::tr("With --export-*: graph (default), a heatmap, by its name (W_hh) or "
                        "PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units."),
         QStringLiteral("NAME")},
        {QStringLiteral("theme"),
         GuiOptions::tr("The colour theme: system (the desktop's; the default), light, dark or "
                        "high-contrast (screenshots: light unless given)."),
         QStringLiteral("NAME")},
        {QStringLiteral("language"),
         GuiOptions::tr("The language: en, de, es, fr, ja, ko or zh_CN (the window: View > Language's, else "
                        "the system's; screenshots and benchmarks: en unless given)."),
         QStringLiteral("CODE")},
        {QStringLiteral("presentation"),
         GuiOptions::tr("Open in presentation mode (F11): full screen, large type, only the "
                        "graph, the equations and the play controls.")},
        {QStringLiteral("font-size"),
         GuiOptions::tr("With --screenshot or --export-*: the application's font at PT points, as a desktop "
                        "set to larger type gives it (default: the platform's)."),
         QStringLiteral("PT")},
        {QStringLiteral("reduce-motion"),
         GuiOptions::tr("No fold animation, no animated menus or docks, as View > Reduce motion (which "
                        "is otherwise remembered, or the system's where Qt knows it).")},
        {QStringLiteral("lesson-step"), GuiOptions::tr("Open the lesson at step K (1-based)."), QStringLiteral("K")},
        {QStringLiteral("bench-ui"),
         GuiOptions::tr("Measure the UI's responsiveness while training at full speed; print JSON.")},
        {QStringLiteral("seconds"), GuiOptions::tr("With --bench-ui: how long to measure (default 5)."),
         QStringLiteral("S")},
        {QStringLiteral("compare"),
         GuiOptions::tr("Compare mode: train this session beside the first one (--session, or "
                        "the hello example); repeat for a third model."),
         QStringLiteral("FILE")},
        {QStringLiteral("compare-preset"),
         GuiOptions::tr("Compare mode with a preset: layers (1 layer vs 2 layers on hello) "
                        "or cells (RNN vs LSTM vs GRU on a long text)."),
         QStringLiteral("NAME")},
        {QStringLiteral("free-running"),
         GuiOptions::tr("Compare mode: each model trains as fast as it can instead of in "
                        "lock step.")},
    });
}

GuiMode GuiOptions::parse(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("language")) && Language::code(parser.value(QStringLiteral("language"))).isEmpty())
        return refuse(Language::unknownMessage(parser.value(QStringLiteral("language"))));
    GuiRefusal refusal;
    const std::optional<CompareRequest> compare = compareRequestFrom(parser, &refusal);
    if (!compare)
        return refusal;
    const bool compareMode = !compare->sessions.empty();
    if (parser.isSet(QStringLiteral("free-running")) && !compareMode)
        return refuse(GuiOptions::tr("--free-running is for compare mode: give --compare FILE or --compare-preset "
                                     "NAME too"));
    double seconds = 5.0;
    if (parser.isSet(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds <= 3600))
            return refuse(GuiOptions::tr("--seconds: \"%1\" must be a number of seconds between 0 and 3600")
                              .arg(parser.value(QStringLiteral("seconds"))));
    }
    if (parser.isSet(QStringLiteral("bench-ui")) && compareMode && parser.isSet(QStringLiteral("tab")))
        return refuse(GuiOptions::tr("--tab shows a part of the main window: it does not apply to compare mode"));
    if (parser.isSet(QStringLiteral("bench-ui")) && compareMode) {
        CompareBenchmarkOptions options;
        options.sessions = compare->sessions;
        options.name = compare->title;
        options.seconds = seconds;
        options.freeRunning = parser.isSet(QStringLiteral("free-running"));
        return options;
    }
    if (parser.isSet(QStringLiteral("bench-ui"))) {
        UiBenchmarkOptions options;
        if (sessionGiven(parser)) {
            std::optional<NamedSession> session = sessionFrom(parser, &refusal);
            if (!session)
                return refusal;
            options.session = std::move(session->session);
            options.name = session->name;
        } else {
            options.session = uiBenchmarkSession();
            options.name = QStringLiteral("rnn_tanh_h128_text64");
        }
        options.seconds = seconds;
        options.tab = parser.value(QStringLiteral("tab"));
        if (!knownTab(options.tab))
            return refuse(tabRefusal(options.tab));
        return options;
    }

    std::optional<Theme> theme;
    if (parser.isSet(QStringLiteral("theme"))) {
        theme = themeFromName(parser.value(QStringLiteral("theme")));
        if (!theme)
            return refuse(GuiOptions::tr("--theme: \"%1\" is not a theme: %2")
                              .arg(parser.value(QStringLiteral("theme")), themeNames().join(QStringLiteral(", "))));
    }
    std::optional<int> lessonStep;
    if (parser.isSet(QStringLiteral("lesson-step"))) {
        bool ok = false;
        const int k = parser.value(QStringLiteral("lesson-step")).toInt(&ok);
        if (!ok || k < 1 || k > lessonStepCount())
            return refuse(GuiOptions::tr("--lesson-step: \"%1\" must be a step of the lesson, 1 to %2")
                              .arg(parser.value(QStringLiteral("lesson-step")))
                              .arg(lessonStepCount()));
        lessonStep = k;
    }

    // A preset's first model is the window's; otherwise the session given (or the lecture's).
    std::optional<NamedSession> session = compareMode && parser.isSet(QStringLiteral("compare-preset"))
        ? NamedSession{compare->sessions.front(), QString()}
        : sessionFrom(parser, &refusal);
    if (!session)
        return refusal;

    if (parser.isSet(QStringLiteral("screenshot")) || parser.isSet(QStringLiteral("export-svg"))
        || parser.isSet(QStringLiteral("export-png")))
        return screenshotMode(parser, std::move(*session), *compare, theme, lessonStep);

    WindowOptions options;
    options.session = std::move(session->session);
    options.name = session->name;
    options.file = sessionPath(parser);
    options.theme = theme;
    options.lessonStep = lessonStep;
    options.presentation = parser.isSet(QStringLiteral("presentation"));
    options.reduceMotion = parser.isSet(QStringLiteral("reduce-motion"));
    options.compared = compare->sessions;
    options.compareTitle = compare->title;
    options.compareDescription = compare->description;
    return options;
}

QString GuiOptions::messageLanguage(const QStringList &arguments)
{
    QString requested;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == u"--language" && i + 1 < arguments.size())
            requested = arguments.at(++i);
        else if (argument.startsWith(u"--language="))
            requested = argument.mid(11);
    }
    return Language::choose(Language::code(requested), Language::saved(), QLocale::system().uiLanguages());
}

QString GuiOptions::language(const QCommandLineParser &parser, const GuiMode &mode)
{
    if (parser.isSet(QStringLiteral("language")))
        return Language::code(parser.value(QStringLiteral("language")));
    // Pictures and measurements are the same on every machine, as with the theme: English unless asked.
    if (!std::holds_alternative<WindowOptions>(mode))
        return Language::source();
    return Language::choose(QString(), Language::saved(), QLocale::system().uiLanguages());
}

} // namespace rnnlab
