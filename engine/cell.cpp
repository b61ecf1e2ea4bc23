// SPDX-License-Identifier: MIT
#include "engine/cell.h"

#include "engine/grucell.h"
#include "engine/lstmcell.h"
#include "engine/rnncell.h"

namespace rnnlab {

template<typename T>
void Cell<T>::forward(const ParameterSet<T> &p, const RecurrentBlock &stack, int layer, const LayerInput<T> &input,
                      LayerTrace<T> &trace)
{
    const RecurrentLayerTensors &tensors = stack.layer(layer);
    switch (const CellKind kind = stack.cell) {
    case CellKind::RnnTanh:
    case CellKind::RnnRelu:
        return RecurrentLayer<T, RnnCell<T>>::forward(p, tensors, RnnCell<T>(kind == CellKind::RnnRelu), input, trace);
    case CellKind::Lstm: return RecurrentLayer<T, LstmCell<T>>::forward(p, tensors, LstmCell<T>(), input, trace);
    case CellKind::Gru: return RecurrentLayer<T, GruCell<T>>::forward(p, tensors, GruCell<T>(), input, trace);
    }
}

template<typename T>
void Cell<T>::backward(const ParameterSet<T> &p, const RecurrentBlock &stack, int layer, const LayerInput<T> &input,
                       LayerTrace<T> &trace, ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    const RecurrentLayerTensors &tensors = stack.layer(layer);
    switch (const CellKind kind = stack.cell) {
    case CellKind::RnnTanh:
    case CellKind::RnnRelu:
        return RecurrentLayer<T, RnnCell<T>>::backward(p, tensors, RnnCell<T>(kind == CellKind::RnnRelu), input, trace,
                                                       gradients, dInput);
    case CellKind::Lstm:
        return RecurrentLayer<T, LstmCell<T>>::backward(p, tensors, LstmCell<T>(), input, trace, gradients, dInput);
    case CellKind::Gru:
        return RecurrentLayer<T, GruCell<T>>::backward(p, tensors, GruCell<T>(), input, trace, gradients, dInput);
    }
}

template<typename T>
void Cell<T>::step(const ParameterSet<T> &p, const RecurrentBlock &stack, int layer, int oneHot, const Vector<T> *x,
                   CellState<T> &state)
{
    const RecurrentLayerTensors &tensors = stack.layer(layer);
    switch (const CellKind kind = stack.cell) {
    case CellKind::RnnTanh:
    case CellKind::RnnRelu:
        return RecurrentLayer<T, RnnCell<T>>::step(p, tensors, RnnCell<T>(kind == CellKind::RnnRelu), oneHot, x, state);
    case CellKind::Lstm: return RecurrentLayer<T, LstmCell<T>>::step(p, tensors, LstmCell<T>(), oneHot, x, state);
    case CellKind::Gru: return RecurrentLayer<T, GruCell<T>>::step(p, tensors, GruCell<T>(), oneHot, x, state);
    }
}

template class Cell<float>;
template class Cell<double>;

} // namespace rnnlab
