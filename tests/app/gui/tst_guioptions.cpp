// SPDX-License-Identifier: MIT
// GuiOptions: rnnlab's command line as a value. Every refusal is pinned word for word (the rows
// were recorded from rnnlab before its options became GuiOptions; check-unchanged runs the GUI's
// pictures, not its refusals), the first wrong thing is the one refused, and each mode carries the
// options it was given.
#include "tests/support/testsupport.h"

#include "app/gui/guioptions.h"
#include "app/language/language.h"
#include "app/session/sessionfile.h"
#include "engine/comparison.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTest>

using namespace rnnlab;

namespace {

QString parity(const char *name)
{
    return test::dataFile(QStringLiteral("parity/") + QLatin1String(name));
}

QString readme()
{
    return test::sourceFile(QStringLiteral("README.md"));
}

//! rnnlab \a arguments as GuiOptions reads them.
GuiMode parsed(const QStringList &arguments)
{
    QCommandLineParser parser;
    GuiOptions::add(parser);
    if (!parser.parse(QStringList{QStringLiteral("rnnlab")} + arguments))
        qFatal("not parsed: %s", qPrintable(parser.errorText()));
    return GuiOptions::parse(parser);
}

template<typename Mode>
Mode as(const GuiMode &mode)
{
    if (const auto *refusal = std::get_if<GuiRefusal>(&mode))
        qFatal("refused: %s", qPrintable(refusal->messages.join(u'|')));
    if (!std::holds_alternative<Mode>(mode))
        qFatal("another mode (index %d)", int(mode.index()));
    return std::get<Mode>(mode);
}

QStringList texts(const Session &session)
{
    QStringList list;
    for (const auto &text : session.data.texts)
        list << QString::fromStdU32String(text);
    return list;
}

} // namespace

class TestGuiOptions : public QObject
{
    Q_OBJECT

private slots:
    void messageLanguage_data();
    void messageLanguage();
    void refusals_data();
    void refusals();
    void windowByDefault();
    void window_data();
    void window();
    void textsAreTheLectures();
    void labels();
    void forecastSession();
    void screenshot();
    void exportFigure();
    void compare_data();
    void compare();
    void benchmarks();
    void helpListsEveryOption();
};

void TestGuiOptions::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("--text \"\" --screenshot x.png")
        << QStringList{QStringLiteral("--text"), QStringLiteral(""), QStringLiteral("--screenshot"),
                       QStringLiteral("x.png")}
        << QStringList{
               QStringLiteral(
                   "model.hidden_size: 0 is out of range: it must be between 1 and 1024 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)"),
               QStringLiteral(
                   "data.texts[0] is empty: a text needs at least 2 characters (an input and the character after it)")};
    QTest::newRow("--text a --screenshot x.png")
        << QStringList{QStringLiteral("--text"), QStringLiteral("a"), QStringLiteral("--screenshot"),
                       QStringLiteral("x.png")}
        << QStringList{QStringLiteral(
               "data.texts[0]: \"a\" has only 1 character: a text needs at least 2 (an input and the character after it)")};
    QTest::newRow("--text a --text \"\" --screenshot x.png")
        << QStringList{QStringLiteral("--text"),       QStringLiteral("a"),
                       QStringLiteral("--text"),       QStringLiteral(""),
                       QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << QStringList{
               QStringLiteral(
                   "data.texts[0]: \"a\" has only 1 character: a text needs at least 2 (an input and the character after it)"),
               QStringLiteral(
                   "data.texts[1] is empty: a text needs at least 2 characters (an input and the character after it)")};
    QTest::newRow("--session /nonexistent.json --screenshot x.png")
        << QStringList{QStringLiteral("--session"), QStringLiteral("/nonexistent.json"), QStringLiteral("--screenshot"),
                       QStringLiteral("x.png")}
        << QStringList{QStringLiteral("/nonexistent.json: cannot open /nonexistent.json: No such file or directory")};
    QTest::newRow("/nonexistent.json --screenshot x.png")
        << QStringList{QStringLiteral("/nonexistent.json"), QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << QStringList{QStringLiteral("/nonexistent.json: cannot open /nonexistent.json: No such file or directory")};
    QTest::newRow("--session README.md --screenshot x.png")
        << QStringList{QStringLiteral("--session"), readme(), QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << QStringList{
               readme()
               + QStringLiteral(
                   ": this is not valid JSON: illegal value at line 1, column 2 (NaN and Infinity are not JSON numbers, and rnnlab needs finite values anyway)")};
    QTest::newRow("--text hello --session seed_hello.config.json --screenshot x.png")
        << QStringList{QStringLiteral("--text"),         QStringLiteral("hello"),        QStringLiteral("--session"),
                       parity("seed_hello.config.json"), QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << QStringList{QStringLiteral("give a session file or --text, not both")};
    QTest::newRow("--text hello seed_hello.config.json --screenshot x.png")
        << QStringList{QStringLiteral("--text"), QStringLiteral("hello"), parity("seed_hello.config.json"),
                       QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << QStringList{QStringLiteral("give a session file or --text, not both")};
    QTest::newRow("--compare-preset bogus")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("bogus")}
        << QStringList{QStringLiteral(
               "--compare-preset: \"bogus\" is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)")};
    QTest::newRow("--compare-preset layers --text hi")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), QStringLiteral("--text"),
                       QStringLiteral("hi")}
        << QStringList{QStringLiteral(
               "--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead")};
    QTest::newRow("--compare-preset layers --session seed_hello.config.json")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), QStringLiteral("--session"),
                       parity("seed_hello.config.json")}
        << QStringList{QStringLiteral(
               "--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead")};
    QTest::newRow("--compare-preset layers seed_hello.config.json")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), parity("seed_hello.config.json")}
        << QStringList{QStringLiteral(
               "--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead")};
    QTest::newRow("--compare-preset layers --compare seed_hello.config.json")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), QStringLiteral("--compare"),
                       parity("seed_hello.config.json")}
        << QStringList{QStringLiteral(
               "--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead")};
    QTest::newRow("--compare a.json --compare b.json --compare c.json")
        << QStringList{QStringLiteral("--compare"), QStringLiteral("a.json"),    QStringLiteral("--compare"),
                       QStringLiteral("b.json"),    QStringLiteral("--compare"), QStringLiteral("c.json")}
        << QStringList{QStringLiteral(
               "--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not 3")};
    QTest::newRow("--compare /nonexistent.json")
        << QStringList{QStringLiteral("--compare"), QStringLiteral("/nonexistent.json")}
        << QStringList{QStringLiteral("/nonexistent.json: cannot open /nonexistent.json: No such file or directory")};
    QTest::newRow("--compare README.md")
        << QStringList{QStringLiteral("--compare"), readme()}
        << QStringList{
               readme()
               + QStringLiteral(
                   ": this is not valid JSON: illegal value at line 1, column 2 (NaN and Infinity are not JSON numbers, and rnnlab needs finite values anyway)")};
    QTest::newRow("--compare rnn_tanh_fc_h8_l2.config.json")
        << QStringList{QStringLiteral("--compare"), parity("rnn_tanh_fc_h8_l2.config.json")}
        << QStringList{
               QStringLiteral(
                   "cannot compare these sessions: data.texts differs between the compared sessions (hello \"hello\", rnn_tanh_fc_h8_l2.config [\"hello\", \"help\"]): compared models train on the same data, so that only the models differ; give every session the same \"texts\""),
               QStringLiteral(
                   "cannot compare these sessions: training.learning_rate differs between the compared sessions (hello 0.1, rnn_tanh_fc_h8_l2.config 0.05): compared models train with the same optimizer settings, so that only the models differ; give every session the same \"learning_rate\"")};
    QTest::newRow("--session seed_hello.config.json --compare rnn_tanh_fc_h8_l2.config.json")
        << QStringList{QStringLiteral("--session"), parity("seed_hello.config.json"), QStringLiteral("--compare"),
                       parity("rnn_tanh_fc_h8_l2.config.json")}
        << QStringList{
               QStringLiteral(
                   "cannot compare these sessions: data.texts differs between the compared sessions (seed_hello.config \"hello\", rnn_tanh_fc_h8_l2.config [\"hello\", \"help\"]): compared models train on the same data, so that only the models differ; give every session the same \"texts\""),
               QStringLiteral(
                   "cannot compare these sessions: training.learning_rate differs between the compared sessions (seed_hello.config 0.1, rnn_tanh_fc_h8_l2.config 0.05): compared models train with the same optimizer settings, so that only the models differ; give every session the same \"learning_rate\"")};
    QTest::newRow(
        "--session seed_hello.config.json --compare rnn_tanh_fc_h8_l2.config.json --compare gru_hello_sgd_momentum.config.json")
        << QStringList{QStringLiteral("--session"), parity("seed_hello.config.json"),
                       QStringLiteral("--compare"), parity("rnn_tanh_fc_h8_l2.config.json"),
                       QStringLiteral("--compare"), parity("gru_hello_sgd_momentum.config.json")}
        << QStringList{
               QStringLiteral(
                   "cannot compare these sessions: data.texts differs between the compared sessions (seed_hello.config \"hello\", rnn_tanh_fc_h8_l2.config [\"hello\", \"help\"], gru_hello_sgd_momentum.config \"hello\"): compared models train on the same data, so that only the models differ; give every session the same \"texts\""),
               QStringLiteral(
                   "cannot compare these sessions: training.optimizer differs between the compared sessions (seed_hello.config adam, rnn_tanh_fc_h8_l2.config adam, gru_hello_sgd_momentum.config sgd): compared models train with the same optimizer settings, so that only the models differ; give every session the same \"optimizer\""),
               QStringLiteral(
                   "cannot compare these sessions: training.learning_rate differs between the compared sessions (seed_hello.config 0.1, rnn_tanh_fc_h8_l2.config 0.05, gru_hello_sgd_momentum.config 0.5): compared models train with the same optimizer settings, so that only the models differ; give every session the same \"learning_rate\"")};
    QTest::newRow("--text \"\" --compare seed_hello.config.json")
        << QStringList{QStringLiteral("--text"), QStringLiteral(""), QStringLiteral("--compare"),
                       parity("seed_hello.config.json")}
        << QStringList{
               QStringLiteral(
                   "model.hidden_size: 0 is out of range: it must be between 1 and 1024 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)"),
               QStringLiteral(
                   "data.texts[0] is empty: a text needs at least 2 characters (an input and the character after it)")};
    QTest::newRow("--text hello --session seed_hello.config.json --compare seed_hello.config.json")
        << QStringList{QStringLiteral("--text"),         QStringLiteral("hello"),     QStringLiteral("--session"),
                       parity("seed_hello.config.json"), QStringLiteral("--compare"), parity("seed_hello.config.json")}
        << QStringList{QStringLiteral("give a session file or --text, not both")};
    QTest::newRow("--free-running")
        << QStringList{QStringLiteral("--free-running")}
        << QStringList{
               QStringLiteral("--free-running is for compare mode: give --compare FILE or --compare-preset NAME too")};
    QTest::newRow("--free-running --screenshot x.png")
        << QStringList{QStringLiteral("--free-running"), QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << QStringList{
               QStringLiteral("--free-running is for compare mode: give --compare FILE or --compare-preset NAME too")};
    QTest::newRow("--seconds abc") << QStringList{QStringLiteral("--seconds"), QStringLiteral("abc")}
                                   << QStringList{QStringLiteral(
                                          "--seconds: \"abc\" must be a number of seconds between 0 and 3600")};
    QTest::newRow("--seconds 0") << QStringList{QStringLiteral("--seconds"), QStringLiteral("0")}
                                 << QStringList{QStringLiteral(
                                        "--seconds: \"0\" must be a number of seconds between 0 and 3600")};
    QTest::newRow("--seconds 4000") << QStringList{QStringLiteral("--seconds"), QStringLiteral("4000")}
                                    << QStringList{QStringLiteral(
                                           "--seconds: \"4000\" must be a number of seconds between 0 and 3600")};
    QTest::newRow("--seconds -1 --bench-ui")
        << QStringList{QStringLiteral("--seconds"), QStringLiteral("-1"), QStringLiteral("--bench-ui")}
        << QStringList{QStringLiteral("--seconds: \"-1\" must be a number of seconds between 0 and 3600")};
    QTest::newRow("--bench-ui --text \"\"")
        << QStringList{QStringLiteral("--bench-ui"), QStringLiteral("--text"), QStringLiteral("")}
        << QStringList{
               QStringLiteral(
                   "model.hidden_size: 0 is out of range: it must be between 1 and 1024 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)"),
               QStringLiteral(
                   "data.texts[0] is empty: a text needs at least 2 characters (an input and the character after it)")};
    QTest::newRow("--bench-ui --session /nonexistent.json")
        << QStringList{QStringLiteral("--bench-ui"), QStringLiteral("--session"), QStringLiteral("/nonexistent.json")}
        << QStringList{QStringLiteral("/nonexistent.json: cannot open /nonexistent.json: No such file or directory")};
    QTest::newRow("--bench-ui --compare /nonexistent.json")
        << QStringList{QStringLiteral("--bench-ui"), QStringLiteral("--compare"), QStringLiteral("/nonexistent.json")}
        << QStringList{QStringLiteral("/nonexistent.json: cannot open /nonexistent.json: No such file or directory")};
    QTest::newRow("--theme bogus") << QStringList{QStringLiteral("--theme"), QStringLiteral("bogus")}
                                   << QStringList{QStringLiteral(
                                          "--theme: \"bogus\" is not a theme: system, light, dark, high-contrast")};
    QTest::newRow("--theme bogus --lesson-step 0")
        << QStringList{QStringLiteral("--theme"), QStringLiteral("bogus"), QStringLiteral("--lesson-step"),
                       QStringLiteral("0")}
        << QStringList{QStringLiteral("--theme: \"bogus\" is not a theme: system, light, dark, high-contrast")};
    QTest::newRow("--language xx --theme bogus")
        << QStringList{QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("--theme"),
                       QStringLiteral("bogus")}
        << QStringList{QStringLiteral(
               "--language: \"xx\" is not a language rnnlab speaks; the languages are en, de, es, fr, ja, ko, zh_CN")};
    QTest::newRow("--language zh_TW")
        << QStringList{QStringLiteral("--language"), QStringLiteral("zh_TW")}
        << QStringList{QStringLiteral(
               "--language: \"zh_TW\" is not a language rnnlab speaks; the languages are en, de, es, fr, ja, ko, zh_CN")};
    QTest::newRow("--lesson-step 0") << QStringList{QStringLiteral("--lesson-step"), QStringLiteral("0")}
                                     << QStringList{QStringLiteral(
                                            "--lesson-step: \"0\" must be a step of the lesson, 1 to 17")};
    QTest::newRow("--lesson-step 99") << QStringList{QStringLiteral("--lesson-step"), QStringLiteral("99")}
                                      << QStringList{QStringLiteral(
                                             "--lesson-step: \"99\" must be a step of the lesson, 1 to 17")};
    QTest::newRow("--lesson-step x") << QStringList{QStringLiteral("--lesson-step"), QStringLiteral("x")}
                                     << QStringList{QStringLiteral(
                                            "--lesson-step: \"x\" must be a step of the lesson, 1 to 17")};
    QTest::newRow("--theme dark --lesson-step 1 --text \"\"")
        << QStringList{QStringLiteral("--theme"), QStringLiteral("dark"),   QStringLiteral("--lesson-step"),
                       QStringLiteral("1"),       QStringLiteral("--text"), QStringLiteral("")}
        << QStringList{
               QStringLiteral(
                   "model.hidden_size: 0 is out of range: it must be between 1 and 1024 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)"),
               QStringLiteral(
                   "data.texts[0] is empty: a text needs at least 2 characters (an input and the character after it)")};
    QTest::newRow("--export-svg a.svg --export-png b.png")
        << QStringList{QStringLiteral("--export-svg"), QStringLiteral("a.svg"), QStringLiteral("--export-png"),
                       QStringLiteral("b.png")}
        << QStringList{QStringLiteral("give one of --screenshot, --export-svg and --export-png")};
    QTest::newRow("--export-svg a.svg --screenshot x.png")
        << QStringList{QStringLiteral("--export-svg"), QStringLiteral("a.svg"), QStringLiteral("--screenshot"),
                       QStringLiteral("x.png")}
        << QStringList{QStringLiteral("give one of --screenshot, --export-svg and --export-png")};
    QTest::newRow("--export-svg a.png") << QStringList{QStringLiteral("--export-svg"), QStringLiteral("a.png")}
                                        << QStringList{QStringLiteral("--export-svg: \"a.png\" must end in .svg")};
    QTest::newRow("--export-png a.svg") << QStringList{QStringLiteral("--export-png"), QStringLiteral("a.svg")}
                                        << QStringList{QStringLiteral("--export-png: \"a.svg\" must end in .png")};
    QTest::newRow("--export-png a") << QStringList{QStringLiteral("--export-png"), QStringLiteral("a")}
                                    << QStringList{QStringLiteral("--export-png: \"a\" must end in .png")};
    QTest::newRow("--export-svg a.svg --scale 2")
        << QStringList{QStringLiteral("--export-svg"), QStringLiteral("a.svg"), QStringLiteral("--scale"),
                       QStringLiteral("2")}
        << QStringList{QStringLiteral("--scale applies to --export-png; an SVG has no pixels")};
    QTest::newRow("--export-png a.png --scale 4")
        << QStringList{QStringLiteral("--export-png"), QStringLiteral("a.png"), QStringLiteral("--scale"),
                       QStringLiteral("4")}
        << QStringList{QStringLiteral("--scale: \"4\" must be 1, 2 or 3")};
    QTest::newRow("--screenshot x.png --font-size 40")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--font-size"),
                       QStringLiteral("40")}
        << QStringList{QStringLiteral("--font-size: \"40\" must be a size in points from 6 to 32")};
    QTest::newRow("--export-png a.png --scale x")
        << QStringList{QStringLiteral("--export-png"), QStringLiteral("a.png"), QStringLiteral("--scale"),
                       QStringLiteral("x")}
        << QStringList{QStringLiteral("--scale: \"x\" must be 1, 2 or 3")};
    QTest::newRow("--screenshot x.png --train -1")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--train"),
                       QStringLiteral("-1")}
        << QStringList{QStringLiteral("--train: \"-1\" must be a whole number of steps from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --train x")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--train"),
                       QStringLiteral("x")}
        << QStringList{QStringLiteral("--train: \"x\" must be a whole number of steps from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --train 100000001")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--train"),
                       QStringLiteral("100000001")}
        << QStringList{QStringLiteral("--train: \"100000001\" must be a whole number of steps from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --view sideways")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--view"),
                       QStringLiteral("sideways")}
        << QStringList{QStringLiteral("--view: \"sideways\" is neither folded nor unfolded")};
    QTest::newRow("--screenshot x.png --size 10x10")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--size"),
                       QStringLiteral("10x10")}
        << QStringList{
               QStringLiteral("--size: \"10x10\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")};
    QTest::newRow("--screenshot x.png --size 1000x768 (smaller than the window fits)")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--size"),
                       QStringLiteral("1000x768")}
        << QStringList{
               QStringLiteral("--size: 1000x768 is smaller than the smallest window rnnlab supports, 1024x720")};
    QTest::newRow("--screenshot x.png --size 9000x800")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--size"),
                       QStringLiteral("9000x800")}
        << QStringList{QStringLiteral(
               "--size: \"9000x800\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")};
    QTest::newRow("--screenshot x.png --size abc")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--size"),
                       QStringLiteral("abc")}
        << QStringList{
               QStringLiteral("--size: \"abc\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")};
    QTest::newRow("--screenshot x.png --size 99x800")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--size"),
                       QStringLiteral("99x800")}
        << QStringList{
               QStringLiteral("--size: \"99x800\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")};
    QTest::newRow("--compare-preset layers --screenshot x.png --tab loss")
        << QStringList{QStringLiteral("--compare-preset"),
                       QStringLiteral("layers"),
                       QStringLiteral("--screenshot"),
                       QStringLiteral("x.png"),
                       QStringLiteral("--tab"),
                       QStringLiteral("loss")}
        << QStringList{QStringLiteral("--tab shows a part of the main window: it does not apply to compare mode")};
    QTest::newRow("--compare-preset cells --screenshot x.png --history-step 2")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells"),
                       QStringLiteral("--screenshot"),     QStringLiteral("x.png"),
                       QStringLiteral("--history-step"),   QStringLiteral("2")}
        << QStringList{
               QStringLiteral("--history-step shows a part of the main window: it does not apply to compare mode")};
    QTest::newRow("--compare-preset cells --screenshot x.png --walk-order time")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells"),
                       QStringLiteral("--screenshot"),     QStringLiteral("x.png"),
                       QStringLiteral("--walk-order"),     QStringLiteral("time")}
        << QStringList{
               QStringLiteral("--walk-order shows a part of the main window: it does not apply to compare mode")};
    QTest::newRow("--compare-preset cells --screenshot x.png --train x")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells"),
                       QStringLiteral("--screenshot"),     QStringLiteral("x.png"),
                       QStringLiteral("--train"),          QStringLiteral("x")}
        << QStringList{QStringLiteral("--train: \"x\" must be a whole number of steps from 0 to 100000000")};
    QTest::newRow("--compare-preset cells --screenshot x.png --size 1x1")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells"),
                       QStringLiteral("--screenshot"),     QStringLiteral("x.png"),
                       QStringLiteral("--size"),           QStringLiteral("1x1")}
        << QStringList{
               QStringLiteral("--size: \"1x1\" is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)")};
    QTest::newRow("--compare-preset cells --export-svg x.png")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells"), QStringLiteral("--export-svg"),
                       QStringLiteral("x.png")}
        << QStringList{QStringLiteral("--export-svg: \"x.png\" must end in .svg")};
    QTest::newRow("--screenshot x.png --tab bogus")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--tab"),
                       QStringLiteral("bogus")}
        << QStringList{QStringLiteral(
               "--tab: \"bogus\" is not step, loss, predictions, generate, memory, memory-units, signal or pytorch")};
    QTest::newRow("--screenshot x.png --history-step -1")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--history-step"),
                       QStringLiteral("-1")}
        << QStringList{QStringLiteral("--history-step: \"-1\" must be a whole number from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --history-step 100000001")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--history-step"),
                       QStringLiteral("100000001")}
        << QStringList{QStringLiteral("--history-step: \"100000001\" must be a whole number from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --time-step x")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--time-step"),
                       QStringLiteral("x")}
        << QStringList{QStringLiteral("--time-step: \"x\" must be a whole number from 1 to 1000000")};
    // t = 1 … n, as the screen counts (the lecture's x_1 … x_n): there is no time step 0.
    QTest::newRow("--screenshot x.png --time-step 0")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--time-step"),
                       QStringLiteral("0")}
        << QStringList{QStringLiteral("--time-step: \"0\" must be a whole number from 1 to 1000000")};
    QTest::newRow("--screenshot x.png --time-step 1000001")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--time-step"),
                       QStringLiteral("1000001")}
        << QStringList{QStringLiteral("--time-step: \"1000001\" must be a whole number from 1 to 1000000")};
    QTest::newRow("--screenshot x.png --layer 9")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--layer"),
                       QStringLiteral("9")}
        << QStringList{QStringLiteral("--layer: \"9\" must be a whole number from 1 to 8")};
    QTest::newRow("--screenshot x.png --layer 0")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--layer"),
                       QStringLiteral("0")}
        << QStringList{QStringLiteral("--layer: \"0\" must be a whole number from 1 to 8")};
    QTest::newRow("--screenshot x.png --phase bogus")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--phase"),
                       QStringLiteral("bogus")}
        << QStringList{QStringLiteral(
               "--phase: \"bogus\" is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context")};
    QTest::newRow("--screenshot x.png --what-if bogus")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--what-if"),
                       QStringLiteral("bogus")}
        << QStringList{QStringLiteral("--what-if: \"bogus\" is not a what-if: whh0 (W_hh = 0, no memory)")};
    QTest::newRow("--screenshot x.png --walk-order bogus")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--walk-order"),
                       QStringLiteral("bogus")}
        << QStringList{QStringLiteral("--walk-order: \"bogus\" is not an order: time or layer")};
    QTest::newRow("--screenshot x.png --train x --view bad")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                       QStringLiteral("--train"),      QStringLiteral("x"),
                       QStringLiteral("--view"),       QStringLiteral("bad")}
        << QStringList{QStringLiteral("--train: \"x\" must be a whole number of steps from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --view bad --size bad")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),  QStringLiteral("--view"),
                       QStringLiteral("bad"),          QStringLiteral("--size"), QStringLiteral("bad")}
        << QStringList{QStringLiteral("--view: \"bad\" is neither folded nor unfolded")};
    QTest::newRow("--screenshot x.png --tab bad --history-step x")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),          QStringLiteral("--tab"),
                       QStringLiteral("bad"),          QStringLiteral("--history-step"), QStringLiteral("x")}
        << QStringList{QStringLiteral(
               "--tab: \"bad\" is not step, loss, predictions, generate, memory, memory-units, signal or pytorch")};
    QTest::newRow("--screenshot x.png --history-step x --time-step x")
        << QStringList{QStringLiteral("--screenshot"),   QStringLiteral("x.png"),
                       QStringLiteral("--history-step"), QStringLiteral("x"),
                       QStringLiteral("--time-step"),    QStringLiteral("x")}
        << QStringList{QStringLiteral("--history-step: \"x\" must be a whole number from 0 to 100000000")};
    QTest::newRow("--screenshot x.png --phase bad --walk-order bad")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),        QStringLiteral("--phase"),
                       QStringLiteral("bad"),          QStringLiteral("--walk-order"), QStringLiteral("bad")}
        << QStringList{QStringLiteral(
               "--phase: \"bad\" is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context")};
    QTest::newRow("--screenshot x.png --layer x --phase bad")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                       QStringLiteral("--layer"),      QStringLiteral("x"),
                       QStringLiteral("--phase"),      QStringLiteral("bad")}
        << QStringList{QStringLiteral("--layer: \"x\" must be a whole number from 1 to 8")};
    QTest::newRow("--export-png a.png --scale 4 --train x")
        << QStringList{QStringLiteral("--export-png"), QStringLiteral("a.png"),
                       QStringLiteral("--scale"),      QStringLiteral("4"),
                       QStringLiteral("--train"),      QStringLiteral("x")}
        << QStringList{QStringLiteral("--scale: \"4\" must be 1, 2 or 3")};
    QTest::newRow("--export-svg a.svg --figure W_hh --view bad")
        << QStringList{QStringLiteral("--export-svg"), QStringLiteral("a.svg"),  QStringLiteral("--figure"),
                       QStringLiteral("W_hh"),         QStringLiteral("--view"), QStringLiteral("bad")}
        << QStringList{QStringLiteral("--view: \"bad\" is neither folded nor unfolded")};
    QTest::newRow(
        "--session seed_hello.config.json --compare seed_hello.config.json --free-running --screenshot x.png --tab step")
        << QStringList{QStringLiteral("--session"),
                       parity("seed_hello.config.json"),
                       QStringLiteral("--compare"),
                       parity("seed_hello.config.json"),
                       QStringLiteral("--free-running"),
                       QStringLiteral("--screenshot"),
                       QStringLiteral("x.png"),
                       QStringLiteral("--tab"),
                       QStringLiteral("step")}
        << QStringList{QStringLiteral("--tab shows a part of the main window: it does not apply to compare mode")};
    QTest::newRow("--presentation --screenshot x.png --time-step x")
        << QStringList{QStringLiteral("--presentation"), QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                       QStringLiteral("--time-step"), QStringLiteral("x")}
        << QStringList{QStringLiteral("--time-step: \"x\" must be a whole number from 1 to 1000000")};

    // --label (new with GuiOptions: rnnlab-cli's, from the same TextSession).
    QTest::newRow("--label without --text")
        << QStringList{QStringLiteral("--label"), QStringLiteral("pos")}
        << QStringList{QStringLiteral("--label goes with --text; a session file gives its labels in data.labels")};
    QTest::newRow("--label with a session file")
        << QStringList{parity("seed_hello.config.json"), QStringLiteral("--label"), QStringLiteral("pos")}
        << QStringList{QStringLiteral("--label goes with --text; a session file gives its labels in data.labels")};
    QTest::newRow("--label: one per --text")
        << QStringList{QStringLiteral("--text"), QStringLiteral("good"),    QStringLiteral("--text"),
                       QStringLiteral("bad"),    QStringLiteral("--label"), QStringLiteral("pos")}
        << QStringList{QStringLiteral(
               "--label: 1 labels for 2 texts; a classifier needs one --label per --text, in the same order")};
    QTest::newRow("--compare-preset with --label")
        << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), QStringLiteral("--label"),
                       QStringLiteral("x")}
        << QStringList{QStringLiteral("--compare-preset brings its own models: give it alone, or --compare files "
                                      "(and --session for the first model) instead")};
    // Issue 18: said what is wrong instead of blaming the folder, or doing nothing.
    QTest::newRow("--screenshot out.txt")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("out.txt")}
        << QStringList{QStringLiteral("--screenshot: \"out.txt\" must end in .png (the window is written as a PNG)")};
    QTest::newRow("--screenshot ''") << QStringList{
        QStringLiteral("--screenshot"),
        QString()} << QStringList{QStringLiteral("--screenshot: the file name is empty: give the PNG to write")};
    QTest::newRow("--session ''") << QStringList{QStringLiteral("--session"), QString(), QStringLiteral("--screenshot"),
                                                 QStringLiteral("x.png")}
                                  << QStringList{
                                         QStringLiteral("the session file's name is empty: give the file to open")};
    QTest::newRow("'' as the session") << QStringList{
        QString()} << QStringList{QStringLiteral("the session file's name is empty: give the file to open")};
}

void TestGuiOptions::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, messages);
    const GuiMode mode = parsed(arguments);
    QVERIFY2(std::holds_alternative<GuiRefusal>(mode), "not refused");
    QCOMPARE(std::get<GuiRefusal>(mode).messages, messages);
}

void TestGuiOptions::windowByDefault()
{
    const auto options = as<WindowOptions>(parsed({}));
    QCOMPARE(texts(options.session), QStringList{QStringLiteral("hello")});
    QVERIFY(options.session.model.hiddenSize == lectureExample().model.hiddenSize);
    QCOMPARE(options.name, QStringLiteral("hello"));
    QVERIFY(options.file.isEmpty());
    QVERIFY(!options.theme);
    QVERIFY(!options.lessonStep);
    QVERIFY(!options.presentation);
    QVERIFY(!options.reduceMotion); // the saved choice, or the platform's, decides
    QVERIFY(options.compared.empty());
}

void TestGuiOptions::window_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("theme"); // −1: none given
    QTest::addColumn<int>("lessonStep"); // 0: none
    QTest::addColumn<bool>("presentation");
    const QString seed = parity("seed_hello.config.json");
    QTest::newRow("a file") << QStringList{seed} << QStringLiteral("seed_hello.config") << seed << -1 << 0 << false;
    QTest::newRow("--session FILE") << QStringList{QStringLiteral("--session"), seed}
                                    << QStringLiteral("seed_hello.config") << seed << -1 << 0 << false;
    QTest::newRow("texts: named by the first") << QStringList{QStringLiteral("--text"), QStringLiteral("héllo"),
                                                              QStringLiteral("--text"), QStringLiteral("world")}
                                               << QStringLiteral("héllo") << QString() << -1 << 0 << false;
    QTest::newRow("theme, lesson, presentation")
        << QStringList{QStringLiteral("--theme"), QStringLiteral("high-contrast"), QStringLiteral("--lesson-step"),
                       QStringLiteral("15"), QStringLiteral("--presentation")}
        << QStringLiteral("hello") << QString() << int(Theme::HighContrast) << 15 << true;
    QTest::newRow("--reduce-motion") << QStringList{QStringLiteral("--reduce-motion")} << QStringLiteral("hello")
                                     << QString() << -1 << 0 << false;
    QTest::newRow("--bench-ui's --seconds is checked, and ignored")
        << QStringList{QStringLiteral("--seconds"), QStringLiteral("7")} << QStringLiteral("hello") << QString() << -1
        << 0 << false;
}

void TestGuiOptions::window()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFETCH(int, theme);
    QFETCH(int, lessonStep);
    QFETCH(bool, presentation);
    const auto options = as<WindowOptions>(parsed(arguments));
    QCOMPARE(options.name, name);
    QCOMPARE(options.file, file);
    QCOMPARE(options.theme ? int(*options.theme) : -1, theme);
    QCOMPARE(options.lessonStep.value_or(0), lessonStep);
    QCOMPARE(options.presentation, presentation);
    QCOMPARE(options.reduceMotion, arguments.contains(QStringLiteral("--reduce-motion")));
    QVERIFY(options.compared.empty());
    if (!file.isEmpty())
        QCOMPARE(SessionFile::toJson(options.session), SessionFile::toJson(test::readSession(file)));
}

void TestGuiOptions::textsAreTheLectures()
{
    // --text: the lecture's settings, one hidden unit per character, as rnnlab always gave.
    const auto options = as<WindowOptions>(
        parsed({QStringLiteral("--text"), QStringLiteral("hello"), QStringLiteral("--text"), QStringLiteral("abc")}));
    Session expected = lectureExample();
    expected.data.texts = {U"hello", U"abc"};
    expected.model.hiddenSize = 7;
    QCOMPARE(SessionFile::toJson(options.session), SessionFile::toJson(expected));
}

void TestGuiOptions::labels()
{
    const auto options = as<ScreenshotOptions>(
        parsed({QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--text"),
                QStringLiteral("good film"), QStringLiteral("--label"), QStringLiteral("pos"), QStringLiteral("--text"),
                QStringLiteral("bad film"), QStringLiteral("--label"), QStringLiteral("neg")}));
    QVERIFY(options.session.data.task == TaskKind::Classify);
    QCOMPARE(options.session.data.labels.size(), std::size_t(2));
    QCOMPARE(options.session.model.hiddenSize, 2); // one unit per class
    QCOMPARE(options.name, QStringLiteral("good film"));
}

// A time series (issue 15) opens in the window like any other session (it was refused before the
// window could draw it).
void TestGuiOptions::forecastSession()
{
    const QString forecast = parity("forecast_rnn_tanh_sine_adam.config.json");
    const auto options =
        as<ScreenshotOptions>(parsed({forecast, QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                      QStringLiteral("--tab"), QStringLiteral("signal")}));
    QVERIFY(options.session.data.task == TaskKind::Forecast);
    QVERIFY(!options.session.data.series.empty());
    QCOMPARE(options.name, QStringLiteral("forecast_rnn_tanh_sine_adam.config"));
}

void TestGuiOptions::screenshot()
{
    const auto options = as<ScreenshotOptions>(parsed({QStringLiteral("--screenshot"),   QStringLiteral("out.png"),
                                                       QStringLiteral("--train"),        QStringLiteral("12"),
                                                       QStringLiteral("--view"),         QStringLiteral("folded"),
                                                       QStringLiteral("--size"),         QStringLiteral("1920x1080"),
                                                       QStringLiteral("--tab"),          QStringLiteral("pytorch"),
                                                       QStringLiteral("--history-step"), QStringLiteral("5"),
                                                       QStringLiteral("--time-step"),    QStringLiteral("2"),
                                                       QStringLiteral("--phase"),        QStringLiteral("softmax"),
                                                       QStringLiteral("--layer"),        QStringLiteral("1"),
                                                       QStringLiteral("--walk-order"),   QStringLiteral("layer"),
                                                       QStringLiteral("--lesson-step"),  QStringLiteral("4"),
                                                       QStringLiteral("--presentation")}));
    QCOMPARE(options.output, QStringLiteral("out.png"));
    QCOMPARE(options.name, QStringLiteral("hello"));
    QCOMPARE(options.train, 12);
    QVERIFY(options.folded);
    QCOMPARE(options.size, QSize(1920, 1080));
    QCOMPARE(options.tab, QStringLiteral("pytorch"));
    QCOMPARE(options.historyStep.value_or(-1), 5);
    QCOMPARE(options.timeStep.value_or(-1), 2);
    QCOMPARE(options.phase.value_or(QString()), QStringLiteral("softmax"));
    QCOMPARE(options.layer, 1);
    QVERIFY(options.layerMajor);
    QVERIFY(options.theme == Theme::Light); // screenshots look the same everywhere unless told
    QCOMPARE(options.lessonStep.value_or(0), 4);
    QVERIFY(options.presentation);
    QVERIFY(options.figurePath.isEmpty());

    const auto plain = as<ScreenshotOptions>(parsed(
        {QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--theme"), QStringLiteral("dark")}));
    QVERIFY(plain.theme == Theme::Dark);
    QVERIFY(!plain.whatIfNoMemory);
    QVERIFY(!plain.fontPoints); // the platform's font
    QCOMPARE(as<ScreenshotOptions>(parsed({QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                           QStringLiteral("--font-size"), QStringLiteral("13.5")}))
                 .fontPoints.value_or(0),
             13.5);
    QVERIFY(as<ScreenshotOptions>(parsed({QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                          QStringLiteral("--what-if"), QStringLiteral("whh0")}))
                .whatIfNoMemory);
    QCOMPARE(plain.size, QSize(1280, 800));
    QCOMPARE(plain.train, 0);
    QVERIFY(!plain.folded && !plain.timeStep && !plain.phase && !plain.historyStep && !plain.layerMajor);
}

void TestGuiOptions::exportFigure()
{
    const auto png = as<ScreenshotOptions>(
        parsed({QStringLiteral("--export-png"), QStringLiteral("W.PNG"), QStringLiteral("--scale"), QStringLiteral("3"),
                QStringLiteral("--figure"), QStringLiteral("rnn.weight_hh_l0")}));
    QCOMPARE(png.figurePath, QStringLiteral("W.PNG"));
    QCOMPARE(png.scale, 3);
    QCOMPARE(png.figure, QStringLiteral("rnn.weight_hh_l0"));
    QVERIFY(png.output.isEmpty());
    const auto svg = as<ScreenshotOptions>(parsed({QStringLiteral("--export-svg"), QStringLiteral("graph.svg")}));
    QCOMPARE(svg.figurePath, QStringLiteral("graph.svg"));
    QCOMPARE(svg.figure, QStringLiteral("graph"));
    QCOMPARE(svg.scale, 1);
}

void TestGuiOptions::compare_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("models");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("described");
    const QString seed = parity("seed_hello.config.json");
    QTest::newRow("preset layers") << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers")} << 2
                                   << QStringLiteral("1 layer vs 2 layers on hello") << true;
    QTest::newRow("preset cells") << QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells")} << 3
                                  << QStringLiteral("RNN vs LSTM vs GRU on a long text") << true;
    QTest::newRow("files, after the hello example")
        << QStringList{QStringLiteral("--compare"), seed} << 2 << QStringLiteral("hello vs seed_hello.config") << false;
    QTest::newRow("files, after --session")
        << QStringList{QStringLiteral("--session"), seed, QStringLiteral("--compare"), seed,
                       QStringLiteral("--compare"), seed}
        << 3 << QStringLiteral("seed_hello.config vs seed_hello.config vs seed_hello.config") << false;
}

void TestGuiOptions::compare()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, models);
    QFETCH(QString, title);
    QFETCH(bool, described);
    const auto window = as<WindowOptions>(parsed(arguments));
    QCOMPARE(int(window.compared.size()), models);
    QCOMPARE(window.compareTitle, title);
    QCOMPARE(!window.compareDescription.isEmpty(), described);
    QVERIFY(validateForComparison(window.compared).empty());
    // The window shows the first model (a preset's has no name).
    QCOMPARE(texts(window.session), texts(window.compared.front()));

    const auto screenshot = as<CompareScreenshotOptions>(
        parsed(arguments
               + QStringList{QStringLiteral("--screenshot"), QStringLiteral("c.png"), QStringLiteral("--train"),
                             QStringLiteral("30"), QStringLiteral("--size"), QStringLiteral("1024x768"),
                             QStringLiteral("--view"), QStringLiteral("folded"), QStringLiteral("--free-running")}));
    QCOMPARE(screenshot.output, QStringLiteral("c.png"));
    QCOMPARE(int(screenshot.sessions.size()), models);
    QCOMPARE(screenshot.title, title);
    QCOMPARE(screenshot.train, 30);
    QCOMPARE(screenshot.size, QSize(1024, 768));
    QVERIFY(screenshot.folded);
    QVERIFY(screenshot.freeRunning);

    const auto bench = as<CompareBenchmarkOptions>(parsed(
        arguments + QStringList{QStringLiteral("--bench-ui"), QStringLiteral("--seconds"), QStringLiteral("2")}));
    QCOMPARE(int(bench.sessions.size()), models);
    QCOMPARE(bench.name, title);
    QCOMPARE(bench.seconds, 2.0);
    QVERIFY(!bench.freeRunning);
}

void TestGuiOptions::benchmarks()
{
    const auto byDefault = as<UiBenchmarkOptions>(parsed({QStringLiteral("--bench-ui")}));
    QCOMPARE(byDefault.name, QStringLiteral("rnn_tanh_h128_text64"));
    QCOMPARE(byDefault.seconds, 5.0);
    QCOMPARE(SessionFile::toJson(byDefault.session), SessionFile::toJson(uiBenchmarkSession()));
    // A bad theme does not stop a benchmark: it has no window theme to apply (as always).
    const auto given = as<UiBenchmarkOptions>(parsed(
        {QStringLiteral("--bench-ui"), QStringLiteral("--text"), QStringLiteral("hello world"),
         QStringLiteral("--seconds"), QStringLiteral("0.5"), QStringLiteral("--theme"), QStringLiteral("bogus")}));
    QCOMPARE(given.name, QStringLiteral("hello world"));
    QCOMPARE(given.seconds, 0.5);
    QCOMPARE(texts(given.session), QStringList{QStringLiteral("hello world")});
}

void TestGuiOptions::helpListsEveryOption()
{
    QCommandLineParser parser;
    GuiOptions::add(parser);
    const QString help = parser.helpText();
    for (const char *option : {"--text <TEXT>",
                               "--label <LABEL>",
                               "--session <FILE>",
                               "--screenshot <OUT.png>",
                               "--train <N>",
                               "--view <VIEW>",
                               "--size <WxH>",
                               "--tab <TAB>",
                               "--history-step <K>",
                               "--time-step <T>",
                               "--phase <NAME>",
                               "--layer <L>",
                               "--walk-order <ORDER>",
                               "--export-svg <OUT.svg>",
                               "--export-png <OUT.png>",
                               "--scale <N>",
                               "--figure <NAME>",
                               "--theme <NAME>",
                               "--presentation",
                               "--lesson-step <K>",
                               "--bench-ui",
                               "--seconds <S>",
                               "--compare <FILE>",
                               "--compare-preset <NAME>",
                               "--free-running",
                               "--help",
                               "--version"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(help.contains(QStringLiteral("[SESSION.rnnlab]"))); // the file type rnnlab saves (issue 20)
}

// The language --help and the refusals are printed in: --language's as typed, wherever it stands
// before "--", else what the window would choose (View > Language, the system's).
void TestGuiOptions::messageLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // empty: the window's choice
    QTest::newRow("--language ko") << QStringList{QStringLiteral("--language"), QStringLiteral("ko")}
                                   << QStringLiteral("ko");
    QTest::newRow("--language=zh-CN after --help")
        << QStringList{QStringLiteral("--help"), QStringLiteral("--language=zh-CN")} << QStringLiteral("zh_CN");
    QTest::newRow("the last one") << QStringList{QStringLiteral("--language=ja"), QStringLiteral("--language"),
                                                 QStringLiteral("de_DE")}
                                  << QStringLiteral("de");
    QTest::newRow("unknown: the window's")
        << QStringList{QStringLiteral("--language"), QStringLiteral("xx")} << QString();
    QTest::newRow("no value: the window's") << QStringList{QStringLiteral("--language")} << QString();
    QTest::newRow("after --: a file's name")
        << QStringList{QStringLiteral("--"), QStringLiteral("--language"), QStringLiteral("ko")} << QString();
    QTest::newRow("none: the window's") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("a.png")}
                                        << QString();
}

void TestGuiOptions::messageLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString windows = Language::choose(QString(), Language::saved(), QLocale::system().uiLanguages());
    QCOMPARE(GuiOptions::messageLanguage(QStringList{QStringLiteral("rnnlab")} + arguments),
             expected.isEmpty() ? windows : expected);
}

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
