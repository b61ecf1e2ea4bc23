// SPDX-License-Identifier: MIT
// The Help menu's two documents, each in a window of its own beside the main window (not modal:
// the handbook stays open while you try what it says): the rnnlab Handbook (F1), the README's tour
// as a Markdown file in the app's resources, so it works offline and matches the installed version;
// and the keyboard shortcuts, the table ShortcutList reads off the window when it opens. Not the
// text itself (resources/handbook.md) nor the list of keys (ShortcutList).
#pragma once

#include <QDialog>

class QMainWindow;
class QTextBrowser;

namespace rnnlab {

class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    //! Shows the handbook beside \a window (the one already open, brought to the front), at the
    //! heading \a section ("Notation") when one is given and found, otherwise where it was.
    static HelpWindow *showHandbook(QWidget *window, const QString &section = {});
    //! Shows the keys of \a window, read now.
    static HelpWindow *showShortcuts(QMainWindow *window);

    //! The handbook's Markdown source in the resources.
    static QString handbookUrl();
    QTextBrowser *browser() const { return m_browser; }

private:
    HelpWindow(QWidget *parent, const QString &objectName, const QString &title);
    //! The child of \a parent named \a objectName, made the first time.
    static HelpWindow *find(QWidget *parent, const QString &objectName, const QString &title);

    QTextBrowser *m_browser;
};

} // namespace rnnlab
