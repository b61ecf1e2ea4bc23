// SPDX-License-Identifier: MIT
#include "ui/graph/graphtooltip.h"

#include "engine/gates.h"
#include "ui/common/matrixtensor.h"
#include "ui/common/readernumber.h"
#include "ui/matrices/matrixlabels.h"

#include <QLocale>
#include <QStringList>

namespace rnnlab {

namespace {

//! Every digit of a float32 (nine significant digits give it back exactly): what a student
//! checking a rounded number by hand needs.
QString number(double value)
{
    return formatExactValue(value);
}

//! A gate's title without its letter, which the tooltip prints in bold before it ("input gate").
QString gateWords(CellKind cell, int gate)
{
    const QString title = gateTitle(cell, gate);
    const QString letter = u' ' + gateLetter(cell, gate);
    return title.endsWith(letter) ? title.chopped(letter.size()) : title;
}

} // namespace

QString GraphToolTip::at(QPointF scene, const GraphLayout &layout, const TrainingSnapshot &snapshot,
                         const SequenceTrace<float> &sequence, TaskShape shape, bool outputsHidden, bool gradients,
                         const GenerationTrace *freeRun)
{
    const SequenceTrace<float> *s = &sequence;
    if (!snapshot.setup)
        return {};
    const RunSetup &setup = *snapshot.setup;
    const Vocabulary &vocabulary = setup.vocabulary;
    const int L = setup.session.model.numLayers;
    const int shownT = s->length() - 1;
    const auto outputName = [&setup](int index) { return outputLabel(*setup.task, index); };
    // Many-to-one: the outputs are P(class | the whole text so far), scored at the last step.
    const bool manyToOne = setup.task->shape() == SequenceShape::ManyToOne;
    for (const auto &e : layout.edges()) {
        if (!e.thumbnail.isEmpty() && e.thumbnail.contains(scene)) {
            const int tensor = matrixTensor(snapshot.weights.layout(), e.role, e.layer);
            if (tensor < 0)
                return {};
            const auto &spec = snapshot.weights.layout().tensor(tensor);
            const QString name = matrixName(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, L,
                                            snapshot.setup->session.model.cell);
            if (snapshot.whatIfNoMemory && e.role == MatrixRole::HiddenToHidden)
                return tr("<b>%1 = 0</b> (%2), %3×%4: What if W_hh = 0? — the graph's forward pass uses "
                          "zeros here; the trained values are in the Matrices panel")
                    .arg(name, QString::fromStdString(spec.name))
                    .arg(spec.rows)
                    .arg(spec.cols);
            return tr("<b>%1</b> (%2), %3×%4: the same matrix at every time step")
                .arg(name, QString::fromStdString(spec.name))
                .arg(spec.rows)
                .arg(spec.cols);
        }
    }
    const GraphNode *node = layout.nodeAt(scene);
    if (!node || (layout.isFolded() && node->t != shownT)
        || !(layout.isFolded() || shapeHasNode(shape, *node, s->length(), freeRun != nullptr)))
        return {};
    if (outputsHidden
        && (node->kind == NodeKind::Output || node->kind == NodeKind::Prediction || node->kind == NodeKind::TimeStep))
        return tr("Hidden until you have predicted (Lesson ▸ Reveal)");
    const int t = node->t;
    const auto ut = static_cast<std::size_t>(t);
    const int cell = GraphLayout::cellAt(*node, scene);
    // A time series: x_t and y_t are values, every one written out.
    if (s->inputs.empty()) {
        const int D = int(s->inputValues.rows());
        const auto point = [&](const Matrix<float> &m, int col) {
            QStringList v;
            for (int d = 0; d < D; ++d)
                v << number(m(d, col));
            return D == 1 ? v.front() : QStringLiteral("(%1)").arg(v.join(ReaderNumber::listSeparator()));
        };
        switch (node->kind) {
        case NodeKind::TimeStep:
            return tr("Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3")
                .arg(t + 1)
                .arg(point(s->inputValues, t), point(s->targetValues, t));
        case NodeKind::InputChar:
            return tr("x_%1 = %2: the series' value at time step %1").arg(t + 1).arg(point(s->inputValues, t));
        case NodeKind::OneHot:
            if (cell < 0 || cell >= D)
                return {};
            return tr("x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)")
                .arg(t + 1)
                .arg(cell + 1)
                .arg(number(s->inputValues(cell, t)));
        case NodeKind::Output:
            if (cell < 0 || cell >= D)
                return {};
            return tr("y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)<br>"
                      "target %4 · error %5 · squared %6")
                .arg(t + 1)
                .arg(cell + 1)
                .arg(number(s->logits(cell, t)), number(s->targetValues(cell, t)),
                     number(s->logits(cell, t) - s->targetValues(cell, t)),
                     number((s->logits(cell, t) - s->targetValues(cell, t))
                            * (s->logits(cell, t) - s->targetValues(cell, t))));
        case NodeKind::Prediction:
            return tr("x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 "
                      "after x_%1 = %2, where the network predicts %3<br>"
                      "squared error at this step (summed over the features) %5")
                .arg(t + 1)
                .arg(point(s->inputValues, t), point(s->logits, t), point(s->targetValues, t), number(s->stepLoss(t)))
                .arg(t + 2);
        default: break;
        }
    }
    const QString in = s->inputs.empty() ? QString() : visibleCharacter(vocabulary.character(s->inputs[ut]));
    if (freeRun && node->kind == NodeKind::InputChar) {
        if (t < freeRun->primeLength)
            return tr("x_%1 = ‘%2’: given, the training text's first character; generation starts here")
                .arg(t + 1)
                .arg(in);
        return tr("x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input")
            .arg(t + 1)
            .arg(in)
            .arg(t);
    }
    if (freeRun && node->kind == NodeKind::Prediction) {
        const QString picked = outputName(s->predictions[ut]);
        QString text = !snapshot.freeRunTemperature
            ? tr("At t = %1 the network picks ‘%2’, the most probable (greedy)").arg(t + 1).arg(picked)
            : tr("At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)")
                  .arg(t + 1)
                  .arg(picked, QLocale().toString(*snapshot.freeRunTemperature, 'g', 3))
                  .arg(snapshot.freeRunSeed);
        if (t == freeRun->partsAt)
            text += QStringLiteral("<br>")
                + tr("The training text has ‘%1’ here: the generated text parts from it at this step")
                      .arg(outputName(s->targets[ut]));
        else if (s->targets[ut] >= 0)
            text += QStringLiteral("<br>") + tr("as the training text");
        else if (freeRun->partsAt >= 0 && t > freeRun->partsAt)
            text += QStringLiteral("<br>") + tr("(past where it parted from the training text: nothing to compare)");
        return text;
    }
    switch (node->kind) {
    case NodeKind::TimeStep:
        if (s->targets[ut] < 0)
            return tr("Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step's)")
                .arg(t + 1)
                .arg(in);
        return tr("Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’")
            .arg(t + 1)
            .arg(in, outputName(s->targets[ut]));
    case NodeKind::InputChar: return tr("x_%1 = ‘%2’ (time step %1)").arg(t + 1).arg(in);
    case NodeKind::OneHot:
        if (cell < 0)
            return {};
        return tr("x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)")
            .arg(t + 1)
            .arg(cell)
            .arg(cell == s->inputs[ut] ? 1 : 0)
            .arg(in, visibleCharacter(vocabulary.character(cell)));
    case NodeKind::Gates: {
        const CellKind kind = setup.session.model.cell;
        const auto &layer = s->layers[static_cast<std::size_t>(node->layer)];
        const int H = setup.session.model.hiddenSize;
        //: %1 the time step, %2 ", layer N" (or nothing).
        QString text = tr("Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)")
                           .arg(t + 1)
                           .arg(L > 1 ? tr(", layer %1").arg(node->layer + 1) : QString());
        for (int g = 0; g < node->cells; ++g) {
            QStringList values;
            for (int k = 0; k < H && k < 8; ++k)
                values << number(layer.gates(gateRows(g, H).row(k), t));
            if (H > 8)
                values << QStringLiteral("…");
            text += QStringLiteral("<br><span style='color:%1'>■</span> <b>%2</b> %3: %4")
                        .arg(gateColor(kind, g).name(), gateLetter(kind, g), gateWords(kind, g),
                             values.join(QStringLiteral(" ")));
        }
        return text;
    }
    case NodeKind::CellState: {
        if (cell < 0)
            return {};
        const auto &layer = s->layers[static_cast<std::size_t>(node->layer)];
        if (gradients)
            //: %1 the time step, %2 " of layer N" (or nothing), %3 the unit, then the values.
            return tr("dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)")
                .arg(t + 1)
                .arg(L > 1 ? tr(" of layer %1").arg(node->layer + 1) : QString())
                .arg(cell + 1)
                .arg(number(layer.dCell(cell, t)), number(layer.cell(cell, t)));
        //: %1 the time step, %2 " of layer N" (or nothing), %3 the unit, then the values.
        return tr("c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g")
            .arg(t + 1)
            .arg(L > 1 ? tr(" of layer %1").arg(node->layer + 1) : QString())
            .arg(cell + 1)
            .arg(number(layer.cell(cell, t)));
    }
    case NodeKind::Hidden: {
        if (cell < 0)
            return {};
        const auto &layer = s->layers[static_cast<std::size_t>(node->layer)];
        // Walking back the strip shows dL/dh_t: so does its tooltip, with every digit.
        if (gradients)
            //: %1 the time step, %2 " of layer N" (or nothing), %3 the unit, then the values.
            return tr("dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)")
                .arg(t + 1)
                .arg(L > 1 ? tr(" of layer %1").arg(node->layer + 1) : QString())
                .arg(cell + 1)
                .arg(number(layer.dHidden(cell, t)), number(layer.hidden(cell, t)));
        const CellKind kind = setup.session.model.cell;
        if (kind == CellKind::Lstm || kind == CellKind::Gru) {
            const bool lstm = kind == CellKind::Lstm;
            return QStringLiteral("h_%1%2[%3] = %4<br>%5")
                .arg(t + 1)
                .arg(L > 1 ? tr(" of layer %1").arg(node->layer + 1) : QString())
                .arg(cell + 1)
                .arg(number(layer.hidden(cell, t)))
                .arg(lstm ? QStringLiteral("= o ⊙ tanh(c_t): o = %1, c_t = %2")
                                .arg(number(layer.gates(gateRows(LstmGate::Output, node->cells).row(cell), t)),
                                     number(layer.cell(cell, t)))
                          : QStringLiteral("= (1 − z) ⊙ n + z ⊙ h_{t−1}: z = %1, n = %2")
                                .arg(number(layer.gates(gateRows(GruGate::Update, node->cells).row(cell), t)),
                                     number(layer.gates(gateRows(GruGate::New, node->cells).row(cell), t))));
        }
        //: %1 the time step, %2 " of layer N" (or nothing), %3 the unit, then the values.
        return tr("h_%1%2[%3] = %4<br>pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)")
            .arg(t + 1)
            .arg(L > 1 ? tr(" of layer %1").arg(node->layer + 1) : QString())
            .arg(cell + 1)
            .arg(number(layer.hidden(cell, t)))
            .arg(number(layer.preActivation(cell, t)))
            .arg(number(layer.hiddenPart(cell, t)))
            .arg(number(layer.inputPart(cell, t)));
    }
    case NodeKind::Output: {
        if (cell < 0)
            return {};
        // Conditioned on everything read so far, not on the last character: the two l's of
        // "hello" give different probabilities (lesson step 1). Long texts: the last 20.
        QString read;
        for (std::size_t k = 0; k <= ut && k < s->inputs.size(); ++k)
            read += visibleCharacter(vocabulary.character(s->inputs[k]));
        if (read.size() > 20)
            read = QStringLiteral("…") + read.right(20);
        //: %1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 " · the target"
        //: or nothing, %6 " · predicted" or nothing.
        return (manyToOne ? tr("P(class ‘%1’ | the text up to ‘%2’) = %3<br>logit %4%5%6")
                          : tr("P(next = ‘%1’ | ‘%2’) = %3<br>logit %4%5%6"))
            .arg(outputName(cell), manyToOne || read.isEmpty() ? in : read)
            .arg(number(s->probabilities(cell, t)))
            .arg(number(s->logits(cell, t)))
            .arg(cell == s->targets[ut] ? tr(" · the target") : QString())
            .arg(cell == s->predictions[ut] ? tr(" · predicted") : QString());
    }
    case NodeKind::Prediction: {
        const bool correct = s->predictions[ut] == s->targets[ut];
        if (s->targets[ut] < 0)
            return tr("After ‘%1’ the network would say ‘%2’; only the last time step is scored")
                .arg(in, outputName(s->predictions[ut]));
        if (manyToOne)
            return tr("After the whole text the network says ‘%1’; its label is ‘%2’: %3<br>loss −log P(‘%2’) = %4")
                .arg(outputName(s->predictions[ut]), outputName(s->targets[ut]), correct ? tr("correct") : tr("wrong"))
                .arg(number(s->stepLoss(t)));
        return tr("After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4<br>"
                  "loss at this step −log P(‘%3’) = %5")
            .arg(in, outputName(s->predictions[ut]), outputName(s->targets[ut]), correct ? tr("correct") : tr("wrong"))
            .arg(number(s->stepLoss(t)));
    }
    }
    return {};
}

} // namespace rnnlab
