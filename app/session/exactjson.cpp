// SPDX-License-Identifier: MIT
#include "app/session/exactjson.h"

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>

#include <cctype>
#include <limits>
#include <vector>

namespace rnnlab {

QJsonDocument ExactJson::parse(const QByteArray &text, QJsonParseError *error)
{
    QJsonDocument document = QJsonDocument::fromJson(text, error);
    if (error->error == QJsonParseError::NoError) {
        // Parsed as it is (so that a problem's line and column are the file's); again with its
        // negative zeros kept, when it has any.
        bool changed = false;
        const QByteArray kept = keepNegativeZeros(text, &changed);
        if (changed)
            document = QJsonDocument::fromJson(kept, error);
    }
    return document;
}

double ExactJson::number(const QJsonValue &value)
{
    const double d = value.toDouble();
    return d == -std::numeric_limits<double>::denorm_min() ? -0.0 : d;
}

QByteArray ExactJson::keepNegativeZeros(const QByteArray &text, bool *changed)
{
    *changed = false;
    QByteArray out;
    std::vector<char> containers;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\' && i + 1 < text.size()) {
                out += c;
                out += text[++i];
                continue;
            }
            inString = c != '"';
            out += c;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            containers.push_back(c);
        else if ((c == ']' || c == '}') && !containers.empty())
            containers.pop_back();
        else if (c == '-' && !containers.empty() && containers.back() == '[') {
            qsizetype end = i + 1;
            while (end < text.size()
                   && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.' || text[end] == 'e'
                       || text[end] == 'E' || text[end] == '+' || text[end] == '-'))
                ++end;
            const QByteArray token = text.mid(i, end - i);
            bool zero = token.size() > 1;
            bool mantissa = true;
            for (qsizetype k = 1; k < token.size() && mantissa; ++k) {
                if (token[k] == 'e' || token[k] == 'E')
                    mantissa = false;
                else if (token[k] != '0' && token[k] != '.')
                    zero = false;
            }
            if (zero && std::isdigit(static_cast<unsigned char>(token[1]))) {
                out += "-5e-324";
                *changed = true;
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace rnnlab
