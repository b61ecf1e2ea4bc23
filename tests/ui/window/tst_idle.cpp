// SPDX-License-Identifier: MIT
// The UI thread goes idle after every mode a teacher switches (issue 14, point 5): What if W_hh = 0?,
// fold, presentation, step in parts, the backward walk and compare mode, each on and off, on the
// real MainWindow (offscreen) with "hello world" at 4, 8, 16 and 64 hidden units, trained a little.
// Idleness is counted, not timed (the machines are noisy): after each switch the events are
// processed until none is left, and a budget bounds the layout requests and paints that takes.
// A layout loop (the What-if freeze: EquationView's fit and a scroll bar's visibility feeding each
// other) needs layout pass after layout pass: it overruns the budget — and since a loop posting its
// next request while the posted ones are being sent would never let processEvents return, the
// requests beyond the budget are swallowed, so that the test fails instead of hanging.
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/mainwindow.h"

#include <QAbstractEventDispatcher>
#include <QTest>

#include <functional>

using namespace rnnlab;

namespace {

//! Counts the layout requests and paints the whole application handles, and swallows layout
//! requests beyond \a budget (a loop would otherwise keep processEvents from returning).
class PassCounter : public QObject
{
public:
    explicit PassCounter(int budget)
        : m_budget(budget)
    {
        qApp->installEventFilter(this);
    }
    ~PassCounter() override { qApp->removeEventFilter(this); }

    void reset() { m_layouts = m_paints = 0; }
    int layouts() const { return m_layouts; }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest && ++m_layouts > m_budget)
            return true;
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)
            ++m_paints;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_budget;
    int m_layouts = 0;
    int m_paints = 0;
};

// Budgets for one switch: a few times what a switch takes (a presentation toggle on the 64-unit
// session, the largest, lays out a few dozen widgets a few times each). A loop runs through any of them.
constexpr int layoutBudget = 2000;
constexpr int paintBudget = 2000;
constexpr int roundBudget = 500;

} // namespace

class TestIdle : public QObject
{
    Q_OBJECT

private slots:
    void everyModeSettles_data();
    void everyModeSettles();
};

void TestIdle::everyModeSettles_data()
{
    QTest::addColumn<int>("hidden");
    for (int hidden : {4, 8, 16, 64})
        QTest::newRow(qPrintable(QStringLiteral("%1 units").arg(hidden))) << hidden;
}

void TestIdle::everyModeSettles()
{
    QFETCH(int, hidden);
    Session session = lectureExample();
    session.data.texts = {U"hello world"};
    session.model.hiddenSize = hidden;
    session.model.outputLayer = true; // 8 characters: the lecture's setup needs the output layer but at 8
    MainWindow window(false);
    window.startSession(session, QStringLiteral("hello world"));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrainingController *controller = window.controller();
    controller->setSpeed(0);
    controller->step(30);
    QTRY_VERIFY_WITH_TIMEOUT(
        controller->snapshot() && controller->snapshot()->stepsTaken >= 30 && !controller->snapshot()->playing, 60000);

    PassCounter counter(layoutBudget);
    QStringList failures;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const auto settle = [&](const QString &what) {
        counter.reset();
        int rounds = 0;
        while (rounds < roundBudget && dispatcher->processEvents(QEventLoop::AllEvents))
            ++rounds;
        if (rounds >= roundBudget || counter.layouts() > layoutBudget || counter.paints() > paintBudget)
            failures << QStringLiteral("%1: %2 rounds, %3 layout requests, %4 paints")
                            .arg(what)
                            .arg(rounds)
                            .arg(counter.layouts())
                            .arg(counter.paints());
    };
    const auto snapshotSays = [&](bool whatIf) {
        const SnapshotPtr s = controller->snapshot();
        return s && s->whatIfNoMemory == whatIf;
    };
    StepByHandPanel *hand = window.stepByHand();
    const std::vector<std::pair<QString, std::function<void()>>> switches = {
        {QStringLiteral("what-if on"), [&] { controller->setWhatIfNoMemory(true); }},
        {QStringLiteral("backward walk"), [&] { hand->startBackward(); }},
        {QStringLiteral("fold"), [&] { window.graphView()->setFolded(true, false); }},
        {QStringLiteral("presentation"), [&] { window.setPresentationMode(true); }},
        {QStringLiteral("backward walk, one step on"), [&] { hand->earlierTimeStep(); }},
        {QStringLiteral("unfold"), [&] { window.graphView()->setFolded(false, false); }},
        {QStringLiteral("leave the walk"), [&] { hand->leave(); }},
        {QStringLiteral("step in parts: forward"), [&] { hand->nextPart(); }},
        {QStringLiteral("step in parts: loss"), [&] { hand->nextPart(); }},
        {QStringLiteral("step in parts: backward"), [&] { hand->nextPart(); }},
        {QStringLiteral("presentation off"), [&] { window.setPresentationMode(false); }},
        {QStringLiteral("sum phase"),
         [&] {
             hand->setCursor(StepCursor{3, 0, Phase::Sum});
         }},
        {QStringLiteral("small window"), [&] { window.resize(1024, 768); }},
        {QStringLiteral("what-if off"), [&] { controller->setWhatIfNoMemory(false); }},
        {QStringLiteral("large window"), [&] { window.resize(1920, 1080); }},
        {QStringLiteral("leave"), [&] { hand->leave(); }},
    };
    settle(QStringLiteral("start"));
    for (const auto &[what, act] : switches) {
        act();
        if (what.startsWith(QStringLiteral("what-if")))
            QTRY_VERIFY_WITH_TIMEOUT(snapshotSays(what == u"what-if on"), 30000);
        settle(what);
    }
    // What if, at the sum phase, through window sizes (the freeze hung on some sizes only).
    controller->setWhatIfNoMemory(true);
    QTRY_VERIFY_WITH_TIMEOUT(snapshotSays(true), 30000);
    hand->setCursor(StepCursor{3, 0, Phase::Sum});
    for (int width = 1024; width <= 1920; width += 64) {
        window.resize(width, 600 + (width - 1024) / 2);
        settle(QStringLiteral("what-if at %1 px").arg(width));
    }
    controller->setWhatIfNoMemory(false);
    QTRY_VERIFY_WITH_TIMEOUT(snapshotSays(false), 30000);
    // Compare mode: 1 layer against 2 of the same model.
    Session two = session;
    two.model.numLayers = 2;
    QVERIFY(window.openCompare({session, two}).empty());
    QVERIFY(window.compareWindow());
    settle(QStringLiteral("compare"));
    window.compareWindow()->resize(1280, 800);
    settle(QStringLiteral("compare, resized"));
    QVERIFY(window.compareWindow()->close());
    settle(QStringLiteral("compare closed"));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestIdle)
#include "tst_idle.moc"
