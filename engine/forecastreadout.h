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
// Flags against the truth: a flag (error above the threshold) is not yet an anomaly. Where a series
// came from the signal generator (ForecastTask::generatorOf), the readout knows where its anomaly
// was injected (points b … e − 1) and judges every flag: a *hit* predicts an injected point
// (b ≤ t + 1 < e); *after it* is a flag of a step that has read the anomaly (t ≥ e − 1) and comes
// within settleSteps steps of the anomaly or of the previous such flag (the network is still
// disturbed); every other flag is a *false alarm*. It also knows how the wave goes on past the end
// (the generator run longer, noise and all), so the free-running forecast can be scored: its mean
// squared error against every value it forecast that is known (the series' own points after an
// earlier start, then the generator's continuation).
//
// Symbols: D = features, n = points of a series (n − 1 time steps), k = forecast length,
// s = points read before the free run starts (n: at the end).
#pragma once

#include "engine/eigentypes.h"
#include "engine/parameterset.h"
#include "engine/trace.h"
#include "engine/types.h"

#include <optional>
#include <vector>

namespace rnnlab {

class ForecastTask;

struct SeriesReadout
{
    Matrix<float> points; // (D × n) the series as the network reads it (float32)
    Matrix<float> predictions; // (D × n − 1) column t: the prediction of point t + 1 after reading 0 … t
    Vector<double> stepError; // (n − 1) squared error of column t, the mean over D
    Matrix<float> forecast; // (D × n − s + k) after point s − 1, each prediction fed back as the next input
    Eigen::Index forecastStart = 0; // s: the free run follows points 0 … s − 1 (s = n: past the end)
    Matrix<float> truth; // (D × k) the generator's continuation after point n − 1 (empty: not generated)
    //! The injected anomaly's points [begin, end) (0-based), where the generator says so.
    struct Injected
    {
        AnomalyKind kind = AnomalyKind::Spike;
        Eigen::Index begin = 0;
        Eigen::Index end = 0;
    };
    std::optional<Injected> injected;
    //! The free run's mean squared error (over D) against the known values at its points, and how
    //! many points that is (0: nothing known to compare with; the error is then NaN).
    double forecastError = 0.0;
    Eigen::Index forecastErrorPoints = 0;
};

//! How the flags of one series at one threshold fall against its injected anomaly (0-based steps;
//! step t predicts point t + 1). Without a known injected anomaly only \a flags is filled.
struct FlagJudgement
{
    std::vector<Eigen::Index> flags; // every step t ≥ warmup with its error above the threshold
    bool known = false; // the series has a known injected anomaly
    std::vector<Eigen::Index> hits; // flags of steps that predict an injected point
    Eigen::Index anomalySteps = 0; // the steps (t ≥ warmup) that predict an injected point
    std::vector<Eigen::Index> after; // flags of steps still disturbed after it
    std::vector<Eigen::Index> falseAlarms; // the other flags
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
    int from = 0; // the free run's start asked for: 0 at the end, else after that many points
    int warmup = 0; // w: steps 0 … w − 1 of every series are warm-up (see above)
    std::vector<double> trainErrors; // the training errors of the steps t ≥ w, sorted ascending
    double trainErrorMean = 0.0; // over the training steps t ≥ w of every training series
    double trainErrorSd = 0.0; // population standard deviation of the same
    //! trainErrorMean + 3 · trainErrorSd: a test step above it is an anomaly (the default).
    double defaultThreshold() const { return trainErrorMean + 3.0 * trainErrorSd; }
    //! The flags of \a series at \a threshold: the steps t ≥ warmup whose error is above it, in
    //! order (0-based steps; step t predicts point t + 1). A flag, not yet an anomaly: judge().
    std::vector<Eigen::Index> anomalies(const SeriesReadout &series, double threshold) const;
    //! The flags of \a series at \a threshold judged against its injected anomaly (see above).
    FlagJudgement judge(const SeriesReadout &series, double threshold) const;
    //! A flag after the anomaly counts as "still disturbed" while fewer than this many steps in a
    //! row have gone unflagged since the anomaly or the previous such flag.
    static constexpr Eigen::Index settleSteps = 5;

    //! The \a q-quantile (0 … 1, linear between order statistics) of the training errors of the
    //! steps t ≥ warmup: another threshold, for errors far from a normal distribution.
    double trainErrorQuantile(double q) const;
    //! The median of the same errors (trainErrorQuantile(0.5)).
    double trainErrorMedian() const { return trainErrorQuantile(0.5); }

    //! The readout of \a task's series under \a parameters. The training series' predictions are
    //! \a trace's logits (the forward pass of the same \a parameters: what the graph draws); the
    //! test series get their own forward pass. \a length ≥ 0 forecast points past each series'
    //! end; \a from > 0 starts the free run after the series' first \a from points instead (clamped
    //! to 1 … n; 0: at the end), so that it runs over points whose true values are known.
    static ForecastReadout of(const ParameterSet<float> &parameters, const Trace<float> &trace,
                              const ForecastTask &task, int length, int from = 0);
};

} // namespace rnnlab
