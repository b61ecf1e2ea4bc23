// SPDX-License-Identifier: MIT
// A restricted unpickler: it reads the pickle (protocol 2 as torch.save writes it; the opcodes of
// protocols 3–5 that carry plain data too) of a PyTorch state_dict — dicts, lists, tuples,
// strings, numbers, collections.OrderedDict and the tensors torch._utils._rebuild_tensor_v2
// rebuilds from storages named by persistent ids — into plain values. It runs no Python and
// imports nothing: any other global (a class such as __main__.Net or torch.nn.modules.rnn.LSTM,
// a function) is refused by its name, as is every opcode it does not know. Not a general pickle
// reader: no objects, no sets, no bytearrays, no protocol 0/1 text opcodes.
#pragma once

#include "app/session/picklevalue.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace rnnlab {

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
