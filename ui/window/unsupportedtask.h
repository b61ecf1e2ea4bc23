// SPDX-License-Identifier: MIT
// What the window cannot show yet, said before it tries: a time-series session (task "forecast",
// issue 15) trains and forecasts in rnnlab-cli, and its drawing (x_t as a value, y_t beside its
// target, the signal plot with the free-running forecast, the anomaly view) is still to come. The
// window refuses such a session with this message and changes nothing (the open session stays).
// Not the validation of a session (engine/session.h): the session is valid, the window is behind.
#pragma once

#include <QString>

namespace rnnlab {

struct Session;

class UnsupportedTask
{
public:
    //! Why the window cannot open \a session yet (one paragraph of plain text), or an empty string
    //! when it can.
    static QString reason(const Session &session);
};

} // namespace rnnlab
