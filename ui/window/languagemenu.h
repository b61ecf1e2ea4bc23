// SPDX-License-Identifier: MIT
// View ▸ Language: "System default", then English and the six translations, each named in its
// own language (Language::nativeName), the remembered choice ticked. Choosing one remembers it
// (Language::save) and says that the window changes language when rnnlab starts again — the
// window's words are set as it builds them, not retranslated live — with a button that restarts
// it at once (on the session's file, after the usual question about unsaved changes). Not the
// choosing at start (Language, GuiOptions::language).
#pragma once

class QMenu;

namespace rnnlab {

class MainWindow;

class LanguageMenu
{
public:
    //! Fills \a menu for \a window.
    static void populate(QMenu *menu, MainWindow *window);
};

} // namespace rnnlab
