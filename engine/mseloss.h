// SPDX-License-Identifier: MIT
// torch.nn.MSELoss() (mean) on real-valued targets, as ATen computes it on CPU: the loss of the
// forecast task (and of any task whose targets are real vectors). Every step of every sequence has
// a target of D values; the mean divides by every value of them all, N·D. The head predicts y_t
// itself (the next value): there is no argmax and no probability.
//
//   loss_t = Σ_d (y_t[d] − target_t[d])²            (the squared error of step t, stepLoss; its
//                                                    terms are the trace's squaredError)
//   L = (1/(N·D)) Σ_sequences Σ_t Σ_d (y_t[d] − target_t[d])²
//   dL/dy_t = float(2 / (N·D)) · (y_t − target_t)    (mse_loss_backward: alpha · (input − target) · 1)
//
// The sum runs in float in the order of ATen's sum kernel (SumKernel.cpp's cascade_sum on one
// thread, AVX2: 8-lane vectors, 4 of them interleaved, partial sums cascaded every 16 rows), over
// the targets laid out as torch.cat([o.view(−1, D)]) lays them out — sequence, then step, then
// feature — so that the mean comes out as torch's to the bit whenever the outputs are torch's.
// Not the forecast's metric (the mean absolute error: tasks/forecasttask.h).
//
// Symbols: D = features (rows of y_t), n = time steps of a sequence, N = steps of all sequences.
#pragma once

#include "engine/loss.h"

#include <cstdint>

namespace rnnlab {

class MSELoss final : public Loss
{
public:
    //! The one instance (a loss has no state).
    static const MSELoss &instance();

    void forward(Trace<float> &trace) const override;
    void forward(Trace<double> &trace) const override;
    void backward(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t,
                  Eigen::Ref<Vector<float>> dOutputs) const override;
    void backward(const Trace<double> &trace, const SequenceTrace<double> &sequence, Eigen::Index t,
                  Eigen::Ref<Vector<double>> dOutputs) const override;

    //! N·D: the count of values the mean divides by (every feature of every target of every
    //! sequence of \a trace); 0 for a trace without sequences.
    static std::int64_t valueCount(const Trace<float> &trace);
    //! Step \a t's share of L in float, stepLoss(t) / (N·D), as the walk by hand prints it. Not a
    //! part of training: L is the sum of every squared value in ATen's order, divided once, so the
    //! shares of all steps need not add up to L in its last bit.
    static float stepShare(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t);
};

//! The sum of \a size values handed to add() one by one, in order, with the roundings of ATen's
//! CPU sum of a contiguous tensor of that many values (torch.sum, and so torch.mean and the
//! mean losses that use it) on one thread with AVX2. Exposed for its test.
template<typename T>
class AtenSum
{
public:
    explicit AtenSum(std::int64_t size);
    void add(T value);
    //! After exactly size add()s.
    T total() const;

private:
    static constexpr int lanes = 8; // Vectorized<float>::size() under AVX2
    static constexpr int ilp = 4; // row_sum's ilp_factor
    static constexpr int levels = 4; // multi_row_sum's num_levels
    void finishRows();
    void finishVectors();

    int m_width = lanes; // vector width: 1 when size < 8 (ATen's scalar path)
    std::int64_t m_size = 0;
    std::int64_t m_index = 0; // values added so far
    std::int64_t m_rows = 0; // rows of ilp vectors in multi_row_sum
    std::int64_t m_cascadedRows = 0; // rows in whole blocks of levelStep (cascaded)
    std::int64_t m_vectorEnd = 0; // values in whole vectors
    int m_levelPower = 4;
    T m_acc[levels][ilp][lanes] = {};
    T m_scalar = T(0); // the final accumulator
    bool m_rowsDone = false;
    bool m_vectorsDone = false;
};

extern template class AtenSum<float>;
extern template class AtenSum<double>;

} // namespace rnnlab
