// SPDX-License-Identifier: MIT
// Forecast (task "forecast", many-to-many, issue 15: the lecture's time-series prediction): at
// every time step the network predicts the next value of every feature of a real-valued series.
// A series of n points is n − 1 time steps: its first n − 1 points are the inputs, its last n − 1
// the targets. Every series is its own sequence from a zero state. Model:
// torch.nn.RNN/LSTM/GRU(D, H, L, batch_first=True), then torch.nn.Linear(H, D) (an output layer is
// the default for this task; without one, H = D). Loss: MSELoss (mean) over every value of every
// target. Session fields: data.series (each ≥ 2 points of D features), data.test_series (optional:
// evaluated, never trained on), data.generator (optional, informative).
//
//   x_t = series[t]  (D),   target_t = series[t + 1]  (D),   t = 0 … n − 2
//   metric: the mean absolute error |y_t − target_t| over every value
//
// Symbols: D = features, n = points of a series.
#pragma once

#include "engine/task.h"

namespace rnnlab {

class ForecastTask final : public Task
{
public:
    explicit ForecastTask(const DataConfig &data);
    static void validate(const DataConfig &data, std::vector<Problem> &problems);

    //! D: the features of every point (0 for no series).
    static int featuresOf(const DataConfig &data);

    TaskKind kind() const override { return TaskKind::Forecast; }
    SequenceShape shape() const override { return SequenceShape::ManyToMany; }
    int inputSize() const override { return m_features; }
    //! O = D: the next value of every feature.
    int outputSize() const override { return m_features; }
    Dataset dataset() const override;
    //! The test series encoded as dataset() encodes the training series (empty without any).
    Dataset testDataset() const;
    //! How training series \a k (or test series \a k) was generated: data.generator's spec, only
    //! where SignalGenerator makes exactly the series stored (as float32); otherwise none (typed
    //! numbers, or a spec that no longer matches them), and nothing is claimed about the series.
    const std::optional<SignalSpec> &generatorOf(std::size_t k, bool test) const;
    std::int64_t timeSteps() const override;
    const Loss &loss() const override;

    //! "x" for one feature, "x1", "x2", … for several.
    std::u32string outputName(int row) const override;
    OutputKind outputKind() const override { return OutputKind::Value; }
    //! The predicted next values, 3 significant digits, separated by spaces ("0.1 0.48 …"); a
    //! point of several features in parentheses ("(0.1, 1) (0.2, 0.98)").
    std::u32string predictionText(const SequenceTrace<float> &sequence) const override;
    //! Yes: a predicted value is the next input (the free-running forecast).
    bool canGenerate() const override { return true; }
    std::string metricName() const override { return "mean absolute error"; }
    //! The mean absolute error over every value of every target (0 … ∞; lower is better).
    double metric(const Trace<float> &trace) const override;
    //! A saved prediction is any text (its numbers are rounded for reading).
    std::optional<Problem> checkSavedPrediction(std::size_t sample, const std::u32string &prediction,
                                                const std::string &field) const override;

private:
    Dataset encode(const std::vector<SeriesValues> &series) const;

    std::vector<SeriesValues> m_series;
    std::vector<SeriesValues> m_testSeries;
    std::vector<std::optional<SignalSpec>> m_generators; // one per series: see generatorOf()
    std::vector<std::optional<SignalSpec>> m_testGenerators;
    int m_features = 0;
};

} // namespace rnnlab
