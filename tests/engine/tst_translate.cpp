// SPDX-License-Identifier: MIT
// Task "translate" (issue 16): every session in tests/data/translate/ trained by Translator against
// what PyTorch 1.13 computed for it (scripts/translate_golden.py): the vocabularies and target
// tokens; initial weights bit for bit; step-1 gradients, encoder and decoder states (h, and c for
// an LSTM) and logits within 1e-6; the loss within 1e-5 for steps 1-10 and 1e-4 after; each step's
// teacher-forced predictions and greedy translations identical; final weights within 1e-4. Then
// every bad input of the issue, refused by field.
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/encoderdecoder.h"
#include "engine/trainer.h"
#include "engine/translator.h"
#include "engine/unicode.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestTranslate : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void refusesBadInput_data();
    void refusesBadInput();
    void sessionRoundTrip();
    void trainerTrainsItAlike_data() { matchesPyTorch_data(); }
    void trainerTrainsItAlike();
    void greedyPassIsTheTranslation_data() { matchesPyTorch_data(); }
    void greedyPassIsTheTranslation();
};

namespace {

QStringList tokenList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QStringList tokenList(const std::vector<std::string> &tokens)
{
    QStringList out;
    for (const auto &t : tokens)
        out << QString::fromStdString(t);
    return out;
}

//! The largest |mine − golden| of an (H × n) matrix against the golden's [t][H].
double worstOf(const Matrix<float> &mine, const QJsonValue &golden, bool &sizeOk)
{
    const std::vector<double> g = test::flatten(golden);
    sizeOk = g.size() == std::size_t(mine.size());
    double worst = sizeOk ? 0.0 : INFINITY;
    for (Eigen::Index t = 0; sizeOk && t < mine.cols(); ++t)
        for (Eigen::Index i = 0; i < mine.rows(); ++i)
            worst = std::max(worst, std::abs(mine(i, t) - g[std::size_t(t * mine.rows() + i)]));
    return worst;
}

} // namespace

void TestTranslate::matchesPyTorch_data()
{
    QTest::addColumn<QString>("config");
    const QString dir = test::dataFile(QStringLiteral("translate"));
    QVERIFY(!dir.isEmpty());
    const QStringList configs = QDir(dir).entryList({QStringLiteral("*.config.json")}, QDir::Files, QDir::Name);
    QVERIFY2(configs.size() >= 7, "the translation goldens are missing");
    for (const QString &name : configs)
        QTest::newRow(qPrintable(name.chopped(12))) << QDir(dir).filePath(name);
}

void TestTranslate::trainerTrainsItAlike()
{
    // The window's worker trains every task with Trainer: a translation through EncoderDecoder, bit
    // for bit as Translator (the goldens' trainer) — the loss and weights of every step, the
    // trace's states, logits and gradients, and each step's greedy translations (its history).
    QFETCH(QString, config);
    const SessionParseResult parsed = SessionFile::read(config);
    QVERIFY(parsed.session);
    Translator translator(*parsed.session);
    Trainer trainer(*parsed.session);
    QCOMPARE(trainer.parameters().flat(), translator.parameters().flat());
    QVERIFY(trainer.translations().size() == translator.translations().size());
    for (int step = 0; step < 5; ++step) {
        const std::vector<std::vector<int>> greedy = translator.translations();
        const StepOutcome a = translator.step();
        const StepOutcome b = trainer.step();
        QCOMPARE(b.accepted, a.accepted);
        QCOMPARE(b.loss, a.loss);
        QCOMPARE(b.correct, a.correct);
        QCOMPARE(trainer.parameters().flat(), translator.parameters().flat());
        const std::vector<std::u32string> texts = trainer.translations(); // by the weights before the update
        QCOMPARE(texts.size(), greedy.size());
        for (std::size_t p = 0; p < texts.size(); ++p)
            QVERIFY(texts[p] == EncoderDecoder::text(translator.task(), greedy[p]));
    }
    translator.evaluate(true);
    trainer.evaluate(true);
    QCOMPARE(trainer.trace().loss, translator.trace().loss);
    QCOMPARE(trainer.trace().gradients.flat(), translator.trace().gradients.flat());
    for (std::size_t p = 0; p < trainer.trace().sequences.size(); ++p) {
        const auto &mine = trainer.trace().sequences[p];
        const auto &theirs = translator.trace().sequences[p];
        QCOMPARE(mine.logits, theirs.logits);
        for (std::size_t l = 0; l < mine.layers.size(); ++l) {
            QCOMPARE(mine.layers[l].hidden, theirs.layers[l].hidden);
            QCOMPARE(mine.layers[l].initialHidden, theirs.layers[l].initialHidden);
        }
    }
    // A rewind restores the run as it was.
    const TrainerState state = trainer.state();
    trainer.step();
    trainer.restore(state);
    trainer.evaluate(true);
    QCOMPARE(trainer.trace().loss, translator.trace().loss);
}

void TestTranslate::greedyPassIsTheTranslation()
{
    // The graph's Translate view draws EncoderDecoder::greedyPass: its tokens are translate()'s,
    // untrained and after some training; each step's input is the previous step's output; its
    // first step (input <sos>, from the context) is the teacher-forced pass's first step, and
    // every step agrees with that pass for as long as the greedy tokens follow the target.
    QFETCH(QString, config);
    const SessionParseResult parsed = SessionFile::read(config);
    QVERIFY(parsed.session);
    Translator translator(*parsed.session);
    const auto sources = translator.task().sourceIndices();
    const int L = parsed.session->model.numLayers;
    for (int round = 0; round < 2; ++round) {
        translator.evaluate();
        for (std::size_t p = 0; p < sources.size(); ++p) {
            const GreedyPass pass = EncoderDecoder::greedyPass(translator.parameters(), translator.task(), sources[p]);
            QCOMPARE(pass.tokens, translator.translate(sources[p]));
            const int s = pass.steps();
            QVERIFY(s >= 1 && s <= translator.task().maxTranslationLength());
            QCOMPARE(int(pass.inputs.size()), s);
            QCOMPARE(pass.inputs[0], TranslateTask::sos);
            for (int i = 1; i < s; ++i)
                QCOMPARE(pass.inputs[std::size_t(i)], pass.tokens[std::size_t(i - 1)]);
            QCOMPARE(pass.logits.cols(), Eigen::Index(s));
            QCOMPARE(int(pass.hidden.size()), L);
            const auto &sequence = translator.trace().sequences[p];
            for (int i = 0; i < s && i < sequence.length(); ++i) {
                if (pass.inputs[std::size_t(i)] != sequence.inputs[std::size_t(i)])
                    break; // fed something other than the target from here on
                for (int l = 0; l < L; ++l)
                    QVERIFY((pass.hidden[std::size_t(l)].col(i) - sequence.layers[std::size_t(L + l)].hidden.col(i))
                                .cwiseAbs()
                                .maxCoeff()
                            < 1e-6f);
                QVERIFY((pass.logits.col(i) - sequence.logits.col(i)).cwiseAbs().maxCoeff() < 1e-5f);
                QVERIFY((pass.probabilities.col(i) - sequence.probabilities.col(i)).cwiseAbs().maxCoeff() < 1e-6f);
                int best = 0;
                pass.probabilities.col(i).maxCoeff(&best);
                QCOMPARE(best, pass.tokens[std::size_t(i)]);
            }
        }
        for (int step = 0; step < 40; ++step)
            translator.step();
    }
}

void TestTranslate::matchesPyTorch()
{
    QFETCH(QString, config);
    QString goldenPath = config;
    goldenPath.replace(QStringLiteral(".config.json"), QStringLiteral(".golden.json"));
    const QJsonObject golden = test::readJsonObject(goldenPath);
    const SessionParseResult parsed = SessionFile::read(config);
    QVERIFY2(parsed.session, test::problemsText(parsed.problems).toUtf8().constData());
    const Session session = *parsed.session;
    Translator translator(session);
    const TranslateTask &task = translator.task();

    QCOMPARE(QString::fromStdString(toUtf8(task.sourceVocabulary().characters())),
             golden.value(QStringLiteral("source_vocabulary")).toString());
    std::vector<int> all(std::size_t(task.outputSize()));
    for (int i = 0; i < task.outputSize(); ++i)
        all[std::size_t(i)] = i;
    QCOMPARE(tokenList(task.tokenNames(all)), tokenList(golden.value(QStringLiteral("target_tokens"))));

    QStringList failures;
    const auto fail = [&](const QString &what) {
        if (failures.size() < 20)
            failures << what;
    };
    const ParameterSet<float> initial =
        test::tensorsFromJson(golden.value(QStringLiteral("initial_weights")).toObject(), translator.layout());
    std::string first;
    if (const int n = test::bitDifferences(translator.parameters(), initial, &first))
        fail(QStringLiteral("initial weights: %1 values differ in their bits, first %2")
                 .arg(n)
                 .arg(QString::fromStdString(first)));

    const int L = session.model.numLayers;
    double worstEarly = 0.0, worstLate = 0.0;
    const QJsonArray steps = golden.value(QStringLiteral("steps")).toArray();
    QVERIFY(steps.size() >= 10);
    for (const QJsonValue &value : steps) {
        const QJsonObject expected = value.toObject();
        const int step = expected.value(QStringLiteral("step")).toInt();
        // The greedy translations from this step's weights, before its update.
        const auto greedy = translator.translations();
        const QJsonArray expectedGreedy = expected.value(QStringLiteral("greedy")).toArray();
        for (std::size_t p = 0; p < greedy.size(); ++p) {
            const QStringList mine = tokenList(task.tokenNames(greedy[p]));
            const QStringList theirs = tokenList(expectedGreedy.at(qsizetype(p)));
            if (mine != theirs)
                fail(QStringLiteral("step %1 pair %2 greedy: %3, PyTorch %4")
                         .arg(step)
                         .arg(p)
                         .arg(mine.join(QLatin1Char(' ')), theirs.join(QLatin1Char(' '))));
        }
        const StepOutcome outcome = translator.step();
        if (!outcome.accepted) {
            fail(QStringLiteral("step %1 refused: %2").arg(step).arg(QString::fromStdString(outcome.problem)));
            break;
        }
        const double lossError = std::abs(outcome.loss - expected.value(QStringLiteral("loss")).toDouble());
        (step <= 10 ? worstEarly : worstLate) = std::max(step <= 10 ? worstEarly : worstLate, lossError);
        const Trace<float> &trace = translator.trace();
        const QJsonArray expectedPredictions = expected.value(QStringLiteral("predictions")).toArray();
        for (std::size_t p = 0; p < trace.sequences.size(); ++p) {
            const QStringList mine = tokenList(task.tokenNames(trace.sequences[p].predictions));
            const QStringList theirs = tokenList(expectedPredictions.at(qsizetype(p)));
            if (mine != theirs)
                fail(QStringLiteral("step %1 pair %2 predictions: %3, PyTorch %4")
                         .arg(step)
                         .arg(p)
                         .arg(mine.join(QLatin1Char(' ')), theirs.join(QLatin1Char(' '))));
        }
        if (expected.contains(QStringLiteral("grad_norm")) != outcome.gradNorm.has_value())
            fail(QStringLiteral("step %1: clipping on one side only").arg(step));
        if (step != 1)
            continue;
        const ParameterSet<float> gradients =
            test::tensorsFromJson(golden.value(QStringLiteral("initial_gradients")).toObject(), translator.layout());
        const test::Mismatch g = test::compare(trace.gradients, gradients);
        if (!g.ok(1e-6))
            fail(QStringLiteral("step-1 gradient %1 off by %2").arg(QString::fromStdString(g.where)).arg(g.worst));
        const QJsonObject hidden = golden.value(QStringLiteral("initial_hidden_states")).toObject();
        const QJsonObject cells = golden.value(QStringLiteral("initial_cell_states")).toObject();
        const QJsonArray logits = golden.value(QStringLiteral("initial_logits")).toArray();
        if (session.model.cell == CellKind::Lstm && cells.isEmpty())
            fail(QStringLiteral("the golden has no initial_cell_states"));
        for (std::size_t p = 0; p < trace.sequences.size(); ++p) {
            const auto &sequence = trace.sequences[p];
            for (int l = 0; l < 2 * L; ++l) {
                const QString stack = l < L ? QStringLiteral("encoder") : QStringLiteral("decoder");
                const auto &layer = sequence.layers[std::size_t(l)];
                bool sizeOk = false;
                const double h =
                    worstOf(layer.hidden, hidden.value(stack).toArray().at(qsizetype(p)).toArray().at(l % L), sizeOk);
                if (!(h <= 1e-6))
                    fail(QStringLiteral("pair %1 %2 layer %3 hidden states off by %4")
                             .arg(p)
                             .arg(stack)
                             .arg(l % L)
                             .arg(h));
                if (session.model.cell == CellKind::Lstm) {
                    const double c =
                        worstOf(layer.cell, cells.value(stack).toArray().at(qsizetype(p)).toArray().at(l % L), sizeOk);
                    if (!(c <= 1e-6))
                        fail(QStringLiteral("pair %1 %2 layer %3 cell states off by %4")
                                 .arg(p)
                                 .arg(stack)
                                 .arg(l % L)
                                 .arg(c));
                }
            }
            bool sizeOk = false;
            const double y = worstOf(sequence.logits, logits.at(qsizetype(p)), sizeOk);
            if (!(y <= 1e-6))
                fail(QStringLiteral("pair %1 logits off by %2").arg(p).arg(y));
        }
    }
    if (!(worstEarly <= 1e-5))
        fail(QStringLiteral("loss off by %1 within steps 1-10").arg(worstEarly));
    if (!(worstLate <= 1e-4))
        fail(QStringLiteral("loss off by %1 after step 10").arg(worstLate));
    const ParameterSet<float> finalWeights =
        test::tensorsFromJson(golden.value(QStringLiteral("final_weights")).toObject(), translator.layout());
    const test::Mismatch w = test::compare(translator.parameters(), finalWeights);
    if (!w.ok(1e-4))
        fail(QStringLiteral("final weight %1 off by %2").arg(QString::fromStdString(w.where)).arg(w.worst));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestTranslate::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString fc = QStringLiteral(R"({"cell": "gru", "hidden_size": 4})");
    QTest::newRow("no tab") << QByteArray(R"({"pairs": ["hello olleh"]})") << fc << "data.pairs[0]"
                            << "no tab";
    QTest::newRow("no target") << QByteArray(R"({"pairs": ["hello\t"]})") << fc << "data.pairs[0]"
                               << "no target";
    QTest::newRow("one string") << QByteArray(R"({"pairs": [["hello"]]})") << fc << "data.pairs[0]"
                                << "two strings";
    QTest::newRow("three strings") << QByteArray(R"({"pairs": [["a", "b", "c"]]})") << fc << "data.pairs[0]"
                                   << "two strings";
    QTest::newRow("numbers") << QByteArray(R"({"pairs": [[1, 2]]})") << fc << "data.pairs[0]"
                             << "two strings";
    QTest::newRow("empty source") << QByteArray(R"({"pairs": [["ab", "ba"], ["", "x"]]})") << fc << "data.pairs[1]"
                                  << "empty source";
    QTest::newRow("no pairs") << QByteArray(R"({"pairs": []})") << fc << "data.pairs"
                              << "no pair";
    QTest::newRow("source outside vocabulary")
        << QByteArray(R"({"pairs": [["ab", "ba"]], "source_vocabulary": "a"})") << fc << "data.source_vocabulary"
        << "lacks 'b'";
    QTest::newRow("target outside vocabulary")
        << QByteArray(R"({"pairs": [["ab", "bä"]], "target_vocabulary": "ab"})") << fc << "data.target_vocabulary"
        << "lacks";
    QTest::newRow("sos in vocabulary") << QByteArray(R"({"pairs": [["ab", "ba"]], "target_vocabulary": "ab<sos>"})")
                                       << fc << "data.target_vocabulary"
                                       << "<sos>";
    QTest::newRow("eos in vocabulary") << QByteArray(R"({"pairs": [["ab", "ba"]], "source_vocabulary": "<eos>ab"})")
                                       << fc << "data.source_vocabulary"
                                       << "<eos>";
    QTest::newRow("sos in a source") << QByteArray(R"({"pairs": [["ab", "ba"], ["a<sos>b", "ba"]]})") << fc
                                     << "data.pairs[1]"
                                     << "\"<sos>\" in its source";
    QTest::newRow("eos in a target") << QByteArray(R"({"pairs": [["ab", "b<eos>"]]})") << fc << "data.pairs[0]"
                                     << "\"<eos>\" in its target";
    QTest::newRow("no output layer") << QByteArray(R"({"pairs": [["ab", "ba"]]})")
                                     << QStringLiteral(R"({"cell": "gru", "hidden_size": 4, "output_layer": false})")
                                     << "model.output_layer"
                                     << "needs its output layer";
    QTest::newRow("texts") << QByteArray(R"({"pairs": [["ab", "ba"]], "texts": ["hello"]})") << fc << "data.texts"
                           << "data.pairs";
}

void TestTranslate::refusesBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, model);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QByteArray text = R"({"format": "rnnlab-session", "version": 1, "task": "translate", "model": )"
        + model.toUtf8() + R"(, "data": )" + data
        + R"(, "training": {"optimizer": "adam", "learning_rate": 0.01, "seed": 1}})";
    const SessionParseResult parsed = SessionFile::parse(text);
    QVERIFY2(!parsed.session, "the session was accepted");
    QVERIFY2(test::hasProblem(parsed.problems, field, message), qPrintable(test::problemsText(parsed.problems)));
}

void TestTranslate::sessionRoundTrip()
{
    const QByteArray text = R"({"format": "rnnlab-session", "version": 1, "task": "translate",
        "model": {"cell": "lstm", "hidden_size": 3, "num_layers": 2},
        "data": {"pairs": [["grüße", "hi"], "日本\tjapan"], "target_vocabulary": "ahijnp"},
        "training": {"optimizer": "sgd", "learning_rate": 0.1, "momentum": 0.9, "seed": 5}})";
    const SessionParseResult parsed = SessionFile::parse(text);
    QVERIFY2(parsed.session, qPrintable(test::problemsText(parsed.problems)));
    QVERIFY(parsed.session->model.outputLayer); // the default for a translation
    QCOMPARE(parsed.session->data.pairs.size(), std::size_t(2));
    QCOMPARE(toUtf8(parsed.session->data.pairs[1].first), std::string("日本"));
    Translator translator(*parsed.session);
    QCOMPARE(translator.task().outputSize(), 8); // <sos>, <eos>, a h i j n p
    QVERIFY(translator.step().accepted);
    // Written and read again, it continues exactly where it was.
    const SessionParseResult again =
        SessionFile::parse(QByteArray::fromStdString(SessionFile::toJson(translator.currentSession())));
    QVERIFY2(again.session, qPrintable(test::problemsText(again.problems)));
    QCOMPARE(again.session->data, parsed.session->data);
    Translator resumed(*again.session);
    const StepOutcome a = translator.step();
    const StepOutcome b = resumed.step();
    QCOMPARE(a.loss, b.loss);
    QCOMPARE(test::bitDifferences(translator.parameters(), resumed.parameters()), 0);
    // The window's Trainer resumes the saved session alike (trainerTrainsItAlike has the rest).
    Trainer trainer(*again.session);
    QCOMPARE(trainer.step().loss, b.loss);
}

QTEST_GUILESS_MAIN(TestTranslate)
#include "tst_translate.moc"
