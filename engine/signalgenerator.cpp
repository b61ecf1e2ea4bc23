// SPDX-License-Identifier: MIT
#include "engine/signalgenerator.h"

#include "engine/session.h"

#include <cmath>
#include <numbers>
#include <random>

namespace rnnlab {

std::vector<Problem> SignalGenerator::validate(const SignalSpec &spec, const std::string &field)
{
    std::vector<Problem> problems;
    const auto positive = [&](double value, const std::string &name, const char *pattern) {
        if (!std::isfinite(value) || value <= 0.0)
            problems.push_back(Problem::of(field + "." + name, pattern, {numberText(value)}));
    };
    positive(spec.period, "period",
             QT_TRANSLATE_NOOP("Problem",
                               "%1 is not allowed: the period must be a finite number of time steps > 0 (e.g. 20)"));
    if (spec.wave == WaveKind::TwoSines)
        positive(spec.period2, "period2",
                 QT_TRANSLATE_NOOP("Problem",
                                   "%1 is not allowed: the second sine's period must be a finite number of time "
                                   "steps > 0"));
    if (spec.length < 1 || spec.length > limits::maxTotalPoints)
        problems.push_back(Problem::of(field + ".length",
                                       QT_TRANSLATE_NOOP("Problem", "%1 is out of range: a series has 1 to %2 points"),
                                       {std::to_string(spec.length), std::to_string(limits::maxTotalPoints)}));
    for (const auto &[name, value] :
         {std::pair{"amplitude", spec.amplitude}, {"amplitude2", spec.amplitude2}, {"phase", spec.phase}}) {
        if (!std::isfinite(value))
            problems.push_back(Problem::of(
                field + "." + name, QT_TRANSLATE_NOOP("Problem", "%1 is not a finite number"), {numberText(value)}));
    }
    if (!std::isfinite(spec.noise) || spec.noise < 0.0)
        problems.push_back(Problem::of(field + ".noise",
                                       QT_TRANSLATE_NOOP("Problem",
                                                         "%1 is not allowed: the noise's standard deviation must be a "
                                                         "finite number ≥ 0 (0: no noise)"),
                                       {numberText(spec.noise)}));
    if (spec.anomaly) {
        const AnomalySpec &a = *spec.anomaly;
        if (a.at < 0 || a.at >= spec.length)
            problems.push_back(Problem::of(
                field + ".anomaly.at",
                QT_TRANSLATE_NOOP("Problem", "%1 is not a point of the series: it must be between 0 and %2"),
                {std::to_string(a.at), std::to_string(spec.length - 1)}));
        if (a.length < (a.kind == AnomalyKind::LevelShift ? 0 : 1))
            problems.push_back(
                Problem::of(field + ".anomaly.length",
                            a.kind == AnomalyKind::LevelShift
                                ? QT_TRANSLATE_NOOP(
                                    "Problem", "%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)")
                                : QT_TRANSLATE_NOOP("Problem", "%1 is not allowed: the anomaly lasts at least 1 point"),
                            {std::to_string(a.length)}));
        if (!std::isfinite(a.size))
            problems.push_back(Problem::of(field + ".anomaly.size",
                                           QT_TRANSLATE_NOOP("Problem", "%1 is not a finite number"),
                                           {numberText(a.size)}));
    }
    for (double value : {spec.amplitude, spec.amplitude2, spec.noise, spec.anomaly ? spec.anomaly->size : 0.0}) {
        if (std::isfinite(value) && std::abs(value) > 1e30) {
            problems.push_back(Problem::of(field,
                                           QT_TRANSLATE_NOOP("Problem",
                                                             "has a value of %1: keep amplitudes, noise and anomaly "
                                                             "sizes within ±1e30 so that every point is a float32 "
                                                             "number"),
                                           {numberText(value)}));
            break;
        }
    }
    return problems;
}

std::vector<double> SignalGenerator::normals(std::int64_t seed, std::int64_t count)
{
    std::mt19937 random(static_cast<std::mt19937::result_type>(static_cast<std::uint64_t>(seed)));
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, count)));
    constexpr double twoTo32 = 4294967296.0;
    for (std::int64_t i = 0; i < count; ++i) {
        const double u1 = (static_cast<double>(random()) + 0.5) / twoTo32; // (0, 1): log(u1) is finite
        const double u2 = static_cast<double>(random()) / twoTo32; // [0, 1)
        out.push_back(std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2));
    }
    return out;
}

std::vector<double> SignalGenerator::generate(const SignalSpec &spec)
{
    const std::int64_t n = spec.length;
    std::vector<double> values(static_cast<std::size_t>(n));
    const double twoPi = 2.0 * std::numbers::pi;
    for (std::int64_t t = 0; t < n; ++t) {
        const double angle = twoPi * static_cast<double>(t) / spec.period + spec.phase;
        double u = static_cast<double>(t) / spec.period + spec.phase / twoPi;
        u -= std::floor(u);
        double v = 0.0;
        switch (spec.wave) {
        case WaveKind::Sine: v = spec.amplitude * std::sin(angle); break;
        case WaveKind::Square: v = u < 0.5 ? spec.amplitude : -spec.amplitude; break;
        case WaveKind::Sawtooth: v = spec.amplitude * (2.0 * u - 1.0); break;
        case WaveKind::Triangle:
            v = spec.amplitude * (u < 0.25 ? 4.0 * u : u < 0.75 ? 2.0 - 4.0 * u : 4.0 * u - 4.0);
            break;
        case WaveKind::TwoSines:
            v = spec.amplitude * std::sin(angle)
                + spec.amplitude2 * std::sin(twoPi * static_cast<double>(t) / spec.period2);
            break;
        }
        values[static_cast<std::size_t>(t)] = v;
    }
    if (spec.noise > 0.0) {
        const std::vector<double> z = normals(spec.noiseSeed, n);
        for (std::size_t t = 0; t < values.size(); ++t)
            values[t] += spec.noise * z[t];
    }
    if (spec.anomaly) {
        const AnomalySpec &a = *spec.anomaly;
        const auto at = static_cast<std::size_t>(a.at);
        const std::size_t end = a.kind == AnomalyKind::LevelShift && a.length == 0
            ? values.size()
            : std::min(values.size(), at + std::size_t(a.length));
        switch (a.kind) {
        case AnomalyKind::Spike: values[at] += a.size; break;
        case AnomalyKind::LevelShift:
            for (std::size_t t = at; t < end; ++t)
                values[t] += a.size;
            break;
        case AnomalyKind::Flat:
            for (std::size_t t = at + 1; t < end; ++t)
                values[t] = values[at];
            break;
        }
    }
    for (double &v : values)
        v = static_cast<double>(static_cast<float>(v));
    return values;
}

SeriesValues SignalGenerator::series(const SignalSpec &spec)
{
    SeriesValues out;
    for (double v : generate(spec))
        out.push_back({v});
    return out;
}

} // namespace rnnlab
