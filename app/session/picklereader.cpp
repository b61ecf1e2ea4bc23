// SPDX-License-Identifier: MIT
// The opcodes are those of CPython's Lib/pickletools.py (and Lib/pickle.py, which writes them);
// the tensor reconstruction is torch/_utils.py's _rebuild_tensor_v2 and torch/serialization.py's
// persistent ids ('storage', storage_type, key, location, numel), as PyTorch 1.13 writes them.
#include "app/session/picklereader.h"

#include "engine/unicode.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <unordered_map>

namespace rnnlab {

namespace {

//! More values than this in one pickle is no state_dict rnnlab can show (one tensor takes ~15).
constexpr std::size_t maxValues = std::size_t(1) << 20;
constexpr std::size_t maxDimensions = 8;

//! The storage types torch.save names (torch.FloatStorage, …): all are read as bytes here; the
//! caller decides which element types it converts.
bool isStorageType(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> types = {
        "FloatStorage", "DoubleStorage", "HalfStorage",         "BFloat16Storage",
        "LongStorage",  "IntStorage",    "ShortStorage",        "CharStorage",
        "ByteStorage",  "BoolStorage",   "ComplexFloatStorage", "ComplexDoubleStorage"};
    for (std::string_view type : types)
        if (name == type)
            return true;
    return false;
}

//! A storage key as torch.save writes them ("0", "1", …; any word will do): a part of an entry name.
bool isStorageKey(const std::string &key)
{
    return !key.empty() && key.size() <= 64 && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    });
}

class Unpickler
{
public:
    explicit Unpickler(const QByteArray &bytes)
        : m_data(bytes.constData())
        , m_size(static_cast<std::size_t>(bytes.size()))
    { }

    std::optional<PickleDocument> run(PickleReader::Failure *failure)
    {
        while (!m_done && m_failure.message.empty()) {
            if (m_at == m_size) {
                fail("the pickle ends without its STOP opcode: it is truncated");
                break;
            }
            step();
        }
        if (!m_failure.message.empty()) {
            *failure = m_failure;
            return std::nullopt;
        }
        return std::move(m_document);
    }

private:
    void fail(const std::string &message, const std::string &global = {})
    {
        if (m_failure.message.empty())
            m_failure = {message, global};
    }
    void damaged(const std::string &what)
    {
        fail("the pickle is damaged at byte " + std::to_string(m_opcodeAt) + ": " + what);
    }

    bool take(std::size_t count, const char **out)
    {
        if (count > m_size - m_at) {
            fail("the pickle is cut short at byte " + std::to_string(m_at) + ": it is truncated");
            return false;
        }
        *out = m_data + m_at;
        m_at += count;
        return true;
    }
    std::optional<std::uint64_t> unsignedLe(std::size_t bytes)
    {
        const char *p = nullptr;
        if (!take(bytes, &p))
            return std::nullopt;
        std::uint64_t value = 0;
        for (std::size_t i = bytes; i-- > 0;)
            value = (value << 8) | static_cast<unsigned char>(p[i]);
        return value;
    }
    std::optional<std::string> bytesOf(std::uint64_t length)
    {
        const char *p = nullptr;
        if (length > m_size - m_at) {
            fail("the pickle is cut short in a " + std::to_string(length) + "-byte string at byte "
                 + std::to_string(m_opcodeAt) + ": it is truncated");
            return std::nullopt;
        }
        if (!take(static_cast<std::size_t>(length), &p))
            return std::nullopt;
        return std::string(p, static_cast<std::size_t>(length));
    }
    std::optional<std::string> line()
    {
        const void *newline = std::memchr(m_data + m_at, '\n', m_size - m_at);
        if (!newline) {
            fail("the pickle is cut short in a GLOBAL opcode: it is truncated");
            return std::nullopt;
        }
        const auto length = static_cast<std::size_t>(static_cast<const char *>(newline) - (m_data + m_at));
        std::string text(m_data + m_at, length);
        m_at += length + 1;
        return text;
    }

    int push(PickleValue value)
    {
        if (m_document.values.size() >= maxValues) {
            fail("the pickle holds more than " + std::to_string(maxValues)
                 + " values: not a state_dict rnnlab can show");
            return -1;
        }
        m_document.values.push_back(std::move(value));
        const int index = static_cast<int>(m_document.values.size() - 1);
        m_stack.push_back(index);
        return index;
    }
    int pushKind(PickleValue::Kind kind)
    {
        PickleValue v;
        v.kind = kind;
        return push(std::move(v));
    }
    std::optional<int> pop()
    {
        if (m_stack.empty() || (!m_marks.empty() && m_marks.back() == m_stack.size())) {
            damaged("an opcode takes a value from an empty stack");
            return std::nullopt;
        }
        const int index = m_stack.back();
        m_stack.pop_back();
        return index;
    }
    //! The values pushed since the last MARK, which is removed.
    std::optional<std::vector<int>> popMark()
    {
        if (m_marks.empty()) {
            damaged("an opcode needs a MARK that is not there");
            return std::nullopt;
        }
        const std::size_t from = m_marks.back();
        m_marks.pop_back();
        std::vector<int> items(m_stack.begin() + static_cast<std::ptrdiff_t>(from), m_stack.end());
        m_stack.resize(from);
        return items;
    }
    PickleValue &value(int index) { return m_document.values[static_cast<std::size_t>(index)]; }
    //! The container on top of the stack, if it is of \a kind.
    PickleValue *top(PickleValue::Kind kind)
    {
        if (m_stack.empty() || (!m_marks.empty() && m_marks.back() == m_stack.size())
            || value(m_stack.back()).kind != kind) {
            damaged("an opcode adds to " + PickleValue::describe(kind) + " that is not there");
            return nullptr;
        }
        return &value(m_stack.back());
    }

    void tuple(std::vector<int> items)
    {
        PickleValue v;
        v.kind = PickleValue::Kind::Tuple;
        v.items = std::move(items);
        push(std::move(v));
    }
    void tupleOf(std::size_t count)
    {
        std::vector<int> items(count);
        for (std::size_t i = count; i-- > 0;) {
            const auto item = pop();
            if (!item)
                return;
            items[i] = *item;
        }
        tuple(std::move(items));
    }
    void appendItems(std::vector<int> items)
    {
        if (PickleValue *list = top(PickleValue::Kind::List))
            list->items.insert(list->items.end(), items.begin(), items.end());
    }
    void setItems(std::vector<int> items)
    {
        if (items.size() % 2 != 0) {
            damaged("SETITEMS has a key without a value");
            return;
        }
        if (PickleValue *dict = top(PickleValue::Kind::Dict))
            dict->items.insert(dict->items.end(), items.begin(), items.end());
    }
    void memoize(std::uint64_t key)
    {
        if (m_stack.empty()) {
            damaged("the memo stores from an empty stack");
            return;
        }
        m_memo[key] = m_stack.back();
    }
    void recall(std::uint64_t key)
    {
        const auto it = m_memo.find(key);
        if (it == m_memo.end()) {
            damaged("the memo has no entry " + std::to_string(key));
            return;
        }
        if (m_stack.size() >= maxValues) {
            fail("the pickle's stack grows past " + std::to_string(maxValues) + " values");
            return;
        }
        m_stack.push_back(it->second);
    }

    void global(const std::string &module, const std::string &name)
    {
        // Names are quoted in messages, which are UTF-8.
        const std::string full = fromUtf8(module) && fromUtf8(name) ? module + "." + name : "a name that is not UTF-8";
        const bool allowed = full == "collections.OrderedDict" || full == "torch._utils._rebuild_tensor_v2"
            || (module == "torch" && isStorageType(name));
        if (!allowed) {
            fail("the pickle names " + full + ", which a state_dict does not hold (rnnlab's reader runs no code)",
                 full);
            return;
        }
        PickleValue v;
        v.kind = PickleValue::Kind::Global;
        v.text = full;
        push(std::move(v));
    }

    //! Ints of a Tuple (a tensor's size or stride), or nullopt.
    std::optional<std::vector<std::int64_t>> ints(int index)
    {
        const PickleValue &tuple = value(index);
        if (tuple.kind != PickleValue::Kind::Tuple || tuple.items.size() > maxDimensions)
            return std::nullopt;
        std::vector<std::int64_t> out;
        for (int item : tuple.items) {
            if (value(item).kind != PickleValue::Kind::Int)
                return std::nullopt;
            out.push_back(value(item).integer);
        }
        return out;
    }

    void reduce()
    {
        const auto args = pop();
        const auto callable = args ? pop() : std::nullopt;
        if (!callable)
            return;
        const PickleValue &f = value(*callable);
        if (f.kind != PickleValue::Kind::Global || value(*args).kind != PickleValue::Kind::Tuple) {
            damaged("REDUCE calls " + PickleValue::describe(f.kind) + " with "
                    + PickleValue::describe(value(*args).kind));
            return;
        }
        const std::vector<int> a = value(*args).items;
        if (f.text == "collections.OrderedDict") {
            if (!a.empty()) {
                fail("the pickle builds an OrderedDict from arguments, which torch.save does not write");
                return;
            }
            pushKind(PickleValue::Kind::Dict);
            return;
        }
        if (f.text == "torch._utils._rebuild_tensor_v2") {
            // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
            const auto shape = a.size() >= 6 ? ints(a[2]) : std::nullopt;
            const auto stride = a.size() >= 6 ? ints(a[3]) : std::nullopt;
            if (a.size() < 6 || a.size() > 7 || value(a[0]).kind != PickleValue::Kind::Storage
                || value(a[1]).kind != PickleValue::Kind::Int || !shape || !stride || shape->size() != stride->size()) {
                fail("the pickle rebuilds a tensor from arguments that are not (storage, offset, size, stride, …): "
                     "not a tensor as torch.save writes it");
                return;
            }
            PickleValue v;
            v.kind = PickleValue::Kind::Tensor;
            v.items = {a[0]};
            v.offset = value(a[1]).integer;
            v.shape = *shape;
            v.stride = *stride;
            push(std::move(v));
            return;
        }
        fail("the pickle calls " + f.text + ", which a state_dict does not (rnnlab's reader runs no code)", f.text);
    }

    void persistentId()
    {
        const auto id = pop();
        if (!id)
            return;
        const PickleValue &pid = value(*id);
        const auto is = [&](std::size_t i, PickleValue::Kind kind) { return value(pid.items[i]).kind == kind; };
        if (pid.kind != PickleValue::Kind::Tuple || pid.items.size() != 5 || !is(0, PickleValue::Kind::String)
            || value(pid.items[0]).text != "storage" || !is(1, PickleValue::Kind::Global)
            || !is(2, PickleValue::Kind::String) || !is(3, PickleValue::Kind::String) || !is(4, PickleValue::Kind::Int)
            || value(pid.items[4]).integer < 0 || value(pid.items[1]).text.rfind("torch.", 0) != 0
            || !isStorageKey(value(pid.items[2]).text)) {
            fail("the pickle refers to an outside object that is not a tensor storage ('storage', type, key, "
                 "location, size)");
            return;
        }
        PickleValue v;
        v.kind = PickleValue::Kind::Storage;
        v.text = value(pid.items[1]).text.substr(6);
        v.storageKey = value(pid.items[2]).text;
        v.integer = value(pid.items[4]).integer;
        push(std::move(v));
    }

    void build()
    {
        const auto state = pop();
        if (!state)
            return;
        PickleValue *dict = top(PickleValue::Kind::Dict);
        if (!dict)
            return;
        if (value(*state).kind != PickleValue::Kind::Dict) {
            fail("the pickle sets the state of a dict to " + PickleValue::describe(value(*state).kind)
                 + ", which torch.save does not write");
            return;
        }
        dict->attributes = *state;
    }

    void step()
    {
        m_opcodeAt = m_at;
        const char *p = nullptr;
        if (!take(1, &p))
            return;
        const auto opcode = static_cast<unsigned char>(*p);
        using K = PickleValue::Kind;
        switch (opcode) {
        case 0x80: // PROTO
            if (const auto protocol = unsignedLe(1); protocol && (*protocol < 2 || *protocol > 5))
                fail("the pickle is protocol " + std::to_string(*protocol) + "; torch.save writes protocol 2");
            return;
        case 0x95: // FRAME (protocol 4): a length to skip
            unsignedLe(8);
            return;
        case '.': // STOP
            if (m_stack.empty())
                return damaged("STOP with an empty stack");
            m_document.root = m_stack.back();
            m_done = true;
            return;
        case '(': // MARK
            m_marks.push_back(m_stack.size());
            return;
        case '0': // POP
            pop();
            return;
        case '1': // POP_MARK
            popMark();
            return;
        case '2': // DUP
            if (m_stack.empty())
                return damaged("DUP with an empty stack");
            m_stack.push_back(m_stack.back());
            return;
        case 'N': pushKind(K::None); return;
        case 0x88: // NEWTRUE
        case 0x89: { // NEWFALSE
            PickleValue v;
            v.kind = K::Bool;
            v.integer = opcode == 0x88;
            push(std::move(v));
            return;
        }
        case 'J': // BININT: signed 32-bit
        case 'K': // BININT1: unsigned 8-bit
        case 'M': { // BININT2: unsigned 16-bit
            const std::size_t bytes = opcode == 'J' ? 4 : opcode == 'K' ? 1 : 2;
            const auto raw = unsignedLe(bytes);
            if (!raw)
                return;
            PickleValue v;
            v.kind = K::Int;
            v.integer = opcode == 'J' ? static_cast<std::int32_t>(static_cast<std::uint32_t>(*raw))
                                      : static_cast<std::int64_t>(*raw);
            push(std::move(v));
            return;
        }
        case 0x8a: { // LONG1: two's complement, little-endian, n bytes
            const auto length = unsignedLe(1);
            if (!length)
                return;
            if (*length > 8)
                return fail("the pickle holds an integer of " + std::to_string(*length)
                            + " bytes, larger than any a state_dict needs");
            const auto raw = unsignedLe(static_cast<std::size_t>(*length));
            if (!raw)
                return;
            std::uint64_t bits = *raw;
            if (*length > 0 && *length < 8 && (bits >> (8 * *length - 1)) & 1u)
                bits |= ~std::uint64_t(0) << (8 * *length); // sign-extend
            PickleValue v;
            v.kind = K::Int;
            v.integer = static_cast<std::int64_t>(bits);
            push(std::move(v));
            return;
        }
        case 'G': { // BINFLOAT: big-endian IEEE double
            const char *b = nullptr;
            if (!take(8, &b))
                return;
            std::uint64_t bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = (bits << 8) | static_cast<unsigned char>(b[i]);
            PickleValue v;
            v.kind = K::Float;
            v.number = std::bit_cast<double>(bits);
            push(std::move(v));
            return;
        }
        case 'X': // BINUNICODE
        case 0x8c: // SHORT_BINUNICODE
        case 0x8d: // BINUNICODE8
        case 'B': // BINBYTES
        case 'C': // SHORT_BINBYTES
        case 0x8e: { // BINBYTES8
            const bool text = opcode == 'X' || opcode == 0x8c || opcode == 0x8d;
            const std::size_t width = (opcode == 0x8c || opcode == 'C') ? 1
                : (opcode == 0x8d || opcode == 0x8e)                    ? 8
                                                                        : 4;
            const auto length = unsignedLe(width);
            const auto bytes = length ? bytesOf(*length) : std::nullopt;
            if (!bytes)
                return;
            PickleValue v;
            v.kind = text ? K::String : K::Bytes;
            v.text = *bytes;
            push(std::move(v));
            return;
        }
        case ')': tuple({}); return;
        case 0x85: // TUPLE1
        case 0x86: // TUPLE2
        case 0x87: // TUPLE3
            tupleOf(opcode - 0x84u);
            return;
        case 't': // TUPLE
            if (auto items = popMark())
                tuple(std::move(*items));
            return;
        case ']': // EMPTY_LIST
        case 'l': { // LIST
            std::vector<int> items;
            if (opcode == 'l') {
                auto marked = popMark();
                if (!marked)
                    return;
                items = std::move(*marked);
            }
            PickleValue v;
            v.kind = K::List;
            v.items = std::move(items);
            push(std::move(v));
            return;
        }
        case 'a': // APPEND
            if (const auto item = pop())
                appendItems({*item});
            return;
        case 'e': // APPENDS
            if (auto items = popMark())
                appendItems(std::move(*items));
            return;
        case '}': // EMPTY_DICT
        case 'd': { // DICT
            std::vector<int> items;
            if (opcode == 'd') {
                auto marked = popMark();
                if (!marked)
                    return;
                items = std::move(*marked);
            }
            if (items.size() % 2 != 0)
                return damaged("DICT has a key without a value");
            PickleValue v;
            v.kind = K::Dict;
            v.items = std::move(items);
            push(std::move(v));
            return;
        }
        case 's': { // SETITEM
            const auto item = pop();
            const auto key = item ? pop() : std::nullopt;
            if (key)
                setItems({*key, *item});
            return;
        }
        case 'u': // SETITEMS
            if (auto items = popMark())
                setItems(std::move(*items));
            return;
        case 'c': { // GLOBAL "module\nname\n"
            const auto module = line();
            const auto name = module ? line() : std::nullopt;
            if (name)
                global(*module, *name);
            return;
        }
        case 0x93: { // STACK_GLOBAL (protocol 4): module and name from the stack
            const auto name = pop();
            const auto module = name ? pop() : std::nullopt;
            if (!module)
                return;
            if (value(*module).kind != K::String || value(*name).kind != K::String)
                return damaged("STACK_GLOBAL takes two strings");
            global(value(*module).text, value(*name).text);
            return;
        }
        case 'R': reduce(); return;
        case 'b': build(); return;
        case 'Q': persistentId(); return;
        case 'q': // BINPUT
        case 'r': // LONG_BINPUT
            if (const auto key = unsignedLe(opcode == 'q' ? 1 : 4))
                memoize(*key);
            return;
        case 0x94: // MEMOIZE (protocol 4): the next free index
            memoize(m_memo.size());
            return;
        case 'h': // BINGET
        case 'j': // LONG_BINGET
            if (const auto key = unsignedLe(opcode == 'h' ? 1 : 4))
                recall(*key);
            return;
        default: {
            static const char hex[] = "0123456789abcdef";
            std::string name = "0x";
            name += hex[opcode >> 4];
            name += hex[opcode & 15];
            if (opcode >= 0x20 && opcode < 0x7f)
                name += std::string(" ('") + static_cast<char>(opcode) + "')";
            fail("the pickle uses opcode " + name + " at byte " + std::to_string(m_opcodeAt)
                 + ", which a state_dict saved by torch.save does not");
        }
        }
    }

    const char *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
    std::size_t m_opcodeAt = 0;
    bool m_done = false;
    PickleReader::Failure m_failure;
    PickleDocument m_document;
    std::vector<int> m_stack; // indices into m_document.values
    std::vector<std::size_t> m_marks; // stack sizes at each MARK
    std::unordered_map<std::uint64_t, int> m_memo;
};

} // namespace

std::optional<PickleDocument> PickleReader::read(const QByteArray &bytes, Failure *failure)
{
    return Unpickler(bytes).run(failure);
}

} // namespace rnnlab
