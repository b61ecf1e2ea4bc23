// SPDX-License-Identifier: MIT
// What makes the whole app usable with a screen reader and the keyboard alone (issue 19 §2),
// beyond what each view does itself:
//  - the custom views' QAccessibleInterfaces (the graph's and the heatmaps' cells, the equations as
//    text, the plots' newest values) installed as QAccessible factories;
//  - a name for every control Qt leaves unnamed, given when the control is first polished or shown
//    (some are made long after the window): a tool button with an icon only by its action or
//    tooltip, a spin box, combo box, slider, text field or item view by its buddy label, tooltip,
//    placeholder or the box, tab or dock it sits in. (Qt names a tab bar by its current tab, never
//    by accessibleName: a dock tab bar QMainWindow leaves shown without tabs, as presentation mode
//    does, is hidden instead — it holds nothing.)
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
