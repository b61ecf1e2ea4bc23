// SPDX-License-Identifier: MIT
#include "engine/vocabulary.h"

namespace rnnlab {

Vocabulary Vocabulary::fromTexts(const std::vector<std::u32string> &texts)
{
    Vocabulary vocabulary;
    for (const auto &text : texts) {
        for (char32_t c : text) {
            if (vocabulary.m_index.emplace(c, vocabulary.size()).second)
                vocabulary.m_characters += c;
        }
    }
    return vocabulary;
}

Vocabulary Vocabulary::fromCharacters(std::u32string characters)
{
    Vocabulary vocabulary;
    vocabulary.m_characters = std::move(characters);
    for (std::size_t i = 0; i < vocabulary.m_characters.size(); ++i)
        vocabulary.m_index.emplace(vocabulary.m_characters[i], static_cast<int>(i));
    return vocabulary;
}

int Vocabulary::indexOf(char32_t c) const
{
    const auto it = m_index.find(c);
    return it == m_index.end() ? -1 : it->second;
}

std::u32string Vocabulary::decode(const std::vector<int> &indices) const
{
    std::u32string out;
    out.reserve(indices.size());
    for (int i : indices)
        out += character(i);
    return out;
}

} // namespace rnnlab
