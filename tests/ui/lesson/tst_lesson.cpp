// SPDX-License-Identifier: MIT
// The lesson: every step sets the window up as it says (and is screenshotted, for the eye), the
// predict-then-reveal answers are the engine's numbers, and the score counts right and wrong.
// Presentation mode and the themes: large type at 1920×1080 and 1024×768, the panels hidden.
#include "engine/memoryanalysis.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/common/errornumber.h"
#include "ui/common/metatypes.h"
#include "ui/common/theme.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/lesson/lesson.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace rnnlab;

class TestLesson : public QObject
{
    Q_OBJECT

private slots:
    void stepsCoverTheLecture();
    void examplesAreValidSessions();
    void nextCharacterAnswerIsTheNetworksPrediction();
    void largestGradientAnswerIsTheArgmax();
    void lossDirectionComparesBeforeAndAfter();
    void updateDirectionsAreCounted_data();
    void updateDirectionsAreCounted();
    void gatedStepsSayWhatTheNetworksDo(); // and step 8's table
    void memoryStepNumbersAreTheEngines();
    void timeSeriesStepNumbersAreTheEngines();
    void everyStepSetsUpItsView();
    void predictThenRevealScores();
    void presentationModeHidesTheConfiguration_data();
    void presentationModeHidesTheConfiguration();
    void themesChangeThePalette();
    void relaunchWithTheLessonOpen();

private:
    static bool waitReady(MainWindow &window)
    {
        return QTest::qWaitFor([&] { return window.lessonReady(); }, 120000);
    }
};

void TestLesson::stepsCoverTheLecture()
{
    const auto &steps = lessonSteps();
    QVERIFY(steps.size() >= 12);
    QStringList titles;
    std::set<PromptKind> prompts;
    for (const LessonStep &step : steps) {
        QVERIFY(!step.title.isEmpty());
        QVERIFY(!step.text.isEmpty());
        titles << step.title;
        if (step.prompt)
            prompts.insert(step.prompt->kind);
    }
    const QString all = titles.join(u'|');
    for (const char *topic :
         {"Sequence", "folded", "Unfolded", "Shared weights", "by hand", "PyTorch", "Training hello", "shapes",
          "Many-to-one", "Stacked", "LSTM", "GRU", "memory", "Time series"})
        QVERIFY2(all.contains(QLatin1String(topic), Qt::CaseInsensitive), topic);
    QCOMPARE(prompts.size(), std::size_t(3)); // next character, loss direction, largest gradient
}

void TestLesson::examplesAreValidSessions()
{
    for (LessonExample e : {LessonExample::Hello, LessonExample::HelloStacked, LessonExample::HelloLstm,
                            LessonExample::HelloGru, LessonExample::Sentiment, LessonExample::SineSpike})
        QVERIFY(validate(lessonSession(e)).empty());
    // The sentiment set comes from the resources, as shipped in resources/examples.
    QVERIFY(lessonSession(LessonExample::Sentiment).data.task == TaskKind::Classify);
    QCOMPARE(lessonSession(LessonExample::Sentiment).data.texts.size(), std::size_t(16));
}

void TestLesson::nextCharacterAnswerIsTheNetworksPrediction()
{
    test::SnapshotBuilder builder(lectureExample());
    const SnapshotPtr s = builder.snapshot();
    const LessonPrompt prompt{PromptKind::NextCharacter, 1};
    const QStringList choices = promptChoices(prompt, *s);
    QCOMPARE(choices,
             (QStringList{QStringLiteral("h"), QStringLiteral("e"), QStringLiteral("l"), QStringLiteral("o")}));
    const PromptAnswer answer = promptAnswer(prompt, *s, nullptr);
    // The argmax of the softmax at t = 1, from the trace itself.
    const auto &seq = s->trace.sequences.front();
    Eigen::Index best = 0;
    seq.probabilities.col(1).maxCoeff(&best);
    QCOMPARE(answer.correct, int(best));
    QVERIFY(answer.explanation.contains(QString::number(seq.probabilities(best, 1), 'f', 3)));
}

void TestLesson::largestGradientAnswerIsTheArgmax()
{
    test::SnapshotBuilder builder(lectureExample());
    builder.train(3);
    const SnapshotPtr s = builder.snapshot();
    QVERIFY(s->trace.hasGradients);
    const LessonPrompt prompt{PromptKind::LargestGradient, 0};
    QCOMPARE(promptChoices(prompt, *s).size(), 16);
    const auto g = s->trace.gradients.matrix(s->trace.gradients.layout().stack().weightHh(0));
    int best = 0;
    for (int i = 0; i < 16; ++i)
        if (std::abs(g(i / 4, i % 4)) > std::abs(g(best / 4, best % 4)))
            best = i;
    const PromptAnswer answer = promptAnswer(prompt, *s, nullptr);
    QCOMPARE(answer.correct, best);
    QVERIFY(answer.explanation.contains(QStringLiteral("row h%1, column h%2").arg(best / 4 + 1).arg(best % 4 + 1)));
}

void TestLesson::lossDirectionComparesBeforeAndAfter()
{
    const LessonPrompt prompt{PromptKind::LossDirection, 0};
    QVERIFY(promptNeedsStep(prompt));
    test::SnapshotBuilder builder(lectureExample());
    const SnapshotPtr before = builder.snapshot();
    builder.train(1);
    const SnapshotPtr after = builder.snapshot();
    const PromptAnswer answer = promptAnswer(prompt, *before, after.get());
    QCOMPARE(answer.correct, after->trace.loss <= before->trace.loss ? 0 : 1);
    // A step that overshoots: a huge learning rate sends the loss up; the answer says so.
    Session wild = lectureExample();
    wild.training.optimizer = OptimizerKind::Sgd;
    wild.training.learningRate = 50.0;
    test::SnapshotBuilder overshoot(wild);
    int up = 0;
    for (int i = 0; i < 10; ++i) {
        const SnapshotPtr b = overshoot.snapshot();
        overshoot.train(1);
        const SnapshotPtr a = overshoot.snapshot();
        const PromptAnswer r = promptAnswer(prompt, *b, a.get());
        QCOMPARE(r.correct, a->trace.loss <= b->trace.loss ? 0 : 1);
        up += r.correct == 1 ? 1 : 0;
    }
    QVERIFY2(up > 0, "no step of SGD at lr 50 raised the loss: the test cannot see 'up'");
}

void TestLesson::updateDirectionsAreCounted_data()
{
    // Step 9's reveal says how the update moved the weights relative to its gradient — counted,
    // because Adam moves some of them *with* their current gradient (issue 21), and a weight whose
    // gradient is 0 and always was (W_xh's column for ‘o’, never an input) does not move.
    QTest::addColumn<Session>("session");
    QTest::addColumn<int>("trained");
    QTest::addColumn<bool>("someMoveWithTheGradient");
    QTest::addColumn<int>("neverAnInput"); // weights with a gradient of 0 that stay put
    Session sgd = lectureExample();
    sgd.training.optimizer = OptimizerKind::Sgd;
    Session momentum = sgd;
    momentum.training.momentum = 0.9;
    QTest::newRow("lesson step 9: Adam, the 11th step") << lectureExample() << 10 << true << 4;
    QTest::newRow("Adam's first step: only signs") << lectureExample() << 0 << false << 4;
    QTest::newRow("plain SGD: always against") << sgd << 10 << false << 4;
    QTest::newRow("SGD with momentum 0.9") << momentum << 10 << true << 4;
}

void TestLesson::updateDirectionsAreCounted()
{
    QFETCH(Session, session);
    QFETCH(int, trained);
    QFETCH(bool, someMoveWithTheGradient);
    QFETCH(int, neverAnInput);
    test::SnapshotBuilder builder(session);
    builder.train(trained);
    const SnapshotPtr before = builder.snapshot();
    builder.train(1);
    const SnapshotPtr after = builder.snapshot();
    const PromptAnswer answer = promptAnswer(LessonPrompt{PromptKind::LossDirection, 0}, *before, after.get());
    // The gradient the update used is the one the "before" pass computed.
    QCOMPARE(after->lastGradients.flat(), before->trace.gradients.flat());
    const auto &g = after->lastGradients.flat();
    const auto &d = after->lastUpdate.flat();
    int against = 0;
    int with = 0;
    int still = 0;
    for (Eigen::Index i = 0; i < g.size(); ++i) {
        if (g[i] == 0.0f)
            still += d[i] == 0.0f ? 1 : 0;
        else if (d[i] != 0.0f)
            ((d[i] > 0.0f) == (g[i] > 0.0f) ? with : against) += 1;
    }
    qInfo("%s", qPrintable(answer.explanation));
    QCOMPARE(g.size(), Eigen::Index(40));
    QCOMPARE(with > 0, someMoveWithTheGradient);
    QCOMPARE(still, neverAnInput);
    QVERIFY2(answer.explanation.contains(
                 QStringLiteral("moved %1 of the 40 parameters against their gradient").arg(against)),
             qPrintable(answer.explanation));
    QCOMPARE(answer.explanation.contains(QStringLiteral("%1 <i>with</i> it").arg(with)), with > 0);
    QVERIFY(answer.explanation.contains(QStringLiteral("left the %1 whose gradient is 0 where they were").arg(still)));
    QVERIFY(!answer.explanation.contains(QStringLiteral("every weight")));
    // Step 10's reveal: "Adam's first step moves every weight whose gradient is not 0 by the
    // learning rate, whatever the gradient's size".
    if (trained == 0 && session.training.optimizer == OptimizerKind::Adam) {
        for (Eigen::Index i = 0; i < g.size(); ++i) {
            if (std::abs(g[i]) > 1e-6f)
                QVERIFY2(std::abs(std::abs(d[i]) - 0.1f) < 0.002f, qPrintable(QString::number(d[i])));
        }
    }
}

void TestLesson::gatedStepsSayWhatTheNetworksDo()
{
    // Step 8: row 10 of the table is step 10's forward pass, before its update; the caption shows
    // the network after it — another loss (0.5012 and 0.4836), both saying ello.
    {
        test::SnapshotBuilder builder(lectureExample());
        builder.train(10);
        const SnapshotPtr s = builder.snapshot();
        const HistoryEntry &row10 = s->history.at(9);
        QCOMPARE(row10.step, std::int64_t(10));
        QVERIFY(row10.loss != s->trace.loss);
        QCOMPARE(QString::fromStdU32String(row10.predictions->front()), QStringLiteral("ello"));
        QVERIFY(lessonSteps()[7].text.contains(QStringLiteral("its loss is not row 10's")));
        QVERIFY(lessonSteps()[7].text.contains(QStringLiteral("says <b>ello</b>")));
    }
    // Step 14: "After ten steps this LSTM says llll where the RNN said ello: it has four times the
    // weights" — as the graph shows them after ten steps.
    const auto says = [](LessonExample example) {
        test::SnapshotBuilder builder(lessonSession(example));
        builder.train(10);
        const SnapshotPtr s = builder.snapshot();
        return std::make_pair(QString::fromStdU32String(s->setup->task->predictions(s->trace).front()),
                              s->weights.flat().size());
    };
    const auto [rnn, rnnWeights] = says(LessonExample::Hello);
    const auto [lstm, lstmWeights] = says(LessonExample::HelloLstm);
    QCOMPARE(rnn, QStringLiteral("ello"));
    QCOMPARE(lstm, QStringLiteral("llll"));
    QCOMPARE(lstmWeights, 4 * rnnWeights);
    const QString step14 = lessonSteps()[13].text;
    QVERIFY(step14.contains(QStringLiteral("says <i>%1</i> where the RNN said <i>%2</i>").arg(lstm, rnn)));
    QVERIFY(step14.contains(QStringLiteral("four times the weights")));
    // "Press Space: within 40 steps it says ello too."
    QVERIFY(step14.contains(QStringLiteral("within 40 steps it says <i>ello</i> too")));
    test::SnapshotBuilder longer(lessonSession(LessonExample::HelloLstm));
    longer.train(40);
    const SnapshotPtr after40 = longer.snapshot();
    QCOMPARE(QString::fromStdU32String(after40->setup->task->predictions(after40->trace).front()),
             QStringLiteral("ello"));
}

void TestLesson::memoryStepNumbersAreTheEngines()
{
    // The memory step comes after the vanishing gradient (the LSTM step) and its GRU sequel, and
    // opens the Memory tab at the second ‘l’ of hello, trained as the lecture's loop.
    const auto &steps = lessonSteps();
    const auto memory = std::find_if(steps.begin(), steps.end(),
                                     [](const LessonStep &step) { return step.setup.tab == QStringLiteral("memory"); });
    QVERIFY(memory != steps.end());
    const auto lstm = std::find_if(steps.begin(), steps.end(),
                                   [](const LessonStep &step) { return step.title == QStringLiteral("LSTM"); });
    QVERIFY(memory > lstm);
    QVERIFY(memory->live != nullptr);
    QVERIFY(memory->setup.cursor && memory->setup.cursor->t == 3);
    // The typed text states no number about the network; the live paragraph computes them.
    for (const QString &word : {QStringLiteral("How far back"), QStringLiteral("path of h"),
                                QStringLiteral("Units over"), QStringLiteral("Freeze axes")})
        QVERIFY2(memory->text.contains(word), qPrintable(word));

    test::SnapshotBuilder builder(lessonSession(memory->setup.example));
    builder.train(int(memory->setup.train));
    const SnapshotPtr s = builder.snapshot();
    const QString live = memory->live(*s, *memory);
    const MemoryAnalysis analysis(s->weights, *s->setup->task);
    const std::vector<double> influence = analysis.influence(0, 3);
    QCOMPARE(int(influence.size()), 4);
    const QString input = QStringLiteral("hell");
    for (int k = 0; k < 4; ++k)
        QVERIFY2(live.contains(QStringLiteral("‘%1’ (step %2) %3")
                                   .arg(input.mid(k, 1))
                                   .arg(k + 1)
                                   .arg(QString::number(influence[std::size_t(k)], 'f', 3))),
                 qPrintable(live));
    QVERIFY(live.contains(QStringLiteral("step 4 reads ‘l’; next comes ‘o’, and the network gives it p = %1")
                              .arg(QString::number(s->trace.sequences.front().probabilities(3, 3), 'f', 3))));
    // Steps 3 and 4 both read ‘l’: the distance between their points in the path, in the PCA's plane.
    const Matrix<double> points = analysis.pca().points();
    const double apart = (points.row(3) - points.row(2)).norm();
    QVERIFY2(live.contains(QStringLiteral("Steps 3 and 4 both read ‘l’")), qPrintable(live));
    QVERIFY2(live.contains(QString::number(apart, 'f', 3) + QStringLiteral(" apart")), qPrintable(live));

    // What if W_hh = 0?: the numbers of the network the graph shows — step 4 sees its own input only.
    builder.setWhatIfNoMemory(true);
    const SnapshotPtr noMemory = builder.snapshot();
    const QString without = memory->live(*noMemory, *memory);
    QVERIFY2(without.contains(QStringLiteral("‘e’ (step 2) 0.000")), qPrintable(without));
    QVERIFY2(without.contains(QStringLiteral("almost on one point")), qPrintable(without));
}

void TestLesson::timeSeriesStepNumbersAreTheEngines()
{
    // Slide 12's step: the sine with a spike on the Signal tab, after the memory step; its typed
    // words state no number, the live paragraph states the engine's (ForecastReadout's).
    const auto &steps = lessonSteps();
    const auto series = std::find_if(steps.begin(), steps.end(),
                                     [](const LessonStep &step) { return step.setup.tab == QStringLiteral("signal"); });
    QVERIFY(series != steps.end());
    QVERIFY(series->setup.example == LessonExample::SineSpike);
    QVERIFY(series->live != nullptr);
    QVERIFY(series->liveFirst); // its numbers above the text, in view in presentation mode's narrow panel
    QVERIFY2(!series->text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(series->text));
    for (const QString &word : {QStringLiteral("one-step prediction"), QStringLiteral("forecast"),
                                QStringLiteral("threshold"), QStringLiteral("anomaly"), QStringLiteral("warm-up")})
        QVERIFY2(series->text.contains(word), qPrintable(word));

    test::SnapshotBuilder builder(lessonSession(series->setup.example));
    builder.train(int(series->setup.train));
    const SnapshotPtr s = builder.snapshot();
    QVERIFY(s->forecast);
    const ForecastReadout &r = *s->forecast;
    const QString live = series->live(*s, *series);
    // Its numbers printed as the Signal tab prints them (ErrorNumber), in short sentences.
    const auto number = [](double v) { return ErrorNumber::text(v); };
    QVERIFY2(live.contains(QStringLiteral("Threshold %1: training error² %2 + 3 × %3 (sd)")
                               .arg(number(r.defaultThreshold()), number(r.trainErrorMean), number(r.trainErrorSd))),
             qPrintable(live));
    // The largest test error after the warm-up: where, how large, and its verdict.
    const SeriesReadout &test = r.test.front();
    Eigen::Index worst = r.warmup;
    for (Eigen::Index t = r.warmup; t < test.stepError.size(); ++t)
        worst = test.stepError(t) > test.stepError(worst) ? t : worst;
    // Step t counted as the walk counts it: step t predicts x_{t+1}.
    QVERIFY2(live.contains(QStringLiteral("Largest error²: %1 at step %2 (predicting x<sub>%3</sub>)")
                               .arg(number(test.stepError(worst)))
                               .arg(worst + 1)
                               .arg(worst + 2)),
             qPrintable(live));
    QCOMPARE(live.contains(QStringLiteral(": flagged")), test.stepError(worst) > r.defaultThreshold());
    int above = 0;
    for (Eigen::Index t = r.warmup; t < test.stepError.size(); ++t)
        above += test.stepError(t) > r.defaultThreshold() ? 1 : 0;
    QVERIFY2(live.contains(QStringLiteral("flagged test steps: %1.").arg(above)), qPrintable(live));
    // A flag is judged against where the anomaly was injected (the session's generator says where).
    const FlagJudgement j = r.judge(test, r.defaultThreshold());
    QVERIFY(j.known);
    QVERIFY2(live.contains(QStringLiteral("The anomaly at point %1: %2; flags after it (still disturbed): %3; false "
                                          "alarms: %4.")
                               .arg(test.injected->begin + 1)
                               .arg(j.hits.empty() ? QStringLiteral("missed") : QStringLiteral("detected"))
                               .arg(j.after.size())
                               .arg(j.falseAlarms.size())),
             qPrintable(live));
    QCOMPARE(live.contains(QStringLiteral("sd > mean")), r.trainErrorSd > r.trainErrorMean);
    // Short: the verdict and its numbers in few words (17 lines in presentation's narrow panel before).
    QString words = live;
    words.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    QVERIFY2(words.size() < 330, qPrintable(QString::number(words.size())));
    // No score line under a step that asks nothing ("no predictions yet" read as the network's).
    QVERIFY(!LessonScore{}.text().contains(QStringLiteral("prediction")));
    // A character run has no such paragraph.
    test::SnapshotBuilder hello(lectureExample());
    QVERIFY(series->live(*hello.snapshot(), *series).isEmpty());
}

void TestLesson::everyStepSetsUpItsView()
{
    // Screenshots of every step go next to the test binary, for a reviewer's eye.
    const QString shots = QDir::current().absoluteFilePath(QStringLiteral("lesson-screenshots"));
    QDir().mkpath(shots);
    applyTheme(Theme::Light);
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.controller()->snapshot() != nullptr; }, 10000));
    const auto &steps = lessonSteps();
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    const QStringList tabNames = {QStringLiteral("step"),     QStringLiteral("loss"),   QStringLiteral("predictions"),
                                  QStringLiteral("generate"), QStringLiteral("memory"), QStringLiteral("signal")};
    for (int k = 0; k < int(steps.size()); ++k) {
        const LessonSetup &setup = steps[std::size_t(k)].setup;
        window.openLesson(k);
        QVERIFY2(waitReady(window), qPrintable(QStringLiteral("step %1 did not set up").arg(k + 1)));
        QTest::qWait(400); // the fold animation
        const SnapshotPtr s = window.controller()->snapshot();
        const Session wanted = lessonSession(setup.example);
        QCOMPARE(window.lessonPanel()->step(), k);
        QVERIFY2(s->setup->session.model == wanted.model, qPrintable(steps[std::size_t(k)].title));
        QVERIFY(s->setup->session.data == wanted.data);
        QCOMPARE(s->stepsTaken, setup.train);
        QCOMPARE(window.graphView()->isFolded(), setup.folded);
        QCOMPARE(tabNames.value(tabs->currentIndex()), setup.tab);
        if (setup.shape)
            QVERIFY(window.graphView()->taskShape() == *setup.shape);
        QVERIFY(window.stepByHand()->cursor() == setup.cursor);
        const bool asksCharacter =
            steps[std::size_t(k)].prompt && steps[std::size_t(k)].prompt->kind == PromptKind::NextCharacter;
        QCOMPARE(window.graphView()->outputsHidden(), asksCharacter);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QStringLiteral("%1/step-%2.png").arg(shots).arg(k + 1, 2, 10, QLatin1Char('0'))));
    }
}

void TestLesson::predictThenRevealScores()
{
    applyTheme(Theme::Light);
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.controller()->snapshot() != nullptr; }, 10000));
    LessonPanel *panel = window.lessonPanel();
    const auto &steps = lessonSteps();
    const auto stepOf = [&](PromptKind kind) {
        for (int k = 0; k < int(steps.size()); ++k)
            if (steps[std::size_t(k)].prompt && steps[std::size_t(k)].prompt->kind == kind)
                return k;
        return -1;
    };

    // 1. The next character, answered right.
    window.openLesson(stepOf(PromptKind::NextCharacter));
    QVERIFY(waitReady(window));
    QVERIFY(QTest::qWaitFor([&] { return panel->choiceButtons().size() == 4; }, 5000));
    QVERIFY(panel->isAsking());
    QVERIFY(!panel->revealButton()->isEnabled()); // choose first
    // Tab reaches the choices in reading order, then Reveal, before Back and Next (issue 19).
    QList<QWidget *> chain;
    for (QWidget *w = panel->choiceButtons().first(); !chain.contains(w); w = w->nextInFocusChain())
        chain << w;
    const auto at = [&](QWidget *w) { return chain.indexOf(w); };
    for (int k = 1; k < 4; ++k)
        QVERIFY(at(panel->choiceButtons().at(k - 1)) < at(panel->choiceButtons().at(k)));
    QVERIFY(at(panel->choiceButtons().last()) < at(panel->revealButton()));
    QList<QPushButton *> navigation;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Back")) || b->text().contains(QStringLiteral("Next")))
            navigation << b;
    QCOMPARE(navigation.size(), 2);
    for (QPushButton *b : navigation)
        QVERIFY2(at(panel->revealButton()) < at(b), qPrintable(b->text()));
    const int t = steps[std::size_t(stepOf(PromptKind::NextCharacter))].prompt->t;
    const int predicted = window.controller()->snapshot()->trace.sequences.front().predictions[std::size_t(t)];
    panel->choiceButtons().at(predicted)->click();
    QVERIFY(panel->revealButton()->isEnabled());
    panel->revealButton()->click();
    QVERIFY(!panel->isAsking());
    QVERIFY(!window.graphView()->outputsHidden());
    QVERIFY2(panel->verdict().contains(QStringLiteral("✓ Right")), qPrintable(panel->verdict()));
    QCOMPARE(panel->score().answered, 1);
    QCOMPARE(panel->score().right, 1);

    // 2. The loss after the update, answered wrong: the reveal takes the step and compares.
    window.openLesson(stepOf(PromptKind::LossDirection));
    QVERIFY(waitReady(window));
    QVERIFY(QTest::qWaitFor([&] { return panel->choiceButtons().size() == 2; }, 5000));
    const SnapshotPtr before = window.controller()->snapshot();
    panel->choiceButtons().at(1)->click(); // "up" — Adam at step 10 of hello goes down
    panel->revealButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !panel->isAsking(); }, 20000));
    const SnapshotPtr after = window.controller()->snapshot();
    QCOMPARE(after->stepsTaken, before->stepsTaken + 1);
    const bool wentDown = after->trace.loss <= before->trace.loss;
    QCOMPARE(panel->score().answered, 2);
    QCOMPARE(panel->score().right, wentDown ? 1 : 2);
    QVERIFY(panel->verdict().contains(wentDown ? QStringLiteral("✗") : QStringLiteral("✓")));
    const QDir shots(QDir::current().absoluteFilePath(QStringLiteral("lesson-screenshots")));
    QDir().mkpath(shots.path());
    // The reveals, for the eye: the update's directions, then (below) dL/dW_hh as a table.
    for (int round = 0; round < 4; ++round) // the layout requests the answer set off, one level a round
        QApplication::processEvents();
    QVERIFY(window.grab().save(shots.filePath(QStringLiteral("reveal-step-09.png"))));

    // 3. Answering the same prompt again (Back, Next) does not count twice.
    window.openLesson(stepOf(PromptKind::NextCharacter));
    QVERIFY(waitReady(window));
    QVERIFY(QTest::qWaitFor([&] { return panel->choiceButtons().size() == 4; }, 5000));
    panel->choiceButtons().at((predicted + 1) % 4)->click();
    panel->revealButton()->click();
    QVERIFY(panel->verdict().contains(QStringLiteral("✗")));
    QCOMPARE(panel->score().answered, 2);

    // 4. The largest gradient, answered right.
    window.openLesson(stepOf(PromptKind::LargestGradient));
    QVERIFY(waitReady(window));
    QVERIFY(QTest::qWaitFor([&] { return panel->choiceButtons().size() == 16; }, 5000));
    const SnapshotPtr shown = window.controller()->snapshot();
    const auto g = shown->trace.gradients.matrix(shown->trace.gradients.layout().stack().weightHh(0));
    Eigen::Index r = 0;
    Eigen::Index c = 0;
    g.cwiseAbs().maxCoeff(&r, &c);
    panel->choiceButtons().at(int(r * 4 + c))->click();
    panel->revealButton()->click();
    QVERIFY(panel->verdict().contains(QStringLiteral("✓ Right")));
    for (int round = 0; round < 4; ++round)
        QApplication::processEvents();
    QVERIFY(window.grab().save(shots.filePath(QStringLiteral("reveal-step-10.png"))));
    QCOMPARE(panel->score().answered, 3);
    QVERIFY(panel->score().text().contains(QStringLiteral("of 3")));
}

void TestLesson::presentationModeHidesTheConfiguration_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    QTest::newRow("1920x1080 light") << QSize(1920, 1080) << QStringLiteral("light");
    QTest::newRow("1920x1080 high contrast") << QSize(1920, 1080) << QStringLiteral("high-contrast");
    QTest::newRow("1024x768 dark") << QSize(1024, 768) << QStringLiteral("dark");
    QTest::newRow("1024x768 high contrast") << QSize(1024, 768) << QStringLiteral("high-contrast");
}

void TestLesson::presentationModeHidesTheConfiguration()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    applyTheme(*themeFromName(theme));
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.controller()->snapshot() != nullptr; }, 10000));
    const double normalPoints = window.graphView()->font().pointSizeF();
    window.setPresentationMode(true);
    window.resize(size); // full screen on a screen of this size (the docks of the normal layout no longer count)
    window.openLesson(5);
    QVERIFY(waitReady(window));
    QTest::qWait(100);
    window.resize(size);
    QTest::qWait(100);
    // Only the graph, the equations, the play controls and the lesson: no configuration panel.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QCOMPARE(dock->isVisible(), dock->objectName() == QStringLiteral("lessonDock"));
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(window.graphView()->isVisible());
    QVERIFY(window.stepByHand()->isVisible());
    // Large type: at least 14 pt everywhere, the graph too; larger on the larger screen.
    QVERIFY(window.font().pointSizeF() >= 14.0);
    QVERIFY(window.graphView()->font().pointSizeF() > normalPoints);
    QCOMPARE(window.font().pointSizeF(),
             MainWindow::presentationPointSize(QApplication::font().pointSizeF(), window.height()));
    // Nothing forces the window wider than the screen (every panel fits at this size).
    QCOMPARE(window.width(), size.width());
    const QImage image = window.grab().toImage();
    QVERIFY(image.save(QDir::current().absoluteFilePath(
        QStringLiteral("presentation-%1x%2-%3.png").arg(size.width()).arg(size.height()).arg(theme))));
    window.setPresentationMode(false);
    QVERIFY(window.menuBar()->isVisible());
    QCOMPARE(window.graphView()->font().pointSizeF(), normalPoints);
    applyTheme(Theme::Light);
}

void TestLesson::themesChangeThePalette()
{
    applyTheme(Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    applyTheme(Theme::HighContrast);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
    QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
    applyTheme(Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 230);
    QCOMPARE(currentTheme(), Theme::Light);
    QVERIFY(themeFromName(QStringLiteral("high-contrast")) == Theme::HighContrast);
    QVERIFY(!themeFromName(QStringLiteral("sepia")));
}

void TestLesson::relaunchWithTheLessonOpen()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    // Quit with the lesson open: the window's saved state has the Lesson dock open.
    {
        MainWindow before(false);
        before.startSession(lectureExample());
        before.show();
        before.openLesson(2);
        QVERIFY(waitReady(before));
        QVERIFY(before.lessonPanel()->isVisible());
        QSettings().setValue(QStringLiteral("window/state"), before.saveState());
    }
    // The next launch: no empty Lesson panel with live buttons.
    MainWindow after(true);
    after.startSession(lectureExample());
    after.show();
    QVERIFY(QTest::qWaitForWindowExposed(&after));
    LessonPanel *panel = after.lessonPanel();
    QVERIFY(!panel->isVisible());
    QCOMPARE(panel->step(), -1);
    // Shown anyway (View ▸ Lesson): it says how to start, and nothing in it is pressable.
    panel->parentWidget()->show();
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        QVERIFY2(!b->isVisibleTo(panel) || !b->isEnabled(), qPrintable(b->text()));
    panel->next();
    QCOMPARE(panel->step(), -1);
    QSettings().remove(QStringLiteral("window/state"));
}

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
