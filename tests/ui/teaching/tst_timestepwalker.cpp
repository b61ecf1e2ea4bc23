// SPDX-License-Identifier: MIT
// TimeStepWalker without a GUI: the phase sequence forward and backward for 1-3 layers and every
// cell kind, in time-major and layer-major order, and where →, ←, Shift+→, Shift+← and B lead.
#include "ui/teaching/timestepwalker.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace rnnlab;

class TestTimeStepWalker : public QObject
{
    Q_OBJECT

private slots:
    void forwardSequence_data();
    void forwardSequence();
    void backwardSequence();
    void navigation();
    void gatedCells_data();
    void gatedCells();
    void layerMajor_data();
    void layerMajor();
    void layerMajorNavigation();
    void names();
    void valueHead_data();
    void valueHead();
    void encoderDecoder_data();
    void encoderDecoder();
};

void TestTimeStepWalker::forwardSequence_data()
{
    QTest::addColumn<int>("layers");
    QTest::newRow("1 layer") << 1;
    QTest::newRow("2 layers") << 2;
    QTest::newRow("3 layers") << 3;
}

void TestTimeStepWalker::forwardSequence()
{
    QFETCH(int, layers);
    const TimeStepWalker walker(4, layers);
    const std::vector<StepCursor> forward = walker.forwardSequence();
    QCOMPARE(int(forward.size()), 4 * (5 * layers + 4));
    // Each time step: every layer's five phases bottom to top, then the output's four.
    const std::vector<Phase> layerPhases = {Phase::Input, Phase::InputPart, Phase::HiddenPart, Phase::Sum,
                                            Phase::Activation};
    const std::vector<Phase> outputPhases = {Phase::Output, Phase::Softmax, Phase::Prediction, Phase::Loss};
    std::size_t i = 0;
    for (int t = 0; t < 4; ++t) {
        for (int l = 0; l < layers; ++l) {
            for (Phase p : layerPhases) {
                QCOMPARE(forward[i], (StepCursor{t, l, p}));
                ++i;
            }
        }
        for (Phase p : outputPhases) {
            QCOMPARE(forward[i].t, t);
            QCOMPARE(forward[i].phase, p);
            QVERIFY(forward[i].isOutputPhase());
            ++i;
        }
    }
}

void TestTimeStepWalker::backwardSequence()
{
    const TimeStepWalker walker(3, 2);
    const std::vector<StepCursor> backward = walker.backwardSequence();
    QCOMPARE(int(backward.size()), 3 * 2 * 2);
    QCOMPARE(backward.front(), (StepCursor{2, 1, Phase::BackwardHidden})); // last step, top layer first
    QCOMPARE(backward[2], (StepCursor{2, 0, Phase::BackwardHidden})); // then down through the layers
    QCOMPARE(backward.back(), (StepCursor{0, 0, Phase::BackwardPre}));
    QCOMPARE(walker.backwardStart(), backward.front());
    for (const auto &c : backward)
        QVERIFY(c.isBackward());
}

void TestTimeStepWalker::navigation()
{
    const TimeStepWalker walker(3, 2);
    // → from nothing: the end of t = 0; again: the end of t = 1; at the end: nowhere.
    const auto first = walker.nextTimeStep(std::nullopt);
    QCOMPARE(*first, (StepCursor{0, 1, Phase::Loss}));
    const auto second = walker.nextTimeStep(first);
    QCOMPARE(second->t, 1);
    QVERIFY(!walker.nextTimeStep(StepCursor{2, 1, Phase::Loss}));
    QCOMPARE(*walker.previousTimeStep(*second), *first);
    QVERIFY(!walker.previousTimeStep(*first));
    // Shift+→ / Shift+← walk the sequence.
    QCOMPARE(*walker.nextPhase({0, 0, Phase::Activation}), (StepCursor{0, 1, Phase::Input}));
    QCOMPARE(*walker.nextPhase({0, 1, Phase::Activation}), (StepCursor{0, 1, Phase::Output}));
    QCOMPARE(*walker.nextPhase({0, 1, Phase::Loss}), (StepCursor{1, 0, Phase::Input}));
    QCOMPARE(*walker.previousPhase({1, 0, Phase::Input}), (StepCursor{0, 1, Phase::Loss}));
    QVERIFY(!walker.previousPhase({0, 0, Phase::Input}));
    // The phases → animates through after the input of t = 1.
    const auto rest = walker.phasesUntilEndOfStep({1, 0, Phase::Input});
    QCOMPARE(int(rest.size()), 5 * 2 + 4 - 1);
    QCOMPARE(rest.back(), (StepCursor{1, 1, Phase::Loss}));
    // Backward: → goes back in time.
    const auto back = walker.nextTimeStep(StepCursor{2, 0, Phase::BackwardPre}, true);
    QCOMPARE(back->t, 1);
    QVERIFY(back->isBackward());
    QVERIFY(!walker.nextTimeStep(StepCursor{0, 0, Phase::BackwardPre}, true));
    QCOMPARE(walker.previousTimeStep(*back)->t, 2);
}

void TestTimeStepWalker::gatedCells_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("backwardPhases");
    QTest::newRow("lstm") << int(CellKind::Lstm) << 3;
    QTest::newRow("gru") << int(CellKind::Gru) << 2;
}

void TestTimeStepWalker::gatedCells()
{
    QFETCH(int, cell);
    QFETCH(int, backwardPhases);
    const TimeStepWalker walker(3, 2, CellKind(cell));
    const auto forward = walker.forwardSequence();
    // Seven phases per layer: … sum, gates, cell, activation; then the output's four.
    QCOMPARE(int(forward.size()), 3 * (7 * 2 + 4));
    QCOMPARE(forward[4], (StepCursor{0, 0, Phase::Gates}));
    QCOMPARE(forward[5], (StepCursor{0, 0, Phase::CellState}));
    QCOMPARE(forward[6], (StepCursor{0, 0, Phase::Activation}));
    QCOMPARE(forward[7], (StepCursor{0, 1, Phase::Input}));
    const auto backward = walker.backwardSequence();
    QCOMPARE(int(backward.size()), 3 * 2 * backwardPhases);
    QCOMPARE(backward.front(), (StepCursor{2, 1, Phase::BackwardHidden}));
    QCOMPARE(backward.back(), (StepCursor{0, 0, Phase::BackwardPre}));
    QCOMPARE(walker.contains({0, 0, Phase::BackwardCell}), CellKind(cell) == CellKind::Lstm);
    // An RNN walker has none of the gated phases.
    QVERIFY(!TimeStepWalker(3, 2).contains({0, 0, Phase::Gates}));
    QVERIFY(walker.contains({2, 1, Phase::Gates}));
    QVERIFY(!walker.contains({3, 1, Phase::Gates}));
    // → from t = 0 lands on the end of t = 1, through all seven phases of both layers.
    const auto rest = walker.phasesUntilEndOfStep({1, 0, Phase::Input});
    QCOMPARE(int(rest.size()), 7 * 2 + 4 - 1);
}

void TestTimeStepWalker::layerMajor_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("cell");
    QTest::newRow("1 layer rnn") << 1 << int(CellKind::RnnTanh);
    QTest::newRow("3 layers rnn") << 3 << int(CellKind::RnnTanh);
    QTest::newRow("2 layers lstm") << 2 << int(CellKind::Lstm);
    QTest::newRow("3 layers gru") << 3 << int(CellKind::Gru);
}

void TestTimeStepWalker::layerMajor()
{
    QFETCH(int, layers);
    QFETCH(int, cell);
    const int T = 4;
    const TimeStepWalker timeMajor(T, layers, CellKind(cell), WalkOrder::TimeMajor);
    const TimeStepWalker layerMajor(T, layers, CellKind(cell), WalkOrder::LayerMajor);
    // The same positions in another order: each visited exactly once.
    for (const auto *pair : {&timeMajor, &layerMajor})
        QCOMPARE(pair->forwardSequence().size(), timeMajor.forwardSequence().size());
    std::vector<StepCursor> a = timeMajor.forwardSequence(), b = layerMajor.forwardSequence();
    const auto less = [](const StepCursor &x, const StepCursor &y) {
        return std::tie(x.t, x.layer, x.phase) < std::tie(y.t, y.layer, y.phase);
    };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    QVERIFY(a == b);
    std::vector<StepCursor> c = timeMajor.backwardSequence(), d = layerMajor.backwardSequence();
    std::sort(c.begin(), c.end(), less);
    std::sort(d.begin(), d.end(), less);
    QVERIFY(c == d);

    // Layer-major: layer 1 over all of time first, then layer 2 …, then the outputs.
    const auto forward = layerMajor.forwardSequence();
    const int perLayer = int(TimeStepWalker::layerPhases(CellKind(cell)).size());
    QCOMPARE(forward[0], (StepCursor{0, 0, Phase::Input}));
    QCOMPARE(forward[std::size_t(perLayer)], (StepCursor{1, 0, Phase::Input}));
    QCOMPARE(forward[std::size_t(perLayer * T)].layer, layers > 1 ? 1 : 0);
    QCOMPARE(forward[std::size_t(perLayer * T * layers)], (StepCursor{0, layers - 1, Phase::Output}));
    QCOMPARE(forward.back(), (StepCursor{T - 1, layers - 1, Phase::Loss}));
    // Every dependency comes first: h_{t−1} of the same layer and h_t of the layer below.
    for (std::size_t i = 0; i < forward.size(); ++i) {
        if (forward[i].phase != Phase::Input)
            continue;
        const auto before = [&](StepCursor needed) {
            return std::find(forward.begin(), forward.begin() + long(i), needed) != forward.begin() + long(i);
        };
        if (forward[i].t > 0)
            QVERIFY(before({forward[i].t - 1, forward[i].layer, Phase::Activation}));
        if (forward[i].layer > 0)
            QVERIFY(before({forward[i].t, forward[i].layer - 1, Phase::Activation}));
    }
    // Backward, layer-major: the top layer back over all of time, then the one below.
    const auto backward = layerMajor.backwardSequence();
    QCOMPARE(backward.front(), (StepCursor{T - 1, layers - 1, Phase::BackwardHidden}));
    const int perLayerBack = int(TimeStepWalker::layerPhases(CellKind(cell), true).size());
    QCOMPARE(backward[std::size_t(perLayerBack)], (StepCursor{T - 2, layers - 1, Phase::BackwardHidden}));
    QCOMPARE(backward.back(), (StepCursor{0, 0, Phase::BackwardPre}));
    for (std::size_t i = 0; i < backward.size(); ++i) {
        if (backward[i].phase != Phase::BackwardHidden)
            continue;
        const auto before = [&](StepCursor needed) {
            return std::find(backward.begin(), backward.begin() + long(i), needed) != backward.begin() + long(i);
        };
        // dL/dh_t needs dL/dpre_{t+1} of its layer and dL/dpre_t of the layer above.
        if (backward[i].t + 1 < T)
            QVERIFY(before({backward[i].t + 1, backward[i].layer, Phase::BackwardPre}));
        if (backward[i].layer + 1 < layers)
            QVERIFY(before({backward[i].t, backward[i].layer + 1, Phase::BackwardPre}));
    }
}

void TestTimeStepWalker::layerMajorNavigation()
{
    const TimeStepWalker walker(3, 2, CellKind::RnnTanh, WalkOrder::LayerMajor);
    // → walks one layer at one time step: t = 0, 1, 2 of layer 1, then of layer 2, then the outputs.
    std::vector<StepCursor> stops;
    for (auto c = walker.nextTimeStep(std::nullopt); c; c = walker.nextTimeStep(c))
        stops.push_back(*c);
    QCOMPARE(int(stops.size()), 3 * 2 + 3);
    QCOMPARE(stops[0], (StepCursor{0, 0, Phase::Activation}));
    QCOMPARE(stops[2], (StepCursor{2, 0, Phase::Activation}));
    QCOMPARE(stops[3], (StepCursor{0, 1, Phase::Activation}));
    QCOMPARE(stops[6], (StepCursor{0, 1, Phase::Loss}));
    QCOMPARE(stops.back(), (StepCursor{2, 1, Phase::Loss}));
    QCOMPARE(*walker.previousTimeStep(stops[3]), stops[2]);
    QCOMPARE(walker.phasesUntilEndOfStep({1, 1, Phase::Input}).size(), std::size_t(4));
    // Backward from nothing: the end of the top layer's last time step.
    QCOMPARE(*walker.nextTimeStep(std::nullopt, true), (StepCursor{2, 1, Phase::BackwardPre}));
    QCOMPARE(*walker.nextTimeStep(StepCursor{0, 1, Phase::BackwardPre}), (StepCursor{2, 0, Phase::BackwardPre}));
}

void TestTimeStepWalker::names()
{
    for (const auto &c : TimeStepWalker(1, 1).forwardSequence())
        QCOMPARE(*TimeStepWalker::phaseFromName(TimeStepWalker::name(c.phase)), c.phase);
    QCOMPARE(*TimeStepWalker::phaseFromName(QStringLiteral("backward")), Phase::BackwardHidden);
    QVERIFY(!TimeStepWalker::phaseFromName(QStringLiteral("sideways")));
    QVERIFY(TimeStepWalker::description(Phase::Activation, CellKind::RnnTanh, false).contains(QStringLiteral("tanh")));
    QVERIFY(TimeStepWalker::description(Phase::Activation, CellKind::RnnRelu, false).contains(QStringLiteral("ReLU")));
    QVERIFY(TimeStepWalker::description(Phase::CellState, CellKind::Lstm, false).contains(QStringLiteral("c_t")));
    QVERIFY(TimeStepWalker::description(Phase::CellState, CellKind::Gru, false).contains(QStringLiteral("n_t")));
    for (CellKind cell : {CellKind::Lstm, CellKind::Gru}) {
        for (const auto &c : TimeStepWalker(1, 1, cell).forwardSequence())
            QCOMPARE(*TimeStepWalker::phaseFromName(TimeStepWalker::name(c.phase)), c.phase);
        for (const auto &c : TimeStepWalker(1, 1, cell).backwardSequence())
            QCOMPARE(*TimeStepWalker::phaseFromName(TimeStepWalker::name(c.phase)), c.phase);
    }
    QCOMPARE(*TimeStepWalker::phaseFromName(QStringLiteral("candidate")), Phase::CellState);
}

void TestTimeStepWalker::valueHead_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("time-major") << int(WalkOrder::TimeMajor);
    QTest::newRow("layer-major") << int(WalkOrder::LayerMajor);
}

void TestTimeStepWalker::valueHead()
{
    // A time series' head (issue 15): y_t, then its squared error — no softmax, no prediction.
    QFETCH(int, order);
    const TimeStepWalker walker(3, 2, CellKind::Gru, WalkOrder(order), OutputHead::Value);
    QCOMPARE(TimeStepWalker::outputPhases(OutputHead::Value), (std::vector<Phase>{Phase::Output, Phase::Loss}));
    const auto forward = walker.forwardSequence();
    const auto layerPhases = TimeStepWalker::layerPhases(CellKind::Gru);
    QCOMPARE(forward.size(), std::size_t(3 * (2 * layerPhases.size() + 2)));
    int outputs = 0;
    for (const StepCursor &c : forward) {
        QVERIFY(c.phase != Phase::Softmax && c.phase != Phase::Prediction);
        outputs += c.phase == Phase::Output;
        if (c.phase == Phase::Output) // the loss follows its y_t at once
            QCOMPARE(*walker.nextPhase(c), (StepCursor{c.t, 1, Phase::Loss}));
    }
    QCOMPARE(outputs, 3);
    QVERIFY(!walker.contains({1, 1, Phase::Softmax}));
    QVERIFY(walker.contains({1, 1, Phase::Loss}));
    // → ends a block at its last phase: the loss of the time step (time-major).
    if (WalkOrder(order) == WalkOrder::TimeMajor)
        QCOMPARE(*walker.nextTimeStep(std::nullopt), (StepCursor{0, 1, Phase::Loss}));
    // Backward is the same as a character model's.
    QCOMPARE(walker.backwardSequence(),
             TimeStepWalker(3, 2, CellKind::Gru, WalkOrder(order), OutputHead::Softmax).backwardSequence());
}

void TestTimeStepWalker::encoderDecoder_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("order");
    QTest::newRow("rnn, time-major") << 1 << int(CellKind::RnnTanh) << int(WalkOrder::TimeMajor);
    QTest::newRow("lstm, 2 layers, time-major") << 2 << int(CellKind::Lstm) << int(WalkOrder::TimeMajor);
    QTest::newRow("gru, 2 layers, layer-major") << 2 << int(CellKind::Gru) << int(WalkOrder::LayerMajor);
}

void TestTimeStepWalker::encoderDecoder()
{
    // A translation (issue 16): the encoder's layers over the n source characters (no outputs),
    // the context of every layer, then the decoder's layers (the trace's L … 2L−1) over its m + 1
    // steps with the outputs; back through time the decoder first, across the context, then the
    // encoder.
    QFETCH(int, layers);
    QFETCH(int, cell);
    QFETCH(int, order);
    const int L = layers;
    const int n = 5; // longer than the decoder: the two stacks' steps are their own
    const int steps = 3;
    const TimeStepWalker walker = TimeStepWalker::encoderDecoder(n, steps, L, CellKind(cell), WalkOrder(order));
    QVERIFY(walker.isEncoderDecoder());
    QCOMPARE(walker.sourceLength(), n);
    QCOMPARE(walker.outputLayer(), 2 * L - 1);
    const auto layerPhases = TimeStepWalker::layerPhases(CellKind(cell));
    const auto forward = walker.forwardSequence();
    QCOMPARE(forward.size(), std::size_t(n * L * layerPhases.size() + L + steps * (L * layerPhases.size() + 4)));
    // Encoder, then context, then decoder: the stage never goes back.
    const auto stage = [&](const StepCursor &c) {
        return c.phase == Phase::Context || c.phase == Phase::BackwardContext ? 1 : c.layer < L ? 0 : 2;
    };
    for (std::size_t i = 1; i < forward.size(); ++i)
        QVERIFY(stage(forward[i - 1]) <= stage(forward[i]));
    QCOMPARE(stage(forward.front()), 0);
    QCOMPARE(forward.front(), (StepCursor{0, 0, Phase::Input}));
    for (const StepCursor &c : forward) {
        if (c.isOutputPhase()) // outputs only above the decoder's top layer, at its steps
            QVERIFY(c.layer == 2 * L - 1 && c.t < steps);
        if (c.layer < L && c.phase != Phase::Context)
            QVERIFY(c.t < n);
        if (c.phase == Phase::Context)
            QVERIFY(c.layer >= L && c.t == 0);
        QVERIFY(walker.contains(c));
    }
    int contexts = 0;
    for (const StepCursor &c : forward)
        contexts += c.phase == Phase::Context;
    QCOMPARE(contexts, L);
    QCOMPARE(forward.back(), (StepCursor{steps - 1, 2 * L - 1, Phase::Loss}));
    QCOMPARE(walker.lastLoss(), forward.back());
    // The context is one block: → from the encoder's last block lands at its end.
    const auto context = walker.block({0, L, Phase::Context});
    QCOMPARE(int(context.size()), L);

    const auto backward = walker.backwardSequence();
    const auto backwardPhases = TimeStepWalker::layerPhases(CellKind(cell), true);
    QCOMPARE(backward.size(), std::size_t((n + steps) * L * backwardPhases.size() + L));
    for (std::size_t i = 1; i < backward.size(); ++i)
        QVERIFY(stage(backward[i - 1]) >= stage(backward[i]));
    QCOMPARE(stage(backward.front()), 2);
    QCOMPARE(backward.front().t, steps - 1);
    QCOMPARE(walker.backwardStart(), backward.front());
    QCOMPARE(backward.back().layer, 0);
    QCOMPARE(backward.back().t, 0);
    QVERIFY(walker.contains({0, L, Phase::BackwardContext}));
    // Phase by phase through the whole walk and back again.
    StepCursor at = forward.front();
    std::size_t visited = 1;
    while (const auto next = walker.nextPhase(at)) {
        at = *next;
        ++visited;
    }
    QCOMPARE(visited, forward.size());
    // Names for the command line and saved views.
    QCOMPARE(TimeStepWalker::phaseFromName(QStringLiteral("context")), std::optional<Phase>(Phase::Context));
    QCOMPARE(TimeStepWalker::phaseFromName(QStringLiteral("backward-context")),
             std::optional<Phase>(Phase::BackwardContext));
    QVERIFY(!(StepCursor{0, L, Phase::Context}.isBackward()));
    QVERIFY((StepCursor{0, L, Phase::BackwardContext}.isBackward()));
}

QTEST_GUILESS_MAIN(TestTimeStepWalker)
#include "tst_timestepwalker.moc"
