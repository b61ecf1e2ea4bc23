// SPDX-License-Identifier: MIT
// What a forecast run (task "forecast", issue 15) shows of its series, computed from one set of
// weights: every series with the network's one-step-ahead predictions, the free-running forecast
// past its end (each prediction fed back as the next input, generation.h's forecast()), and the
// per-step squared error of the training series and of the test series (evaluated, never trained
// on) with the anomaly threshold that the training errors give. A value, computed by the worker
// for each snapshot of a forecast run, that the signal plot only draws. Not the training (the
// trainer) nor drawing. Plain C++ and Eigen.
//
//   prediction_t = y_t (predicts point t + 1),     error_t = mean_d (y_t[d] − series[t + 1][d])²
//   threshold = mean(error over the training steps t ≥ w) + 3 · sd (population)
//   anomaly: a step t ≥ w of a series with error_t > threshold
//
// Warm-up (w): every series starts from a zero state, so its first steps are predicted from a state
// that has seen almost nothing; their errors say little about the data. w is one past the last step
// of the first tenth of the (shortest) training series at which even a training series, which the
// network learnt, is predicted worse than the threshold of the steps from w on (0: no such step);
// found by raising w until it holds. Those w steps count neither in the threshold nor as anomalies,
// in any series; the plot says so.
//
// Symbols: D = features, n = points of a series (n − 1 time steps), k = forecast length.
#pragma once

#include "engine/eigentypes.h"
#include "engine/parameterset.h"
#include "engine/trace.h"

#include <vector>

namespace rnnlab {

class ForecastTask;

struct SeriesReadout
{
    Matrix<float> points; // (D × n) the series as the network reads it (float32)
    Matrix<float> predictions; // (D × n − 1) column t: the prediction of point t + 1 after reading 0 … t
    Vector<double> stepError; // (n − 1) squared error of column t, the mean over D
    Matrix<float> forecast; // (D × k) after point n − 1, each prediction fed back as the next input
};

struct ForecastReadout
{
    std::vector<SeriesReadout> train; // data.series, in order
    std::vector<SeriesReadout> test; // data.test_series, in order (may be empty)
    //! The test series' forward pass with the same weights (test's predictions are its logits),
    //! kept for the walk by hand and the graph: every forward field and the squared error per step;
    //! no gradients (hasGradients false), a test series is evaluated, never trained on. Its loss
    //! and targetCount are the test series' own mean, not the training loss L. Empty without
    //! test series.
    Trace<float> testTrace;
    int length = 0; // k
    int warmup = 0; // w: steps 0 … w − 1 of every series are warm-up (see above)
    double trainErrorMean = 0.0; // over the training steps t ≥ w of every training series
    double trainErrorSd = 0.0; // population standard deviation of the same
    //! trainErrorMean + 3 · trainErrorSd: a test step above it is an anomaly (the default).
    double defaultThreshold() const { return trainErrorMean + 3.0 * trainErrorSd; }
    //! The anomalies of \a series at \a threshold: the steps t ≥ warmup whose error is above it,
    //! in order (0-based steps; step t predicts point t + 1).
    std::vector<Eigen::Index> anomalies(const SeriesReadout &series, double threshold) const;

    //! The readout of \a task's series under \a parameters. The training series' predictions are
    //! \a trace's logits (the forward pass of the same \a parameters: what the graph draws); the
    //! test series get their own forward pass. \a length ≥ 0 forecast points per series.
    static ForecastReadout of(const ParameterSet<float> &parameters, const Trace<float> &trace,
                              const ForecastTask &task, int length);
};

} // namespace rnnlab
