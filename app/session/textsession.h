// SPDX-License-Identifier: MIT
// The session that `--text TEXT… [--label LABEL…]` stands for, on rnnlab's and rnnlab-cli's
// command lines alike: the lecture's settings (lectureExample()) on those texts with one hidden
// unit per character of their vocabulary, as the lecture has — or, with one label per text, a
// many-to-one classifier (task "classify") with one hidden unit per class. Not validated: validate()
// says what is wrong with it (an empty text, …). Not the options that change it further
// (rnnlab-cli's --cell, --layers, …) nor session files (SessionFile). QtCore only.
#pragma once

#include "engine/session.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rnnlab {

class TextSession
{
public:
    //! The session of \a texts (and \a labels: none, or one per text). Nullopt when the labels are
    //! not one per text; \a problem (when not null) then says so, naming the options.
    static std::optional<Session> fromTexts(const QStringList &texts, const QStringList &labels,
                                            QString *problem = nullptr);
};

} // namespace rnnlab
