// SPDX-License-Identifier: MIT
// A restricted unpickler: it reads the pickle (protocol 2 as torch.save writes it; the opcodes of
// protocols 3–5 that carry plain data too) of a PyTorch state_dict — dicts, lists, tuples,
// strings, numbers, collections.OrderedDict and the tensors torch._utils._rebuild_tensor_v2
// rebuilds from storages named by persistent ids — into plain values. It runs no Python and
// imports nothing: any other global (a class such as __main__.Net or torch.nn.modules.rnn.LSTM,
// a function) is refused by its name, as is every opcode it does not know. Not a general pickle
// reader: no objects, no sets, no bytearrays, no protocol 0/1 text opcodes.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rnnlab {

//! One value of an unpickled document. Values refer to each other by index into
//! PickleDocument::values, so a shared (memoized) value is stored once and a cycle costs nothing.
struct PickleValue
{
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        String,
        Bytes,
        Tuple,
        List,
        Dict,
        //! A global the reader allows (torch.FloatStorage, …): text holds "module.name".
        Global,
        //! A persistent id ('storage', torch.XStorage, key, location, numel): text holds the
        //! storage type's name ("FloatStorage"), storageKey the key (the entry data/<key>).
        Storage,
        //! _rebuild_tensor_v2(storage, offset, size, stride, …): items[0] is the Storage.
        Tensor,
    };
    Kind kind = Kind::None;
    std::int64_t integer = 0; // Bool (0/1), Int; Storage: its number of elements
    double number = 0.0; // Float
    std::string text; // String (UTF-8), Bytes, Global, Storage (type name)
    std::string storageKey; // Storage
    //! Tuple, List: the elements; Dict: key, value, key, value, … in insertion order;
    //! Tensor: the storage.
    std::vector<int> items;
    std::int64_t offset = 0; // Tensor: storage offset, in elements
    std::vector<std::int64_t> shape; // Tensor: size
    std::vector<std::int64_t> stride; // Tensor: stride, in elements
    int attributes = -1; // Dict: the state BUILD gave it (a Dict: state_dict's _metadata), or -1

    //! "a list", "a string", "a tensor", … for messages.
    static std::string describe(Kind kind);
};

struct PickleDocument
{
    std::vector<PickleValue> values;
    int root = -1;

    const PickleValue &at(int index) const { return values.at(static_cast<std::size_t>(index)); }
    //! The value of \a key in the Dict \a dict, or -1.
    int lookup(int dict, std::string_view key) const;
};

class PickleReader
{
public:
    struct Failure
    {
        std::string message; // a sentence
        //! The refused global ("__main__.Net"), when a global was the reason; empty otherwise.
        std::string global;
    };

    //! Unpickles \a bytes. nullopt with \a failure when the pickle is malformed, truncated, or
    //! names anything a state_dict does not hold.
    static std::optional<PickleDocument> read(const QByteArray &bytes, Failure *failure);
};

} // namespace rnnlab
