// SPDX-License-Identifier: MIT
#include "ui/help/shortcutlist.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace rnnlab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rnnlab::ShortcutList", text);
}

void collectMenu(const QMenu *menu, const QString &where, QList<ShortcutList::Entry> &out, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, where + QStringLiteral(" ▸ ") + ShortcutList::plainText(sub->title()), out, seen);
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            out.append({where, ShortcutList::plainText(action->text()), action->shortcuts()});
    }
}

//! The dock (its title) or else the window a widget is on, to say where its button is.
QString placeOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<const QDockWidget *>(w))
            return ShortcutList::plainText(dock->windowTitle());
    }
    return tr("Window");
}

} // namespace

QString ShortcutList::plainText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i; // "&x" is x, "&&" is &
        out += text[i];
    }
    return out;
}

QChar ShortcutList::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] != u'&')
            return text[i + 1].toUpper();
        ++i; // an escaped "&&"
    }
    return {};
}

QList<ShortcutList::Entry> ShortcutList::collect(const QMainWindow *window)
{
    QList<Entry> out;
    QSet<const QAction *> seen;
    for (QAction *action : window->menuBar()->actions()) {
        if (QMenu *menu = action->menu())
            collectMenu(menu, plainText(menu->title()), out, seen);
    }
    // Actions the window holds outside its menus (the walk's keys live on the central widget too,
    // the presentation keys on the window: listed once, under their menu).
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        out.append({tr("Window"), plainText(action->text()), action->shortcuts()});
    }
    // Buttons with a key that is not their mnemonic (Alt+letter is the label's, not a shortcut).
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        const QKeySequence key = button->shortcut();
        if (key.isEmpty() || key == QKeySequence::mnemonic(button->text()) || button->text().isEmpty())
            continue;
        out.append({placeOf(button), plainText(button->text()), {key}});
    }
    return out;
}

QList<ShortcutList::Entry> ShortcutList::viewKeys()
{
    const QString matrix = tr("A matrix (click a cell)");
    const QString timeline = tr("The timeline (click it)");
    const QString graph = tr("The graph (Tab to it)");
    const QString anywhere = tr("Anywhere");
    return {
        {graph, tr("Into the cells; up or down a column"), {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}},
        {graph,
         tr("The same unit one time step earlier or later"),
         {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)}},
        {graph, tr("The first or last time step"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End)}},
        {graph, tr("Leave the cells (then Esc leaves the walk)"), {QKeySequence(Qt::Key_Escape)}},
        {matrix,
         tr("Move to the next cell"),
         {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Up),
          QKeySequence(Qt::Key_Down)}},
        {matrix, tr("First or last column"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End)}},
        {matrix,
         tr("Type a value for the cell"),
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)}},
        {matrix, tr("Stop a drag, close the value editor, or leave the cells"), {QKeySequence(Qt::Key_Escape)}},
        {timeline, tr("One training step earlier or later"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)}},
        {timeline,
         tr("Several steps later or earlier"),
         {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown)}},
        {timeline, tr("Step 0, or the latest step"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End)}},
        {anywhere, tr("Next or previous control"), {QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}},
        {anywhere, tr("Leave a text box (Tab types a tab there)"), {QKeySequence(Qt::CTRL | Qt::Key_Tab)}},
        {anywhere, tr("Press the focused button"), {QKeySequence(Qt::Key_Space)}},
    };
}

QString ShortcutList::html(const QList<Entry> &entries)
{
    QString rows;
    QString lastWhere;
    for (const Entry &entry : entries) {
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys << QStringLiteral("<b>%1</b>").arg(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        const QString where = entry.where == lastWhere ? QString() : entry.where.toHtmlEscaped();
        lastWhere = entry.where;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(where, entry.what.toHtmlEscaped(), keys.join(QStringLiteral(", ")));
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th>"
                          "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>%4</table>")
        .arg(tr("Where"), tr("Action"), tr("Keys"), rows);
}

} // namespace rnnlab
