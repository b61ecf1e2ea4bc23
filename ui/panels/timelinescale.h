// SPDX-License-Identifier: MIT
// The geometry of the training timeline: training steps 0 … lastStep mapped onto a horizontal
// span of pixels and back, the round step numbers that get a tick, and the loss sparkline reduced
// to one envelope per pixel column. Pure: no painting, no widgets — TimelineTrack paints and
// hit-tests with it, and tst_timeline checks it without a GUI (as hotspot's TimeLineData).
// Not the colours, fonts or the widget's layout (TimelineTrack), nor what the timeline shows.
#pragma once

#include "app/worker/snapshot.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace rnnlab {

class TimelineScale
{
public:
    TimelineScale() = default;
    //! Steps 0 … \a lastStep onto x in [\a left, \a right] (pixels): step 0 at \a left, \a lastStep
    //! at \a right. A negative \a lastStep counts as 0; \a right below \a left as \a left.
    TimelineScale(std::int64_t lastStep, double left, double right);

    std::int64_t lastStep() const { return m_lastStep; }
    double left() const { return m_left; }
    double right() const { return m_right; }

    //! Where \a step lies (not clamped: steps outside 0 … lastStep lie outside the span). With
    //! lastStep 0, every step lies at left.
    double xOfStep(double step) const;
    //! The step nearest to \a x, clamped to 0 … lastStep (the handle never leaves the run).
    std::int64_t stepAt(double x) const;

    //! Steps between two ticks: the smallest 1, 2 or 5 × 10^k (at least 1) whose ticks lie at
    //! least \a minSpacing pixels apart.
    std::int64_t tickStep(double minSpacing) const;
    //! Every multiple of tickStep(\a minSpacing) in 0 … lastStep, ascending (0 always among them).
    std::vector<std::int64_t> ticks(double minSpacing) const;

    //! A tick's label: the number as is below 10 000, else compact ("20k", "1.5M", "250k").
    static QString tickLabel(std::int64_t step);

private:
    std::int64_t m_lastStep = 0;
    double m_left = 0.0;
    double m_right = 0.0;
};

//! "1st", "2nd", "3rd", "4th", "11th", "22nd" … — how the timeline names a checkpoint stride.
QString ordinal(std::int64_t number);

//! The loss of the steps that fall into one pixel column of a sparkline.
struct SparkColumn
{
    double x = 0.0; //!< the column's centre, or the single entry's own x when sparse
    float low = 0.0f; //!< smallest loss sampled in the column
    float high = 0.0f; //!< largest loss sampled in the column
};

//! \a history's losses as at most one envelope per pixel column of \a scale (columns without a
//! recorded step are skipped; non-finite losses ignored). A column covering many entries is
//! sampled at about \a samplesPerColumn of them, evenly (so the cost is columns × samples ×
//! log(entries), whatever the run's length), and always includes its first and last entry.
//! Steps after scale.lastStep() are left out.
std::vector<SparkColumn> sparkline(const History &history, const TimelineScale &scale, int samplesPerColumn = 16);

//! Index of the first entry of \a history whose step is at least \a step (size() when none).
std::int64_t firstEntryAtOrAfter(const History &history, std::int64_t step);

} // namespace rnnlab
