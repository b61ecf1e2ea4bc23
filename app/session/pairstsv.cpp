// SPDX-License-Identifier: MIT
#include "app/session/pairstsv.h"

#include "engine/unicode.h"

#include <algorithm>
#include <string_view>

namespace rnnlab {

namespace {

constexpr const char *allowed = "each line is one pair, source<Tab>target (e.g. \"hello\\tolleh\")";

//! The first of rnnlab's own tokens that \a text spells, or null.
const char *markerIn(const std::u32string &text)
{
    if (text.find(U"<sos>") != std::u32string::npos)
        return "<sos>";
    if (text.find(U"<eos>") != std::u32string::npos)
        return "<eos>";
    return nullptr;
}

} // namespace

std::vector<std::pair<std::u32string, std::u32string>> PairsTsv::parse(const QByteArray &bytes,
                                                                       std::vector<Problem> &problems)
{
    std::vector<std::pair<std::u32string, std::u32string>> pairs;
    std::string_view rest(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (rest.substr(0, 3) == "\xEF\xBB\xBF")
        rest.remove_prefix(3);
    std::size_t bad = 0;
    const auto refuse = [&](std::size_t line, std::string message) {
        if (++bad <= maxProblems)
            problems.push_back({"line " + std::to_string(line), std::move(message)});
    };
    for (std::size_t number = 1; !rest.empty(); ++number) {
        const std::size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        std::size_t offset = 0;
        const std::optional<std::u32string> text = fromUtf8(line, &offset);
        if (!text) {
            refuse(number,
                   "is not UTF-8 (an invalid byte at column " + std::to_string(offset + 1)
                       + "): save the file as UTF-8");
            continue;
        }
        const auto tabs = std::count(text->begin(), text->end(), U'\t');
        if (tabs == 0) {
            refuse(number, std::string("has no tab between its source and its target: ") + allowed);
            continue;
        }
        if (tabs > 1) {
            refuse(number,
                   "has " + std::to_string(tabs + 1) + " fields separated by tabs; " + allowed
                       + ", and neither may contain a tab");
            continue;
        }
        const std::size_t tab = text->find(U'\t');
        std::u32string source = text->substr(0, tab);
        std::u32string target = text->substr(tab + 1);
        if (source.empty()) {
            refuse(number,
                   "has an empty source (the line starts with its tab): the encoder needs at least one "
                   "character to read; "
                       + std::string(allowed));
            continue;
        }
        if (target.empty()) {
            refuse(number,
                   "has no target after its tab: give the string the source translates to; " + std::string(allowed));
            continue;
        }
        const char *marker = markerIn(source);
        const bool inSource = marker != nullptr;
        if (!marker)
            marker = markerIn(target);
        if (marker) {
            refuse(number,
                   std::string("has \"") + marker + "\" in its " + (inSource ? "source" : "target")
                       + ": <sos> and <eos> are the start and end tokens rnnlab adds; a pair holds only "
                         "characters");
            continue;
        }
        pairs.emplace_back(std::move(source), std::move(target));
    }
    if (bad > maxProblems)
        problems.push_back({"", std::to_string(bad - maxProblems) + " more lines are refused as well"});
    return pairs;
}

} // namespace rnnlab
