// SPDX-License-Identifier: MIT
#include "ui/common/monospace.h"

#include <QFontDatabase>

namespace rnnlab {

QFont monospaceFamily()
{
    QFont font;
    font.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    font.setStyleHint(QFont::Monospace);
    return font;
}

QFont monospaceLike(const QFont &base)
{
    return monospaceFamily().resolve(base);
}

} // namespace rnnlab
