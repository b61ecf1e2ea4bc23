// SPDX-License-Identifier: MIT
// The layout is torch/serialization.py's _save (PyTorch 1.13): the zip's top folder is the file's
// name without extension ("archive" when saved to a buffer), data.pkl the pickle, data/<key> one
// storage each, version "3"; PyTorch ≥ 2.0 adds byteorder ("little" or "big").
#include "app/session/torchstatedict.h"

#include "app/session/inputfile.h"
#include "app/session/picklereader.h"
#include "app/session/ziparchive.h"
#include "engine/unicode.h"

#include <bit>
#include <map>

namespace rnnlab {

namespace {

//! More numbers than this in all tensors together is no model rnnlab can show (its own limits
//! stop far earlier); the cap keeps a file of many views of one large storage from exhausting memory.
constexpr std::int64_t maxTotalElements = std::int64_t(1) << 25;
constexpr std::uint64_t maxPickleBytes = std::uint64_t(64) << 20;

const char *const saveStateDict = "save the weights with torch.save(model.state_dict(), \"model.pt\")";

std::string inQuotes(const std::string &key)
{
    return "'" + key + "'";
}

//! One little-endian element of a FloatStorage or DoubleStorage, as a double.
double element(const char *p, bool isDouble)
{
    std::uint64_t bits = 0;
    const int bytes = isDouble ? 8 : 4;
    for (int i = bytes - 1; i >= 0; --i)
        bits = (bits << 8) | static_cast<unsigned char>(p[i]);
    return isDouble ? std::bit_cast<double>(bits) : double(std::bit_cast<float>(static_cast<std::uint32_t>(bits)));
}

class Reader
{
public:
    Reader(const ZipArchive &zip, const PickleDocument &document, std::string prefix, TorchStateDict &result)
        : m_zip(zip)
        , m_doc(document)
        , m_prefix(std::move(prefix))
        , m_result(result)
    { }

    //! The tensors of the Dict \a dict.
    void readTensors(int dict)
    {
        const PickleValue &d = m_doc.at(dict);
        for (std::size_t i = 0; i + 1 < d.items.size(); i += 2) {
            const PickleValue &key = m_doc.at(d.items[i]);
            if (key.kind != PickleValue::Kind::String || !fromUtf8(key.text)) {
                problem("the state_dict has a key that is "
                        + (key.kind == PickleValue::Kind::String ? std::string("not valid UTF-8")
                                                                 : PickleValue::describe(key.kind))
                        + ", not a name");
                continue;
            }
            const PickleValue &value = m_doc.at(d.items[i + 1]);
            if (value.kind != PickleValue::Kind::Tensor) {
                problem(inQuotes(key.text) + " is " + PickleValue::describe(value.kind)
                        + ", not a tensor: a state_dict maps parameter names to tensors");
                continue;
            }
            readTensor(key.text, value);
        }
    }

private:
    void problem(const std::string &message)
    {
        // The first few say enough; a foreign file could otherwise produce thousands.
        if (m_result.problems.size() < 8)
            m_result.problems.push_back(message);
    }

    void readTensor(const std::string &name, const PickleValue &tensor)
    {
        const PickleValue &storage = m_doc.at(tensor.items.at(0));
        const bool isDouble = storage.text == "DoubleStorage";
        if (storage.text != "FloatStorage" && !isDouble) {
            problem(inQuotes(name) + " is a torch." + storage.text
                    + " tensor: rnnlab reads float32 (and float64) weights; convert with model.float() before saving");
            return;
        }
        if (isDouble && !m_notedDouble) {
            m_notedDouble = true;
            m_result.notes.push_back("the weights are stored in float64; rnnlab computes in float32, as PyTorch "
                                     "does after model.float(): each weight is rounded to the nearest float32");
        }
        const QByteArray *bytes = storageBytes(storage, isDouble ? 8 : 4);
        if (!bytes)
            return;
        std::int64_t count = 1;
        std::int64_t last = tensor.offset; // the largest element index the view reaches
        bool bad = tensor.offset < 0 || tensor.offset > storage.integer;
        for (std::size_t d = 0; d < tensor.shape.size() && !bad; ++d) {
            const std::int64_t size = tensor.shape[d];
            const std::int64_t stride = tensor.stride[d];
            bad = size < 0 || stride < 0 || size > maxTotalElements || stride > storage.integer;
            if (!bad && size == 0)
                count = 0;
            else if (!bad) {
                count *= size;
                last += (size - 1) * stride;
                bad = count > maxTotalElements;
            }
        }
        // (The bytes, not only the storage's stated size: two tensors may name one key with two sizes.)
        const std::int64_t available = std::min<std::int64_t>(storage.integer, bytes->size() / (isDouble ? 8 : 4));
        if (bad || (count > 0 && last >= available)) {
            problem(inQuotes(name) + " reaches outside its storage (offset, size and stride do not fit its "
                    + std::to_string(storage.integer) + " elements): the file is damaged");
            return;
        }
        m_totalElements += count;
        if (m_totalElements > maxTotalElements) {
            problem("the tensors hold more than " + std::to_string(maxTotalElements)
                    + " numbers in all: far larger than any model rnnlab can show");
            return;
        }
        NamedTensor out;
        out.name = name;
        out.shape = tensor.shape;
        out.values.reserve(static_cast<std::size_t>(count));
        // Row-major over the shape, through the strides (torch saves views as they are).
        std::vector<std::int64_t> index(tensor.shape.size(), 0);
        const int width = isDouble ? 8 : 4;
        for (std::int64_t n = 0; n < count; ++n) {
            std::int64_t at = tensor.offset;
            for (std::size_t d = 0; d < index.size(); ++d)
                at += index[d] * tensor.stride[d];
            out.values.push_back(element(bytes->constData() + at * width, isDouble));
            for (std::size_t d = index.size(); d-- > 0;) {
                if (++index[d] < tensor.shape[d])
                    break;
                index[d] = 0;
            }
        }
        m_result.tensors.push_back(std::move(out));
    }

    //! The bytes of \a storage's entry, read once, at least numel × \a width long.
    const QByteArray *storageBytes(const PickleValue &storage, int width)
    {
        const auto cached = m_storages.find(storage.storageKey);
        if (cached != m_storages.end())
            return &cached->second;
        const std::string entryName = m_prefix + "data/" + storage.storageKey;
        const ZipArchive::Entry *entry = m_zip.find(entryName);
        if (!entry) {
            problem("the archive lacks " + entryName + ", the storage a tensor names: the file is damaged");
            return nullptr;
        }
        const auto needed = static_cast<std::uint64_t>(storage.integer) * static_cast<std::uint64_t>(width);
        if (storage.integer > maxTotalElements || entry->size < needed) {
            problem(entryName + " holds " + std::to_string(entry->size) + " bytes, not the "
                    + std::to_string(storage.integer) + " elements of " + std::to_string(width)
                    + " bytes its tensors need: the file is damaged");
            return nullptr;
        }
        std::string error;
        auto bytes = m_zip.read(*entry, needed + 64, &error);
        if (!bytes) {
            problem(error);
            return nullptr;
        }
        return &m_storages.emplace(storage.storageKey, std::move(*bytes)).first->second;
    }

    const ZipArchive &m_zip;
    const PickleDocument &m_doc;
    std::string m_prefix; // "model/"
    TorchStateDict &m_result;
    std::map<std::string, QByteArray> m_storages;
    std::int64_t m_totalElements = 0;
    bool m_notedDouble = false;
};

//! What a file that is not a zip archive is, as far as its first bytes tell.
std::string describeNotZip(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return "the file is empty";
    if (bytes.startsWith(QByteArrayLiteral("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19")))
        return "this is PyTorch's legacy format (before 1.6, or _use_new_zipfile_serialization=False), which rnnlab "
               "does not read: load it in PyTorch and save it again with torch.save(state_dict, path)";
    if (static_cast<unsigned char>(bytes.at(0)) == 0x80)
        return "this is a plain pickle (pickle.dump), not what torch.save writes (a zip archive): "
            + std::string(saveStateDict);
    if (bytes.trimmed().startsWith('{'))
        return "this is JSON, not what torch.save writes (a zip archive)";
    return "this is not what torch.save writes (a zip archive holding data.pkl): " + std::string(saveStateDict);
}

//! The state_dict inside a checkpoint {"model_state_dict": {…}, "optimizer_state_dict": {…}, "epoch": 3}:
//! the one entry that is a dict of tensors; -1 and a problem when there is none or several.
int checkpointEntry(const PickleDocument &doc, int root, TorchStateDict &result)
{
    const PickleValue &d = doc.at(root);
    std::vector<std::pair<std::string, int>> candidates;
    for (std::size_t i = 0; i + 1 < d.items.size(); i += 2) {
        const PickleValue &key = doc.at(d.items[i]);
        const PickleValue &value = doc.at(d.items[i + 1]);
        if (key.kind != PickleValue::Kind::String || !fromUtf8(key.text) || value.kind != PickleValue::Kind::Dict
            || value.items.empty())
            continue;
        bool tensors = true;
        for (std::size_t j = 1; j < value.items.size() && tensors; j += 2)
            tensors = doc.at(value.items[j]).kind == PickleValue::Kind::Tensor;
        if (tensors)
            candidates.emplace_back(key.text, d.items[i + 1]);
    }
    if (candidates.size() == 1) {
        result.notes.push_back("the file is a checkpoint; its entry " + inQuotes(candidates.front().first)
                               + " is the state_dict read");
        return candidates.front().second;
    }
    return -1;
}

} // namespace

bool TorchStateDictReader::looksLikeTorchSave(const QByteArray &bytes)
{
    return ZipArchive::looksLikeZip(bytes);
}

TorchStateDict TorchStateDictReader::read(const QString &path)
{
    TorchStateDict result;
    QByteArray bytes;
    if (const QString error = InputFile::read(path, &bytes, maxFileBytes); !error.isEmpty()) {
        result.problems.push_back(error.toStdString());
        return result;
    }
    return parse(bytes);
}

TorchStateDict TorchStateDictReader::parse(const QByteArray &bytes)
{
    TorchStateDict result;
    // (An empty zip archive starts with its end record, "PK\5\6": ZipArchive reads it too.)
    if (!bytes.startsWith("PK")) {
        result.problems.push_back(describeNotZip(bytes));
        return result;
    }
    std::string error;
    const std::optional<ZipArchive> zip = ZipArchive::open(bytes, &error);
    if (!zip) {
        result.problems.push_back(error);
        return result;
    }
    // <name>/data.pkl, one folder deep.
    const ZipArchive::Entry *pickle = nullptr;
    bool torchScript = false;
    for (const ZipArchive::Entry &entry : zip->entries()) {
        const std::size_t slash = entry.name.find('/');
        // (Only UTF-8 names: the folder's name is quoted in messages.)
        const bool oneDeep =
            slash != std::string::npos && entry.name.find('/', slash + 1) == std::string::npos && fromUtf8(entry.name);
        if (oneDeep && entry.name.substr(slash + 1) == "data.pkl") {
            if (pickle) {
                result.problems.push_back("the zip archive holds two data.pkl (" + pickle->name + ", " + entry.name
                                          + "): not one file torch.save wrote");
                return result;
            }
            pickle = &entry;
        }
        torchScript = torchScript || (oneDeep && entry.name.substr(slash + 1) == "constants.pkl");
    }
    if (!pickle) {
        result.problems.push_back(torchScript
                                      ? "this is a TorchScript model (torch.jit.save), not a state_dict: "
                                          + std::string(saveStateDict)
                                      : "the zip archive holds no <name>/data.pkl: it is not a file torch.save writes");
        return result;
    }
    const std::string prefix = pickle->name.substr(0, pickle->name.size() - 8); // "model/"
    if (const ZipArchive::Entry *order = zip->find(prefix + "byteorder")) {
        const auto text = zip->read(*order, 16, &error);
        if (!text || text->trimmed() != "little") {
            result.problems.push_back("the storages are not little-endian (" + prefix
                                      + "byteorder), which rnnlab does not read");
            return result;
        }
    }
    const auto pickleBytes = zip->read(*pickle, maxPickleBytes, &error);
    if (!pickleBytes) {
        result.problems.push_back(error);
        return result;
    }
    PickleReader::Failure failure;
    const std::optional<PickleDocument> document = PickleReader::read(*pickleBytes, &failure);
    if (!document) {
        result.problems.push_back(
            failure.global.empty() ? failure.message
                                   : "this is a pickled object, not a state_dict: it names " + failure.global
                    + " (torch.save(model) saves the whole module, with its class, which only Python can rebuild): "
                    + saveStateDict);
        return result;
    }
    int root = document->root;
    const PickleValue &top = document->at(root);
    if (top.kind != PickleValue::Kind::Dict) {
        result.problems.push_back("the file holds " + PickleValue::describe(top.kind)
                                  + (top.kind == PickleValue::Kind::List || top.kind == PickleValue::Kind::Tuple
                                         ? " of " + std::to_string(top.items.size()) + " values"
                                         : std::string())
                                  + ", not a state_dict (a dict from parameter names to tensors): " + saveStateDict);
        return result;
    }
    if (document->lookup(root, "state") >= 0 && document->lookup(root, "param_groups") >= 0) {
        result.problems.push_back("this is an optimizer's state_dict (optimizer.state_dict(): 'state' and "
                                  "'param_groups'), not a model's: "
                                  + std::string(saveStateDict));
        return result;
    }
    bool anyTensor = false;
    for (std::size_t i = 1; i < top.items.size(); i += 2)
        anyTensor = anyTensor || document->at(top.items[i]).kind == PickleValue::Kind::Tensor;
    if (!anyTensor && !top.items.empty()) {
        const int entry = checkpointEntry(*document, root, result);
        if (entry < 0) {
            std::string keys;
            for (std::size_t i = 0; i < top.items.size() && i < 16; i += 2)
                if (document->at(top.items[i]).kind == PickleValue::Kind::String
                    && fromUtf8(document->at(top.items[i]).text))
                    keys += (keys.empty() ? "" : ", ") + inQuotes(document->at(top.items[i]).text);
            result.problems.push_back("the file holds a dict without tensors (" + keys
                                      + "), not a state_dict: " + saveStateDict);
            return result;
        }
        root = entry;
    }
    if (document->at(root).items.empty()) {
        result.problems.push_back("the state_dict is empty: the model has no parameters");
        return result;
    }
    Reader(*zip, *document, prefix, result).readTensors(root);
    if (const int attributes = document->at(root).attributes; attributes >= 0) {
        const int metadata = document->lookup(attributes, "_metadata");
        if (metadata >= 0 && document->at(metadata).kind == PickleValue::Kind::Dict) {
            const PickleValue &m = document->at(metadata);
            for (std::size_t i = 0; i < m.items.size(); i += 2)
                if (document->at(m.items[i]).kind == PickleValue::Kind::String
                    && fromUtf8(document->at(m.items[i]).text))
                    result.modules.push_back(document->at(m.items[i]).text);
        }
    }
    if (!result.problems.empty())
        result.tensors.clear();
    return result;
}

} // namespace rnnlab
