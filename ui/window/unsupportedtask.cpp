// SPDX-License-Identifier: MIT
#include "ui/window/unsupportedtask.h"

#include "engine/session.h"

#include <QCoreApplication>

namespace rnnlab {

QString UnsupportedTask::reason(const Session &session)
{
    if (session.data.task != TaskKind::Forecast)
        return {};
    return QCoreApplication::translate(
        "UnsupportedTask",
        "This is a time-series session (task \"forecast\"): the window cannot draw time series yet. Train it with "
        "rnnlab-cli train SESSION (every step's loss and mean absolute error; --trace for every number, PyTorch's "
        "to the last digits), and see its free-running forecast with rnnlab-cli generate SESSION --length N. "
        "Coming to the window: x_t drawn as the value it is, y_t beside the true next value, a signal plot with the "
        "forecast, and the anomaly view of the test series.");
}

} // namespace rnnlab
