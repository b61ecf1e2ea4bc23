// SPDX-License-Identifier: MIT
// The fixed-width font of typed and generated characters (the Generate tab, the predictions, the
// exported script) at the size around it: the system's fixed family only, so a widget given it
// still grows with the window's font (presentation mode, a larger system font). Qt's
// QFontDatabase::systemFont(FixedFont) sets a point size too, which froze those texts at 9 pt on a
// projector.
#pragma once

#include <QFont>

namespace rnnlab {

//! A font that sets only the family (the system's fixed-width one) and the monospace hint: for
//! QWidget::setFont, the rest (size, weight) is inherited.
QFont monospaceFamily();
//! \a base in the system's fixed-width family: for painting and measuring at \a base's size.
QFont monospaceLike(const QFont &base);

} // namespace rnnlab
