// SPDX-License-Identifier: MIT
// Model and data's time series (issue 15): choosing the task, the generator (the same numbers as
// rnnlab-cli new-forecast for the same settings), typed numbers (applied as float32 values), a CSV
// file, a test series — and bad input refused in place, naming where, with the run and the text kept.
#include "tests/support/boundedrun.h"
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/signalgenerator.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/window/mainwindow.h"
#include "ui/window/modelpanel.h"
#include "ui/window/serieseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QValidator>

#include <cmath>
#include <set>

using namespace rnnlab;

namespace {

double f32(double v)
{
    return static_cast<double>(static_cast<float>(v));
}

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QPushButton *applyButton(ModelPanel *panel)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text().remove(u'&') == QStringLiteral("Apply"))
            return b;
    return nullptr;
}

//! What the panel shows as problems, all labels joined.
QString shownProblems(ModelPanel *panel)
{
    QStringList shown;
    for (QLabel *label : panel->findChildren<QLabel *>())
        if (label->isVisibleTo(panel) && label->text().startsWith(QStringLiteral("⚠")))
            shown << label->text();
    return shown.join(u'\n');
}

//! For a failure message: the panel's first problem, or nothing.
std::string firstProblem(ModelPanel *panel)
{
    const std::vector<Problem> problems = panel->problems();
    return problems.empty() ? std::string() : problems.front().toString();
}

//! A German translation of one engine pattern (context "Problem"), as a .qm file would hold it.
class OneGermanMessage : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Problem") == 0
                && qstrcmp(source,
                           "\"%1\" has only 1 character: a text needs at least 2 (an input and the "
                           "character after it)")
                    == 0
            ? QStringLiteral("„%1“ hat nur 1 Zeichen: ein Text braucht mindestens 2")
            : QString();
    }
};

Session generatedSession()
{
    Session s;
    s.data.task = TaskKind::Forecast;
    SignalSpec spec;
    spec.length = 40;
    s.data.series = {SignalGenerator::series(spec)};
    s.data.seriesGenerators = {spec};
    s.model = ModelConfig{CellKind::Lstm, 16, 1, true};
    s.training.learningRate = 0.01;
    return s;
}

} // namespace

class TestModelPanel : public QObject
{
    Q_OBJECT

private slots:
    void choosingTimeSeriesSetsItsModel();
    void translationShowsItsTask();
    void typedSeriesApplyAsFloat32();
    void badInputKeepsTheRunAndTheText_data();
    void badInputKeepsTheRunAndTheText();
    void generatorMatchesTheCli_data();
    void generatorMatchesTheCli();
    void csvImport();
    void reopenedSessionsShowTheirSource();
    void formColumnsAlign_data();
    void formColumnsAlign();
    void generatorShowsShortNumbers();
    void problemsInTheReadersLanguage();
};

void TestModelPanel::choosingTimeSeriesSetsItsModel()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    auto *texts = child<QPlainTextEdit>(panel, "texts");
    auto *task = child<QComboBox>(panel, "task");
    QVERIFY(texts && task);
    texts->setPlainText(QStringLiteral("hello\nhola"));
    QVERIFY(!panel->seriesEditor()->isVisibleTo(panel));
    task->setCurrentIndex(1);
    QVERIFY(panel->isTimeSeries());
    QVERIFY(panel->seriesEditor()->isVisibleTo(panel));
    QVERIFY(!texts->isVisibleTo(panel));
    // rnnlab-cli new-forecast's model: an LSTM of 16 units with an output layer; a sine of 120 points.
    const Session s = panel->editedSession();
    QVERIFY(s.data.task == TaskKind::Forecast);
    QVERIFY(s.model == (ModelConfig{CellKind::Lstm, 16, 1, true}));
    QCOMPARE(s.data.series.size(), std::size_t(1));
    QCOMPARE(s.data.series.front().size(), std::size_t(120));
    QCOMPARE(s.data.seriesGenerators.front().period, 20.0);
    QVERIFY(s.data.texts.empty());
    QVERIFY2(panel->problems().empty(), firstProblem(panel).c_str());
    QVERIFY(applyButton(panel)->isEnabled());
    // Back to texts: the lines typed are still there, and the lecture's model.
    task->setCurrentIndex(0);
    QCOMPARE(texts->toPlainText(), QStringLiteral("hello\nhola"));
    QVERIFY(panel->editedSession().model == lectureExample().model);
    QVERIFY(panel->editedSession().data.series.empty());
}

void TestModelPanel::translationShowsItsTask()
{
    // Issue 16: a translation session's Task box names its task (not "Text"), its pairs show one per
    // line as source<Tab>target under a label that says so; the box switches to texts and back
    // with each one's lines kept; a translation typed from a text session applies as one.
    const SessionParseResult parsed =
        SessionFile::read(test::sourceFile(QStringLiteral("resources/examples/reverse-words.json")));
    QVERIFY(parsed.session);
    MainWindow window(false);
    window.startSession(*parsed.session);
    ModelPanel *panel = window.modelPanel();
    auto *texts = child<QPlainTextEdit>(panel, "texts");
    auto *task = child<QComboBox>(panel, "task");
    QVERIFY(texts && task);
    QVERIFY(panel->isTranslation());
    QCOMPARE(task->currentText(), QStringLiteral("Translation (pairs)"));
    QCOMPARE(panel->taskName(), QStringLiteral("Translation (pairs)"));
    QVERIFY(texts->toPlainText().startsWith(QStringLiteral("hello\tolleh\nworld\tdlrow")));
    QString label;
    for (QLabel *l : panel->findChildren<QLabel *>())
        if (l->buddy() == texts)
            label = l->text().remove(u'&');
    QVERIFY2(label.contains(QStringLiteral("source<Tab>target")), qPrintable(label));
    QVERIFY(texts->placeholderText().contains(u'\t'));
    QVERIFY2(panel->problems().empty(), firstProblem(panel).c_str());
    QVERIFY(!panel->hasChanges());
    // To texts: an empty box (the pairs kept aside), the lecture's model; and back: the pairs again.
    task->setCurrentIndex(0);
    QVERIFY(!panel->isTranslation());
    QVERIFY(texts->toPlainText().isEmpty());
    texts->setPlainText(QStringLiteral("hello"));
    QVERIFY(panel->editedSession().data.task == TaskKind::NextCharacter);
    QVERIFY(panel->editedSession().model == lectureExample().model);
    task->setCurrentIndex(2);
    QVERIFY(texts->toPlainText().startsWith(QStringLiteral("hello\tolleh")));
    QVERIFY(!panel->hasChanges());
    task->setCurrentIndex(0);
    QCOMPARE(texts->toPlainText(), QStringLiteral("hello"));

    // From a text session: choose the translation, type pairs, and it applies as a translation.
    window.startSession(lectureExample());
    QCOMPARE(task->currentText(), QStringLiteral("Text"));
    task->setCurrentIndex(2);
    QVERIFY(texts->toPlainText().isEmpty());
    texts->setPlainText(QStringLiteral("ab\tba\ncd\tdc"));
    const Session s = panel->editedSession();
    QVERIFY(s.data.task == TaskKind::Translate);
    QCOMPARE(s.data.pairs.size(), std::size_t(2));
    QVERIFY(s.data.texts.empty());
    QVERIFY(s.model == (ModelConfig{CellKind::Gru, 24, 1, true}));
    QVERIFY2(panel->problems().empty(), firstProblem(panel).c_str());
    QSignalSpy applied(panel, &ModelPanel::applyRequested);
    QVERIFY(applyButton(panel)->isEnabled());
    panel->apply();
    QCOMPARE(applied.size(), 1);
    // A line without a Tab is named, in place.
    texts->setPlainText(QStringLiteral("ab"));
    QVERIFY(!panel->problems().empty());
    QVERIFY(!applyButton(panel)->isEnabled());
}

void TestModelPanel::typedSeriesApplyAsFloat32()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    panel->setTimeSeries(true);
    SeriesEditor *editor = panel->seriesEditor();
    editor->setSource(SeriesEditor::Source::Numbers);
    auto *numbers = child<QPlainTextEdit>(panel, "seriesNumbers");
    QVERIFY(numbers && numbers->isVisibleTo(panel));
    numbers->setPlainText(QStringLiteral("0.1, 1\n0.2, 2\n0.3, 3\n\n# another\n-1e-3, 0.7\n4, 5\n"));
    QVERIFY2(panel->problems().empty(), firstProblem(panel).c_str());
    QSignalSpy applied(panel, &ModelPanel::applyRequested);
    QVERIFY(applyButton(panel)->isEnabled());
    applyButton(panel)->click();
    QCOMPARE(applied.count(), 1);
    const std::vector<SeriesValues> expected = {{{f32(0.1), 1}, {f32(0.2), 2}, {f32(0.3), 3}},
                                                {{f32(-1e-3), f32(0.7)}, {4, 5}}};
    const Session session = applied.at(0).at(0).value<Session>();
    QVERIFY(session.data.task == TaskKind::Forecast);
    QVERIFY(session.data.series == expected);
    QVERIFY(session.data.seriesGenerators.empty());
    // The window trains it: the controller's session is that one.
    QVERIFY(window.controller()->session().data.series == expected);
    QVERIFY(window.controller()->session().model.outputLayer);
    QVERIFY(!panel->hasChanges());
    // The text stays as typed (with its comment).
    QVERIFY(numbers->toPlainText().contains(QStringLiteral("# another")));
}

void TestModelPanel::badInputKeepsTheRunAndTheText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("testTyped");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one point") << QStringLiteral("5") << QString()
                               << QStringLiteral("Series 1 (line 1) has 1 point: a series needs at least 2");
    QTest::newRow("text") << QStringLiteral("1\n2\nabc") << QString()
                          << QStringLiteral("Line 3: “abc” is not a number");
    QTest::newRow("NaN") << QStringLiteral("1, 2\nnan, 3") << QString()
                         << QStringLiteral("Line 2, column 1: “nan” is not a finite number");
    QTest::newRow("1e39") << QStringLiteral("1\n1e39") << QString()
                          << QStringLiteral("Line 2: “1e39” is too large for float32");
    QTest::newRow("widths") << QStringLiteral("1, 2\n3") << QString()
                            << QStringLiteral("Line 2 has 1 column but line 1 has 2");
    QTest::newRow("features of series") << QStringLiteral("1\n2\n\n1, 2\n3, 4") << QString()
                                        << QStringLiteral("Series 2 (from line 4) has 2 columns but series 1 has 1");
    // The engine's refusal, in the panel's words.
    QTest::newRow("test series of other features")
        << QStringLiteral("1\n2\n3") << QStringLiteral("1, 2\n3, 4")
        << QStringLiteral("Test series 1 (from line 1) has 2 features but series 1 (from line 1) has 1");
    QTest::newRow("empty") << QStringLiteral("  ") << QString()
                           << QStringLiteral("Type or paste the numbers of a series");
}

void TestModelPanel::badInputKeepsTheRunAndTheText()
{
    QFETCH(QString, typed);
    QFETCH(QString, testTyped);
    QFETCH(QString, shown);
    MainWindow window(false);
    window.startSession(generatedSession(), QStringLiteral("sine"));
    ModelPanel *panel = window.modelPanel();
    SeriesEditor *editor = panel->seriesEditor();
    QVERIFY(panel->isTimeSeries() && editor->source() == SeriesEditor::Source::Generator);
    const Session before = window.controller()->session();
    editor->setSource(SeriesEditor::Source::Numbers);
    auto *numbers = child<QPlainTextEdit>(panel, "seriesNumbers");
    numbers->setPlainText(typed);
    if (!testTyped.isEmpty()) {
        editor->setTest(SeriesEditor::Test::Numbers);
        child<QPlainTextEdit>(panel, "testNumbers")->setPlainText(testTyped);
    }
    QVERIFY(!panel->problems().empty());
    QVERIFY2(shownProblems(panel).contains(shown), qPrintable(shownProblems(panel)));
    QVERIFY(!applyButton(panel)->isEnabled());
    QSignalSpy applied(panel, &ModelPanel::applyRequested);
    panel->apply(); // Ctrl+Return, or a click that got through: refused
    QCOMPARE(applied.count(), 0);
    QVERIFY(window.controller()->session().data == before.data);
    QCOMPARE(numbers->toPlainText(), typed);
}

void TestModelPanel::generatorMatchesTheCli_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("the default sine") << QStringList{QStringLiteral("--length"), QStringLiteral("120")};
    QTest::newRow("square, noise, level shift, test spike")
        << QStringList{QStringLiteral("--wave"),         QStringLiteral("square"),
                       QStringLiteral("--period"),       QStringLiteral("12.5"),
                       QStringLiteral("--amplitude"),    QStringLiteral("2"),
                       QStringLiteral("--phase"),        QStringLiteral("0.5"),
                       QStringLiteral("--length"),       QStringLiteral("90"),
                       QStringLiteral("--noise"),        QStringLiteral("0.3"),
                       QStringLiteral("--noise-seed"),   QStringLiteral("7"),
                       QStringLiteral("--anomaly"),      QStringLiteral("level_shift:20:5:-1"),
                       QStringLiteral("--test-anomaly"), QStringLiteral("spike:70:1:2")};
    QTest::newRow("two sines, flat test stretch")
        << QStringList{QStringLiteral("--wave"),       QStringLiteral("two_sines"),      QStringLiteral("--period"),
                       QStringLiteral("30"),           QStringLiteral("--period2"),      QStringLiteral("7.5"),
                       QStringLiteral("--amplitude2"), QStringLiteral("0.25"),           QStringLiteral("--length"),
                       QStringLiteral("200"),          QStringLiteral("--test-anomaly"), QStringLiteral("flat:50:20")};
    QTest::newRow("sawtooth, triangle's cousin, spike")
        << QStringList{QStringLiteral("--wave"), QStringLiteral("sawtooth"),  QStringLiteral("--length"),
                       QStringLiteral("60"),     QStringLiteral("--anomaly"), QStringLiteral("spike:10:1:4")};
    QTest::newRow("triangle") << QStringList{QStringLiteral("--wave"),   QStringLiteral("triangle"),
                                             QStringLiteral("--period"), QStringLiteral("9"),
                                             QStringLiteral("--length"), QStringLiteral("45")};
}

void TestModelPanel::generatorMatchesTheCli()
{
    QFETCH(QStringList, options);
    // The CLI's session …
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.json"));
    const test::BoundedRun run = test::BoundedRun::run(
        QStringLiteral(RNNLAB_CLI),
        QStringList{QStringLiteral("new-forecast")} + options + QStringList{QStringLiteral("-o"), path}, 60000);
    QVERIFY2(run.finished && run.status == 0, qPrintable(run.describe()));
    const Session cli = test::readSession(path);

    // … and the same settings typed into the window's controls, one by one.
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    panel->setTimeSeries(true);
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype i = options.indexOf(QStringLiteral("--") + name);
        return i >= 0 ? options.at(i + 1) : fallback;
    };
    auto *wave = child<QComboBox>(panel, "wave");
    const QStringList waves = {QStringLiteral("sine"), QStringLiteral("square"), QStringLiteral("sawtooth"),
                               QStringLiteral("triangle"), QStringLiteral("two_sines")};
    wave->setCurrentIndex(int(waves.indexOf(value(QStringLiteral("wave"), QStringLiteral("sine")))));
    child<QDoubleSpinBox>(panel, "period")->setValue(value(QStringLiteral("period"), QStringLiteral("20")).toDouble());
    child<QDoubleSpinBox>(panel, "amplitude")
        ->setValue(value(QStringLiteral("amplitude"), QStringLiteral("1")).toDouble());
    child<QDoubleSpinBox>(panel, "phase")->setValue(value(QStringLiteral("phase"), QStringLiteral("0")).toDouble());
    child<QSpinBox>(panel, "length")->setValue(value(QStringLiteral("length"), QStringLiteral("100")).toInt());
    child<QDoubleSpinBox>(panel, "period2")->setValue(value(QStringLiteral("period2"), QStringLiteral("7")).toDouble());
    child<QDoubleSpinBox>(panel, "amplitude2")
        ->setValue(value(QStringLiteral("amplitude2"), QStringLiteral("0.5")).toDouble());
    child<QDoubleSpinBox>(panel, "noise")->setValue(value(QStringLiteral("noise"), QStringLiteral("0")).toDouble());
    child<QSpinBox>(panel, "noiseSeed")->setValue(value(QStringLiteral("noise-seed"), QStringLiteral("0")).toInt());
    const QStringList kinds = {QStringLiteral("spike"), QStringLiteral("level_shift"), QStringLiteral("flat")};
    const auto setAnomaly = [&](const char *prefix, const QString &spec, int firstKind) {
        const QStringList parts = spec.split(u':');
        const QString p = QString::fromLatin1(prefix);
        child<QComboBox>(panel, qPrintable(p + QStringLiteral("Kind")))
            ->setCurrentIndex(firstKind + int(kinds.indexOf(parts.at(0))));
        // The window and rnnlab-cli's --anomaly both count points from 1 (as the time axis): the same number.
        child<QSpinBox>(panel, qPrintable(p + QStringLiteral("At")))->setValue(parts.at(1).toInt());
        child<QSpinBox>(panel, qPrintable(p + QStringLiteral("Length")))
            ->setValue(parts.value(2, QStringLiteral("1")).toInt());
        child<QDoubleSpinBox>(panel, qPrintable(p + QStringLiteral("Size")))
            ->setValue(parts.value(3, QStringLiteral("3")).toDouble());
    };
    if (options.contains(QStringLiteral("--anomaly")))
        setAnomaly("anomaly", value(QStringLiteral("anomaly"), QString()), 1); // after "None"
    if (options.contains(QStringLiteral("--test-anomaly"))) {
        panel->seriesEditor()->setTest(SeriesEditor::Test::Anomaly);
        setAnomaly("testAnomaly", value(QStringLiteral("test-anomaly"), QString()), 0);
    }
    QVERIFY2(panel->problems().empty(), firstProblem(panel).c_str());
    const Session window_ = panel->editedSession();
    // The numbers, bit for bit, and the generators recorded beside them.
    QCOMPARE(window_.data.series.size(), cli.data.series.size());
    QVERIFY(window_.data.series == cli.data.series);
    QVERIFY(window_.data.testSeries == cli.data.testSeries);
    QVERIFY(window_.data.seriesGenerators == cli.data.seriesGenerators);
    QVERIFY(window_.data.testSeriesGenerators == cli.data.testSeriesGenerators);
    QVERIFY(window_.model == cli.model);
}

void TestModelPanel::csvImport()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    panel->setTimeSeries(true);
    SeriesEditor *editor = panel->seriesEditor();
    QTemporaryDir dir;
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("good.csv", "temp,rain\n20.5,0\n21,0.25\n19.75,1\n");
    write("dates.csv", "date,temp\n2024-01-01,1\n2024-01-02,2\n");
    QSignalSpy messages(editor, &SeriesEditor::message);
    QCOMPARE(editor->importCsv(dir.filePath(QStringLiteral("good.csv"))), QString());
    QVERIFY(editor->source() == SeriesEditor::Source::Numbers);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("Imported 3 points of 2 features from good.csv"));
    auto *numbers = child<QPlainTextEdit>(panel, "seriesNumbers");
    QCOMPARE(numbers->toPlainText(), QStringLiteral("# good.csv\n20.5, 0\n21, 0.25\n19.75, 1\n"));
    QVERIFY(panel->problems().empty());
    QVERIFY(panel->editedSession().data.series == (std::vector<SeriesValues>{{{20.5, 0}, {21, 0.25}, {19.75, 1}}}));

    // A second file is a second series; a file that is refused changes nothing and says why.
    QCOMPARE(editor->importCsv(dir.filePath(QStringLiteral("good.csv"))), QString());
    QCOMPARE(panel->editedSession().data.series.size(), std::size_t(2));
    const QString before = numbers->toPlainText();
    QCOMPARE(editor->importCsv(dir.filePath(QStringLiteral("dates.csv"))),
             QStringLiteral("dates.csv: Column 1 (“date”) is not numeric (line 2 has “2024-01-01”): every column must "
                            "be a feature of numbers; remove it from the file, or save only the number columns"));
    QCOMPARE(numbers->toPlainText(), before);
    QVERIFY(editor->importCsv(dir.filePath(QStringLiteral("missing.csv"))).contains(QStringLiteral("missing.csv")));
    // Undo in the box takes the last import back.
    numbers->undo();
    QCOMPARE(panel->editedSession().data.series.size(), std::size_t(1));
    // Into the test series.
    QCOMPARE(editor->importCsv(dir.filePath(QStringLiteral("good.csv")), true), QString());
    QVERIFY(editor->test() == SeriesEditor::Test::Numbers);
    QCOMPARE(panel->editedSession().data.testSeries.size(), std::size_t(1));
}

void TestModelPanel::reopenedSessionsShowTheirSource()
{
    MainWindow window(false);
    ModelPanel *panel = window.modelPanel();
    // Made by the generator (as new-forecast writes it, with a test anomaly): the generator's controls.
    Session generated = generatedSession();
    SignalSpec testSpec = generated.data.seriesGenerators.front();
    testSpec.anomaly = AnomalySpec{AnomalyKind::Spike, 25, 1, 2.0};
    generated.data.testSeries = {SignalGenerator::series(testSpec)};
    generated.data.testSeriesGenerators = {testSpec};
    window.startSession(generated, QStringLiteral("sine"));
    QVERIFY(panel->seriesEditor()->source() == SeriesEditor::Source::Generator);
    QVERIFY(panel->seriesEditor()->test() == SeriesEditor::Test::Anomaly);
    QCOMPARE(child<QSpinBox>(panel, "testAnomalyAt")->value(), 26); // index 25: the axis' point 26
    QVERIFY(!panel->hasChanges());
    QVERIFY(panel->problems().empty());
    // A generator setting changed: a change, and the numbers follow it.
    child<QDoubleSpinBox>(panel, "period")->setValue(10.0);
    QVERIFY(panel->hasChanges());
    testSpec.period = 10.0;
    QVERIFY(panel->editedSession().data.testSeries.front() == SignalGenerator::series(testSpec));
    // A file's numbers that are not float32 values (doubles): shown as numbers, kept exactly.
    Session typed = generatedSession();
    typed.data.seriesGenerators.clear();
    typed.data.series = {{{0.1}, {0.2}, {0.30000000000000004}}};
    window.startSession(typed, QStringLiteral("typed"));
    QVERIFY(panel->seriesEditor()->source() == SeriesEditor::Source::Numbers);
    QCOMPARE(child<QPlainTextEdit>(panel, "seriesNumbers")->toPlainText(),
             QStringLiteral("0.1\n0.2\n0.30000000000000004\n"));
    QVERIFY(!panel->hasChanges());
    QVERIFY(panel->editedSession().data.series == typed.data.series);
    // Output layer off with H ≠ D: said in words, with the way out.
    for (QCheckBox *box : panel->findChildren<QCheckBox *>())
        if (box->text().startsWith(QStringLiteral("W_hy")))
            box->setChecked(false);
    QVERIFY2(shownProblems(panel).contains(QStringLiteral("one hidden unit per feature: 1 feature, hidden size 16")),
             qPrintable(shownProblems(panel)));
    // A generator with a period of 0 or a length of 0: named.
    window.startSession(generatedSession(), QStringLiteral("sine"));
    child<QDoubleSpinBox>(panel, "period")->setValue(0.0);
    QVERIFY2(shownProblems(panel).contains(QStringLiteral("The period: 0 is not allowed")),
             qPrintable(shownProblems(panel)));
    child<QDoubleSpinBox>(panel, "period")->setValue(20.0);
    child<QSpinBox>(panel, "length")->setValue(0);
    QVERIFY2(shownProblems(panel).contains(QStringLiteral("The length: 0 is out of range")),
             qPrintable(shownProblems(panel)));
    QVERIFY(!applyButton(panel)->isEnabled());
}

void TestModelPanel::formColumnsAlign_data()
{
    QTest::addColumn<bool>("timeSeries");
    QTest::newRow("text") << false;
    QTest::newRow("time series") << true;
}

void TestModelPanel::formColumnsAlign()
{
    // The task's row, the series editor's sections and the model's rows are separate forms: their
    // fields start at one x all the same (one label column), at the panel's narrowest and wider.
    QFETCH(bool, timeSeries);
    ModelPanel panel;
    panel.setSession(lectureExample());
    panel.setTimeSeries(timeSeries);
    auto *series = panel.seriesEditor();
    if (timeSeries) { // every section shown: the generator's rows, its anomaly, the test series'
        series->setSource(SeriesEditor::Source::Generator);
        series->setTest(SeriesEditor::Test::Anomaly);
        auto *kind = child<QComboBox>(series, "anomalyKind");
        kind->setCurrentIndex(kind->findData(int(AnomalyKind::Spike)));
    }
    for (int width : {panel.minimumSizeHint().width(), 520}) {
        panel.resize(width, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();
        std::set<int> fieldX;
        std::set<QFormLayout *> forms;
        for (QFormLayout *form : panel.findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                if (!label || !field || !label->widget() || !label->widget()->isVisibleTo(&panel))
                    continue;
                fieldX.insert(field->geometry().x()
                              + (form->parentWidget() ? form->parentWidget()->mapTo(&panel, QPoint()).x() : 0));
                forms.insert(form);
            }
        }
        QVERIFY2(forms.size() >= (timeSeries ? 4u : 2u), qPrintable(QString::number(forms.size())));
        QVERIFY2(fieldX.size() == 1,
                 qPrintable(QStringLiteral("at width %1 the fields start at %2 different x: %3 … %4")
                                .arg(width)
                                .arg(fieldX.size())
                                .arg(*fieldX.begin())
                                .arg(*fieldX.rbegin())));
    }
}

void TestModelPanel::generatorShowsShortNumbers()
{
    // The generator's boxes write 20, not 20.0000, and take every value of their range.
    ModelPanel panel;
    panel.setSession(lectureExample());
    panel.setTimeSeries(true);
    auto *series = panel.seriesEditor();
    const auto box = [&](const char *name) { return child<QDoubleSpinBox>(series, name); };
    QCOMPARE(box("period")->text(), QStringLiteral("20"));
    QCOMPARE(box("amplitude")->text(), QStringLiteral("1"));
    QCOMPARE(box("phase")->text(), QStringLiteral("0 rad"));
    QCOMPARE(box("noise")->text(), QStringLiteral("0"));
    QCOMPARE(box("anomalySize")->text(), QStringLiteral("3"));
    box("period")->setValue(12.5);
    QCOMPARE(box("period")->text(), QStringLiteral("12.5"));
    box("phase")->setValue(1.5708);
    QCOMPARE(box("phase")->text(), QStringLiteral("1.5708 rad"));
    box("noise")->setValue(0.05);
    QCOMPARE(box("noise")->text(), QStringLiteral("0.05"));
    box("amplitude")->setValue(-2.25);
    QCOMPARE(box("amplitude")->text(), QStringLiteral("-2.25"));
    // Typed: the whole range, and what a box shows it reads back.
    for (const char *name : {"period", "amplitude", "phase", "period2", "amplitude2", "noise", "anomalySize"}) {
        QDoubleSpinBox *b = box(name);
        for (double value : {b->minimum(), b->maximum(), 7.0, 0.125}) {
            if (value < b->minimum() || value > b->maximum())
                continue;
            b->setValue(value);
            QString text = b->text();
            int position = 0;
            QCOMPARE(b->validate(text, position), QValidator::Acceptable);
            b->findChild<QLineEdit *>()->setText(text); // as typed
            b->interpretText();
            QCOMPARE(b->value(), b->valueFromText(b->cleanText()));
            QVERIFY2(std::abs(b->value() - value) <= std::pow(10.0, -b->decimals()),
                     qPrintable(QStringLiteral("%1: %2 shown as %3").arg(QLatin1String(name)).arg(value).arg(text)));
            QVERIFY2(!b->cleanText().endsWith(u'0') || !b->cleanText().contains(u'.'), qPrintable(text));
        }
    }
}

void TestModelPanel::problemsInTheReadersLanguage()
{
    // Issue 19 §1: the engine's refusal under the installed translation, its argument in place,
    // the field said in the panel's words ("Line 2").
    OneGermanMessage german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    MainWindow window(false);
    window.startSession(lectureExample());
    ModelPanel *panel = window.modelPanel();
    child<QPlainTextEdit>(panel, "texts")->setPlainText(QStringLiteral("hello\nx"));
    QVERIFY(!panel->problems().empty());
    const QString shown = shownProblems(panel);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(shown.contains(QStringLiteral("Line 2: „x“ hat nur 1 Zeichen: ein Text braucht mindestens 2")),
             qPrintable(shown));
}

QTEST_MAIN(TestModelPanel)
#include "tst_modelpanel.moc"
