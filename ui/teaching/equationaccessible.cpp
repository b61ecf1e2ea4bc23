// SPDX-License-Identifier: MIT
#include "ui/teaching/equationaccessible.h"

#include "ui/common/readernumber.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/symboltext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace rnnlab {

EquationAccessible::EquationAccessible(EquationView *view)
    : QAccessibleWidget(view, QAccessible::StaticText)
{ }

QAccessibleInterface *EquationAccessible::factory(const QString &, QObject *object)
{
    auto *view = qobject_cast<EquationView *>(object);
    return view ? new EquationAccessible(view) : nullptr;
}

QString EquationAccessible::readableItem(const EquationItem &item)
{
    const QString name = SymbolText::plain(item.text);
    if (item.kind == EquationItem::Kind::Text)
        return name;
    const int decimals = EquationView::decimals(item);
    QStringList rows;
    for (int r = 0; r < item.rows(); ++r) {
        QStringList row;
        for (int c = 0; c < item.columns(); ++c) {
            const float v = item.at(r, c);
            row << (std::isnan(v) ? QStringLiteral("…") : EquationView::number(v, decimals));
        }
        rows << row.join(ReaderNumber::listSeparator());
    }
    // Rows apart by "; " — or, where "; " already parts the numbers ("0,42; 0,13"), by " — ".
    const QString rowSeparator =
        ReaderNumber::listSeparator() == QStringLiteral("; ") ? QStringLiteral(" — ") : QStringLiteral("; ");
    return QStringLiteral("%1 [%2]").arg(name, rows.join(rowSeparator));
}

QString EquationAccessible::readableText(const Equation &equation, const std::vector<const EquationLine *> &lines)
{
    QStringList text;
    if (!equation.caption.isEmpty())
        text << SymbolText::plain(equation.caption);
    if (!equation.symbolic.isEmpty())
        text << SymbolText::plain(equation.symbolic);
    for (const EquationLine *line : lines) {
        QStringList items;
        for (const EquationItem &item : line->items)
            items << readableItem(item);
        text << items.join(u' ');
    }
    return text.join(u'\n');
}

QString EquationAccessible::text(QAccessible::Text t) const
{
    const auto *view = static_cast<const EquationView *>(widget());
    switch (t) {
    case QAccessible::Name:
        if (!view->accessibleName().isEmpty())
            return view->accessibleName();
        return tr("Equations");
    case QAccessible::Description:
    case QAccessible::Value: return readableText(view->equation(), view->shownLines());
    default: return QAccessibleWidget::text(t);
    }
}

} // namespace rnnlab
