// SPDX-License-Identifier: MIT
// The claims the compare presets and the vanishing-gradient texts make, recomputed with the engine
// (issue 21: every sentence true). measureModel() is checked against a plain training loop; the
// cells preset's description against what its three models really do in 300 steps — every number
// it states is looked up in that run, so the test fails when the text would be false; and the
// last step's gradient at t = 1: untrained it vanishes for the RNN, the LSTM and the GRU alike,
// trained the gated cells can learn to carry it (the README, the gradient-comparison plot and
// lesson step 14 say so). Run with -v2 or see `ctest -V -R tst_presetoutcome` for the numbers.
#include "engine/comparison.h"
#include "engine/presetoutcome.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

Q_DECLARE_METATYPE(Session)
Q_DECLARE_METATYPE(ModelOutcome)
Q_DECLARE_METATYPE(std::vector<ModelOutcome>)

namespace {

Session cellsSession(CellKind cell)
{
    const auto preset = comparePreset("cells");
    for (const Session &s : preset->sessions) {
        if (s.model.cell == cell)
            return s;
    }
    return {};
}

QString cellName(CellKind cell)
{
    return cell == CellKind::Lstm ? QStringLiteral("LSTM")
        : cell == CellKind::Gru   ? QStringLiteral("GRU")
                                  : QStringLiteral("RNN");
}

ModelOutcome outcome(std::int64_t first, int correct, int targets, std::u32string predicted)
{
    ModelOutcome o;
    o.firstAllRight = first;
    o.correctAtShown = correct;
    o.targetsAtShown = targets;
    o.predictedAtShown = std::move(predicted);
    return o;
}

} // namespace

class TestPresetOutcome : public QObject
{
    Q_OBJECT

private slots:
    void measureIsTheTrainingLoop_data();
    void measureIsTheTrainingLoop();
    void cellsDescriptionIsTrue();
    void words_data();
    void words();
    void vanishingGradient_data();
    void vanishingGradient();
};

void TestPresetOutcome::measureIsTheTrainingLoop_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<qint64>("steps");
    QTest::addColumn<qint64>("shown");
    QTest::newRow("hello, 10 steps, shown 10") << lectureExample() << qint64(10) << qint64(10);
    QTest::newRow("hello, 30 steps, shown 3") << lectureExample() << qint64(30) << qint64(3);
    QTest::newRow("cells preset GRU") << cellsSession(CellKind::Gru) << qint64(300) << qint64(200);
}

void TestPresetOutcome::measureIsTheTrainingLoop()
{
    QFETCH(Session, session);
    QFETCH(qint64, steps);
    QFETCH(qint64, shown);
    const ModelOutcome measured = measureModel(session, steps, shown);
    Trainer trainer(session);
    std::int64_t first = -1;
    std::int64_t lastWrong = -1;
    std::int64_t allRight = 0;
    for (std::int64_t s = 1; s <= steps; ++s) {
        const StepOutcome step = trainer.step();
        QVERIFY(step.accepted);
        if (step.correct == step.targets) {
            ++allRight;
            first = first < 0 ? s : first;
        } else {
            lastWrong = s;
        }
        if (s == shown) {
            QCOMPARE(measured.correctAtShown, step.correct);
            QCOMPARE(measured.targetsAtShown, step.targets);
            QCOMPARE(measured.lossAtShown, step.loss);
            QVERIFY(measured.predictedAtShown == trainer.predictions().front());
        }
    }
    QCOMPARE(measured.firstAllRight, first);
    QCOMPARE(measured.lastWrong, lastWrong);
    QCOMPARE(measured.allRightSteps, allRight);
    if (session.data.texts.front() == U"hello" && shown == 10)
        QVERIFY(measured.predictedAtShown == U"ello"); // the lecture's loop prints "ello" at step 10
}

void TestPresetOutcome::cellsDescriptionIsTrue()
{
    const auto preset = comparePreset("cells");
    QVERIFY(preset);
    const QString description = QString::fromStdString(preset->description);
    qInfo("%s", qPrintable(description));
    const std::int64_t steps = preset->sessions.front().training.steps;
    QCOMPARE(steps, std::int64_t(300));
    bool someoneLostIt = false;
    for (const Session &session : preset->sessions) {
        const QString name = QStringLiteral("the ") + cellName(session.model.cell);
        // Recompute with a plain loop: the first all-right step and step 200's predictions.
        Trainer trainer(session);
        std::int64_t first = -1;
        StepOutcome atShown;
        std::u32string predicted;
        for (std::int64_t s = 1; s <= steps; ++s) {
            const StepOutcome step = trainer.step();
            if (first < 0 && step.correct == step.targets)
                first = s;
            if (s == cellsPresetShownStep) {
                atShown = step;
                predicted = trainer.predictions().front();
            }
        }
        qInfo("%s: first all right at step %lld; step %lld: %d of %d right, \"%s\"", qPrintable(name),
              static_cast<long long>(first), static_cast<long long>(cellsPresetShownStep), atShown.correct,
              atShown.targets, toUtf8(predicted).c_str());
        if (first < 0) {
            QVERIFY2(description.contains(name + QStringLiteral(" never does in 300 steps"))
                         || description.contains(name + QStringLiteral(" and ")),
                     qPrintable(description));
            QVERIFY(!description.contains(name + QStringLiteral(" first predicts"))
                    && !description.contains(name + QStringLiteral(" at step")));
        } else {
            QVERIFY2(description.contains(
                         name + QStringLiteral(" first predicts every character right at step %1").arg(first))
                         || description.contains(name + QStringLiteral(" at step %1").arg(first)),
                     qPrintable(description));
        }
        const QString shown = atShown.correct == atShown.targets
            ? name + QStringLiteral(" predicts every character right")
            : QStringLiteral("%1 of %2 right").arg(atShown.correct).arg(atShown.targets);
        QVERIFY2(description.contains(shown), qPrintable(shown));
        const bool onlyA = predicted.find_first_not_of(U'a') == std::u32string::npos;
        QCOMPARE(description.contains(name + QStringLiteral(" says only ‘a’")), onlyA);
        someoneLostIt = someoneLostIt || (first > 0 && first <= 200 && atShown.correct < atShown.targets);
    }
    QVERIFY(description.contains(QStringLiteral("At step 200 ")));
    // The README quotes this run (Compare mode): seed 0, the GRU first all right at step 157, the
    // LSTM at 176, the RNN never in 300; at step 200 37, 37 and 38 of 39 right, the RNN and the LSTM
    // saying only a. When the engine changes these, change the README with them.
    QVERIFY2(description.contains(QStringLiteral("With seed 0: the GRU first predicts every character right at "
                                                 "step 157 and the LSTM at step 176; the RNN never does in 300 "
                                                 "steps. At step 200 the RNN says only ‘a’, 37 of 39 right, the "
                                                 "LSTM says only ‘a’, 37 of 39 right and the GRU gets 38 of 39 "
                                                 "right.")),
             "the README's Compare mode section quotes numbers that are no longer true");
    QCOMPARE(description.contains(QStringLiteral("lost it again")), someoneLostIt);
}

void TestPresetOutcome::words_data()
{
    QTest::addColumn<std::vector<ModelOutcome>>("outcomes");
    QTest::addColumn<QString>("text");
    QTest::newRow("one never, two learn, one loses it")
        << std::vector<ModelOutcome>{outcome(-1, 38, 39, U"aaaa"), outcome(176, 37, 39, U"aaaa"),
                                     outcome(157, 38, 39, U"aaab")}
        << QStringLiteral("With seed 0: the GRU first predicts every character right at step 157 and the LSTM at "
                          "step 176; the RNN never does in 300 steps. At step 200 the RNN says only ‘a’, 38 of "
                          "39 right, the LSTM says only ‘a’, 37 of 39 right and the GRU gets 38 of 39 right. Right "
                          "once is not right for good: the GRU and the LSTM lost it again.");
    QTest::newRow("all learn and keep it")
        << std::vector<ModelOutcome>{outcome(150, 39, 39, U"ab"), outcome(20, 39, 39, U"ab"),
                                     outcome(30, 39, 39, U"ab")}
        << QStringLiteral("With seed 0: the LSTM first predicts every character right at step 20, the GRU at step 30 "
                          "and the RNN at step 150. At step 200 the RNN predicts every character right, the LSTM "
                          "predicts every character right and the GRU predicts every character right.");
    QTest::newRow("none learns")
        << std::vector<ModelOutcome>{outcome(-1, 1, 39, U"ab"), outcome(-1, 2, 39, U"ab"), outcome(-1, 3, 39, U"ab")}
        << QStringLiteral("With seed 0: the RNN, the LSTM and the GRU never predict every "
                          "character right in 300 steps. At step 200 the RNN gets 1 of 39 right, the LSTM gets 2 "
                          "of 39 right and the GRU gets 3 of 39 right.");
}

void TestPresetOutcome::words()
{
    QFETCH(std::vector<ModelOutcome>, outcomes);
    QFETCH(QString, text);
    const auto preset = comparePreset("cells");
    QCOMPARE(QString::fromStdString(outcomeText(preset->sessions, outcomes, 300, 200)), text);
}

void TestPresetOutcome::vanishingGradient_data()
{
    // The share of the last step's loss gradient that reaches h_1, on the cells preset's
    // 40-character text (seed 0), untrained and after 200 steps, as the README states it: "about
    // 10^orders" — the measured log10 within 0.75 of the stated power of ten.
    QTest::addColumn<int>("cell");
    QTest::addColumn<qint64>("steps");
    QTest::addColumn<int>("orders");
    QTest::newRow("RNN untrained: 10^-10") << int(CellKind::RnnTanh) << qint64(0) << -10;
    QTest::newRow("LSTM untrained: 10^-9") << int(CellKind::Lstm) << qint64(0) << -9;
    QTest::newRow("GRU untrained: 10^-7") << int(CellKind::Gru) << qint64(0) << -7;
    QTest::newRow("RNN after 200 steps: 10^-17") << int(CellKind::RnnTanh) << qint64(200) << -17;
    QTest::newRow("LSTM after 200 steps: 10^-2") << int(CellKind::Lstm) << qint64(200) << -2;
    QTest::newRow("GRU after 200 steps: more than at the last step") << int(CellKind::Gru) << qint64(200) << 0;
}

void TestPresetOutcome::vanishingGradient()
{
    QFETCH(int, cell);
    QFETCH(qint64, steps);
    QFETCH(int, orders);
    const double share = lastStepShareAtStart(cellsSession(CellKind(cell)), steps);
    qInfo("%s after %lld steps: %.2g of the last step's gradient reaches h_1 (10^%.1f)",
          toString(CellKind(cell)).c_str(), static_cast<long long>(steps), share, std::log10(share));
    QVERIFY(share > 0.0);
    QVERIFY2(std::abs(std::log10(share) - orders) < 0.75, qPrintable(QString::number(share)));
    if (orders == 0)
        QVERIFY(share > 1.0); // "more than at the last step"
    // The sentence's point: untrained it vanishes for all three (less than 10^-6 reaches h_1);
    // trained, the gated cells carry it and the RNN does not.
    if (steps == 0)
        QVERIFY(share < 1e-6);
    else
        QCOMPARE(share > 1e-6, CellKind(cell) != CellKind::RnnTanh);
}

QTEST_GUILESS_MAIN(TestPresetOutcome)
#include "tst_presetoutcome.moc"
