// SPDX-License-Identifier: MIT
#include "ui/help/helpwindow.h"

#include "ui/help/shortcutlist.h"

#include <QDialogButtonBox>
#include <QMainWindow>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rnnlab {

HelpWindow::HelpWindow(QWidget *parent, const QString &objectName, const QString &title)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    // Readable lines: about 80 characters wide, and no taller than the screen it opens on.
    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(std::max(560, 48 * em), std::max(480, 40 * fontMetrics().height()));
}

HelpWindow *HelpWindow::find(QWidget *parent, const QString &objectName, const QString &title)
{
    auto *help = parent->findChild<HelpWindow *>(objectName, Qt::FindDirectChildrenOnly);
    return help ? help : new HelpWindow(parent, objectName, title);
}

QString HelpWindow::handbookUrl()
{
    return QStringLiteral("qrc:/rnnlab/handbook.md");
}

HelpWindow *HelpWindow::showHandbook(QWidget *window, const QString &section)
{
    HelpWindow *help = find(window, QStringLiteral("handbook"), tr("rnnlab Handbook"));
    if (help->m_browser->source().isEmpty())
        help->m_browser->setSource(QUrl(handbookUrl()), QTextDocument::MarkdownResource);
    if (!section.isEmpty()) {
        // Markdown headings have no anchors in a QTextDocument: find the heading's block instead.
        for (QTextBlock block = help->m_browser->document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && block.text() == section) {
                QTextCursor cursor(block);
                help->m_browser->setTextCursor(cursor);
                // At the top of the view, not merely somewhere in it: scroll to the end first.
                help->m_browser->moveCursor(QTextCursor::End);
                help->m_browser->setTextCursor(cursor);
                help->m_browser->ensureCursorVisible();
                break;
            }
        }
    }
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

HelpWindow *HelpWindow::showShortcuts(QMainWindow *window)
{
    HelpWindow *help = find(window, QStringLiteral("shortcuts"), tr("Keyboard Shortcuts"));
    // Read each time it opens: the list is the window's keys as they are now.
    help->m_browser->setHtml(
        tr("<h3>Keys of the window</h3>%1<h3>Keys of a focused view</h3>%2"
           "<p>Alt with the underlined letter opens a menu or moves to a field.</p>")
            .arg(ShortcutList::html(ShortcutList::collect(window)), ShortcutList::html(ShortcutList::viewKeys())));
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

} // namespace rnnlab
