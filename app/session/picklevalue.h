// SPDX-License-Identifier: MIT
// The values PickleReader unpickles (a state_dict's dicts, lists, tuples, strings, numbers, storages
// and tensors) and the document that holds them: plain data, no parsing. Not Python objects: a
// value is one of a few kinds, and refers to other values by index.
#pragma once

#include <cstdint>
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

} // namespace rnnlab
