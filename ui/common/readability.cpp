// SPDX-License-Identifier: MIT
#include "ui/common/readability.h"

#include <algorithm>

namespace rnnlab {

double Readability::minimumPixels(bool presentation, int screenHeight)
{
    if (!presentation)
        return normalPixels;
    // 1/60 of the screen: the character height a projected slide needs to be read from the back.
    return std::max(normalPixels, screenHeight / 60.0);
}

double Readability::pixelsOf(double pointSize, int pixelSize, double dpi)
{
    if (pixelSize > 0)
        return pixelSize;
    return pointSize * dpi / 72.0;
}

double Readability::pointSizeFor(double pixels, double dpi)
{
    return pixels * 72.0 / std::max(1.0, dpi);
}

} // namespace rnnlab
