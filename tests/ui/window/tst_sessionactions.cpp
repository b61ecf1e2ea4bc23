// SPDX-License-Identifier: MIT
// File > Save / Open in the window (SessionActions): a saved and reopened session has bit-identical
// weights and optimizer state and takes the same next step as the window that never saved; a
// truncated, corrupted or newer-version file is refused with a message and changes nothing; a save
// that cannot be written says why and leaves the previous file as it was; a session file dropped on
// the window opens; an autosave left by a crashed rnnlab is brought back, and training marks the
// session modified until it is saved.
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessionactions.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rnnlab;

namespace {

//! Steps \a window's session \a count times and waits until the window shows the result.
void train(MainWindow &window, int count)
{
    const std::int64_t target = window.controller()->stepsTaken() + count;
    window.controller()->step(count);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->stepsTaken(), target, 10000);
}

//! The weights and optimizer state as the file would hold them: equal strings mean equal floats,
//! bit for bit (every float32 is written as the shortest decimal that reads back as itself).
std::string numbers(const MainWindow &window)
{
    Session session = window.sessionActions()->currentSession();
    return SessionFile::toJson(session);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

Session lstmSession()
{
    Session session = lectureExample();
    session.data.texts = {U"hello world", U"good bye"};
    session.model = ModelConfig{CellKind::Lstm, 6, 2, true};
    session.training.optimizer = OptimizerKind::Sgd;
    session.training.momentum = 0.9;
    session.training.learningRate = 0.2;
    return session;
}

} // namespace

class TestSessionActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void saveThenOpenIsExact_data();
    void saveThenOpenIsExact();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void unwritableSaveKeepsThePreviousFile();
    void dropOpensASession();
    void autosaveComesBackAfterACrash();
    void fileMenu();
    void viewComesBack();
    void walkOfATimeSeriesComesBack();
    void importsAPytorchState();
};

void TestSessionActions::saveThenOpenIsExact_data()
{
    QTest::addColumn<bool>("lstm");
    QTest::newRow("hello, adam") << false;
    QTest::newRow("lstm, 2 layers, sgd momentum") << true;
}

void TestSessionActions::saveThenOpenIsExact()
{
    QFETCH(bool, lstm);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.rnnlab"));
    MainWindow original(false);
    original.startSession(lstm ? lstmSession() : lectureExample(), QStringLiteral("run"));
    train(original, 7);
    QVERIFY(original.sessionActions()->isModified());
    QCOMPARE(original.sessionActions()->saveTo(path), QString());
    QVERIFY(!original.sessionActions()->isModified());
    QCOMPARE(original.sessionActions()->currentPath(), QFileInfo(path).absoluteFilePath());

    MainWindow reopened(false);
    QVERIFY(reopened.openFile(path, false));
    QTRY_COMPARE_WITH_TIMEOUT(reopened.controller()->stepsTaken(), std::int64_t(7), 10000);
    QCOMPARE(numbers(reopened), numbers(original));
    QVERIFY(!reopened.sessionActions()->isModified());
    // The loss history came along: the reopened window shows the 7 steps it did not train.
    QCOMPARE(reopened.controller()->snapshot()->history.size(), std::int64_t(7));

    // The next step, from the file and from the window that never saved: the same numbers.
    train(original, 1);
    train(reopened, 1);
    QCOMPARE(numbers(reopened), numbers(original));
    QCOMPARE(reopened.controller()->snapshot()->trace.loss, original.controller()->snapshot()->trace.loss);
    QVERIFY(reopened.sessionActions()->isModified());
}

void TestSessionActions::badFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.rnnlab"));
    {
        MainWindow window(false);
        window.startSession(lectureExample());
        train(window, 3);
        QCOMPARE(window.sessionActions()->saveTo(good), QString());
    }
    const QByteArray bytes = readAll(good);
    QVERIFY(bytes.size() > 200);
    QTest::newRow("truncated") << bytes.left(bytes.size() / 2) << "cut off";
    QByteArray corrupted = bytes;
    corrupted.replace("\"weights\"", "\"weigths\"");
    QTest::newRow("corrupted key") << corrupted << "weigths";
    QByteArray newer = bytes;
    newer.replace("\"version\": 2", "\"version\": 9");
    QTest::newRow("newer version") << newer << "newer";
    QTest::newRow("not JSON") << QByteArray("this is a shopping list, not a session {") << "JSON";
    QTest::newRow("not UTF-8") << QByteArray("\x89PNG\r\n\x1a\n garbage") << "UTF-8";
}

void TestSessionActions::badFilesChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.rnnlab"));
    writeAll(path, bytes);
    MainWindow window(false);
    window.startSession(lectureExample(), QStringLiteral("mine"));
    train(window, 4);
    const std::string before = numbers(window);
    QVERIFY(!window.openFile(path, false));
    const QString shown = window.sessionActions()->lastMessage();
    QVERIFY2(shown.contains(QStringLiteral("nothing was changed")) && shown.contains(message, Qt::CaseInsensitive),
             qPrintable(shown));
    QCoreApplication::processEvents();
    window.controller()->poll();
    QCOMPARE(window.controller()->stepsTaken(), std::int64_t(4));
    QCOMPARE(numbers(window), before);
    QCOMPARE(window.sessionName(), QStringLiteral("mine"));
    QCOMPARE(readAll(path), bytes); // and the file is left as it was
}

void TestSessionActions::unwritableSaveKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.rnnlab"));
    MainWindow window(false);
    window.startSession(lectureExample());
    train(window, 2);
    QCOMPARE(window.sessionActions()->saveTo(path), QString());
    const QByteArray saved = readAll(path);
    train(window, 2);

    // A folder that does not exist; one no one may create files in (/proc, even for root).
    QString error = window.sessionActions()->saveTo(dir.filePath(QStringLiteral("missing/x.rnnlab")));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    error = window.sessionActions()->saveTo(QStringLiteral("/proc/rnnlab-test.rnnlab"));
    QVERIFY2(error.contains(QStringLiteral("cannot write /proc/rnnlab-test.rnnlab")), qPrintable(error));
    QVERIFY(window.sessionActions()->isModified()); // still unsaved: the failed saves did not count
    QCOMPARE(window.sessionActions()->currentPath(), QFileInfo(path).absoluteFilePath());
    // A directory where the file should be: QSaveFile cannot replace it, the directory stays.
    const QString folder = dir.filePath(QStringLiteral("a-folder.rnnlab"));
    QVERIFY(QDir().mkdir(folder));
    error = window.sessionActions()->saveTo(folder);
    QVERIFY2(!error.isEmpty(), "saving over a folder must fail");
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(readAll(path), saved);
    // Full disks and read-only file systems: tests/save-failures.sh (ctest -R save_failures).
}

void TestSessionActions::dropOpensASession()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.rnnlab"));
    {
        MainWindow source(false);
        source.startSession(lstmSession());
        train(source, 3);
        QCOMPARE(source.sessionActions()->saveTo(path), QString());
    }
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QCOMPARE(SessionActions::droppedSession(&mime), path);
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(SessionActions::droppedSession(&text).isEmpty());
    // Straight to the window's event(): QApplication::notify passes drops only from a real drag
    // (QDragManager), which offscreen tests cannot start.
    QObject &receiver = window;
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    receiver.event(&enter);
    QVERIFY2(enter.isAccepted(), "the window must take a session file being dragged over it");
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    receiver.event(&refused);
    QVERIFY(!refused.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    receiver.event(&drop);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionName(), QStringLiteral("dropped"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->stepsTaken(), std::int64_t(3), 10000);
    QVERIFY(window.controller()->session().model.cell == CellKind::Lstm);
}

void TestSessionActions::autosaveComesBackAfterACrash()
{
    QTemporaryDir dir;
    std::string trained;
    // A "crashed" rnnlab: its autosave is left behind without a held lock (a stale lock, as a real
    // crash leaves it, is tst_autosavefiles').
    const QString orphan = dir.filePath(QStringLiteral("autosave-999999999.rnnlab"));
    {
        MainWindow crashed(false);
        crashed.sessionActions()->setAutosavePath(orphan);
        crashed.startSession(lstmSession());
        QCOMPARE(crashed.sessionActions()->writeAutosave(), QString()); // nothing to save yet: no file
        QVERIFY(!QFileInfo::exists(orphan));
        train(crashed, 5);
        QCOMPARE(crashed.sessionActions()->writeAutosave(), QString());
        QVERIFY(QFileInfo::exists(orphan));
        trained = numbers(crashed);
    }
    MainWindow next(false);
    next.sessionActions()->setAutosavePath(
        dir.filePath(QStringLiteral("autosave-%1.rnnlab").arg(QCoreApplication::applicationPid())));
    next.startSession(lectureExample());
    QVERIFY(next.sessionActions()->restoreAutosave());
    QTRY_COMPARE_WITH_TIMEOUT(next.controller()->stepsTaken(), std::int64_t(5), 10000);
    QCOMPARE(numbers(next), trained);
    QVERIFY(next.sessionActions()->currentPath().isEmpty()); // Save asks where: not into the autosave
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(QFileInfo::exists(next.sessionActions()->autosavePath())); // still safe until saved
    // Nothing left to restore a second time.
    MainWindow third(false);
    third.sessionActions()->setAutosavePath(dir.filePath(QStringLiteral("autosave-1.rnnlab")));
    QVERIFY(!third.sessionActions()->restoreAutosave());
}

void TestSessionActions::fileMenu()
{
    // What a user finds under File, with the usual shortcuts.
    MainWindow window(false);
    QMenu *file = nullptr;
    for (QAction *action : window.menuBar()->actions())
        if (action->text() == QStringLiteral("&File"))
            file = action->menu();
    QVERIFY(file);
    QStringList texts;
    QMap<QString, QKeySequence> shortcuts;
    for (QAction *action : file->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        texts << QString(action->text()).remove(u'&');
        shortcuts[texts.last()] = action->shortcut();
    }
    QCOMPARE(texts,
             (QStringList{QStringLiteral("New session"), QStringLiteral("Open session…"), QStringLiteral("Open recent"),
                          QStringLiteral("Save session"), QStringLiteral("Save session as…"),
                          QStringLiteral("Import PyTorch state…"), QStringLiteral("Import series from CSV…"),
                          QStringLiteral("Export figure"), QStringLiteral("Quit")}));
    QCOMPARE(shortcuts[QStringLiteral("New session")], QKeySequence(QKeySequence::New));
    QCOMPARE(shortcuts[QStringLiteral("Open session…")], QKeySequence(QKeySequence::Open));
    QCOMPARE(shortcuts[QStringLiteral("Save session")], QKeySequence(QKeySequence::Save));
    // Not QKeySequence::SaveAs: empty on plain X11 and KDE.
    QCOMPARE(shortcuts[QStringLiteral("Save session as…")], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void TestSessionActions::viewComesBack()
{
    // Reopened tomorrow, the window looks as it was left: folded, the second text, the matrices'
    // gradients, the walk by hand layer by layer at t = 1, layer 2, the sum.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.rnnlab"));
    MainWindow original(false);
    original.startSession(lstmSession());
    original.show();
    train(original, 2);
    original.graphView()->setFolded(true, false);
    original.matrixPanel()->setMode(MatrixPanel::Mode::Gradients);
    original.stepByHand()->setWalkOrder(WalkOrder::LayerMajor);
    original.stepByHand()->setCursor(StepCursor{1, 1, Phase::Sum});
    original.showTab(QStringLiteral("loss"));
    const ViewState saved = original.viewState();
    QVERIFY(saved.folded && saved.layerMajor && saved.matrices == u"gradients" && saved.cursor && saved.tab == u"loss");
    QCOMPARE(original.sessionActions()->saveTo(path), QString());

    MainWindow reopened(false);
    reopened.show();
    QVERIFY(reopened.openFile(path, false));
    QTRY_COMPARE_WITH_TIMEOUT(reopened.controller()->stepsTaken(), std::int64_t(2), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(reopened.stepByHand()->cursor().has_value(), 5000);
    QVERIFY(reopened.viewState() == saved);
    QVERIFY(reopened.graphView()->isFolded());
    QCOMPARE(*reopened.stepByHand()->cursor(), (StepCursor{1, 1, Phase::Sum}));
}

void TestSessionActions::walkOfATimeSeriesComesBack()
{
    // A time series' walk by hand (issue 15) is saved and placed again like a character model's:
    // at t = 5, its squared error.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.rnnlab"));
    MainWindow original(false);
    QVERIFY(original.openFile(test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")), false));
    original.show();
    train(original, 2);
    original.stepByHand()->setCursor(StepCursor{4, 0, Phase::Loss});
    const ViewState saved = original.viewState();
    QVERIFY(saved.cursor && saved.cursor->phase == u"loss");
    QCOMPARE(original.sessionActions()->saveTo(path), QString());

    MainWindow reopened(false);
    reopened.show();
    QVERIFY(reopened.openFile(path, false));
    QTRY_COMPARE_WITH_TIMEOUT(reopened.controller()->stepsTaken(), std::int64_t(2), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(reopened.stepByHand()->cursor().has_value(), 5000);
    QCOMPARE(*reopened.stepByHand()->cursor(), (StepCursor{4, 0, Phase::Loss}));
}

void TestSessionActions::importsAPytorchState()
{
    // File > Import (and Open, and a drop) take a state from save_state_dict_json(): its weights
    // are the model shown; one without its texts is refused with the reason, changing nothing.
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    writeAll(state, R"({"format": "rnnlab-pytorch-state", "version": 1, "cell": "rnn_tanh", "vocabulary": "ab",
        "texts": ["abab"], "state_dict": {"rnn.weight_ih_l0": [[0.5, -0.5], [0.25, 0]],
        "rnn.weight_hh_l0": [[0.1, 0.2], [0.3, 0.4]], "rnn.bias_ih_l0": [0, 0], "rnn.bias_hh_l0": [0.5, 0]}})");
    MainWindow window(false);
    window.startSession(lectureExample());
    QVERIFY(window.openFile(state, false));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->setup
                                 && window.controller()->snapshot()->setup->session.data.texts.front() == U"abab",
                             10000);
    const Session shown = window.sessionActions()->currentSession();
    QCOMPARE(shown.model.hiddenSize, 2);
    QCOMPARE(shown.weights->at(1).name, std::string("rnn.weight_hh_l0"));
    QCOMPARE(shown.weights->at(1).values, (std::vector<double>{0.1f, 0.2f, 0.3f, 0.4f}));
    QVERIFY(window.sessionActions()->currentPath().isEmpty()); // not an rnnlab file: Save asks where

    const QString textless = dir.filePath(QStringLiteral("textless.json"));
    writeAll(textless, R"({"format": "rnnlab-pytorch-state", "version": 1, "cell": "rnn_tanh", "vocabulary": "ab",
        "state_dict": {"rnn.weight_ih_l0": [[0.5, -0.5], [0.25, 0]], "rnn.weight_hh_l0": [[0.1, 0.2], [0.3, 0.4]],
        "rnn.bias_ih_l0": [0, 0], "rnn.bias_hh_l0": [0.5, 0]}})");
    QVERIFY(!window.openFile(textless, false));
    QVERIFY2(window.sessionActions()->lastMessage().contains(QStringLiteral("texts")),
             qPrintable(window.sessionActions()->lastMessage()));
    QCOMPARE(window.controller()->session().data.texts.front(), std::u32string(U"abab"));
}

QTEST_MAIN(TestSessionActions)
#include "tst_sessionactions.moc"
