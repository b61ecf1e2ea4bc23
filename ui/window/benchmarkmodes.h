// SPDX-License-Identifier: MIT
// The GUI's benchmarks, run from values app/gui's GuiOptions parses from the command line:
//   rnnlab --bench-ui [SESSION] [--seconds S]
//   rnnlab --bench-ui (--session S1 --compare S2 … | --compare-preset ID) [--seconds S] [--free-running]
// They open the real window (offscreen when there is no display), train at full speed and print
// one JSON object: the event loop's lateness, the graph's paint times, steps per second with the
// window and headless. Speed goals live here, never in timed unit tests.
#pragma once

#include "engine/session.h"

#include <QString>

#include <vector>

namespace rnnlab {

struct UiBenchmarkOptions
{
    Session session;
    QString name;
    double seconds = 5.0;
    //! The lower tab shown while measuring (--tab; empty: the window's first), so that a view
    //! that computes only while visible (the Memory tab) is measured at work.
    QString tab;
};

//! Trains \a options.session headless and in the window at full speed, in alternating rounds of a
//! second, and prints one JSON object: event_loop_lateness_p99_ms, frame_ms_p99,
//! steps_per_s_with_ui, steps_per_s_headless, slowdown_percent (the median round's), …
int runUiBenchmark(const UiBenchmarkOptions &options);

//! rnn_tanh, H = 128, no extra layers, on a 64-character text: the UI benchmark's default session.
Session uiBenchmarkSession();

struct CompareBenchmarkOptions
{
    std::vector<Session> sessions; // 2 or 3, comparable
    QString name;
    double seconds = 5.0;
    bool freeRunning = false;
};

//! Trains every model headless (one after the other) and then all together in compare mode's
//! window at full speed, and prints one JSON object: event_loop_lateness_p99_ms, frame_ms_p99 (the
//! graphs' paints), per model steps_per_s_with_ui and steps_per_s_headless, …
int runCompareUiBenchmark(const CompareBenchmarkOptions &options);

} // namespace rnnlab
