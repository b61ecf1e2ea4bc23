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

} // namespace

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
    }

    double sum = 0.0;
    Eigen::Index count = 0;
    for (const SeriesReadout &series : result.train) {
        sum += series.stepError.sum();
        count += series.stepError.size();
    }
    if (count > 0) {
        result.trainErrorMean = sum / static_cast<double>(count);
        double squares = 0.0;
        for (const SeriesReadout &series : result.train)
            squares += (series.stepError.array() - result.trainErrorMean).square().sum();
        result.trainErrorSd = std::sqrt(squares / static_cast<double>(count));
    }
    return result;
}

} // namespace rnnlab
