// SPDX-License-Identifier: MIT
// The task seam (engine/task.h) for the two character tasks and the forecast (issue 15): how a
// text or a series becomes inputs and targets, the sizes and blocks of the model, how outputs are named and predictions printed, the
// metric, and the checks of their session fields and of saved predictions — each message naming
// its field.
#include "engine/task.h"

#include "engine/crossentropyloss.h"
#include "engine/mseloss.h"
#include "engine/session.h"
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
    void forecastEncodesTheNextValue();
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

DataConfig wave()
{
    DataConfig data;
    data.task = TaskKind::Forecast;
    data.series = {{{0.0}, {0.5}, {1.0}, {0.5}}, {{-1.0}, {0.1}}};
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
    // Issue 15's bad input, each naming its field.
    QTest::newRow("forecast") << wave() << QStringList{};
    DataConfig noSeries = wave();
    noSeries.series.clear();
    QTest::newRow("forecast: no series") << noSeries << QStringList{"data.series"};
    DataConfig shortSeries = wave();
    shortSeries.series[1] = {{1.0}};
    QTest::newRow("forecast: a series of 1 point") << shortSeries << QStringList{"data.series[1]"};
    DataConfig ragged = wave();
    ragged.series[0][2] = {1.0, 2.0};
    QTest::newRow("forecast: rows of different widths") << ragged << QStringList{"data.series[0][2]"};
    DataConfig features = wave();
    features.series[1] = {{1.0, 2.0}, {3.0, 4.0}};
    QTest::newRow("forecast: series with different features") << features << QStringList{"data.series[1]"};
    DataConfig tooBig = wave();
    tooBig.series[0][3] = {1e39};
    QTest::newRow("forecast: 1e39") << tooBig << QStringList{"data.series[0][3]"};
    DataConfig nan = wave();
    nan.series[0][1] = {std::nan("")};
    QTest::newRow("forecast: NaN") << nan << QStringList{"data.series[0][1]"};
    DataConfig test = wave();
    test.testSeries = {{{1.0, 2.0}, {3.0, 4.0}}, {{1.0}}};
    QTest::newRow("forecast: test series of other features and 1 point")
        << test << QStringList{"data.test_series[0]", "data.test_series[1]"};
    DataConfig texts = wave();
    texts.texts = {U"hello"};
    QTest::newRow("forecast: texts") << texts << QStringList{"data.texts"};
    DataConfig series = hello();
    series.series = wave().series;
    QTest::newRow("next: series") << series << QStringList{"data.series"};
    DataConfig generator = wave();
    generator.seriesGenerators = {SignalSpec{}, SignalSpec{}};
    generator.seriesGenerators[1].period = 0;
    generator.seriesGenerators[0].length = -1;
    QTest::newRow("forecast: generator of period 0 and length -1")
        << generator << QStringList{"data.generator.series[0].length", "data.generator.series[1].period"};
    DataConfig many = wave();
    many.series[0].assign(std::size_t(limits::maxTotalPoints), {0.5});
    QTest::newRow("forecast: more points than the limit") << many << QStringList{"data.series"};
    DataConfig wide = wave();
    wide.series = {SeriesValues(2, std::vector<double>(std::size_t(limits::maxFeatures) + 1, 0.0))};
    QTest::newRow("forecast: more features than the limit") << wide << QStringList{"data.series[0]"};
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

void TestTasks::forecastEncodesTheNextValue()
{
    const auto task = Task::create(wave());
    QVERIFY(task->kind() == TaskKind::Forecast);
    QVERIFY(task->outputKind() == OutputKind::Value);
    QCOMPARE(task->inputSize(), 1);
    QCOMPARE(task->outputSize(), 1);
    QCOMPARE(task->timeSteps(), std::int64_t(3 + 1));
    QCOMPARE(&task->loss(), static_cast<const Loss *>(&MSELoss::instance()));
    const Dataset dataset = task->dataset();
    QCOMPARE(dataset.sequences.size(), std::size_t(2));
    QCOMPARE(dataset.sequences[0].length(), 3);
    QCOMPARE(dataset.sequences[0].inputs.size(), std::size_t(0)); // real-valued, not one-hot
    QCOMPARE(dataset.sequences[0].inputValues, (Matrix<float>(1, 3) << 0.0f, 0.5f, 1.0f).finished());
    QCOMPARE(dataset.sequences[0].targetValues, (Matrix<float>(1, 3) << 0.5f, 1.0f, 0.5f).finished());
    QCOMPARE(dataset.sequences[1].targetValues(0, 0), 0.1f); // the double rounded to float32
    QCOMPARE(dataset.targetCount(), 4);
    QCOMPARE(task->outputName(0), std::u32string(U"x"));
    // The metric: the mean absolute error of the outputs against the targets.
    Trace<float> trace;
    SequenceTrace<float> sequence;
    sequence.logits = (Matrix<float>(1, 3) << 0.0f, 1.0f, 1.0f).finished();
    sequence.targetValues = dataset.sequences[0].targetValues;
    trace.sequences = {sequence};
    QCOMPARE(task->metric(trace), (0.5 + 0.0 + 0.5) / 3);
    QCOMPARE(task->predictionText(sequence), std::u32string(U"0 1 1"));
    QCOMPARE(task->metricName(), std::string("mean absolute error"));
    // Without an output layer H must be D, said in the task's words.
    QVERIFY(task->hiddenSizeMismatch(4).message.find("the number of features 1") != std::string::npos);
    // An output layer is Linear(H, D).
    const auto layout = task->layout(ModelConfig{CellKind::Lstm, 6, 1, true});
    QCOMPARE(layout->tensor(layout->fcWeight()).rows, 1);
    QCOMPARE(layout->inputSize(), 1);
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
