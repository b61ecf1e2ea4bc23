// SPDX-License-Identifier: MIT
#include "app/session/sessionfile.h"

#include "app/session/atomicfile.h"
#include "app/session/sessionwriter.h"

#include <QByteArray>
#include <QFile>

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SessionParseResult result;
        result.problems.push_back({"", "cannot open " + str(path) + ": " + str(file.errorString())});
        return result;
    }
    // A session is small (the weights of at most a few million parameters as text); refuse
    // anything that could not be one rather than reading gigabytes.
    constexpr qint64 maxBytes = qint64(512) << 20;
    if (file.size() > maxBytes) {
        SessionParseResult result;
        result.problems.push_back(
            {"", str(path) + " is " + std::to_string(file.size() >> 20) + " MiB; a session file is at most 512 MiB"});
        return result;
    }
    return parse(file.readAll());
}

std::string SessionFile::toJson(const Session &session, const SavedHistory &history, const ViewState *view)
{
    return SessionWriter::toJson(session, history, view);
}

QString SessionFile::write(const QString &path, const Session &session, const SavedHistory &history,
                           const ViewState *view)
{
    const std::string json = toJson(session, history, view);
    return AtomicFile::write(path, QByteArray(json.data(), static_cast<qsizetype>(json.size())));
}

} // namespace rnnlab
