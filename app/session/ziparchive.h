// SPDX-License-Identifier: MIT
// A small, strict reader of zip archives held in memory: the central directory (zip64 included,
// which torch.save always writes), and entries stored or deflated (zlib), CRC-checked. Made for
// the files torch.save writes (a .pt: a zip of a pickle and raw tensor storages), which any zip
// tool may have re-packed. Not a general unzipper: no encryption, no multi-disk archives, no
// methods other than stored (0) and deflate (8), and no writing. Every refusal is a sentence
// saying what is wrong; malformed input never reads outside the bytes given.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rnnlab {

class ZipArchive
{
public:
    struct Entry
    {
        std::string name; // as stored ("archive/data/0")
        std::uint16_t method = 0; // 0 stored, 8 deflated
        std::uint16_t flags = 0;
        std::uint32_t crc32 = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t size = 0; // uncompressed
        std::uint64_t localHeaderOffset = 0;
    };

    //! Whether \a bytes start like a zip archive (a local file header, "PK\3\4").
    static bool looksLikeZip(const QByteArray &bytes);

    //! Reads the central directory of \a bytes. nullopt with \a error (a sentence) when \a bytes
    //! are not a zip archive this reader accepts; the entries are not read yet.
    static std::optional<ZipArchive> open(const QByteArray &bytes, std::string *error);

    const std::vector<Entry> &entries() const { return m_entries; }
    //! The entry called \a name, or nullptr.
    const Entry *find(std::string_view name) const;

    //! The uncompressed bytes of \a entry (one of entries()), checked against its size and CRC-32.
    //! nullopt with \a error when it is damaged, compressed by another method, or larger than
    //! \a maxSize bytes.
    std::optional<QByteArray> read(const Entry &entry, std::uint64_t maxSize, std::string *error) const;

private:
    QByteArray m_bytes; // the whole archive (implicitly shared, not copied)
    std::vector<Entry> m_entries;
};

} // namespace rnnlab
