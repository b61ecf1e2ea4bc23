// SPDX-License-Identifier: MIT
// EquationModel: at every phase of every time step (forward and back through time), for the hello
// example, a 2-layer session with an output layer and a 20-unit one (shown as windows), and LSTM
// and GRU sessions gate by gate, every number in the equations is the engine's own — the weights
// and the trace of the snapshot; for a translation (an encoder–decoder) through the encoder, the
// context and the decoder, forward and back.
#include "engine/tasks/translatetask.h"
#include "engine/trainer.h"
#include "engine/unicode.h"
#include "tests/support/testsupport.h"
#include "ui/teaching/equationmodel.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace rnnlab;

namespace {

//! A snapshot as the worker publishes it: the weights and their forward pass and BPTT.
SnapshotPtr snapshotOf(const Session &session, int steps)
{
    Trainer trainer(session);
    for (int i = 0; i < steps; ++i)
        trainer.step();
    trainer.evaluate(true);
    auto s = std::make_shared<TrainingSnapshot>();
    auto setup = std::make_shared<RunSetup>();
    setup->session = session;
    setup->vocabulary = trainer.dataset().vocabulary;
    setup->layout = trainer.layout();
    setup->task = trainer.taskPtr();
    s->setup = setup;
    s->stepsTaken = steps;
    s->weights = trainer.parameters();
    s->trace = trainer.trace();
    return s;
}

bool same(float a, float b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

//! Every shown element of \a item equals \a source at the same (row, column) of the full matrix.
template<typename M>
bool matches(const EquationItem &item, const M &source, QString *why)
{
    if (item.fullRows != int(source.rows()) || item.fullColumns != int(source.cols())) {
        *why = QStringLiteral("%1: shape %2×%3, source %4×%5")
                   .arg(item.text)
                   .arg(item.fullRows)
                   .arg(item.fullColumns)
                   .arg(source.rows())
                   .arg(source.cols());
        return false;
    }
    for (int r = 0; r < item.rows(); ++r) {
        for (int c = 0; c < item.columns(); ++c) {
            const int R = item.rowIndex[std::size_t(r)];
            const int C = item.columnIndex[std::size_t(c)];
            if (R < 0 || C < 0)
                continue;
            if (!same(item.at(r, c), float(source(R, C)))) {
                *why = QStringLiteral("%1[%2][%3] = %4, the engine has %5")
                           .arg(item.text)
                           .arg(R)
                           .arg(C)
                           .arg(item.at(r, c))
                           .arg(source(R, C));
                return false;
            }
        }
    }
    return true;
}

//! The line's arithmetic (LineArithmetic) holds for the exact numbers it shows, up to float
//! rounding: its indices name the right items. Where an operand has gaps, the shown rows only.
bool arithmeticHolds(const EquationLine &line, QString *why)
{
    const auto at = [&line](int i) -> const EquationItem & { return line.items[std::size_t(i)]; };
    const auto row = [](const EquationItem &item, int full) {
        const auto it = std::find(item.rowIndex.begin(), item.rowIndex.end(), full);
        return it == item.rowIndex.end() ? -1 : int(it - item.rowIndex.begin());
    };
    for (const LineArithmetic &a : line.arithmetic) {
        for (int i : a.terms) {
            if (i < 0 || i >= int(line.items.size()) || at(i).kind != EquationItem::Kind::Matrix) {
                *why = QStringLiteral("term %1 is not a matrix item").arg(i);
                return false;
            }
        }
        if (a.result < 0 || a.result >= int(line.items.size()) || at(a.result).kind != EquationItem::Kind::Matrix) {
            *why = QStringLiteral("the result %1 is not a matrix item").arg(a.result);
            return false;
        }
        const EquationItem &result = at(a.result);
        for (int r = 0; r < result.rows(); ++r) {
            const int full = result.rowIndex[std::size_t(r)];
            if (full < 0)
                continue;
            double exact = 0.0;
            bool known = true;
            switch (a.kind) {
            case LineArithmetic::Kind::Sum:
                for (int term : a.terms) {
                    const int shown = row(at(term), full);
                    known = known && shown >= 0;
                    exact += shown >= 0 ? at(term).at(shown, 0) : 0.0;
                }
                break;
            case LineArithmetic::Kind::Total:
                for (float v : at(a.terms[0]).values)
                    exact += std::isnan(v) ? 0.0 : v;
                known = at(a.terms[0]).rows() == at(a.terms[0]).fullRows;
                break;
            case LineArithmetic::Kind::Ratio:
                known = row(at(a.terms[0]), full) >= 0;
                exact = known ? at(a.terms[0]).at(row(at(a.terms[0]), full), 0) / double(at(a.terms[1]).values[0]) : 0;
                break;
            case LineArithmetic::Kind::Affine: {
                const EquationItem &m = at(a.terms[0]);
                const EquationItem &v = at(a.terms[1]);
                const int mr = row(m, full);
                known =
                    mr >= 0 && m.columns() == m.fullColumns && v.rows() == v.fullRows && row(at(a.terms[2]), full) >= 0;
                if (known) {
                    exact = at(a.terms[2]).at(row(at(a.terms[2]), full), 0);
                    for (int c = 0; c < m.columns(); ++c)
                        exact += double(m.at(mr, c)) * v.at(c, 0);
                }
                break;
            }
            case LineArithmetic::Kind::Dot: { // an output's terms unit by unit: two 1 × k rows
                const EquationItem &u = at(a.terms[0]);
                const EquationItem &v = at(a.terms[1]);
                known = u.rows() == 1 && v.rows() == 1 && u.columnIndex == v.columnIndex;
                for (int c = 0; known && c < u.columns(); ++c)
                    exact += double(u.at(0, c)) * v.at(0, c);
                break;
            }
            case LineArithmetic::Kind::Map: {
                const int shown = row(at(a.terms[0]), full);
                known = shown >= 0;
                const double x = known ? at(a.terms[0]).at(shown, 0) : 0.0;
                switch (a.function) {
                case LineArithmetic::Function::Tanh: exact = std::tanh(x); break;
                case LineArithmetic::Function::Sigmoid: exact = 1.0 / (1.0 + std::exp(-x)); break;
                case LineArithmetic::Function::Relu: exact = std::max(0.0, x); break;
                case LineArithmetic::Function::Exp: exact = std::exp(x); break;
                }
                break;
            }
            case LineArithmetic::Kind::Softmax: {
                const EquationItem &y = at(a.terms[0]);
                known = y.rows() == y.fullRows && row(y, full) >= 0;
                double sum = 0.0;
                for (float v : y.values)
                    sum += std::exp(double(v));
                exact = known ? std::exp(double(y.at(row(y, full), 0))) / sum : 0.0;
                break;
            }
            case LineArithmetic::Kind::SquaredDifference: // a time series' (tst_valueequations)
            case LineArithmetic::Kind::Scaled:
            case LineArithmetic::Kind::ScaledDifference: known = false; break;
            case LineArithmetic::Kind::CellState:
            case LineArithmetic::Kind::OutputGate:
            case LineArithmetic::Kind::Blend:
            case LineArithmetic::Kind::ResetSum: {
                std::vector<double> v;
                for (int term : a.terms) {
                    const int shown = row(at(term), full);
                    known = known && shown >= 0;
                    v.push_back(shown >= 0 ? at(term).at(shown, 0) : 0.0);
                }
                if (a.kind == LineArithmetic::Kind::CellState)
                    exact = v[0] * v[1] + v[2] * v[3];
                else if (a.kind == LineArithmetic::Kind::OutputGate)
                    exact = v[0] * std::tanh(v[1]);
                else if (a.kind == LineArithmetic::Kind::Blend)
                    exact = (1.0 - v[0]) * v[1] + v[0] * v[2];
                else
                    exact = v[0] + v[1] * v[2];
                break;
            }
            }
            if (known && std::abs(exact - result.at(r, 0)) > 1e-4 * (1.0 + std::abs(exact))) {
                *why = QStringLiteral("%1[%2] = %3, its operands give %4")
                           .arg(result.text)
                           .arg(full)
                           .arg(result.at(r, 0))
                           .arg(exact);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestEquationModel : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreTheTrace_data();
    void numbersAreTheTrace();
    void windowsOfLargeMatrices();
    void lectureNotation();
    void classifierWords();
    void softmaxWorkedOut_data();
    void softmaxWorkedOut();
};

void TestEquationModel::numbersAreTheTrace_data()
{
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<int>("cell");
    QTest::addColumn<bool>("translate"); // the reverse-words example: an encoder–decoder
    QTest::newRow("hello") << 4 << 1 << false << int(CellKind::RnnTanh) << false;
    QTest::newRow("2 layers, output layer") << 6 << 2 << true << int(CellKind::RnnTanh) << false;
    QTest::newRow("20 units: windows") << 20 << 1 << true << int(CellKind::RnnTanh) << false;
    QTest::newRow("lstm, hello") << 4 << 1 << false << int(CellKind::Lstm) << false;
    QTest::newRow("lstm, 2 layers") << 5 << 2 << true << int(CellKind::Lstm) << false;
    QTest::newRow("lstm, 20 units") << 20 << 1 << true << int(CellKind::Lstm) << false;
    QTest::newRow("gru, hello") << 4 << 1 << false << int(CellKind::Gru) << false;
    QTest::newRow("gru, 3 layers") << 6 << 3 << true << int(CellKind::Gru) << false;
    QTest::newRow("gru, 20 units") << 20 << 1 << true << int(CellKind::Gru) << false;
    QTest::newRow("translate, rnn") << 5 << 1 << true << int(CellKind::RnnTanh) << true;
    QTest::newRow("translate, rnn, 2 layers") << 4 << 2 << true << int(CellKind::RnnTanh) << true;
    QTest::newRow("translate, rnn, 20 units") << 20 << 1 << true << int(CellKind::RnnTanh) << true;
    QTest::newRow("translate, lstm, 2 layers") << 5 << 2 << true << int(CellKind::Lstm) << true;
    QTest::newRow("translate, gru") << 6 << 1 << true << int(CellKind::Gru) << true;
}

void TestEquationModel::numbersAreTheTrace()
{
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(int, cell);
    QFETCH(bool, translate);
    Session session = translate
        ? test::readSession(test::sourceFile(QStringLiteral("resources/examples/reverse-words.json")))
        : lectureExample();
    session.model.cell = CellKind(cell);
    session.model.hiddenSize = hidden;
    session.model.numLayers = layers;
    session.model.outputLayer = outputLayer;
    if (!outputLayer)
        session.model.hiddenSize = 4;
    const SnapshotPtr s = snapshotOf(session, 7);
    const auto &sequence = s->trace.sequences[0];
    // An encoder–decoder: the encoder's layers (over the source) come first in the trace.
    const int sourceLength = int(sequence.layers.front().hidden.cols());
    const TimeStepWalker walker = translate
        ? TimeStepWalker::encoderDecoder(sourceLength, sequence.length(), layers, CellKind(cell))
        : TimeStepWalker(sequence.length(), layers, CellKind(cell));
    const std::vector<int> source =
        translate ? static_cast<const TranslateTask &>(*s->setup->task).sourceIndices()[0] : std::vector<int>{};
    int tagged = 0;
    std::vector<StepCursor> everything = walker.forwardSequence();
    const auto backward = walker.backwardSequence();
    everything.insert(everything.end(), backward.begin(), backward.end());
    int checked = 0;
    for (const StepCursor &cursor : everything) {
        for (int unit : {0, hidden - 1}) {
            const Equation eq = EquationModel::build(*s, 0, cursor, unit);
            QVERIFY(!eq.lines.empty());
            const auto &layer = sequence.layers[std::size_t(cursor.layer)];
            // The cursor's stack (the decoder's layers follow the encoder's) and its layer in it.
            const RecurrentBlock &stack = s->weights.layout().stack(std::size_t(cursor.layer / layers));
            const int local = cursor.layer % layers;
            const bool inEncoder = walker.inEncoder(cursor);
            const bool context = cursor.phase == Phase::Context || cursor.phase == Phase::BackwardContext;
            for (const auto &line : eq.lines) {
                QString wrong;
                QVERIFY2(arithmeticHolds(line, &wrong), qPrintable(TimeStepWalker::name(cursor.phase) + u' ' + wrong));
                for (const auto &item : line.items) {
                    if (item.kind != EquationItem::Kind::Matrix)
                        continue;
                    // Identify each item's source by its name, and compare every shown number.
                    QString why;
                    const QString name = item.text;
                    bool ok = true;
                    const int t = cursor.t;
                    if (item.source) {
                        const TraceSource &src = *item.source;
                        const auto &from = sequence.layers[std::size_t(src.layer)];
                        const Matrix<float> *field = nullptr;
                        const Vector<float> *whole = nullptr; // the context's vectors
                        switch (src.field) {
                        case TraceSource::Field::InputPart: field = &from.inputPart; break;
                        case TraceSource::Field::HiddenPart: field = &from.hiddenPart; break;
                        case TraceSource::Field::PreActivation: field = &from.preActivation; break;
                        case TraceSource::Field::Gates: field = &from.gates; break;
                        case TraceSource::Field::Cell: field = &from.cell; break;
                        case TraceSource::Field::Hidden: field = &from.hidden; break;
                        case TraceSource::Field::DHidden: field = &from.dHidden; break;
                        case TraceSource::Field::DHiddenFromAbove: field = &from.dHiddenFromAbove; break;
                        case TraceSource::Field::DHiddenThroughTime: field = &from.dHiddenThroughTime; break;
                        case TraceSource::Field::DCell: field = &from.dCell; break;
                        case TraceSource::Field::DPreActivation: field = &from.dPreActivation; break;
                        case TraceSource::Field::DHiddenPart: field = &from.dHiddenPart; break;
                        case TraceSource::Field::InitialHidden: whole = &from.initialHidden; break;
                        case TraceSource::Field::InitialCell: whole = &from.initialCell; break;
                        case TraceSource::Field::DInitialHidden: whole = &from.dInitialHidden; break;
                        case TraceSource::Field::DInitialCell: whole = &from.dInitialCell; break;
                        case TraceSource::Field::DFinalHidden: whole = &from.dFinalHidden; break;
                        case TraceSource::Field::DFinalCell: whole = &from.dFinalCell; break;
                        }
                        // The context's items read the encoder's layer of the same depth, at its last step.
                        QVERIFY(src.layer == cursor.layer || (context && src.layer == cursor.layer - layers));
                        QVERIFY(context || std::abs(src.t - t) <= 1);
                        ok = whole ? whole->size() > 0 && matches(item, *whole, &why)
                                   : matches(item, field->col(src.t).segment(src.rowOffset, hidden), &why);
                        ++tagged;
                    } else if (name.startsWith(QStringLiteral("W_xh x_t"))
                               || name.startsWith(QStringLiteral("W_xh h_t"))) // layer 2 reads h_t⁽¹⁾
                        ok = matches(item, layer.inputPart.col(t), &why);
                    else if (name.startsWith(QStringLiteral("W_xh")))
                        ok = matches(item, s->weights.matrix(stack.weightIh(local)), &why);
                    else if (name.startsWith(QStringLiteral("W_hhᵀ"))
                             || name.startsWith(QStringLiteral("nothing after"))
                             || name.startsWith(QStringLiteral("dL/dh_0^{dec} across")))
                        ok = matches(item, layer.dHiddenThroughTime.col(t), &why);
                    else if (name.startsWith(QStringLiteral("W_hh h")))
                        ok = matches(item, layer.hiddenPart.col(t), &why);
                    else if (name.startsWith(QStringLiteral("W_hh")))
                        ok = matches(item, s->weights.matrix(stack.weightHh(local)), &why);
                    else if (name.startsWith(QStringLiteral("Σ ")) || name.startsWith(QStringLiteral("b_y["))
                             || (name.startsWith(QStringLiteral("y_")) && name.contains(u'[')))
                        ; // y_t unit by unit (equation::termLines): tst_valueequations' outputTermByTerm
                    else if (name == QStringLiteral("W_hy") || name.startsWith(QStringLiteral("W_hy[")))
                        ok = matches(item, s->weights.matrix(s->weights.layout().fcWeight()), &why);
                    else if (name.startsWith(QStringLiteral("b_ih")))
                        ok = matches(item, s->weights.vector(stack.biasIh(local)), &why);
                    else if (name.startsWith(QStringLiteral("b_hh")))
                        ok = matches(item, s->weights.vector(stack.biasHh(local)), &why);
                    else if (name == QStringLiteral("b_y"))
                        ok = matches(item, s->weights.vector(s->weights.layout().fcBias()), &why);
                    else if (name.startsWith(QStringLiteral("a_")))
                        ok = matches(item, layer.preActivation.col(t), &why);
                    else if (name.startsWith(QStringLiteral("exp(y_"))) { // the softmax's numerators
                        const auto exps = sequence.logits.col(t).unaryExpr([](float y) { return std::exp(y); });
                        ok = matches(item, Eigen::VectorXf(exps), &why);
                    } else if (name.startsWith(QStringLiteral("Σ exp(y_"))) { // their sum
                        double sum = 0.0;
                        for (int i = 0; i < sequence.logits.rows(); ++i)
                            sum += std::exp(sequence.logits(i, t));
                        ok = item.values.size() == 1 && same(item.values[0], float(sum));
                    } else if (name.startsWith(QStringLiteral("p_")))
                        ok = matches(item, sequence.probabilities.col(t), &why);
                    else if (name.startsWith(QStringLiteral("y_")))
                        ok = matches(item, sequence.logits.col(t), &why);
                    else if (name.startsWith(QStringLiteral("dL/dh_")))
                        ok = matches(item, layer.dHidden.col(t), &why);
                    else if (name.startsWith(QStringLiteral("dL/da_")))
                        ok = matches(item, layer.dPreActivation.col(t), &why);
                    else if (name.startsWith(QStringLiteral("W_hyᵀ")) || name.startsWith(QStringLiteral("dL/dy"))
                             || name.startsWith(QStringLiteral("from layer"))
                             || name.startsWith(QStringLiteral("0: the encoder has no outputs")))
                        ok = matches(item, layer.dHiddenFromAbove.col(t), &why);
                    else if (name.startsWith(QStringLiteral("h_0 = 0")) || name.startsWith(QStringLiteral("c_0 = 0")))
                        ok = item.values.size() > 0 && t == 0
                            && std::all_of(item.values.begin(), item.values.end(),
                                           [](float v) { return v == 0.0f || std::isnan(v); });
                    else if (name.startsWith(QStringLiteral("h_")) && !name.contains(u'='))
                        ; // h of this or a neighbouring step / layer: checked through the names below
                    else if (name.startsWith(QStringLiteral("x_")))
                        ok =
                            item.highlightRow == (inEncoder ? source[std::size_t(t)] : sequence.inputs[std::size_t(t)]);
                    else
                        QFAIL(qPrintable(QStringLiteral("an unchecked item: ") + name));
                    QVERIFY2(ok,
                             qPrintable(QStringLiteral("phase %1, t %2, layer %3: %4")
                                            .arg(TimeStepWalker::name(cursor.phase))
                                            .arg(t)
                                            .arg(cursor.layer)
                                            .arg(why)));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 50);
    // The gated cells' equations are all tagged with their source; the RNN's are named.
    // (An encoder–decoder's context items are tagged for every cell.)
    QCOMPARE(tagged > 0, translate || CellKind(cell) == CellKind::Lstm || CellKind(cell) == CellKind::Gru);
}

void TestEquationModel::windowsOfLargeMatrices()
{
    QCOMPARE(EquationModel::window(5, 3), (std::vector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(EquationModel::window(30, 15), (std::vector<int>{0, 1, -1, 13, 14, 15, 16, 17, -1, 28, 29}));
    QCOMPARE(EquationModel::window(30, 0), (std::vector<int>{0, 1, 2, -1, 28, 29}));
    // H = 20: W_hh shows the focused unit's row only.
    Session session = lectureExample();
    session.model = ModelConfig{CellKind::RnnTanh, 20, 1, true};
    const SnapshotPtr s = snapshotOf(session, 0);
    const Equation eq = EquationModel::build(*s, 0, StepCursor{1, 0, Phase::HiddenPart}, 7);
    const EquationItem &Whh = eq.lines.back().items.front();
    QCOMPARE(Whh.rowIndex, std::vector<int>{7});
    QCOMPARE(Whh.highlightRow, 7);
}

void TestEquationModel::lectureNotation()
{
    // Time steps 1 … n and h_0 = 0 as the lecture writes them (the trace's t = 0 is the first).
    const SnapshotPtr s = snapshotOf(lectureExample(), 3);
    const Equation first = EquationModel::build(*s, 0, StepCursor{0, 0, Phase::HiddenPart});
    QVERIFY2(first.caption.contains(QStringLiteral("t = 1")), qPrintable(first.caption));
    QCOMPARE(first.lines.back().items[1].text, QStringLiteral("h_0 = 0"));
    QVERIFY(first.symbolic.contains(QStringLiteral("b = b_ih + b_hh")));
    QVERIFY(first.symbolic.contains(QStringLiteral("p_t = softmax(y_t)")));
    const Equation third = EquationModel::build(*s, 0, StepCursor{2, 0, Phase::HiddenPart});
    QCOMPARE(third.lines.back().items[1].text, QStringLiteral("h_2")); // h_{t−1} at t = 3
    const Equation softmax = EquationModel::build(*s, 0, StepCursor{2, 0, Phase::Softmax});
    QCOMPARE(softmax.lines.back().items.back().text, QStringLiteral("p_3"));
    QVERIFY(softmax.lines.front().items.back().text.startsWith(QStringLiteral("y_3")));
    for (const Equation &eq : {first, third, softmax}) {
        for (const QString &words : {eq.caption, eq.symbolic})
            QVERIFY2(!words.contains(QStringLiteral("−1 =")), qPrintable(words));
    }
    // Back through time at t = 1: what comes from the output is dL/dy_1, as dL/dh_1 beside it.
    const Equation back = EquationModel::build(*s, 0, StepCursor{0, 0, Phase::BackwardHidden});
    QCOMPARE(back.lines.size(), std::size_t(2));
    QCOMPARE(back.lines[1].items[1].text, QStringLiteral("dL/dy_1"));
    // The line above it says where dL/dy_1 comes from, 1/N included (the loss is a mean over N
    // predictions) — and that is what the engine computed: (p_1 − one-hot(target)) / N.
    const SequenceTrace<float> &hello = s->trace.sequences[0];
    const QString why = back.lines[0].items[0].text;
    QVERIFY2(why.startsWith(QStringLiteral("dL/dy_1 = (p_1 − one-hot(‘e’)) / 4: L is the mean over 4 predictions")),
             qPrintable(why));
    QCOMPARE(s->trace.targetCount, 4);
    for (int i = 0; i < hello.probabilities.rows(); ++i) {
        const double expected = (hello.probabilities(i, 0) - (i == hello.targets[0] ? 1.0 : 0.0)) / 4.0;
        QVERIFY(std::abs(hello.layers[0].dHiddenFromAbove(i, 0) - expected) < 1e-6);
    }
    // Layer 2 reads layer 1's h_t, not x_t (issue 21): its equation and its input part say so.
    Session stacked = lectureExample();
    stacked.model.numLayers = 2;
    const Equation upper = EquationModel::build(*snapshotOf(stacked, 0), 0, StepCursor{1, 1, Phase::InputPart});
    // Every symbol of the heading names its layer, and y_t reads the top layer (a reviewer read
    // "h_t = tanh(W_hh h_{t−1} + W_xh h_t⁽³⁾ + b)" at layer 4 as layer 4 reading itself).
    QVERIFY2(upper.symbolic.startsWith(
                 QStringLiteral("h_t⁽²⁾ = tanh(W_hh⁽²⁾ h_{t−1}⁽²⁾ + W_xh⁽²⁾ h_t⁽¹⁾ + b⁽²⁾) = tanh(a_t⁽²⁾)")),
             qPrintable(upper.symbolic));
    QVERIFY2(upper.symbolic.contains(QStringLiteral("y_t = h_t⁽²⁾,")), qPrintable(upper.symbolic)); // no output layer
    QVERIFY2(upper.symbolic.contains(QStringLiteral("b⁽²⁾ = b_ih⁽²⁾ + b_hh⁽²⁾")), qPrintable(upper.symbolic));
    const Equation lower = EquationModel::build(*snapshotOf(stacked, 0), 0, StepCursor{1, 0, Phase::InputPart});
    QVERIFY2(lower.symbolic.contains(QStringLiteral("W_xh⁽¹⁾ x_t + b⁽¹⁾)")), qPrintable(lower.symbolic));
    QVERIFY2(lower.symbolic.contains(QStringLiteral("y_t = h_t⁽²⁾,")), qPrintable(lower.symbolic));
    Session withOutput = stacked;
    withOutput.model.outputLayer = true;
    const Equation top = EquationModel::build(*snapshotOf(withOutput, 0), 0, StepCursor{1, 0, Phase::InputPart});
    QVERIFY2(top.symbolic.contains(QStringLiteral("y_t = W_hy h_t⁽²⁾ + b_y")), qPrintable(top.symbolic));
    for (CellKind gated : {CellKind::Lstm, CellKind::Gru}) {
        Session gatedStack = stacked;
        gatedStack.model.cell = gated;
        const Equation g = EquationModel::build(*snapshotOf(gatedStack, 0), 0, StepCursor{1, 1, Phase::Gates});
        QVERIFY2(g.symbolic.contains(QStringLiteral("W_ik h_t⁽¹⁾"))
                     || g.symbolic.contains(QStringLiteral("W_in h_t⁽¹⁾")),
                 qPrintable(g.symbolic));
        QVERIFY2(!g.symbolic.contains(QStringLiteral("x_t")), qPrintable(g.symbolic));
    }
    QCOMPARE(upper.lines.back().items.back().text, QStringLiteral("W_xh h_t⁽¹⁾ + b_ih"));
    QVERIFY2(upper.caption.endsWith(QStringLiteral("W_xh h_t⁽¹⁾ + b_ih: what the layer below contributes")),
             qPrintable(upper.caption));
    QVERIFY(first.symbolic.contains(QStringLiteral("W_xh x_t + b)")));
    // 13 units: only the focused unit's row of W_hh (a whole 13 × 13 would not be readable).
    Session session = lectureExample();
    session.model = ModelConfig{CellKind::RnnTanh, 13, 1, true};
    const Equation large = EquationModel::build(*snapshotOf(session, 0), 0, StepCursor{1, 0, Phase::HiddenPart}, 4);
    QCOMPARE(large.lines.back().items.front().rowIndex, std::vector<int>{4});
}

void TestEquationModel::classifierWords()
{
    // A classifier's walk speaks of labels and texts, with the trace's count — never of "the next
    // character" or of time steps it does not score.
    Session session = lectureExample();
    session.data.task = TaskKind::Classify;
    session.data.texts = {U"good", U"bad", U"fine"};
    session.data.labels = {U"pos", U"neg", U"pos"};
    session.model.outputLayer = true;
    if (!validate(session).empty())
        QSKIP("the classifier session does not validate here");
    const SnapshotPtr s = snapshotOf(session, 2);
    const int last = s->trace.sequences[0].length() - 1;
    const Equation loss = EquationModel::build(*s, 0, StepCursor{last, 0, Phase::Loss});
    QString all = loss.caption;
    for (const auto &line : loss.lines) {
        for (const auto &item : line.items)
            all += u'\n' + item.text;
    }
    QVERIFY2(!all.contains(QStringLiteral("next character")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("label")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("the %1 texts").arg(s->trace.targetCount)), qPrintable(all));
}

void TestEquationModel::softmaxWorkedOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<bool>("outputLayer");
    QTest::newRow("hello") << QStringLiteral("hello") << 4 << false;
    QTest::newRow("hello world, 8 units") << QStringLiteral("hello world") << 8 << false;
    QTest::newRow("output layer") << QStringLiteral("hello world") << 8 << true;
    // 21 characters: the vocabulary is shown as a window (⋮) around the prediction.
    QTest::newRow("21 characters: a window") << QStringLiteral("the quick brown fox jumps") << 8 << true;
}

void TestEquationModel::softmaxWorkedOut()
{
    // The softmax phase shows exp(y_t) entry by entry, their sum and p_t = exp(y_t) / Σ exp(y_t):
    // exp of the logits shown, the sum of all of them (also those a window leaves out), and the
    // engine's own probabilities, which that division gives.
    QFETCH(QString, text);
    QFETCH(int, hidden);
    QFETCH(bool, outputLayer);
    Session session = lectureExample();
    session.data.texts = {*fromUtf8(text.toStdString())};
    session.model.hiddenSize = hidden;
    session.model.outputLayer = outputLayer;
    QVERIFY2(validate(session).empty(), "the session validates");
    const SnapshotPtr s = snapshotOf(session, 60);
    const auto &sequence = s->trace.sequences[0];
    const int V = int(sequence.logits.rows());
    for (int t = 0; t < sequence.length(); ++t) {
        const Equation eq = EquationModel::build(*s, 0, StepCursor{t, 0, Phase::Softmax});
        const EquationLine &line = eq.lines.back();
        QVERIFY(line.current);
        const auto named = [&line](const QString &prefix) -> const EquationItem * {
            for (const auto &item : line.items) {
                if (item.kind == EquationItem::Kind::Matrix && item.text.startsWith(prefix))
                    return &item;
            }
            return nullptr;
        };
        const EquationItem *exps = named(QStringLiteral("exp(y_%1)").arg(t + 1));
        const EquationItem *total = named(QStringLiteral("Σ exp(y_%1)").arg(t + 1));
        const EquationItem *p = named(QStringLiteral("p_%1").arg(t + 1));
        QVERIFY(exps && total && p);
        QCOMPARE(exps->fullRows, V);
        QCOMPARE(exps->rowIndex, p->rowIndex); // entry by entry, the same rows
        QCOMPARE(exps->rows() < V, V > EquationModel::fullLimit); // a window only for a large vocabulary
        double sum = 0.0;
        for (int i = 0; i < V; ++i)
            sum += std::exp(sequence.logits(i, t));
        QVERIFY(same(total->values.at(0), float(sum)));
        for (int r = 0; r < exps->rows(); ++r) {
            const int i = exps->rowIndex[std::size_t(r)];
            if (i < 0) {
                QVERIFY(std::isnan(exps->at(r, 0)));
                continue;
            }
            QVERIFY(same(exps->at(r, 0), std::exp(sequence.logits(i, t))));
            QVERIFY(same(p->at(r, 0), sequence.probabilities(i, t)));
            // exp(y) / Σ exp(y) is the engine's probability (it subtracts max y first: float rounding apart).
            QVERIFY2(std::abs(exps->at(r, 0) / total->values[0] - p->at(r, 0)) < 1e-6f,
                     qPrintable(QStringLiteral("t %1, row %2: %3 / %4 vs %5")
                                    .arg(t)
                                    .arg(i)
                                    .arg(exps->at(r, 0))
                                    .arg(total->values[0])
                                    .arg(p->at(r, 0))));
        }
    }
    // The worked-out softmax is the softmax phase's: the prediction keeps the short line.
    const Equation prediction = EquationModel::build(*s, 0, StepCursor{0, 0, Phase::Prediction});
    for (const auto &item : prediction.lines.front().items)
        QVERIFY(!item.text.startsWith(QStringLiteral("exp(")));
}

QTEST_GUILESS_MAIN(TestEquationModel)
#include "tst_equationmodel.moc"
