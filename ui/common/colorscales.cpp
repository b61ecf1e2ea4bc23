// SPDX-License-Identifier: MIT
#include "ui/common/colorscales.h"

#include "app/worker/snapshot.h"
#include "ui/common/colormap.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! Max |x| over \a values (NaN-safe; an infinity counts).
double maxAbs(const float *values, Eigen::Index count)
{
    double m = 0.0;
    for (Eigen::Index i = 0; i < count; ++i) {
        const double a = std::abs(static_cast<double>(values[i]));
        if (a > m)
            m = a;
    }
    return m;
}

//! The largest finite |value| of \a values (0 when there is none).
double maxAbsFinite(const Vector<float> &values)
{
    float best = 0.0f;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const float a = std::fabs(values[i]);
        if (a > best && std::isfinite(a))
            best = a;
    }
    return best;
}

double parameterScale(const ParameterSet<float> &set)
{
    return set.isNull() ? 1.0 : niceScale(maxAbsFinite(set.flat()));
}

} // namespace

ColorScales ColorScales::of(const TrainingSnapshot &snapshot)
{
    ColorScales scales;
    scales.weights = niceScale(maxAbs(snapshot.weights.flat().data(), snapshot.weights.flat().size()));
    const bool relu = snapshot.setup && snapshot.setup->session.model.cell == CellKind::RnnRelu;
    double hiddenMax = 1.0;
    // The forward values of every sequence the graph can show: a forecast run's test series too.
    const auto eachShown = [&snapshot](auto f) {
        for (const auto &s : snapshot.trace.sequences)
            f(s);
        if (snapshot.forecast)
            for (const auto &s : snapshot.forecast->testTrace.sequences)
                f(s);
    };
    if (relu) {
        hiddenMax = 0.0;
        eachShown([&](const SequenceTrace<float> &s) {
            for (const auto &layer : s.layers)
                hiddenMax = std::max(hiddenMax, maxAbs(layer.hidden.data(), layer.hidden.size()));
        });
    }
    scales.hidden = relu ? niceScale(hiddenMax) : 1.0; // tanh: h ∈ [−1, 1]
    double gradientMax = 0.0;
    if (snapshot.trace.hasGradients) {
        for (const auto &s : snapshot.trace.sequences)
            for (const auto &layer : s.layers)
                gradientMax = std::max(gradientMax, maxAbs(layer.dHidden.data(), layer.dHidden.size()));
    }
    scales.hiddenGradient = niceScale(gradientMax);
    double cellMax = 0.0;
    double cellGradientMax = 0.0;
    for (const auto &s : snapshot.trace.sequences) {
        for (const auto &layer : s.layers) {
            if (snapshot.trace.hasGradients)
                cellGradientMax = std::max(cellGradientMax, maxAbs(layer.dCell.data(), layer.dCell.size()));
        }
    }
    eachShown([&](const SequenceTrace<float> &s) {
        for (const auto &layer : s.layers)
            cellMax = std::max(cellMax, maxAbs(layer.cell.data(), layer.cell.size()));
    });
    scales.cell = niceScale(cellMax);
    scales.cellGradient = niceScale(cellGradientMax);
    scales.parameters = parameterScale(snapshot.weights);
    scales.gradients = parameterScale(snapshot.lastGradients);
    scales.update = parameterScale(snapshot.lastUpdate);
    return scales;
}

} // namespace rnnlab
