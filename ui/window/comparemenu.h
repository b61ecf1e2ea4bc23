// SPDX-License-Identifier: MIT
// The main window's Compare menu: the lecture's presets ("1 layer vs 2 layers on hello", "RNN vs
// LSTM vs GRU on a long text") and the model on the left against a variant of itself (one more
// layer; the three cells), each opening compare mode (MainWindow::openCompare). Only the menu:
// not the compare window, not the rules (comparison.h).
#pragma once

class QMenu;

namespace rnnlab {

class MainWindow;

//! The Compare menu for \a window (its parent).
QMenu *createCompareMenu(MainWindow *window);

} // namespace rnnlab
