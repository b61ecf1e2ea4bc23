// SPDX-License-Identifier: MIT
#include "ui/graph/taskshape.h"

#include "ui/graph/graphlayout.h"

namespace rnnlab {

bool shapeHasInput(TaskShape shape, int t, int, bool freeRun)
{
    return shape == TaskShape::ManyToMany || shape == TaskShape::ManyToOne || t == 0
        || (shape == TaskShape::OneToMany && freeRun);
}

bool shapeHasOutput(TaskShape shape, int t, int T)
{
    switch (shape) {
    case TaskShape::ManyToMany:
    case TaskShape::OneToMany: return true;
    case TaskShape::ManyToOne: return t == T - 1;
    case TaskShape::OneToOne: return t == 0;
    }
    return true;
}

bool shapeHasStep(TaskShape shape, int t, int)
{
    return shape != TaskShape::OneToOne || t == 0;
}

const char *shapeName(TaskShape shape)
{
    switch (shape) {
    case TaskShape::ManyToMany: return "many-to-many";
    case TaskShape::ManyToOne: return "many-to-one";
    case TaskShape::OneToMany: return "one-to-many";
    case TaskShape::OneToOne: return "one-to-one";
    }
    return "";
}

bool shapeHasNode(TaskShape shape, const GraphNode &node, int T, bool freeRun)
{
    if (!shapeHasStep(shape, node.t, T))
        return false;
    switch (node.kind) {
    case NodeKind::InputChar:
    case NodeKind::OneHot: return shapeHasInput(shape, node.t, T, freeRun);
    case NodeKind::Output:
    case NodeKind::Prediction: return shapeHasOutput(shape, node.t, T);
    default: return true;
    }
}

bool shapeHasEdge(TaskShape shape, const GraphEdge &e, int T, bool freeRun)
{
    if (e.kind == EdgeKind::Loop)
        return true;
    if (!shapeHasStep(shape, e.t, T))
        return false;
    if (e.kind == EdgeKind::Forward && e.role == MatrixRole::HiddenToOutput)
        return shapeHasOutput(shape, e.t, T);
    if (e.kind == EdgeKind::Forward && e.role == MatrixRole::InputToHidden && e.layer == 0)
        return shapeHasInput(shape, e.t, T, freeRun);
    return true;
}

} // namespace rnnlab
