// SPDX-License-Identifier: MIT
// StateDictImport, the acceptance of issue 20 item 6: a state_dict real PyTorch 1.13 saved
// (torch.save(model.state_dict(), …): RNN, LSTM and GRU, 1 and 2 layers, with and without an
// nn.Linear, under the user's own module names) imports with the texts and the vocabulary given,
// and its first three training steps give the losses PyTorch computed for those weights
// (tests/data/pytorch/statedict/goldens.json, made by scripts/make-pytorch-statedicts.py); what
// the caller must add (the cell of an nn.RNN, the texts, the one-hot order) is asked for by name,
// and a model rnnlab cannot be (bidirectional, an embedding, no biases, two Linear layers) refused
// by name.
#include "tests/support/testsupport.h"

#include "app/session/statedictimport.h"
#include "engine/trainer.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace rnnlab;

namespace {

QString statedictFile(const QString &name)
{
    return test::dataFile(QStringLiteral("pytorch/statedict/") + name);
}

QJsonObject goldens()
{
    return test::readJsonObject(statedictFile(QStringLiteral("goldens.json")));
}

//! The texts and vocabulary goldens.json was computed with, and \a cell.
StateDictImportOptions goldenOptions(std::optional<CellKind> cell = std::nullopt)
{
    const QJsonObject g = goldens();
    StateDictImportOptions options;
    for (const QJsonValue &text : g.value(QLatin1String("texts")).toArray())
        options.texts.push_back(text.toString().toStdU32String());
    options.vocabulary = g.value(QLatin1String("vocabulary")).toString().toStdU32String();
    options.cell = cell;
    return options;
}

QString problemsText(const PytorchImportResult &result)
{
    QStringList lines;
    for (const Problem &problem : result.problems)
        lines << QString::fromStdString(problem.toString());
    return lines.join(QStringLiteral("; "));
}

QString notesText(const PytorchImportResult &result)
{
    QStringList lines;
    for (const std::string &note : result.notes)
        lines << QString::fromStdString(note);
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestStateDictImport : public QObject
{
    Q_OBJECT

private slots:
    void trainsToPytorchsLosses_data();
    void trainsToPytorchsLosses();
    void infersTheModel_data();
    void infersTheModel();
    void asksForWhatIsNotRecorded_data();
    void asksForWhatIsNotRecorded();
    void refusesWhatItCannotBe_data();
    void refusesWhatItCannotBe();
};

void TestStateDictImport::trainsToPytorchsLosses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QJsonArray>("losses");
    QTest::addColumn<QString>("note");
    const QJsonObject g = goldens();
    for (const char *group : {"models", "noted"}) {
        const QJsonObject files = g.value(QLatin1String(group)).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            // --cell only where the shapes cannot tell (nn.RNN: tanh or ReLU).
            const bool needsCell = entry.value(QLatin1String("cell")).toString().startsWith(QLatin1String("rnn_"));
            QTest::newRow(qPrintable(it.key()))
                << it.key() << (needsCell ? entry.value(QLatin1String("cell")).toString() : QString())
                << entry.value(QLatin1String("losses")).toArray() << entry.value(QLatin1String("note")).toString();
        }
    }
}

void TestStateDictImport::trainsToPytorchsLosses()
{
    QFETCH(QString, file);
    QFETCH(QString, cell);
    QFETCH(QJsonArray, losses);
    QFETCH(QString, note);
    const auto kind = cell.isEmpty() ? std::nullopt : cellKindFromString(cell.toStdString());
    const PytorchImportResult imported = StateDictImport::read(statedictFile(file), goldenOptions(kind));
    QVERIFY2(imported.session, qPrintable(problemsText(imported)));
    QVERIFY2(notesText(imported).contains(note), qPrintable(notesText(imported)));
    QVERIFY(notesText(imported).contains(QLatin1String("fresh Adam (lr 0.1)")));
    Trainer trainer(*imported.session);
    QCOMPARE(losses.size(), 3);
    for (qsizetype step = 0; step < losses.size(); ++step) {
        const StepOutcome outcome = trainer.step();
        QVERIFY2(outcome.accepted, outcome.problem.c_str());
        // PRECISION.md: losses within 1e-5 over the first ten steps (float32, summed in another order).
        const double expected = losses.at(step).toDouble();
        QVERIFY2(std::abs(outcome.loss - expected) <= 1e-5,
                 qPrintable(QStringLiteral("step %1: rnnlab %2, PyTorch %3")
                                .arg(step + 1)
                                .arg(double(outcome.loss), 0, 'g', 9)
                                .arg(expected, 0, 'g', 9)));
    }
}

void TestStateDictImport::infersTheModel_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("hiddenSize");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::newRow("nn.RNN, tanh given") << "rnn_tanh_1layer.pt"
                                        << "rnn_tanh" << 9 << 1 << false;
    QTest::newRow("nn.RNN, relu given, fc") << "rnn_relu_2layers_fc.pt"
                                            << "rnn_relu" << 6 << 2 << true;
    QTest::newRow("lstm + out") << "lstm_1layer_fc.pt"
                                << "lstm" << 6 << 1 << true;
    QTest::newRow("lstm, 2 layers") << "lstm_2layers.pt"
                                    << "lstm" << 9 << 2 << false;
    QTest::newRow("a bare nn.GRU") << "gru_1layer.pt"
                                   << "gru" << 9 << 1 << false;
    QTest::newRow("encoder + decoder") << "gru_2layers_fc.pt"
                                       << "gru" << 6 << 2 << true;
}

void TestStateDictImport::infersTheModel()
{
    QFETCH(QString, file);
    QFETCH(QString, cell);
    QFETCH(int, hiddenSize);
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    const auto kind = cellKindFromString(cell.toStdString());
    // The cell option only for nn.RNN; LSTM and GRU are told by their shapes.
    const PytorchImportResult imported = StateDictImport::read(
        statedictFile(file), goldenOptions(cell.startsWith(QLatin1String("rnn_")) ? kind : std::nullopt));
    QVERIFY2(imported.session, qPrintable(problemsText(imported)));
    const Session &s = *imported.session;
    QCOMPARE(toString(s.model.cell), toString(*kind));
    QCOMPARE(s.model.hiddenSize, hiddenSize);
    QCOMPARE(s.model.numLayers, layers);
    QCOMPARE(s.model.outputLayer, outputLayer);
    // rnnlab's names, whatever the user's were.
    QCOMPARE(s.weights->front().name, std::string("rnn.weight_ih_l0"));
    if (outputLayer)
        QCOMPARE(s.weights->back().name, std::string("fc.bias"));
}

void TestStateDictImport::asksForWhatIsNotRecorded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("options"); // which of the golden options to drop or change
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("nn.RNN without a cell")
        << "rnn_tanh_1layer.pt"
        << "no cell" << QStringList{"cell"} << "rnn_tanh (nonlinearity='tanh', the default) or rnn_relu";
    QTest::newRow("nothing given for an nn.RNN")
        << "rnn_tanh_1layer.pt"
        << "no cell, no texts, no vocabulary" << QStringList{"cell", "texts"} << "are not in a .pt";
    QTest::newRow("a cell that contradicts the shapes")
        << "lstm_1layer_fc.pt"
        << "cell gru" << QStringList{"cell"} << "gru does not fit the weights, which are nn.LSTM's";
    QTest::newRow("no texts") << "gru_1layer.pt"
                              << "no texts" << QStringList{"texts"} << "give the texts to train on";
    QTest::newRow("a vocabulary of the wrong size")
        << "gru_1layer.pt"
        << "vocabulary helo" << QStringList{"vocabulary"}
        << "has 4 characters, but the model reads 9 one-hot inputs (weight_ih_l0 has 9 columns)";
    QTest::newRow("texts with fewer characters than inputs, no vocabulary")
        << "lstm_1layer_fc.pt"
        << "texts hello, no vocabulary" << QStringList{"vocabulary"}
        << "is needed: the model reads 9 one-hot inputs (lstm.weight_ih_l0 has 9 columns) and the texts have 4";
    QTest::newRow("a text with a character outside the vocabulary")
        << "gru_2layers_fc.pt"
        << "texts hello!" << QStringList{"vocabulary"} << "lacks '!', which the texts use";
}

void TestStateDictImport::asksForWhatIsNotRecorded()
{
    QFETCH(QString, file);
    QFETCH(QString, options);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    StateDictImportOptions given = goldenOptions();
    if (options.contains(QLatin1String("no texts")))
        given.texts.clear();
    if (options.contains(QLatin1String("no vocabulary")))
        given.vocabulary.reset();
    if (options.contains(QLatin1String("vocabulary helo")))
        given.vocabulary = U"helo";
    if (options.contains(QLatin1String("texts hello!")))
        given.texts = {U"hello!"};
    else if (options.contains(QLatin1String("texts hello")))
        given.texts = {U"hello"};
    if (options.contains(QLatin1String("cell gru")))
        given.cell = CellKind::Gru;
    const PytorchImportResult imported = StateDictImport::read(statedictFile(file), given);
    QVERIFY(!imported.session);
    QStringList found;
    for (const Problem &problem : imported.problems)
        found << QString::fromStdString(problem.field);
    QCOMPARE(found, fields);
    QVERIFY2(problemsText(imported).contains(message), qPrintable(problemsText(imported)));
    QCOMPARE(imported.textsMissing, options.contains(QLatin1String("no texts")));
}

void TestStateDictImport::refusesWhatItCannotBe_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    const QJsonObject refused = goldens().value(QLatin1String("refused")).toObject();
    QVERIFY(refused.size() >= 9);
    for (auto it = refused.begin(); it != refused.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
    QTest::newRow("views, not a model") << "views.pt"
                                        << "holds no weights of an nn.RNN, nn.LSTM or nn.GRU";
}

void TestStateDictImport::refusesWhatItCannotBe()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const PytorchImportResult imported = StateDictImport::read(statedictFile(file), goldenOptions());
    QVERIFY(!imported.session);
    QVERIFY(!imported.problems.empty());
    QVERIFY2(problemsText(imported).contains(message), qPrintable(problemsText(imported)));
    QVERIFY(imported.notes.empty());
}

QTEST_GUILESS_MAIN(TestStateDictImport)
#include "tst_statedictimport.moc"
