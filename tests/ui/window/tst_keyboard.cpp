// SPDX-License-Identifier: MIT
// Keyboard only (issue 19 §2): with QTest::keyClick and nothing else — no clicks, no slots called,
// no focus set by hand — a student opens the lesson (F9) and goes through its steps (PageDown),
// answers its first question (Tab to an answer, Space, Tab to Reveal, Space), reaches the graph
// and moves between its cells with the arrow keys (Esc leaves them), reaches the W_hh heatmap
// with Tab, moves to a cell with the arrows, edits the weight (Enter, typing, Enter) and the
// engine's weight changes; Esc leaves the cells. Ctrl+Tab leaves a multi-line text box.
#include "tests/support/testsupport.h"

#include "engine/session.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphkeyboard.h"
#include "ui/graph/graphview.h"
#include "ui/lesson/lesson.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/matrices/heatmapinteraction.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

using namespace rnnlab;

namespace {

//! Whether Tab types a tab in \a widget (a multi-line text box): Ctrl+Tab leaves it.
bool typesTabs(const QWidget *widget)
{
    const auto *plain = qobject_cast<const QPlainTextEdit *>(widget);
    const auto *rich = qobject_cast<const QTextEdit *>(widget);
    return (plain && !plain->isReadOnly() && !plain->tabChangesFocus())
        || (rich && !rich->isReadOnly() && !rich->tabChangesFocus());
}

//! Presses Tab (Ctrl+Tab in a text box; at most \a limit times) until \a wanted holds for the
//! focus widget.
template<typename Wanted>
QWidget *tabTo(QWidget *window, Wanted wanted, int limit = 400)
{
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && wanted(focus))
            return focus;
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab, typesTabs(focus) ? Qt::ControlModifier : Qt::NoModifier);
    }
    QWidget *focus = QApplication::focusWidget();
    return focus && wanted(focus) ? focus : nullptr;
}

//! Sends \a key to the widget with the focus (as the keyboard does).
//! The lecture's hello example in \a window at 1280×800, active, with its first snapshot drawn.
bool openOnHello(MainWindow &window)
{
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window)
        && QTest::qWaitFor([&] { return window.controller()->snapshot() != nullptr; }, 10000);
}

void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : window, key, modifiers);
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lessonFromTheKeyboard();
    void graphCellsFromTheKeyboard();
    void weightEditFromTheKeyboard();
    void ctrlTabLeavesATextBox();
};

void TestKeyboard::lessonFromTheKeyboard()
{
    MainWindow window(false);
    QVERIFY(openOnHello(window));

    press(&window, Qt::Key_F9);
    LessonPanel *panel = window.lessonPanel();
    QVERIFY(panel);
    QCOMPARE(panel->step(), 0);
    QVERIFY(QTest::qWaitFor([&] { return window.lessonReady(); }, 120000));
    const int steps = int(lessonSteps().size());
    bool answered = false;
    for (int k = 1; k < steps; ++k) {
        press(&window, Qt::Key_PageDown);
        QCOMPARE(panel->step(), k);
        QVERIFY2(QTest::qWaitFor([&] { return window.lessonReady(); }, 120000), qPrintable(QString::number(k)));
        if (!answered && panel->isAsking()) {
            // The first question: Tab to one of its answers, Space chooses it; Tab to Reveal, Space.
            // (The buttons are shown once the layout has run.)
            QVERIFY(QTest::qWaitFor(
                [&] { return !panel->choiceButtons().isEmpty() && panel->choiceButtons().front()->isVisible(); },
                5000));
            const QList<QPushButton *> choices = panel->choiceButtons();
            QWidget *choice = tabTo(&window, [&](QWidget *w) { return choices.contains(w); });
            QVERIFY2(choice, "Tab never reaches an answer");
            press(&window, Qt::Key_Space);
            QVERIFY(panel->revealButton()->isEnabled());
            QVERIFY(tabTo(&window, [&](QWidget *w) { return w == panel->revealButton(); }));
            press(&window, Qt::Key_Space);
            QVERIFY(QTest::qWaitFor([&] { return !panel->isAsking(); }, 20000));
            QVERIFY(!panel->verdict().isEmpty());
            answered = true;
        }
    }
    QVERIFY(answered);
    // PageUp goes back.
    press(&window, Qt::Key_PageUp);
    QCOMPARE(panel->step(), steps - 2);
}

void TestKeyboard::graphCellsFromTheKeyboard()
{
    MainWindow window(false);
    QVERIFY(openOnHello(window));
    QTest::qWait(50);

    GraphView *graph = window.graphView();
    QVERIFY(tabTo(&window, [&](QWidget *w) { return w == graph; }));
    GraphKeyboard *keys = graph->keyboard();
    QCOMPARE(keys->currentIndex(), -1);
    press(&window, Qt::Key_Down); // into the cells: h_t's first unit at the shown time step
    QVERIFY(keys->current());
    QCOMPARE(keys->current()->kind, NodeKind::Hidden);
    QCOMPARE(keys->current()->cell, 0);
    const int t = keys->current()->t;
    press(&window, Qt::Key_Down);
    QCOMPARE(keys->current()->cell, 1);
    press(&window, Qt::Key_Home); // the first time step, the same unit
    QCOMPARE(keys->current()->t, 0);
    QCOMPARE(keys->current()->cell, 1);
    press(&window, Qt::Key_Right);
    QCOMPARE(keys->current()->t, 1);
    QCOMPARE(keys->current()->kind, NodeKind::Hidden);
    QCOMPARE(keys->current()->cell, 1);
    press(&window, Qt::Key_Up);
    QCOMPARE(keys->current()->cell, 0);
    // → moved the cursor, not the walk by hand (the window's →, outside the cells).
    QVERIFY(!graph->stepCursor());
    press(&window, Qt::Key_Escape);
    QCOMPARE(keys->currentIndex(), -1);
    Q_UNUSED(t);
}

void TestKeyboard::weightEditFromTheKeyboard()
{
    MainWindow window(false);
    QVERIFY(openOnHello(window));
    QTest::qWait(50);

    const auto isWhh = [](QWidget *w) {
        auto *h = qobject_cast<HeatmapWidget *>(w);
        return h && h->pytorchName() == QStringLiteral("rnn.weight_hh_l0");
    };
    auto *whh = qobject_cast<HeatmapWidget *>(tabTo(&window, isWhh));
    QVERIFY2(whh, "Tab never reaches W_hh");
    QVERIFY(whh->isEditable());
    press(&window, Qt::Key_Down); // the first arrow puts the cursor on the first cell
    QCOMPARE(whh->interaction()->currentCell(), QPoint(0, 0));
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_Right);
    press(&window, Qt::Key_Right);
    press(&window, Qt::Key_Right);
    QCOMPARE(whh->interaction()->currentCell(), QPoint(3, 2));
    press(&window, Qt::Key_Return);
    QVERIFY(whh->interaction()->isEditing());
    QCOMPARE(QApplication::focusWidget(), whh->interaction()->editor());
    press(&window, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0.5"));
    press(&window, Qt::Key_Return);
    QVERIFY(!whh->interaction()->isEditing());
    QCOMPARE(QApplication::focusWidget(), whh); // back on the heatmap

    // The engine's weight changed: the next snapshot carries it.
    const auto weight = [&] {
        const SnapshotPtr snapshot = window.controller()->snapshot();
        const auto &layout = snapshot->weights.layout();
        for (int i = 0; i < layout.tensorCount(); ++i) {
            const auto &spec = layout.tensor(i);
            if (spec.name == "rnn.weight_hh_l0")
                return snapshot->weights.matrix(i)(2, 3);
        }
        return -1000.0f;
    };
    QTRY_COMPARE_WITH_TIMEOUT(weight(), 0.5f, 10000);

    // Esc leaves the cells, then is the window's again.
    press(&window, Qt::Key_Escape);
    QCOMPARE(whh->interaction()->currentCell(), QPoint(-1, -1));
}

void TestKeyboard::ctrlTabLeavesATextBox()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *box = qobject_cast<QPlainTextEdit *>(tabTo(
        &window, [](QWidget *w) { return qobject_cast<QPlainTextEdit *>(w) && !w->property("readOnly").toBool(); }));
    QVERIFY2(box, "Tab never reaches the training text");
    const QString before = box->toPlainText();
    press(&window, Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(QApplication::focusWidget() != box);
    QCOMPARE(box->toPlainText(), before);
    press(&window, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), box);
    press(&window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier); // out backwards
    QVERIFY(QApplication::focusWidget() != box);
    QCOMPARE(box->toPlainText(), before);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
