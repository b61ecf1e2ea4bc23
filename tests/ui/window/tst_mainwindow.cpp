// SPDX-License-Identifier: MIT
// The window as a user meets it (offscreen): fonts really render; rnnlab --screenshot produces real
// pictures of the folded and unfolded graph, untrained and trained; the hidden-state cells are red
// where h > 0 and blue where h < 0; the predictions log shows PyTorch's strings per step; invalid
// settings are refused in place with the engine's message; Space plays and pauses; closing the
// window mid-training ends the worker thread; walking back, the gradient chart's read-out gives the
// norm of the dL/dh_t column the graph prints (and names the last step's loss when it plots that).
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/encoderdecoder.h"
#include "engine/translator.h"
#include "ui/common/errornumber.h"
#include "ui/common/layoutrecorder.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/graph/translationgraph.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/matrices/parameterlabelling.h"
#include "ui/panels/generationpanel.h"
#include "ui/panels/predictionslog.h"
#include "ui/panels/predictionsmodel.h"
#include "ui/plots/gradientnormplot.h"
#include "ui/plots/lossplot.h"
#include "ui/plots/signalplot.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/teaching/timestepwalker.h"
#include "ui/window/graphbar.h"
#include "ui/window/mainwindow.h"
#include "ui/window/modelpanel.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRawFont>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace rnnlab;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fontsRender();
    void screenshots_data();
    void screenshots();
    void badArguments();
    void compareFromTheCommandLine_data();
    void compareFromTheCommandLine();
    void hiddenStatesAreRedAndBlue();
    void predictionsLogMatchesPyTorch();
    void invalidSettingsRefusedInPlace();
    void classifierInTheWindow();
    void forecastInTheWindow();
    void signalTabGetsRoom_data();
    void signalTabGetsRoom();
    void graphAndSignalShowOneSeries();
    void askedTabStaysForASeries();
    void translationInTheWindow();
    void labelledLinesMakeAClassifier();
    void spacePlaysAndPauses();
    void foldAndUnfold();
    void editWhileRewindingIsExplained();
    void closingMidTrainingStopsTheThread();
    void everyPhaseHighlightsWhereTheLayoutSays_data();
    void everyPhaseHighlightsWhereTheLayoutSays();
    void gradientChartReadsOutTheGraphsColumn_data();
    void gradientChartReadsOutTheGraphsColumn();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
}

void TestMainWindow::fontsRender()
{
    QVERIFY2(!QFontDatabase::families().isEmpty(), "no fonts installed: every glyph would be an empty box");
    const QRawFont raw = QRawFont::fromFont(QApplication::font());
    QVERIFY2(raw.isValid() && raw.supportsCharacter(u'W') && raw.supportsCharacter(u'₀'),
             qPrintable(QStringLiteral("the UI font %1 lacks basic glyphs").arg(QApplication::font().family())));
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unfolded untrained") << QStringList{};
    QTest::newRow("unfolded trained") << QStringList{QStringLiteral("--train"), QStringLiteral("10")};
    QTest::newRow("folded untrained") << QStringList{QStringLiteral("--view"), QStringLiteral("folded")};
    QTest::newRow("2-layer session file") << QStringList{
        QStringLiteral("--session"), rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json")),
        QStringLiteral("--train"), QStringLiteral("5")};
    QTest::newRow("presentation dark 1024x768 lesson")
        << QStringList{QStringLiteral("--presentation"), QStringLiteral("--theme"), QStringLiteral("dark"),
                       QStringLiteral("--lesson-step"),  QStringLiteral("6"),       QStringLiteral("--size"),
                       QStringLiteral("1024x768")};
    QTest::newRow("2-layer 1024x768") << QStringList{
        QStringLiteral("--session"), rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json")),
        QStringLiteral("--train"),   QStringLiteral("5"),
        QStringLiteral("--size"),    QStringLiteral("1024x768")};
    QTest::newRow("presentation 1280x720 lesson")
        << QStringList{QStringLiteral("--presentation"), QStringLiteral("--lesson-step"), QStringLiteral("9"),
                       QStringLiteral("--size"), QStringLiteral("1280x720")};
    // A time series (issue 15): opened, trained, drawn (it was refused before the window could).
    QTest::newRow("forecast trained") << QStringList{
        QStringLiteral("--session"), rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")),
        QStringLiteral("--train"), QStringLiteral("30")};
    QTest::newRow("forecast presentation 1024x768")
        << QStringList{QStringLiteral("--session"),
                       rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")),
                       QStringLiteral("--train"),
                       QStringLiteral("5"),
                       QStringLiteral("--presentation"),
                       QStringLiteral("--size"),
                       QStringLiteral("1024x768")};
    QTest::newRow("folded trained 1920x1080")
        << QStringList{QStringLiteral("--view"), QStringLiteral("folded"), QStringLiteral("--train"),
                       QStringLiteral("10"),     QStringLiteral("--size"), QStringLiteral("1920x1080")};
}

void TestMainWindow::screenshots()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(QStringLiteral(RNNLAB_GUI), QStringList{QStringLiteral("--screenshot"), png} + arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    if (arguments.join(u' ').contains(QStringLiteral("rnn_tanh_fc_h8_l2"))) // the file's model, not the default one
        QVERIFY2(out.contains("rnn_tanh_fc_h8_l2.config, step 5"), "the session file was trained");
    if (arguments.join(u' ').contains(QStringLiteral("sine-spike")))
        QVERIFY2(out.contains("sine-spike, step"), out.constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    const QSize expected = arguments.contains(QStringLiteral("1920x1080")) ? QSize(1920, 1080)
        : arguments.contains(QStringLiteral("1024x768"))                   ? QSize(1024, 768)
        : arguments.contains(QStringLiteral("1280x720"))                   ? QSize(1280, 720)
                                                                           : QSize(1280, 800);
    QCOMPARE(image.size(), expected);
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 200, qPrintable(QStringLiteral("only %1 colours: a blank picture?").arg(colours.size())));
}

void TestMainWindow::badArguments()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--session"), QStringLiteral("/nonexistent.json")},
                                         QStringList{QStringLiteral("--view"), QStringLiteral("sideways")},
                                         QStringList{QStringLiteral("--size"), QStringLiteral("huge")},
                                         QStringList{QStringLiteral("--text"), QStringLiteral("h")},
                                         QStringList{QStringLiteral("--theme"), QStringLiteral("sepia")},
                                         QStringList{QStringLiteral("--lesson-step"), QStringLiteral("99")},
                                         QStringList{QStringLiteral("--lesson-step"), QStringLiteral("0")}}) {
        QProcess process;
        process.start(QStringLiteral(RNNLAB_GUI),
                      QStringList{QStringLiteral("--screenshot"), QStringLiteral("/tmp/unused.png")} + arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
}

void TestMainWindow::compareFromTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // in stdout (exit 0) or stderr

    const QStringList shot{QStringLiteral("--screenshot"), QStringLiteral("OUT")};
    QTest::newRow("preset, 5 steps") << shot
            + QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), QStringLiteral("--train"),
                          QStringLiteral("5")}
                                     << 0 << "1280x800, compare 1 layer vs 2 layers on hello, step 5/5";
    QTest::newRow("files, free-running") << shot
            + QStringList{QStringLiteral("--session"),      QStringLiteral("DIR/hello.json"),
                          QStringLiteral("--compare"),      QStringLiteral("DIR/hello-2.json"),
                          QStringLiteral("--train"),        QStringLiteral("3"),
                          QStringLiteral("--free-running"), QStringLiteral("--size"),
                          QStringLiteral("1920x1080")}
                                         << 0 << "1920x1080, compare hello vs hello-2, step 3/3";
    QTest::newRow("texts differ")
        << shot
            + QStringList{QStringLiteral("--session"), QStringLiteral("DIR/hello.json"), QStringLiteral("--compare"),
                          QStringLiteral("DIR/hallo.json")}
        << 2 << "data.texts differs between the compared sessions (hello \"hello\", hallo \"hallo\")";
    QTest::newRow("four models") << shot + QStringList{QStringLiteral("--compare"), QStringLiteral("DIR/hello-2.json"),
                                                       QStringLiteral("--compare"), QStringLiteral("DIR/hello-2.json"),
                                                       QStringLiteral("--compare"), QStringLiteral("DIR/hello-2.json")}
                                 << 2 << "compare mode shows 2 or 3 models";
    QTest::newRow("no such preset") << shot + QStringList{QStringLiteral("--compare-preset"), QStringLiteral("deep")}
                                    << 2 << "\"deep\" is not a preset: use layers";
    QTest::newRow("preset and a session") << shot
            + QStringList{QStringLiteral("--compare-preset"), QStringLiteral("layers"), QStringLiteral("--text"),
                          QStringLiteral("hello")}
                                          << 2 << "--compare-preset brings its own models";
    QTest::newRow("free-running alone") << shot + QStringList{QStringLiteral("--free-running")} << 2
                                        << "--free-running is for compare mode";
    QTest::newRow("main-window tab") << shot
            + QStringList{QStringLiteral("--compare-preset"), QStringLiteral("cells"), QStringLiteral("--tab"),
                          QStringLiteral("loss")}
                                     << 2 << "--tab shows a part of the main window: it does not apply to compare mode";
}

void TestMainWindow::compareFromTheCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QString &text, int layers) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"format": "rnnlab-session", "version": 1,
            "model": {"cell": "rnn_tanh", "hidden_size": 4, "num_layers": %1, "output_layer": false},
            "data": {"texts": ["%2"]},
            "training": {"optimizer": "adam", "learning_rate": 0.1, "seed": 0, "steps": 10}})")
                       .arg(layers)
                       .arg(text)
                       .toUtf8());
    };
    write(QStringLiteral("hello.json"), QStringLiteral("hello"), 1);
    write(QStringLiteral("hello-2.json"), QStringLiteral("hello"), 2);
    write(QStringLiteral("hallo.json"), QStringLiteral("hallo"), 1);
    const QString output = dir.filePath(QStringLiteral("compare.png"));
    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("DIR"), dir.path());
        if (argument == u"OUT")
            argument = output;
    }
    QProcess process;
    process.start(QStringLiteral(RNNLAB_GUI), arguments);
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == exitCode, qPrintable(out + err));
    QVERIFY2((exitCode == 0 ? out : err).contains(says), qPrintable(out + err));
    if (exitCode == 0) {
        const QImage image(output);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1280 && image.height() >= 800);
    } else {
        QVERIFY(!QFile::exists(output)); // bad input: nothing was done
    }
}

void TestMainWindow::hiddenStatesAreRedAndBlue()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    window.controller()->step(10);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() == 10, 10000);
    QTest::qWait(50);
    GraphView *graph = window.graphView();
    const SnapshotPtr s = window.controller()->snapshot();
    const QImage image = graph->viewport()->grab().toImage();
    const double caption = graph->captionHeight(); // a long caption wraps onto a second line
    int positive = 0;
    int negative = 0;
    for (const GraphNode &node : graph->currentLayout().nodes()) {
        if (node.kind != NodeKind::Hidden)
            continue;
        for (int i = 0; i < node.cells; ++i) {
            const double h = s->trace.sequences[0].layers[0].hidden(i, node.t);
            const QRectF cell = GraphLayout::cellRect(node, i);
            // A corner of the cell: the printed value sits in its middle.
            const QColor c = image.pixelColor(QPoint(int(cell.left() + 3), int(cell.top() + caption + 3)));
            if (h > 0.5) {
                QVERIFY2(c.red() > c.blue() + 60, qPrintable(QStringLiteral("h = %1 drawn %2").arg(h).arg(c.name())));
                ++positive;
            } else if (h < -0.5) {
                QVERIFY2(c.blue() > c.red() + 60, qPrintable(QStringLiteral("h = %1 drawn %2").arg(h).arg(c.name())));
                ++negative;
            }
        }
    }
    QVERIFY(positive > 0 && negative > 0);
}

void TestMainWindow::predictionsLogMatchesPyTorch()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    window.showTab(QStringLiteral("predictions"));
    window.controller()->step(10);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() == 10, 10000);
    QTest::qWait(50);
    QTableView *log = nullptr;
    for (QTableView *view : window.findChildren<QTableView *>())
        log = view->model() && view->model()->rowCount() == 10 ? view : log;
    QVERIFY2(log, "the predictions log shows one row per step");
    const QJsonObject golden =
        test::readJsonObject(rnnlab::test::dataFile(QStringLiteral("parity/seed_hello.golden.json")));
    const QJsonArray steps = golden.value(QStringLiteral("steps")).toArray();
    QAbstractItemModel *model = log->model();
    const int column = model->columnCount() - 1; // the (only) text's predictions
    for (int row = 0; row < 10; ++row) {
        QCOMPARE(model->data(model->index(row, column)).toString(),
                 steps.at(row).toObject().value(QStringLiteral("predictions")).toArray().at(0).toString());
    }
}

void TestMainWindow::classifierInTheWindow()
{
    // Many-to-one in the window: the log names classes as PyTorch predicts them, the graph has one
    // output (after the last time step), and generation says why it cannot run.
    const QString name = QStringLiteral("parity/classify_sentiment_gru");
    SessionParseResult parsed = SessionFile::read(rnnlab::test::dataFile(name + QStringLiteral(".config.json")));
    QVERIFY(parsed.session);
    MainWindow window(false);
    window.startSession(*parsed.session);
    window.resize(1280, 800);
    window.show();
    window.showTab(QStringLiteral("predictions"));
    window.controller()->step(5);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() == 5, 10000);
    QTest::qWait(50);
    QTableView *log = nullptr;
    for (QTableView *view : window.findChildren<QTableView *>())
        log = view->model() && view->model()->rowCount() == 5 ? view : log;
    QVERIFY(log);
    const QJsonArray steps = test::readJsonObject(rnnlab::test::dataFile(name + QStringLiteral(".golden.json")))
                                 .value(QStringLiteral("steps"))
                                 .toArray();
    QAbstractItemModel *model = log->model();
    const int texts = int(parsed.session->data.texts.size());
    QCOMPARE(model->columnCount(), 2 + texts);
    for (int row = 0; row < 5; ++row) {
        const QJsonArray expected = steps.at(row).toObject().value(QStringLiteral("predictions")).toArray();
        for (int text = 0; text < texts; ++text)
            QCOMPARE(model->data(model->index(row, 2 + text)).toString(), expected.at(text).toString());
    }

    GraphView *graph = window.graphView();
    QVERIFY(graph->taskShape() == TaskShape::ManyToOne);
    const int T = graph->currentLayout().nodes().back().t + 1;
    int outputs = 0;
    for (const GraphNode &node : graph->currentLayout().nodes()) {
        if (node.kind == NodeKind::Output) {
            QCOMPARE(node.cells, 2); // one row per class, not per character
            if (graph->inShape(node)) {
                ++outputs;
                QCOMPARE(node.t, T - 1);
            }
        }
    }
    QCOMPARE(outputs, 1);

    auto *generation = window.findChild<GenerationPanel *>();
    QVERIFY(generation);
    for (QPushButton *b : generation->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Generate"))
            QVERIFY(!b->isEnabled());
    }
    QVERIFY(generation->problemText().contains(QStringLiteral("classifier")));
}

void TestMainWindow::translationInTheWindow()
{
    // A translation (issue 16: an encoder–decoder) opens and trains in the window: the worker's
    // numbers are the engine's Translator's (loss, weights, the trace); Predictions per step lists
    // each pair's greedy translation at every step; the matrices show the three weight sets under
    // their PyTorch names and take an edit; the views that cannot draw it yet say so.
    const QString path = rnnlab::test::sourceFile(QStringLiteral("resources/examples/reverse-words.json"));
    const Session session = rnnlab::test::readSession(path);
    MainWindow window(false);
    QVERIFY(window.openFile(path, false));
    window.resize(1280, 800);
    window.show();
    constexpr int steps = 3;
    window.controller()->step(steps);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->stepsTaken == steps,
                             10000);
    const SnapshotPtr snapshot = window.controller()->snapshot();

    // The engine's own run of the same session, step by step: each step's greedy translations
    // come from the weights before its update.
    Translator translator(session);
    std::vector<std::vector<std::u32string>> expected;
    std::vector<float> losses;
    for (int k = 0; k < steps; ++k) {
        std::vector<std::u32string> texts;
        for (const auto &tokens : translator.translations())
            texts.push_back(EncoderDecoder::text(translator.task(), tokens));
        expected.push_back(texts);
        const StepOutcome outcome = translator.step();
        QVERIFY(outcome.accepted);
        losses.push_back(outcome.loss);
    }
    translator.evaluate(true);
    QCOMPARE(snapshot->weights.flat(), translator.parameters().flat());
    QCOMPARE(snapshot->trace.loss, translator.trace().loss);
    QCOMPARE(snapshot->trace.sequences.size(), session.data.pairs.size());
    for (std::size_t p = 0; p < snapshot->trace.sequences.size(); ++p) {
        QCOMPARE(snapshot->trace.sequences[p].logits, translator.trace().sequences[p].logits);
        for (std::size_t l = 0; l < snapshot->trace.sequences[p].layers.size(); ++l)
            QCOMPARE(snapshot->trace.sequences[p].layers[l].hidden, translator.trace().sequences[p].layers[l].hidden);
    }
    QCOMPARE(snapshot->trace.gradients.flat(), translator.trace().gradients.flat());
    QCOMPARE(snapshot->history.size(), std::int64_t(steps));
    for (int k = 0; k < steps; ++k)
        QCOMPARE(snapshot->history.at(k).loss, losses[std::size_t(k)]);

    // Predictions per step: a column per pair (its source), each step's greedy translations.
    auto *tabs = window.findChild<QTabWidget *>();
    auto *log = window.findChild<PredictionsLog *>();
    QVERIFY(tabs && log);
    // The walk by hand shows a translation too (issue 16 §1): the window stays on it, no notice there.
    QCOMPARE(tabs->currentWidget(), window.findChild<StepByHandPanel *>());
    PredictionsModel *model = log->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), steps, 5000);
    QCOMPARE(model->columnCount(), PredictionsModel::FirstTextColumn + int(session.data.pairs.size()));
    QVERIFY(model->headerData(PredictionsModel::FirstTextColumn, Qt::Horizontal).toString().contains(u"hello"));
    for (int k = 0; k < steps; ++k) {
        for (std::size_t p = 0; p < session.data.pairs.size(); ++p) {
            const QModelIndex cell = model->index(k, PredictionsModel::FirstTextColumn + int(p));
            QCOMPARE(cell.data().toString(), QString::fromStdU32String(expected[std::size_t(k)][p]));
            QCOMPARE(cell.data(PredictionsModel::TargetRole).toString(),
                     QString::fromStdU32String(session.data.pairs[p].second));
        }
    }

    // The matrices: encoder, decoder, fc under their PyTorch names, in that order.
    auto *matrices = window.findChild<MatrixPanel *>();
    QVERIFY(matrices);
    QStringList names;
    for (HeatmapWidget *heatmap : matrices->heatmaps())
        names << heatmap->pytorchName();
    QCOMPARE(names,
             (QStringList{QStringLiteral("encoder.weight_ih_l0"), QStringLiteral("encoder.bias_ih_l0"),
                          QStringLiteral("encoder.weight_hh_l0"), QStringLiteral("encoder.bias_hh_l0"),
                          QStringLiteral("decoder.weight_ih_l0"), QStringLiteral("decoder.bias_ih_l0"),
                          QStringLiteral("decoder.weight_hh_l0"), QStringLiteral("decoder.bias_hh_l0"),
                          QStringLiteral("fc.weight"), QStringLiteral("fc.bias")}));
    // The encoder's W_ih reads the source characters; the decoder's the target tokens, <sos> first,
    // and fc's rows are the target tokens.
    const std::vector<ParameterLabelling> labels = ParameterLabelling::of(*snapshot->setup);
    QCOMPARE(labels.size(), std::size_t(10));
    QCOMPARE(labels[0].columns.size(), translator.task().sourceVocabulary().size());
    QCOMPARE(labels[0].columns.value(0), QStringLiteral("h"));
    QCOMPARE(labels[4].columns.size(), translator.task().outputSize());
    QCOMPARE(labels[4].columns.value(0), QStringLiteral("<sos>"));
    QCOMPARE(labels[4].columns.value(1), QStringLiteral("<eos>"));
    QCOMPARE(labels[8].rows, labels[4].columns);
    HeatmapWidget *decoderInput = matrices->heatmaps()[4];
    // An edit of the decoder's first weight reaches the worker.
    const int tensor = snapshot->weights.layout().stack(1).weightIh(0);
    emit decoderInput->cellEdited(0, 0, 0.5f);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot()->weights.matrix(tensor)(0, 0) == 0.5f, 10000);
    QCOMPARE(window.controller()->snapshot()->edits.size(), std::size_t(1));

    // The views that cannot draw a translation yet: a notice over each, in words.
    QStringList notices;
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("taskNotice"))) {
        if (label->isHidden() || qobject_cast<GraphView *>(label->parentWidget()))
            continue; // not shown; or over the graph, hidden: a translation's own graph stands in its place
        QVERIFY(label->text().contains(QStringLiteral("translation"))
                || label->text().contains(QStringLiteral("Generate")));
        notices << QString::fromLatin1(label->parentWidget()->metaObject()->className());
    }
    notices.sort();
    // (The walk by hand walks a translation: no notice over it.)
    QCOMPARE(notices, (QStringList{QStringLiteral("rnnlab::GenerationPanel"), QStringLiteral("rnnlab::MemoryView")}));

    // The graph: a translation's own, in the graph's place, of the pair the bar chose.
    auto *graph = window.findChild<TranslationGraph *>();
    QVERIFY(graph && graph->isVisibleTo(&window));
    QVERIFY(!window.findChild<GraphView *>()->isVisibleTo(&window));
    const SnapshotPtr shown = graph->snapshot();
    QVERIFY(shown);
    const TranslationLayout &layout = graph->graphLayout();
    const int L = session.model.numLayers;
    const int n = int(session.data.pairs[0].first.size());
    const int D = int(session.data.pairs[0].second.size()) + 1;
    QCOMPARE(layout.count(TranslationNodeKind::Hidden, false), n * L);
    QCOMPARE(layout.count(TranslationNodeKind::Hidden, true), D * L);
    QCOMPARE(layout.count(TranslationNodeKind::Context, false), L);
    QCOMPARE(layout.count(TranslationNodeKind::Output, true), D);
    // Its numbers are the trace's: the context is the encoder's last h, which the decoder starts from.
    const auto &sequence = shown->trace.sequences[0];
    const TranslationNode *context = layout.find(TranslationNodeKind::Context, false, 0, 0);
    QVERIFY(context);
    for (int i = 0; i < session.model.hiddenSize; ++i) {
        QCOMPARE(*TranslationGraph::valueOf(*shown, 0, *context, i), sequence.layers[0].hidden(i, n - 1));
        QCOMPARE(*TranslationGraph::valueOf(*shown, 0, *context, i), sequence.layers[std::size_t(L)].initialHidden(i));
    }
    const TranslationNode *decoderH = layout.find(TranslationNodeKind::Hidden, true, 2, 0);
    QCOMPARE(*TranslationGraph::valueOf(*shown, 0, *decoderH, 1), sequence.layers[std::size_t(L)].hidden(1, 2));
    const TranslationNode *output = layout.find(TranslationNodeKind::Output, true, 0);
    QCOMPARE(*TranslationGraph::valueOf(*shown, 0, *output, 3), sequence.probabilities(3, 0));
    QCOMPARE(TranslationGraph::textOf(*shown, 0, *layout.find(TranslationNodeKind::Token, true, 0)),
             QStringLiteral("<sos>"));
    QCOMPARE(TranslationGraph::textOf(*shown, 0, *layout.find(TranslationNodeKind::Token, false, 0)),
             QStringLiteral("h"));
    // The context sits between the encoder's columns and the decoder's.
    QVERIFY(layout.encoderBox.right() < layout.contextBox.left());
    QVERIFY(layout.contextBox.right() < layout.decoderBox.left());
    // The bar's second pair.
    graph->setPairIndex(1);
    QCOMPARE(TranslationGraph::textOf(*shown, 1, *graph->graphLayout().find(TranslationNodeKind::Token, false, 0)),
             QStringLiteral("w"));

    // The Translate view (the bar's Decoder switch): the decoder fed its own previous output, its
    // tokens and numbers the engine's greedy translation of the same weights, ✓/✗ against the target.
    auto *decoderMode = window.findChild<QComboBox *>(QStringLiteral("decoderMode"));
    QVERIFY(decoderMode && decoderMode->isVisibleTo(&window));
    graph->setPairIndex(0);
    decoderMode->setCurrentIndex(1);
    QVERIFY(graph->isGreedy());
    const SnapshotPtr now = graph->snapshot();
    QVERIFY(now->greedy && now->greedy->size() == session.data.pairs.size());
    // (The weights the window shows carry the decoder's edit above: the engine translates with them.)
    const auto sources = translator.task().sourceIndices();
    const std::vector<int> tokens = EncoderDecoder::translate(now->weights, translator.task(), sources[0]);
    const GreedyPass &pass = (*now->greedy)[0];
    QCOMPARE(pass.tokens, tokens);
    const TranslationLayout &greedyLayout = graph->graphLayout();
    const int greedySteps = int(tokens.size());
    QCOMPARE(greedyLayout.count(TranslationNodeKind::Hidden, true), greedySteps * L);
    QCOMPARE(greedyLayout.count(TranslationNodeKind::Prediction, true), greedySteps);
    QString drawn;
    for (int t = 0; t < greedySteps; ++t) {
        const QStringList lines =
            TranslationGraph::textOf(*now, 0, *greedyLayout.find(TranslationNodeKind::Prediction, true, t), true)
                .split(u'\n');
        QVERIFY(lines.size() == 2 || lines.size() == 3); // the argmax, ✓ — or ✗, then the target
        drawn += lines[0] + u' ';
        const int target =
            t < int(now->trace.sequences[0].targets.size()) ? now->trace.sequences[0].targets[std::size_t(t)] : -1;
        QCOMPARE(lines[1].startsWith(u'✓'), tokens[std::size_t(t)] == target);
        QCOMPARE(lines[1].startsWith(u'✗'), tokens[std::size_t(t)] != target);
        QCOMPARE(lines.size() == 3, tokens[std::size_t(t)] != target && target >= 0);
        // Its input is the previous step's output (<sos> first).
        QCOMPARE(TranslationGraph::textOf(*now, 0, *greedyLayout.find(TranslationNodeKind::Token, true, t), true),
                 t == 0 ? QStringLiteral("<sos>")
                        : QString::fromStdString(translator.task().tokenName(tokens[std::size_t(t - 1)])));
        const TranslationNode *h = greedyLayout.find(TranslationNodeKind::Hidden, true, t, 0);
        QCOMPARE(*TranslationGraph::valueOf(*now, 0, *h, 0, true), pass.hidden[0](0, t));
    }
    QString expectedTokens;
    for (int token : tokens)
        expectedTokens += QString::fromStdString(translator.task().tokenName(token)) + u' ';
    QCOMPARE(drawn, expectedTokens);
    int feedback = 0, teacher = 0;
    for (const TranslationEdge &edge : greedyLayout.edges) {
        feedback += edge.kind == TranslationEdgeKind::Feedback;
        teacher += edge.kind == TranslationEdgeKind::TeacherForcing;
    }
    QCOMPARE(feedback, greedySteps - 1);
    QCOMPARE(teacher, 0);
    // Hovering a cell gives its value in full, numbers drawn or not (H = 24: colours only at 1280).
    const TranslationNode *hovered = greedyLayout.find(TranslationNodeKind::Hidden, true, 0, 0);
    const QString tip = graph->toolTipAt(hovered->cellRect(3).center());
    QVERIFY2(tip.contains(QString::number(pass.hidden[0](3, 0), 'g', 9)), qPrintable(tip));
    const QString predictionTip =
        graph->toolTipAt(greedyLayout.find(TranslationNodeKind::Prediction, true, 0)->rect.center());
    QVERIFY2(predictionTip.contains(u"greedy"), qPrintable(predictionTip));
    decoderMode->setCurrentIndex(0);
    QVERIFY(!graph->isGreedy());
    QCOMPARE(graph->graphLayout().count(TranslationNodeKind::Hidden, true), D * L);

    // Every tab shown once: nothing crashes.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }

    // Back to characters: the notices go.
    window.startSession(lectureExample(), QStringLiteral("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot()
                                 && window.controller()->snapshot()->setup->task->kind() != TaskKind::Translate,
                             10000);
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("taskNotice")))
        QVERIFY(!label->isVisibleTo(&window));
}

void TestMainWindow::signalTabGetsRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("valueWanted");
    // A teacher's review: at 1280×800 the value plot was a 70 px strip under a four-row legend and
    // a summary cut mid-sentence, the graph's pane keeping its 240 px above.
    QTest::newRow("1280x800") << QSize(1280, 800) << 140;
    QTest::newRow("1024x768") << QSize(1024, 768) << 120;
}

void TestMainWindow::signalTabGetsRoom()
{
    QFETCH(QSize, size);
    QFETCH(int, valueWanted);
    MainWindow window(false);
    QVERIFY(window.openFile(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")), false));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.controller()->step(20);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->stepsTaken == 20
                                 && window.controller()->snapshot()->forecast,
                             10000);
    auto *tabs = window.findChild<QTabWidget *>();
    auto *signal = window.findChild<SignalPlot *>();
    auto *graph = window.findChild<GraphView *>();
    QVERIFY(tabs && signal && graph);
    QCOMPARE(tabs->currentWidget(), signal);
    // Every sentence of the summary on screen, the value plot readable beside it (as laid out at
    // the plot's last replot, which a resize queues).
    const auto fits = [&] { return !signal->summaryScrolls() && signal->plotHeights().first >= valueWanted; };
    QTRY_VERIFY2_WITH_TIMEOUT(fits(),
                              qPrintable(QStringLiteral("value plot %1 px, error plot %2 px, summary %3")
                                             .arg(signal->plotHeights().first)
                                             .arg(signal->plotHeights().second)
                                             .arg(signal->summaryScrolls() ? u"scrolls" : u"whole")),
                              5000);
    QVERIFY(signal->plotHeights().second >= SignalPlot::plotMinimum * 9 / 10);
    // The graph gives way only beside the Signal tab: with another tab it has its own minimum back.
    QVERIFY(graph->minimumHeight() < 240);
    tabs->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(graph->minimumHeight(), 240, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(graph->height() >= 240, 5000);
}

void TestMainWindow::graphAndSignalShowOneSeries()
{
    // Issue 15's review: the graph drew the training series, the Signal tab the test series, and a
    // student looked for the spike in the graph. A series picked in either is shown by both (the
    // graph's caption says which it draws: tst_graphcaption).
    MainWindow window(false);
    QVERIFY(window.openFile(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")), false));
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->forecast, 10000);
    auto *signal = window.findChild<SignalPlot *>();
    QVERIFY(signal);
    QCOMPARE(window.graphBar()->textCount(), 2); // the training series, then the test series
    // Both open on the test series, where the anomaly is (a teacher found the graph on the
    // training series beside the tab on the test series confusing) …
    QCOMPARE(window.graphBar()->textIndex(), 1);
    QCOMPARE(window.graphView()->textIndex(), 1);
    QCOMPARE(signal->seriesChoice(), 1);
    QVERIFY(window.stepByHand()->walksTestSeries());
    // … and Reset keeps them on one series, whichever was picked.
    signal->setSeriesChoice(0);
    QAction *reset = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Reset"))
            reset = action;
    QVERIFY(reset);
    reset->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->stepsTaken == 0
                                 && window.controller()->snapshot()->forecast,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(signal->seriesChoice(), window.graphBar()->textIndex(), 5000);
    signal->setSeriesChoice(0);
    QCOMPARE(window.graphBar()->textIndex(), 0);
    signal->setSeriesChoice(1);
    QCOMPARE(window.graphBar()->textIndex(), 1);
    window.graphBar()->setTextIndex(0);
    QCOMPARE(signal->seriesChoice(), 0);
    window.graphBar()->setTextIndex(1);
    QCOMPARE(signal->seriesChoice(), 1);

    // Trained, the graph marks the test series' steps the Signal tab flags (error² above its
    // threshold): the same steps, at the tab's threshold, following it when it is edited.
    window.controller()->step(100);
    QTRY_VERIFY_WITH_TIMEOUT(window.graphView()->snapshot() && window.graphView()->snapshot()->stepsTaken == 100,
                             30000);
    const auto signalFlags = [signal] {
        std::vector<int> steps; // the ringed points x_{t+1} at x = t + 2 (0-based step t)
        for (const double x : signal->anomalyX())
            steps.push_back(int(std::lround(x)) - 2);
        return steps;
    };
    const std::vector<int> flagged = window.graphView()->flags().steps;
    QVERIFY2(!flagged.empty(), "the spike's steps are above the default threshold after 100 steps");
    QCOMPARE(flagged, signalFlags());
    QCOMPARE(window.graphView()->flags().threshold, signal->threshold());
    // Hovering a flagged column says so, with its error² and the threshold as the tab prints them.
    const GraphNode *target = nullptr;
    for (const GraphNode &node : window.graphView()->currentLayout().nodes())
        if (node.kind == NodeKind::Prediction && node.t == flagged.back())
            target = &node;
    QVERIFY(target);
    const QString tip = window.graphView()->toolTipAt(target->rect.center());
    QVERIFY2(tip.contains(QStringLiteral("flagged")) && tip.contains(ErrorNumber::text(signal->threshold()))
                 && tip.contains(ErrorNumber::text(window.graphView()->flags().errorAt(flagged.back()))),
             qPrintable(tip));
    // A screen reader hears it too: the flagged prediction's accessible name says so, an unflagged one's not.
    QAccessibleInterface *graph = QAccessible::queryAccessibleInterface(window.graphView());
    QVERIFY(graph);
    const auto predictionName = [graph](int t) {
        const QString name = QStringLiteral("Prediction at t = %1").arg(t + 1);
        for (int i = 0; i < graph->childCount(); ++i)
            if (QAccessibleInterface *cell = graph->child(i); cell && cell->text(QAccessible::Name).startsWith(name))
                return cell->text(QAccessible::Name);
        return QString();
    };
    QVERIFY2(predictionName(flagged.back()).contains(QStringLiteral("flagged")),
             qPrintable(predictionName(flagged.back())));
    int unflagged = 0;
    while (std::find(flagged.begin(), flagged.end(), unflagged) != flagged.end())
        ++unflagged;
    QVERIFY2(!predictionName(unflagged).isEmpty() && !predictionName(unflagged).contains(QStringLiteral("flagged")),
             qPrintable(predictionName(unflagged)));
    // A higher threshold, typed in the tab: fewer flags, in both.
    double highest = 0.0;
    for (const double e : window.graphView()->flags().errors)
        highest = std::max(highest, e);
    signal->setThreshold(highest * 0.5);
    QCOMPARE(window.graphView()->flags().threshold, signal->threshold());
    const std::vector<int> fewer = window.graphView()->flags().steps;
    QVERIFY2(!fewer.empty() && fewer.size() < flagged.size(),
             qPrintable(QStringLiteral("%1 flags, then %2").arg(flagged.size()).arg(fewer.size())));
    QCOMPARE(fewer, signalFlags());
    // The rule again (mean + 3 sd): the first flags; a training series: none in the graph.
    signal->resetThreshold();
    QCOMPARE(window.graphView()->flags().steps, flagged);
    window.graphBar()->setTextIndex(0);
    QVERIFY(window.graphView()->flags().empty());
}

void TestMainWindow::askedTabStaysForASeries()
{
    // rnnlab --screenshot … --tab loss (or predictions) on a time series showed the Signal tab.
    for (const QString &tab : {QStringLiteral("loss"), QStringLiteral("predictions")}) {
        MainWindow window(false);
        QVERIFY(window.openFile(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")), false));
        window.showTab(tab, true);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->forecast, 10000);
        QTest::qWait(50); // the first snapshot's tab choice is made as it arrives
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY2(tabs->currentWidget() != window.findChild<SignalPlot *>(), qPrintable(tab));
    }
}

void TestMainWindow::forecastInTheWindow()
{
    // A time series opens and trains; its Signal tab comes to the front and plots the engine's
    // predictions of the step shown; the character-only tabs say so instead of drawing; the loss
    // plot's second curve is the mean absolute error, not an accuracy of 0; the forecast length
    // set in the plot reaches the worker.
    MainWindow window(false);
    QVERIFY(window.openFile(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")), false));
    window.resize(1280, 800);
    window.show();
    window.controller()->step(4);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() == 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->stepsTaken == 4
                                 && window.controller()->snapshot()->forecast,
                             10000);
    auto *tabs = window.findChild<QTabWidget *>();
    auto *signal = window.findChild<SignalPlot *>();
    QVERIFY(tabs && signal);
    QCOMPARE(tabs->currentWidget(), signal);
    QTRY_VERIFY_WITH_TIMEOUT(!signal->predictionY().isEmpty(), 5000);
    const SnapshotPtr snapshot = window.controller()->snapshot();
    signal->setSeriesChoice(0);
    QCOMPARE(signal->predictionY().front(), double(snapshot->trace.sequences.front().logits(0, 0)));

    // The character-only tabs: a notice over each, in words; the graph's and the walk's (for a
    // translation) stay hidden.
    int notices = 0;
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("taskNotice"))) {
        if (label->text().isEmpty()) {
            QVERIFY(label->isHidden());
            continue;
        }
        QVERIFY(label->isVisibleTo(&window) || !label->parentWidget()->isVisibleTo(&window));
        QVERIFY(label->text().contains(QStringLiteral("character tasks only"))
                || label->text().contains(QStringLiteral("for character tasks")));
        ++notices;
    }
    QCOMPARE(notices, 3); // predictions, generate, memory: the walk by hand works for a time series

    auto *loss = window.findChild<LossPlot *>();
    QVERIFY(loss);
    QCOMPARE(loss->lossPointCount(), 4);
    QVERIFY(loss->accuracyRange().second < 100.0); // an error axis, not 0–104 %
    QVERIFY(tabs->tabText(tabs->indexOf(loss)).contains(QStringLiteral("error")));

    signal->setForecastLength(9);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot()->forecast->length == 9, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(signal->forecastY().size(), 9, 5000);
    // An earlier start reaches the worker: the free run after point 60, to the same end.
    signal->setForecastFrom(60);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot()->forecast->from == 60, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(signal->forecastStartX(), 60.0, 5000);
    QCOMPARE(signal->forecastX().back(), double(signal->seriesY().size() + 9));

    // The timeline: an earlier step's network, its own predictions (not the latest's).
    window.controller()->viewStep(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.controller()->snapshot()->viewingHistory && window.controller()->snapshot()->stepsTaken == 1, 10000);
    const SnapshotPtr past = window.controller()->snapshot();
    QTRY_COMPARE_WITH_TIMEOUT(signal->predictionY().front(), double(past->trace.sequences.front().logits(0, 0)), 5000);
    QVERIFY(signal->predictionY().front() != double(snapshot->trace.sequences.front().logits(0, 0)));
    QCOMPARE(past->forecast->train.front().predictions(0, 0), past->trace.sequences.front().logits(0, 0));

    // The walk by hand works for a time series too (issue 15): its menu is on, and at the output
    // phase it shows the y_t of the step the timeline shows, then that step's squared error.
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Step by hand"))
            QVERIFY(menu->isEnabled());
    StepByHandPanel *walk = window.stepByHand();
    walk->setCursor(StepCursor{2, 0, Phase::Output});
    const auto shownY = [&] {
        for (const EquationLine &line : walk->equationView()->equation().lines)
            for (const EquationItem &item : line.items)
                if (item.text == u"y_3")
                    return item.values.front();
        return std::numeric_limits<float>::quiet_NaN();
    };
    QCOMPARE(shownY(), past->trace.sequences.front().logits(0, 2));
    walk->nextPhase();
    QCOMPARE(walk->cursor()->phase, Phase::Loss); // no softmax, no predicted character
    QVERIFY(walk->equationView()->equation().caption.contains(QStringLiteral("squared error")));

    // The model panel keeps the series (they are not typed in its text box): a changed hidden size
    // is a valid forecast session, and nothing else changed.
    ModelPanel *model = window.modelPanel();
    QVERIFY(!model->hasChanges());
    QVERIFY(model->problems().empty());
    auto *hidden = model->findChild<QSpinBox *>(QStringLiteral("hiddenSize"));
    QVERIFY(hidden);
    QCOMPARE(hidden->value(), 16);
    hidden->setValue(8);
    const Session edited = model->editedSession();
    QVERIFY(edited.data == window.controller()->snapshot()->setup->session.data);
    QCOMPARE(edited.model.hiddenSize, 8);
    QVERIFY(model->problems().empty());

    // Back to characters: the Signal tab goes, the notices too.
    window.startSession(lectureExample(), QStringLiteral("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && !window.controller()->snapshot()->forecast, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!tabs->isTabVisible(tabs->indexOf(signal)), 5000);
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("taskNotice")))
        QVERIFY(!label->isVisibleTo(&window));
}

void TestMainWindow::labelledLinesMakeAClassifier()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    auto *texts = panel->findChild<QPlainTextEdit *>(QStringLiteral("texts"));
    QVERIFY(texts);
    texts->setPlainText(QStringLiteral("good film\tpos\nbad plot\tneg"));
    Session edited = panel->editedSession();
    QVERIFY(edited.data.task == TaskKind::Classify);
    QCOMPARE(edited.data.texts.size(), std::size_t(2));
    QCOMPARE(edited.data.labels.size(), std::size_t(2));
    QVERIFY(edited.data.labels[1] == U"neg");
    QVERIFY(edited.data.texts[0] == U"good film");
    // A line without a label among labelled ones is named, not guessed.
    texts->setPlainText(QStringLiteral("good film\tpos\nbad plot"));
    bool named = false;
    for (const Problem &p : panel->problems())
        named = named || p.field == "data.labels[1]";
    QVERIFY(named);
    // Back to plain lines: next-character prediction again.
    texts->setPlainText(QStringLiteral("hello"));
    QVERIFY(panel->editedSession().data.task == TaskKind::NextCharacter);
}

void TestMainWindow::invalidSettingsRefusedInPlace()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    auto *hidden = panel->findChild<QSpinBox *>(QStringLiteral("hiddenSize"));
    hidden->setValue(7);
    const std::vector<Problem> problems = panel->problems();
    QCOMPARE(problems.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(problems[0].message).contains(QStringLiteral("or set model.output_layer to true")));
    QPushButton *apply = nullptr;
    QPushButton *fix = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Apply")))
            apply = b;
        if (b->text().contains(QStringLiteral("output layer")))
            fix = b;
    }
    QVERIFY(apply && fix);
    QVERIFY(!apply->isEnabled());
    QVERIFY(fix->isVisibleTo(panel));
    // Said in words, with the numbers of this text (4 characters in "hello"), not the file's field
    // names; the lecture's way out comes first.
    bool inWords = false;
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        inWords = inWords
            || label->text().contains(QStringLiteral("one hidden unit per character: 4 characters, hidden size 7"));
        QVERIFY2(!label->text().contains(QStringLiteral("output_layer")), qPrintable(label->text()));
    }
    QVERIFY(inWords);
    QPushButton *setHidden = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Set hidden size to 4"))
            setHidden = b;
    }
    QVERIFY(setHidden && setHidden->isVisibleTo(panel));
    QVERIFY(setHidden->y() < fix->y());
    setHidden->click();
    QVERIFY(panel->problems().empty());
    QVERIFY(!fix->isVisibleTo(panel));
    QCOMPARE(panel->editedSession().model.hiddenSize, 4);
    QVERIFY(!panel->editedSession().model.outputLayer);
    hidden->setValue(7); // and the other way out
    QVERIFY(fix->isVisibleTo(panel));
    fix->click();
    QVERIFY(panel->problems().empty());
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(panel, &ModelPanel::applyRequested);
    apply->click();
    QCOMPARE(applied.count(), 1);
    const Session session = applied.at(0).at(0).value<Session>();
    QCOMPARE(session.model.hiddenSize, 7);
    QVERIFY(session.model.outputLayer);
}

void TestMainWindow::spacePlaysAndPauses()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.graphView()->setFocus();
    QTest::keyClick(window.graphView(), Qt::Key_Space);
    QVERIFY(window.controller()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() > 0, 10000);
    QTest::keyClick(window.graphView(), Qt::Key_Space);
    QVERIFY(!window.controller()->isPlaying());
    const std::int64_t before = window.controller()->stepsTaken();
    QTest::keyClick(window.graphView(), Qt::Key_Right, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() > before, 10000);
}

void TestMainWindow::foldAndUnfold()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot(), 5000);
    QVERIFY(!window.graphView()->isFolded()); // unfolded first: learners reason about the unrolled graph
    window.graphView()->setFocus();
    QTest::keyClick(window.graphView(), Qt::Key_F);
    QVERIFY(window.graphView()->isFolded());
    QTRY_VERIFY_WITH_TIMEOUT(window.graphView()->currentLayout().isFolded(), 3000); // after the animation
    QTest::keyClick(window.graphView(), Qt::Key_F);
    QTRY_VERIFY_WITH_TIMEOUT(!window.graphView()->currentLayout().isFolded(), 3000);
    // Shift+F (a capital F, Caps Lock) folds as F does.
    QTest::keyClick(window.graphView(), Qt::Key_F, Qt::ShiftModifier);
    QVERIFY(window.graphView()->isFolded());
    QTRY_VERIFY_WITH_TIMEOUT(window.graphView()->currentLayout().isFolded(), 3000);
}

void TestMainWindow::editWhileRewindingIsExplained()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    window.setSpeed(0);
    window.controller()->step(5);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->stepsTaken(), std::int64_t(5), 10000);
    window.controller()->viewStep(2);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.controller()->snapshot()->viewingHistory && window.controller()->snapshot()->stepsTaken == 2, 10000);
    const float before = window.controller()->snapshot()->weights.data(0)[0];
    emit window.matrixPanel()->editRequested(0, 0, 0.5f); // a weight typed into W_xh while rewound
    // Said where the user looks, not dropped without a word …
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("not applied")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("step 2 of 5")));
    // … and the weights are the history's.
    QTest::qWait(100);
    QCOMPARE(window.controller()->snapshot()->weights.data(0)[0], before);
    QVERIFY(window.controller()->snapshot()->edits.empty());

    // At the latest step the same edit applies.
    window.controller()->viewLatest();
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->snapshot()->viewingHistory, 10000);
    emit window.matrixPanel()->editRequested(0, 0, 0.5f);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->snapshot()->weights.data(0)[0], 0.5f, 10000);
}

void TestMainWindow::closingMidTrainingStopsTheThread()
{
    Session session = lectureExample();
    session.data.texts = {U"the quick brown fox jumps over the lazy dog, again and again and again"};
    session.model = ModelConfig{CellKind::RnnTanh, 128, 2, true};
    auto *window = new MainWindow(false);
    window->startSession(session);
    window->show();
    window->setSpeed(0);
    window->controller()->play();
    QTRY_VERIFY_WITH_TIMEOUT(window->controller()->stepsTaken() > 2, 10000);
    window->close();
    delete window; // joins the worker; a worker that never stopped would hang here (ctest's timeout)
}

void TestMainWindow::everyPhaseHighlightsWhereTheLayoutSays_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<bool>("layerMajor");
    QTest::newRow("hello") << QString() << false;
    QTest::newRow("2 layers, output layer")
        << rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json")) << false;
    QTest::newRow("2 layers, layer-major")
        << rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json")) << true;
    QTest::newRow("lstm") << rnnlab::test::dataFile(QStringLiteral("parity/lstm_sgd_momentum_clip.config.json"))
                          << false;
    QTest::newRow("gru, 2 layers, layer-major")
        << rnnlab::test::dataFile(QStringLiteral("parity/gru_h10_l2_adam_unicode_clip.config.json")) << true;
}

void TestMainWindow::everyPhaseHighlightsWhereTheLayoutSays()
{
    QFETCH(QString, config);
    QFETCH(bool, layerMajor);
    MainWindow window(false);
    window.startSession(config.isEmpty() ? lectureExample() : test::readSession(config));
    const WalkOrder order = layerMajor ? WalkOrder::LayerMajor : WalkOrder::TimeMajor;
    window.stepByHand()->setWalkOrder(order);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.controller()->step(10);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() == 10, 10000);
    QTest::qWait(50);
    GraphView *graph = window.graphView();
    const SnapshotPtr s = window.controller()->snapshot();
    const TimeStepWalker walker(s->trace.sequences[0].length(), s->setup->session.model.numLayers,
                                s->setup->session.model.cell, order);
    std::vector<StepCursor> all = walker.forwardSequence();
    const auto back = walker.backwardSequence();
    all.insert(all.end(), back.begin(), back.end());
    const QColor highlight = graph->palette().color(QPalette::Highlight);
    int checked = 0;
    for (const StepCursor &cursor : all) {
        window.stepByHand()->setCursor(cursor);
        QCOMPARE(graph->stepCursor(), std::optional<StepCursor>(cursor));
        const QImage image = graph->viewport()->grab().toImage();
        const double caption = graph->captionHeight(); // a long caption wraps onto a second line
        int highlighted = 0;
        for (const GraphNode &node : graph->currentLayout().nodes()) {
            if (!graph->emphasis(node).highlight)
                continue;
            // The graph scrolls along time (and down, for deep stacks) to keep its numbers readable:
            // a node's place in the viewport is its place in the drawing less the scroll. Nodes
            // scrolled out of sight are not looked for; the focus is scrolled into view, so some
            // highlighted node is always seen (highlighted > 0 below counts only those).
            const int x = int(node.rect.left()) - graph->horizontalScrollBar()->value();
            const int y = int(node.rect.center().y() + caption) - graph->verticalScrollBar()->value();
            const QRectF overview = graph->overviewRect(); // the strip along the bottom covers the drawing
            const int bottom = overview.isEmpty() ? image.height() : int(overview.top());
            if (x - 6 < 0 || x >= image.width() || y < 0 || y >= bottom)
                continue;
            ++highlighted;
            // The outline runs 3 px outside the node: some pixel on its left edge has the highlight colour.
            bool found = false;
            for (int dx = -6; dx <= 0 && !found; ++dx) {
                const QColor c = image.pixelColor(x + dx, y);
                found = std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green())
                        + std::abs(c.blue() - highlight.blue())
                    < 60;
            }
            QVERIFY2(found,
                     qPrintable(QStringLiteral("phase %1 at t %2: no highlight left of node kind %3")
                                    .arg(TimeStepWalker::name(cursor.phase))
                                    .arg(cursor.t)
                                    .arg(int(node.kind))));
        }
        QVERIFY2(highlighted > 0,
                 qPrintable(QStringLiteral("phase %1 highlights nothing").arg(TimeStepWalker::name(cursor.phase))));
        // The equation panel shows this phase.
        QVERIFY(!window.stepByHand()->equationView()->equation().lines.empty());
        ++checked;
    }
    QVERIFY(checked > 40);
}

void TestMainWindow::gradientChartReadsOutTheGraphsColumn_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<int>("layer");
    QTest::newRow("hello") << QString() << 0;
    QTest::newRow("2 layers, output layer, layer 1")
        << rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json")) << 0;
    QTest::newRow("2 layers, output layer, layer 2")
        << rnnlab::test::dataFile(QStringLiteral("parity/rnn_tanh_fc_h8_l2.config.json")) << 1;
}

void TestMainWindow::gradientChartReadsOutTheGraphsColumn()
{
    // Walking back through time, the graph's strip at t shows dL/dh_t of the whole loss, and the
    // chart beside the equations marks t. Its read-out names the plotted norm and gives the
    // graph's: the norm a student works out from the numbers the graph prints at t must be the
    // read-out's ‖dL/dh_t‖ (within what the printed digits allow), in both modes of the chart —
    // and with "last step's loss only" ticked the plotted norm is another number, named as such.
    QFETCH(QString, config);
    QFETCH(int, layer);
    MainWindow window(false);
    window.startSession(config.isEmpty() ? lectureExample() : test::readSession(config));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.controller()->step(10);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepsTaken() == 10, 10000);
    QTest::qWait(50);
    auto *chart = window.stepByHand()->findChild<GradientNormPlot *>();
    QVERIFY(chart);
    const SnapshotPtr s = window.controller()->snapshot();
    const int n = s->trace.sequences[0].length();
    const int t = n - 2; // not the last step: there the two norms are one
    window.stepByHand()->setCursor(StepCursor{t, layer, Phase::BackwardHidden});
    QTest::qWait(20);
    for (const bool lastOnly : {true, false}) {
        chart->setLastStepLossOnly(lastOnly);
        QCOMPARE(chart->highlightedStep(), t);
        // What the graph prints in its dL/dh_t strip at (layer, t), and half a unit of each.
        LayoutRecorder recorder;
        recorder.setActive(true);
        window.graphView()->viewport()->grab();
        recorder.setActive(false);
        double printedSquares = 0.0;
        double slackSquares = 0.0;
        int printed = 0;
        for (const RecordedText &item : recorder.items()) {
            if (QByteArray(item.tag.kind) != "dh" || item.tag.t != t || item.tag.layer != layer)
                continue;
            QString text = item.text;
            text.replace(QChar(0x2212), u'-');
            bool ok = false;
            const double value = text.toDouble(&ok);
            QVERIFY2(ok, qPrintable(item.text));
            const qsizetype e = text.indexOf(u'e');
            const QString mantissa = e < 0 ? text : text.left(e);
            const qsizetype point = mantissa.indexOf(u'.');
            const int decimals = point < 0 ? 0 : int(mantissa.size() - point - 1);
            const int exponent = e < 0 ? 0 : text.mid(e + 1).toInt();
            const double half = 0.5 * std::pow(10.0, exponent - decimals);
            printedSquares += value * value;
            slackSquares += half * half;
            ++printed;
        }
        QCOMPARE(printed, s->setup->session.model.hiddenSize); // the whole strip printed
        const double byHand = std::sqrt(printedSquares);
        const double whole = chart->highlightedWholeLossNorm();
        QVERIFY2(std::abs(byHand - whole) <= std::sqrt(slackSquares) + 1e-9,
                 qPrintable(QStringLiteral("by hand %1, read-out %2").arg(byHand).arg(whole)));
        const QString readout = chart->readoutText();
        QVERIFY2(readout.contains(GradientNormPlot::normText(whole)), qPrintable(readout));
        QVERIFY2(readout.contains(QStringLiteral("the graph's")), qPrintable(readout));
        const double plotted = chart->highlightedNorm();
        QCOMPARE(plotted, chart->norms(layer)[std::size_t(t)]);
        if (lastOnly) {
            // Another quantity: named by its loss term, and not the graph's number.
            QVERIFY2(readout.contains(QStringLiteral("loss<sub>%1</sub>/%2").arg(n).arg(s->trace.targetCount)),
                     qPrintable(readout));
            QVERIFY2(readout.contains(GradientNormPlot::normText(plotted)), qPrintable(readout));
            QVERIFY(std::abs(plotted - whole) > 1e-3 * whole);
            // And the graph's column is the read-out's whole-loss norm, not the plotted one (the
            // printed digits' slack alone can be wide: "−0.1" is −0.10 with its zero trimmed).
            QVERIFY2(
                std::abs(byHand - whole) < std::abs(byHand - plotted),
                qPrintable(QStringLiteral("by hand %1: whole %2, plotted %3").arg(byHand).arg(whole).arg(plotted)));
        } else {
            QCOMPARE(plotted, whole); // the curve is the graph's column
        }
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
