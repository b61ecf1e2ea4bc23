// SPDX-License-Identifier: MIT
// What the window cannot show yet, said before it tries: a translation session (task "translate",
// issue 16, an encoder–decoder) trains and translates in rnnlab-cli, and its drawing (the encoder's
// row, the decoder's, the context between them) is still to come. The window refuses such a
// session with this message and changes nothing (the open session stays).
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
