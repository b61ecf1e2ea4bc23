// SPDX-License-Identifier: MIT
// The lecture's "RNN is flexible" picture: which inputs and outputs a task uses, and so which of
// the unfolded graph's nodes and arrows its picture has. Pure functions: GraphLayout sizes the
// single output of a many-to-one picture with it, GraphView leaves out of its painting and
// tooltips what the picture does not have. Not where things go (GraphLayout).
//
// One-to-many is drawn two ways. As it runs (freeRun, a generating run's TrainingSnapshot::freeRuns):
// x_1 given, every later x_t the character picked at t − 1, so every step has its input and output
// and GraphScene adds the arrows from y_{t−1} down to x_t. Without a free run (a task that does not
// generate): the training pass with every input but x_1 hidden.
#pragma once

namespace rnnlab {

struct GraphNode;
struct GraphEdge;

//! Many-to-many: an input and an output at every time step (next-character prediction);
//! many-to-one: every input, one output after the last (classifying a text); one-to-many: one
//! input, then an output at every step, each fed back as the next input (generation); one-to-one:
//! one input, one output, no recurrence (a plain feed-forward network).
enum class TaskShape { ManyToMany, ManyToOne, OneToMany, OneToOne };

//! Whether the picture of \a shape over \a T time steps has x_t (and its character) at \a t;
//! \a freeRun: one-to-many drawn as it generates (see the top).
bool shapeHasInput(TaskShape shape, int t, int T, bool freeRun = false);
//! Whether it has y_t (and its prediction) at \a t.
bool shapeHasOutput(TaskShape shape, int t, int T);
//! Whether it has the column \a t at all (one-to-one: only t = 0).
bool shapeHasStep(TaskShape shape, int t, int T);
//! "many-to-one", …
const char *shapeName(TaskShape shape);

//! Whether the unfolded picture of \a shape over \a T time steps has \a node: its column, and an
//! input or output only where the shape has one.
bool shapeHasNode(TaskShape shape, const GraphNode &node, int T, bool freeRun = false);
//! Whether it has \a edge: its column, W_xh⁽¹⁾ only from an input it has, W_hy only to an output
//! it has (a folded loop always).
bool shapeHasEdge(TaskShape shape, const GraphEdge &edge, int T, bool freeRun = false);

} // namespace rnnlab
