// SPDX-License-Identifier: MIT
// The readability rule on the real window (issue 14, acceptance 1): rnnlab --screenshot with
// --layout-json, offscreen, and what the painters report they drew — for "hello world" with 8
// hidden units at 1280x800 at least 5 whole time steps of h_t at 10 px or more; in presentation
// mode every h_t (c_t) and p_t of hello at screen height / 60 or more, for 1 to 4 layers, LSTM
// and GRU; every gate's number where the walk prints them (the gates phase's equations); under
// What if W_hh = 0? every W_hh named whole (never "W_…") and its thumbnails showing "0". Runs the
// rnnlab binary as a subprocess (one screenshot per row).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestReadableGraph : public QObject
{
    Q_OBJECT

private slots:
    void numbersReadable_data();
    void numbersReadable();
    void gateNumbersReadable_data();
    void gateNumbersReadable();
    void whatIfNamesWhh_data();
    void whatIfNamesWhh();

private:
    QTemporaryDir m_dir;
};

namespace {

QString session(const QTemporaryDir &dir, const QString &cell, int hidden, int layers, const QString &text)
{
    const QString path =
        dir.filePath(QStringLiteral("%1-%2-%3-%4.rnnlab").arg(cell).arg(hidden).arg(layers).arg(text.size()));
    QJsonObject model{{QStringLiteral("cell"), cell},
                      {QStringLiteral("hidden_size"), hidden},
                      {QStringLiteral("num_layers"), layers},
                      {QStringLiteral("output_layer"), false}};
    QJsonObject training{{QStringLiteral("optimizer"), QStringLiteral("adam")},
                         {QStringLiteral("learning_rate"), 0.1},
                         {QStringLiteral("seed"), 0},
                         {QStringLiteral("steps"), 10},
                         {QStringLiteral("clip_grad_norm"), QJsonValue()},
                         {QStringLiteral("momentum"), 0.0}};
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("rnnlab-session")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("texts"), QJsonArray{text}}}},
                     {QStringLiteral("training"), training}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
        return {};
    return path;
}

//! Runs rnnlab --screenshot on \a sessionFile with \a options besides it, and returns what its
//! --layout-json lists as drawn; \a error says what failed (empty when nothing did).
QJsonArray drawnItems(const QTemporaryDir &dir, const QString &sessionFile, const QStringList &options, QString *error)
{
    const QString json = dir.filePath(QStringLiteral("layout.json"));
    QFile::remove(json);
    QProcess process;
    process.start(QStringLiteral(RNNLAB_GUI),
                  QStringList{QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png")),
                              QStringLiteral("--layout-json"), json, QStringLiteral("--session"), sessionFile}
                      + options);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QStringLiteral("rnnlab --screenshot failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QFile in(json);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no layout file");
        return {};
    }
    return QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("items")).toArray();
}

} // namespace

void TestReadableGraph::numbersReadable_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<double>("pixels"); // the smallest number allowed
    QTest::addColumn<int>("wholeSteps"); // time steps with every unit of every layer printed; -1: all of them
    const QString tanh = QStringLiteral("rnn_tanh");
    const QString hello = QStringLiteral("hello");
    const QString hw = QStringLiteral("hello world");
    QTest::newRow("hello world, 8 units, 1280x800") << tanh << 8 << 1 << hw << "1280x800" << false << 10.0 << 5;
    // The narrowest window rnnlab supports (1024 wide, with the model and matrices panels beside
    // the graph) leaves room for 4 whole columns of 8 readable numbers; the rest scroll.
    QTest::newRow("hello world, 8 units, 1024x768") << tanh << 8 << 1 << hw << "1024x768" << false << 10.0 << 4;
    QTest::newRow("hello, presentation 1920x1080") << tanh << 4 << 1 << hello << "1920x1080" << true << 18.0 << -1;
    QTest::newRow("hello, presentation 1280x800") << tanh << 4 << 1 << hello << "1280x800" << true << 13.0 << -1;
    QTest::newRow("2 layers, presentation 1280x800") << tanh << 4 << 2 << hello << "1280x800" << true << 13.0 << -1;
    QTest::newRow("3 layers, presentation 1280x800") << tanh << 4 << 3 << hello << "1280x800" << true << 13.0 << -1;
    QTest::newRow("4 layers, presentation 1280x800") << tanh << 4 << 4 << hello << "1280x800" << true << 13.0 << -1;
    QTest::newRow("LSTM, presentation 1280x800")
        << QStringLiteral("lstm") << 4 << 1 << hello << "1280x800" << true << 13.0 << -1;
    QTest::newRow("GRU, presentation 1280x800")
        << QStringLiteral("gru") << 4 << 1 << hello << "1280x800" << true << 13.0 << -1;
    QTest::newRow("4 layers, normal 1280x800") << tanh << 4 << 4 << hello << "1280x800" << false << 10.0 << -1;
}

void TestReadableGraph::numbersReadable()
{
    QFETCH(QString, cell);
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(QString, text);
    QFETCH(QString, size);
    QFETCH(bool, presentation);
    QFETCH(double, pixels);
    QFETCH(int, wholeSteps);
    QVERIFY(m_dir.isValid());
    const QString file = session(m_dir, cell, hidden, layers, text);
    QVERIFY(!file.isEmpty());
    QStringList options{QStringLiteral("--size"), size};
    if (presentation)
        options << QStringLiteral("--presentation");
    QString error;
    const QJsonArray items = drawnItems(m_dir, file, options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!items.isEmpty());

    const int T = int(text.size()) - 1; // next-character prediction: one step per input character
    const int V = int(QSet<QChar>(text.begin(), text.end()).size());
    const bool lstm = cell == u"lstm";
    // (kind, layer, t) → units printed whole at the size the rule asks.
    QHash<QString, QSet<int>> printed;
    QHash<int, QSet<int>> digits; // t → x_t's 0s and 1s printed whole at 10 px or more
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("view")).toString() == u"graph"
            && item.value(QStringLiteral("kind")).toString() == u"x" && !item.value(QStringLiteral("clipped")).toBool()
            && item.value(QStringLiteral("pixel_size")).toDouble() >= 10)
            digits[item.value(QStringLiteral("t")).toInt(-1)].insert(item.value(QStringLiteral("unit")).toInt(-1));
        if (item.value(QStringLiteral("view")).toString() != u"graph" || item.value(QStringLiteral("clipped")).toBool()
            || item.value(QStringLiteral("pixel_size")).toDouble() < pixels)
            continue;
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(item.value(QStringLiteral("kind")).toString())
                                .arg(item.value(QStringLiteral("layer")).toInt(-1))
                                .arg(item.value(QStringLiteral("t")).toInt(-1));
        printed[key].insert(item.value(QStringLiteral("unit")).toInt(-1));
    }
    const auto whole = [&](const QString &kind, int layer, int t, int units) {
        return printed.value(QStringLiteral("%1/%2/%3").arg(kind).arg(layer).arg(t)).size() == units;
    };
    int wholeCount = 0;
    QStringList missing;
    for (int t = 0; t < T; ++t) {
        bool all = whole(QStringLiteral("p"), -1, t, V);
        if (!all)
            missing << QStringLiteral("p t=%1").arg(t);
        for (int l = 0; l < layers; ++l) {
            const bool h = whole(QStringLiteral("h"), l, t, hidden);
            const bool c = !lstm || whole(QStringLiteral("c"), l, t, hidden);
            if (!h)
                missing << QStringLiteral("h layer %1 t=%2").arg(l).arg(t);
            if (!c)
                missing << QStringLiteral("c layer %1 t=%2").arg(l).arg(t);
            all = all && h && c;
        }
        wholeCount += all ? 1 : 0;
    }
    if (presentation && layers == 1 && !lstm) {
        // x_t too, in a smaller type where the hidden states took its rows' height (never below
        // 10 px). A stack's or an LSTM's strips take that height as well: x_t is then a thin strip
        // read from its hot row and the input character under it (GraphLayout's cellHeights).
        for (int t = 0; t < T; ++t)
            QVERIFY2(
                digits.value(t).size() == V,
                qPrintable(QStringLiteral("x_t at t=%1: %2 of %3 digits").arg(t).arg(digits.value(t).size()).arg(V)));
    }
    if (wholeSteps < 0)
        QVERIFY2(wholeCount == T, qPrintable(missing.join(u", ")));
    else
        QVERIFY2(wholeCount >= wholeSteps,
                 qPrintable(QStringLiteral("%1 whole steps; missing: %2").arg(wholeCount).arg(missing.join(u", "))));
}

void TestReadableGraph::gateNumbersReadable_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<double>("pixels");
    QTest::addColumn<int>("values"); // what the gates phase prints: each σ gate's input and value
    // hello, 4 units: the LSTM's i, f, g, o (two vectors of 4 each); the GRU's r and z.
    QTest::newRow("LSTM gates, 1280x800") << QStringLiteral("lstm") << false << 10.0 << 4 * 2 * 4;
    QTest::newRow("LSTM gates, presentation 1280x800") << QStringLiteral("lstm") << true << 13.0 << 4 * 2 * 4;
    QTest::newRow("GRU gates, 1280x800") << QStringLiteral("gru") << false << 10.0 << 2 * 2 * 4;
    QTest::newRow("GRU gates, presentation 1280x800") << QStringLiteral("gru") << true << 13.0 << 2 * 2 * 4;
}

void TestReadableGraph::gateNumbersReadable()
{
    // The graph draws the gates as bars (their numbers on hover); the walk's gates phase prints
    // every one of them in the equations: all there, whole and at the readable size.
    QFETCH(QString, cell);
    QFETCH(bool, presentation);
    QFETCH(double, pixels);
    QFETCH(int, values);
    QVERIFY(m_dir.isValid());
    const QString file = session(m_dir, cell, 4, 1, QStringLiteral("hello"));
    QVERIFY(!file.isEmpty());
    QStringList options{QStringLiteral("--size"), QStringLiteral("1280x800"),    QStringLiteral("--phase"),
                        QStringLiteral("gates"),  QStringLiteral("--time-step"), QStringLiteral("2")};
    if (presentation)
        options << QStringLiteral("--presentation");
    QString error;
    const QJsonArray items = drawnItems(m_dir, file, options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int printed = 0;
    int small = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("view")).toString() != u"equations"
            || item.value(QStringLiteral("kind")).toString() != u"value")
            continue;
        QVERIFY2(!item.value(QStringLiteral("clipped")).toBool(),
                 qPrintable(item.value(QStringLiteral("text")).toString()));
        ++printed;
        small += item.value(QStringLiteral("pixel_size")).toDouble() < pixels ? 1 : 0;
    }
    QCOMPARE(printed, values);
    QCOMPARE(small, 0);
}

void TestReadableGraph::whatIfNamesWhh_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("presentation");
    QTest::newRow("hello world, 8 units, 1280x800") << 1 << "1280x800" << false;
    QTest::newRow("hello world, 8 units, 1024x768") << 1 << "1024x768" << false;
    QTest::newRow("hello world, presentation 1280x800") << 1 << "1280x800" << true;
    QTest::newRow("hello world, 3 layers, 1920x1080") << 3 << "1920x1080" << false;
}

void TestReadableGraph::whatIfNamesWhh()
{
    QFETCH(int, layers);
    QFETCH(QString, size);
    QFETCH(bool, presentation);
    QVERIFY(m_dir.isValid());
    const QString file = session(m_dir, QStringLiteral("rnn_tanh"), 8, layers, QStringLiteral("hello world"));
    QVERIFY(!file.isEmpty());
    QStringList options{QStringLiteral("--size"), size, QStringLiteral("--what-if"), QStringLiteral("whh0")};
    if (presentation)
        options << QStringLiteral("--presentation");
    QString error;
    const QJsonArray items = drawnItems(m_dir, file, options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int names = 0;
    int zeros = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("view")).toString() != u"graph"
            || item.value(QStringLiteral("kind")).toString() != u"weight")
            continue;
        const QString text = item.value(QStringLiteral("text")).toString();
        QVERIFY2(!text.contains(u'…'), qPrintable(text)); // a cut name names no matrix
        names += text.startsWith(QStringLiteral("W_hh")) ? 1 : 0;
        zeros += text == u"0" ? 1 : 0;
    }
    QVERIFY(names > 0);
    QVERIFY(zeros > 0); // the thumbnails show the zeros the forward pass uses
}

QTEST_MAIN(TestReadableGraph)
#include "tst_readablegraph.moc"
