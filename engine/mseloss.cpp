// SPDX-License-Identifier: MIT
#include "engine/mseloss.h"

#include <algorithm>
#include <bit>

namespace rnnlab {

// --- AtenSum: at::native's cascade_sum (aten/src/ATen/native/cpu/SumKernel.cpp, torch 1.13) ---
// vectorized_inner_sum over a contiguous row of `size` values: row_sum over its whole vectors
// (multi_row_sum: rows of ilp = 4 vectors, each (row, k) accumulated lane by lane into acc[0][k],
// and every levelStep rows the levels cascaded up), the vectors after the last whole row added into
// partial 0, partials 1-3 added into it, then a scalar that starts at 0, adds the values after
// the last whole vector, then the 8 lanes of partial 0. Under 8 values ATen takes the scalar path:
// the same with vectors of width 1. Every access is in increasing order, so the values can stream.

template<typename T>
AtenSum<T>::AtenSum(std::int64_t size)
    : m_width(size >= lanes ? lanes : 1)
    , m_size(size)
{
    const std::int64_t vectors = size / m_width;
    m_rows = vectors / ilp;
    m_vectorEnd = vectors * m_width;
    // utils::CeilLog2(x): 1 for x ≤ 2, else ⌈log2 x⌉.
    const std::int64_t ceilLog2 =
        m_rows <= 2 ? 1 : static_cast<std::int64_t>(std::bit_width(static_cast<std::uint64_t>(m_rows - 1)));
    m_levelPower = static_cast<int>(std::max<std::int64_t>(4, ceilLog2 / levels));
    const std::int64_t levelStep = std::int64_t(1) << m_levelPower;
    m_cascadedRows = (m_rows / levelStep) * levelStep;
    if (m_rows == 0)
        m_rowsDone = true;
}

template<typename T>
void AtenSum<T>::add(T value)
{
    const std::int64_t g = m_index++;
    const std::int64_t rowValues = std::int64_t(ilp) * m_width;
    if (g < m_rows * rowValues) {
        const std::int64_t row = g / rowValues;
        const int k = static_cast<int>((g / m_width) % ilp);
        const int lane = static_cast<int>(g % m_width);
        m_acc[0][k][lane] += value;
        if (g % rowValues == rowValues - 1) {
            const std::int64_t done = row + 1; // multi_row_sum's i after a row
            const std::int64_t levelMask = (std::int64_t(1) << m_levelPower) - 1;
            if (done <= m_cascadedRows && (done & levelMask) == 0) {
                for (int j = 1; j < levels; ++j) {
                    for (int kk = 0; kk < ilp; ++kk)
                        for (int l = 0; l < m_width; ++l) {
                            m_acc[j][kk][l] += m_acc[j - 1][kk][l];
                            m_acc[j - 1][kk][l] = T(0);
                        }
                    if ((done & (levelMask << (j * m_levelPower))) != 0)
                        break;
                }
            }
            if (done == m_rows)
                finishRows();
        }
        return;
    }
    if (!m_rowsDone)
        finishRows();
    if (g < m_vectorEnd) {
        m_acc[0][0][g % m_width] += value; // row_sum: partial_sums[0] += the leftover vectors
        if (g == m_vectorEnd - 1)
            finishVectors();
        return;
    }
    if (!m_vectorsDone)
        finishVectors();
    m_scalar += value;
}

template<typename T>
void AtenSum<T>::finishRows()
{
    // multi_row_sum's end: acc[0][k] += acc[j][k] for j = 1 … levels − 1.
    for (int j = 1; j < levels; ++j)
        for (int k = 0; k < ilp; ++k)
            for (int l = 0; l < m_width; ++l)
                m_acc[0][k][l] += m_acc[j][k][l];
    m_rowsDone = true;
}

template<typename T>
void AtenSum<T>::finishVectors()
{
    // row_sum's end: partial_sums[0] += partial_sums[k] for k = 1 … 3.
    for (int k = 1; k < ilp; ++k)
        for (int l = 0; l < m_width; ++l)
            m_acc[0][0][l] += m_acc[0][k][l];
    m_vectorsDone = true;
}

template<typename T>
T AtenSum<T>::total() const
{
    AtenSum copy = *this;
    if (!copy.m_rowsDone)
        copy.finishRows();
    if (!copy.m_vectorsDone)
        copy.finishVectors();
    T sum = copy.m_scalar; // final_acc: 0, plus the values after the last whole vector …
    for (int l = 0; l < m_width; ++l)
        sum += copy.m_acc[0][0][l]; // … plus the lanes
    return sum;
}

template class AtenSum<float>;
template class AtenSum<double>;

// --- MSELoss ---

namespace {

template<typename T>
void forwardOf(Trace<T> &trace)
{
    std::int64_t values = 0;
    for (const auto &sequence : trace.sequences)
        values += sequence.targetValues.size();
    AtenSum<T> sum(values);
    for (auto &sequence : trace.sequences) {
        // Sized by Trace::allocate (a no-op here then); a trace built by hand gets it now.
        sequence.squaredError.resize(sequence.logits.rows(), sequence.logits.cols());
        for (Eigen::Index t = 0; t < sequence.logits.cols(); ++t) {
            T stepLoss = T(0);
            for (Eigen::Index d = 0; d < sequence.logits.rows(); ++d) {
                const T difference = sequence.logits(d, t) - sequence.targetValues(d, t);
                const T squared = difference * difference; // mse_stub: diff * diff
                sequence.squaredError(d, t) = squared;
                sum.add(squared);
                stepLoss += squared;
            }
            sequence.stepLoss(t) = stepLoss;
        }
    }
    // mean(): sum, then div_ by the count of values.
    trace.loss = values > 0 ? sum.total() / static_cast<T>(values) : T(0);
    trace.correctCount = 0; // a real-valued prediction is near its target, never "right"
}

template<typename T>
void backwardOf(const Trace<T> &, const SequenceTrace<T> &sequence, Eigen::Index t, Eigen::Ref<Vector<T>> dOutputs,
                std::int64_t values)
{
    // mse_loss_backward: norm = 2. / numel in double, cast to the tensor's type; alpha · (input − target).
    const T alpha = static_cast<T>(2.0 / static_cast<double>(values));
    for (Eigen::Index d = 0; d < dOutputs.size(); ++d)
        dOutputs(d) = alpha * (sequence.logits(d, t) - sequence.targetValues(d, t));
}

template<typename T>
std::int64_t valuesOf(const Trace<T> &trace, const SequenceTrace<T> &sequence)
{
    // N·D: every step has a target of D values (the trace's N is its steps).
    return static_cast<std::int64_t>(trace.targetCount) * sequence.targetValues.rows();
}

} // namespace

std::int64_t MSELoss::valueCount(const Trace<float> &trace)
{
    return trace.sequences.empty() ? 0 : valuesOf(trace, trace.sequences.front());
}

float MSELoss::stepShare(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t)
{
    const std::int64_t values = valuesOf(trace, sequence);
    return values > 0 ? sequence.stepLoss(t) / static_cast<float>(values) : 0.0f;
}

const MSELoss &MSELoss::instance()
{
    static const MSELoss loss;
    return loss;
}

void MSELoss::forward(Trace<float> &trace) const
{
    forwardOf(trace);
}

void MSELoss::forward(Trace<double> &trace) const
{
    forwardOf(trace);
}

void MSELoss::backward(const Trace<float> &trace, const SequenceTrace<float> &sequence, Eigen::Index t,
                       Eigen::Ref<Vector<float>> dOutputs) const
{
    backwardOf(trace, sequence, t, dOutputs, valuesOf(trace, sequence));
}

void MSELoss::backward(const Trace<double> &trace, const SequenceTrace<double> &sequence, Eigen::Index t,
                       Eigen::Ref<Vector<double>> dOutputs) const
{
    backwardOf(trace, sequence, t, dOutputs, valuesOf(trace, sequence));
}

} // namespace rnnlab
