// SPDX-License-Identifier: MIT
// The recurrent cell of a layer, whichever kind its stack has: forward, backward through time and
// one time step, dispatched on RecurrentBlock::cell to RecurrentLayer (recurrentlayer.h: the loop
// through time, written once) with the per-step math of RnnCell, LstmCell or GruCell. Network and
// generation see only this.
//
// To add a cell kind: a class with its per-step math and its backward (as rnncell.h; the
// interface is in recurrentlayer.h), its gates in gates.h, a CellKind, and one case in each
// function of cell.cpp.
#pragma once

#include "engine/recurrentlayer.h"

namespace rnnlab {

template<typename T>
class Cell
{
public:
    //! Fills every forward field of \a trace (layer \a layer of \a stack, all time steps).
    static void forward(const ParameterSet<T> &parameters, const RecurrentBlock &stack, int layer,
                        const LayerInput<T> &input, LayerTrace<T> &trace);

    //! BPTT for one layer: reads trace.dHiddenFromAbove, fills the backward fields, adds the
    //! layer's parameter gradients into \a gradients and writes dL/dx_t into \a dInput (in × n) when
    //! the input is dense and \a dInput is given.
    static void backward(const ParameterSet<T> &parameters, const RecurrentBlock &stack, int layer,
                         const LayerInput<T> &input, LayerTrace<T> &trace, ParameterSet<T> &gradients,
                         Matrix<T> *dInput);

    //! One time step of one layer, with the same arithmetic as forward(): the one-hot index
    //! \a oneHot (first layer) or the vector \a x; \a state holds h_{t−1} on entry and h_t on return.
    static void step(const ParameterSet<T> &parameters, const RecurrentBlock &stack, int layer, int oneHot,
                     const Vector<T> *x, CellState<T> &state);
};

extern template class Cell<float>;
extern template class Cell<double>;

} // namespace rnnlab
