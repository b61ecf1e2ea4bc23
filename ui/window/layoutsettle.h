// SPDX-License-Identifier: MIT
// Waiting until a window's layout is done, by events rather than by a clock: what a screenshot or
// a test does before it grabs or measures. Not a general event-loop pump (timers that are not yet
// due, such as animations, are left alone).
#pragma once

class QWidget;

namespace rnnlab {

class LayoutSettle
{
public:
    //! Delivers posted events (the LayoutRequests that layouts and QMainWindow's dock layout post
    //! to each other, the zero timers of deferred work) until a round leaves the geometry of
    //! \a window and every widget in it as it was; at most \a maxRounds rounds. True when settled.
    static bool wait(QWidget *window, int maxRounds = 100);
};

} // namespace rnnlab
