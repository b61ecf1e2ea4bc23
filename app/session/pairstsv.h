// SPDX-License-Identifier: MIT
// A translation's pairs (task "translate", issue 16) as a file of lines, one pair a line:
// "source<Tab>target" in UTF-8 — what `rnnlab-cli new-translate --pairs FILE.tsv` reads. Strict:
// every line that is not exactly one non-empty source, one tab and one non-empty target free of
// rnnlab's own tokens <sos>/<eos> is refused, its line number named with what is allowed. Empty
// lines are skipped, a "\r" before the line's end ("\r\n" files) and a UTF-8 byte-order mark are
// dropped. Not the checks of the pairs as a whole (the vocabularies' sizes, the limits:
// validate()), not the file's opening (InputFile). QtCore and the engine's UTF-8 only.
#pragma once

#include "engine/session.h"

#include <QByteArray>

#include <string>
#include <utility>
#include <vector>

namespace rnnlab {

class PairsTsv
{
public:
    //! At most this many problems are listed; the rest are counted in one more line.
    static constexpr std::size_t maxProblems = 20;

    //! The pairs of \a bytes, in order. Appends one problem per bad line to \a problems (field
    //! "line N", counting from 1) and returns the pairs of the good lines.
    static std::vector<std::pair<std::u32string, std::u32string>> parse(const QByteArray &bytes,
                                                                        std::vector<Problem> &problems);
};

} // namespace rnnlab
