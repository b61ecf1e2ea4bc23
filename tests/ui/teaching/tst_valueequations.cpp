// SPDX-License-Identifier: MIT
// The walk by hand of a time series (task "forecast", issue 15; ValueEquations and the forecast
// branches of EquationModel): at every phase of every time step, forward and back through time,
// the numbers of x_t, y_t, the target x_{t+1}, the squared error, its share of the MSE and dL/dy_t
// are the engine's own (its trace, MSELoss's squares, its gradients); the step-1 outputs are
// PyTorch's (the parity goldens' initial_outputs); there is no softmax and no prediction phase;
// without an output layer y_t = h_t. Beyond 12 hidden units (W_hy and h_t windowed) y_t is also
// worked out unit by unit, every term printed (a character model's too beyond 16); a test series
// is walked forward, with its squared error and no share of L, no backward pass.
#include "engine/mseloss.h"
#include "tests/support/snapshotbuilder.h"
#include "tests/support/testsupport.h"
#include "ui/common/errornumber.h"
#include "ui/teaching/equationmodel.h"
#include "ui/teaching/valueequations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <cstring>
#include <numeric>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

namespace {

bool same(float a, float b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

//! Every shown entry of the column vector \a item is bit for bit \a source's (same length).
template<typename V>
bool equals(const EquationItem &item, const V &source, QString *why)
{
    if (item.fullRows != int(source.size()) || item.fullColumns != 1) {
        *why =
            QStringLiteral("%1: %2 rows, the engine's vector %3").arg(item.text).arg(item.fullRows).arg(source.size());
        return false;
    }
    for (int r = 0; r < item.rows(); ++r) {
        const int full = item.rowIndex[std::size_t(r)];
        if (full >= 0 && !same(item.at(r, 0), float(source(full)))) {
            *why = QStringLiteral("%1[%2] = %3, the engine has %4")
                       .arg(item.text)
                       .arg(full)
                       .arg(item.at(r, 0))
                       .arg(source(full));
            return false;
        }
    }
    return true;
}

Session forecastSession(const QString &name)
{
    const QString path = name.endsWith(u".json") ? test::sourceFile(name)
                                                 : test::dataFile(QStringLiteral("parity/%1.config.json").arg(name));
    return test::readSession(path);
}

TimeStepWalker walkerOf(const TrainingSnapshot &s, int textIndex)
{
    const ModelConfig &model = s.setup->session.model;
    return TimeStepWalker(s.trace.sequences[std::size_t(textIndex)].length(), model.numLayers, model.cell,
                          WalkOrder::TimeMajor, outputHeadOf(*s.setup->task));
}

} // namespace

class TestValueEquations : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreTheEngine_data();
    void numbersAreTheEngine();
    void stepOneOutputsArePyTorchs_data();
    void stepOneOutputsArePyTorchs();
    void noOutputLayer();
    void theMeanStatesItsCount();
    void oneFeatureHasNoSumOverD();
    void outputTermByTerm_data();
    void outputTermByTerm();
    void testSeriesForwardAndErrorOnly();
};

void TestValueEquations::numbersAreTheEngine_data()
{
    QTest::addColumn<QString>("session");
    QTest::newRow("sine-spike: LSTM, 16 units, one feature") << QStringLiteral("resources/examples/sine-spike.json");
    QTest::newRow("LSTM, 2 layers, two features") << QStringLiteral("forecast_lstm_l2_two_features_adam_clip");
    QTest::newRow("GRU, no output layer, one feature") << QStringLiteral("forecast_gru_no_fc_one_feature_adam_clip");
    QTest::newRow("RNN tanh, no output layer, two features")
        << QStringLiteral("forecast_rnn_tanh_no_fc_two_features_sgd");
    QTest::newRow("RNN ReLU, 2 layers, two series") << QStringLiteral("forecast_rnn_relu_l2_two_series_sgd");
}

void TestValueEquations::numbersAreTheEngine()
{
    QFETCH(QString, session);
    SnapshotBuilder run(forecastSession(session));
    run.train(3);
    const SnapshotPtr s = run.snapshot();
    QVERIFY(s->trace.hasGradients);
    const std::int64_t count = MSELoss::valueCount(s->trace);
    QVERIFY(count > 0);
    static const QRegularExpression symbol(QStringLiteral("^(y|x|loss|dL/dy)_(\\d+)$"));
    int checked = 0;
    for (int textIndex : {0, int(s->trace.sequences.size()) - 1}) {
        const SequenceTrace<float> &sequence = s->trace.sequences[std::size_t(textIndex)];
        const TimeStepWalker walker = walkerOf(*s, textIndex);
        std::vector<StepCursor> everything = walker.forwardSequence();
        const auto backward = walker.backwardSequence();
        everything.insert(everything.end(), backward.begin(), backward.end());
        for (const StepCursor &cursor : everything) {
            // A time series has no softmax, no predicted class: those phases are not walked.
            QVERIFY(cursor.phase != Phase::Softmax && cursor.phase != Phase::Prediction);
            const Equation eq = EquationModel::build(*s, textIndex, cursor, 0);
            QVERIFY(!eq.lines.empty());
            QVERIFY2(!eq.symbolic.contains(QStringLiteral("softmax")), qPrintable(eq.symbolic));
            const int t = cursor.t;
            const Vector<float> difference = sequence.logits.col(t) - sequence.targetValues.col(t);
            for (const EquationLine &line : eq.lines) {
                for (const EquationItem &item : line.items) {
                    QVERIFY2(!item.text.contains(QStringLiteral("softmax"))
                                 && !item.text.contains(QStringLiteral("one-hot"))
                                 && !item.text.startsWith(QStringLiteral("p_")),
                             qPrintable(item.text));
                    if (item.kind != EquationItem::Kind::Matrix)
                        continue;
                    QString why;
                    bool ok = true;
                    const QRegularExpressionMatch m = symbol.match(item.text);
                    const int step = m.hasMatch() ? m.captured(2).toInt() - 1 : -1; // shown 1 … n
                    if (m.hasMatch() && m.captured(1) == u"y") {
                        QCOMPARE(step, t);
                        ok = equals(item, sequence.logits.col(t), &why);
                    } else if (m.hasMatch() && m.captured(1) == u"x") {
                        // x_t (the input) or x_{t+1} (the target: the next point of the series).
                        QVERIFY(step == t || step == t + 1);
                        ok = step == t ? equals(item, sequence.inputValues.col(t), &why)
                                       : equals(item, sequence.targetValues.col(t), &why);
                    } else if (item.text.startsWith(QStringLiteral("(y_"))
                               || (m.hasMatch() && m.captured(1) == u"loss" && item.fullRows == sequence.logits.rows()
                                   && item.fullRows > 1)) {
                        // (y_t − x_{t+1})² per feature: MSELoss's squares, and (y − target)² of the engine's numbers.
                        ok = equals(item, sequence.squaredError.col(t), &why);
                        for (int d = 0; d < difference.size(); ++d)
                            QVERIFY(same(sequence.squaredError(d, t), difference(d) * difference(d)));
                    } else if (m.hasMatch() && m.captured(1) == u"loss") {
                        QCOMPARE(step, t);
                        ok = item.values.size() == 1 && same(item.values[0], sequence.stepLoss(t));
                        // loss_t is the sum of the squares (D = 1: the square itself).
                        QVERIFY(std::abs(double(sequence.stepLoss(t)) - double(sequence.squaredError.col(t).sum()))
                                <= 1e-6 * (1.0 + std::abs(sequence.stepLoss(t))));
                    } else if (item.text.startsWith(QStringLiteral("loss_"))
                               && (item.text.contains(QStringLiteral("/ (N·D)"))
                                   || item.text.endsWith(QStringLiteral("/ N")))) {
                        ok = item.values.size() == 1 && same(item.values[0], MSELoss::stepShare(s->trace, sequence, t));
                        QVERIFY(std::abs(item.values[0] - double(sequence.stepLoss(t)) / double(count))
                                <= 1e-6 * std::abs(item.values[0]) + 1e-12);
                    } else if (m.hasMatch() && m.captured(1) == u"dL/dy") {
                        // The engine's dL/dy_t, and 2 (y_t − x_{t+1}) / (N·D) of its numbers.
                        ok = equals(item, sequence.dLogits.col(t), &why);
                        for (int d = 0; d < difference.size(); ++d)
                            QVERIFY(std::abs(sequence.dLogits(d, t) - 2.0 * difference(d) / double(count))
                                    <= 1e-6 * std::abs(2.0 * difference(d) / double(count)) + 1e-12);
                    } else if (item.text == u"W_hy") {
                        const Matrix<float> W = s->weights.matrix(s->weights.layout().fcWeight());
                        for (int r = 0; r < item.rows(); ++r)
                            for (int c = 0; c < item.columns(); ++c)
                                if (item.rowIndex[std::size_t(r)] >= 0 && item.columnIndex[std::size_t(c)] >= 0)
                                    ok = ok
                                        && same(item.at(r, c),
                                                W(item.rowIndex[std::size_t(r)], item.columnIndex[std::size_t(c)]));
                    } else if (item.text == u"b_y") {
                        ok = equals(item, s->weights.vector(s->weights.layout().fcBias()), &why);
                    } else {
                        continue; // the layers' numbers: tst_equationmodel's
                    }
                    QVERIFY2(ok,
                             qPrintable(QStringLiteral("%1 at t %2: %3 %4")
                                            .arg(TimeStepWalker::name(cursor.phase))
                                            .arg(t)
                                            .arg(item.text, why)));
                    ++checked;
                }
                // What a line says it works out holds for its exact numbers.
                for (const LineArithmetic &a : line.arithmetic) {
                    const auto item = [&](int i) -> const EquationItem & { return line.items[std::size_t(i)]; };
                    if (a.kind != LineArithmetic::Kind::SquaredDifference && a.kind != LineArithmetic::Kind::Scaled
                        && a.kind != LineArithmetic::Kind::ScaledDifference)
                        continue;
                    for (int r = 0; r < item(a.result).rows(); ++r) {
                        const double u = item(a.terms[0]).at(r, 0);
                        const double v = a.terms.size() > 1 ? item(a.terms[1]).at(r, 0) : 0.0;
                        const double exact = a.kind == LineArithmetic::Kind::SquaredDifference ? (u - v) * (u - v)
                            : a.kind == LineArithmetic::Kind::Scaled                           ? a.scale * u
                                                                                               : a.scale * (u - v);
                        QVERIFY2(std::abs(exact - item(a.result).at(r, 0)) <= 1e-5 * std::abs(exact) + 1e-12,
                                 qPrintable(item(a.result).text));
                    }
                }
            }
            // The output phase shows y_t; the loss phase its squared error and share.
            if (cursor.phase == Phase::Loss)
                QVERIFY(eq.lines.size() >= 3);
        }
    }
    QVERIFY(checked > 20);
}

void TestValueEquations::stepOneOutputsArePyTorchs_data()
{
    QTest::addColumn<QString>("golden");
    QTest::newRow("LSTM, 2 layers, two features") << QStringLiteral("forecast_lstm_l2_two_features_adam_clip");
    QTest::newRow("GRU, no output layer") << QStringLiteral("forecast_gru_no_fc_one_feature_adam_clip");
}

void TestValueEquations::stepOneOutputsArePyTorchs()
{
    // Before the first step the walk's y_t is torch's output of the initial weights (PRECISION.md: 1e-6).
    QFETCH(QString, golden);
    const QJsonObject json = test::readJsonObject(test::dataFile(QStringLiteral("parity/%1.golden.json").arg(golden)));
    const QJsonArray outputs = json.value(QStringLiteral("initial_outputs")).toArray();
    SnapshotBuilder run(forecastSession(golden));
    const SnapshotPtr s = run.snapshot();
    QCOMPARE(outputs.size(), qsizetype(s->trace.sequences.size()));
    const int L = s->setup->session.model.numLayers;
    int compared = 0;
    for (int series = 0; series < int(outputs.size()); ++series) {
        const std::vector<double> y = test::flatten(outputs.at(series));
        const int D = int(s->trace.sequences[std::size_t(series)].logits.rows());
        const int n = s->trace.sequences[std::size_t(series)].length();
        QCOMPARE(y.size(), std::size_t(n * D));
        for (int t = 0; t < n; ++t) {
            const Equation eq = EquationModel::build(*s, series, StepCursor{t, L - 1, Phase::Output});
            QCOMPARE(eq.lines.size(), std::size_t(1));
            const EquationLine &line = eq.lines.front();
            const auto shown = std::find_if(line.items.begin(), line.items.end(), [&](const EquationItem &item) {
                return item.text == QStringLiteral("y_%1").arg(t + 1);
            });
            QVERIFY(shown != line.items.end());
            QCOMPARE(shown->rows(), D);
            for (int d = 0; d < D; ++d) {
                QVERIFY2(std::abs(shown->at(d, 0) - y[std::size_t(t * D + d)]) <= 1e-6,
                         qPrintable(QStringLiteral("series %1, y_%2[%3] = %4, torch %5")
                                        .arg(series)
                                        .arg(t + 1)
                                        .arg(d)
                                        .arg(shown->at(d, 0))
                                        .arg(y[std::size_t(t * D + d)])));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 10);
}

void TestValueEquations::noOutputLayer()
{
    SnapshotBuilder run(forecastSession(QStringLiteral("forecast_gru_no_fc_one_feature_adam_clip")));
    run.train(2);
    const SnapshotPtr s = run.snapshot();
    QVERIFY(!s->setup->session.model.outputLayer);
    const auto &sequence = s->trace.sequences.front();
    const Equation eq = EquationModel::build(*s, 0, StepCursor{2, 0, Phase::Output});
    QVERIFY2(eq.symbolic.contains(QStringLiteral("y_t = h_t")), qPrintable(eq.symbolic));
    QVERIFY(!eq.symbolic.contains(QStringLiteral("W_hy")));
    const EquationLine &line = eq.lines.front();
    QCOMPARE(line.items.front().text, QStringLiteral("y_3 = h_3 ="));
    QString why;
    QCOMPARE(line.items[1].text, QStringLiteral("y_3"));
    // y_t is h_t itself: the top layer's hidden state, the engine's logits.
    QVERIFY2(equals(line.items[1], sequence.layers.back().hidden.col(2), &why), qPrintable(why));
    QVERIFY2(equals(line.items[1], sequence.logits.col(2), &why), qPrintable(why));
    for (const EquationItem &item : line.items)
        QVERIFY(item.text != u"W_hy");
    // Back through time, dL/dh_t of the top layer starts from dL/dy_t directly (no W_hyᵀ).
    const Equation back = EquationModel::build(*s, 0, StepCursor{2, 0, Phase::BackwardHidden});
    QVERIFY(back.lines.size() >= 2);
    QVERIFY(back.lines.front().items.front().text.startsWith(QStringLiteral("dL/dy_3 = 2 · (")));
    QCOMPARE(back.lines[1].items[1].text, QStringLiteral("dL/dy_3"));
    QVERIFY2(equals(back.lines[1].items[1], sequence.dLogits.col(2), &why), qPrintable(why));
}

void TestValueEquations::theMeanStatesItsCount()
{
    SnapshotBuilder run(forecastSession(QStringLiteral("forecast_lstm_l2_two_features_adam_clip")));
    run.train(1);
    const SnapshotPtr s = run.snapshot();
    // N·D: every feature of every target of every series.
    std::int64_t values = 0;
    for (const auto &sequence : s->trace.sequences)
        values += sequence.targetValues.size();
    QCOMPARE(MSELoss::valueCount(s->trace), values);
    const int D = int(s->trace.sequences.front().targetValues.rows());
    QCOMPARE(D, 2);
    QCOMPARE(ValueEquations::countWords(*s),
             QStringLiteral("N·D = %1 steps × 2 features = %2").arg(s->trace.targetCount).arg(values));
    const Equation eq = EquationModel::build(*s, 0, StepCursor{1, 1, Phase::Loss});
    QVERIFY2(eq.caption.contains(QStringLiteral("squared error")), qPrintable(eq.caption));
    const QString mean = eq.lines.back().items.front().text;
    QVERIFY2(mean.contains(ValueEquations::countWords(*s)), qPrintable(mean));
    QVERIFY2(mean.contains(ErrorNumber::text(s->trace.loss)), qPrintable(mean));
    // The share's line divides by that count.
    bool divides = false;
    for (const EquationLine &line : eq.lines)
        for (const EquationItem &item : line.items)
            divides = divides || item.text == QStringLiteral("/ %1 =").arg(values);
    QVERIFY(divides);
}

void TestValueEquations::oneFeatureHasNoSumOverD()
{
    // Issue 15's review: a wave has one feature, and "Σ_d (y_t[d] − x_{t+1}[d])², (1/(N·D))" left
    // the class asking what d and D were, and N was not said.
    SnapshotBuilder run(forecastSession(QStringLiteral("forecast_gru_no_fc_one_feature_adam_clip")));
    run.train(1);
    const SnapshotPtr s = run.snapshot();
    const Equation eq = EquationModel::build(*s, 0, StepCursor{1, 0, Phase::Loss});
    for (const QString &absent : {QStringLiteral("Σ_d"), QStringLiteral("[d]"), QStringLiteral("N·D")})
        QVERIFY2(!eq.symbolic.contains(absent), qPrintable(eq.symbolic));
    QVERIFY2(eq.symbolic.contains(QStringLiteral("loss_t = (y_t − x_{t+1})²")), qPrintable(eq.symbolic));
    QVERIFY2(eq.symbolic.contains(QStringLiteral("(1/N) Σ_t loss_t")), qPrintable(eq.symbolic));
    QVERIFY2(eq.symbolic.contains(QStringLiteral("N = number of predicted steps")), qPrintable(eq.symbolic));
    QCOMPARE(ValueEquations::countWords(*s), QStringLiteral("N = %1 steps").arg(s->trace.targetCount));
    QVERIFY2(eq.lines.back().items.front().text.startsWith(
                 QStringLiteral("L = MSE, the mean over N = %1 steps: L = ").arg(s->trace.targetCount)),
             qPrintable(eq.lines.back().items.front().text));
    for (const EquationLine &line : eq.lines)
        for (const EquationItem &item : line.items)
            QVERIFY2(!item.text.contains(QStringLiteral("N·D")), qPrintable(item.text));
}

void TestValueEquations::outputTermByTerm_data()
{
    QTest::addColumn<int>("hidden"); // hidden units
    QTest::addColumn<bool>("characters"); // the lecture's text, else sine-spike
    QTest::newRow("sine-spike: LSTM, 16 units") << 16 << false;
    QTest::newRow("sine-spike as an RNN of 21 units (not a multiple of a line's 8)") << 21 << false;
    QTest::newRow("characters, 20 units") << 20 << true;
}

void TestValueEquations::outputTermByTerm()
{
    // The output line's W_hy and h_t show a window of the units (⋯): below it every unit's term,
    // each W_hy entry, h_t entry, b_y and y_t the engine's, and the sums of the products adding up
    // (with b_y) to the engine's y_t.
    QFETCH(int, hidden);
    QFETCH(bool, characters);
    Session session = characters
        ? test::lectureVariant(1, true, hidden)
        : test::readSession(test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    if (!characters && hidden != session.model.hiddenSize) {
        session.model.hiddenSize = hidden;
        session.model.cell = CellKind::RnnTanh;
    }
    SnapshotBuilder run(session);
    run.train(2);
    const SnapshotPtr s = run.snapshot();
    const int H = session.model.hiddenSize;
    const int L = session.model.numLayers;
    const Matrix<float> W = s->weights.matrix(s->weights.layout().fcWeight());
    const Vector<float> b = s->weights.vector(s->weights.layout().fcBias());
    const SequenceTrace<float> &sequence = s->trace.sequences.front();
    int checkedLines = 0;
    for (int t : {0, sequence.length() / 2, sequence.length() - 1}) {
        const Equation eq = EquationModel::build(*s, 0, StepCursor{t, L - 1, Phase::Output}, 3);
        const Vector<float> h = sequence.layers.back().hidden.col(t);
        // The row worked out: a time series' every feature (one here), a character model's prediction.
        const int row = characters ? sequence.predictions[std::size_t(t)] : 0;
        std::vector<int> units;
        std::vector<float> partials;
        const EquationLine *total = nullptr;
        for (const EquationLine &line : eq.lines) {
            for (const LineArithmetic &a : line.arithmetic) {
                const auto item = [&](int i) -> const EquationItem & { return line.items[std::size_t(i)]; };
                if (a.kind == LineArithmetic::Kind::Sum && item(a.result).values.size() == 1)
                    total = &line;
                if (a.kind != LineArithmetic::Kind::Dot)
                    continue;
                const EquationItem &w = item(a.terms[0]);
                const EquationItem &hRow = item(a.terms[1]);
                QCOMPARE(w.rowIndex, std::vector<int>{row});
                QCOMPARE(hRow.columnIndex, w.columnIndex);
                double products = 0.0;
                for (int c = 0; c < w.columns(); ++c) {
                    const int unit = w.columnIndex[std::size_t(c)];
                    QVERIFY(unit >= 0); // no gap
                    QVERIFY(same(w.at(0, c), W(row, unit)));
                    QVERIFY(same(hRow.at(0, c), h(unit)));
                    products += double(W(row, unit)) * double(h(unit));
                    units.push_back(unit);
                }
                QCOMPARE(item(a.result).values.size(), std::size_t(1));
                QVERIFY(same(item(a.result).values[0], float(products)));
                partials.push_back(item(a.result).values[0]);
                ++checkedLines;
            }
        }
        // Every unit once, in order.
        std::vector<int> all(std::size_t(H), 0);
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(units, all);
        QVERIFY(partials.size() >= 2);
        QVERIFY(total);
        const LineArithmetic &sum = total->arithmetic.front();
        QCOMPARE(sum.terms.size(), partials.size() + 1);
        double added = 0.0;
        for (std::size_t i = 0; i < partials.size(); ++i) {
            QVERIFY(same(total->items[std::size_t(sum.terms[i])].values[0], partials[i]));
            added += partials[i];
        }
        const EquationItem &bias = total->items[std::size_t(sum.terms.back())];
        QVERIFY(same(bias.values[0], b(row)));
        const EquationItem &y = total->items[std::size_t(sum.result)];
        QVERIFY(same(y.values[0], sequence.logits(row, t)));
        added += double(b(row));
        QVERIFY2(std::abs(added - double(y.values[0])) <= 1e-5 * (1.0 + std::abs(double(y.values[0]))),
                 qPrintable(QStringLiteral("t %1: the sums and b_y give %2, the engine's y_t is %3")
                                .arg(t + 1)
                                .arg(added)
                                .arg(y.values[0])));
    }
    QVERIFY(checkedLines >= 6);

    // At 12 units or fewer (a time series) or 16 (characters) the output line shows them all: no terms.
    Session small = session;
    small.model.hiddenSize = characters ? 16 : 12;
    SnapshotBuilder smallRun(small);
    const SnapshotPtr smallSnapshot = smallRun.snapshot();
    for (const EquationLine &line :
         EquationModel::build(*smallSnapshot, 0, StepCursor{0, L - 1, Phase::Output}, 0).lines)
        for (const LineArithmetic &a : line.arithmetic)
            QVERIFY(a.kind != LineArithmetic::Kind::Dot);
}

void TestValueEquations::testSeriesForwardAndErrorOnly()
{
    // sine-spike's test series (a spike at point 81): walked with the current weights' forward pass,
    // the one the Signal tab's readout computed; its squared error is its own, with no share of L,
    // and there is no backward pass.
    SnapshotBuilder run(test::readSession(test::sourceFile(QStringLiteral("resources/examples/sine-spike.json"))));
    run.train(3);
    const SnapshotPtr s = run.snapshot();
    QVERIFY(s->forecast);
    const int index = int(s->trace.sequences.size());
    QVERIFY(s->isTestSequence(index));
    const SequenceTrace<float> &test = s->shownSequence(index);
    QVERIFY(!s->forecast->testTrace.hasGradients);
    // The readout's predictions and errors are this pass's.
    QVERIFY(test.logits == s->forecast->test.front().predictions);
    const int L = s->setup->session.model.numLayers;
    for (int t : {0, 79, 80, test.length() - 1}) {
        const Vector<float> difference = test.logits.col(t) - test.targetValues.col(t);
        QVERIFY(std::abs(double(test.squaredError(0, t)) - s->forecast->test.front().stepError(t))
                <= 1e-6 * (1.0 + s->forecast->test.front().stepError(t)));
        const Equation input = EquationModel::build(*s, index, StepCursor{t, 0, Phase::Input});
        QVERIFY2(input.lines.front().items.front().text.contains(QStringLiteral("test series 1")),
                 qPrintable(input.lines.front().items.front().text));
        QString why;
        QVERIFY2(equals(input.lines.front().items[1], test.inputValues.col(t), &why), qPrintable(why));
        const Equation loss = EquationModel::build(*s, index, StepCursor{t, L - 1, Phase::Loss});
        bool squared = false;
        for (const EquationLine &line : loss.lines) {
            for (const EquationItem &item : line.items) {
                QVERIFY2(!item.text.contains(QStringLiteral("(N·D)")) && !item.text.endsWith(QStringLiteral("/ N"))
                             && !item.text.startsWith(QStringLiteral("L = ")),
                         qPrintable(item.text)); // no share of L, no mean
                if (item.text == QStringLiteral("loss_%1").arg(t + 1) && item.fullRows == 1 && !squared) {
                    QVERIFY2(equals(item, test.squaredError.col(t), &why), qPrintable(why));
                    QVERIFY(same(test.squaredError(0, t), difference(0) * difference(0)));
                    squared = true;
                }
                if (item.text == QStringLiteral("y_%1").arg(t + 1))
                    QVERIFY2(equals(item, test.logits.col(t), &why), qPrintable(why));
                if (item.text == QStringLiteral("x_%1").arg(t + 2))
                    QVERIFY2(equals(item, test.targetValues.col(t), &why), qPrintable(why));
            }
        }
        QVERIFY(squared);
        QCOMPARE(loss.lines.back().items.front().text, ValueEquations::testSeriesWords().last());
        for (Phase phase : {Phase::BackwardHidden, Phase::BackwardCell, Phase::BackwardPre}) {
            const Equation back = EquationModel::build(*s, index, StepCursor{t, 0, phase});
            QCOMPARE(back.lines.size(), std::size_t(ValueEquations::testSeriesWords().size()));
            QVERIFY(back.lines.front().items.front().text.startsWith(QStringLiteral("no backward pass")));
        }
    }
    // The spike: predicting point 81 (t = 80) is far worse than the training series' typical step.
    const double spike = s->forecast->test.front().stepError(79);
    QVERIFY(spike > s->forecast->trainErrorMean);
}

QTEST_GUILESS_MAIN(TestValueEquations)
#include "tst_valueequations.moc"
