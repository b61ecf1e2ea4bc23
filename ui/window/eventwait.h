// SPDX-License-Identifier: MIT
// Running the event loop for a while, or until something holds: how the command line's window
// modes (screenshots, benchmarks) wait for the worker's snapshots and let timers fire. Unlike
// LayoutSettle, a plain clock: for what no event announces.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace rnnlab {

class EventWait
{
public:
    //! Runs the event loop until \a done() holds or \a timeoutMs passes; true if it held.
    template<typename Predicate>
    static bool until(Predicate done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            run(10);
        }
        return true;
    }

    //! Runs the event loop for \a ms.
    static void run(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
};

} // namespace rnnlab
