// SPDX-License-Identifier: MIT
// The running minimum and maximum of a growing series and the axis range that shows it with a
// little margin, on a linear or a logarithmic axis. Updated point by point as LossPlot appends, so
// a million-point plot never rescans its data to rescale. A plain value class, tested without a
// GUI; not the plot (lossplot.h).
#pragma once

#include <utility>

namespace rnnlab {

class SeriesExtent
{
public:
    //! Share of the data's span added above and below on a linear axis (of the decades on a log axis).
    static constexpr double margin = 0.05;
    //! Room above the largest value of a series that starts its axis at 0 (a share of that value).
    static constexpr double headroom = 0.1;

    void clear() { *this = SeriesExtent(); }
    //! Takes \a value into account; ignores NaN and ±inf (they have no place on an axis).
    void add(double value);

    bool isEmpty() const { return m_count == 0; }
    long long count() const { return m_count; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    //! Whether there is a value > 0, and the smallest one (what a log axis can show).
    bool hasPositive() const { return m_minPositive > 0.0; }
    double minPositive() const { return m_minPositive; }

    //! The range an axis needs to show every value with a margin.
    //! Linear: a series without negative values (a loss) starts at 0 and ends headroom above its
    //! maximum — a loss is read against 0, its floor; the axis does not move while the loss falls;
    //! and one value (the first step) sits at a sensible height with round ticks instead of in the
    //! middle of a 0.01-wide window. All non-positive: the mirror image. Both signs:
    //! [min − m, max + m] with m = margin × span.
    //! Logarithmic: the positive values only, widened by margin × their decades (at least 0.05
    //! decades), and down to the power of ten below when no power of ten would be inside (an
    //! axis without a single labelled tick).
    //! Without (positive) values: [0, 1] linear, [0.1, 10] logarithmic.
    std::pair<double, double> axisRange(bool logarithmic) const;

private:
    long long m_count = 0;
    double m_min = 0.0;
    double m_max = 0.0;
    double m_minPositive = 0.0; // 0: none yet
};

} // namespace rnnlab
