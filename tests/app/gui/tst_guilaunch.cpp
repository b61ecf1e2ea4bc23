// SPDX-License-Identifier: MIT
// GuiLaunch: which command lines run offscreen, quietly, or not at all without a display; and
// which arguments QApplication gets (never rnnlab's --session FILE, which Qt would take for X11
// session management).
#include "app/gui/guilaunch.h"

#include <QTest>

#include <string>
#include <vector>

using namespace rnnlab;

namespace {

//! \a arguments as a main()'s argv (the strings live in \a storage).
std::vector<char *> argv(const QStringList &arguments, std::vector<std::string> &storage)
{
    storage.clear();
    storage.push_back("rnnlab");
    for (const QString &argument : arguments)
        storage.push_back(argument.toStdString());
    std::vector<char *> pointers;
    for (std::string &s : storage)
        pointers.push_back(s.data());
    return pointers;
}

} // namespace

class TestGuiLaunch : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void split_data();
    void split();
};

void TestGuiLaunch::plan_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("displayGiven");
    QTest::addColumn<bool>("offscreen");
    QTest::addColumn<bool>("quiet");
    QTest::addColumn<bool>("noDisplay");
    const QStringList window;
    const QStringList screenshot{QStringLiteral("--screenshot"), QStringLiteral("x.png")};
    const QStringList bench{QStringLiteral("--bench-ui")};
    QTest::newRow("the window, on a display") << window << true << false << false << false;
    QTest::newRow("the window, no display: refused") << window << false << false << false << true;
    QTest::newRow("a screenshot, on a display") << screenshot << true << false << true << false;
    QTest::newRow("a screenshot, no display: offscreen") << screenshot << false << true << true << false;
    QTest::newRow("--bench-ui, no display: offscreen") << bench << false << true << true << false;
    for (const char *informational : {"--help", "-h", "--version", "-v"}) {
        QTest::addRow("%s, no display: offscreen, not quiet", informational)
            << QStringList{QLatin1String(informational)} << false << true << false << false;
        QTest::addRow("%s, on a display", informational)
            << QStringList{QLatin1String(informational)} << true << false << false << false;
    }
    QTest::newRow("--screenshot=x.png is not --screenshot")
        << QStringList{QStringLiteral("--screenshot=x.png")} << false << false << false << true;
    QTest::newRow("--export-png, no display: refused")
        << QStringList{QStringLiteral("--export-png"), QStringLiteral("a.png")} << false << false << false << true;
}

void TestGuiLaunch::plan()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, displayGiven);
    QFETCH(bool, offscreen);
    QFETCH(bool, quiet);
    QFETCH(bool, noDisplay);
    std::vector<std::string> storage;
    std::vector<char *> args = argv(arguments, storage);
    const GuiLaunch::Plan plan = GuiLaunch::plan(int(args.size()), args.data(), displayGiven);
    QCOMPARE(plan.offscreen, offscreen);
    QCOMPARE(plan.quiet, quiet);
    QCOMPARE(plan.noDisplay, noDisplay);
}

void TestGuiLaunch::split_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("qt"); // what QApplication sees after "rnnlab"
    QTest::newRow("nothing") << QStringList{} << QStringList{};
    QTest::newRow("--session FILE is rnnlab's") << QStringList{QStringLiteral("--session"), QStringLiteral("s.json"),
                                                               QStringLiteral("--train"), QStringLiteral("3")}
                                                << QStringList{QStringLiteral("--train"), QStringLiteral("3")};
    QTest::newRow("-session FILE too") << QStringList{QStringLiteral("-session"), QStringLiteral("s.json")}
                                       << QStringList{};
    QTest::newRow("--session=FILE too") << QStringList{QStringLiteral("--session=s.json"), QStringLiteral("x.json")}
                                        << QStringList{QStringLiteral("x.json")};
    QTest::newRow("a last --session without a file goes to Qt")
        << QStringList{QStringLiteral("--text"), QStringLiteral("hi"), QStringLiteral("--session")}
        << QStringList{QStringLiteral("--text"), QStringLiteral("hi"), QStringLiteral("--session")};
    QTest::newRow("Qt's own options stay") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")}
                                           << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")};
}

void TestGuiLaunch::split()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, qt);
    std::vector<std::string> storage;
    std::vector<char *> args = argv(arguments, storage);
    std::vector<char *> qtArguments;
    const QStringList ours = GuiLaunch::split(int(args.size()), args.data(), &qtArguments);
    QCOMPARE(ours, QStringList{QStringLiteral("rnnlab")} + arguments); // rnnlab reads every argument
    QVERIFY(!qtArguments.empty());
    QCOMPARE(qtArguments.back(), nullptr); // argv's end, for QApplication
    QStringList seen;
    for (std::size_t i = 1; i + 1 < qtArguments.size(); ++i)
        seen << QString::fromLocal8Bit(qtArguments[i]);
    QCOMPARE(seen, qt);
}

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"
