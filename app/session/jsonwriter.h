// SPDX-License-Identifier: MIT
// A small streaming JSON writer for session and trace files: keys stay in the order written (a
// session reads top-down: format, model, data, training, weights), arrays of numbers stay on one
// line, and every float is written so that it reads back as the same float32 (the shortest
// decimal form of the float's exact double value, as Python's json writes it).
// Not a parser: reading goes through QJsonDocument (sessionfile.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rnnlab {

class JsonWriter
{
public:
    //! \a compact: everything on one line ({"a": 1, "b": [2, 3]}), for one-line reports.
    explicit JsonWriter(bool compact = false)
        : m_compact(compact)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    //! The key of the next value inside an object.
    void key(std::string_view name);

    void value(std::string_view text); // UTF-8; escaped as JSON requires, non-ASCII kept as is
    void value(const char *text) { value(std::string_view(text)); }
    //! Shortest round-trip form. Inf and NaN are not JSON: one of them spoils the document (finish()).
    void value(double number);
    void value(float number) { value(static_cast<double>(number)); }
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    void null();

    template<typename Range>
    void numberArray(const Range &numbers)
    {
        beginArray();
        for (const auto &number : numbers)
            value(number);
        endArray();
    }

    //! The document so far (complete once every container is closed), ending in a newline; empty
    //! when a number was not finite (inf or nan): the writer cannot write a document that would not
    //! read back (a session saved with "step": inf could not be opened again), so the caller refuses.
    std::string finish();
    //! Whether a value() was not finite, so that finish() is empty.
    bool spoiled() const { return m_spoiled; }

    //! \a text as a JSON string literal (with quotes).
    static std::string quoted(std::string_view text);
    //! \a number in the shortest form that reads back as the same double.
    static std::string formatNumber(double number);

private:
    struct Level
    {
        bool isObject = false;
        bool empty = true;
        bool block = false; // elements on their own lines
    };
    void beforeValue(bool isContainer);
    void newline(std::size_t depth);

    std::string m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_compact = false;
    bool m_spoiled = false; // a non-finite number was given
};

} // namespace rnnlab
