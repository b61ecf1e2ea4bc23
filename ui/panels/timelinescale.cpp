// SPDX-License-Identifier: MIT
#include "ui/panels/timelinescale.h"

#include "ui/common/readernumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

TimelineScale::TimelineScale(std::int64_t lastStep, double left, double right)
    : m_lastStep(std::max<std::int64_t>(lastStep, 0))
    , m_left(left)
    , m_right(std::max(left, right))
{ }

double TimelineScale::xOfStep(double step) const
{
    if (m_lastStep == 0)
        return m_left;
    return m_left + step * (m_right - m_left) / static_cast<double>(m_lastStep);
}

std::int64_t TimelineScale::stepAt(double x) const
{
    const double width = m_right - m_left;
    if (m_lastStep == 0 || width <= 0.0 || !std::isfinite(x))
        return 0;
    const double step = std::round((x - m_left) / width * static_cast<double>(m_lastStep));
    // Clamped as a double first: far outside the span the quotient need not fit an int64.
    return static_cast<std::int64_t>(std::clamp(step, 0.0, static_cast<double>(m_lastStep)));
}

std::int64_t TimelineScale::tickStep(double minSpacing) const
{
    const double pixelsPerStep = m_lastStep > 0 ? (m_right - m_left) / static_cast<double>(m_lastStep) : 0.0;
    // 1, 2, 5, 10, 20, 50, …: the first that leaves room, or the first past the run's end (then
    // only step 0 gets a tick).
    for (std::int64_t decade = 1;; decade *= 10) {
        for (std::int64_t factor : {1, 2, 5}) {
            const std::int64_t step = decade * factor;
            if (static_cast<double>(step) * pixelsPerStep >= minSpacing || step > m_lastStep)
                return step;
        }
        if (decade > std::numeric_limits<std::int64_t>::max() / 100)
            return std::numeric_limits<std::int64_t>::max();
    }
}

std::vector<std::int64_t> TimelineScale::ticks(double minSpacing) const
{
    const std::int64_t step = tickStep(minSpacing);
    std::vector<std::int64_t> result;
    result.reserve(static_cast<std::size_t>(m_lastStep / step + 1));
    for (std::int64_t tick = 0; tick <= m_lastStep; tick += step) {
        result.push_back(tick);
        if (tick > m_lastStep - step) // the next one would pass the end (or overflow)
            break;
    }
    return result;
}

QString TimelineScale::tickLabel(std::int64_t step)
{
    if (std::abs(step) < 10000)
        return QString::number(step);
    // 'g' with 6 digits: 12.5k, 1.25M, 20k — never an exponent for step counts a run can reach.
    if (std::abs(step) < 1000000)
        return ReaderNumber::significant(static_cast<double>(step) / 1e3, 6) + QLatin1Char('k');
    if (std::abs(step) < 1000000000)
        return ReaderNumber::significant(static_cast<double>(step) / 1e6, 6) + QLatin1Char('M');
    return ReaderNumber::significant(static_cast<double>(step) / 1e9, 6) + QLatin1Char('G');
}

QString ordinal(std::int64_t number)
{
    // English's four endings, each its own message: a language with one form ("%1.", "%1e") gives
    // all four the same, one that counts without ordinals ("every 4 steps") gives "%1".
    const std::int64_t lastTwo = std::abs(number) % 100;
    const std::int64_t last = lastTwo % 10;
    //: An ordinal number (4th, 11th, 12th): "every 4th step kept". %1 is the number.
    QString pattern = QCoreApplication::translate("rnnlab::Timeline", "%1th");
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            //: An ordinal number ending in 1 (1st, 21st): "every 21st step kept". %1 is the number.
            pattern = QCoreApplication::translate("rnnlab::Timeline", "%1st");
        else if (last == 2)
            //: An ordinal number ending in 2 (2nd, 22nd): "every 2nd step kept". %1 is the number.
            pattern = QCoreApplication::translate("rnnlab::Timeline", "%1nd");
        else if (last == 3)
            //: An ordinal number ending in 3 (3rd, 23rd): "every 3rd step kept". %1 is the number.
            pattern = QCoreApplication::translate("rnnlab::Timeline", "%1rd");
    }
    return pattern.arg(number);
}

std::int64_t firstEntryAtOrAfter(const History &history, std::int64_t step)
{
    std::int64_t low = 0;
    std::int64_t high = history.size();
    while (low < high) {
        const std::int64_t mid = low + (high - low) / 2;
        if (history.at(mid).step < step)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

std::vector<SparkColumn> sparkline(const History &history, const TimelineScale &scale, int samplesPerColumn)
{
    std::vector<SparkColumn> columns;
    const std::int64_t last = scale.lastStep();
    const double width = scale.right() - scale.left();
    if (last <= 0 || width <= 0.0)
        return columns;
    const double pixelsPerStep = width / static_cast<double>(last);
    const std::int64_t end = firstEntryAtOrAfter(history, last + 1);
    samplesPerColumn = std::max(samplesPerColumn, 2);

    std::int64_t index = firstEntryAtOrAfter(history, 0);
    while (index < end) {
        // Column c covers x ∈ [left + c − ½, left + c + ½): the steps s with s·ppx in that range.
        const std::int64_t step = history.at(index).step;
        const double column = std::floor(static_cast<double>(step) * pixelsPerStep + 0.5);
        const auto nextStep = std::max(step + 1, static_cast<std::int64_t>(std::ceil((column + 0.5) / pixelsPerStep)));
        const std::int64_t columnEnd = std::min(end, firstEntryAtOrAfter(history, nextStep));
        const std::int64_t count = columnEnd - index;

        SparkColumn spark;
        spark.x = count == 1 ? scale.xOfStep(static_cast<double>(step)) : scale.left() + column;
        spark.low = std::numeric_limits<float>::infinity();
        spark.high = -std::numeric_limits<float>::infinity();
        const auto take = [&spark](float loss) {
            if (!std::isfinite(loss))
                return;
            spark.low = std::min(spark.low, loss);
            spark.high = std::max(spark.high, loss);
        };
        const std::int64_t stride = std::max<std::int64_t>(1, count / samplesPerColumn);
        for (std::int64_t i = index; i < columnEnd; i += stride)
            take(history.at(i).loss);
        take(history.at(columnEnd - 1).loss);
        if (spark.low <= spark.high)
            columns.push_back(spark);
        index = columnEnd;
    }
    return columns;
}

} // namespace rnnlab
