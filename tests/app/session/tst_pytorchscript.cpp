// SPDX-License-Identifier: MIT
// PytorchScript: the generated script builds the session's model (cell, layers, output layer),
// optimizer and clipping, and carries the session's weights and optimizer state bit for bit;
// texts with quotes, backslashes, triple quotes, newlines and non-ASCII characters survive as
// Python source (checked with any python3's ast module, no PyTorch needed). Whether the script
// trains as rnnlab does is scripts/pytorch-roundtrip.py's job (ctest -L pytorch).
#include "tests/support/testsupport.h"

#include "app/session/jsonwriter.h"
#include "app/session/pytorchscript.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rnnlab;

namespace {

//! The JSON block at the end of the script.
QJsonObject embeddedState(const std::string &script)
{
    const std::size_t begin = script.find("r\"\"\"\n");
    const std::size_t end = script.find("\"\"\")", begin + 5);
    if (begin == std::string::npos || end == std::string::npos)
        return {};
    const std::string json = script.substr(begin + 5, end - begin - 5);
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

bool contains(const std::string &script, const std::string &text)
{
    return script.find(text) != std::string::npos;
}

} // namespace

class TestPytorchScript : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheModel_data();
    void buildsTheModel();
    void carriesTheStateBitForBit();
    void textsSurviveAsPython();
    void classifierUsesTheLastStep();
};

void TestPytorchScript::buildsTheModel_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("outputLayer");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("momentum");
    QTest::addColumn<double>("clip");
    QTest::addColumn<QString>("constructor");
    QTest::newRow("rnn_tanh, the lecture's")
        << int(CellKind::RnnTanh) << 1 << false << int(OptimizerKind::Adam) << 0.0 << 0.0
        << "torch.nn.RNN(V, H, num_layers=L, nonlinearity=\"tanh\", batch_first=True)";
    QTest::newRow("rnn_relu, fc, sgd") << int(CellKind::RnnRelu) << 2 << true << int(OptimizerKind::Sgd) << 0.0 << 0.5
                                       << "torch.nn.RNN(V, H, num_layers=L, nonlinearity=\"relu\", batch_first=True)";
    QTest::newRow("lstm, 3 layers, momentum") << int(CellKind::Lstm) << 3 << true << int(OptimizerKind::Sgd) << 0.9
                                              << 1.0 << "torch.nn.LSTM(V, H, num_layers=L, batch_first=True)";
    QTest::newRow("gru, 4 layers, no fc") << int(CellKind::Gru) << 4 << false << int(OptimizerKind::Adam) << 0.0 << 0.25
                                          << "torch.nn.GRU(V, H, num_layers=L, batch_first=True)";
}

void TestPytorchScript::buildsTheModel()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, outputLayer);
    QFETCH(int, optimizer);
    QFETCH(double, momentum);
    QFETCH(double, clip);
    QFETCH(QString, constructor);
    Session session = lectureExample();
    session.model = ModelConfig{CellKind(cell), outputLayer ? 7 : 4, layers, outputLayer};
    session.training.optimizer = OptimizerKind(optimizer);
    session.training.momentum = momentum;
    session.training.learningRate = 0.125;
    if (clip > 0)
        session.training.clipGradNorm = clip;
    Trainer trainer(session);
    trainer.step();
    trainer.step();
    const std::string script = PytorchScript::generate(trainer.currentSession(), "hello");
    QVERIFY(contains(script, "self.rnn = " + constructor.toStdString()));
    QVERIFY(contains(script, "H = " + std::to_string(session.model.hiddenSize) + "  #"));
    QVERIFY(contains(script, "L = " + std::to_string(layers) + "  #"));
    QCOMPARE(contains(script, "self.fc = torch.nn.Linear(H, V)"), outputLayer);
    QCOMPARE(contains(script, "return self.fc(out)"), outputLayer);
    QVERIFY(contains(script,
                     OptimizerKind(optimizer) == OptimizerKind::Adam
                         ? std::string("torch.optim.Adam(model.parameters(), lr=0.125)")
                         : "torch.optim.SGD(model.parameters(), lr=0.125, momentum="
                             + std::string(momentum > 0 ? "0.9" : "0.0") + ")"));
    QVERIFY(contains(script,
                     clip > 0 ? "clip_grad_norm = " + JsonWriter::formatNumber(clip)
                              : std::string("clip_grad_norm = None")));
    QVERIFY(contains(script, "texts = [\"hello\"]"));
    QVERIFY(contains(script, "vocabulary = \"helo\""));
    QVERIFY(contains(script, "continues training from step 3"));
    QVERIFY(contains(script, "def save_state_dict_json("));
}

void TestPytorchScript::carriesTheStateBitForBit()
{
    Session session = lectureExample();
    session.data.texts = {U"hello wörld", U"abc"};
    session.model = ModelConfig{CellKind::Lstm, 5, 2, true};
    Trainer trainer(session);
    for (int i = 0; i < 3; ++i)
        trainer.step();
    const Session current = trainer.currentSession();
    const QJsonObject state = embeddedState(PytorchScript::generate(current));
    QCOMPARE(state.value(QStringLiteral("steps_taken")).toInt(), 3);
    const QJsonObject weights = state.value(QStringLiteral("weights")).toObject();
    QCOMPARE(weights.size(), qsizetype(current.weights->size()));
    int differences = 0;
    for (const NamedTensor &tensor : *current.weights) {
        const std::vector<double> values = test::flatten(weights.value(QString::fromStdString(tensor.name)));
        QCOMPARE(values.size(), tensor.values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            differences += static_cast<float>(values[i]) != static_cast<float>(tensor.values[i]);
    }
    QCOMPARE(differences, 0);
    const QJsonObject optimizer = state.value(QStringLiteral("optimizer_state")).toObject();
    QCOMPARE(optimizer.size(), qsizetype(current.optimizerState->entries.size()));
    for (std::size_t t = 0; t < current.optimizerState->entries.size(); ++t) {
        const auto &entry = current.optimizerState->entries[t];
        const QJsonObject saved = optimizer.value(QString::number(t)).toObject();
        QCOMPARE(saved.value(QStringLiteral("step")).toDouble(), *entry.step);
        const std::vector<double> m = test::flatten(saved.value(QStringLiteral("exp_avg")));
        const std::vector<double> v = test::flatten(saved.value(QStringLiteral("exp_avg_sq")));
        QCOMPARE(m.size(), entry.expAvg->values.size());
        for (std::size_t i = 0; i < m.size(); ++i) {
            differences += static_cast<float>(m[i]) != static_cast<float>(entry.expAvg->values[i]);
            differences += static_cast<float>(v[i]) != static_cast<float>(entry.expAvgSq->values[i]);
        }
    }
    QCOMPARE(differences, 0);
}

void TestPytorchScript::textsSurviveAsPython()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("no python3 on PATH to parse the script with");
    Session session = lectureExample();
    session.data.texts = {U"say \"\"\"hi\"\"\" \\ \\\" back\\", U"tab\there\nnew line", U"é한🙂 \x7f del",
                          U"@STATE@ x"};
    session.model.outputLayer = true;
    session.model.hiddenSize = 3;
    Trainer trainer(session);
    trainer.step();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.py"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(PytorchScript::generate(trainer.currentSession())));
    file.close();
    // The texts and the state block as Python reads them, without running the script (no torch).
    const char *probe = R"PY(
import ast, json, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
values = {}
for node in tree.body:
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        name = node.targets[0].id
        if name in ("texts", "vocabulary"):
            values[name] = ast.literal_eval(node.value)
        elif name == "RNNLAB_STATE":
            values["steps_taken"] = json.loads(node.value.args[0].value)["steps_taken"]
print(json.dumps(values, ensure_ascii=False))
)PY";
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(probe), path});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject read = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QJsonArray expected;
    for (const auto &text : session.data.texts)
        expected.append(QString::fromStdString(toUtf8(text)));
    QCOMPARE(read.value(QStringLiteral("texts")).toArray(), expected);
    QCOMPARE(read.value(QStringLiteral("vocabulary")).toString(),
             QString::fromStdString(toUtf8(Dataset::vocabularyOf(session.data).characters())));
    QCOMPARE(read.value(QStringLiteral("steps_taken")).toInt(), 1);
}

void TestPytorchScript::classifierUsesTheLastStep()
{
    // Task "classify" (many-to-one): every character is an input, fc sees out[:, -1, :] only, the
    // targets are the labels' classes in the session's class order, the predictions class names.
    Session session = lectureExample();
    session.data.task = TaskKind::Classify;
    session.data.texts = {U"good fun", U"bad film", U"meh"};
    session.data.labels = {U"pos", U"neg", U"mid"};
    session.data.classes = std::vector<std::u32string>{U"neg", U"mid", U"pos"};
    session.model = ModelConfig{CellKind::Gru, 5, 2, true};
    Trainer trainer(session);
    trainer.step();
    const std::string script = PytorchScript::generate(trainer.currentSession(), "sentiment");
    QVERIFY(contains(script, "classes = [\"neg\", \"mid\", \"pos\"]"));
    QVERIFY(contains(script, "labels = [\"pos\", \"neg\", \"mid\"]"));
    QVERIFY(contains(script, "out = out[:, -1, :]"));
    QVERIFY(contains(script, "self.fc = torch.nn.Linear(H, O)"));
    QVERIFY(contains(script, "for c in text]]), V)")); // all n characters, not text[:-1]
    QVERIFY(!contains(script, "text[:-1]"));
    QVERIFY(contains(script, "labels=labels, classes=classes"));
    // The next-character script has none of it.
    Trainer lecture(lectureExample());
    lecture.step();
    const std::string plain = PytorchScript::generate(lecture.currentSession());
    QVERIFY(!contains(plain, "out = out[:, -1, :]"));
    QVERIFY(contains(plain, "text[:-1]"));
}

QTEST_GUILESS_MAIN(TestPytorchScript)
#include "tst_pytorchscript.moc"
