// SPDX-License-Identifier: MIT
// The values of every tensor of a model (weights, gradients, or an optimizer's running average) as
// one flat buffer, with the tensors of a ParameterLayout (parameterlayout.h: their state_dict names,
// blocks and shapes) on top. Every per-element loop (Adam, SGD, clipping, copying a snapshot) is
// one pass over one buffer, and each tensor is contiguous and row-major exactly as in torch.
#pragma once

#include "engine/eigentypes.h"
#include "engine/parameterlayout.h"

#include <memory>

namespace rnnlab {

//! Values for every tensor of a layout (weights, gradients, or an optimizer moment).
template<typename T>
class ParameterSet
{
public:
    ParameterSet() = default;
    explicit ParameterSet(std::shared_ptr<const ParameterLayout> layout)
        : m_layout(std::move(layout))
        , m_values(Vector<T>::Zero(static_cast<Eigen::Index>(m_layout->totalSize())))
    { }

    const std::shared_ptr<const ParameterLayout> &layoutPtr() const { return m_layout; }
    const ParameterLayout &layout() const { return *m_layout; }
    bool isNull() const { return !m_layout; }

    //! All values, tensor after tensor.
    Vector<T> &flat() { return m_values; }
    const Vector<T> &flat() const { return m_values; }

    T *data(int tensor) { return m_values.data() + m_layout->tensor(tensor).offset; }
    const T *data(int tensor) const { return m_values.data() + m_layout->tensor(tensor).offset; }

    //! A weight tensor as a (rows × cols) row-major matrix.
    RowMatrixMap<T> matrix(int tensor)
    {
        const auto &spec = m_layout->tensor(tensor);
        return RowMatrixMap<T>(data(tensor), spec.rows, spec.cols);
    }
    ConstRowMatrixMap<T> matrix(int tensor) const
    {
        const auto &spec = m_layout->tensor(tensor);
        return ConstRowMatrixMap<T>(data(tensor), spec.rows, spec.cols);
    }
    //! Any tensor as its flat (row-major) values.
    VectorMap<T> vector(int tensor)
    {
        return VectorMap<T>(data(tensor), static_cast<Eigen::Index>(m_layout->tensor(tensor).size()));
    }
    ConstVectorMap<T> vector(int tensor) const
    {
        return ConstVectorMap<T>(data(tensor), static_cast<Eigen::Index>(m_layout->tensor(tensor).size()));
    }

    //! The same values in another scalar type (float <-> double for gradient checks).
    template<typename U>
    ParameterSet<U> cast() const
    {
        ParameterSet<U> out(m_layout);
        out.flat() = m_values.template cast<U>();
        return out;
    }

    bool allFinite() const { return m_values.allFinite(); }

private:
    std::shared_ptr<const ParameterLayout> m_layout;
    Vector<T> m_values;
};

} // namespace rnnlab
