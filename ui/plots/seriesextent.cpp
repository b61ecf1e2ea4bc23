// SPDX-License-Identifier: MIT
#include "ui/plots/seriesextent.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

void SeriesExtent::add(double value)
{
    if (!std::isfinite(value))
        return;
    if (m_count == 0) {
        m_min = m_max = value;
    } else {
        m_min = std::min(m_min, value);
        m_max = std::max(m_max, value);
    }
    if (value > 0.0 && (m_minPositive == 0.0 || value < m_minPositive))
        m_minPositive = value;
    ++m_count;
}

std::pair<double, double> SeriesExtent::axisRange(bool logarithmic) const
{
    if (logarithmic) {
        if (!hasPositive())
            return {0.1, 10.0};
        double low = std::log10(m_minPositive);
        const double high = std::log10(m_max);
        // At least a twentieth of a decade, so a flat series still gets a readable axis.
        const double pad = std::max((high - low) * margin, 0.05);
        low -= pad;
        if (std::floor(high + pad) < low) // no power of ten in [low, high + pad]: no tick label
            low = std::floor(low);
        return {std::pow(10.0, low), std::pow(10.0, high + pad)};
    }
    if (isEmpty())
        return {0.0, 1.0};
    if (m_min >= 0.0)
        return m_max > 0.0 ? std::pair{0.0, m_max * (1.0 + headroom)} : std::pair{0.0, 1.0};
    if (m_max <= 0.0)
        return {m_min * (1.0 + headroom), 0.0};
    const double span = m_max - m_min;
    return {m_min - span * margin, m_max + span * margin};
}

} // namespace rnnlab
