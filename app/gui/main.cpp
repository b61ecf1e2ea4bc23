// SPDX-License-Identifier: MIT
// rnnlab: the desktop app. With no arguments it opens on the lecture's hello example.
//   rnnlab [SESSION.rnnlab | --text TEXT [--label LABEL] …]
//   rnnlab --screenshot OUT.png [--session FILE | --text TEXT …] [--train N] [--view folded|unfolded]
//          [--size WxH] [--tab loss|predictions|generate]
//   rnnlab --bench-ui [SESSION.rnnlab] [--seconds S]
// Compare mode (2 or 3 models side by side; also opens interactively):
//   rnnlab [--session S1.json] --compare S2.json [--compare S3.json] | --compare-preset layers|cells
//          [--screenshot OUT.png [--train N] [--size WxH] [--view folded] | --bench-ui [--seconds S]]
//          [--free-running]
// Any mode: --language CODE (en, de, es, fr, ja, ko, zh_CN).
// The options become a GuiMode (GuiOptions), which one of appmodes.h's functions runs.
#include "app/gui/guilaunch.h"
#include "app/gui/guioptions.h"
#include "app/language/language.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <vector>

using namespace rnnlab;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "rnnlab: %s\n", qPrintable(message));
}

//! Runs \a mode; its exit status.
struct Run
{
    int operator()(const WindowOptions &options) const { return runWindow(options); }
    int operator()(const ScreenshotOptions &options) const { return takeScreenshot(options); }
    int operator()(const CompareScreenshotOptions &options) const { return takeCompareScreenshot(options); }
    int operator()(const UiBenchmarkOptions &options) const { return runUiBenchmark(options); }
    int operator()(const CompareBenchmarkOptions &options) const { return runCompareUiBenchmark(options); }
    int operator()(const GuiRefusal &refusal) const
    {
        for (const QString &message : refusal.messages)
            fail(message);
        return 2;
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (GuiLaunch::prepare(argc, argv).noDisplay) {
        // In the reader's language: a translator needs an application, and a QApplication a
        // display, so a core application says it (the saved View > Language is read by its names).
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rnnlab"));
        QCoreApplication::setOrganizationName(QStringLiteral("rnnlab"));
        Language::install(GuiOptions::messageLanguage(QCoreApplication::arguments()), false);
        fail(GuiLaunch::noDisplayMessage());
        return 1;
    }
    std::vector<char *> qtArguments;
    const QStringList arguments = GuiLaunch::split(argc, argv, &qtArguments);
    int qtArgc = static_cast<int>(qtArguments.size()) - 1;

    QApplication app(qtArgc, qtArguments.data());
    QApplication::setApplicationName(QStringLiteral("rnnlab"));
    QApplication::setOrganizationName(QStringLiteral("rnnlab"));
    QApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("rnnlab"));

    // --help, Qt's parse errors and the refusals in the reader's language: installed before add()
    // registers the options' help (translated as it is registered). A picture's language comes after.
    Language::install(GuiOptions::messageLanguage(arguments), false);
    QCommandLineParser parser;
    GuiOptions::add(parser);
    parser.process(arguments); // --help, --version and unknown options end here
    const GuiMode mode = GuiOptions::parse(parser);
    // Before any window exists: its words are translated as it builds them.
    if (!std::holds_alternative<GuiRefusal>(mode)) {
        const QString language = GuiOptions::language(parser, mode);
        // Numbers the language's way when one was chosen (--language, View > Language); else the
        // system's locale stays QLocale's default (an English text on a pt_BR desktop keeps its commas).
        // Pictures and measurements are English unless asked, numbers included: a screenshot taken
        // on a German desktop writes "0.25" as on every machine (ReaderNumber follows QLocale()).
        const bool chosen = parser.isSet(QStringLiteral("language")) || !std::holds_alternative<WindowOptions>(mode)
            || !Language::code(Language::saved()).isEmpty();
        if (!Language::install(language, chosen)) {
            // Not translated: the translation that would say it is the one missing.
            fail(QStringLiteral("the %1 translation is missing from this build").arg(language));
            return 1;
        }
    }
    return std::visit(Run{}, mode);
}
