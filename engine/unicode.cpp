// SPDX-License-Identifier: MIT
// Strict UTF-8 coding; see unicode.h.
#include "engine/unicode.h"

#include <cstdio>

namespace rnnlab {

namespace {
bool isScalarValue(char32_t c)
{
    return c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}
} // namespace

std::string toUtf8(char32_t c)
{
    if (!isScalarValue(c))
        c = 0xFFFD;
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

std::string toUtf8(std::u32string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text)
        out += toUtf8(c);
    return out;
}

std::optional<std::u32string> fromUtf8(std::string_view bytes, std::size_t *errorOffset)
{
    std::u32string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    const auto fail = [&](std::size_t at) -> std::optional<std::u32string> {
        if (errorOffset)
            *errorOffset = at;
        return std::nullopt;
    };
    while (i < bytes.size()) {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        int extra = 0;
        char32_t c = 0;
        char32_t minimum = 0;
        if (b0 < 0x80) {
            c = b0;
        } else if ((b0 & 0xE0) == 0xC0) {
            extra = 1, c = b0 & 0x1F, minimum = 0x80;
        } else if ((b0 & 0xF0) == 0xE0) {
            extra = 2, c = b0 & 0x0F, minimum = 0x800;
        } else if ((b0 & 0xF8) == 0xF0) {
            extra = 3, c = b0 & 0x07, minimum = 0x10000;
        } else {
            return fail(i);
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= bytes.size())
                return fail(i);
            const auto b = static_cast<unsigned char>(bytes[i + k]);
            if ((b & 0xC0) != 0x80)
                return fail(i + k);
            c = (c << 6) | (b & 0x3F);
        }
        if (c < minimum || !isScalarValue(c))
            return fail(i);
        out += c;
        i += extra + 1;
    }
    return out;
}

std::string describeCharacter(char32_t c)
{
    const bool invisible = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x20 || !isScalarValue(c);
    if (!invisible)
        return "'" + toUtf8(c) + "'";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    std::string name = buffer;
    if (c == 0x20)
        name += " (space)";
    else if (c == '\n')
        name += " (line feed)";
    else if (c == '\t')
        name += " (tab)";
    return name;
}

} // namespace rnnlab
