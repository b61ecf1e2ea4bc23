// SPDX-License-Identifier: MIT
#include "ui/teaching/valueequations.h"

#include "engine/mseloss.h"
#include "ui/common/errornumber.h"
#include "ui/teaching/equationitems.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rnnlab {

using namespace equation;

namespace {

const SequenceTrace<float> &sequenceOf(const TrainingSnapshot &snapshot, int textIndex)
{
    return snapshot.shownSequence(textIndex); // a test series' forward pass too
}

//! A 1 × 1 item holding \a value.
EquationItem scalar(float value, const QString &name, bool emphasis)
{
    const Eigen::Matrix<float, 1, 1> v = Eigen::Matrix<float, 1, 1>::Constant(value);
    return vector(v, name, 0, emphasis);
}

//! The hidden units shown of \a H beyond rowLimit: the first two, \a focus and its neighbours, the
//! last two, −1 for each gap (EquationModel::window with a narrower window).
std::vector<int> hiddenWindow(int H, int focus)
{
    std::vector<int> out;
    int previous = -1;
    for (int i = 0; i < H; ++i) {
        if (i >= 2 && i < H - 2 && std::abs(i - focus) > 1)
            continue;
        if (previous >= 0 && i > previous + 1)
            out.push_back(-1);
        out.push_back(i);
        previous = i;
    }
    return out;
}

//! The hidden units a line of termLines() multiplies: 16 units in four lines (eight ran off the
//! walk's right edge at 1280 × 800).
constexpr int termsPerLine = 4;

//! \a count with its word: \a one is the pattern ("%1 step") for 1, \a many ("%1 steps") for the rest.
//! (Two messages, not "%n": English's numerus forms would need a rnnlab_en.ts entry.)
QString plural(qint64 count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace

QString ValueEquations::symbolic(const ModelConfig &model, const QString &topSup, int features)
{
    const QString y = model.outputLayer ? QStringLiteral("y_t = W_hy h_t%1 + b_y").arg(topSup)
                                        : QStringLiteral("y_t = h_t%1").arg(topSup);
    // One feature (a wave): no Σ_d and no [d], and N said in words — "N·D" with D = 1 left the
    // class asking what D was.
    if (features == 1)
        //: %1 is the output's equation (y_t = W_hy h_t + b_y).
        return QCoreApplication::translate(
                   "ValueEquations",
                   "%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   ")
                   .arg(y)
            + QCoreApplication::translate("ValueEquations", "N = number of predicted steps, over all series");
    //: %1 is the output's equation (y_t = W_hy h_t + b_y).
    return QCoreApplication::translate("ValueEquations",
                                       "%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   "
                                       "L = MSE = (1/(N·D)) Σ_t loss_t,   ")
               .arg(y)
        + QCoreApplication::translate("ValueEquations",
                                      "N = number of predicted steps, over all series; D = features per step");
}

QStringList ValueEquations::testSeriesWords()
{
    // Three short lines, not one: an equation line does not wrap, and one sentence ran off the
    // panel's right edge at 1280 × 800.
    return {
        QCoreApplication::translate("ValueEquations", "a test series is never trained on:"),
        QCoreApplication::translate("ValueEquations", "this squared error is in no loss L and sends no gradient back"),
        QCoreApplication::translate("ValueEquations",
                                    "(forward and error only; the Signal tab holds it against the anomaly threshold)")};
}

QString ValueEquations::countWords(const TrainingSnapshot &snapshot)
{
    const std::int64_t count = MSELoss::valueCount(snapshot.trace);
    const qint64 steps = snapshot.trace.targetCount;
    const qint64 features = steps > 0 ? count / steps : 0;
    if (features == 1)
        return QStringLiteral("N = %1").arg(plural(steps, QCoreApplication::translate("ValueEquations", "%1 step"),
                                                   QCoreApplication::translate("ValueEquations", "%1 steps")));
    return QStringLiteral("N·D = %1 × %2 = %3")
        .arg(plural(steps, QCoreApplication::translate("ValueEquations", "%1 step"),
                    QCoreApplication::translate("ValueEquations", "%1 steps")),
             plural(features, QCoreApplication::translate("ValueEquations", "%1 feature"),
                    QCoreApplication::translate("ValueEquations", "%1 features")))
        .arg(count);
}

EquationLine ValueEquations::gradientLine(const TrainingSnapshot &snapshot, int textIndex, int t)
{
    const auto &sequence = sequenceOf(snapshot, textIndex);
    const std::int64_t count = MSELoss::valueCount(snapshot.trace);
    EquationLine line;
    line.current = true; // where the top layer's dL/dh_t starts: part of the phase, never left out
    line.items.push_back(text(QStringLiteral("dL/dy_%1 = 2 · (").arg(t + 1)));
    line.items.push_back(vector(sequence.logits.col(t), QStringLiteral("y_%1").arg(t + 1), 0, false));
    line.items.push_back(text(QStringLiteral("−")));
    line.items.push_back(vector(sequence.targetValues.col(t), QStringLiteral("x_%1").arg(t + 2), 0, false));
    line.items.push_back(text(QStringLiteral(") / %1 =").arg(count)));
    line.items.push_back(vector(sequence.dLogits.col(t), QStringLiteral("dL/dy_%1").arg(t + 1), 0, false));
    LineArithmetic gradient{LineArithmetic::Kind::ScaledDifference, {1, 3}, 5};
    gradient.scale = count > 0 ? 2.0 / double(count) : 0.0;
    line.arithmetic.push_back(gradient);
    return line;
}

void ValueEquations::build(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor, int unit,
                           Equation &eq)
{
    const ModelConfig &model = snapshot.setup->session.model;
    const auto &sequence = sequenceOf(snapshot, textIndex);
    const int t = std::clamp(cursor.t, 0, sequence.length() - 1);
    const int H = model.hiddenSize;
    const int D = int(sequence.logits.rows());
    const ParameterSet<float> &w = snapshot.weights;
    const ParameterLayout &layout = w.layout();
    const auto &top = sequence.layers.back();
    const auto y = [&](bool emphasis) {
        return vector(sequence.logits.col(t), QStringLiteral("y_%1").arg(t + 1), 0, emphasis);
    };
    const auto target = [&] {
        return vector(sequence.targetValues.col(t), QStringLiteral("x_%1").arg(t + 2), 0, false);
    };

    // y_t first, then what it is made of: the result reads at any width, and beyond rowLimit hidden
    // units h_t and W_hy's columns show a window around the unit in focus (a 16-row h_t beside a
    // 1 × 16 W_hy was taller and wider than the panel at 1280 × 800; the graph has every h_t).
    const std::vector<int> units = H > EquationModel::rowLimit ? hiddenWindow(H, unit) : EquationModel::window(H, 0);
    const auto outputLine = [&](bool current) {
        EquationLine line;
        line.current = current;
        if (model.outputLayer) {
            const auto Why = w.matrix(layout.fcWeight());
            line.items.push_back(text(QStringLiteral("y_%1 =").arg(t + 1), current));
            line.items.push_back(y(current));
            line.items.push_back(text(QStringLiteral("=")));
            line.items.push_back(matrix(Why, QStringLiteral("W_hy"), EquationModel::window(D, 0), units, current,
                                        MatrixRole::HiddenToOutput));
            struct Column // h_t as an (H × 1) matrix, for matrix()'s window of rows
            {
                decltype(top.hidden.col(t)) v;
                Eigen::Index rows() const { return v.size(); }
                Eigen::Index cols() const { return 1; }
                float operator()(Eigen::Index r, Eigen::Index) const { return v(r); }
            } h{top.hidden.col(t)};
            line.items.push_back(matrix(h, QStringLiteral("h_%1").arg(t + 1), units, {0}, false));
            line.items.push_back(text(QStringLiteral("+")));
            line.items.push_back(vector(w.vector(layout.fcBias()), QStringLiteral("b_y"), 0, false));
            line.arithmetic.push_back({LineArithmetic::Kind::Affine, {3, 4, 6}, 1});
        } else {
            line.items.push_back(text(QStringLiteral("y_%1 = h_%1 =").arg(t + 1), current));
            line.items.push_back(y(current));
            line.items.push_back(
                text(QCoreApplication::translate("ValueEquations", "the prediction of x_%1").arg(t + 2)));
        }
        return line;
    };

    if (cursor.phase == Phase::Output) {
        eq.lines.push_back(outputLine(true));
        // The window leaves units out: each y_t[d] unit by unit below it, every term shown.
        if (model.outputLayer && H > EquationModel::rowLimit) {
            const auto Why = w.matrix(layout.fcWeight());
            for (int d = 0; d < D; ++d) {
                for (EquationLine &line :
                     termLines(Why, top.hidden.col(t), w.vector(layout.fcBias()), sequence.logits.col(t), d, t,
                               D > 1 ? QStringLiteral("[%1]").arg(d + 1) : QString(), termsPerLine, true))
                    eq.lines.push_back(std::move(line));
            }
        }
        return;
    }
    if (cursor.phase != Phase::Loss || sequence.squaredError.cols() != sequence.length())
        return;
    eq.lines.push_back(outputLine(false));

    // (y_t − x_{t+1})² per feature, as MSELoss squares them, and (D > 1) their sum loss_t.
    EquationLine squared;
    squared.current = true;
    squared.items.push_back(text(QStringLiteral("(")));
    squared.items.push_back(y(false));
    squared.items.push_back(text(QStringLiteral("−")));
    squared.items.push_back(target());
    squared.items.push_back(text(QStringLiteral(")² =")));
    const QString squares = QStringLiteral("(y_%1 − x_%2)²").arg(t + 1).arg(t + 2);
    squared.items.push_back(
        vector(sequence.squaredError.col(t), D > 1 ? squares : QStringLiteral("loss_%1").arg(t + 1), 0, true));
    squared.arithmetic.push_back({LineArithmetic::Kind::SquaredDifference, {1, 3}, 5});
    if (D > 1) {
        squared.items.push_back(text(QStringLiteral("loss_%1 = Σ_d =").arg(t + 1)));
        squared.items.push_back(scalar(sequence.stepLoss(t), QStringLiteral("loss_%1").arg(t + 1), true));
        squared.arithmetic.push_back({LineArithmetic::Kind::Total, {5}, 7});
    }
    eq.lines.push_back(squared);

    if (snapshot.isTestSequence(textIndex)) {
        // A test series is evaluated with the current weights, never trained on: its squared error
        // is what the Signal tab holds against the anomaly threshold, not a share of L.
        for (const QString &words : testSeriesWords()) {
            EquationLine notTrained;
            notTrained.current = true;
            notTrained.items.push_back(text(words));
            eq.lines.push_back(notTrained);
        }
        return;
    }

    // Its share of the mean: loss_t / (N·D), with the count in words.
    const std::int64_t count = MSELoss::valueCount(snapshot.trace);
    EquationLine share;
    share.current = true;
    share.items.push_back(text(QCoreApplication::translate("ValueEquations", "its share of L:")));
    share.items.push_back(scalar(sequence.stepLoss(t), QStringLiteral("loss_%1").arg(t + 1), false));
    share.items.push_back(text(QStringLiteral("/ %1 =").arg(count)));
    share.items.push_back(scalar(MSELoss::stepShare(snapshot.trace, sequence, t),
                                 (D > 1 ? QStringLiteral("loss_%1 / (N·D)") : QStringLiteral("loss_%1 / N")).arg(t + 1),
                                 true));
    LineArithmetic divided{LineArithmetic::Kind::Scaled, {1}, 3};
    divided.scale = count > 0 ? 1.0 / double(count) : 0.0;
    share.arithmetic.push_back(divided);
    eq.lines.push_back(share);

    EquationLine mean;
    mean.current = true; // the count is what the share divides by: shown even where context is not
    // One feature: "over N = 119 steps" (a value per step), not "over N = 119 steps values".
    //: %1 the count ("N·D = 119 steps × 2 features = 238"), %2 the loss.
    mean.items.push_back(
        text((D > 1 ? QCoreApplication::translate("ValueEquations", "L = MSE, the mean over %1 values: L = %2")
                    //: %1 the count ("N = 119 steps"), %2 the loss.
                    : QCoreApplication::translate("ValueEquations", "L = MSE, the mean over %1: L = %2"))
                 .arg(countWords(snapshot), ErrorNumber::text(snapshot.trace.loss))));
    eq.lines.push_back(mean);
}

} // namespace rnnlab
