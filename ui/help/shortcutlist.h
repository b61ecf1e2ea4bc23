// SPDX-License-Identifier: MIT
// Every key a window answers to, read off the window itself: each action with a shortcut in its
// menu bar (with the menu path it is under), the actions added to the window outside the menus, and
// buttons with a key of their own (Apply's Ctrl+Return). Built when Help ▸ Keyboard shortcuts
// opens, so the list cannot drift from the keys. Also the plain text of a menu or label title
// (mnemonic ampersands removed) and its Alt mnemonic. Not the dialog that shows it (HelpWindow).
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QMainWindow;

namespace rnnlab {

class ShortcutList
{
public:
    struct Entry
    {
        QString where; //!< "File", "View ▸ Theme", or the panel a button is on
        QString what; //!< the action's text without its mnemonic ("Save session as…")
        QList<QKeySequence> keys;
    };

    //! Every key of \a window, menus first in menu-bar order, then the window's own actions and
    //! buttons with a shortcut.
    static QList<Entry> collect(const QMainWindow *window);
    //! The keys a focused view reads itself (its keyPressEvent, no action): the graph's cells
    //! (GraphKeyboard::keyPress), a matrix cell (HeatmapInteraction::keyPress), the timeline
    //! (TimelineTrack::keyPressEvent), and the keys every control answers to (Tab, Ctrl+Tab out of
    //! a text box, Space on a button: Accessibility). Kept by hand: a key added to one of those
    //! switches belongs here too.
    static QList<Entry> viewKeys();
    //! \a entries as an HTML table (for a QTextBrowser), with the keys as the desktop writes them.
    static QString html(const QList<Entry> &entries);

    //! \a text without its mnemonic marker: "Save session &as…" → "Save session as…", "&&" → "&".
    static QString plainText(const QString &text);
    //! The letter after a single '&' in \a text, upper case ('A' for "Save session &as…"), or a null QChar.
    static QChar mnemonic(const QString &text);
};

} // namespace rnnlab
