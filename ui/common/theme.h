// SPDX-License-Identifier: MIT
// The app's colour themes: the desktop's own palette (the default, so a dark desktop gets a dark
// rnnlab), light, dark, and a high-contrast one for projectors (black on white is too bright in a
// dark room and washes out; white and yellow on black reads from the back). Every view paints with
// palette roles, so a theme is a palette (and the Fusion style, whose drawing follows the palette
// exactly) — the data colours (matrix identities, the red/blue value scale) stay the same in all.
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

namespace rnnlab {

enum class Theme { System, Light, Dark, HighContrast };

//! "system", "light", "dark", "high-contrast".
QString themeName(Theme theme);
std::optional<Theme> themeFromName(const QString &name);
//! The names themeFromName() accepts, in menu order.
QStringList themeNames();
//! What the View ▸ Theme menu calls it ("High contrast").
QString themeTitle(Theme theme);

//! The palette of \a theme; System: \a desktop, the platform's palette as the app started.
QPalette themePalette(Theme theme, const QPalette &desktop);

//! Sets \a theme on the whole application (style and palette). The first call remembers the
//! desktop's style and palette, which System restores.
void applyTheme(Theme theme);
//! The theme applyTheme() last set (System before any call).
Theme currentTheme();

} // namespace rnnlab
