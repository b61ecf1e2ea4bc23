// SPDX-License-Identifier: MIT
// The .rnnlab additions to session files (version 2): the loss history (HistoryJson, restored
// into and taken from the worker's HistoryRecorder) and the view state (ViewState) survive a save
// and an open bit for bit; a plain session is still written as version 1; a damaged history or view
// is refused with the field named; a truncated file says it was cut off.
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "app/worker/historyrecorder.h"
#include "engine/trainer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rnnlab;

namespace {

//! \a steps steps of \a session, recorded as the worker records them.
struct TrainedRun
{
    Session session;
    SavedHistory history;
};

TrainedRun train(Session session, int steps)
{
    Trainer trainer(session);
    HistoryRecorder recorder;
    for (int i = 0; i < steps; ++i) {
        const StepOutcome outcome = trainer.step();
        if (!outcome.accepted)
            qFatal("step refused: %s", outcome.problem.c_str());
        recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task());
    }
    return {trainer.currentSession(), toSavedHistory(recorder.history())};
}

Session twoTexts()
{
    Session session = lectureExample();
    session.data.texts = {U"hello wörld", U"한🙂 hé"};
    session.model = ModelConfig{CellKind::Gru, 5, 2, true};
    return session;
}

} // namespace

class TestSessionDocument : public QObject
{
    Q_OBJECT

private slots:
    void historyAndViewRoundTrip();
    void plainSessionStaysVersionOne();
    void restoredHistoryContinues();
    void longHistoryKeepsNewestPredictions();
    void refusesBadHistoryOrView_data();
    void refusesBadHistoryOrView();
    void truncatedAndCorruptedFiles_data();
    void truncatedAndCorruptedFiles();
};

void TestSessionDocument::historyAndViewRoundTrip()
{
    const TrainedRun run = train(twoTexts(), 12);
    QCOMPARE(run.history.entries.size(), std::size_t(12));
    QVERIFY(!run.history.predictions.empty());
    ViewState view;
    view.folded = true;
    view.textIndex = 1;
    view.tab = QStringLiteral("pytorch");
    view.layerMajor = true;
    view.matrices = QStringLiteral("last_change");
    view.whatIfNoMemory = true;
    view.speed = 0;
    view.cursor = ViewState::Cursor{3, 1, QStringLiteral("gates")};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.rnnlab"));
    QCOMPARE(SessionFile::write(path, run.session, run.history, &view), QString());
    const SessionParseResult reread = SessionFile::read(path);
    QVERIFY2(reread.session, qPrintable(test::problemsText(reread.problems)));
    QCOMPARE(reread.history.entries.size(), run.history.entries.size());
    for (std::size_t i = 0; i < run.history.entries.size(); ++i) {
        QCOMPARE(reread.history.entries[i].step, run.history.entries[i].step);
        // Bit for bit: the loss curve of a reopened session is the one that was drawn.
        QCOMPARE(std::bit_cast<std::uint32_t>(reread.history.entries[i].loss),
                 std::bit_cast<std::uint32_t>(run.history.entries[i].loss));
        QCOMPARE(reread.history.entries[i].accuracy, run.history.entries[i].accuracy);
    }
    QCOMPARE(reread.history.predictions.size(), run.history.predictions.size());
    for (std::size_t i = 0; i < run.history.predictions.size(); ++i) {
        QCOMPARE(reread.history.predictions[i].from, run.history.predictions[i].from);
        QVERIFY(reread.history.predictions[i].texts == run.history.predictions[i].texts);
    }
    QVERIFY(reread.view);
    QVERIFY(*reread.view == view);
    QVERIFY(SessionFile::toJson(run.session, run.history, &view).find("\"version\": 2") != std::string::npos);
}

void TestSessionDocument::plainSessionStaysVersionOne()
{
    // rnnlab 0.1 reads version 1 only: a file without history or view stays readable there.
    Trainer trainer(lectureExample());
    trainer.step();
    const std::string json = SessionFile::toJson(trainer.currentSession());
    QVERIFY(json.find("\"version\": 1") != std::string::npos);
    QVERIFY(json.find("history") == std::string::npos);
    QVERIFY(SessionFile::parse(QByteArray::fromStdString(json)).session);
}

void TestSessionDocument::restoredHistoryContinues()
{
    // A history restored into the recorder, then more steps: the same as never having saved.
    const TrainedRun first = train(twoTexts(), 6);
    const TrainedRun whole = train(twoTexts(), 10);
    Trainer trainer(first.session);
    HistoryRecorder recorder;
    recorder.restore(first.history);
    for (int i = 0; i < 4; ++i) {
        const StepOutcome outcome = trainer.step();
        QVERIFY(outcome.accepted);
        recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task());
    }
    const SavedHistory continued = toSavedHistory(recorder.history());
    QCOMPARE(continued.entries.size(), whole.history.entries.size());
    for (std::size_t i = 0; i < continued.entries.size(); ++i) {
        QCOMPARE(continued.entries[i].step, whole.history.entries[i].step);
        QCOMPARE(continued.entries[i].loss, whole.history.entries[i].loss);
    }
    QCOMPARE(continued.predictions.size(), whole.history.predictions.size());
    for (std::size_t i = 0; i < continued.predictions.size(); ++i) {
        QCOMPARE(continued.predictions[i].from, whole.history.predictions[i].from);
        QVERIFY(continued.predictions[i].texts == whole.history.predictions[i].texts);
    }
}

void TestSessionDocument::longHistoryKeepsNewestPredictions()
{
    const TrainedRun run = train(twoTexts(), 30);
    HistoryRecorder recorder;
    recorder.restore(run.history);
    const std::size_t changes = run.history.predictions.size();
    QVERIFY(changes >= 3);
    // Room for exactly the last two changes' characters (each change is 10 + 6 characters).
    const SavedHistory capped = toSavedHistory(recorder.history(), 2 * 16);
    QCOMPARE(capped.entries.size(), run.history.entries.size());
    QCOMPARE(capped.predictions.size(), std::size_t(2));
    QCOMPARE(capped.predictions.back().from, run.history.predictions.back().from);
    // And it is still a valid history of the session.
    QVERIFY2(validateHistory(capped, run.session).empty(),
             qPrintable(test::problemsText(validateHistory(capped, run.session))));
    // Restored, the entries before the first kept change have empty predictions; saving again
    // keeps them so.
    HistoryRecorder again;
    again.restore(capped);
    const History history = again.history();
    QVERIFY(history.at(0).predictions->at(0).empty());
    QCOMPARE(toSavedHistory(history).predictions.size(), std::size_t(2));
}

void TestSessionDocument::refusesBadHistoryOrView_data()
{
    QTest::addColumn<QByteArray>("from"); // replaced in the JSON of a 3-step run of "hello"
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("steps not increasing")
        << QByteArray("\"steps\": [1, 2, 3]") << QByteArray("\"steps\": [1, 3, 2]") << "history.steps[2]"
        << "does not come after";
    QTest::newRow("step after the run") << QByteArray("\"steps_taken\": 3") << QByteArray("\"steps_taken\": 2")
                                        << "history.steps[2]"
                                        << "after the 2 steps";
    QTest::newRow("step zero") << QByteArray("\"steps\": [1, 2, 3]") << QByteArray("\"steps\": [0, 2, 3]")
                               << "history.steps[0]"
                               << "from 1";
    QTest::newRow("fewer losses") << QByteArray("\"loss\": [") << QByteArray("\"loss\": [0.5, ") << "history"
                                  << "one of each per step";
    QTest::newRow("negative loss") << QByteArray("\"loss\": [1.1658157") << QByteArray("\"loss\": [-1.1658157")
                                   << "history.loss[0]"
                                   << "finite number ≥ 0";
    QTest::newRow("accuracy above 1") << QByteArray("\"accuracy\": [0.75") << QByteArray("\"accuracy\": [1.75")
                                      << "history.accuracy[0]"
                                      << "not a share";
    QTest::newRow("unknown history field")
        << QByteArray("\"accuracy\": [") << QByteArray("\"x\": 1, \"accuracy\": [") << "history.x"
        << "not a field of \"history\"";
    QTest::newRow("prediction too long") << QByteArray("\"texts\": [\"elll\"]") << QByteArray("\"texts\": [\"ellll\"]")
                                         << "history.predictions[0].texts[0]"
                                         << "one per input, 4";
    QTest::newRow("prediction outside the vocabulary")
        << QByteArray("\"texts\": [\"elll\"]") << QByteArray("\"texts\": [\"ellx\"]")
        << "history.predictions[0].texts[0]"
        << "not in the vocabulary";
    QTest::newRow("two texts predicted for one")
        << QByteArray("\"texts\": [\"elll\"]") << QByteArray("\"texts\": [\"elll\", \"ab\"]")
        << "history.predictions[0].texts"
        << "the session has 1 texts";
    QTest::newRow("prediction at an unknown step")
        << QByteArray("\"from_step\": 1") << QByteArray("\"from_step\": 7") << "history.predictions[0].from_step"
        << "not one of the history's steps";
    QTest::newRow("view tab unknown") << QByteArray("\"folded\": false")
                                      << QByteArray("\"folded\": false, \"tab\": \"3d\"") << "view.tab"
                                      << "is not one of \"step\"";
    QTest::newRow("view speed negative") << QByteArray("\"speed\": 10") << QByteArray("\"speed\": -1") << "view.speed"
                                         << "≥ 0";
    QTest::newRow("view unknown field") << QByteArray("\"folded\": false")
                                        << QByteArray("\"folded\": false, \"zoom\": 2") << "view.zoom"
                                        << "not a field of \"view\"";
    QTest::newRow("view folded not a flag")
        << QByteArray("\"folded\": false") << QByteArray("\"folded\": 0") << "view.folded"
        << "true or false";
}

void TestSessionDocument::refusesBadHistoryOrView()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Trainer trainer(lectureExample());
    HistoryRecorder recorder;
    for (int i = 0; i < 3; ++i) {
        const StepOutcome outcome = trainer.step();
        recorder.record(outcome.step, outcome.loss, trainer.trace(), trainer.task());
    }
    const ViewState view;
    QByteArray json = QByteArray::fromStdString(
        SessionFile::toJson(trainer.currentSession(), toSavedHistory(recorder.history()), &view));
    QVERIFY2(SessionFile::parse(json).session, "the unedited file is valid");
    QVERIFY2(json.contains(from), json.constData());
    json.replace(from, to);
    const SessionParseResult result = SessionFile::parse(json);
    QVERIFY(!result.session);
    QVERIFY(result.history.empty());
    QVERIFY2(test::hasProblem(result.problems, field, message), qPrintable(test::problemsText(result.problems)));
}

void TestSessionDocument::truncatedAndCorruptedFiles_data()
{
    QTest::addColumn<int>("cut"); // keep this share of the file (per mille), 1000: whole
    QTest::addColumn<int>("flip"); // then overwrite the byte at this per mille with '#', -1: none
    QTest::addColumn<QString>("message");
    QTest::newRow("cut in half") << 500 << -1 << "the file ends too early";
    QTest::newRow("last byte missing") << 999 << -1 << "the file ends too early";
    QTest::newRow("one byte overwritten") << 1000 << 400 << "not valid JSON";
}

void TestSessionDocument::truncatedAndCorruptedFiles()
{
    QFETCH(int, cut);
    QFETCH(int, flip);
    QFETCH(QString, message);
    const TrainedRun run = train(twoTexts(), 4);
    QByteArray json = QByteArray::fromStdString(SessionFile::toJson(run.session, run.history));
    json = json.trimmed();
    json.truncate(json.size() * cut / 1000);
    if (flip >= 0)
        json[json.size() * flip / 1000] = '#';
    const SessionParseResult result = SessionFile::parse(json);
    QVERIFY(!result.session);
    QVERIFY2(test::problemsText(result.problems).contains(message), qPrintable(test::problemsText(result.problems)));
}

QTEST_GUILESS_MAIN(TestSessionDocument)
#include "tst_sessiondocument.moc"
