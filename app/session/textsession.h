// SPDX-License-Identifier: MIT
// The session that `--text TEXT… [--label LABEL…]` stands for, on rnnlab's and rnnlab-cli's
// command lines alike: the lecture's settings (lectureExample()) on those texts with one hidden
// unit per character of their vocabulary, as the lecture has — or, with one label per text, a
// many-to-one classifier (task "classify") with one hidden unit per class. Not validated: validate()
// says what is wrong with it (an empty text, …). Not the options that change it further
// (rnnlab-cli's --cell, --layers, …) nor session files (SessionFile). QtCore only.
// Also the texts as the model panel edits them, one line each: "text", or "text<Tab>label" for a
// classifier — so that which task lines stand for is decided here, not in the window.
#pragma once

#include "engine/session.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

class TextSession
{
public:
    //! The session of \a texts (and \a labels: none, or one per text). Nullopt when the labels are
    //! not one per text; \a problem (when not null) then says so, naming the options.
    static std::optional<Session> fromTexts(const QStringList &texts, const QStringList &labels,
                                            QString *problem = nullptr);

    //! \a data's texts as lines: "text", or "text<Tab>label" for a classifier with one label per
    //! text; a translation's pairs as "source<Tab>target" (PairsTsv reads them back).
    static QStringList linesOf(const DataConfig &data);
    //! Sets \a data's texts and task from \a lines as linesOf() writes them: a classifier if any
    //! line has a tab (the last one splits; a line without one gets an empty label, which
    //! validate() names), else next-character prediction, without labels or classes.
    static void setLines(DataConfig &data, const QStringList &lines);
    //! The classes \a data names, in output order, when it is a classifier's (valid or not);
    //! nullopt when its outputs are not classes.
    static std::optional<std::vector<std::u32string>> classesOf(const DataConfig &data);
};

} // namespace rnnlab
