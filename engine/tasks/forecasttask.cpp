// SPDX-License-Identifier: MIT
#include "engine/tasks/forecasttask.h"

#include "engine/mseloss.h"
#include "engine/session.h"
#include "engine/signalgenerator.h"

#include <cmath>
#include <cstdio>

namespace rnnlab {

namespace {

std::string index(std::size_t i)
{
    return "[" + std::to_string(i) + "]";
}

//! The checks of one list of series (data.series or data.test_series): at least 2 points each,
//! rows of one width, the same features as \a features (set from the first series when 0), every
//! value a finite float32. Counts the points into \a points.
void validateSeries(const std::vector<SeriesValues> &list, const std::string &field, int &features,
                    std::string &featuresFrom, std::int64_t &points, std::vector<Problem> &problems)
{
    for (std::size_t k = 0; k < list.size(); ++k) {
        const SeriesValues &series = list[k];
        const std::string name = field + index(k);
        points += static_cast<std::int64_t>(series.size());
        if (series.size() < 2) {
            problems.push_back(Problem::of(
                name,
                series.size() == 1
                    ? QT_TRANSLATE_NOOP("Problem",
                                        "has %1 point: a series needs at least 2 (an input and the value after it)")
                    : QT_TRANSLATE_NOOP("Problem",
                                        "has %1 points: a series needs at least 2 (an input and the value after it)"),
                {std::to_string(series.size())}));
            continue;
        }
        const std::size_t width = series.front().size();
        if (width == 0) {
            problems.push_back(Problem::of(
                name + "[0]", QT_TRANSLATE_NOOP("Problem", "is empty: a time point needs at least one value")));
            continue;
        }
        bool ok = true;
        for (std::size_t t = 1; t < series.size() && ok; ++t) {
            if (series[t].size() != width) {
                problems.push_back(
                    Problem::of(name + index(t),
                                QT_TRANSLATE_NOOP("Problem",
                                                  "has %1 values but %2 has %3: every time point of a "
                                                  "series needs the same features (one number per "
                                                  "point, or rows of D numbers)"),
                                {std::to_string(series[t].size()), name + "[0]", std::to_string(width)}));
                ok = false;
            }
        }
        if (!ok)
            continue;
        if (width > static_cast<std::size_t>(limits::maxFeatures)) {
            problems.push_back(Problem::of(name,
                                           QT_TRANSLATE_NOOP("Problem",
                                                             "has %1 features; the limit is %2 (every feature is an "
                                                             "input rnnlab draws at every time step)"),
                                           {std::to_string(width), std::to_string(limits::maxFeatures)}));
            continue;
        }
        if (features == 0) {
            features = static_cast<int>(width);
            featuresFrom = name;
        } else if (static_cast<int>(width) != features) {
            problems.push_back(Problem::of(
                name,
                width == 1
                    ? QT_TRANSLATE_NOOP("Problem", "has %1 feature but %2 has %3: every series needs the same features")
                    : QT_TRANSLATE_NOOP("Problem",
                                        "has %1 features but %2 has %3: every series needs the same features"),
                {std::to_string(width), featuresFrom, std::to_string(features)}));
            continue;
        }
        for (std::size_t t = 0; t < series.size() && ok; ++t) {
            for (std::size_t d = 0; d < width; ++d) {
                const double value = series[t][d];
                if (!std::isfinite(static_cast<float>(value))) {
                    problems.push_back(Problem::of(name + index(t) + (width > 1 ? index(d) : ""),
                                                   QT_TRANSLATE_NOOP("Problem",
                                                                     "%1 is not a finite float32 number: a value must "
                                                                     "be finite and within ±3.4e38 (torch.tensor(…, "
                                                                     "dtype=torch.float32) would make it %2)"),
                                                   {numberText(value), std::isnan(value) ? "nan" : "inf"}));
                    ok = false;
                    break;
                }
            }
        }
    }
}

} // namespace

ForecastTask::ForecastTask(const DataConfig &data)
    : m_series(data.series)
    , m_testSeries(data.testSeries)
    , m_features(featuresOf(data))
{
    // A spec counts only where it makes the very numbers stored: a session edited by hand, or
    // numbers typed over a generated series, say nothing about where an anomaly was injected.
    const auto verified = [](const std::vector<SeriesValues> &list, const std::vector<SignalSpec> &specs) {
        std::vector<std::optional<SignalSpec>> out(list.size());
        for (std::size_t k = 0; k < list.size() && k < specs.size(); ++k) {
            const SeriesValues &series = list[k];
            if (!SignalGenerator::validate(specs[k], "g").empty()
                || specs[k].length != static_cast<std::int64_t>(series.size()))
                continue;
            const std::vector<double> values = SignalGenerator::generate(specs[k]);
            bool same = true;
            for (std::size_t t = 0; t < series.size() && same; ++t)
                same = series[t].size() == 1 && static_cast<float>(series[t][0]) == static_cast<float>(values[t]);
            if (same)
                out[k] = specs[k];
        }
        return out;
    };
    m_generators = verified(m_series, data.seriesGenerators);
    m_testGenerators = verified(m_testSeries, data.testSeriesGenerators);
}

const std::optional<SignalSpec> &ForecastTask::generatorOf(std::size_t k, bool test) const
{
    static const std::optional<SignalSpec> none;
    const auto &list = test ? m_testGenerators : m_generators;
    return k < list.size() ? list[k] : none;
}

int ForecastTask::featuresOf(const DataConfig &data)
{
    for (const SeriesValues &series : data.series) {
        if (!series.empty())
            return static_cast<int>(series.front().size());
    }
    return 0;
}

void ForecastTask::validate(const DataConfig &data, std::vector<Problem> &problems)
{
    if (!data.texts.empty() || data.vocabulary || !data.labels.empty() || data.classes)
        problems.push_back(
            Problem::of(data.texts.empty() ? (data.labels.empty() ? "data.vocabulary" : "data.labels") : "data.texts",
                        QT_TRANSLATE_NOOP("Problem",
                                          "is for the character tasks (\"next_character\", \"classify\"); a forecast "
                                          "reads numbers from data.series")));
    if (data.series.empty()) {
        problems.push_back(Problem::of("data.series",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "there is no series: give at least one series of 2 or more "
                                                         "points, e.g. [[0.0, 0.5, 0.87, 1.0]]")));
        return;
    }
    int features = 0;
    std::string featuresFrom;
    std::int64_t points = 0;
    validateSeries(data.series, "data.series", features, featuresFrom, points, problems);
    validateSeries(data.testSeries, "data.test_series", features, featuresFrom, points, problems);
    if (points > limits::maxTotalPoints) {
        problems.push_back(Problem::of("data.series",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "and data.test_series have %1 points in all; the limit is %2 "
                                                         "(every point is a time step rnnlab traces and draws)"),
                                       {std::to_string(points), std::to_string(limits::maxTotalPoints)}));
    }
    const auto checkGenerators = [&](const std::vector<SignalSpec> &generators, const std::vector<SeriesValues> &list,
                                     const std::string &field, const std::string &listField) {
        if (generators.empty())
            return;
        if (generators.size() != list.size()) {
            problems.push_back(
                Problem::of(field,
                            QT_TRANSLATE_NOOP("Problem",
                                              "describes %1 series but %2 has %3: give one generator "
                                              "per series, or leave it out (it is informative)"),
                            {std::to_string(generators.size()), listField, std::to_string(list.size())}));
            return;
        }
        for (std::size_t k = 0; k < generators.size(); ++k) {
            for (Problem &problem : SignalGenerator::validate(generators[k], field + index(k)))
                problems.push_back(std::move(problem));
        }
    };
    checkGenerators(data.seriesGenerators, data.series, "data.generator.series", "data.series");
    checkGenerators(data.testSeriesGenerators, data.testSeries, "data.generator.test_series", "data.test_series");
}

Dataset ForecastTask::encode(const std::vector<SeriesValues> &list) const
{
    Dataset dataset;
    dataset.task = kind();
    dataset.inputSize = inputSize();
    dataset.outputSize = outputSize();
    const Eigen::Index D = m_features;
    for (const SeriesValues &series : list) {
        Sequence sequence;
        const auto n = static_cast<Eigen::Index>(series.size()) - 1;
        sequence.inputValues.resize(D, n);
        sequence.targetValues.resize(D, n);
        for (Eigen::Index t = 0; t < n; ++t) {
            for (Eigen::Index d = 0; d < D; ++d) {
                // torch.tensor(values, dtype=torch.float32): each double rounded to the nearest float.
                sequence.inputValues(d, t) = static_cast<float>(series[std::size_t(t)][std::size_t(d)]);
                sequence.targetValues(d, t) = static_cast<float>(series[std::size_t(t + 1)][std::size_t(d)]);
            }
        }
        dataset.sequences.push_back(std::move(sequence));
    }
    return dataset;
}

Dataset ForecastTask::dataset() const
{
    return encode(m_series);
}

Dataset ForecastTask::testDataset() const
{
    return encode(m_testSeries);
}

std::int64_t ForecastTask::timeSteps() const
{
    std::int64_t steps = 0;
    for (const auto &list : {&m_series, &m_testSeries})
        for (const SeriesValues &series : *list)
            steps += series.empty() ? 0 : static_cast<std::int64_t>(series.size()) - 1;
    return steps;
}

const Loss &ForecastTask::loss() const
{
    return MSELoss::instance();
}

std::u32string ForecastTask::outputName(int row) const
{
    std::u32string name = U"x";
    if (m_features > 1) {
        for (char c : std::to_string(row + 1))
            name += static_cast<char32_t>(c);
    }
    return name;
}

std::u32string ForecastTask::predictionText(const SequenceTrace<float> &sequence) const
{
    std::u32string text;
    char buffer[32];
    const Eigen::Index D = sequence.logits.rows();
    for (Eigen::Index t = 0; t < sequence.logits.cols(); ++t) {
        if (t > 0)
            text += U' ';
        if (D > 1)
            text += U'(';
        for (Eigen::Index d = 0; d < D; ++d) {
            if (d > 0)
                text += U", ";
            std::snprintf(buffer, sizeof buffer, "%.3g", static_cast<double>(sequence.logits(d, t)));
            for (const char *c = buffer; *c; ++c)
                text += static_cast<char32_t>(*c);
        }
        if (D > 1)
            text += U')';
    }
    return text;
}

double ForecastTask::metric(const Trace<float> &trace) const
{
    double sum = 0.0;
    std::int64_t count = 0;
    for (const auto &sequence : trace.sequences) {
        sum += (sequence.logits - sequence.targetValues).cwiseAbs().template cast<double>().sum();
        count += sequence.targetValues.size();
    }
    return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

std::optional<Problem> ForecastTask::checkSavedPrediction(std::size_t, const std::u32string &,
                                                          const std::string &) const
{
    return std::nullopt;
}

} // namespace rnnlab
