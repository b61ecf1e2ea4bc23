// SPDX-License-Identifier: MIT
#include "ui/window/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace rnnlab {

namespace {

const QString key = QStringLiteral("files/recent");

} // namespace

QStringList RecentFiles::load()
{
    QSettings settings;
    const QStringList stored = settings.value(key).toStringList();
    QStringList recent;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile())
            recent << path;
    }
    if (recent != stored)
        settings.setValue(key, recent);
    return recent;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = load();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maximum)
        recent.removeLast();
    QSettings().setValue(key, recent);
}

void RecentFiles::clear()
{
    QSettings().remove(key);
}

} // namespace rnnlab
