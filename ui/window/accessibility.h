// SPDX-License-Identifier: MIT
// What makes the whole app usable with a screen reader and the keyboard alone (issue 19 §2),
// beyond what each view does itself:
//  - the custom views' QAccessibleInterfaces (the graph's and the heatmaps' cells, the equations as
//    text, the plots' newest values) installed as QAccessible factories;
//  - a name for every control Qt leaves unnamed, given when the control is first polished or shown
//    (dock tab bars are made lazily, long after the window; a tab bar again when it repaints, as its
//    tabs change without an event of their own): a tab bar by its tabs, a tool button
//    with an icon only by its action or tooltip, a spin box, combo box or text field by its buddy
//    label, tooltip, placeholder or the box or tab it sits in;
//  - keys Qt's widgets do not give a keyboard user: Space presses a focused button (not the
//    window's Play), Ctrl+Tab / Ctrl+Shift+Tab leave a multi-line text box (whose Tab types a tab).
// Not the views' own keys (GraphKeyboard, HeatmapInteraction) nor the menus' shortcuts.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace rnnlab {

class Accessibility : public QObject
{
    Q_OBJECT

public:
    //! Installs the factories and the application-wide naming and key filter, once per
    //! application (later calls do nothing).
    static void install();
    //! Names every unnamed control under \a root now (what the filter does as they appear).
    static void nameAll(QWidget *root);
    //! The name \a widget gets when it has none (empty: it needs none, or none was found).
    static QString nameFor(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Accessibility(QObject *parent);
};

} // namespace rnnlab
