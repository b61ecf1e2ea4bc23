// SPDX-License-Identifier: MIT
#include "ui/window/accessibility.h"

#include "ui/graph/graphaccessible.h"
#include "ui/graph/translationaccessible.h"
#include "ui/matrices/heatmapaccessible.h"
#include "ui/plots/plotaccessible.h"
#include "ui/teaching/equationaccessible.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>

namespace rnnlab {

namespace {

// Set on the widgets this class named: their name follows them (a tab bar's tabs change).
constexpr char autoNamed[] = "rnnlabAutoNamed";

//! Plain text of a label, a tooltip or a tab: no markup, no mnemonic '&', no trailing ':'.
QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QChar::LineSeparator, u' ');
    text.replace(u'\n', u' ');
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.trimmed();
    while (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

//! A tooltip as a name: its first part ("Zoom in (Ctrl++)" → "Zoom in"), the rest being the
//! description a screen reader reads after it.
QString shortToolTip(const QString &toolTip)
{
    QString text = plain(toolTip);
    for (const QString &stop : {QStringLiteral(" ("), QStringLiteral(": "), QStringLiteral(". ")}) {
        const auto at = text.indexOf(stop);
        if (at >= 3)
            text.truncate(at);
    }
    return text.trimmed();
}

QString buddyText(const QWidget *widget)
{
    const QWidget *window = widget->window();
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == widget && !label->text().isEmpty())
            return plain(label->text());
    }
    return {};
}

//! The title of what \a widget sits in: a group box, a tab, a dock.
QString containerTitle(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *box = qobject_cast<const QGroupBox *>(p); box && !box->title().isEmpty())
            return plain(box->title());
        if (const auto *stack = qobject_cast<const QStackedWidget *>(p->parentWidget())) {
            if (const auto *tabs = qobject_cast<const QTabWidget *>(stack->parentWidget())) {
                const int index = tabs->indexOf(const_cast<QWidget *>(p));
                if (index >= 0 && !tabs->tabText(index).isEmpty())
                    return plain(tabs->tabText(index));
            }
        }
        if (const auto *dock = qobject_cast<const QDockWidget *>(p); dock && !dock->windowTitle().isEmpty())
            return plain(dock->windowTitle());
    }
    return plain(widget->window()->windowTitle());
}

bool needsName(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

//! The widget after (\a forward) or before \a from in the focus chain that Tab would reach.
QWidget *nextTabStop(QWidget *from, bool forward)
{
    QWidget *w = from;
    do {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (w->window() == from->window() && w->isVisible() && w->isEnabled() && !w->focusProxy()
            && (w->focusPolicy() & Qt::TabFocus))
            return w;
    } while (w != from);
    return nullptr;
}

} // namespace

Accessibility::Accessibility(QObject *parent)
    : QObject(parent)
{ }

void Accessibility::install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    QAccessible::installFactory(&GraphAccessible::factory);
    QAccessible::installFactory(&TranslationAccessible::factory);
    QAccessible::installFactory(&HeatmapAccessible::factory);
    QAccessible::installFactory(&EquationAccessible::factory);
    QAccessible::installFactory(&PlotAccessible::factory);
    qApp->installEventFilter(new Accessibility(qApp));
}

QString Accessibility::nameFor(const QWidget *widget)
{
    if (!needsName(widget))
        return {};
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (!button->text().isEmpty())
            return {}; // Qt names it by its text
        if (const auto *tool = qobject_cast<const QToolButton *>(button); tool && tool->defaultAction()) {
            if (const QString text = plain(tool->defaultAction()->text()); !text.isEmpty())
                return text;
        }
    }
    // A text field inside a spin box or an editable combo box is named by its owner.
    if (qobject_cast<const QLineEdit *>(widget)
        && (qobject_cast<const QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<const QComboBox *>(widget->parentWidget()))) {
        const QWidget *owner = widget->parentWidget();
        return owner->accessibleName().isEmpty() ? nameFor(owner) : owner->accessibleName();
    }
    if (const QString buddy = buddyText(widget); !buddy.isEmpty())
        return buddy;
    if (const QString tip = shortToolTip(widget->toolTip()); !tip.isEmpty())
        return tip;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget); line && !line->placeholderText().isEmpty())
        return plain(line->placeholderText());
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget); text && !text->placeholderText().isEmpty())
        return plain(text->placeholderText());
    if (const auto *text = qobject_cast<const QTextEdit *>(widget); text && !text->placeholderText().isEmpty())
        return plain(text->placeholderText());
    return containerTitle(widget);
}

void Accessibility::nameAll(QWidget *root)
{
    const auto name = [](QWidget *w) {
        if (!w->accessibleName().isEmpty() && !w->property(autoNamed).toBool())
            return; // named by its view
        const QString name = nameFor(w);
        if (!name.isEmpty() && name != w->accessibleName()) {
            w->setAccessibleName(name);
            w->setProperty(autoNamed, true);
        }
    };
    name(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        name(w);
}

bool Accessibility::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::Show: {
        if (!watched->isWidgetType())
            break;
        auto *w = static_cast<QWidget *>(watched);
        if (!w->accessibleName().isEmpty() && !w->property(autoNamed).toBool())
            break;
        const QString name = nameFor(w);
        if (!name.isEmpty() && name != w->accessibleName()) {
            w->setAccessibleName(name);
            w->setProperty(autoNamed, true);
        }
        break;
    }
    case QEvent::ShortcutOverride: {
        // Space on a focused button presses it, as everywhere else, rather than the window's Play.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
            && (qobject_cast<QAbstractButton *>(watched) || qobject_cast<QComboBox *>(watched))) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        // Ctrl+Tab leaves a multi-line text box, whose Tab types a tab (Qt's usual way out).
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && key->modifiers().testFlag(Qt::ControlModifier)
            && (qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<QTextEdit *>(watched))) {
            auto *w = static_cast<QWidget *>(watched);
            const bool forward = key->key() == Qt::Key_Tab && !key->modifiers().testFlag(Qt::ShiftModifier);
            if (QWidget *next = nextTabStop(w, forward)) {
                next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
        break;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rnnlab
