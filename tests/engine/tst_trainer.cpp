// SPDX-License-Identifier: MIT
// Trainer: refused steps leave the weights and the optimizer exactly as they were; a training
// step allocates nothing; generation continues the forward pass's own predictions.
#include "tests/support/allocationcounter.h"
#include "tests/support/testsupport.h"

#include "engine/generation.h"
#include "engine/trainer.h"

#include <QTest>

// AllocationCounter counts every operator new in this test binary while armed, and every malloc,
// calloc and realloc the engine's code makes: CMakeLists.txt links this test with
// allocationcounter_malloc (--wrap=malloc, calloc, realloc), which routes the calls of the
// statically linked engine — Eigen allocates with std::malloc, not operator new — through the
// counter. (EIGEN_RUNTIME_NO_MALLOC, also defined for this test, asserts only in debug builds, and
// only in this file's own Eigen code.)

using namespace rnnlab;

class TestTrainer : public QObject
{
    Q_OBJECT

private slots:
    void divergingLossIsRefused();
    void overflowingUpdateIsRolledBack();
    void stepAllocatesNothing_data();
    void stepAllocatesNothing();
    void greedyGenerationFollowsTheForwardPass();
    void sampledGenerationIsReproducible();
    void weightsFromTheSessionAreUsed();
    void invalidSessionIsRefused();
};

void TestTrainer::divergingLossIsRefused()
{
    Session session = lectureExample();
    session.data.texts = {U"abcabcabcabcabcabcabcabc"};
    session.model = ModelConfig{CellKind::RnnRelu, 16, 3, true};
    session.training.optimizer = OptimizerKind::Sgd;
    session.training.learningRate = 1e6;
    Trainer trainer(session);
    StepOutcome outcome;
    ParameterSet<float> before = trainer.parameters();
    OptimizerState stateBefore = trainer.optimizer().state();
    int accepted = 0;
    for (int i = 0; i < 50; ++i) {
        before = trainer.parameters();
        stateBefore = trainer.optimizer().state();
        outcome = trainer.step();
        if (!outcome.accepted)
            break;
        ++accepted;
    }
    QVERIFY2(!outcome.accepted, "a learning rate of 1e6 should diverge");
    QCOMPARE(trainer.stepsTaken(), accepted);
    QVERIFY(trainer.parameters().allFinite());
    QCOMPARE(test::bitDifferences(trainer.parameters(), before), 0);
    QVERIFY(QString::fromStdString(outcome.problem).contains(QStringLiteral("smaller learning rate")));
    QVERIFY(QString::fromStdString(outcome.problem).contains(QStringLiteral("Training step %1").arg(accepted + 1)));
    // Refused again, identically: nothing moved.
    const StepOutcome again = trainer.step();
    QVERIFY(!again.accepted);
    QCOMPARE(test::bitDifferences(trainer.parameters(), before), 0);
}

void TestTrainer::overflowingUpdateIsRolledBack()
{
    Session session = lectureExample();
    session.training.optimizer = OptimizerKind::Sgd;
    session.training.learningRate = 1e39; // a finite double; torch casts it to float32: −inf
    session.training.momentum = 0.9;
    Trainer trainer(session);
    const ParameterSet<float> before = trainer.parameters();
    const StepOutcome outcome = trainer.step();
    QVERIFY(!outcome.accepted);
    QVERIFY(QString::fromStdString(outcome.problem).contains(QStringLiteral("infinite or NaN")));
    QCOMPARE(test::bitDifferences(trainer.parameters(), before), 0);
    QVERIFY(!std::get<SgdState>(trainer.optimizer().state()).hasMomentumBuffer); // the SGD buffer is as before the step
    QCOMPARE(trainer.stepsTaken(), 0);
}

void TestTrainer::stepAllocatesNothing_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("clip");
    QTest::addColumn<int>("optimizer");
    QTest::newRow("lecture") << int(CellKind::RnnTanh) << 5 << 1 << false << int(OptimizerKind::Adam);
    QTest::newRow("H=128 L=2 clip sgd") << int(CellKind::RnnRelu) << 128 << 2 << true << int(OptimizerKind::Sgd);
    QTest::newRow("lstm H=33 L=2") << int(CellKind::Lstm) << 33 << 2 << false << int(OptimizerKind::Adam);
    // The GRU's backward once kept W_hhᵀ dL/dgh in a scratch vector allocated per layer and text.
    QTest::newRow("gru H=17 L=3 clip sgd") << int(CellKind::Gru) << 17 << 3 << true << int(OptimizerKind::Sgd);
}

void TestTrainer::stepAllocatesNothing()
{
    QFETCH(int, cell);
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(bool, clip);
    QFETCH(int, optimizer);
    Session session = lectureExample();
    session.data.texts = {U"hello world, hello rnn", U"abc"};
    session.model = ModelConfig{CellKind(cell), hidden, layers, true};
    session.training.optimizer = OptimizerKind(optimizer);
    session.training.momentum = 0.9;
    session.training.learningRate = 0.01;
    if (clip)
        session.training.clipGradNorm = 0.5;
    Trainer trainer(session);
    QVERIFY(trainer.step().accepted); // the first step may size lazily-created state
    bool ok = true;
    const long allocations = test::AllocationCounter::count([&] {
        Eigen::internal::set_is_malloc_allowed(false);
        for (int i = 0; i < 5; ++i)
            ok = trainer.step().accepted && ok;
        Eigen::internal::set_is_malloc_allowed(true);
    });
    QVERIFY(ok);
    QCOMPARE(allocations, 0L);
}

void TestTrainer::greedyGenerationFollowsTheForwardPass()
{
    Session session = lectureExample();
    session.data.texts = {U"hello, hello"};
    session.model = ModelConfig{CellKind::RnnTanh, 12, 2, true};
    Trainer trainer(session);
    for (int i = 0; i < 60; ++i)
        QVERIFY(trainer.step().accepted);
    trainer.evaluate();
    const std::u32string predicted = trainer.predictions().front();
    // Greedy from each prefix of the text: its next character is the forward pass's prediction.
    const std::u32string text = session.data.texts.front();
    for (std::size_t n = 1; n < text.size(); ++n) {
        GenerationOptions options;
        options.prime = text.substr(0, n);
        options.length = 1;
        QVERIFY(validate(options, trainer.dataset().vocabulary).empty());
        const std::u32string next = generate(trainer.parameters(), trainer.dataset().vocabulary, options);
        QCOMPARE(int(next[0]), int(predicted[n - 1]));
    }
}

void TestTrainer::sampledGenerationIsReproducible()
{
    Trainer trainer(lectureExample());
    GenerationOptions options;
    options.prime = U"he";
    options.length = 200;
    options.temperature = 2.0;
    options.seed = 3;
    const auto a = generate(trainer.parameters(), trainer.dataset().vocabulary, options);
    const auto b = generate(trainer.parameters(), trainer.dataset().vocabulary, options);
    QVERIFY(a == b);
    options.seed = 4;
    QVERIFY(generate(trainer.parameters(), trainer.dataset().vocabulary, options) != a);
    // At a high temperature every character of the vocabulary turns up.
    for (char32_t c : std::u32string(U"helo"))
        QVERIFY(a.find(c) != std::u32string::npos);
}

void TestTrainer::weightsFromTheSessionAreUsed()
{
    Trainer seeded(lectureExample());
    Session session = lectureExample();
    session.training.seed = 12345; // ignored: the weights are given
    std::vector<NamedTensor> weights = toNamedTensors(seeded.parameters());
    std::swap(weights[0], weights[3]); // any order
    session.weights = weights;
    QVERIFY(validate(session).empty());
    Trainer loaded(session);
    QCOMPARE(test::bitDifferences(loaded.parameters(), seeded.parameters()), 0);
}

void TestTrainer::invalidSessionIsRefused()
{
    Session session = lectureExample();
    session.model.hiddenSize = 7; // ≠ V without an output layer
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Trainer{session});
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
