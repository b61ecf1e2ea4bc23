// SPDX-License-Identifier: MIT
// UTF-8 <-> Unicode code points, strictly: rnnlab's characters are code points, so "é", "한" and
// "🙂" are one character each. Decoding refuses what is not valid UTF-8 instead of guessing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rnnlab {

//! Encodes code points as UTF-8. Code points that are not Unicode scalar values (surrogates,
//! > U+10FFFF) become U+FFFD, so the result is always valid UTF-8.
std::string toUtf8(std::u32string_view text);
std::string toUtf8(char32_t c);

//! Decodes strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
//! \a errorOffset receives the byte offset of the first invalid byte on failure.
std::optional<std::u32string> fromUtf8(std::string_view bytes, std::size_t *errorOffset = nullptr);

//! A character as a reader should see it in a message: 'h', or U+000A for invisible ones.
std::string describeCharacter(char32_t c);

} // namespace rnnlab
