// SPDX-License-Identifier: MIT
#include "engine/cell.h"

#include "engine/grucell.h"
#include "engine/lstmcell.h"

namespace rnnlab {

template<typename T>
void Cell<T>::forward(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, LayerTrace<T> &trace)
{
    switch (const CellKind kind = p.layout().model().cell) {
    case CellKind::RnnTanh:
    case CellKind::RnnRelu: return RnnCell<T>::forward(p, layer, kind == CellKind::RnnRelu, input, trace);
    case CellKind::Lstm: return LstmCell<T>::forward(p, layer, input, trace);
    case CellKind::Gru: return GruCell<T>::forward(p, layer, input, trace);
    }
}

template<typename T>
void Cell<T>::backward(const ParameterSet<T> &p, int layer, const LayerInput<T> &input, LayerTrace<T> &trace,
                       ParameterSet<T> &gradients, Matrix<T> *dInput)
{
    switch (const CellKind kind = p.layout().model().cell) {
    case CellKind::RnnTanh:
    case CellKind::RnnRelu:
        return RnnCell<T>::backward(p, layer, kind == CellKind::RnnRelu, input, trace, gradients, dInput);
    case CellKind::Lstm: return LstmCell<T>::backward(p, layer, input, trace, gradients, dInput);
    case CellKind::Gru: return GruCell<T>::backward(p, layer, input, trace, gradients, dInput);
    }
}

template<typename T>
void Cell<T>::step(const ParameterSet<T> &p, int layer, int oneHot, const Vector<T> *x, CellState<T> &state)
{
    switch (const CellKind kind = p.layout().model().cell) {
    case CellKind::RnnTanh:
    case CellKind::RnnRelu: return RnnCell<T>::step(p, layer, kind == CellKind::RnnRelu, oneHot, x, state);
    case CellKind::Lstm: return LstmCell<T>::step(p, layer, oneHot, x, state);
    case CellKind::Gru: return GruCell<T>::step(p, layer, oneHot, x, state);
    }
}

template class Cell<float>;
template class Cell<double>;

} // namespace rnnlab
