// SPDX-License-Identifier: MIT
#include "ui/window/unsupportedtask.h"

#include "engine/session.h"

#include <QCoreApplication>

namespace rnnlab {

QString UnsupportedTask::reason(const Session &session)
{
    if (session.data.task == TaskKind::Translate)
        return QCoreApplication::translate(
            "UnsupportedTask",
            "This is a translation session (task \"translate\": an encoder–decoder): the window cannot draw it "
            "yet. Train it with rnnlab-cli train SESSION (every step's loss and each pair's greedy translation; "
            "--trace for every number, PyTorch's to the last digits), and translate a word with rnnlab-cli generate "
            "SESSION --prime SOURCE. Coming to the window: the encoder's row over the source, the decoder's over the "
            "target, and the context that carries the source across.");
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
