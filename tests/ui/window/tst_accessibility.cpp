// SPDX-License-Identifier: MIT
// Screen readers (issue 19 §2): the accessibility tree of the main window, walked from
// QAccessible::queryAccessibleInterface(window) as a screen reader walks it, names every
// interactive element — buttons, check boxes, combo boxes, spin boxes, line edits, tabs and tab
// bars, sliders, item views, menu items and the custom views' cells — in every mode: normal,
// presentation, each task (next character, time series, translation), with the lesson open, and
// compare mode's window. A failure lists the path of each unnamed element. The custom-painted
// views say what they show: the graph's cells ("h_2, unit 3" = "0.99") and the heatmaps' cells
// (their PyTorch element = the value they print) come from the snapshot they paint.
#include "tests/support/testsupport.h"

#include "engine/session.h"
#include "ui/compare/comparewindow.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/teaching/equationview.h"
#include "ui/window/mainwindow.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

#include <set>

using namespace rnnlab;

namespace {

//! The roles a user can act on: each needs a name.
bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::Cell: return true;
    default: return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QString role = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role()));
    const QString cls =
        iface->object() ? QString::fromLatin1(iface->object()->metaObject()->className()) : QStringLiteral("-");
    return QStringLiteral("%1[%2 '%3', %4 children]")
        .arg(cls, role, iface->text(QAccessible::Name))
        .arg(iface->childCount());
}

struct Walk
{
    QStringList unnamed;
    std::set<QString> names; // every name met, for the checks of the custom views
    int visited = 0;

    void visit(QAccessibleInterface *iface, const QString &path, int depth)
    {
        if (!iface || !iface->isValid() || depth > 40)
            return;
        if (iface->state().invisible)
            return; // not there for a screen reader either
        ++visited;
        const QString here = path + u'/' + describe(iface);
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (!name.isEmpty())
            names.insert(name);
        const QAccessible::Role role = iface->role();
        // The cells of Qt's own item views are named by their model (an empty cell is empty);
        // the views themselves are checked.
        const bool itemOfView =
            (role == QAccessible::Cell || role == QAccessible::ListItem || role == QAccessible::TreeItem
             || role == QAccessible::RowHeader || role == QAccessible::ColumnHeader)
            && iface->parent()
            && (iface->parent()->tableInterface() || iface->parent()->role() == QAccessible::List
                || iface->parent()->role() == QAccessible::Tree);
        // A tab list without tabs has nothing to act on: QMainWindow keeps a dock tab bar, empty
        // and shown, once presentation mode has hidden the docks, and Qt names a tab bar by its
        // current tab (none). Its tabs, when it has some, are checked like every other tab.
        const auto *bar = qobject_cast<const QTabBar *>(iface->object()); // its children: the scroll buttons
        const bool emptyTabList = role == QAccessible::PageTabList && bar && bar->count() == 0;
        if (interactive(role) && name.isEmpty() && !itemOfView && !emptyTabList)
            unnamed << here;
        if (itemOfView)
            return;
        const int count = iface->childCount();
        for (int i = 0; i < count; ++i)
            visit(iface->child(i), here, depth + 1);
    }
};

Walk walkWindow(QWidget *window)
{
    Walk walk;
    walk.visit(QAccessible::queryAccessibleInterface(window), QString(), 0);
    return walk;
}

Session readExample(const QString &relative)
{
    return test::readSession(test::sourceFile(relative));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void customViewsSayWhatTheyShow();
    void compareWindowIsNamed();
};

void TestAccessibility::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("example"); // empty: the lecture's example
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<bool>("lesson");
    QTest::newRow("next character") << QString() << false << false;
    QTest::newRow("next character, presentation") << QString() << true << false;
    QTest::newRow("next character, lesson") << QString() << false << true;
    QTest::newRow("next character, lesson, presentation") << QString() << true << true;
    QTest::newRow("time series") << QStringLiteral("resources/examples/sine-spike.json") << false << false;
    QTest::newRow("time series, presentation") << QStringLiteral("resources/examples/sine-spike.json") << true << false;
    QTest::newRow("translation") << QStringLiteral("resources/examples/reverse-words.json") << false << false;
    QTest::newRow("translation, presentation")
        << QStringLiteral("resources/examples/reverse-words.json") << true << false;
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, example);
    QFETCH(bool, presentation);
    QFETCH(bool, lesson);
    MainWindow window(false);
    window.startSession(example.isEmpty() ? lectureExample() : readExample(example));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.controller()->step(2);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->stepsTaken == 2,
                             10000);
    if (lesson) {
        window.openLesson(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.lessonReady(), 60000);
    }
    if (presentation)
        window.setPresentationMode(true);
    // Every tab once in front: a tab's contents are made or shown when it is first seen.
    for (const QString &tab : {QStringLiteral("step"), QStringLiteral("loss"), QStringLiteral("predictions"),
                               QStringLiteral("generate"), QStringLiteral("memory"), QStringLiteral("signal")}) {
        window.showTab(tab);
        QTest::qWait(20);
        const Walk walk = walkWindow(&window);
        QVERIFY2(walk.unnamed.isEmpty(),
                 qPrintable(QStringLiteral("tab %1: %2 unnamed:\n%3")
                                .arg(tab)
                                .arg(walk.unnamed.size())
                                .arg(walk.unnamed.join(u'\n'))));
        QVERIFY(walk.visited > 20);
    }
}

void TestAccessibility::customViewsSayWhatTheyShow()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.controller()->step(1);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot() && window.controller()->snapshot()->stepsTaken == 1,
                             10000);
    QTest::qWait(50);
    const SnapshotPtr snapshot = window.controller()->snapshot();

    // The graph: a cell per unit of h_t, named and valued as the graph prints it.
    QAccessibleInterface *graph = QAccessible::queryAccessibleInterface(window.graphView());
    QVERIFY(graph);
    QVERIFY(!graph->text(QAccessible::Name).isEmpty());
    const auto &sequence = snapshot->shownSequence(window.graphView()->textIndex());
    const float h = sequence.layers[0].hidden(2, 1); // unit 3 of h_2 (1-based, as the slides)
    bool found = false;
    for (int i = 0; i < graph->childCount() && !found; ++i) {
        QAccessibleInterface *cell = graph->child(i);
        if (cell && cell->text(QAccessible::Name) == QStringLiteral("h_2, unit 3")) {
            found = true;
            QCOMPARE(cell->role(), QAccessible::Cell);
            QCOMPARE(cell->text(QAccessible::Value), QString::number(h, 'f', 2));
            QVERIFY(cell->text(QAccessible::Description).contains(QStringLiteral("h_2[3]")));
            QCOMPARE(cell->parent(), graph);
            QVERIFY(graph->indexOfChild(cell) == i);
        }
    }
    QVERIFY2(found, "no cell 'h_2, unit 3' in the graph");

    // A heatmap: a cell per element, named as PyTorch names it, valued as the heatmap prints it.
    HeatmapWidget *whh = nullptr;
    for (HeatmapWidget *heatmap : window.findChildren<HeatmapWidget *>())
        whh = heatmap->pytorchName() == QStringLiteral("rnn.weight_hh_l0") ? heatmap : whh;
    QVERIFY(whh);
    QAccessibleInterface *heatmap = QAccessible::queryAccessibleInterface(whh);
    QVERIFY(heatmap);
    QCOMPARE(heatmap->childCount(), whh->rows() * whh->columns());
    QAccessibleInterface *cell = heatmap->child(2 * whh->columns() + 3);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), QStringLiteral("rnn.weight_hh_l0[2][3]"));
    QCOMPARE(cell->text(QAccessible::Value), whh->cellText(2, 3));
    QCOMPARE(cell->parent(), heatmap);
    QCOMPARE(heatmap->indexOfChild(cell), 2 * whh->columns() + 3);
    QVERIFY(!cell->rect().isEmpty());
    QCOMPARE(heatmap->childAt(cell->rect().center().x(), cell->rect().center().y()), cell);

    // The equations of the walk by hand, as text.
    window.showTab(QStringLiteral("step"));
    QTest::qWait(20);
    auto *equations = window.findChild<EquationView *>();
    QVERIFY(equations);
    QAccessibleInterface *equation = QAccessible::queryAccessibleInterface(equations);
    QVERIFY(!equation->text(QAccessible::Name).isEmpty());
    QVERIFY(!equation->text(QAccessible::Description).isEmpty());
}

void TestAccessibility::compareWindowIsNamed()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    Session deeper = lectureExample();
    deeper.model.numLayers += 1; // Compare ▸ "Does a second layer help?"
    const std::vector<Problem> problems = window.openCompare({lectureExample(), deeper});
    QVERIFY2(problems.empty(), qPrintable(test::problemsText(problems)));
    QWidget *compare = window.compareWindow();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QTest::qWait(100);
    const Walk walk = walkWindow(compare);
    QVERIFY2(walk.unnamed.isEmpty(), qPrintable(walk.unnamed.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
