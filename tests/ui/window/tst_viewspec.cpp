// SPDX-License-Identifier: MIT
// The main window's list of views: every id once, every view a SnapshotView, exactly one graph,
// the lower tabs in the order the lecture uses them (the walk by hand first), every tab a saved
// session's view state can name among them, and a title wherever there is a tab or a dock to name.
#include "app/session/viewstate.h"
#include "ui/common/snapshotview.h"
#include "ui/window/viewspec.h"

#include <QSet>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace rnnlab;

class TestViewSpec : public QObject
{
    Q_OBJECT

private slots:
    void idsOnce();
    void everyViewRendersSnapshots();
    void oneGraph();
    void tabs();
    void titles();
};

void TestViewSpec::idsOnce()
{
    QSet<QString> ids;
    for (const ViewSpec &spec : mainWindowViews()) {
        QVERIFY2(!spec.id.isEmpty(), "an id");
        QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
        ids.insert(spec.id);
    }
    QVERIFY(ids.size() >= 8);
}

void TestViewSpec::everyViewRendersSnapshots()
{
    QWidget parent;
    for (const ViewSpec &spec : mainWindowViews()) {
        QWidget *widget = spec.create(&parent);
        QVERIFY2(widget && widget->parent() == &parent, qPrintable(spec.id));
        QVERIFY2(dynamic_cast<SnapshotView *>(widget), qPrintable(spec.id));
    }
}

void TestViewSpec::oneGraph()
{
    int graphs = 0;
    for (const ViewSpec &spec : mainWindowViews())
        graphs += spec.place == ViewSpec::Place::Graph ? 1 : 0;
    QCOMPARE(graphs, 2); // the graph, and an encoder–decoder's in its place: one shown at a time
    QCOMPARE(mainWindowViews().front().place, ViewSpec::Place::Graph); // the first to get a snapshot
}

void TestViewSpec::tabs()
{
    QStringList tabs;
    for (const ViewSpec &spec : mainWindowViews()) {
        if (spec.place == ViewSpec::Place::Tab)
            tabs << spec.id;
    }
    QCOMPARE(tabs,
             (QStringList{QStringLiteral("step"), QStringLiteral("loss"), QStringLiteral("predictions"),
                          QStringLiteral("generate"), QStringLiteral("memory"), QStringLiteral("signal")}));
    // Every tab a saved session can name is a view: a tab, or a dock showTab() opens.
    for (const QString &name : ViewState::tabNames()) {
        bool found = false;
        for (const ViewSpec &spec : mainWindowViews())
            found = found || (spec.id == name && (spec.place == ViewSpec::Place::Tab || spec.closedAtFirst));
        QVERIFY2(found, qPrintable(name));
    }
}

void TestViewSpec::titles()
{
    for (const ViewSpec &spec : mainWindowViews()) {
        const bool named = spec.place == ViewSpec::Place::Tab || spec.place == ViewSpec::Place::RightDock;
        QCOMPARE(!spec.title.isEmpty(), named);
        if (spec.closedAtFirst)
            QCOMPARE(spec.place, ViewSpec::Place::RightDock);
    }
}

QTEST_MAIN(TestViewSpec)
#include "tst_viewspec.moc"
