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
    void lines_data();
    void lines();
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

void TestTextSession::lines_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<bool>("classifies");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("classes"); // TextSession::classesOf
    QTest::addColumn<QStringList>("written"); // linesOf() of the result
    QTest::newRow("no tab: next character")
        << QStringList{QStringLiteral("hello"), QStringLiteral("world")} << false
        << QStringList{QStringLiteral("hello"), QStringLiteral("world")} << QStringList{} << QStringList{}
        << QStringList{QStringLiteral("hello"), QStringLiteral("world")};
    QTest::newRow("text<Tab>label: a classifier, labels trimmed, the last tab splits")
        << QStringList{QStringLiteral("good film\tpos "), QStringLiteral("a\tb\tneg"), QStringLiteral("fine\tpos")}
        << true << QStringList{QStringLiteral("good film"), QStringLiteral("a\tb"), QStringLiteral("fine")}
        << QStringList{QStringLiteral("pos"), QStringLiteral("neg"), QStringLiteral("pos")}
        << QStringList{QStringLiteral("pos"), QStringLiteral("neg")}
        << QStringList{QStringLiteral("good film\tpos"), QStringLiteral("a\tb\tneg"), QStringLiteral("fine\tpos")};
    QTest::newRow("a mix: the unlabelled line gets an empty label")
        << QStringList{QStringLiteral("good\tpos"), QStringLiteral("bad")} << true
        << QStringList{QStringLiteral("good"), QStringLiteral("bad")} << QStringList{QStringLiteral("pos"), QString()}
        << QStringList{QStringLiteral("pos"), QString()}
        << QStringList{QStringLiteral("good\tpos"), QStringLiteral("bad\t")};
}

void TestTextSession::lines()
{
    QFETCH(QStringList, lines);
    QFETCH(bool, classifies);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, classes);
    QFETCH(QStringList, written);
    // Start from the other task's data, so that nothing of it may stay behind.
    DataConfig data = TextSession::fromTexts({QStringLiteral("x"), QStringLiteral("y")},
                                             {QStringLiteral("one"), QStringLiteral("two")})
                          ->data;
    if (classifies)
        data = lectureExample().data;
    data.classes = std::vector<std::u32string>{U"one", U"two"};
    TextSession::setLines(data, lines);
    QVERIFY(data.task == (classifies ? TaskKind::Classify : TaskKind::NextCharacter));
    const auto strings = [](const std::vector<std::u32string> &items) {
        QStringList out;
        for (const auto &item : items)
            out << QString::fromStdU32String(item);
        return out;
    };
    QCOMPARE(strings(data.texts), texts);
    QCOMPARE(strings(data.labels), labels);
    if (classifies) {
        data.classes.reset(); // the labels' own classes, in order of first appearance
        QCOMPARE(TextSession::classesOf(data).has_value(), true);
        QCOMPARE(strings(*TextSession::classesOf(data)), classes);
    } else {
        QVERIFY(!data.classes); // a next-character session has none
        QVERIFY(!TextSession::classesOf(data));
    }
    QCOMPARE(TextSession::linesOf(data), written);
}

QTEST_GUILESS_MAIN(TestTextSession)
#include "tst_textsession.moc"
