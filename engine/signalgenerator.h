// SPDX-License-Identifier: MIT
// The signals a forecast session can start from (issue 15): a sine, square, sawtooth or triangle
// wave, or the sum of two sines, with optional Gaussian noise of its own seed and an optional
// anomaly (a spike, a level shift, a flat stretch). A pure function of a SignalSpec: the numbers it
// makes are what a session stores in data.series (the spec itself, data.generator, is only
// informative), so a saved session trains the same everywhere. Not the task (tasks/forecasttask.h)
// nor reading a spec from a file.
//
//   u_t = frac(t / P + φ / 2π)                    (where in its period point t is; P = period)
//   sine      A sin(2π t / P + φ)
//   square    A for u_t < 1/2, −A after
//   sawtooth  A (2 u_t − 1)
//   triangle  A · (4 u_t for u_t < 1/4;  2 − 4 u_t for u_t < 3/4;  4 u_t − 4 after)  (in phase with the sine)
//   two sines A sin(2π t / P + φ) + A₂ sin(2π t / P₂)
//   noise     + σ z_t, z_t ~ N(0, 1): std::mt19937(noise_seed), two 32-bit draws per z by Box–Muller,
//             z = √(−2 ln u₁) cos(2π u₂), u₁ = (a + 0.5) / 2³², u₂ = b / 2³² — written out here
//             because std::normal_distribution differs between standard libraries
//   anomaly   spike: + size at t = at; level shift: + size for at ≤ t < at + length (length 0: to
//             the end); flat: the value at `at` held for at ≤ t < at + length
// Every value is computed in double, then rounded to float32 (what the network reads).
#pragma once

#include "engine/types.h"

#include <string>
#include <vector>

namespace rnnlab {

class SignalGenerator
{
public:
    //! Problems with \a spec, each naming its field under \a field ("data.generator.series[0].period").
    static std::vector<Problem> validate(const SignalSpec &spec, const std::string &field);
    //! The spec.length values of a valid \a spec (each a float32 value, as a double).
    static std::vector<double> generate(const SignalSpec &spec);
    //! generate() as a one-feature series (one row of one value per point).
    static SeriesValues series(const SignalSpec &spec);
    //! The first \a count standard normal draws from \a seed, as the noise uses them.
    static std::vector<double> normals(std::int64_t seed, std::int64_t count);
};

} // namespace rnnlab
