// SPDX-License-Identifier: MIT
#include "engine/linear.h"

namespace rnnlab {

template<typename T>
void Linear<T>::forward(const ParameterSet<T> &parameters, const LinearBlock &block, const Matrix<T> &inputs,
                        Matrix<T> &outputs)
{
    outputs.noalias() = parameters.matrix(block.weight) * inputs;
    outputs.colwise() += parameters.vector(block.bias);
}

template<typename T>
void Linear<T>::forward(const ParameterSet<T> &parameters, const LinearBlock &block, const Vector<T> &input,
                        Vector<T> &output)
{
    output.noalias() = parameters.matrix(block.weight) * input;
    output += parameters.vector(block.bias);
}

template<typename T>
void Linear<T>::backward(const ParameterSet<T> &parameters, const LinearBlock &block, const Matrix<T> &inputs,
                         const Matrix<T> &dOutputs, ParameterSet<T> &gradients, Matrix<T> &dInputs)
{
    gradients.matrix(block.weight).noalias() += dOutputs * inputs.transpose();
    auto gb = gradients.vector(block.bias);
    for (Eigen::Index t = 0; t < dOutputs.cols(); ++t)
        gb += dOutputs.col(t);
    dInputs.noalias() = parameters.matrix(block.weight).transpose() * dOutputs;
}

template class Linear<float>;
template class Linear<double>;

} // namespace rnnlab
