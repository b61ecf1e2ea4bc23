// SPDX-License-Identifier: MIT
#include "engine/statepca.h"

#include <Eigen/SVD>

#include <cmath>

namespace rnnlab {

StatePca StatePca::of(const Matrix<double> &states)
{
    const Eigen::Index H = states.cols();
    StatePca pca;
    pca.m_mean = states.colwise().mean().transpose();
    const Matrix<double> centred = states.rowwise() - pca.m_mean.transpose();

    // BDCSVD: Jacobi's accuracy for small matrices (it switches below 16 columns), fast for a
    // long text's thousands of rows. Only V is needed.
    const Eigen::BDCSVD<Matrix<double>> svd(centred, Eigen::ComputeThinV);
    const Vector<double> &s = svd.singularValues();
    const double total = s.squaredNorm();
    pca.m_components = Matrix<double>::Zero(2, H);
    for (Eigen::Index i = 0; i < 2 && i < svd.matrixV().cols(); ++i) {
        Vector<double> v = svd.matrixV().col(i);
        Eigen::Index largest = 0;
        for (Eigen::Index k = 1; k < H; ++k) {
            if (std::abs(v(k)) > std::abs(v(largest)))
                largest = k; // strict: the first largest entry on a tie
        }
        if (v(largest) < 0)
            v = -v;
        pca.m_components.row(i) = v.transpose();
        pca.m_ratio(i) = total > 0.0 ? s(i) * s(i) / total : 0.0;
    }
    pca.m_points = centred * pca.m_components.transpose();
    return pca;
}

Matrix<double> StatePca::project(const Matrix<double> &states) const
{
    return (states.rowwise() - m_mean.transpose()) * m_components.transpose();
}

} // namespace rnnlab
