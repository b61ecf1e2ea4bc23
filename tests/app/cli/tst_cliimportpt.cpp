// SPDX-License-Identifier: MIT
// rnnlab-cli import-pytorch on a PyTorch user's own .pt, as a user runs it (issue 20, acceptance 2):
// each state_dict real PyTorch 1.13 saved (tests/data/pytorch/statedict/, made by
// scripts/make-pytorch-statedicts.py) imported with --text, --vocabulary and, for an nn.RNN,
// --cell; then `rnnlab-cli train` prints PyTorch's losses for those weights (goldens.json). What is
// missing is named with the option that gives it; a foreign file is refused with exit 2, never a crash.
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RNNLAB_CLI), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString statedictFile(const QString &name)
{
    return rnnlab::test::dataFile(QStringLiteral("pytorch/statedict/") + name);
}

//! --text … --text … --vocabulary … as goldens.json has them.
QStringList dataOptions()
{
    const QJsonObject g = rnnlab::test::readJsonObject(statedictFile(QStringLiteral("goldens.json")));
    QStringList options;
    for (const QJsonValue &text : g.value(QLatin1String("texts")).toArray())
        options << QStringLiteral("--text") << text.toString();
    options << QStringLiteral("--vocabulary") << g.value(QLatin1String("vocabulary")).toString();
    return options;
}

} // namespace

class TestCliImportPt : public QObject
{
    Q_OBJECT

private slots:
    void importedModelTrainsToPytorchsLosses_data();
    void importedModelTrainsToPytorchsLosses();
    void namesWhatIsMissing_data();
    void namesWhatIsMissing();
};

void TestCliImportPt::importedModelTrainsToPytorchsLosses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QJsonArray>("losses");
    const QJsonObject models = rnnlab::test::readJsonObject(statedictFile(QStringLiteral("goldens.json")))
                                   .value(QLatin1String("models"))
                                   .toObject();
    QVERIFY(models.size() >= 6);
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject model = it.value().toObject();
        QTest::newRow(qPrintable(it.key()))
            << it.key()
            << (model.value(QLatin1String("needs_cell_option")).toBool() ? model.value(QLatin1String("cell")).toString()
                                                                         : QString())
            << model.value(QLatin1String("losses")).toArray();
    }
}

void TestCliImportPt::importedModelTrainsToPytorchsLosses()
{
    QFETCH(QString, file);
    QFETCH(QString, cell);
    QFETCH(QJsonArray, losses);
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("imported.rnnlab"));
    QStringList arguments{QStringLiteral("import-pytorch"), statedictFile(file), QStringLiteral("-o"), session};
    arguments << dataOptions();
    if (!cell.isEmpty())
        arguments << QStringLiteral("--cell") << cell;
    Run r = run(arguments);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("note: a state_dict holds no optimizer state")), qPrintable(r.err));
    r = run({QStringLiteral("train"), session, QStringLiteral("--steps"), QString::number(losses.size())});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    static const QRegularExpression lossLine(QStringLiteral("^step (\\d+)  loss (\\S+)"),
                                             QRegularExpression::MultilineOption);
    auto match = lossLine.globalMatch(r.out);
    qsizetype step = 0;
    while (match.hasNext()) {
        const auto m = match.next();
        QVERIFY(step < losses.size());
        const double expected = losses.at(step).toDouble();
        const double actual = m.captured(2).toDouble();
        // PRECISION.md: losses within 1e-5 over the first ten steps.
        QVERIFY2(std::abs(actual - expected) <= 1e-5,
                 qPrintable(QStringLiteral("step %1: rnnlab %2, PyTorch %3").arg(step + 1).arg(actual).arg(expected)));
        ++step;
    }
    QCOMPARE(step, losses.size());
}

void TestCliImportPt::namesWhatIsMissing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("nn.RNN without --cell") << "rnn_tanh_1layer.pt" << dataOptions() << "give --cell CELL";
    QTest::newRow("no texts") << "gru_1layer.pt" << QStringList() << "give --text TEXT (once per text)";
    QTest::newRow("an unknown cell") << "gru_1layer.pt" << (dataOptions() << QStringLiteral("--cell") << "elman")
                                     << "\"elman\" is not a cell";
    QTest::newRow("a whole module") << "refused_whole_module.pt" << dataOptions() << "names __main__.Model";
    QTest::newRow("an optimizer") << "refused_optimizer.pt" << dataOptions() << "an optimizer's state_dict";
    QTest::newRow("truncated") << "refused_truncated.pt" << dataOptions() << "cut short";
    QTest::newRow("bidirectional") << "refused_bidirectional.pt" << dataOptions() << "bidirectional=True";
    QTest::newRow("--vocabulary for a JSON state")
        << "../hello-adam-step8.state.json" << QStringList{QStringLiteral("--vocabulary"), QStringLiteral("helo")}
        << "are for a .pt file";
}

void TestCliImportPt::namesWhatIsMissing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r = run(QStringList{QStringLiteral("import-pytorch"), statedictFile(file), QStringLiteral("-o"),
                                  dir.filePath(QStringLiteral("out.rnnlab"))}
                      + options);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.rnnlab"))));
}

QTEST_GUILESS_MAIN(TestCliImportPt)
#include "tst_cliimportpt.moc"
