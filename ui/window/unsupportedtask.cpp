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
    return {};
}

} // namespace rnnlab
