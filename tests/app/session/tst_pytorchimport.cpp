// SPDX-License-Identifier: MIT
// PytorchImport: a state saved by save_state_dict_json() (written here as the helper writes it,
// from a run trained by rnnlab) becomes a session that trains on exactly as the run would have;
// every kind of file rnnlab cannot show is refused with the field named and what to do.
// (With PyTorch installed, scripts/pytorch-roundtrip.py checks the same with the real helper.)
#include "tests/support/testsupport.h"

#include "app/session/pytorchimport.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace rnnlab;

namespace {

QJsonValue tensorJson(const NamedTensor &tensor)
{
    QJsonArray array;
    if (tensor.shape.size() == 2) {
        for (std::int64_t r = 0; r < tensor.shape[0]; ++r) {
            QJsonArray row;
            for (std::int64_t c = 0; c < tensor.shape[1]; ++c)
                row.append(tensor.values[static_cast<std::size_t>(r * tensor.shape[1] + c)]);
            array.append(row);
        }
    } else {
        for (double v : tensor.values)
            array.append(v);
    }
    return array;
}

//! What save_state_dict_json(model, path, vocabulary, texts, optimizer) writes for \a session.
QJsonObject helperDocument(const Session &session)
{
    QJsonObject stateDict;
    for (const NamedTensor &tensor : *session.weights)
        stateDict[QString::fromStdString(tensor.name)] = tensorJson(tensor);
    QJsonArray texts;
    for (const auto &text : session.data.texts)
        texts.append(QString::fromStdString(toUtf8(text)));
    QJsonObject document{{QStringLiteral("format"), QStringLiteral("rnnlab-pytorch-state")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("cell"), QString::fromStdString(toString(session.model.cell))},
                         {QStringLiteral("batch_first"), true},
                         {QStringLiteral("vocabulary"),
                          QString::fromStdString(toUtf8(Dataset::vocabularyOf(session.data).characters()))},
                         {QStringLiteral("texts"), texts},
                         {QStringLiteral("state_dict"), stateDict},
                         {QStringLiteral("clip_grad_norm"),
                          session.training.clipGradNorm ? QJsonValue(*session.training.clipGradNorm) : QJsonValue()}};
    const bool adam = session.training.optimizer == OptimizerKind::Adam;
    QJsonObject state;
    if (session.optimizerState) {
        for (std::size_t t = 0; t < session.optimizerState->entries.size(); ++t) {
            const auto &e = session.optimizerState->entries[t];
            QJsonObject entry;
            if (e.step)
                entry[QStringLiteral("step")] = *e.step;
            if (e.expAvg)
                entry[QStringLiteral("exp_avg")] = tensorJson(*e.expAvg);
            if (e.expAvgSq)
                entry[QStringLiteral("exp_avg_sq")] = tensorJson(*e.expAvgSq);
            if (e.momentumBuffer)
                entry[QStringLiteral("momentum_buffer")] = tensorJson(*e.momentumBuffer);
            state[QString::number(t)] = entry;
        }
    }
    const QJsonObject settings = adam ? QJsonObject{{QStringLiteral("betas"), QJsonArray{0.9, 0.999}},
                                                    {QStringLiteral("eps"), 1e-8},
                                                    {QStringLiteral("weight_decay"), 0},
                                                    {QStringLiteral("amsgrad"), false}}
                                      : QJsonObject{{QStringLiteral("dampening"), 0},
                                                    {QStringLiteral("weight_decay"), 0},
                                                    {QStringLiteral("nesterov"), false}};
    document[QStringLiteral("optimizer")] = QJsonObject{
        {QStringLiteral("type"), adam ? QStringLiteral("adam") : QStringLiteral("sgd")},
        {QStringLiteral("lr"), session.training.learningRate},
        {QStringLiteral("momentum"), session.training.momentum},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("steps_taken"), qint64(session.optimizerState ? session.optimizerState->stepsTaken : 0)},
        {QStringLiteral("state"), state}};
    return document;
}

Session trainedLstm(OptimizerKind optimizer, double momentum, int steps)
{
    Session session = lectureExample();
    session.data.texts = {U"hello wörld", U"abc abc"};
    session.model = ModelConfig{CellKind::Lstm, 6, 2, true};
    session.training.optimizer = optimizer;
    session.training.momentum = momentum;
    session.training.learningRate = optimizer == OptimizerKind::Adam ? 0.05 : 0.3;
    session.training.clipGradNorm = 1.0;
    Trainer trainer(session);
    for (int i = 0; i < steps; ++i)
        trainer.step();
    return trainer.currentSession();
}

} // namespace

class TestPytorchImport : public QObject
{
    Q_OBJECT

private slots:
    void importedRunTrainsOnExactly_data();
    void importedRunTrainsOnExactly();
    void textsFromTheCaller();
    void refusesWhatItCannotShow_data();
    void refusesWhatItCannotShow();
};

void TestPytorchImport::importedRunTrainsOnExactly_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("momentum");
    QTest::newRow("adam") << int(OptimizerKind::Adam) << 0.0;
    QTest::newRow("sgd momentum") << int(OptimizerKind::Sgd) << 0.9;
    QTest::newRow("sgd") << int(OptimizerKind::Sgd) << 0.0;
}

void TestPytorchImport::importedRunTrainsOnExactly()
{
    QFETCH(int, optimizer);
    QFETCH(double, momentum);
    const Session saved = trainedLstm(OptimizerKind(optimizer), momentum, 4);
    const QByteArray bytes = QJsonDocument(helperDocument(saved)).toJson();
    const PytorchImportResult imported = PytorchImport::parse(bytes);
    QVERIFY2(imported.session, qPrintable(test::problemsText(imported.problems)));
    QCOMPARE(imported.session->model, saved.model);
    QVERIFY(imported.session->training.optimizer == saved.training.optimizer);
    QCOMPARE(imported.session->training.learningRate, saved.training.learningRate);
    Trainer original(saved);
    Trainer reopened(*imported.session);
    QCOMPARE(reopened.stepsTaken(), original.stepsTaken());
    QCOMPARE(test::bitDifferences(reopened.parameters(), original.parameters()), 0);
    for (int i = 0; i < 3; ++i) {
        const StepOutcome a = original.step();
        const StepOutcome b = reopened.step();
        QCOMPARE(b.step, a.step);
        QCOMPARE(b.loss, a.loss);
    }
    QCOMPARE(test::bitDifferences(reopened.parameters(), original.parameters()), 0);
}

void TestPytorchImport::textsFromTheCaller()
{
    const Session saved = trainedLstm(OptimizerKind::Adam, 0.0, 2);
    QJsonObject document = helperDocument(saved);
    document.remove(QStringLiteral("texts"));
    const QByteArray bytes = QJsonDocument(document).toJson();
    const PytorchImportResult without = PytorchImport::parse(bytes);
    QVERIFY(!without.session);
    QVERIFY(without.textsMissing);
    QVERIFY2(test::problemsText(without.problems).contains(QStringLiteral("--text")),
             qPrintable(test::problemsText(without.problems)));
    const PytorchImportResult with = PytorchImport::parse(bytes, {U"cab ale", U"how"});
    QVERIFY2(with.session, qPrintable(test::problemsText(with.problems)));
    QCOMPARE(with.session->data.texts.size(), std::size_t(2));
    // Texts with a character the model's vocabulary does not have: refused, naming it.
    const PytorchImportResult foreign = PytorchImport::parse(bytes, {U"xyz"});
    QVERIFY(!foreign.session);
    QVERIFY2(test::problemsText(foreign.problems).contains(QStringLiteral("'x'")),
             qPrintable(test::problemsText(foreign.problems)));
}

void TestPytorchImport::refusesWhatItCannotShow_data()
{
    QTest::addColumn<std::function<void(QJsonObject &)>>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    using Edit = std::function<void(QJsonObject &)>;
    const auto stateDictEdit = [](std::function<void(QJsonObject &)> f) {
        return Edit([f](QJsonObject &d) {
            QJsonObject s = d[QStringLiteral("state_dict")].toObject();
            f(s);
            d[QStringLiteral("state_dict")] = s;
        });
    };
    QTest::newRow("not the helper's file")
        << Edit([](QJsonObject &d) { d[QStringLiteral("format")] = QStringLiteral("torch"); }) << "format"
        << "save_state_dict_json";
    QTest::newRow("newer helper") << Edit([](QJsonObject &d) { d[QStringLiteral("version")] = 2; }) << "version"
                                  << "newer";
    QTest::newRow("unknown cell") << Edit([](QJsonObject &d) { d[QStringLiteral("cell")] = QStringLiteral("mamba"); })
                                  << "cell"
                                  << "\"lstm\"";
    QTest::newRow("module not called rnn") << stateDictEdit([](QJsonObject &s) {
        s[QStringLiteral("lstm.weight_ih_l0")] = s.take(QStringLiteral("rnn.weight_ih_l0"));
    }) << "state_dict.lstm.weight_ih_l0"
                                           << "not a parameter rnnlab knows";
    QTest::newRow("no biases") << stateDictEdit([](QJsonObject &s) { s.remove(QStringLiteral("rnn.bias_ih_l1")); })
                               << "state_dict.rnn.bias_ih_l1"
                               << "is missing";
    QTest::newRow("GRU weights called LSTM")
        << Edit([](QJsonObject &d) { d[QStringLiteral("cell")] = QStringLiteral("gru"); })
        << "state_dict.rnn.weight_hh_l0"
        << "not (3·H, H)";
    QTest::newRow("vocabulary of another size") << Edit([](QJsonObject &d) {
        d[QStringLiteral("vocabulary")] = d[QStringLiteral("vocabulary")].toString() + QStringLiteral("#");
    }) << "state_dict.rnn.weight_ih_l0"
                                                << "one column per character";
    QTest::newRow("amsgrad") << Edit([](QJsonObject &d) {
        QJsonObject o = d[QStringLiteral("optimizer")].toObject();
        QJsonObject settings = o[QStringLiteral("settings")].toObject();
        settings[QStringLiteral("amsgrad")] = true;
        o[QStringLiteral("settings")] = settings;
        d[QStringLiteral("optimizer")] = o;
    }) << "optimizer.settings"
                             << "amsgrad";
    QTest::newRow("optimizer state with a gap") << Edit([](QJsonObject &d) {
        QJsonObject o = d[QStringLiteral("optimizer")].toObject();
        QJsonObject state = o[QStringLiteral("state")].toObject();
        state.remove(QStringLiteral("3"));
        o[QStringLiteral("state")] = state;
        d[QStringLiteral("optimizer")] = o;
    }) << "optimizer.state.3"
                                                << "every parameter";
    QTest::newRow("moment of the wrong shape") << Edit([](QJsonObject &d) {
        QJsonObject o = d[QStringLiteral("optimizer")].toObject();
        QJsonObject state = o[QStringLiteral("state")].toObject();
        QJsonObject entry = state[QStringLiteral("2")].toObject();
        entry[QStringLiteral("exp_avg")] = QJsonArray{1.0, 2.0};
        state[QStringLiteral("2")] = entry;
        o[QStringLiteral("state")] = state;
        d[QStringLiteral("optimizer")] = o;
    }) << "optimizer.state.2.exp_avg"
                                               << "has shape [2]";
}

void TestPytorchImport::refusesWhatItCannotShow()
{
    QFETCH(std::function<void(QJsonObject &)>, edit);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QJsonObject document = helperDocument(trainedLstm(OptimizerKind::Adam, 0.0, 3));
    QVERIFY(PytorchImport::parse(QJsonDocument(document).toJson()).session); // unedited: fine
    edit(document);
    const PytorchImportResult result = PytorchImport::parse(QJsonDocument(document).toJson());
    QVERIFY(!result.session);
    QVERIFY2(test::hasProblem(result.problems, field, message), qPrintable(test::problemsText(result.problems)));
}

QTEST_GUILESS_MAIN(TestPytorchImport)
#include "tst_pytorchimport.moc"
