// SPDX-License-Identifier: MIT
#include "engine/forecastreadout.h"

#include "engine/generation.h"
#include "engine/network.h"
#include "engine/tasks/forecasttask.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! One series: \a inputs (D × n − 1) and \a targets (D × n − 1, the points after) with the
//! \a logits (D × n − 1) the network gave on \a inputs.
SeriesReadout readout(const ParameterSet<float> &parameters, const Matrix<float> &inputs, const Matrix<float> &targets,
                      const Matrix<float> &logits, int length)
{
    SeriesReadout r;
    const Eigen::Index D = inputs.rows();
    const Eigen::Index steps = inputs.cols();
    r.points.resize(D, steps + 1);
    if (steps > 0) {
        r.points.leftCols(steps) = inputs;
        r.points.col(steps) = targets.col(steps - 1);
    }
    r.predictions = logits;
    r.stepError.resize(steps);
    for (Eigen::Index t = 0; t < steps; ++t)
        r.stepError(t) = (logits.col(t) - targets.col(t)).cast<double>().squaredNorm() / static_cast<double>(D);
    r.forecast = forecast(parameters, r.points, std::max(0, length));
    return r;
}

//! \a r's trainErrorMean and trainErrorSd over the training steps t ≥ \a warmup.
void trainStatistics(ForecastReadout &r, Eigen::Index warmup)
{
    double sum = 0.0;
    Eigen::Index count = 0;
    for (const SeriesReadout &series : r.train) {
        const Eigen::Index n = std::max<Eigen::Index>(0, series.stepError.size() - warmup);
        sum += series.stepError.tail(n).sum();
        count += n;
    }
    r.trainErrorMean = 0.0;
    r.trainErrorSd = 0.0;
    if (count == 0)
        return;
    r.trainErrorMean = sum / static_cast<double>(count);
    double squares = 0.0;
    for (const SeriesReadout &series : r.train) {
        const Eigen::Index n = std::max<Eigen::Index>(0, series.stepError.size() - warmup);
        squares += (series.stepError.tail(n).array() - r.trainErrorMean).square().sum();
    }
    r.trainErrorSd = std::sqrt(squares / static_cast<double>(count));
}

} // namespace

std::vector<Eigen::Index> ForecastReadout::anomalies(const SeriesReadout &series, double threshold) const
{
    std::vector<Eigen::Index> steps;
    for (Eigen::Index t = warmup; t < series.stepError.size(); ++t)
        if (series.stepError(t) > threshold) // NaN is never above: a NaN error is no anomaly
            steps.push_back(t);
    return steps;
}

ForecastReadout ForecastReadout::of(const ParameterSet<float> &parameters, const Trace<float> &trace,
                                    const ForecastTask &task, int length)
{
    ForecastReadout result;
    result.length = std::max(0, length);
    for (const SequenceTrace<float> &sequence : trace.sequences)
        result.train.push_back(
            readout(parameters, sequence.inputValues, sequence.targetValues, sequence.logits, result.length));

    const Dataset test = task.testDataset();
    if (!test.sequences.empty()) {
        Trace<float> testTrace = Trace<float>::allocate(parameters.layoutPtr(), test);
        Network<float>::forward(parameters, task.loss(), testTrace);
        for (const SequenceTrace<float> &sequence : testTrace.sequences)
            result.test.push_back(
                readout(parameters, sequence.inputValues, sequence.targetValues, sequence.logits, result.length));
        result.testTrace = std::move(testTrace); // kept, not copied: the walk shows this pass
    }

    // w: one past the last step of the first tenth at which a training series is predicted worse
    // than the threshold of the steps from w on; raised until that holds (w only grows, ≤ cap).
    Eigen::Index shortest = -1;
    for (const SeriesReadout &series : result.train)
        shortest = shortest < 0 ? series.stepError.size() : std::min(shortest, series.stepError.size());
    const Eigen::Index cap = std::max<Eigen::Index>(0, shortest / 10);
    Eigen::Index w = 0;
    for (;;) {
        trainStatistics(result, w);
        const double threshold = result.defaultThreshold();
        Eigen::Index next = w;
        for (const SeriesReadout &series : result.train)
            for (Eigen::Index t = w; t < cap; ++t)
                if (series.stepError(t) > threshold) // NaN is never above
                    next = std::max(next, t + 1);
        if (next == w)
            break;
        w = next;
    }
    result.warmup = static_cast<int>(w);
    return result;
}

} // namespace rnnlab
