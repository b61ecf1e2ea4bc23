// SPDX-License-Identifier: MIT
#include "app/session/textsession.h"

#include "engine/dataset.h"

namespace rnnlab {

namespace {

std::u32string codePointsOf(const QString &text)
{
    std::u32string codePoints;
    for (char32_t c : text.toUcs4())
        codePoints += c;
    return codePoints;
}

} // namespace

std::optional<Session> TextSession::fromTexts(const QStringList &texts, const QStringList &labels, QString *problem)
{
    if (!labels.isEmpty() && labels.size() != texts.size()) {
        if (problem)
            *problem = QStringLiteral("--label: %1 labels for %2 texts; a classifier needs one --label per --text, in "
                                      "the same order")
                           .arg(labels.size())
                           .arg(texts.size());
        return std::nullopt;
    }
    Session session = lectureExample();
    session.data.texts.clear();
    for (const QString &text : texts)
        session.data.texts.push_back(codePointsOf(text));
    if (!labels.isEmpty()) {
        session.data.task = TaskKind::Classify;
        for (const QString &label : labels)
            session.data.labels.push_back(codePointsOf(label));
        // One hidden unit per class, as the lecture's one per character.
        session.model.hiddenSize = static_cast<int>(Dataset::classesOf(session.data).size());
    } else {
        // The lecture's choice: one hidden unit per character (0 when every text is empty, which
        // validate() refuses along with the texts).
        session.model.hiddenSize = Dataset::vocabularyOf(session.data).size();
    }
    return session;
}

} // namespace rnnlab
