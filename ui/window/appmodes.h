// SPDX-License-Identifier: MIT
// The GUI's modes, each run from a value that app/gui's GuiOptions parses from the command line:
// the window (runWindow), and the non-interactive ones used by tests, the README's pictures and
// reviewers (the benchmarks: benchmarkmodes.h):
//   rnnlab --screenshot OUT.png [--session FILE | --text TEXT…] [--train N] [--view folded|unfolded]
//          [--size 1280x800] [--tab step|loss|predictions|generate] [--history-step K]
//          [--time-step T] [--phase NAME] [--layer L] [--theme NAME] [--presentation] [--lesson-step K]
//          [--font-size PT]
//   rnnlab --export-svg OUT.svg | --export-png OUT.png [--scale N] [--figure graph|W_hh|rnn.weight_hh_l0]
//          (with the screenshot's options: the figure of that window, not the window)
// and compare mode's:
//   rnnlab --screenshot OUT.png (--session S1 --compare S2 [--compare S3] | --compare-preset ID)
//          [--train N] [--size WxH] [--view folded] [--free-running]
// They open the real window (offscreen when there is no display).
#pragma once

#include "engine/session.h"
#include "ui/common/theme.h"
#include "ui/graph/taskshape.h"
#include "ui/window/benchmarkmodes.h"

#include <QSize>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace rnnlab {

//! The window, as rnnlab opens without a non-interactive mode.
struct WindowOptions
{
    Session session;
    QString name; // the session's: a file's base name, or the first text
    QString file; // a session file given: opened as File > Open does, with its history and view
    std::optional<Theme> theme; // --theme; else the one saved in the settings
    std::optional<int> lessonStep; // open the lesson at this step (1-based)
    bool presentation = false;
    bool reduceMotion = false; // --reduce-motion; else View ▸ Reduce motion's saved choice, else the platform's
    //! Compare mode (2 or 3 comparable sessions: validateForComparison()): the compare window too.
    std::vector<Session> compared;
    QString compareTitle;
    QString compareDescription;
};

//! Opens the main window with \a options and runs the event loop; returns the exit status (2 when
//! the compared sessions are refused, which GuiOptions has checked already).
int runWindow(const WindowOptions &options);

struct ScreenshotOptions
{
    QString output;
    Session session;
    QString name;
    std::int64_t train = 0;
    bool folded = false;
    QSize size{1280, 800};
    QString tab;
    std::optional<std::int64_t> historyStep; // rewind to this step after training
    //! The text or series the graph and the walk show (1-based, as the bar lists them: a time
    //! series' test series after its training series).
    std::optional<int> series;
    std::optional<int> timeStep; // walk by hand: this time step …
    std::optional<QString> phase; // … at this phase (TimeStepWalker::name)
    int layer = 1; // … of this layer (1-based)
    bool layerMajor = false; // walk layer by layer (else time step by time step)
    bool whatIfNoMemory = false; // --what-if whh0: Edit ▸ What if W_hh = 0?
    bool greedy = false; // --decoder greedy: a translation's graph in its Translate view
    bool walkEncoder = false; // --stack encoder: a translation's walk by hand in its encoder (else its decoder)
    std::optional<TaskShape> shape; // --shape: the unfolded graph drawn as this shape
    //! --sample T:SEED: the Generate tab set to sample at temperature T with SEED (the one-to-many
    //! picture generates the same way); none: greedy, its default.
    std::optional<double> sampleTemperature;
    std::int64_t sampleSeed = 0;
    //! --export-svg / --export-png: write this figure instead of the window (FigureExport).
    QString figurePath;
    QString figure = QStringLiteral("graph"); // "graph", or a heatmap: "W_hh", "rnn.weight_hh_l0"
    int scale = 1; // PNG: 1, 2 or 3 times the on-screen pixels
    Theme theme = Theme::Light; // screenshots look the same on every machine
    bool presentation = false; // presentation mode (large type, panels hidden)
    std::optional<int> lessonStep; // open the lesson at this step (1-based)
    QString layoutJson; // --layout-json: every text the graph, heatmaps and equations drew (LayoutRecorder)
    std::optional<double> fontPoints; // --font-size: the application font's size (a larger system font)
};

//! Renders the main window with \a options to a PNG; returns the process exit status (0 ok, 1 failed,
//! 2 an option that does not fit the session, such as a gate phase for an RNN).
int takeScreenshot(const ScreenshotOptions &options);

} // namespace rnnlab

namespace rnnlab {

struct CompareScreenshotOptions
{
    QString output;
    std::vector<Session> sessions; // 2 or 3, comparable (validateComparison)
    QString title;
    QString description; // what to look for (a preset's), under the table
    std::int64_t train = 0; // steps for every model (lock step: one round)
    QSize size{1280, 800};
    bool folded = false;
    bool freeRunning = false;
};

//! Renders compare mode's window with \a options to a PNG; returns the exit status (0 ok, 1 failed).
int takeCompareScreenshot(const CompareScreenshotOptions &options);

} // namespace rnnlab
