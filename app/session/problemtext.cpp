// SPDX-License-Identifier: MIT
#include "app/session/problemtext.h"

#include <QCoreApplication>

namespace rnnlab {

QString ProblemText::message(const Problem &problem)
{
    if (problem.pattern.empty() || Problem::fill(problem.pattern, problem.arguments) != problem.message)
        return QString::fromStdString(problem.message);
    return fill(QCoreApplication::translate("Problem", problem.pattern.c_str()), problem.arguments);
}

QString ProblemText::text(const Problem &problem)
{
    return text(problem, QString::fromStdString(problem.field));
}

QString ProblemText::text(const Problem &problem, const QString &field)
{
    const QString said = message(problem);
    if (field.isEmpty())
        return said;
    // As Problem::toString() decides, on the English: "is empty: …" is a predicate of the field.
    const bool predicate = !problem.message.empty() && problem.message[0] >= 'a' && problem.message[0] <= 'z';
    if (predicate) {
        //: A field (data.texts[0], model.hidden_size, Line 2) and a sentence about it that begins with
        //: its verb ("is empty: a text needs …"); rnnlab's field names stay untranslated.
        return QCoreApplication::translate("Problem", "%1 %2", "field, then a predicate").arg(field, said);
    }
    //: A field and a sentence that begins with the field's value ("4096 is out of range …").
    return QCoreApplication::translate("Problem", "%1: %2", "field, then a sentence").arg(field, said);
}

QString ProblemText::fill(const QString &pattern, const std::vector<std::string> &arguments)
{
    QString text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
        const std::size_t index = static_cast<std::size_t>(next.unicode() - u'1');
        if (pattern.at(i) == u'%' && next >= u'1' && next <= u'9' && index < arguments.size()) {
            text += QString::fromStdString(arguments[index]);
            ++i;
        } else {
            text += pattern.at(i);
        }
    }
    return text;
}

} // namespace rnnlab
