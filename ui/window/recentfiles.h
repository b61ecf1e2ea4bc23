// SPDX-License-Identifier: MIT
// File ▸ Open recent's list, kept in QSettings (files/recent): the last eight sessions opened or
// saved, newest first, without files that are gone (a file moved or deleted since is pruned when
// the list is read, and the pruned list is stored). Not the menu (SessionActions builds it).
#pragma once

#include <QStringList>

namespace rnnlab {

class RecentFiles
{
public:
    static constexpr int maximum = 8;

    //! The list, pruned of files that no longer exist (and stored so).
    static QStringList load();
    //! Puts \a path first (once), keeping at most maximum.
    static void add(const QString &path);
    //! Empties the list (Open recent ▸ Clear).
    static void clear();
};

} // namespace rnnlab
