// SPDX-License-Identifier: MIT
#include "seriesextent.h"

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
        const double low = std::log10(m_minPositive);
        const double high = std::log10(m_max);
        // At least a tenth of a decade, so a flat series still gets a readable axis.
        const double pad = std::max((high - low) * margin, 0.05);
        return {std::pow(10.0, low - pad), std::pow(10.0, high + pad)};
    }
    if (isEmpty())
        return {0.0, 1.0};
    double span = m_max - m_min;
    if (span <= 0.0)
        span = std::max(std::fabs(m_max) * 0.1, 1e-6); // one value: show it mid-axis
    double lower = m_min - span * margin;
    const double upper = m_max + span * margin;
    if (m_min >= 0.0)
        lower = std::max(lower, 0.0);
    return {lower, upper};
}

} // namespace rnnlab
