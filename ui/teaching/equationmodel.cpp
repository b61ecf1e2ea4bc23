// SPDX-License-Identifier: MIT
#include "ui/teaching/equationmodel.h"

#include "ui/common/readernumber.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/contextequations.h"
#include "ui/teaching/equationitems.h"
#include "ui/teaching/gatedequations.h"
#include "ui/teaching/stackplace.h"
#include "ui/teaching/valueequations.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <set>

namespace rnnlab {

using namespace equation;

namespace {
//! What the loss phase computes, in the task's words: a classifier scores its label once, at the
//! last step; a character model the next character at every step.
QString lossWords(const Task &task)
{
    if (task.shape() == SequenceShape::ManyToOne)
        return QCoreApplication::translate(
            "rnnlab::EquationModel",
            "the loss of the text: −log of the probability of its label (scored at the last step)");
    return task.outputKind() == OutputKind::Character
        ? QCoreApplication::translate("rnnlab::EquationModel",
                                      "the loss at this step: −log of the probability of the next character")
        : QCoreApplication::translate("rnnlab::EquationModel",
                                      "the loss at this step: −log of the probability of the target");
}

} // namespace

std::vector<int> EquationModel::window(int count, int focus)
{
    std::vector<int> out;
    if (count <= fullLimit) {
        for (int i = 0; i < count; ++i)
            out.push_back(i);
        return out;
    }
    focus = std::clamp(focus, 0, count - 1);
    std::set<int> shown = {0, 1, count - 2, count - 1};
    for (int i = focus - 2; i <= focus + 2; ++i) {
        if (i >= 0 && i < count)
            shown.insert(i);
    }
    int previous = -1;
    for (int i : shown) {
        if (previous >= 0 && i > previous + 1)
            out.push_back(-1);
        out.push_back(i);
        previous = i;
    }
    return out;
}

Equation EquationModel::build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit)
{
    Equation eq;
    const RunSetup &setup = *snapshot.setup;
    const ModelConfig &model = setup.session.model;
    const bool relu = model.cell == CellKind::RnnRelu;
    const QString act = relu ? QStringLiteral("ReLU") : QStringLiteral("tanh");
    const int L = model.numLayers;
    const int H = model.hiddenSize;
    const auto &sequence = snapshot.shownSequence(textIndex); // a test series too (forward only)
    // An encoder–decoder's cursor is in one of two stacks: its layer is the trace's (StackPlace).
    const StackPlace place(snapshot, textIndex, cursor);
    const int t = std::clamp(cursor.t, 0, place.steps - 1);
    const int l = place.layer;
    const auto &layer = sequence.layers[static_cast<std::size_t>(place.traceLayer)];
    const ParameterSet<float> &w = snapshot.weights;
    const ParameterLayout &layout = w.layout();
    const RecurrentBlock &stack = layout.stack(static_cast<std::size_t>(place.stack));
    unit = std::clamp(unit, 0, H - 1);
    // A time series (OutputHead::Value): x_t is D real values, y_t the predicted next ones, no softmax.
    const OutputHead head = outputHeadOf(*setup.task);
    const bool values = head == OutputHead::Value;
    const int input = values ? -1 : place.inputs[static_cast<std::size_t>(t)];
    // "⁽²⁾", after an encoder–decoder's "^{enc}" / "^{dec}".
    const QString layerSup = L > 1 ? matrixName(MatrixRole::Bias, l, L).mid(1) : QString();
    const QString sup = place.tag + layerSup;
    const QString topSup = (place.encoderDecoder ? QStringLiteral("^{dec}") : QString())
        + (L > 1 ? matrixName(MatrixRole::Bias, L - 1, L).mid(1) : QString());
    const auto all = [](int n) { return EquationModel::window(n, 0); };
    const bool large = H > rowLimit;
    // What layer l reads: x_t at the bottom, the layer below's h_t⁽ˡ⁻¹⁾ above it.
    const QString in = l == 0 ? QStringLiteral("x_t")
                              : QStringLiteral("h_t") + place.tag + matrixName(MatrixRole::Bias, l - 1, L).mid(1);
    const QString inputPart = QStringLiteral("W_xh %1 + b_ih").arg(in);
    // Large matrices: only the focused unit's row.
    const std::vector<int> unitRows = large ? std::vector<int>{unit} : all(H);

    const QString headSymbols = values ? ValueEquations::symbolic(model, topSup, int(sequence.logits.rows()))
        : model.outputLayer            ? QStringLiteral("y_t = W_hy h_t%1 + b_y,   p_t = softmax(y_t)").arg(topSup)
                                       : QStringLiteral("y_t = h_t%1,   p_t = softmax(y_t)").arg(topSup);
    eq.symbolic = cursor.isBackward()
        ? (relu ? tr("dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t > 0]")
                : tr("dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)"))
        // A stack names every symbol's layer, and y_t reads the top layer's h_t.
        //: The RNN's equations. %1 the activation (tanh or ReLU), %2 the output's equations, %3 the number
        //: of time steps, %4 the layer's input (x_t), %5 the layer's superscript (empty for one layer).
        : tr("h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   "
             "for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)")
              .arg(act, headSymbols)
              .arg(sequence.length())
              .arg(in, sup);
    // A forecast run's test series: forward only (its squared error, no loss share, no backward).
    const bool test = snapshot.isTestSequence(textIndex);
    const int testNumber = textIndex - int(snapshot.trace.sequences.size()) + 1;
    const QString direction =
        place.captionPrefix() + (cursor.isBackward() ? tr("Backward through time") : tr("Forward"));
    eq.caption = QStringLiteral("%1 · t = %2%3 — %4")
                     //: The walk's direction (Forward) and which test series it walks.
                     .arg(test ? tr("%1, test series %2").arg(direction).arg(testNumber) : direction)
                     .arg(t + 1) // on screen the lecture's 1 … n; the trace's arrays are 0-based
                     .arg(L > 1 && !cursor.isOutputPhase() ? tr(", layer %1").arg(l + 1) : QString())
                     .arg(cursor.phase == Phase::Loss && !values ? lossWords(*setup.task)
                              : cursor.phase == Phase::Loss && test
                              ? tr("the squared error of this step: (y_t − x_{t+1})² per feature "
                                   "(a test series: no share of L)")
                              : cursor.phase == Phase::BackwardHidden && place.encoder()
                              ? tr("dL/dh_t: the encoder has no outputs; from t+1, and at its last step from "
                                   "the decoder's dL/dh_0 across the context")
                              : cursor.phase == Phase::InputPart && l > 0
                              //: %1 is the input's term of the equation (W_xh h_t + b_ih).
                              ? tr("%1: what the layer below contributes").arg(inputPart)
                              : TimeStepWalker::description(cursor.phase, model.cell, model.outputLayer, head));

    // x_t: the one-hot vector or a time series' D values (layer 1), or the layer below's h_t.
    const auto inputVector = [&](bool emphasis) {
        if (l == 0 && values)
            return vector(sequence.inputValues.col(t), QStringLiteral("x_%1").arg(t + 1), 0, emphasis);
        if (l == 0) {
            EquationItem x;
            x.kind = EquationItem::Kind::Matrix;
            x.text = QStringLiteral("x_%1%2 = %3").arg(t + 1).arg(place.tag, place.inputName(input));
            x.emphasis = emphasis;
            x.fullRows = place.inputCount;
            x.fullColumns = 1;
            x.rowIndex = EquationModel::window(place.inputCount, input);
            x.columnIndex = {0};
            x.highlightRow = input;
            for (int r : x.rowIndex)
                x.values.push_back(r < 0 ? std::numeric_limits<float>::quiet_NaN() : (r == input ? 1.0f : 0.0f));
            return x;
        }
        return vector(
            sequence.layers[static_cast<std::size_t>(place.traceLayer - 1)].hidden.col(t),
            QStringLiteral("h_%1%2%3").arg(t + 1).arg(place.tag, matrixName(MatrixRole::Bias, l - 1, L).mid(1)), unit,
            emphasis);
    };
    const auto inputLine = [&](bool current) {
        EquationLine line;
        line.current = current;
        const auto Wih = w.matrix(stack.weightIh(l));
        // A one-hot x_t picks one column of W_xh: that column is highlighted.
        const int column = l == 0 ? std::max(0, input) : unit;
        line.items.push_back(matrix(Wih, QStringLiteral("W_xh") + sup, unitRows,
                                    EquationModel::window(int(Wih.cols()), column), current, MatrixRole::InputToHidden,
                                    large ? unit : -1, l == 0 ? input : -1));
        line.items.push_back(inputVector(false));
        line.items.push_back(text(QStringLiteral("+")));
        line.items.push_back(vector(w.vector(stack.biasIh(l)), QStringLiteral("b_ih") + sup, unit, false));
        line.items.push_back(text(QStringLiteral("=")));
        line.items.push_back(vector(layer.inputPart.col(t), inputPart, unit, current));
        line.arithmetic.push_back({LineArithmetic::Kind::Affine, {0, 1, 3}, 5});
        return line;
    };
    const auto hiddenLine = [&](bool current) {
        EquationLine line;
        line.current = current;
        const auto Whh = w.matrix(stack.weightHh(l));
        line.items.push_back(matrix(Whh, QStringLiteral("W_hh") + sup, unitRows, EquationModel::window(H, unit),
                                    current, MatrixRole::HiddenToHidden, large ? unit : -1));
        if (t == 0 && layer.initialHidden.size() > 0) {
            // A decoder starts from the context: the encoder's final state of this layer.
            EquationItem context = vector(layer.initialHidden,
                                          tr("h_0%1 = h_%2%3 (the context)")
                                              .arg(sup)
                                              .arg(sequence.layers[std::size_t(l)].hidden.cols())
                                              .arg(QStringLiteral("^{enc}") + layerSup),
                                          unit, false);
            context.source = TraceSource{TraceSource::Field::InitialHidden, place.traceLayer, 0, 0};
            line.items.push_back(context);
        } else if (t == 0) {
            EquationItem zero;
            zero.kind = EquationItem::Kind::Matrix;
            zero.text = QStringLiteral("h_0 = 0");
            zero.fullRows = H;
            zero.fullColumns = 1;
            zero.rowIndex = EquationModel::window(H, unit);
            zero.columnIndex = {0};
            for (int r : zero.rowIndex)
                zero.values.push_back(r < 0 ? std::numeric_limits<float>::quiet_NaN() : 0.0f);
            line.items.push_back(zero);
        } else {
            line.items.push_back(vector(layer.hidden.col(t - 1), QStringLiteral("h_%1").arg(t) + sup, unit, false));
        }
        line.items.push_back(text(QStringLiteral("+")));
        line.items.push_back(vector(w.vector(stack.biasHh(l)), QStringLiteral("b_hh") + sup, unit, false));
        line.items.push_back(text(QStringLiteral("=")));
        line.items.push_back(vector(layer.hiddenPart.col(t), QStringLiteral("W_hh h_{t−1} + b_hh"), unit, current));
        line.arithmetic.push_back({LineArithmetic::Kind::Affine, {0, 1, 3}, 5});
        return line;
    };
    const auto sumLine = [&](bool current, bool activation) {
        EquationLine line;
        line.current = current;
        if (activation)
            line.items.push_back(text(QStringLiteral("h_%1%2 = %3(").arg(t + 1).arg(sup, act), current));
        line.items.push_back(vector(layer.inputPart.col(t), inputPart, unit, false));
        line.items.push_back(text(QStringLiteral("+")));
        line.items.push_back(vector(layer.hiddenPart.col(t), QStringLiteral("W_hh h_{t−1} + b_hh"), unit, false));
        line.items.push_back(text(activation ? QStringLiteral(") = %1(").arg(act) : QStringLiteral("=")));
        const int first = activation ? 1 : 0; // the input part, after "h_t = tanh(" when there is one
        line.arithmetic.push_back({LineArithmetic::Kind::Sum, {first, first + 2}, int(line.items.size())});
        line.items.push_back(
            vector(layer.preActivation.col(t), QStringLiteral("a_%1").arg(t + 1) + sup, unit, current && !activation));
        if (activation) {
            line.items.push_back(text(QStringLiteral(") =")));
            line.arithmetic.push_back({LineArithmetic::Kind::Map,
                                       {int(line.items.size()) - 2},
                                       int(line.items.size()),
                                       relu ? LineArithmetic::Function::Relu : LineArithmetic::Function::Tanh});
            line.items.push_back(vector(layer.hidden.col(t), QStringLiteral("h_%1").arg(t + 1) + sup, unit, true));
        }
        return line;
    };
    const auto &top = sequence.layers.back();
    // (A time series has neither: its y_t is the prediction, its target x_{t+1}; ValueEquations.)
    // (An encoder's t may lie beyond the decoder's steps: its outputs are never read there.)
    const auto tOut = static_cast<std::size_t>(std::min(t, sequence.length() - 1));
    const int predicted = values ? 0 : sequence.predictions[tOut];
    const int target = values ? -1 : sequence.targets[tOut];
    const bool manyToOne = setup.task->shape() == SequenceShape::ManyToOne; // the target is the label
    const auto outName = [&](int index) { return QStringLiteral("‘%1’").arg(outputLabel(*setup.task, index)); };
    const auto outputLine = [&](bool current) {
        EquationLine line;
        line.current = current;
        if (model.outputLayer) {
            const auto Why = w.matrix(layout.fcWeight());
            line.items.push_back(text(QStringLiteral("y_%1 =").arg(t + 1)));
            line.items.push_back(matrix(Why, QStringLiteral("W_hy"), EquationModel::window(int(Why.rows()), predicted),
                                        EquationModel::window(H, unit), current, MatrixRole::HiddenToOutput,
                                        predicted));
            line.items.push_back(vector(top.hidden.col(t), QStringLiteral("h_%1").arg(t + 1), unit, false));
            line.items.push_back(text(QStringLiteral("+")));
            line.items.push_back(vector(w.vector(layout.fcBias()), QStringLiteral("b_y"), predicted, false));
            line.items.push_back(text(QStringLiteral("=")));
            line.arithmetic.push_back({LineArithmetic::Kind::Affine, {1, 2, 4}, 6});
        } else {
            line.items.push_back(text(QStringLiteral("y_%1 = h_%1 =").arg(t + 1)));
        }
        line.items.push_back(
            vector(sequence.logits.col(t), tr("y_%1 (logits)").arg(t + 1), predicted, current, predicted));
        return line;
    };
    // The softmax, then (one line each, so that the panel stays narrow) the prediction and the loss.
    // At the softmax phase itself the computation in between, as the lecture writes it:
    // softmax(y_t) = exp(y_t) / Σ exp(y_t), entry by entry, with exp(y_t) and its sum from the
    // trace's logits (the engine subtracts max y_t first and keeps neither) and p_t the engine's.
    const auto softmaxLines = [&](bool current, int phase) {
        std::vector<EquationLine> lines;
        EquationLine line;
        line.current = current;
        line.items.push_back(text(QStringLiteral("p_%1 = softmax(").arg(t + 1)));
        line.items.push_back(vector(sequence.logits.col(t), QStringLiteral("y_%1").arg(t + 1), predicted, false));
        line.items.push_back(text(QStringLiteral(") =")));
        if (phase == 0) {
            const Eigen::VectorXf exps = sequence.logits.col(t).unaryExpr([](float y) { return std::exp(y); });
            double total = 0.0;
            for (float e : exps)
                total += double(e);
            const Eigen::Matrix<float, 1, 1> sum = Eigen::Matrix<float, 1, 1>::Constant(float(total));
            line.items.push_back(vector(exps, QStringLiteral("exp(y_%1)").arg(t + 1), predicted, current));
            line.items.push_back(text(QStringLiteral("/")));
            line.items.push_back(vector(sum, QStringLiteral("Σ exp(y_%1)").arg(t + 1), 0, current));
            line.items.push_back(text(QStringLiteral("=")));
            line.arithmetic.push_back({LineArithmetic::Kind::Map, {1}, 3, LineArithmetic::Function::Exp});
            line.arithmetic.push_back({LineArithmetic::Kind::Total, {3}, 5});
            line.arithmetic.push_back({LineArithmetic::Kind::Ratio, {3, 5}, 7});
        } else {
            line.arithmetic.push_back({LineArithmetic::Kind::Softmax, {1}, 3});
        }
        line.items.push_back(vector(sequence.probabilities.col(t), QStringLiteral("p_%1").arg(t + 1), predicted,
                                    current && phase == 0, phase >= 1 ? predicted : -1));
        lines.push_back(line);
        if (phase >= 1) {
            EquationLine prediction;
            prediction.current = current;
            const float p = sequence.probabilities(predicted, t);
            const QString verdict = target < 0 ? tr(" (not scored: a classifier is scored at the last time step only)")
                : predicted == target          ? QStringLiteral(" ✓")
                //: %1 is the true label (a character or class).
                : manyToOne ? tr(" ✗ (the label is %1)").arg(outName(target))
                            //: %1 is the true next character.
                            : tr(" ✗ (the text goes on with %1)").arg(outName(target));
            //: %1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict
            //: (✓, or ✗ with the true one).
            prediction.items.push_back(text(tr("the largest is p_%1[%2] = %3: predicts %2%4")
                                                .arg(t + 1)
                                                .arg(outName(predicted), ReaderNumber::fixed(p, 3), verdict),
                                            current && phase == 1));
            lines.push_back(prediction);
        }
        if (phase >= 2) {
            EquationLine loss;
            loss.current = current;
            if (target < 0)
                loss.items.push_back(text(tr("no loss at t = %1: this time step has no target").arg(t + 1), current));
            else
                loss.items.push_back(text(QStringLiteral("loss_%1 = −log p_%1[%2] = −log %3 = %4")
                                              .arg(t + 1)
                                              .arg(outName(target))
                                              .arg(ReaderNumber::fixed(sequence.probabilities(target, t), 4))
                                              .arg(ReaderNumber::fixed(sequence.stepLoss(t), 4)),
                                          current));
            lines.push_back(loss);
        }
        return lines;
    };
    const auto append = [&eq](std::vector<EquationLine> lines) {
        for (auto &line : lines)
            eq.lines.push_back(std::move(line));
    };

    if (test && cursor.isBackward()) { // nothing to walk back: no loss of it was ever differentiated
        const QStringList words = ValueEquations::testSeriesWords();
        for (qsizetype i = 0; i < words.size(); ++i) {
            EquationLine line;
            line.current = true;
            line.items.push_back(text(i == 0 ? tr("no backward pass — %1").arg(words[i]) : words[i], true));
            eq.lines.push_back(line);
        }
        return eq;
    }
    if (cursor.phase == Phase::Context || cursor.phase == Phase::BackwardContext) {
        ContextEquations::build(snapshot, textIndex, cursor, unit, eq);
        return eq;
    }
    const bool gatedLayerPhase = (model.cell == CellKind::Lstm || model.cell == CellKind::Gru)
        && cursor.phase != Phase::Input && !cursor.isOutputPhase();
    if (gatedLayerPhase) {
        GatedEquations::build(snapshot, textIndex, cursor, unit, eq);
        return eq;
    }
    if (model.cell == CellKind::Lstm || model.cell == CellKind::Gru) // the RNN's h_t equation does not apply
        eq.symbolic = headSymbols;
    if (values && cursor.isOutputPhase()) {
        ValueEquations::build(snapshot, textIndex, cursor, unit, eq);
        return eq;
    }

    switch (cursor.phase) {
    case Phase::Input: {
        EquationLine line;
        line.current = true;
        line.items.push_back(text(
            //: %1 the time step, %2 the layer's superscript, %3 the layer below.
            l > 0 ? tr("x_%1%2 = h_%1 of layer %3 =").arg(t + 1).arg(sup).arg(l)
                : values && test
                //: %1 the time step, %2 the test series' number.
                ? tr("x_%1 = the values of test series %2 at t = %1 =").arg(t + 1).arg(testNumber)
                //: %1 the time step, %2 the series' number.
                : values ? tr("x_%1 = the values of series %2 at t = %1 =").arg(t + 1).arg(textIndex + 1)
                         : QStringLiteral("x_%1%2 = one-hot(%3) =").arg(t + 1).arg(place.tag, place.inputName(input)),
            true));
        line.items.push_back(inputVector(true));
        eq.lines.push_back(line);
        if (place.decoder() && l == 0) {
            EquationLine why;
            why.items.push_back(text(tr("teacher forcing: the decoder reads the previous target token (<sos> at "
                                        "the first step), not its own previous output")));
            eq.lines.push_back(why);
        } else if (place.encoder() && l == 0) {
            EquationLine why;
            why.items.push_back(text(tr("the encoder reads the source one character at a time; it has no outputs")));
            eq.lines.push_back(why);
        }
        break;
    }
    case Phase::InputPart: eq.lines.push_back(inputLine(true)); break;
    case Phase::HiddenPart:
        eq.lines.push_back(inputLine(false));
        eq.lines.push_back(hiddenLine(true));
        break;
    case Phase::Sum:
        eq.lines.push_back(hiddenLine(false));
        eq.lines.push_back(sumLine(true, false));
        break;
    case Phase::Activation: eq.lines.push_back(sumLine(true, true)); break;
    case Phase::Output:
        eq.lines.push_back(outputLine(true));
        // Beyond fullLimit units W_hy's columns and h_t show a window: the predicted output's
        // y_t worked out unit by unit below it, every term shown.
        if (model.outputLayer && H > fullLimit) {
            append(termLines(w.matrix(layout.fcWeight()), top.hidden.col(t), w.vector(layout.fcBias()),
                             sequence.logits.col(t), predicted, t, QStringLiteral("[%1]").arg(outName(predicted)), 4,
                             true));
        }
        break;
    case Phase::Softmax:
        eq.lines.push_back(outputLine(false));
        append(softmaxLines(true, 0));
        break;
    case Phase::Prediction: append(softmaxLines(true, 1)); break;
    case Phase::Loss: {
        append(softmaxLines(true, 2));
        EquationLine mean;
        // The count is the trace's own: the scored time steps (a classifier scores one per text).
        const QString over = manyToOne
            ? tr("the mean over the %1 texts' labels (one scored step each)").arg(snapshot.trace.targetCount)
            : tr("the mean over the %1 scored time steps of all texts").arg(snapshot.trace.targetCount);
        mean.items.push_back(text(
            //: %1 what the loss averages ("the mean over the 12 scored time steps of all texts"), %2 its value.
            tr("the training loss is %1: L = %2").arg(over, ReaderNumber::fixed(snapshot.trace.loss, 4))));
        eq.lines.push_back(mean);
        break;
    }
    case Phase::Gates:
    case Phase::CellState: break; // gated cells only (GatedEquations)
    case Phase::Context:
    case Phase::BackwardContext: break; // contextLines
    case Phase::BackwardHidden:
    case Phase::BackwardCell:
    case Phase::BackwardPre: {
        if (!snapshot.trace.hasGradients) {
            eq.lines.push_back(noGradientsLine());
            break;
        }
        EquationLine hidden;
        hidden.current = cursor.phase == Phase::BackwardHidden;
        if (values && l == L - 1 && cursor.phase == Phase::BackwardHidden)
            eq.lines.push_back(ValueEquations::gradientLine(snapshot, textIndex, t));
        if (place.feedsOutput() && target >= 0 && cursor.phase == Phase::BackwardHidden) {
            // Where dL/dy_t comes from, with the 1/N a student applying "p − y" would otherwise
            // miss: L is the mean over the N predictions (the engine's count), so each step's
            // share is 1/N of p_t − one-hot(target).
            EquationLine fromOutput;
            fromOutput.items.push_back(
                //: %1 the time step, %2 the target ('e'), %3 the number of predictions N.
                text(tr("dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions")
                         .arg(t + 1)
                         .arg(QStringLiteral("‘%1’").arg(outputLabel(*setup.task, target)))
                         .arg(snapshot.trace.targetCount)));
            eq.lines.push_back(fromOutput);
        }
        hidden.items.push_back(text(QStringLiteral("dL/dh_%1%2 =").arg(t + 1).arg(sup), hidden.current));
        const QString fromAbove = gradientFromAbove(model, place, t);
        hidden.items.push_back(vector(layer.dHiddenFromAbove.col(t), fromAbove, unit, false));
        hidden.items.push_back(text(QStringLiteral("+")));
        hidden.items.push_back(
            vector(layer.dHiddenThroughTime.col(t),
                   t + 1 < place.steps ? QStringLiteral("W_hhᵀ dL/da_%1").arg(t + 2) : afterLastStep(place, t), unit,
                   hidden.current));
        hidden.items.push_back(text(QStringLiteral("=")));
        hidden.items.push_back(
            vector(layer.dHidden.col(t), QStringLiteral("dL/dh_%1").arg(t + 1) + place.tag, unit, hidden.current));
        hidden.arithmetic.push_back({LineArithmetic::Kind::Sum, {1, 3}, 5});
        eq.lines.push_back(hidden);
        if (cursor.phase == Phase::BackwardPre) {
            EquationLine pre;
            pre.current = true;
            // (No "%1²" in a pattern: QString::arg would read "¹²" as part of the placeholder.)
            pre.items.push_back(
                text(relu ? tr("dL/da_%1 = dL/dh_%1 where h_%1 > 0 =").arg(t + 1)
                          : QStringLiteral("dL/da_%1 = dL/dh_%1 ⊙ (1 − h_%1").arg(t + 1) + QStringLiteral("²) ="),
                     true));
            pre.items.push_back(vector(layer.dPreActivation.col(t), QStringLiteral("dL/da_%1").arg(t + 1), unit, true));
            pre.items.push_back(text(tr("→ into ∂W_xh, ∂W_hh, ∂b")));
            eq.lines.push_back(pre);
        }
        break;
    }
    }
    return eq;
}

} // namespace rnnlab
