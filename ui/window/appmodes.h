// SPDX-License-Identifier: MIT
// The GUI's non-interactive modes, used by tests, the README's pictures, reviewers and benchmarks:
//   rnnlab --screenshot OUT.png [--session FILE | --text TEXT…] [--train N] [--view folded|unfolded]
//          [--size 1280x800] [--tab step|loss|predictions|generate] [--history-step K]
//          [--time-step T] [--phase NAME] [--layer L] [--theme NAME] [--presentation] [--lesson-step K]
//   rnnlab --bench-ui [SESSION] [--seconds S]
// Both open the real window (offscreen when there is no display).
#pragma once

#include "session.h"
#include "theme.h"

#include <QSize>
#include <QString>

#include <cstdint>
#include <optional>

namespace rnnlab {

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
    std::optional<int> timeStep;             // walk by hand: this time step …
    std::optional<QString> phase;            // … at this phase (TimeStepWalker::name)
    int layer = 1;                           // … of this layer (1-based)
    bool layerMajor = false;                 // walk layer by layer (else time step by time step)
    Theme theme = Theme::Light;              // screenshots look the same on every machine
    bool presentation = false;               // presentation mode (large type, panels hidden)
    std::optional<int> lessonStep;           // open the lesson at this step (1-based)
};

//! Renders the main window with \a options to a PNG; returns the process exit status (0 ok, 1 failed,
//! 2 an option that does not fit the session, such as a gate phase for an RNN).
int takeScreenshot(const ScreenshotOptions &options);

struct UiBenchmarkOptions
{
    Session session;
    QString name;
    double seconds = 5.0;
};

//! Trains \a options.session headless and then in the window at full speed, and prints one JSON
//! object: event_loop_lateness_p99_ms, frame_ms_p99, steps_per_s_with_ui, steps_per_s_headless, …
int runUiBenchmark(const UiBenchmarkOptions &options);

//! rnn_tanh, H = 128, no extra layers, on a 64-character text: the UI benchmark's default session.
Session uiBenchmarkSession();

} // namespace rnnlab
