// SPDX-License-Identifier: MIT
// What the graph's tooltips say: over a matrix thumbnail its slide and PyTorch names and shape;
// over a node its numbers — x_t and its one-hot, every unit of h_t with its pre-activation (or an
// LSTM's o and c_t, a GRU's z and n), c_t, the gates, P(y_t) with the logit, the prediction
// against the target and the step's loss; walking back, dL/dh_t and dL/dc_t. Every number with
// all its float32 digits (the graph prints two decimals). A pure function of what is drawn (the layout, the
// snapshot, the text shown): rich text, no widgets; GraphView shows it. Not the painting.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/graph/graphlayout.h"

#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS
#include <QPointF>
#include <QString>

namespace rnnlab {

struct GraphToolTip
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::GraphToolTip)

public: // the macro leaves the struct private
    //! The tooltip at \a scene (the coordinates of \a layout) for \a sequence of \a snapshot, drawn
    //! as \a shape; \a outputsHidden: the lesson hides y_t until the class has predicted;
    //! \a gradients: the node under \a scene shows dL/dh_t (dL/dc_t), walking back. Every number
    //! with all its float32 digits. Empty where there is nothing to say. \a freeRun: one-to-many
    //! as it generates (\a sequence is its pass): the inputs and picks say where they come from.
    static QString at(QPointF scene, const GraphLayout &layout, const TrainingSnapshot &snapshot,
                      const SequenceTrace<float> &sequence, TaskShape shape, bool outputsHidden, bool gradients = false,
                      const GenerationTrace *freeRun = nullptr);
};

} // namespace rnnlab
