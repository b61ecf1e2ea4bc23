// SPDX-License-Identifier: MIT
// TrainingControls: the speed slider snaps a speed to its nearest stop (on a log scale; 0 and
// negative speeds: as fast as possible), says the speed every time it is set (also when the slider
// is there already) and shows it; Play turns into Pause and back with the owner's tooltips; the
// actions carry the keys the lecture uses.
#include "ui/common/trainingcontrols.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace rnnlab;

class TestTrainingControls : public QObject
{
    Q_OBJECT

private slots:
    void speedSnapsToAStop_data();
    void speedSnapsToAStop();
    void speedIsSaidEachTime();
    void playAndPause();
    void keys();
    void stepLabel();
    void toolButtonsWithoutMnemonics_data();
    void toolButtonsWithoutMnemonics();

private:
    struct Window
    {
        QMainWindow window;
        QToolBar *toolbar = window.addToolBar(QStringLiteral("Training"));
        TrainingControls controls{&window,
                                  {QStringLiteral("play it"), QStringLiteral("pause it"), QStringLiteral("step it"),
                                   QStringLiteral("reset it")}};
        Window() { controls.addSpeedControl(toolbar, 150); }
        QSlider *slider() const { return toolbar->findChild<QSlider *>(); }
    };
};

void TestTrainingControls::speedSnapsToAStop_data()
{
    QTest::addColumn<double>("asked");
    QTest::addColumn<double>("speed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a stop") << 10.0 << 10.0 << QStringLiteral("10/s");
    QTest::newRow("one per second") << 1.0 << 1.0 << QStringLiteral("1/s");
    QTest::newRow("between 10 and 20, nearer 10 on a log scale") << 14.0 << 10.0 << QStringLiteral("10/s");
    QTest::newRow("between 10 and 20, nearer 20") << 15.0 << 20.0 << QStringLiteral("20/s");
    QTest::newRow("above the top stop") << 50000.0 << 10000.0 << QStringLiteral("10000/s");
    QTest::newRow("below the lowest") << 0.1 << 1.0 << QStringLiteral("1/s");
    QTest::newRow("as fast as possible") << 0.0 << 0.0 << QStringLiteral("max");
    QTest::newRow("negative: as fast as possible") << -3.0 << 0.0 << QStringLiteral("max");
}

void TestTrainingControls::speedSnapsToAStop()
{
    QFETCH(double, asked);
    QFETCH(double, speed);
    QFETCH(QString, shown);
    Window w;
    QSignalSpy said(&w.controls, &TrainingControls::speedChanged);
    w.controls.setSpeed(asked);
    QCOMPARE(said.count(), 1);
    QCOMPARE(said.last().at(0).toDouble(), speed);
    QCOMPARE(TrainingControls::speeds[std::size_t(w.slider()->value())], speed);
    bool found = false;
    for (QLabel *label : w.toolbar->findChildren<QLabel *>())
        found = found || label->text() == shown;
    QVERIFY2(found, qPrintable(shown));
}

void TestTrainingControls::speedIsSaidEachTime()
{
    Window w;
    QSignalSpy said(&w.controls, &TrainingControls::speedChanged);
    w.controls.setSpeed(100);
    w.controls.setSpeed(100); // the slider is there already
    QCOMPARE(said.count(), 2);
    w.slider()->setValue(0); // moved by hand
    QCOMPARE(said.count(), 3);
    QCOMPARE(said.last().at(0).toDouble(), 1.0);
}

void TestTrainingControls::playAndPause()
{
    Window w;
    QAction *play = w.controls.playAction();
    QCOMPARE(play->text(), QStringLiteral("&Play"));
    QCOMPARE(play->toolTip(), QStringLiteral("play it"));
    w.controls.setPlaying(true);
    QCOMPARE(play->text(), QStringLiteral("&Pause"));
    QCOMPARE(play->toolTip(), QStringLiteral("pause it"));
    w.controls.setPlaying(false);
    QCOMPARE(play->text(), QStringLiteral("&Play"));
    QCOMPARE(play->toolTip(), QStringLiteral("play it"));
    QCOMPARE(w.controls.stepAction()->toolTip(), QStringLiteral("step it"));
    QCOMPARE(w.controls.resetAction()->toolTip(), QStringLiteral("reset it"));
}

void TestTrainingControls::keys()
{
    Window w;
    QCOMPARE(w.controls.playAction()->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(w.controls.stepAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Right));
    QCOMPARE(w.controls.resetAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
}

void TestTrainingControls::stepLabel()
{
    Window w;
    QLabel *label = w.controls.addStepLabel(w.toolbar);
    QVERIFY(label->font().bold());
    QVERIFY(label->minimumWidth() >= QFontMetrics(label->font()).horizontalAdvance(QStringLiteral("Step 12345678")));
}

void TestTrainingControls::toolButtonsWithoutMnemonics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("onButton");
    QTest::newRow("English") << QStringLiteral("&Play") << QStringLiteral("Play");
    QTest::newRow("Japanese") << QStringLiteral("再生(&P)") << QStringLiteral("再生");
    QTest::newRow("Chinese, spaced") << QStringLiteral("开始训练 (&P)") << QStringLiteral("开始训练");
    QTest::newRow("a literal ampersand") << QStringLiteral("Save && &quit") << QStringLiteral("Save & quit");
    QTest::newRow("parentheses that are no mnemonic")
        << QStringLiteral("Step (1 of 4)") << QStringLiteral("Step (1 of 4)");
}

void TestTrainingControls::toolButtonsWithoutMnemonics()
{
    // The tool button shows the action's icon text: "再生(P)" would spend a CJK toolbar's room on
    // the mnemonic that only a menu needs (Japanese at 1024×768 pushed the zoom buttons into »).
    QFETCH(QString, text);
    QFETCH(QString, onButton);
    Window w;
    QAction action;
    TrainingControls::showWithoutMnemonicInToolBars(&action);
    action.setText(text);
    QCOMPARE(action.iconText(), onButton);
    QCOMPARE(action.text(), text); // the menus keep their mnemonic
    w.toolbar->addAction(&action);
    auto *button = qobject_cast<QToolButton *>(w.toolbar->widgetForAction(&action));
    QVERIFY(button);
    // (A button's text reads '&' as a mnemonic: Qt writes the icon text's own '&' as "&&".)
    QCOMPARE(button->text(), QString(onButton).replace(u'&', QStringLiteral("&&")));
    // The window's own actions follow their text as it changes (Play ↔ Pause).
    QAction *play = w.controls.playAction();
    QCOMPARE(play->iconText(), QStringLiteral("Play"));
    w.controls.setPlaying(true);
    QCOMPARE(play->iconText(), QStringLiteral("Pause"));
}

QTEST_MAIN(TestTrainingControls)
#include "tst_trainingcontrols.moc"
