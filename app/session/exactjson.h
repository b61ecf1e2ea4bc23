// SPDX-License-Identifier: MIT
// Reading JSON so that every number in an array comes back as the double that was written, −0
// included. Qt's reader keeps a whole-number double as an integer, so a "-0" in a tensor would load
// as 0: a saved Adam moment or weight of −0 would not come back bit for bit (the fuzzer found one).
// parse() writes every negative zero that is an element of an array as −5e-324 (the smallest
// negative double, which Qt keeps as a double and which rounds to −0.0f in a float32 tensor);
// number() turns it back into −0.0. Not a schema reader (SessionReader) nor a writer (JsonWriter).
// QtCore only.
#pragma once

#include <QJsonDocument>

class QByteArray;
class QJsonValue;
struct QJsonParseError;

namespace rnnlab {

class ExactJson
{
public:
    //! \a text parsed as QJsonDocument::fromJson() does, with its arrays' negative zeros kept.
    //! \a error as fromJson()'s; its offset is \a text's own (parsed as it is first, then again with
    //! the negative zeros marked only when there are any).
    static QJsonDocument parse(const QByteArray &text, QJsonParseError *error);
    //! An array element of a parse()d document as a double: −0 where the text had a negative zero.
    static double number(const QJsonValue &value);
    //! \a text with every negative zero that is an element of an array written as -5e-324. Strings
    //! are left alone (a text may contain "-0"), and so are object values. \a changed: whether there
    //! was any.
    static QByteArray keepNegativeZeros(const QByteArray &text, bool *changed);
};

} // namespace rnnlab
