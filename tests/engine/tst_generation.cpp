// SPDX-License-Identifier: MIT
// traceGeneration() (issue 16 §2, the one-to-many picture) is generate()'s own pass: the same
// characters, greedy and sampled, for every cell kind with 1–3 layers; each step's numbers equal
// the training code's forward pass over the text it fed (RecurrentLayer's loop through time, a
// separate code path from the step-by-step generation); the picks are fed back; the probabilities
// are what the pick drew from; partsAt is the first pick that differs from the training text.
#include "engine/generation.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestGeneration : public QObject
{
    Q_OBJECT

private slots:
    void sameAsGenerate_data();
    void sameAsGenerate();
    void partsFromTheTrainingText();

private:
    static Session session(CellKind cell, int layers, bool outputLayer, const std::u32string &text);
};

Session TestGeneration::session(CellKind cell, int layers, bool outputLayer, const std::u32string &text)
{
    Session s;
    s.model = {cell, outputLayer ? 6 : 5, layers, outputLayer};
    s.data.texts = {text};
    s.data.vocabulary = U"helo ";
    return s;
}

void TestGeneration::sameAsGenerate_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<double>("temperature"); // 0: greedy
    const std::pair<CellKind, const char *> cells[] = {{CellKind::RnnTanh, "rnn_tanh"},
                                                       {CellKind::RnnRelu, "rnn_relu"},
                                                       {CellKind::Lstm, "lstm"},
                                                       {CellKind::Gru, "gru"}};
    for (const auto &[cell, name] : cells) {
        for (int layers = 1; layers <= 3; ++layers) {
            for (double temperature : {0.0, 1.0, 0.5}) {
                const bool fc = layers != 2;
                QTest::addRow("%s L=%d %s %s", name, layers, fc ? "fc" : "no fc",
                              temperature == 0.0       ? "greedy"
                                  : temperature == 1.0 ? "T=1"
                                                       : "T=0.5")
                    << int(cell) << layers << fc << temperature;
            }
        }
    }
}

void TestGeneration::sameAsGenerate()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(double, temperature);
    const std::u32string text = U"hello hello hello";
    Trainer trainer(session(CellKind(cell), layers, outputLayer, text));
    for (int i = 0; i < 15; ++i)
        trainer.step();
    const Vocabulary &vocabulary = trainer.dataset().vocabulary;

    GenerationOptions options;
    options.prime = U"he";
    options.length = 24;
    if (temperature > 0)
        options.temperature = temperature;
    options.seed = 7;
    const std::u32string generated = generate(trainer.parameters(), vocabulary, options);
    const std::vector<int> prime = {vocabulary.indexOf(U'h'), vocabulary.indexOf(U'e')};
    const GenerationTrace trace =
        traceGeneration(trainer.parameters(), prime, options.length, options.temperature, options.seed);

    // The same characters.
    QCOMPARE(vocabulary.decode(trace.generated), generated);
    const SequenceTrace<float> &pass = trace.pass;
    const int n = int(prime.size()) + options.length - 1;
    QCOMPARE(pass.length(), n);
    QCOMPARE(trace.primeLength, 2);
    QCOMPARE(int(pass.layers.size()), layers);
    // x_t: the prime, then each pick fed back; the picks are the predictions from t = prime − 1.
    QCOMPARE(pass.inputs[0], prime[0]);
    QCOMPARE(pass.inputs[1], prime[1]);
    for (int t = 1; t < n; ++t) {
        QCOMPARE(pass.predictions[std::size_t(t)], trace.generated[std::size_t(t - 1)]);
        if (t + 1 < n)
            QCOMPARE(pass.inputs[std::size_t(t + 1)], pass.predictions[std::size_t(t)]);
    }
    QCOMPARE(pass.targets, std::vector<int>(std::size_t(n), -1)); // no reference
    QCOMPARE(trace.partsAt, -1);

    // Probabilities: a distribution per step; greedy picks its largest, sampling at T sharpens
    // softmax(y_t) as exp(y/T) does.
    for (int t = 0; t < n; ++t) {
        QVERIFY(std::abs(pass.probabilities.col(t).sum() - 1.0f) < 1e-5f);
        Eigen::Index best = 0;
        pass.logits.col(t).maxCoeff(&best);
        if (temperature == 0.0 || t < 1)
            QCOMPARE(pass.predictions[std::size_t(t)], int(best));
        // (a prime's step, t = 0 here, picks nothing: its plain softmax)
        const Eigen::VectorXd y = pass.logits.col(t).cast<double>() / (temperature > 0 && t >= 1 ? temperature : 1.0);
        const Eigen::VectorXd e = (y.array() - y.maxCoeff()).exp();
        QVERIFY((pass.probabilities.col(t).cast<double>() - e / e.sum()).cwiseAbs().maxCoeff() < 1e-6);
    }

    // Every number equals the training code's forward pass over the text the generation fed
    // (plus one character, which only makes the last target): same weights, another loop.
    std::u32string fed;
    for (int index : pass.inputs)
        fed += vocabulary.character(index);
    fed += vocabulary.character(pass.predictions.back());
    Trainer check(session(CellKind(cell), layers, outputLayer, fed));
    check.setParameters(trainer.parameters());
    check.evaluate();
    const SequenceTrace<float> &forward = check.trace().sequences.front();
    QCOMPARE(forward.inputs, pass.inputs);
    for (int l = 0; l < layers; ++l) {
        const LayerTrace<float> &a = pass.layers[std::size_t(l)];
        const LayerTrace<float> &b = forward.layers[std::size_t(l)];
        QVERIFY2((a.hidden - b.hidden).cwiseAbs().maxCoeff() < 1e-5f, qPrintable(QStringLiteral("h, layer %1").arg(l)));
        QVERIFY((a.preActivation - b.preActivation).cwiseAbs().maxCoeff() < 1e-5f);
        QVERIFY((a.inputPart - b.inputPart).cwiseAbs().maxCoeff() < 1e-5f);
        QVERIFY((a.hiddenPart - b.hiddenPart).cwiseAbs().maxCoeff() < 1e-5f);
        QCOMPARE(a.gates.size(), b.gates.size());
        if (a.gates.size() > 0)
            QVERIFY((a.gates - b.gates).cwiseAbs().maxCoeff() < 1e-5f);
        QCOMPARE(a.cell.size(), b.cell.size());
        if (a.cell.size() > 0)
            QVERIFY((a.cell - b.cell).cwiseAbs().maxCoeff() < 1e-5f);
        QCOMPARE(a.dHidden.rows(), b.hidden.rows()); // backward fields there, and zero
        QCOMPARE(a.dHidden.cols(), b.hidden.cols());
        QCOMPARE(a.dHidden.cwiseAbs().maxCoeff(), 0.0f);
    }
    QVERIFY((pass.logits - forward.logits).cwiseAbs().maxCoeff() < 1e-5f);
    if (temperature == 0.0)
        QVERIFY((pass.probabilities - forward.probabilities).cwiseAbs().maxCoeff() < 1e-5f);

    // Nothing to generate: the prime's steps alone, no pick.
    const GenerationTrace primeOnly = traceGeneration(trainer.parameters(), prime, 0, options.temperature, 1);
    QCOMPARE(primeOnly.pass.length(), 2);
    QVERIFY(primeOnly.generated.empty());
    QVERIFY((primeOnly.pass.layers.back().hidden - pass.layers.back().hidden.leftCols(2)).cwiseAbs().maxCoeff()
            == 0.0f);
}

void TestGeneration::partsFromTheTrainingText()
{
    // The one-to-many picture: x_1 = the text's first character, the text's targets beside the
    // picks. Up to where they part, the free run fed what the training pass fed: the same states.
    const std::u32string text = U"hello hello hole";
    Trainer trainer(session(CellKind::Gru, 1, true, text));
    for (int i = 0; i < 100; ++i)
        trainer.step();
    trainer.evaluate();
    const SequenceTrace<float> &training = trainer.trace().sequences.front();
    const GenerationTrace trace = traceGeneration(trainer.parameters(), {training.inputs.front()}, training.length(),
                                                  std::nullopt, 0, &training.targets);
    QCOMPARE(trace.pass.length(), training.length());
    const int agree = trace.partsAt < 0 ? training.length() : trace.partsAt;
    for (int t = 0; t < training.length(); ++t) // the text's targets up to where they part, none after
        QCOMPARE(trace.pass.targets[std::size_t(t)], t <= agree ? training.targets[std::size_t(t)] : -1);
    for (int t = 0; t < agree; ++t)
        QCOMPARE(trace.pass.predictions[std::size_t(t)], training.targets[std::size_t(t)]);
    if (trace.partsAt >= 0)
        QVERIFY(trace.pass.predictions[std::size_t(trace.partsAt)] != training.targets[std::size_t(trace.partsAt)]);
    QVERIFY(
        (trace.pass.layers[0].hidden.leftCols(agree) - training.layers[0].hidden.leftCols(agree)).cwiseAbs().maxCoeff()
        < 1e-5f);

    // A reference that agrees with the picks but at step 4 parts there; a shorter one that agrees
    // as far as it goes never parts; the prime's steps (where the prime, not a pick, comes next)
    // are not compared.
    std::vector<int> reference = trace.pass.predictions;
    reference[4] = (reference[4] + 1) % 5;
    QCOMPARE(traceGeneration(trainer.parameters(), {training.inputs.front()}, 10, std::nullopt, 0, &reference).partsAt,
             4);
    reference.resize(3);
    QCOMPARE(traceGeneration(trainer.parameters(), {training.inputs.front()}, 10, std::nullopt, 0, &reference).partsAt,
             -1);
    std::vector<int> prime(training.inputs.begin(), training.inputs.begin() + 3);
    const GenerationTrace free = traceGeneration(trainer.parameters(), prime, 2, std::nullopt, 0);
    std::vector<int> differs;
    for (int t = 0; t < 3; ++t)
        differs.push_back((free.pass.predictions[std::size_t(t)] + 1) % 5);
    const GenerationTrace primed = traceGeneration(trainer.parameters(), prime, 2, std::nullopt, 0, &differs);
    QCOMPARE(primed.partsAt, 2); // steps 0 and 1 read the prime's next character, not a pick
}

QTEST_GUILESS_MAIN(TestGeneration)
#include "tst_generation.moc"
