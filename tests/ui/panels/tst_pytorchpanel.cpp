// SPDX-License-Identifier: MIT
// The PyTorch panel in the window: it shows PytorchScript's script for the network on screen (the
// shown step's weights and optimizer state), follows training and a new session, and Copy puts
// exactly that script on the clipboard.
#include "tests/support/testsupport.h"

#include "app/session/pytorchscript.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/panels/pytorchpanel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace rnnlab;

class TestPytorchPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheScriptOfTheShownNetwork();
};

void TestPytorchPanel::showsTheScriptOfTheShownNetwork()
{
    MainWindow window(false);
    window.startSession(lectureExample(), QStringLiteral("hello"));
    window.show();
    window.showPytorchPanel();
    PytorchPanel *panel = window.pytorchPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->script().startsWith(QStringLiteral("#!/usr/bin/env python3")), 10000);
    QCOMPARE(panel->scriptStep(), std::int64_t(0));
    // Every line whole on screen: wrapped at the panel's edge, no line running off to the right.
    auto *code = panel->findChild<QPlainTextEdit *>(QStringLiteral("pytorchCode"));
    QVERIFY(code);
    QVERIFY(code->isVisible());
    QCOMPARE(code->horizontalScrollBar()->maximum(), 0);
    QVERIFY(code->document()->size().width() <= code->viewport()->width() + 1);

    window.controller()->step(3);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->stepsTaken(), std::int64_t(3), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->scriptStep(), std::int64_t(3), 5000); // throttled, not dropped
    const SnapshotPtr snapshot = window.controller()->snapshot();
    QCOMPARE(panel->script(), QString::fromStdString(PytorchScript::generate(sessionOf(*snapshot))));
    QVERIFY(panel->script().contains(QStringLiteral("continues training from step 4")));

    panel->copy();
    QCOMPARE(QApplication::clipboard()->text(), panel->script());

    // A new session: at once, with its own model.
    Session lstm = lectureExample();
    lstm.model = ModelConfig{CellKind::Lstm, 5, 2, true};
    window.startSession(lstm);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->script().contains(QStringLiteral("torch.nn.LSTM(V, H, num_layers=L, batch_first=True)")), 10000);
    QCOMPARE(panel->scriptStep(), std::int64_t(0));
}

QTEST_MAIN(TestPytorchPanel)
#include "tst_pytorchpanel.moc"
