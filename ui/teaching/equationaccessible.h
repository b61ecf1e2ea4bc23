// SPDX-License-Identifier: MIT
// The equations of the walk by hand as a screen reader reads them: named "Equations", described
// by the caption, the lecture's equations in symbols, and every line drawn now written out in
// words and numbers — "h_2 = tanh( W_xh [0.12, −0.40; …] · x_2 [0; 1; 0; 0] + … )", a matrix row
// by row, a gap as "…" — the numbers as the view prints them (EquationView::number with the
// view's decimals). Reads the EquationView; draws nothing.
#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS

#include <vector>

namespace rnnlab {

class EquationView;
struct Equation;
struct EquationItem;
struct EquationLine;

class EquationAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::EquationAccessible)

public:
    explicit EquationAccessible(EquationView *view);

    //! For QAccessible::installFactory: the interface of an EquationView, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    //! \a lines of \a equation as plain text, one line of text per line.
    static QString readableText(const Equation &equation, const std::vector<const EquationLine *> &lines);
    //! One item: its symbols, or a matrix's name and its numbers row by row.
    static QString readableItem(const EquationItem &item);

    QString text(QAccessible::Text t) const override;
};

} // namespace rnnlab
