// SPDX-License-Identifier: MIT
// PredictionsModel over a real training history: QAbstractItemModelTester while rows are appended
// and on a reset, row count equal to the history's size, the strings it displays (the lecture's
// "elll" … "ello"), the match tooltip, and the pure helpers (matches, elide).
#include "engine/dataset.h"
#include "engine/unicode.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/panels/predictionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestPredictionsModel : public QObject
{
    Q_OBJECT

private slots:
    void growsWithTheHistory();
    void displayStrings();
    void resetOnANewGeneration();
    void severalTexts();
    void matches_data();
    void matches();
    void elide_data();
    void elide();
    void matchDescription();
    void formatLoss_data();
    void formatLoss();
};

void TestPredictionsModel::growsWithTheHistory()
{
    PredictionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    SnapshotBuilder run(rnnlab::lectureExample());
    model.setSnapshot(run.snapshot());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(reset.count(), 1);
    int expected = 0;
    for (int steps : {1, 2, 7, 40}) {
        run.train(steps);
        const SnapshotPtr snapshot = run.snapshot();
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), int(snapshot->history.size()));
        QCOMPARE(inserted.last().at(1).toInt(), expected); // first new row
        QCOMPARE(inserted.last().at(2).toInt(), expected + steps - 1); // last new row
        expected += steps;
    }
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(reset.count(), 1); // appends, never resets, within a generation
    // No new entries: nothing happens.
    model.setSnapshot(run.snapshot());
    QCOMPARE(inserted.count(), 4);
}

void TestPredictionsModel::displayStrings()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(10);
    const SnapshotPtr snapshot = run.snapshot();
    PredictionsModel model;
    model.setSnapshot(snapshot);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Step"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Loss"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("“hello”"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const HistoryEntry &entry = snapshot->history.at(row);
        QCOMPARE(model.data(model.index(row, 0)).toString(), QString::number(entry.step));
        QCOMPARE(model.data(model.index(row, 1)).toString(), QString::number(entry.loss, 'f', 6));
        QCOMPARE(model.data(model.index(row, 2)).toString(), QString::fromStdString(toUtf8((*entry.predictions)[0])));
    }
    // The lecture's loop prints "elll" at step 1 and "ello" at step 10 (README, PyTorch goldens).
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("elll"));
    QCOMPARE(model.data(model.index(9, 2)).toString(), QStringLiteral("ello"));
    QCOMPARE(model.data(model.index(0, 2), Qt::ToolTipRole).toString().section(u'\n', 0, 0),
             QStringLiteral("3 of 4 characters match the target “ello”"));
    QCOMPARE(model.data(model.index(9, 2), Qt::ToolTipRole).toString(),
             QStringLiteral("4 of 4 characters match the target “ello”"));
    QCOMPARE(model.data(model.index(0, 2), PredictionsModel::MatchRole).value<QList<bool>>(),
             QList<bool>({true, true, true, false}));
    QCOMPARE(model.data(model.index(0, 2), PredictionsModel::TargetRole).toString(), QStringLiteral("ello"));
    QVERIFY(model.data(model.index(0, 1), Qt::ToolTipRole)
                .toString()
                .contains(QString::number(snapshot->history.at(0).loss, 'g', 9)));
}

void TestPredictionsModel::resetOnANewGeneration()
{
    PredictionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SnapshotBuilder first(rnnlab::lectureExample(), 1);
    first.train(12);
    model.setSnapshot(first.snapshot());
    QCOMPARE(model.rowCount(), 12);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Session other = rnnlab::lectureExample();
    other.data.texts = {U"hello world", U"low"};
    other.model.hiddenSize = 8; // "helo wrd": no output layer, so H = V
    SnapshotBuilder second(other, 2);
    second.train(3);
    model.setSnapshot(second.snapshot());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    model.setSnapshot(nullptr);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
}

void TestPredictionsModel::severalTexts()
{
    Session session = rnnlab::lectureExample();
    session.data.texts = {U"hello", U"a rather long text that needs eliding"};
    session.model.hiddenSize = Dataset::vocabularyOf(session.data).size(); // no output layer: H = V
    SnapshotBuilder run(session);
    run.train(2);
    PredictionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(run.snapshot());
    QCOMPARE(model.columnCount(), 4);
    const QString header = model.headerData(3, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("“a rather long text that…”"));
    QVERIFY(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Text 2")));
    QCOMPARE(model.data(model.index(1, 3)).toString().size(), 36); // one per target
}

void TestPredictionsModel::matches_data()
{
    QTest::addColumn<QString>("prediction");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<bool>>("expected");
    QTest::newRow("all right") << QStringLiteral("ello") << QStringLiteral("hello")
                               << QList<bool>{true, true, true, true};
    QTest::newRow("last wrong") << QStringLiteral("elll") << QStringLiteral("hello")
                                << QList<bool>{true, true, true, false};
    QTest::newRow("all wrong") << QStringLiteral("hhhh") << QStringLiteral("hello")
                               << QList<bool>{false, false, false, false};
    QTest::newRow("non-BMP characters count once")
        << QStringLiteral("🙂a") << QStringLiteral("x🙂b") << QList<bool>{true, false};
    QTest::newRow("empty text") << QStringLiteral("") << QStringLiteral("") << QList<bool>{};
}

void TestPredictionsModel::matches()
{
    QFETCH(QString, prediction);
    QFETCH(QString, text);
    QFETCH(QList<bool>, expected);
    const std::vector<bool> result = PredictionsModel::matches(prediction.toStdU32String(), text.toStdU32String());
    QCOMPARE(QList<bool>(result.begin(), result.end()), expected);
}

void TestPredictionsModel::elide_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("hello") << 24 << QStringLiteral("hello");
    QTest::newRow("exactly") << QStringLiteral("hello") << 5 << QStringLiteral("hello");
    QTest::newRow("cut") << QStringLiteral("hello world") << 6 << QStringLiteral("hello…");
    QTest::newRow("cut by code points") << QStringLiteral("🙂🙂🙂🙂") << 3 << QStringLiteral("🙂🙂…");
}

void TestPredictionsModel::elide()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(PredictionsModel::elide(text.toStdU32String(), max), expected);
}

void TestPredictionsModel::matchDescription()
{
    QCOMPARE(PredictionsModel::matchDescription(U"elll", U"hello"),
             QStringLiteral("3 of 4 characters match the target “ello”\nwrong at 4: 'l' instead of 'o'"));
}

void TestPredictionsModel::formatLoss_data()
{
    // One shape for every row: the decimal points line up in the right-aligned column.
    QTest::addColumn<double>("loss");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.0953 keeps its trailing zeros") << 1.0953 << QStringLiteral("1.095300");
    QTest::newRow("1.10076 beside it, same width") << 1.10076 << QStringLiteral("1.100760");
    QTest::newRow("a late loss keeps its digits") << 8.5e-5 << QStringLiteral("0.000085");
    QTest::newRow("an early loss above 10") << 12.3 << QStringLiteral("12.300000");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.000000");
}

void TestPredictionsModel::formatLoss()
{
    QFETCH(double, loss);
    QFETCH(QString, expected);
    QCOMPARE(PredictionsModel::formatLoss(loss), expected);
    QCOMPARE(expected.size() - expected.indexOf(u'.') - 1, PredictionsModel::lossDecimals);
}

QTEST_MAIN(TestPredictionsModel)
#include "tst_predictionsmodel.moc"
