// SPDX-License-Identifier: MIT
// Compare mode's rules (engine/comparison.h): sessions that differ in their data or optimizer
// settings are refused with a message naming the field and what each session has; models may
// differ in everything else; the legend labels name exactly what differs; and the presets are what
// they promise — the lecture's hello with 1 and 2 layers, and a text on which the LSTM and the GRU
// predict every character within 300 steps while the RNN never does (trained here to check).
#include "engine/comparison.h"
#include "engine/trainer.h"

#include <QTest>

using namespace rnnlab;

Q_DECLARE_METATYPE(std::vector<Session>)

namespace {
Session twoLayers()
{
    Session s = lectureExample();
    s.model.numLayers = 2;
    return s;
}
} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void comparable_data();
    void comparable();
    void refused_data();
    void refused();
    void namesInMessages();
    void eachSessionFirst_data();
    void eachSessionFirst();
    void labels_data();
    void labels();
    void describeModel();
    void letters();
    void layersPreset();
    void cellsPresetShowsTheDifference();
};

void TestComparison::comparable_data()
{
    QTest::addColumn<std::vector<Session>>("sessions");
    Session seed = lectureExample();
    seed.training.seed = 7;
    Session lstm = lectureExample();
    lstm.model.cell = CellKind::Lstm;
    Session wide = lectureExample();
    wide.model = ModelConfig{CellKind::Gru, 12, 3, true};
    Session adamMomentum = lectureExample();
    adamMomentum.training.momentum = 0.9; // Adam ignores momentum
    Session steps = lectureExample();
    steps.training.steps = 500; // only the CLI's default step count
    QTest::newRow("1 vs 2 layers") << std::vector<Session>{lectureExample(), twoLayers()};
    QTest::newRow("identical") << std::vector<Session>{lectureExample(), lectureExample()};
    QTest::newRow("seeds, cells, sizes") << std::vector<Session>{seed, lstm, wide};
    QTest::newRow("momentum under Adam") << std::vector<Session>{lectureExample(), adamMomentum};
    QTest::newRow("training.steps") << std::vector<Session>{lectureExample(), steps};
}

void TestComparison::comparable()
{
    QFETCH(std::vector<Session>, sessions);
    for (const Session &s : sessions)
        QVERIFY(validate(s).empty());
    const std::vector<Problem> problems = validateComparison(sessions);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
}

void TestComparison::refused_data()
{
    QTest::addColumn<std::vector<Session>>("sessions");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");

    Session hallo = lectureExample();
    hallo.data.texts = {U"hallo"};
    Session vocabulary = lectureExample();
    vocabulary.data.vocabulary = U"oleh";
    Session sgd = lectureExample();
    sgd.training.optimizer = OptimizerKind::Sgd;
    Session lr = lectureExample();
    lr.training.learningRate = 0.05;
    Session sgdA = sgd;
    Session sgdB = sgd;
    sgdB.training.momentum = 0.9;
    Session clip = lectureExample();
    clip.training.clipGradNorm = 1.0;
    Session resumed = lectureExample();
    {
        Trainer trainer(resumed);
        trainer.step();
        resumed = trainer.currentSession();
    }
    Session classifier = lectureExample();
    classifier.data.task = TaskKind::Classify;
    classifier.data.texts = {U"hello", U"world"};
    classifier.data.labels = {U"greeting", U"place"};
    Session relabelled = classifier;
    relabelled.data.labels = {U"place", U"greeting"};
    Session nextCharacter = classifier;
    nextCharacter.data.task = TaskKind::NextCharacter;
    nextCharacter.data.labels.clear();
    QTest::newRow("task") << std::vector<Session>{classifier, nextCharacter} << "data.task"
                          << "B next";
    QTest::newRow("labels") << std::vector<Session>{classifier, relabelled} << "data.labels"
                            << "B [\"place\", \"greeting\"]";
    QTest::newRow("one session") << std::vector<Session>{lectureExample()} << QString() << "2 or 3 models";
    QTest::newRow("four sessions") << std::vector<Session>(4, lectureExample()) << QString() << "not 4";
    QTest::newRow("texts") << std::vector<Session>{lectureExample(), hallo} << "data.texts"
                           << "A \"hello\", B \"hallo\"";
    QTest::newRow("vocabulary order") << std::vector<Session>{lectureExample(), vocabulary} << "data.vocabulary"
                                      << "B \"oleh\"";
    QTest::newRow("optimizer") << std::vector<Session>{lectureExample(), sgd} << "training.optimizer"
                               << "A adam, B sgd";
    QTest::newRow("learning rate, third model")
        << std::vector<Session>{lectureExample(), lectureExample(), lr} << "training.learning_rate"
        << "C 0.05";
    QTest::newRow("momentum under SGD") << std::vector<Session>{sgdA, sgdB} << "training.momentum"
                                        << "B 0.9";
    QTest::newRow("clipping") << std::vector<Session>{clip, lectureExample()} << "training.clip_grad_norm"
                              << "A 1, B none";
    QTest::newRow("starting step") << std::vector<Session>{resumed, lectureExample()} << "optimizer_state.steps_taken"
                                   << "A 1, B 0";
}

void TestComparison::refused()
{
    QFETCH(std::vector<Session>, sessions);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const std::vector<Problem> problems = validateComparison(sessions);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(problems.front().field), field);
    const QString message = QString::fromStdString(problems.front().toString());
    QVERIFY2(message.contains(says), qPrintable(message));
    // Every refusal says what to do, not only what is wrong.
    QVERIFY2(message.contains(QStringLiteral("give")), qPrintable(message));
}

void TestComparison::namesInMessages()
{
    Session hallo = lectureExample();
    hallo.data.texts = {U"hallo", U"a second text"};
    const auto problems = validateComparison({lectureExample(), hallo}, {"one.json", "two.json"});
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(
        QString::fromStdString(problems.front().message),
        QStringLiteral("differs between the compared sessions (one.json \"hello\", two.json [\"hallo\", \"a second "
                       "text\"]): compared models train on the same data, so that only the models differ; give "
                       "every session the same \"texts\""));
}

void TestComparison::eachSessionFirst_data()
{
    // validateForComparison(): a session's own problems, named by its letter, before any
    // comparison (which would only repeat them as differences); valid sessions: the comparison's.
    QTest::addColumn<std::vector<Session>>("sessions");
    QTest::addColumn<QStringList>("problems");
    Session wide = lectureExample();
    wide.model.hiddenSize = 0;
    Session oneCharacter = lectureExample();
    oneCharacter.data.texts = {U"h"};
    Session hallo = lectureExample();
    hallo.data.texts = {U"hallo"};
    QTest::newRow("comparable") << std::vector<Session>{lectureExample(), twoLayers()} << QStringList{};
    QTest::newRow("B invalid") << std::vector<Session>{lectureExample(), wide}
                               << QStringList{QStringLiteral(
                                      "B: model.hidden_size: 0 is out of range: it must be between 1 and 1024 "
                                      "(rnnlab draws every hidden unit; larger networks cannot be shown and train "
                                      "too slowly to watch)")};
    QTest::newRow("A and C invalid, B's texts differ")
        << std::vector<Session>{oneCharacter, hallo, wide}
        << QStringList{QStringLiteral("A: data.texts[0]: \"h\" has only 1 character: a text needs at least 2 (an "
                                      "input and the character after it)"),
                       QStringLiteral("C: model.hidden_size: 0 is out of range: it must be between 1 and 1024 "
                                      "(rnnlab draws every hidden unit; larger networks cannot be shown and train "
                                      "too slowly to watch)")};
    QTest::newRow("valid, but not comparable")
        << std::vector<Session>{lectureExample(), hallo}
        << QStringList{QStringLiteral("data.texts differs between the compared sessions (A \"hello\", B \"hallo\"): "
                                      "compared models train on the same data, so that only the models differ; give "
                                      "every session the same \"texts\"")};
    QTest::newRow("one session") << std::vector<Session>{lectureExample()}
                                 << QStringList{QStringLiteral(
                                        "compare mode trains 2 or 3 models side by side, not 1 (more do not fit on a "
                                        "screen): give two or three sessions")};
}

void TestComparison::eachSessionFirst()
{
    QFETCH(std::vector<Session>, sessions);
    QFETCH(QStringList, problems);
    QStringList found;
    for (const Problem &problem : validateForComparison(sessions))
        found << QString::fromStdString(problem.toString());
    QCOMPARE(found, problems);
}

void TestComparison::labels_data()
{
    QTest::addColumn<std::vector<Session>>("sessions");
    QTest::addColumn<QStringList>("labels");
    Session lstm = lectureExample();
    lstm.model.cell = CellKind::Lstm;
    Session seeded = twoLayers();
    seeded.training.seed = 3;
    Session own = lectureExample();
    own.weights = toNamedTensors(Trainer(lectureExample()).parameters());
    QTest::newRow("layers") << std::vector<Session>{lectureExample(), twoLayers()}
                            << QStringList{QStringLiteral("1 layer"), QStringLiteral("2 layers")};
    QTest::newRow("cells") << std::vector<Session>{lectureExample(), lstm}
                           << QStringList{QStringLiteral("rnn_tanh"), QStringLiteral("lstm")};
    QTest::newRow("two things") << std::vector<Session>{lectureExample(), seeded}
                                << QStringList{QStringLiteral("1 layer, seed 0"), QStringLiteral("2 layers, seed 3")};
    QTest::newRow("weights") << std::vector<Session>{lectureExample(), own}
                             << QStringList{QStringLiteral("seeded weights"), QStringLiteral("own weights")};
    QTest::newRow("nothing differs") << std::vector<Session>{lectureExample(), lectureExample()}
                                     << QStringList{QString(), QString()};
}

void TestComparison::labels()
{
    QFETCH(std::vector<Session>, sessions);
    QFETCH(QStringList, labels);
    QStringList actual;
    for (const std::string &label : distinguishingLabels(sessions))
        actual << QString::fromStdString(label);
    QCOMPARE(actual, labels);
}

void TestComparison::describeModel()
{
    QCOMPARE(QString::fromStdString(rnnlab::describeModel(lectureExample())),
             QStringLiteral("rnn_tanh, 1 layer, H 4, no output layer, seed 0"));
    Session gru = twoLayers();
    gru.model = ModelConfig{CellKind::Gru, 16, 2, true};
    gru.weights = toNamedTensors(Trainer(gru).parameters());
    QCOMPARE(QString::fromStdString(rnnlab::describeModel(gru)),
             QStringLiteral("gru, 2 layers, H 16, output layer, seed 0, own weights"));
}

void TestComparison::letters()
{
    QCOMPARE(QString::fromStdString(modelLetter(0)), QStringLiteral("A"));
    QCOMPARE(QString::fromStdString(modelLetter(2)), QStringLiteral("C"));
    QCOMPARE(QString::fromStdString(modelLetter(26)), QStringLiteral("AA"));
}

void TestComparison::layersPreset()
{
    const auto preset = comparePreset("layers");
    QVERIFY(preset);
    QCOMPARE(preset->sessions.size(), std::size_t(2));
    // The lecture's example, untouched but for the default step count …
    Session lecture = lectureExample();
    lecture.training.steps = preset->sessions[0].training.steps;
    QVERIFY(preset->sessions[0].model == lecture.model);
    QVERIFY(preset->sessions[0].data == lecture.data);
    QVERIFY(preset->sessions[0].training == lecture.training);
    // … and the same with two layers.
    QCOMPARE(preset->sessions[1].model.numLayers, 2);
    Session back = preset->sessions[1];
    back.model.numLayers = 1;
    QVERIFY(back.model == lecture.model);
    QVERIFY(validateComparison(preset->sessions).empty());
    QVERIFY(!comparePreset("nonsense"));
}

void TestComparison::cellsPresetShowsTheDifference()
{
    const auto preset = comparePreset("cells");
    QVERIFY(preset);
    QCOMPARE(preset->sessions.size(), std::size_t(3));
    QVERIFY(validateComparison(preset->sessions).empty());
    const std::vector<CellKind> cells{CellKind::RnnTanh, CellKind::Lstm, CellKind::Gru};
    QCOMPARE(preset->sessions.front().data.texts.front().size(), std::size_t(40));
    for (std::size_t i = 0; i < 3; ++i) {
        const Session &session = preset->sessions[i];
        QVERIFY(validate(session).empty());
        QVERIFY(session.model.cell == cells[i]);
        QVERIFY(session.model.outputLayer);
        QCOMPARE(session.model.hiddenSize, preset->sessions.front().model.hiddenSize);
        // Train it as the preset says and see the difference the preset promises.
        Trainer trainer(session);
        std::int64_t firstAllRight = -1;
        float loss = 0.0f;
        for (std::int64_t s = 0; s < session.training.steps; ++s) {
            const StepOutcome outcome = trainer.step();
            QVERIFY(outcome.accepted);
            loss = outcome.loss;
            if (firstAllRight < 0 && outcome.correct == outcome.targets)
                firstAllRight = outcome.step;
        }
        if (cells[i] == CellKind::RnnTanh) {
            QCOMPARE(firstAllRight, -1);
            QVERIFY2(loss > 0.15f, qPrintable(QString::number(loss)));
        } else {
            QVERIFY2(firstAllRight > 0 && firstAllRight <= 200, qPrintable(QString::number(firstAllRight)));
            QVERIFY2(loss < 0.1f, qPrintable(QString::number(loss)));
        }
    }
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
