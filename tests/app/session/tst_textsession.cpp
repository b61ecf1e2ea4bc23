// SPDX-License-Identifier: MIT
// TextSession: what `--text … [--label …]` stands for on both programs' command lines — the
// lecture's settings on those texts, one hidden unit per character (or per class), and the refusal
// of labels that are not one per text, word for word.
#include "app/session/textsession.h"

#include <QTest>

using namespace rnnlab;

class TestTextSession : public QObject
{
    Q_OBJECT

private slots:
    void sessions_data();
    void sessions();
    void refusesLabelsThatAreNotOnePerText_data();
    void refusesLabelsThatAreNotOnePerText();
};

void TestTextSession::sessions_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<bool>("classifies");
    QTest::addColumn<int>("hiddenSize");
    QTest::newRow("the lecture's hello") << QStringList{QStringLiteral("hello")} << QStringList{} << false << 4;
    QTest::newRow("two texts: their vocabulary")
        << QStringList{QStringLiteral("hello"), QStringLiteral("world")} << QStringList{} << false << 7;
    QTest::newRow("beyond the BMP: code points")
        << QStringList{QStringLiteral("a\U0001F600b\U0001F600")} << QStringList{} << false << 3;
    QTest::newRow("every text empty: 0 (validate() refuses it)")
        << QStringList{QString()} << QStringList{} << false << 0;
    QTest::newRow("a classifier: one unit per class")
        << QStringList{QStringLiteral("good film"), QStringLiteral("bad film"), QStringLiteral("great")}
        << QStringList{QStringLiteral("pos"), QStringLiteral("neg"), QStringLiteral("pos")} << true << 2;
}

void TestTextSession::sessions()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, labels);
    QFETCH(bool, classifies);
    QFETCH(int, hiddenSize);
    QString problem = QStringLiteral("untouched");
    const std::optional<Session> session = TextSession::fromTexts(texts, labels, &problem);
    QVERIFY(session);
    QCOMPARE(problem, QStringLiteral("untouched"));
    QCOMPARE(session->data.texts.size(), std::size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(QString::fromStdU32String(session->data.texts[std::size_t(i)]), texts[i]);
    QVERIFY(session->data.task == (classifies ? TaskKind::Classify : TaskKind::NextCharacter));
    QCOMPARE(session->data.labels.size(), std::size_t(labels.size()));
    QCOMPARE(session->model.hiddenSize, hiddenSize);
    // Everything else is the lecture's.
    Session lecture = lectureExample();
    lecture.data = session->data;
    lecture.model.hiddenSize = hiddenSize;
    QVERIFY(session->model.cell == lecture.model.cell);
    QCOMPARE(session->model.numLayers, lecture.model.numLayers);
    QCOMPARE(session->model.outputLayer, lecture.model.outputLayer);
    QVERIFY(session->training.optimizer == lecture.training.optimizer);
    QCOMPARE(session->training.learningRate, lecture.training.learningRate);
    QCOMPARE(session->training.seed, lecture.training.seed);
    QCOMPARE(session->training.steps, lecture.training.steps);
    QVERIFY(!session->weights && !session->optimizerState);
}

void TestTextSession::refusesLabelsThatAreNotOnePerText_data()
{
    QTest::addColumn<int>("texts");
    QTest::addColumn<int>("labels");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one short") << 2 << 1
                               << QStringLiteral("--label: 1 labels for 2 texts; a classifier needs one --label per "
                                                 "--text, in the same order");
    QTest::newRow("one too many") << 1 << 2
                                  << QStringLiteral("--label: 2 labels for 1 texts; a classifier needs one --label per "
                                                    "--text, in the same order");
    QTest::newRow("labels without texts") << 0 << 1
                                          << QStringLiteral("--label: 1 labels for 0 texts; a classifier needs one "
                                                            "--label per --text, in the same order");
}

void TestTextSession::refusesLabelsThatAreNotOnePerText()
{
    QFETCH(int, texts);
    QFETCH(int, labels);
    QFETCH(QString, problem);
    QString said;
    QVERIFY(!TextSession::fromTexts(QStringList(texts, QStringLiteral("hello")),
                                    QStringList(labels, QStringLiteral("x")), &said));
    QCOMPARE(said, problem);
}

QTEST_GUILESS_MAIN(TestTextSession)
#include "tst_textsession.moc"
