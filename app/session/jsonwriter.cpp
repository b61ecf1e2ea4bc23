// SPDX-License-Identifier: MIT
#include "app/session/jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace rnnlab {

void JsonWriter::newline(std::size_t depth)
{
    if (m_compact) {
        if (!m_out.empty() && m_out.back() == ',')
            m_out += ' ';
        return;
    }
    m_out += '\n';
    m_out.append(depth * 2, ' ');
}

void JsonWriter::beforeValue(bool isContainer)
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (level.empty) {
        level.empty = false;
        // Arrays of numbers stay on one line; arrays of arrays get a line per element.
        level.block = level.isObject || isContainer;
    } else {
        m_out += ',';
        if (!level.block)
            m_out += ' ';
    }
    if (level.block)
        newline(m_levels.size());
}

void JsonWriter::beginObject()
{
    beforeValue(true);
    m_out += '{';
    m_levels.push_back({true, true, true});
}

void JsonWriter::endObject()
{
    const bool wasEmpty = m_levels.back().empty;
    m_levels.pop_back();
    if (!wasEmpty)
        newline(m_levels.size());
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue(true);
    m_out += '[';
    m_levels.push_back({false, true, false});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (level.block && !level.empty)
        newline(m_levels.size());
    m_out += ']';
}

void JsonWriter::key(std::string_view name)
{
    beforeValue(false);
    m_out += quoted(name);
    m_out += ": ";
    m_afterKey = true;
}

std::string JsonWriter::quoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20 || u == 0x7F) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", u);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + '"';
}

std::string JsonWriter::formatNumber(double number)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    return std::string(buffer, result.ptr);
}

void JsonWriter::value(std::string_view text)
{
    beforeValue(false);
    m_out += quoted(text);
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        m_spoiled = true;
    beforeValue(false);
    m_out += formatNumber(number);
}

void JsonWriter::value(std::int64_t number)
{
    beforeValue(false);
    m_out += std::to_string(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue(false);
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue(false);
    m_out += "null";
}

std::string JsonWriter::finish()
{
    if (m_spoiled)
        return {};
    return m_compact ? m_out : m_out + '\n';
}

} // namespace rnnlab
