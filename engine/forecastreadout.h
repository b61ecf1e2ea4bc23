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
//   threshold = mean(error over every training step) + 3 · sd (population)
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
    int length = 0; // k
    double trainErrorMean = 0.0; // over every training step of every training series
    double trainErrorSd = 0.0; // population standard deviation of the same
    //! trainErrorMean + 3 · trainErrorSd: a test step above it is an anomaly (the default).
    double defaultThreshold() const { return trainErrorMean + 3.0 * trainErrorSd; }

    //! The readout of \a task's series under \a parameters. The training series' predictions are
    //! \a trace's logits (the forward pass of the same \a parameters: what the graph draws); the
    //! test series get their own forward pass. \a length ≥ 0 forecast points per series.
    static ForecastReadout of(const ParameterSet<float> &parameters, const Trace<float> &trace,
                              const ForecastTask &task, int length);
};

} // namespace rnnlab
