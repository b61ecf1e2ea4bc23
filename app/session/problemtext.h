// SPDX-License-Identifier: MIT
// A Problem in the reader's language: the engine keeps each refusal's sentence as an English
// pattern marked QT_TRANSLATE_NOOP("Problem", …) with its arguments (engine/types.h); this looks
// the pattern up in the installed translators (context "Problem") and fills in the arguments as
// the engine wrote them (numbers in numberText()'s C form, as a session file spells them). Field
// names (model.hidden_size, data.texts[1]) are session-file keys and stay as they are. Not the
// choice of language (Language) and not the app's own problems without a pattern (still English).
#pragma once

#include "engine/types.h"

#include <QString>

namespace rnnlab {

class ProblemText
{
public:
    //! \a problem's message translated: its pattern's translation with the arguments filled in.
    //! The English message when it has no pattern, or when the message is no longer its pattern
    //! filled in (a caller changed it after the engine made it).
    static QString message(const Problem &problem);
    //! What Problem::toString() says, translated: the field and the translated message joined as
    //! "field message" (a predicate: "is empty: …") or "field: message" (it starts with the value).
    static QString text(const Problem &problem);
    //! text() with \a field said in place of the problem's field ("Line 2" for data.texts[1]).
    static QString text(const Problem &problem, const QString &field);
    //! \a pattern with %1 … %9 replaced by \a arguments in one pass, as Problem::fill does.
    static QString fill(const QString &pattern, const std::vector<std::string> &arguments);
};

} // namespace rnnlab
