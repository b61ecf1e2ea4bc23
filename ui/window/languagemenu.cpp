// SPDX-License-Identifier: MIT
#include "ui/window/languagemenu.h"

#include "app/language/language.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessionactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace rnnlab {

namespace {

//! Says when \a code takes effect, and restarts rnnlab if asked.
void announce(const QString &code, MainWindow *window)
{
    const QString name = code.isEmpty() ? QCoreApplication::translate("rnnlab::LanguageMenu", "the system's language")
                                        : Language::nativeName(code);
    QMessageBox box(
        QMessageBox::Information, QCoreApplication::translate("rnnlab::LanguageMenu", "Language"),
        QCoreApplication::translate("rnnlab::LanguageMenu", "rnnlab will speak %1 the next time it starts.").arg(name),
        QMessageBox::NoButton, window);
    QPushButton *restart =
        box.addButton(QCoreApplication::translate("rnnlab::LanguageMenu", "&Restart now"), QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("rnnlab::LanguageMenu", "&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    // The session's file, if it has one; close() asks about unsaved changes and may be refused.
    const QString path = window->sessionActions()->currentPath();
    if (!window->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            path.isEmpty() ? QStringList() : QStringList{path});
    QCoreApplication::quit();
}

} // namespace

void LanguageMenu::populate(QMenu *menu, MainWindow *window)
{
    auto *group = new QActionGroup(menu);
    const QString saved = Language::code(Language::saved());
    QStringList choices{QString()}; // the system's
    choices << Language::codes();
    for (const QString &code : choices) {
        QAction *action =
            menu->addAction(code.isEmpty() ? QCoreApplication::translate("rnnlab::LanguageMenu", "&System default")
                                           : Language::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == saved);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [code, window] {
            if (code == Language::code(Language::saved()))
                return;
            Language::save(code);
            announce(code, window);
        });
        if (code.isEmpty())
            menu->addSeparator();
    }
}

} // namespace rnnlab
