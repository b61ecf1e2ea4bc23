// SPDX-License-Identifier: MIT
// The task seam (engine/task.h) for the two character tasks: how a text becomes inputs and
// targets, the sizes and blocks of the model, how outputs are named and predictions printed, the
// metric, and the checks of their session fields and of saved predictions — each message naming
// its field.
#include "engine/task.h"

#include "engine/crossentropyloss.h"
#include "engine/tasks/charactertask.h"

#include <QTest>

using namespace rnnlab;

class TestTasks : public QObject
{
    Q_OBJECT

private slots:
    void nextCharacterEncodesEveryStep();
    void classifyEncodesTheLabelAtTheLastStep();
    void layoutAndLoss();
    void predictionsAndMetric();
    void validation_data();
    void validation();
    void savedPredictions_data();
    void savedPredictions();
    void hiddenSizeMismatchNamesWhatTheOutputsAre();
};

namespace {

DataConfig hello()
{
    DataConfig data;
    data.texts = {U"hello", U"oh"};
    return data;
}

DataConfig sentiment()
{
    DataConfig data;
    data.task = TaskKind::Classify;
    data.texts = {U"good", U"bad", U"ok"};
    data.labels = {U"positive", U"negative", U"positive"};
    return data;
}

QStringList fieldsOf(const std::vector<Problem> &problems)
{
    QStringList fields;
    for (const Problem &problem : problems)
        fields << QString::fromStdString(problem.field);
    return fields;
}

} // namespace

void TestTasks::nextCharacterEncodesEveryStep()
{
    const auto task = Task::create(hello());
    QVERIFY(task->kind() == TaskKind::NextCharacter);
    QVERIFY(task->shape() == SequenceShape::ManyToMany);
    QCOMPARE(task->inputSize(), 4); // h e l o
    QCOMPARE(task->outputSize(), 4);
    QCOMPARE(task->timeSteps(), std::int64_t(4 + 1));
    const Dataset dataset = task->dataset();
    QCOMPARE(dataset.inputSize, 4);
    QCOMPARE(dataset.outputSize, 4);
    QCOMPARE(dataset.sequences.size(), std::size_t(2));
    // "hell" → "ello": h=0 e=1 l=2 o=3
    QCOMPARE(dataset.sequences[0].inputs, (std::vector<int>{0, 1, 2, 2}));
    QCOMPARE(dataset.sequences[0].targets, (std::vector<int>{1, 2, 2, 3}));
    QCOMPARE(dataset.sequences[1].inputs, (std::vector<int>{3}));
    QCOMPARE(dataset.sequences[1].targets, (std::vector<int>{0}));
    QCOMPARE(dataset.sequences[0].inputValues.size(), Eigen::Index(0)); // one-hot, not real-valued
    QCOMPARE(dataset.targetCount(), 5);
    QCOMPARE(task->outputName(3), std::u32string(U"o"));
}

void TestTasks::classifyEncodesTheLabelAtTheLastStep()
{
    const auto task = Task::create(sentiment());
    QVERIFY(task->kind() == TaskKind::Classify);
    QVERIFY(task->shape() == SequenceShape::ManyToOne);
    QCOMPARE(task->outputSize(), 2); // positive, negative: in order of first appearance
    QCOMPARE(task->outputName(1), std::u32string(U"negative"));
    QCOMPARE(task->timeSteps(), std::int64_t(4 + 3 + 2)); // every character is an input
    const Dataset dataset = task->dataset();
    QCOMPARE(dataset.sequences[1].length(), 3);
    QCOMPARE(dataset.sequences[1].targets, (std::vector<int>{-1, -1, 1}));
    QCOMPARE(dataset.sequences[2].targets, (std::vector<int>{-1, 0}));
    QCOMPARE(dataset.targetCount(), 3);
    QCOMPARE(dataset.classes.size(), std::size_t(2));
    // An explicit class order is the output order.
    DataConfig ordered = sentiment();
    ordered.classes = std::vector<std::u32string>{U"negative", U"positive"};
    QCOMPARE(Task::create(ordered)->dataset().sequences[0].targets.back(), 1);
}

void TestTasks::layoutAndLoss()
{
    const auto task = Task::create(sentiment());
    const auto layout = task->layout(ModelConfig{CellKind::Gru, 5, 2, true});
    QCOMPARE(layout->inputSize(), task->inputSize());
    QCOMPARE(layout->outputSize(), 2);
    QCOMPARE(layout->tensor(layout->fcWeight()).rows, 2);
    QCOMPARE(layout->stack().name, std::string("rnn"));
    QCOMPARE(&task->loss(), static_cast<const Loss *>(&CrossEntropyLoss::instance()));
}

void TestTasks::predictionsAndMetric()
{
    const auto next = Task::create(hello());
    SequenceTrace<float> sequence;
    sequence.predictions = {1, 2, 2, 3};
    QCOMPARE(next->predictionText(sequence), std::u32string(U"ello"));
    QVERIFY(next->canGenerate());
    QVERIFY(next->outputKind() == OutputKind::Character);
    const auto classify = Task::create(sentiment());
    sequence.predictions = {0, 0, 1}; // only the last step counts
    QCOMPARE(classify->predictionText(sequence), std::u32string(U"negative"));
    QVERIFY(!classify->canGenerate()); // its outputs are labels, not characters to read next
    QVERIFY(classify->outputKind() == OutputKind::Class);
    Trace<float> trace;
    trace.sequences = {sequence, sequence};
    QCOMPARE(classify->predictions(trace), (std::vector<std::u32string>{U"negative", U"negative"}));
    trace.targetCount = 4;
    trace.correctCount = 3;
    QCOMPARE(classify->metric(trace), 0.75);
    QCOMPARE(classify->metricName(), std::string("accuracy"));
}

void TestTasks::validation_data()
{
    QTest::addColumn<DataConfig>("data");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("hello") << hello() << QStringList{};
    QTest::newRow("sentiment") << sentiment() << QStringList{};
    DataConfig none;
    QTest::newRow("no texts") << none << QStringList{"data.texts"};
    DataConfig short1 = hello();
    short1.texts = {U"ab", U"a", U""};
    QTest::newRow("next: texts of 1 and 0 characters") << short1 << QStringList{"data.texts[1]", "data.texts[2]"};
    DataConfig labelled = hello();
    labelled.labels = {U"x", U"y"};
    QTest::newRow("next: labels") << labelled << QStringList{"data.labels"};
    DataConfig vocabulary = hello();
    vocabulary.vocabulary = U"hel";
    QTest::newRow("vocabulary lacks o") << vocabulary << QStringList{"data.vocabulary"};
    DataConfig one = sentiment();
    one.texts = {U"a", U"b"};
    one.labels = {U"x", U"x"};
    QTest::newRow("classify: one class") << one << QStringList{"data.labels"};
    DataConfig missing = sentiment();
    missing.labels.pop_back();
    QTest::newRow("classify: a label missing") << missing << QStringList{"data.labels"};
    DataConfig empty = sentiment();
    empty.texts[0].clear();
    empty.labels[1].clear();
    QTest::newRow("classify: empty text and label") << empty << QStringList{"data.texts[0]", "data.labels[1]"};
    DataConfig classes = sentiment();
    classes.classes = std::vector<std::u32string>{U"positive"};
    QTest::newRow("classify: label outside the classes") << classes << QStringList{"data.labels[1]"};
}

void TestTasks::validation()
{
    QFETCH(DataConfig, data);
    QFETCH(QStringList, fields);
    std::vector<Problem> problems;
    Task::validate(data, problems);
    QCOMPARE(fieldsOf(problems), fields);
}

void TestTasks::savedPredictions_data()
{
    QTest::addColumn<DataConfig>("data");
    QTest::addColumn<int>("sample");
    QTest::addColumn<QString>("prediction");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("next: one per input") << hello() << 0 << QStringLiteral("ello") << true;
    QTest::newRow("next: too short") << hello() << 0 << QStringLiteral("ell") << false;
    QTest::newRow("next: outside the vocabulary") << hello() << 1 << QStringLiteral("x") << false;
    QTest::newRow("classify: a class") << sentiment() << 2 << QStringLiteral("negative") << true;
    QTest::newRow("classify: not a class") << sentiment() << 2 << QStringLiteral("neutral") << false;
}

void TestTasks::savedPredictions()
{
    QFETCH(DataConfig, data);
    QFETCH(int, sample);
    QFETCH(QString, prediction);
    QFETCH(bool, accepted);
    const auto problem =
        Task::create(data)->checkSavedPrediction(std::size_t(sample), prediction.toStdU32String(), "field");
    QCOMPARE(!problem.has_value(), accepted);
    if (problem)
        QCOMPARE(problem->field, std::string("field"));
}

void TestTasks::hiddenSizeMismatchNamesWhatTheOutputsAre()
{
    QVERIFY(Task::create(hello())->hiddenSizeMismatch(7).toString().starts_with(
        "model.hidden_size: 7 does not match the vocabulary size 4: without an output layer the hidden state is "
        "the output (one unit per character)"));
    const Problem classes = Task::create(sentiment())->hiddenSizeMismatch(3);
    QCOMPARE(classes.field, std::string("model.hidden_size"));
    QVERIFY(classes.message.find("the number of classes 2") != std::string::npos);
    QVERIFY(classes.message.find("one unit per class") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
