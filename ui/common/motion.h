// SPDX-License-Identifier: MIT
// Reduced motion (issue 19): View ▸ Reduce motion turns off the motion rnnlab makes for its own
// sake — the graph folding into one cell and unfolding over time (with the W_hh loop fading in),
// Qt's menu, combo box and tooltip effects, the docks sliding aside. What the reader asked to see
// play keeps playing, in steps as before: training, the walk's → through a time step's phases
// (one phase a beat, never tweened), Step in parts. Not the menu (WindowMenus, MainWindow).
#pragma once

namespace rnnlab {

//! Whether the platform asks for less motion, as far as Qt 6.4 can tell: on Windows, "Show
//! animations in Windows" off (SPI_GETUIEFFECTS, which reaches Qt as the UiEffects theme hint and
//! QApplication::isEffectEnabled(Qt::UI_General)). Elsewhere false: Qt 6.4 has no reduced-motion
//! hint (no QStyleHints property), and the Unix and KDE platform themes report no UI effects
//! whatever the desktop's setting, so their "none" says nothing about the reader. Read once, before
//! setReducedMotion() changes the effects.
bool platformReducesMotion();

//! Turns motion for its own sake off (\a reduced) or back on for the whole application: Qt's UI
//! effects (restored to the platform's when \a reduced is false) and every QMainWindow's animated
//! docks now; GraphView asks reducedMotion() at each fold.
void setReducedMotion(bool reduced);
//! What setReducedMotion() last set (false before any call).
bool reducedMotion();

//! View ▸ Reduce motion's choice as the settings remember it (QSettings "view/reduceMotion"); never
//! chosen: platformReducesMotion().
bool savedReducedMotion();
//! Remembers \a reduced for the next start.
void saveReducedMotion(bool reduced);

} // namespace rnnlab
