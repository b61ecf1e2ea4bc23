// SPDX-License-Identifier: MIT
// Which columns of the graph are flagged (issue 15, anomaly detection): when the graph shows a
// time series' test series, the time steps whose squared error is above the Signal tab's anomaly
// threshold — the steps the Signal tab marks, found by the engine's rule (ForecastReadout::anomalies:
// after the warm-up, error² > threshold), with their error² for the tooltip. A value made from the
// snapshot's ForecastReadout and the threshold the Signal tab passes on (it owns the threshold and
// its rule, editable); nothing is computed again. Not the painting (GraphPainter) nor the threshold.
#pragma once

#include "app/worker/snapshot.h"

#include <QColor>

#include <vector>

class QPalette;

namespace rnnlab {

struct GraphFlags
{
    double threshold = 0.0; // the Signal tab's anomaly threshold (error² above it: flagged)
    std::vector<int> steps; // the flagged time steps t (0-based, as node.t), ascending
    std::vector<double> errors; // their squared errors (SeriesReadout::stepError), in the same order

    bool empty() const { return steps.empty(); }
    //! Whether time step \a t (0-based) is flagged.
    bool contains(int t) const;
    //! The squared error of flagged step \a t (NaN: not flagged).
    double errorAt(int t) const;

    //! The flags of sequence \a textIndex of \a snapshot (as the graph bar lists them) at
    //! \a threshold: none unless it is a forecast run's test series and \a threshold is a number.
    static GraphFlags of(const TrainingSnapshot &snapshot, int textIndex, double threshold);
    //! The flags' colour on \a palette's background: the Signal tab's 'flagged' red, made to read
    //! on it (light, dark, high contrast) as the tab's threshold label is.
    static QColor colour(const QPalette &palette);
};

} // namespace rnnlab
