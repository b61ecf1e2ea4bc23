// SPDX-License-Identifier: MIT
#include "app/session/picklevalue.h"

namespace rnnlab {

std::string PickleValue::describe(Kind kind)
{
    switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return "a bool";
    case Kind::Int: return "an integer";
    case Kind::Float: return "a float";
    case Kind::String: return "a string";
    case Kind::Bytes: return "bytes";
    case Kind::Tuple: return "a tuple";
    case Kind::List: return "a list";
    case Kind::Dict: return "a dict";
    case Kind::Global: return "a class";
    case Kind::Storage: return "a storage";
    case Kind::Tensor: return "a tensor";
    }
    return "a value";
}

int PickleDocument::lookup(int dict, std::string_view key) const
{
    const PickleValue &d = at(dict);
    if (d.kind != PickleValue::Kind::Dict)
        return -1;
    for (std::size_t i = 0; i + 1 < d.items.size(); i += 2) {
        const PickleValue &k = at(d.items[i]);
        if (k.kind == PickleValue::Kind::String && k.text == key)
            return d.items[i + 1];
    }
    return -1;
}

} // namespace rnnlab
