// SPDX-License-Identifier: MIT
#include "app/session/sessionfile.h"

#include "app/session/atomicfile.h"
#include "app/session/inputfile.h"
#include "app/session/sessionwriter.h"

#include <QByteArray>

namespace rnnlab {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

SessionParseResult SessionFile::parse(const QByteArray &text)
{
    return SessionReader::parse(text);
}

SessionParseResult SessionFile::read(const QString &path)
{
    // Not a FIFO, not a device, not larger than any session can be (InputFile::maxBytes).
    QByteArray bytes;
    if (const QString error = InputFile::read(path, &bytes); !error.isEmpty()) {
        SessionParseResult result;
        result.problems.push_back({"", str(error)});
        return result;
    }
    return parse(bytes);
}

std::string SessionFile::toJson(const Session &session, const SavedHistory &history, const ViewState *view)
{
    return SessionWriter::toJson(session, history, view);
}

QString SessionFile::write(const QString &path, const Session &session, const SavedHistory &history,
                           const ViewState *view)
{
    const std::string json = toJson(session, history, view);
    if (json.empty()) // JsonWriter::finish(): a number was not finite
        return QStringLiteral("cannot save %1: the session holds a number that is not finite (inf or nan), which a "
                              "session file cannot hold and which would not load again; nothing was written")
            .arg(path);
    return AtomicFile::write(path, QByteArray(json.data(), static_cast<qsizetype>(json.size())));
}

} // namespace rnnlab
