// SPDX-License-Identifier: MIT
#include "ui/teaching/gatedequations.h"

#include "engine/gates.h"
#include "ui/teaching/equationitems.h"
#include "ui/teaching/stackplace.h"
#include "ui/teaching/valueequations.h"

namespace rnnlab {

using namespace equation;
using Field = TraceSource::Field;

QString GatedEquations::gateLetters(CellKind cell)
{
    return cell == CellKind::Lstm ? QStringLiteral("ifgo") : QStringLiteral("rzn");
}

void GatedEquations::build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit,
                           Equation &eq)
{
    const ModelConfig &model = snapshot.setup->session.model;
    const bool lstm = model.cell == CellKind::Lstm;
    const int L = model.numLayers;
    const int H = model.hiddenSize;
    const auto &sequence = snapshot.shownSequence(textIndex); // a test series too (forward only)
    // An encoder–decoder's cursor is in one of two stacks: its layer is the trace's (StackPlace).
    const StackPlace place(snapshot, textIndex, cursor);
    const int n = place.steps;
    const int t = std::clamp(cursor.t, 0, n - 1);
    const int l = place.layer;
    const int traceLayer = place.traceLayer;
    const auto &layer = sequence.layers[static_cast<std::size_t>(traceLayer)];
    unit = std::clamp(unit, 0, H - 1);
    const QString layerSup = L > 1 ? matrixName(MatrixRole::Bias, l, L).mid(1) : QString(); // "⁽²⁾"
    const QString sup = place.tag + layerSup; // after an encoder–decoder's "^{enc}" / "^{dec}"
    const QString letters = gateLetters(model.cell);
    const bool values = outputHeadOf(*snapshot.setup->task) == OutputHead::Value; // a time series' real x_t

    // What layer l reads: x_t at the bottom, the layer below's h_t⁽ˡ⁻¹⁾ above it (the gates' weights
    // and states are the layer's own, named in its caption).
    const QString in = l == 0 ? QStringLiteral("x_t")
                              : QStringLiteral("h_t") + place.tag + matrixName(MatrixRole::Bias, l - 1, L).mid(1);
    eq.symbolic = lstm
        //: The LSTM's equations; %1 is what the layer reads (x_t, or h_t of the layer below).
        ? tr("a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  "
             "g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, "
             "W_ig, W_io in PyTorch's row order i, f, g, o; W_hh likewise")
              .arg(in)
        //: The GRU's equations; %1 is what the layer reads (x_t, or h_t of the layer below).
        : tr("r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn "
             "h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch's row "
             "order r, z, n; W_hh likewise")
              .arg(in);
    if (cursor.isBackward()) {
        eq.symbolic = lstm
            ? tr("dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + "
                 "f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate")
            : tr("dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  "
                 "dL/dgi, dL/dgh per gate");
    }

    // One gate's block of a LayerTrace field at step tt, tagged with where it comes from.
    const auto block = [&](Field field, const Matrix<float> &m, int tt, int gate, const QString &name, bool emphasis) {
        const GateRows rows = gateRows(gate, H);
        EquationItem item = vector(rows.of(m.col(tt)), name, unit, emphasis);
        item.source = TraceSource{field, traceLayer, tt, static_cast<int>(rows.first)};
        return item;
    };
    const auto whole = [&](Field field, const Matrix<float> &m, int tt, const QString &name, bool emphasis) {
        EquationItem item = vector(m.col(tt), name, unit, emphasis);
        item.source = TraceSource{field, traceLayer, tt, 0};
        return item;
    };
    const auto zero = [&](const QString &name) {
        EquationItem item;
        item.kind = EquationItem::Kind::Matrix;
        item.text = name;
        item.fullRows = H;
        item.fullColumns = 1;
        item.rowIndex = EquationModel::window(H, unit);
        item.columnIndex = {0};
        for (int r : item.rowIndex)
            item.values.push_back(r < 0 ? std::numeric_limits<float>::quiet_NaN() : 0.0f);
        return item;
    };
    // h_{t−1} (c_{t−1}) at t = 0: zero, or a decoder's context (the encoder's final state).
    const auto previous = [&](Field field, const Matrix<float> &m, const Vector<float> &initial, QChar symbol) {
        if (t > 0)
            return whole(field, m, t - 1, QStringLiteral("%1_%2").arg(symbol).arg(t) + sup, false);
        if (initial.size() == 0)
            return zero(QStringLiteral("%1_0 = 0").arg(symbol));
        EquationItem item = vector(initial, tr("%1_0%2 (the context)").arg(symbol).arg(sup), unit, false);
        item.source = TraceSource{field == Field::Cell ? Field::InitialCell : Field::InitialHidden, traceLayer, 0, 0};
        return item;
    };
    const auto gateName = [&](int g) { return QString(letters.at(g)); };
    const auto gate = [&](char letter) { return gateIndex(model.cell, letter); };
    // "W_ii x_t + b_ii" … for the input part, "W_hi h + b_hi" … for the hidden part.
    const auto inputBlocksLine = [&](bool current) {
        EquationLine line;
        line.current = current;
        line.items.push_back(text(QStringLiteral("W_ih%1 x_t + b_ih%1 =").arg(sup), current));
        for (int g = 0; g < letters.size(); ++g) {
            if (g)
                line.items.push_back(text(QStringLiteral(" ")));
            line.items.push_back(block(Field::InputPart, layer.inputPart, t, g,
                                       QStringLiteral("W_i%1 x + b_i%1").arg(gateName(g)), current));
        }
        if (l == 0 && current && values) {
            line.items.push_back(text(QStringLiteral("(x_%1 =").arg(t + 1)));
            line.items.push_back(vector(sequence.inputValues.col(t), QStringLiteral("x_%1").arg(t + 1), 0, false));
            line.items.push_back(text(tr(": the series' values, weighed by the columns of W_ih)")));
        } else if (l == 0 && current)
            line.items.push_back(text(
                tr("(one-hot x_%1: column %2 of W_ih)").arg(t + 1).arg(place.inputName(place.inputs[std::size_t(t)]))));
        return line;
    };
    const auto hiddenBlocksLine = [&](bool current) {
        EquationLine line;
        line.current = current;
        line.items.push_back(text(QStringLiteral("W_hh%1 ·").arg(sup), current));
        line.items.push_back(previous(Field::Hidden, layer.hidden, layer.initialHidden, u'h'));
        line.items.push_back(text(QStringLiteral("+ b_hh%1 =").arg(sup), current));
        for (int g = 0; g < letters.size(); ++g) {
            if (g)
                line.items.push_back(text(QStringLiteral(" ")));
            line.items.push_back(block(Field::HiddenPart, layer.hiddenPart, t, g,
                                       QStringLiteral("W_h%1 h + b_h%1").arg(gateName(g)), current));
        }
        return line;
    };
    // One line for the gates \a gates, three spaces apart, each gate's items from \a items.
    const auto gatesLine = [&](std::initializer_list<int> gates, bool current, const auto &items) {
        EquationLine line;
        line.current = current;
        bool first = true;
        for (int g : gates) {
            if (!first)
                line.items.push_back(text(QStringLiteral("   ")));
            first = false;
            items(line, g);
        }
        return line;
    };
    // a_k = (input part) + (hidden part), for the gates \a gates.
    const auto sumLine = [&](std::initializer_list<int> gates, bool current) {
        return gatesLine(gates, current, [&](EquationLine &line, int g) {
            line.items.push_back(text(QStringLiteral("a_%1 =").arg(gateName(g)), current));
            const int first = int(line.items.size()); // a_k = first + first + 2 = first + 4
            line.arithmetic.push_back({LineArithmetic::Kind::Sum, {first, first + 2}, first + 4});
            line.items.push_back(
                block(Field::InputPart, layer.inputPart, t, g, QStringLiteral("W_i%1 x + b").arg(gateName(g)), false));
            line.items.push_back(text(QStringLiteral("+")));
            line.items.push_back(block(Field::HiddenPart, layer.hiddenPart, t, g,
                                       QStringLiteral("W_h%1 h + b").arg(gateName(g)), false));
            line.items.push_back(text(QStringLiteral("=")));
            line.items.push_back(block(Field::PreActivation, layer.preActivation, t, g,
                                       QStringLiteral("a_%1").arg(gateName(g)), current));
        });
    };
    // k = σ(a_k) (tanh for the LSTM's g), for the gates \a gates.
    const auto gateLine = [&](std::initializer_list<int> gates, bool current) {
        return gatesLine(gates, current, [&](EquationLine &line, int g) {
            const bool tanhGate = lstm && g == 2;
            line.items.push_back(text(QStringLiteral("%1_%2%3 = %4(")
                                          .arg(gateName(g))
                                          .arg(t + 1)
                                          .arg(sup, tanhGate ? QStringLiteral("tanh") : QStringLiteral("σ")),
                                      current));
            const int a = int(line.items.size());
            line.items.push_back(
                block(Field::PreActivation, layer.preActivation, t, g, QStringLiteral("a_%1").arg(gateName(g)), false));
            line.items.push_back(text(QStringLiteral(") =")));
            line.arithmetic.push_back({LineArithmetic::Kind::Map,
                                       {a},
                                       a + 2,
                                       tanhGate ? LineArithmetic::Function::Tanh : LineArithmetic::Function::Sigmoid});
            line.items.push_back(
                block(Field::Gates, layer.gates, t, g, gateName(g) + QStringLiteral("_%1").arg(t + 1), current));
        });
    };

    switch (cursor.phase) {
    case Phase::InputPart: eq.lines.push_back(inputBlocksLine(true)); break;
    case Phase::HiddenPart:
        eq.lines.push_back(inputBlocksLine(false));
        eq.lines.push_back(hiddenBlocksLine(true));
        break;
    case Phase::Sum:
        if (lstm) {
            eq.lines.push_back(sumLine({gate('i'), gate('f')}, true));
            eq.lines.push_back(sumLine({gate('g'), gate('o')}, true));
        } else {
            eq.lines.push_back(sumLine({gate('r'), gate('z')}, true));
        }
        break;
    case Phase::Gates:
        if (lstm) {
            eq.lines.push_back(gateLine({gate('i'), gate('f')}, true));
            eq.lines.push_back(gateLine({gate('g'), gate('o')}, true));
        } else {
            eq.lines.push_back(gateLine({gate('r'), gate('z')}, true));
        }
        break;
    case Phase::CellState: {
        EquationLine line;
        line.current = true;
        if (lstm) {
            line.items.push_back(text(QStringLiteral("c_%1%2 =").arg(t + 1).arg(sup), true));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('f'), QStringLiteral("f_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("⊙")));
            line.items.push_back(previous(Field::Cell, layer.cell, layer.initialCell, u'c'));
            line.items.push_back(text(QStringLiteral("+")));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('i'), QStringLiteral("i_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("⊙")));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('g'), QStringLiteral("g_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("=")));
            line.items.push_back(whole(Field::Cell, layer.cell, t, QStringLiteral("c_%1").arg(t + 1) + sup, true));
            line.arithmetic.push_back({LineArithmetic::Kind::CellState, {1, 3, 5, 7}, 9});
        } else {
            line.items.push_back(text(QStringLiteral("n_%1%2 = tanh(").arg(t + 1).arg(sup), true));
            line.items.push_back(
                block(Field::InputPart, layer.inputPart, t, gate('n'), QStringLiteral("W_in x + b_in"), false));
            line.items.push_back(text(QStringLiteral("+")));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('r'), QStringLiteral("r_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("⊙")));
            line.items.push_back(
                block(Field::HiddenPart, layer.hiddenPart, t, gate('n'), QStringLiteral("W_hn h + b_hn"), false));
            line.items.push_back(text(QStringLiteral(") = tanh(")));
            line.items.push_back(
                block(Field::PreActivation, layer.preActivation, t, gate('n'), QStringLiteral("a_n"), false));
            line.items.push_back(text(QStringLiteral(") =")));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('n'), QStringLiteral("n_%1").arg(t + 1), true));
            line.arithmetic.push_back({LineArithmetic::Kind::ResetSum, {1, 3, 5}, 7});
            line.arithmetic.push_back({LineArithmetic::Kind::Map, {7}, 9, LineArithmetic::Function::Tanh});
        }
        eq.lines.push_back(line);
        break;
    }
    case Phase::Activation: {
        EquationLine line;
        line.current = true;
        if (lstm) {
            line.items.push_back(text(QStringLiteral("h_%1%2 =").arg(t + 1).arg(sup), true));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('o'), QStringLiteral("o_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("⊙ tanh(")));
            line.items.push_back(whole(Field::Cell, layer.cell, t, QStringLiteral("c_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral(") =")));
        } else {
            line.items.push_back(text(QStringLiteral("h_%1%2 = (1 −").arg(t + 1).arg(sup), true));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('z'), QStringLiteral("z_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral(") ⊙")));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('n'), QStringLiteral("n_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("+")));
            line.items.push_back(
                block(Field::Gates, layer.gates, t, gate('z'), QStringLiteral("z_%1").arg(t + 1), false));
            line.items.push_back(text(QStringLiteral("⊙")));
            line.items.push_back(previous(Field::Hidden, layer.hidden, layer.initialHidden, u'h'));
            line.items.push_back(text(QStringLiteral("=")));
        }
        line.arithmetic.push_back(lstm ? LineArithmetic{LineArithmetic::Kind::OutputGate, {1, 3}, 5}
                                       : LineArithmetic{LineArithmetic::Kind::Blend, {1, 3, 7}, 9});
        line.items.push_back(whole(Field::Hidden, layer.hidden, t, QStringLiteral("h_%1").arg(t + 1) + sup, true));
        eq.lines.push_back(line);
        break;
    }
    case Phase::BackwardHidden:
    case Phase::BackwardCell:
    case Phase::BackwardPre: {
        if (!snapshot.trace.hasGradients) {
            eq.lines.push_back(noGradientsLine());
            break;
        }
        if (values && l == L - 1 && cursor.phase == Phase::BackwardHidden)
            eq.lines.push_back(ValueEquations::gradientLine(snapshot, textIndex, t));
        EquationLine hidden;
        hidden.current = cursor.phase == Phase::BackwardHidden;
        hidden.items.push_back(text(QStringLiteral("dL/dh_%1%2 =").arg(t + 1).arg(sup), hidden.current));
        const QString fromAbove = gradientFromAbove(model, place, t);
        hidden.items.push_back(whole(Field::DHiddenFromAbove, layer.dHiddenFromAbove, t, fromAbove, false));
        hidden.items.push_back(text(QStringLiteral("+")));
        const QString throughTime = t + 1 >= n ? afterLastStep(place, t)
            : lstm                             ? QStringLiteral("W_hhᵀ dL/da_%1").arg(t + 2)
                                               : QStringLiteral("W_hhᵀ dL/dgh_%1 + z ⊙ dL/dh_%1").arg(t + 2);
        hidden.items.push_back(
            whole(Field::DHiddenThroughTime, layer.dHiddenThroughTime, t, throughTime, hidden.current));
        hidden.items.push_back(text(QStringLiteral("=")));
        hidden.items.push_back(
            whole(Field::DHidden, layer.dHidden, t, QStringLiteral("dL/dh_%1").arg(t + 1) + place.tag, hidden.current));
        hidden.arithmetic.push_back({LineArithmetic::Kind::Sum, {1, 3}, 5});
        eq.lines.push_back(hidden);
        if (lstm && cursor.phase != Phase::BackwardHidden) {
            EquationLine cell;
            cell.current = cursor.phase == Phase::BackwardCell;
            cell.items.push_back(text(QStringLiteral("dL/dc_%1 = dL/dh_%1 ⊙").arg(t + 1), cell.current));
            cell.items.push_back(
                block(Field::Gates, layer.gates, t, gate('o'), QStringLiteral("o_%1").arg(t + 1), false));
            cell.items.push_back(text(QStringLiteral("⊙ (1 − tanh² c_%1)").arg(t + 1)));
            if (t + 1 < n) {
                cell.items.push_back(text(QStringLiteral("+")));
                cell.items.push_back(
                    block(Field::Gates, layer.gates, t + 1, gate('f'), QStringLiteral("f_%1").arg(t + 2), false));
                cell.items.push_back(text(QStringLiteral("⊙")));
                cell.items.push_back(
                    whole(Field::DCell, layer.dCell, t + 1, QStringLiteral("dL/dc_%1").arg(t + 2), false));
            } else if (layer.dFinalCell.size() > 0) { // an encoder's last step: from the decoder's c_0
                cell.items.push_back(text(QStringLiteral("+")));
                EquationItem fromDecoder =
                    vector(layer.dFinalCell, tr("dL/dc_0^{dec} across the context"), unit, false);
                fromDecoder.source = TraceSource{Field::DFinalCell, traceLayer, t, 0};
                cell.items.push_back(fromDecoder);
            }
            cell.items.push_back(text(QStringLiteral("=")));
            cell.items.push_back(
                whole(Field::DCell, layer.dCell, t, QStringLiteral("dL/dc_%1").arg(t + 1), cell.current));
            eq.lines.push_back(cell);
        }
        if (cursor.phase == Phase::BackwardPre) {
            EquationLine pre;
            pre.current = true;
            pre.items.push_back(
                text(lstm ? QStringLiteral("dL/da_%1 =").arg(t + 1) : QStringLiteral("dL/dgi_%1 =").arg(t + 1), true));
            for (int g = 0; g < letters.size(); ++g)
                pre.items.push_back(block(Field::DPreActivation, layer.dPreActivation, t, g,
                                          QStringLiteral("dL/da_%1").arg(gateName(g)), true));
            if (!lstm) {
                pre.items.push_back(text(tr("and dL/dgh_n = r ⊙ dL/da_n =")));
                pre.items.push_back(
                    block(Field::DHiddenPart, layer.dHiddenPart, t, gate('n'), QStringLiteral("dL/dgh_n"), true));
            }
            pre.items.push_back(text(tr("→ into ∂W_ih, ∂W_hh, ∂b")));
            eq.lines.push_back(pre);
        }
        break;
    }
    default: break;
    }
}

} // namespace rnnlab
