// SPDX-License-Identifier: MIT
#include "ui/teaching/contextequations.h"

#include "ui/teaching/equationitems.h"

namespace rnnlab {

using namespace equation;
using Field = TraceSource::Field;

void ContextEquations::build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit,
                             Equation &eq)
{
    const ModelConfig &model = snapshot.setup->session.model;
    const bool lstm = model.cell == CellKind::Lstm;
    const int L = model.numLayers;
    const auto &sequence = snapshot.shownSequence(textIndex);
    // The cursor sits on the decoder's layer; the encoder's layer of the same depth is L below.
    const int decoderLayer = std::clamp(cursor.layer, L, 2 * L - 1);
    const int encoderLayer = decoderLayer - L;
    const auto &decoder = sequence.layers[std::size_t(decoderLayer)];
    const auto &encoder = sequence.layers[std::size_t(encoderLayer)];
    const int n = int(encoder.hidden.cols());
    unit = std::clamp(unit, 0, model.hiddenSize - 1);
    const QString layerSup = L > 1 ? matrixName(MatrixRole::Bias, encoderLayer, L).mid(1) : QString();
    const QString enc = QStringLiteral("^{enc}") + layerSup;
    const QString dec = QStringLiteral("^{dec}") + layerSup;
    const auto tagged = [&](const Vector<float> &v, const QString &name, Field field, int layer, bool emphasis) {
        EquationItem item = vector(v, name, unit, emphasis);
        item.source = TraceSource{field, layer, 0, 0};
        return item;
    };
    const auto column = [&](const Matrix<float> &m, const QString &name, Field field, int layer) {
        EquationItem item = vector(m.col(n - 1), name, unit, false);
        item.source = TraceSource{field, layer, n - 1, 0};
        return item;
    };
    const bool backward = cursor.phase == Phase::BackwardContext;
    eq.caption = QStringLiteral("%1%2 — %3")
                     .arg(backward ? tr("Context, backward through time") : tr("Context"))
                     .arg(L > 1 ? tr(" · layer %1").arg(encoderLayer + 1) : QString())
                     .arg(TimeStepWalker::description(cursor.phase, model.cell, model.outputLayer));
    if (!backward) {
        eq.symbolic = lstm ? tr("h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source "
                                "characters)")
                                 .arg(n)
                           : tr("h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)").arg(n);
        // The hand-over of h (and of c): the encoder's last column becomes the decoder's start.
        const auto handOver = [&](QChar s, const Matrix<float> &last, Field lastField, const Vector<float> &start,
                                  Field startField) {
            EquationLine line;
            line.current = true;
            line.items.push_back(text(QStringLiteral("%1_0%2 = %1_%3%4 =").arg(s).arg(dec).arg(n).arg(enc), true));
            line.items.push_back(
                column(last, QStringLiteral("%1_%2%3").arg(s).arg(n).arg(enc), lastField, encoderLayer));
            line.items.push_back(text(QStringLiteral("→")));
            line.items.push_back(
                tagged(start, QStringLiteral("%1_0%2").arg(s).arg(dec), startField, decoderLayer, true));
            eq.lines.push_back(line);
        };
        handOver(u'h', encoder.hidden, Field::Hidden, decoder.initialHidden, Field::InitialHidden);
        if (lstm)
            handOver(u'c', encoder.cell, Field::Cell, decoder.initialCell, Field::InitialCell);
        EquationLine words;
        words.items.push_back(text(
            tr("the decoder never sees the source itself: only these %1 numbers per layer").arg(model.hiddenSize)));
        eq.lines.push_back(words);
        return;
    }
    eq.symbolic = lstm ? tr("dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ "
                            "dL/dc_1^{dec}")
                       : tr("dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder's gradient of its starting state");
    if (!snapshot.trace.hasGradients) {
        eq.lines.push_back(noGradientsLine());
        return;
    }
    // The gradient of the decoder's start (h, and c) arrives at the encoder's last step.
    const auto handBack = [&](QChar s, const Vector<float> &start, Field startField, const Vector<float> &last,
                              Field lastField) {
        EquationLine line;
        line.current = true;
        line.items.push_back(text(QStringLiteral("dL/d%1_0%2 =").arg(s).arg(dec), true));
        line.items.push_back(
            tagged(start, QStringLiteral("dL/d%1_0%2").arg(s).arg(dec), startField, decoderLayer, true));
        line.items.push_back(text(tr("→ reaches the encoder:")));
        line.items.push_back(tagged(last, QStringLiteral("dL/d%1_%2%3 from the decoder").arg(s).arg(n).arg(enc),
                                    lastField, encoderLayer, true));
        eq.lines.push_back(line);
    };
    handBack(u'h', decoder.dInitialHidden, Field::DInitialHidden, encoder.dFinalHidden, Field::DFinalHidden);
    if (lstm)
        handBack(u'c', decoder.dInitialCell, Field::DInitialCell, encoder.dFinalCell, Field::DFinalCell);
    EquationLine words;
    words.items.push_back(text(tr("from here back through the encoder, from its last step: its only loss is the "
                                  "decoder's, carried across the context")));
    eq.lines.push_back(words);
}

} // namespace rnnlab
