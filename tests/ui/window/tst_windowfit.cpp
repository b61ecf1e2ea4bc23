// SPDX-License-Identifier: MIT
// The window fits a 1024×768 projector and a 1280×720 screen, and never grows while in use: its
// minimum size stays within MainWindow::smallestSize() in every mode (normal, step in parts, the
// backward walk, after training, with the lesson, presentation, 2–4 layers, LSTM), is no larger
// after these actions than before them, and nothing inside it is squeezed below its own layout's
// minimum width (which is how "Last st" / "Log sca" were cut). Offscreen.
#include "tests/support/testsupport.h"

#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/plots/signalplot.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/layoutsettle.h"
#include "ui/window/mainwindow.h"

#include <QDockWidget>
#include <QLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace rnnlab;

namespace {

Session session(CellKind cell, int hidden, int layers, const std::u32string &text)
{
    Session s = lectureExample();
    s.model = ModelConfig{cell, hidden, layers, hidden != 4 || layers > 1 || cell != CellKind::RnnTanh};
    s.data.texts = {text};
    return s;
}

//! The widgets that ask for the most width (or height), widest first: where to look when the
//! window no longer fits.
QString widest(QWidget *window, bool horizontal)
{
    QList<QPair<int, QString>> sizes;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        const int size = horizontal ? hint.width() : hint.height();
        sizes.append({size,
                      QStringLiteral("%1 %2 \"%3\"")
                          .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                               w->property("text").toString().left(30))});
    }
    std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList lines;
    for (int i = 0; i < std::min<qsizetype>(25, sizes.size()); ++i)
        lines << QStringLiteral("%1 %2").arg(sizes[i].first).arg(sizes[i].second);
    return lines.join(QLatin1Char('\n'));
}

//! Widgets shown smaller than their own layout's minimum: their contents are cut.
QStringList squeezed(QWidget *window)
{
    QStringList found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->layout() || qobject_cast<QScrollArea *>(w->parentWidget())
            || (w->parentWidget() && qobject_cast<QScrollArea *>(w->parentWidget()->parentWidget())))
            continue;
        const QSize need = w->layout()->totalMinimumSize();
        // Width only: at 720 px the plots under the graph give up some height by design.
        if (w->width() + 1 < need.width())
            found << QStringLiteral("%1 %2: %3x%4 < %5x%6")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                         .arg(w->width())
                         .arg(w->height())
                         .arg(need.width())
                         .arg(need.height());
    }
    return found;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fitsAndNeverGrows_data();
    void fitsAndNeverGrows();
    void graphGetsItsRoom_data();
    void graphGetsItsRoom();
    void seriesPresentationShowsGraphAndSignal_data();
    void seriesPresentationShowsGraphAndSignal();
};

using Action = std::function<void(MainWindow &)>;
Q_DECLARE_METATYPE(Action)

void TestWindowFit::fitsAndNeverGrows_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<Action>("action");

    const auto waitForSteps = [](MainWindow &w, std::int64_t steps) {
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->snapshot() && !w.controller()->snapshot()->playing
                                     && w.controller()->snapshot()->stepsTaken >= steps,
                                 120000);
    };
    const Action nothing = [](MainWindow &) {};
    const Action stepInParts = [waitForSteps](MainWindow &w) {
        // Forward, loss, backward, update: each part's animation over before the next.
        StepByHandPanel *panel = w.stepByHand();
        QPushButton *next = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Step in parts")))
                next = b;
        QVERIFY(next);
        for (int part = 0; part < 4; ++part) {
            panel->nextPart();
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
            LayoutSettle::wait(&w);
        }
        waitForSteps(w, 1);
    };
    const Action backward = [](MainWindow &w) {
        w.stepByHand()->startBackward();
        QTest::qWait(400);
        w.stepByHand()->startBackward();
    };
    const Action train = [waitForSteps](MainWindow &w) {
        w.setSpeed(0);
        w.controller()->step(60);
        waitForSteps(w, 60);
    };
    const Action lesson = [](MainWindow &w) {
        for (int step = 0; step < 8; ++step) {
            w.openLesson(step);
            QTRY_VERIFY_WITH_TIMEOUT(w.lessonReady(), 120000);
            LayoutSettle::wait(&w);
        }
    };
    const Action presentation = [train](MainWindow &w) {
        w.setPresentationMode(true);
        train(w);
        w.stepByHand()->startBackward();
    };
    const Action pytorch = [](MainWindow &w) { w.showPytorchPanel(); };
    const Action everything = [=](MainWindow &w) {
        train(w);
        stepInParts(w);
        backward(w);
    };

    const Session hello = lectureExample();
    const Session helloWorld = session(CellKind::RnnTanh, 8, 1, U"hello world");
    QTest::newRow("hello, normal") << hello << nothing;
    QTest::newRow("hello, step in parts") << hello << stepInParts;
    QTest::newRow("hello, backward walk") << hello << backward;
    QTest::newRow("hello, after training") << hello << train;
    QTest::newRow("hello, PyTorch panel") << hello << pytorch;
    QTest::newRow("hello, lesson") << hello << lesson;
    QTest::newRow("hello, presentation") << hello << presentation;
    QTest::newRow("hello world H=8, everything") << helloWorld << everything;
    for (int layers : {2, 3, 4})
        QTest::newRow(qPrintable(QStringLiteral("%1 layers, everything").arg(layers)))
            << session(CellKind::RnnTanh, 4, layers, U"hello") << everything;
    QTest::newRow("LSTM, everything") << session(CellKind::Lstm, 8, 1, U"hello world") << everything;
    QTest::newRow("GRU 2 layers, presentation") << session(CellKind::Gru, 8, 2, U"hello world") << presentation;
}

void TestWindowFit::fitsAndNeverGrows()
{
    QFETCH(Session, session);
    QFETCH(Action, action);
    const QSize smallest = MainWindow::smallestSize();
    QVERIFY(smallest.width() <= 1024 && smallest.height() <= 720);

    MainWindow window(false);
    window.startSession(session);
    window.resize(smallest);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() != nullptr, 30000);
    LayoutSettle::wait(&window);
    const QSize before = window.minimumSizeHint();
    QVERIFY2(before.width() <= smallest.width() && before.height() <= smallest.height(),
             qPrintable(QStringLiteral("at the start the window needs %1x%2; the widest parts:\n%3")
                            .arg(before.width())
                            .arg(before.height())
                            .arg(widest(&window, before.width() > smallest.width()))));

    action(window);
    LayoutSettle::wait(&window);
    const QSize after = window.minimumSizeHint();
    QVERIFY2(after.width() <= before.width() && after.height() <= smallest.height(),
             qPrintable(QStringLiteral("the window grew from %1x%2 to %3x%4; the widest parts:\n%5")
                            .arg(before.width())
                            .arg(before.height())
                            .arg(after.width())
                            .arg(after.height())
                            .arg(widest(&window, after.width() > before.width()))));
    QCOMPARE(window.size(), smallest);
    const QStringList cut = squeezed(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // And at 1280×720, the other small screen.
    window.resize(1280, 720);
    LayoutSettle::wait(&window);
    QCOMPARE(window.size(), QSize(1280, 720));
    const QStringList cutWide = squeezed(&window);
    QVERIFY2(cutWide.isEmpty(), qPrintable(cutWide.join(QLatin1Char('\n'))));
}

void TestWindowFit::graphGetsItsRoom_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("tabbed"); // the model panel a tab beside the matrices
    QTest::addColumn<bool>("graphFits"); // the whole unfolded drawing without scrolling up and down

    const Session hello = lectureExample();
    const Session helloWorld = session(CellKind::RnnTanh, 8, 1, U"hello world");
    QTest::newRow("hello 1024x768") << hello << QSize(1024, 768) << true << true;
    QTest::newRow("hello world H=8 1024x768") << helloWorld << QSize(1024, 768) << true << false;
    QTest::newRow("hello world H=8 1280x800") << helloWorld << QSize(1280, 800) << false << true;
    QTest::newRow("2 layers 1280x800") << session(CellKind::RnnTanh, 4, 2, U"hello") << QSize(1280, 800) << false
                                       << true;
    QTest::newRow("hello world H=8 1920x1080") << helloWorld << QSize(1920, 1080) << false << true;
}

void TestWindowFit::graphGetsItsRoom()
{
    // The review found the Matrices dock cut at 1024 (b_ih, "Last change") beside the model panel,
    // and the input row of "hello world" below the graph's edge at 1280×800.
    QFETCH(Session, session);
    QFETCH(QSize, size);
    QFETCH(bool, tabbed);
    QFETCH(bool, graphFits);
    MainWindow window(false);
    window.startSession(session);
    window.resize(size);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() != nullptr, 30000);
    LayoutSettle::wait(&window);
    QTest::qWait(50); // the graph's height is fitted once its first snapshot is laid out
    LayoutSettle::wait(&window);

    auto *model = window.findChild<QDockWidget *>(QStringLiteral("modelDock"));
    auto *matrices = window.findChild<QDockWidget *>(QStringLiteral("matrixDock"));
    QVERIFY(model && matrices);
    QCOMPARE(window.tabifiedDockWidgets(matrices).contains(model), tabbed);
    QVERIFY(!matrices->visibleRegion().isEmpty()); // the matrices in front
    // The matrices' own content fits their dock across: nothing scrolled off to the right.
    auto *scroll = qobject_cast<QScrollArea *>(matrices->widget());
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the matrices need %1 px, their dock has %2")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    if (graphFits)
        QCOMPARE(window.graphView()->extraHeightWanted(), 0);
    // Nothing the window holds outside scroll areas is squeezed below its minimum.
    const QStringList cut = squeezed(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestWindowFit::seriesPresentationShowsGraphAndSignal_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("graphFits"); // the whole unfolded drawing without scrolling up and down
    QTest::newRow("1024x768") << QSize(1024, 768) << false;
    QTest::newRow("1280x800") << QSize(1280, 800) << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << true;
}

void TestWindowFit::seriesPresentationShowsGraphAndSignal()
{
    // Issue 15's review: in presentation mode at 1920×1080 the graph beside the Signal tab was
    // shrunk to a quarter of the height, its x_t, input and t rows below its edge.
    QFETCH(QSize, size);
    QFETCH(bool, graphFits);
    MainWindow window(false);
    QVERIFY(window.openFile(test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")), false));
    window.resize(size);
    window.setPresentationMode(true);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() != nullptr, 30000);
    LayoutSettle::wait(&window);
    QTest::qWait(50);
    LayoutSettle::wait(&window);
    auto *signal = window.findChild<SignalPlot *>();
    QVERIFY(signal && signal->isVisible()); // a time series' presentation page
    if (graphFits)
        QCOMPARE(window.graphView()->extraHeightWanted(), 0);
    // The tab keeps at least its own minimum: both plots readable.
    QVERIFY2(signal->height() + 1 >= signal->minimumSizeHint().height(),
             qPrintable(QStringLiteral("%1 < %2").arg(signal->height()).arg(signal->minimumSizeHint().height())));
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
