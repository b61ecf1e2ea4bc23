// SPDX-License-Identifier: MIT
// The character vocabulary: code point <-> one-hot index, in order of first appearance (or as the
// session gives it). Not the data set: see dataset.h for the encoded texts.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace rnnlab {

class Vocabulary
{
public:
    Vocabulary() = default;
    //! The characters of \a texts in order of first appearance.
    static Vocabulary fromTexts(const std::vector<std::u32string> &texts);
    //! Exactly \a characters in this order. The caller has checked there are no repeats.
    static Vocabulary fromCharacters(std::u32string characters);

    int size() const { return static_cast<int>(m_characters.size()); }
    const std::u32string &characters() const { return m_characters; }
    char32_t character(int index) const { return m_characters[static_cast<std::size_t>(index)]; }
    //! One-hot index of \a c, or -1 when \a c is not in the vocabulary.
    int indexOf(char32_t c) const;
    bool contains(char32_t c) const { return indexOf(c) >= 0; }

    //! The characters of \a indices, in order.
    std::u32string decode(const std::vector<int> &indices) const;

private:
    std::u32string m_characters;
    std::unordered_map<char32_t, int> m_index;
};

} // namespace rnnlab
