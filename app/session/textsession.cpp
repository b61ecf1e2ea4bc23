// SPDX-License-Identifier: MIT
#include "app/session/textsession.h"

#include "engine/dataset.h"
#include "engine/unicode.h"

#include <algorithm>

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

QStringList TextSession::linesOf(const DataConfig &data)
{
    QStringList lines;
    // A translation's pairs: "source<Tab>target", as PairsTsv reads them back.
    for (const auto &[source, target] : data.pairs)
        lines << QString::fromStdString(toUtf8(source)) + u'\t' + QString::fromStdString(toUtf8(target));
    const bool labelled = data.task == TaskKind::Classify && data.labels.size() == data.texts.size();
    for (std::size_t i = 0; i < data.texts.size(); ++i)
        lines << QString::fromStdString(toUtf8(data.texts[i]))
                + (labelled ? u'\t' + QString::fromStdString(toUtf8(data.labels[i])) : QString());
    return lines;
}

void TextSession::setLines(DataConfig &data, const QStringList &lines)
{
    // Every line "text<Tab>label": a classifier; no tab anywhere: next-character prediction. A
    // mix is a mistake validate() names (the unlabelled lines get an empty label).
    const bool labelled =
        std::any_of(lines.begin(), lines.end(), [](const QString &line) { return line.contains(u'\t'); });
    data.texts.clear();
    data.labels.clear();
    for (const QString &line : lines) {
        if (labelled) {
            const qsizetype tab = line.lastIndexOf(u'\t');
            data.texts.push_back(codePointsOf(tab < 0 ? line : line.left(tab)));
            data.labels.push_back(codePointsOf(tab < 0 ? QString() : line.mid(tab + 1).trimmed()));
        } else {
            data.texts.push_back(codePointsOf(line));
        }
    }
    data.task = labelled ? TaskKind::Classify : TaskKind::NextCharacter;
    if (!labelled)
        data.classes.reset();
}

std::optional<std::vector<std::u32string>> TextSession::classesOf(const DataConfig &data)
{
    if (data.task != TaskKind::Classify)
        return std::nullopt;
    return Dataset::classesOf(data);
}

} // namespace rnnlab
