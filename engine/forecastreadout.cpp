// SPDX-License-Identifier: MIT
#include "engine/forecastreadout.h"

#include "engine/generation.h"
#include "engine/network.h"
#include "engine/signalgenerator.h"
#include "engine/tasks/forecasttask.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! One series: \a inputs (D × n − 1) and \a targets (D × n − 1, the points after) with the
//! \a logits (D × n − 1) the network gave on \a inputs; \a spec how it was generated, if known.
SeriesReadout readout(const ParameterSet<float> &parameters, const Matrix<float> &inputs, const Matrix<float> &targets,
                      const Matrix<float> &logits, int length, int from, const std::optional<SignalSpec> &spec)
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
    const Eigen::Index n = r.points.cols();
    length = std::max(0, length);
    r.forecastStart = from > 0 ? std::clamp<Eigen::Index>(from, std::min<Eigen::Index>(1, n), n) : n;
    r.forecast = forecast(parameters, r.points.leftCols(r.forecastStart), int(n - r.forecastStart) + length);

    if (spec) {
        // The wave as it goes on: the same generator run for n + k points (its noise draws are
        // sequential, so the first n are the series' own).
        SignalSpec longer = *spec;
        longer.length = n + length;
        const std::vector<double> values = SignalGenerator::generate(longer);
        r.truth.resize(D, length);
        for (int k = 0; k < length; ++k)
            r.truth(0, k) = static_cast<float>(values[std::size_t(n + k)]);
        if (spec->anomaly) {
            const AnomalySpec &a = *spec->anomaly;
            SeriesReadout::Injected injected{a.kind, a.at,
                                             a.length == 0 ? n : std::min<Eigen::Index>(n, a.at + a.length)};
            if (a.kind == AnomalyKind::Flat)
                injected.begin = a.at + 1; // the first point held is the wave's own
            if (injected.begin < injected.end)
                r.injected = injected;
        }
    }
    // The free run against what is known at its points: the series after s, then the truth.
    double sum = 0.0;
    Eigen::Index count = 0;
    for (Eigen::Index k = 0; k < r.forecast.cols(); ++k) {
        const Eigen::Index point = r.forecastStart + k;
        if (point < n)
            sum += (r.forecast.col(k) - r.points.col(point)).cast<double>().squaredNorm() / double(D);
        else if (point - n < r.truth.cols())
            sum += (r.forecast.col(k) - r.truth.col(point - n)).cast<double>().squaredNorm() / double(D);
        else
            continue;
        ++count;
    }
    r.forecastErrorPoints = count;
    r.forecastError = count > 0 ? sum / double(count) : std::nan("");
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

void sortedTrainErrors(ForecastReadout &r)
{
    r.trainErrors.clear();
    for (const SeriesReadout &series : r.train)
        for (Eigen::Index t = r.warmup; t < series.stepError.size(); ++t)
            if (std::isfinite(series.stepError(t)))
                r.trainErrors.push_back(series.stepError(t));
    std::sort(r.trainErrors.begin(), r.trainErrors.end());
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

FlagJudgement ForecastReadout::judge(const SeriesReadout &series, double threshold) const
{
    FlagJudgement j;
    j.flags = anomalies(series, threshold);
    if (!series.injected)
        return j;
    j.known = true;
    const Eigen::Index b = series.injected->begin;
    const Eigen::Index e = series.injected->end;
    // Step t predicts point t + 1: it predicts an injected point for b − 1 ≤ t < e − 1.
    for (Eigen::Index t = std::max<Eigen::Index>(warmup, b - 1); t < std::min(e - 1, series.stepError.size()); ++t)
        ++j.anomalySteps;
    Eigen::Index previous = e - 2; // the last step predicting an injected point
    for (Eigen::Index t : j.flags) {
        if (t + 1 >= b && t + 1 < e) {
            j.hits.push_back(t);
        } else if (t >= e - 1 && t - previous <= settleSteps) {
            j.after.push_back(t);
            previous = t;
        } else {
            j.falseAlarms.push_back(t);
        }
    }
    return j;
}

double ForecastReadout::trainErrorQuantile(double q) const
{
    if (trainErrors.empty())
        return 0.0;
    const double at = std::clamp(q, 0.0, 1.0) * double(trainErrors.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(at));
    const std::size_t high = std::min(low + 1, trainErrors.size() - 1);
    return trainErrors[low] + (at - double(low)) * (trainErrors[high] - trainErrors[low]);
}

ForecastReadout ForecastReadout::of(const ParameterSet<float> &parameters, const Trace<float> &trace,
                                    const ForecastTask &task, int length, int from)
{
    ForecastReadout result;
    result.length = std::max(0, length);
    result.from = std::max(0, from);
    for (std::size_t k = 0; k < trace.sequences.size(); ++k) {
        const SequenceTrace<float> &sequence = trace.sequences[k];
        result.train.push_back(readout(parameters, sequence.inputValues, sequence.targetValues, sequence.logits,
                                       result.length, result.from, task.generatorOf(k, false)));
    }

    const Dataset test = task.testDataset();
    if (!test.sequences.empty()) {
        Trace<float> testTrace = Trace<float>::allocate(parameters.layoutPtr(), test);
        Network<float>::forward(parameters, task.loss(), testTrace);
        for (std::size_t k = 0; k < testTrace.sequences.size(); ++k) {
            const SequenceTrace<float> &sequence = testTrace.sequences[k];
            result.test.push_back(readout(parameters, sequence.inputValues, sequence.targetValues, sequence.logits,
                                          result.length, result.from, task.generatorOf(k, true)));
        }
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
    sortedTrainErrors(result);
    return result;
}

} // namespace rnnlab
