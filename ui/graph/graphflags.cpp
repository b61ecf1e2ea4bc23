// SPDX-License-Identifier: MIT
#include "ui/graph/graphflags.h"

#include "engine/forecastreadout.h"
#include "ui/common/colormap.h"
#include "ui/common/contrast.h"

#include <QPalette>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

bool GraphFlags::contains(int t) const
{
    return std::binary_search(steps.begin(), steps.end(), t);
}

double GraphFlags::errorAt(int t) const
{
    const auto it = std::lower_bound(steps.begin(), steps.end(), t);
    if (it == steps.end() || *it != t)
        return std::numeric_limits<double>::quiet_NaN();
    return errors[static_cast<std::size_t>(it - steps.begin())];
}

GraphFlags GraphFlags::of(const TrainingSnapshot &snapshot, int textIndex, double threshold)
{
    GraphFlags flags;
    flags.threshold = threshold;
    const ForecastReadout *r = snapshot.forecast.get();
    // Only a test series: the anomaly detection evaluates it (a training series' large
    // errors are the Signal tab's business, not a flag in the graph).
    if (!r || !std::isfinite(threshold) || !snapshot.isTestSequence(textIndex))
        return flags;
    const auto index = static_cast<std::size_t>(textIndex - int(snapshot.trace.sequences.size()));
    if (index >= r->test.size())
        return flags;
    const SeriesReadout &series = r->test[index];
    for (const Eigen::Index t : r->anomalies(series, threshold)) {
        flags.steps.push_back(int(t));
        flags.errors.push_back(series.stepError(t));
    }
    return flags;
}

QColor GraphFlags::colour(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5; // as PlotWidget::isDark()
    const QColor anomaly = signalColor(SignalCurve::Anomaly, dark);
    // SignalPlot::applyPalette's anomalyText: the dark themes' crimson on black read as a smudge.
    return Contrast::textOn(base, dark ? anomaly.lighter(135) : anomaly);
}

} // namespace rnnlab
