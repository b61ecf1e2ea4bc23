// SPDX-License-Identifier: MIT
// The zip format as PKWARE's APPNOTE.TXT (6.3) describes it: the end of central directory record
// (and, when its fields overflow or torch.save wrote one anyway, the zip64 end of central
// directory record its locator points to), then one central directory header per entry, each
// pointing to a local file header followed by the entry's data.
#include "app/session/ziparchive.h"

#include "engine/unicode.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace rnnlab {

namespace {

constexpr std::uint32_t localHeaderSignature = 0x04034b50;
constexpr std::uint32_t centralHeaderSignature = 0x02014b50;
constexpr std::uint32_t endSignature = 0x06054b50;
constexpr std::uint32_t zip64EndSignature = 0x06064b50;
constexpr std::uint32_t zip64LocatorSignature = 0x07064b50;
constexpr std::size_t localHeaderSize = 30;
constexpr std::size_t centralHeaderSize = 46;
constexpr std::size_t endSize = 22;
constexpr std::size_t zip64LocatorSize = 20;
constexpr std::size_t zip64EndSize = 56;

//! An entry's name as a message may quote it: names are bytes (UTF-8 or CP437), messages UTF-8.
std::string shown(const std::string &name)
{
    if (fromUtf8(name))
        return name;
    std::string text;
    for (unsigned char c : name)
        text += c < 0x80 ? std::string(1, static_cast<char>(c)) : std::string("?");
    return text;
}

//! Little-endian reads at an offset the caller has checked against the size.
std::uint64_t readLe(const char *data, std::size_t offset, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(data[offset + static_cast<std::size_t>(i)]);
    return value;
}

//! Whether [offset, offset + length) lies within \a size, without overflowing.
bool fits(std::uint64_t offset, std::uint64_t length, std::uint64_t size)
{
    return offset <= size && length <= size - offset;
}

//! The zip64 extended information extra field (id 1) of a central header: each field that the
//! header set to all ones is there, in this order.
bool readZip64Extra(const char *data, std::size_t extra, std::size_t extraLength, ZipArchive::Entry &entry)
{
    std::size_t at = extra;
    const std::size_t end = extra + extraLength;
    while (at + 4 <= end) {
        const auto id = readLe(data, at, 2);
        const auto length = static_cast<std::size_t>(readLe(data, at + 2, 2));
        if (at + 4 + length > end)
            return false;
        if (id == 1) {
            std::size_t field = at + 4;
            const std::size_t fieldEnd = field + length;
            for (std::uint64_t *value : {&entry.size, &entry.compressedSize, &entry.localHeaderOffset}) {
                if (*value != 0xffffffffu)
                    continue;
                if (field + 8 > fieldEnd)
                    return false;
                *value = readLe(data, field, 8);
                field += 8;
            }
            return true;
        }
        at += 4 + length;
    }
    // No zip64 field: fine unless a header field said there is one.
    return entry.size != 0xffffffffu && entry.compressedSize != 0xffffffffu && entry.localHeaderOffset != 0xffffffffu;
}

} // namespace

bool ZipArchive::looksLikeZip(const QByteArray &bytes)
{
    return bytes.size() >= 4 && readLe(bytes.constData(), 0, 4) == localHeaderSignature;
}

std::optional<ZipArchive> ZipArchive::open(const QByteArray &bytes, std::string *error)
{
    const char *data = bytes.constData();
    const auto size = static_cast<std::uint64_t>(bytes.size());
    // The end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it.
    std::optional<std::uint64_t> end;
    if (size >= endSize) {
        const std::uint64_t lowest = size - endSize > 0xffff ? size - endSize - 0xffff : 0;
        for (std::uint64_t at = size - endSize + 1; at-- > lowest;) {
            if (readLe(data, at, 4) == endSignature && at + endSize + readLe(data, at + 20, 2) == size) {
                end = at;
                break;
            }
        }
    }
    if (!end) {
        *error = looksLikeZip(bytes) ? "the zip archive is cut short: its central directory (the list of the files "
                                       "it holds, at the end) is missing; the file was truncated or is damaged"
                                     : "this is not a zip archive";
        return std::nullopt;
    }
    if (readLe(data, *end + 4, 2) != 0 || readLe(data, *end + 6, 2) != 0) {
        *error = "the zip archive is split over several disks, which rnnlab does not read";
        return std::nullopt;
    }
    std::uint64_t count = readLe(data, *end + 10, 2);
    std::uint64_t directorySize = readLe(data, *end + 12, 4);
    std::uint64_t directoryOffset = readLe(data, *end + 16, 4);
    if (*end >= zip64LocatorSize && readLe(data, *end - zip64LocatorSize, 4) == zip64LocatorSignature) {
        const std::uint64_t record = readLe(data, *end - zip64LocatorSize + 8, 8);
        if (!fits(record, zip64EndSize, size) || readLe(data, record, 4) != zip64EndSignature) {
            *error = "the zip archive's zip64 end record is missing or damaged";
            return std::nullopt;
        }
        count = readLe(data, record + 32, 8);
        directorySize = readLe(data, record + 40, 8);
        directoryOffset = readLe(data, record + 48, 8);
    }
    if (!fits(directoryOffset, directorySize, size) || count > directorySize / centralHeaderSize) {
        *error = "the zip archive's central directory lies outside the file: it was truncated or is damaged";
        return std::nullopt;
    }

    ZipArchive archive;
    archive.m_bytes = bytes;
    archive.m_entries.reserve(static_cast<std::size_t>(count));
    std::uint64_t at = directoryOffset;
    const std::uint64_t directoryEnd = directoryOffset + directorySize;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (!fits(at, centralHeaderSize, directoryEnd) || readLe(data, at, 4) != centralHeaderSignature) {
            *error = "the zip archive's central directory is damaged (entry " + std::to_string(i + 1) + ")";
            return std::nullopt;
        }
        Entry entry;
        entry.flags = static_cast<std::uint16_t>(readLe(data, at + 8, 2));
        entry.method = static_cast<std::uint16_t>(readLe(data, at + 10, 2));
        entry.crc32 = static_cast<std::uint32_t>(readLe(data, at + 16, 4));
        entry.compressedSize = readLe(data, at + 20, 4);
        entry.size = readLe(data, at + 24, 4);
        const std::uint64_t nameLength = readLe(data, at + 28, 2);
        const std::uint64_t extraLength = readLe(data, at + 30, 2);
        const std::uint64_t commentLength = readLe(data, at + 32, 2);
        entry.localHeaderOffset = readLe(data, at + 42, 4);
        const std::uint64_t variable = nameLength + extraLength + commentLength;
        if (!fits(at + centralHeaderSize, variable, directoryEnd)) {
            *error = "the zip archive's central directory is damaged (entry " + std::to_string(i + 1) + ")";
            return std::nullopt;
        }
        entry.name.assign(data + at + centralHeaderSize, static_cast<std::size_t>(nameLength));
        if (!readZip64Extra(data, static_cast<std::size_t>(at + centralHeaderSize + nameLength),
                            static_cast<std::size_t>(extraLength), entry)) {
            *error = "the zip archive's entry " + shown(entry.name) + " has a damaged zip64 field";
            return std::nullopt;
        }
        archive.m_entries.push_back(std::move(entry));
        at += centralHeaderSize + variable;
    }
    return archive;
}

const ZipArchive::Entry *ZipArchive::find(std::string_view name) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == name; });
    return it == m_entries.end() ? nullptr : &*it;
}

std::optional<QByteArray> ZipArchive::read(const Entry &entry, std::uint64_t maxSize, std::string *error) const
{
    const char *data = m_bytes.constData();
    const auto size = static_cast<std::uint64_t>(m_bytes.size());
    const std::string name = "the zip archive's entry " + shown(entry.name);
    if (entry.flags & 1u) {
        *error = name + " is encrypted";
        return std::nullopt;
    }
    if (entry.method != 0 && entry.method != 8) {
        *error = name + " is compressed with method " + std::to_string(entry.method)
            + "; rnnlab reads stored (0) and deflated (8) entries, as torch.save and zip write them";
        return std::nullopt;
    }
    if (entry.size > maxSize || entry.size > std::uint64_t(std::numeric_limits<int>::max())) {
        *error = name + " is " + std::to_string(entry.size) + " bytes, more than the " + std::to_string(maxSize)
            + " rnnlab reads";
        return std::nullopt;
    }
    const std::uint64_t header = entry.localHeaderOffset;
    if (!fits(header, localHeaderSize, size) || readLe(data, header, 4) != localHeaderSignature) {
        *error = name + " points to a damaged local header";
        return std::nullopt;
    }
    // The local header's own name and extra lengths decide where the data starts (torch.save pads
    // the extra field so that every storage starts on a 64-byte boundary).
    const std::uint64_t start = header + localHeaderSize + readLe(data, header + 26, 2) + readLe(data, header + 28, 2);
    if (!fits(start, entry.compressedSize, size)) {
        *error = name + " runs past the end of the file: it was truncated";
        return std::nullopt;
    }
    QByteArray out;
    if (entry.method == 0) {
        if (entry.compressedSize != entry.size) {
            *error = name + " is stored uncompressed but its two sizes differ";
            return std::nullopt;
        }
        out = m_bytes.mid(static_cast<qsizetype>(start), static_cast<qsizetype>(entry.size));
    } else {
        out.resize(static_cast<qsizetype>(entry.size));
        z_stream stream{};
        // Negative window bits: raw deflate, as zip stores it (no zlib header or Adler-32).
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            *error = "zlib could not start inflating " + name;
            return std::nullopt;
        }
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data + start));
        stream.avail_in = static_cast<uInt>(std::min<std::uint64_t>(entry.compressedSize, 0xffffffffu));
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = static_cast<uInt>(entry.size);
        const int status = inflate(&stream, Z_FINISH);
        const std::uint64_t produced = stream.total_out;
        inflateEnd(&stream);
        if (status != Z_STREAM_END || produced != entry.size) {
            *error = name + " does not inflate to its " + std::to_string(entry.size)
                + " bytes: the deflated data is damaged";
            return std::nullopt;
        }
    }
    const auto crc = static_cast<std::uint32_t>(
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.constData()), static_cast<uInt>(out.size())));
    if (crc != entry.crc32) {
        *error = name + " fails its CRC-32 check: the file is damaged";
        return std::nullopt;
    }
    return out;
}

} // namespace rnnlab
