// SPDX-License-Identifier: MIT
// What `torch.save(model.state_dict(), "model.pt")` wrote, read without PyTorch: the .pt file is a
// zip archive (ZipArchive) holding <name>/data.pkl — a pickle (PickleReader) of an OrderedDict
// from parameter names to tensors, each rebuilt from a storage that a persistent id names — and
// the storages themselves as raw little-endian arrays, <name>/data/<key>. The result is the
// tensors under their names, in the file's order, and the module names the state_dict's
// _metadata lists (so that a submodule without weights, such as an nn.Dropout, can be named).
// Not here: what the tensors mean (StateDictImport infers the model). Anything that is not a
// state_dict of float32/float64 tensors — a truncated zip, a plain pickle, a whole pickled module,
// an optimizer's state_dict, a TorchScript archive, the pre-1.6 format — is refused with a message
// that says what the file is and what to save instead.
#pragma once

#include "engine/session.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace rnnlab {

struct TorchStateDict
{
    //! The tensors in the file's order, values converted to double (shape {} for a scalar).
    std::vector<NamedTensor> tensors;
    //! The module paths _metadata lists ("" for the model itself, "rnn", "drop", "fc", …).
    std::vector<std::string> modules;
    //! What was assumed or converted (float64 storages, a checkpoint's entry), for the user.
    std::vector<std::string> notes;
    //! Why the file cannot be read (one sentence each); empty when it was.
    std::vector<std::string> problems;
};

class TorchStateDictReader
{
public:
    //! Files larger than this are refused before they are read: far beyond any model rnnlab shows.
    static constexpr qint64 maxFileBytes = qint64(512) << 20;

    //! Whether \a bytes look like what torch.save writes (a zip archive) rather than, say, JSON.
    static bool looksLikeTorchSave(const QByteArray &bytes);
    //! Reads the state_dict in \a bytes.
    static TorchStateDict parse(const QByteArray &bytes);
    //! Reads \a path and parses it.
    static TorchStateDict read(const QString &path);
};

} // namespace rnnlab
