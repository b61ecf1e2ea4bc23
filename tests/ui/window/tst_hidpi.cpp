// SPDX-License-Identifier: MIT
// High DPI (issue 19), offscreen at QT_SCALE_FACTOR=2 (set by CTest): the window's views are drawn
// at the screen's device pixel ratio, not drawn at 1× and enlarged — the graph, a heatmap, the
// walk's equations and the plots (QCustomPlot's buffer, the legend's line samples). "Drawn at 2×"
// is told from the picture: something (an edge, a glyph's stroke) changes within a 2×2 block of
// device pixels, which no 1× drawing enlarged by two can show. Not the layout at a larger font
// (scripts/screenshots' --font-size shots).
#include "tests/support/testsupport.h"

#include "engine/session.h"
#include "engine/types.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/plots/gradientnormplot.h"
#include "ui/plots/lossplot.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/stepbyhandpanel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace rnnlab;

class TestHiDpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewsDrawnAtTwice_data();
    void viewsDrawnAtTwice();
};

namespace {

//! How many 2×2 blocks of device pixels (aligned on even coordinates) of \a image are not one
//! colour: 0 for anything drawn at 1× and enlarged by two.
int finerThanALogicalPixel(const QImage &image)
{
    int blocks = 0;
    for (int y = 0; y + 1 < image.height(); y += 2)
        for (int x = 0; x + 1 < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            if (image.pixel(x + 1, y) != c || image.pixel(x, y + 1) != c || image.pixel(x + 1, y + 1) != c)
                ++blocks;
        }
    return blocks;
}

} // namespace

void TestHiDpi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(qApp->devicePixelRatio(), 2.0); // QT_SCALE_FACTOR=2 (tests/ui/window/CMakeLists.txt)
}

void TestHiDpi::viewsDrawnAtTwice_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("tab");
    QTest::newRow("graph") << QStringLiteral("graph") << QStringLiteral("step");
    QTest::newRow("heatmap") << QStringLiteral("heatmap") << QStringLiteral("step");
    QTest::newRow("equations") << QStringLiteral("equations") << QStringLiteral("step");
    QTest::newRow("gradient norms (QCustomPlot)") << QStringLiteral("norms") << QStringLiteral("step");
    QTest::newRow("loss plot (QCustomPlot, legend samples)") << QStringLiteral("loss") << QStringLiteral("loss");
}

void TestHiDpi::viewsDrawnAtTwice()
{
    QFETCH(QString, view);
    QFETCH(QString, tab);
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.showTab(tab);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.devicePixelRatioF(), 2.0);
    TrainingController *controller = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->snapshot() != nullptr, 30000);
    controller->step(20);
    QTRY_COMPARE_WITH_TIMEOUT(controller->stepsTaken(), 20, 30000);
    // The walk at a phase with numbers (the equations show a matrix); back through time the
    // gradient norms' plot is shown beside them.
    window.stepByHand()->setCursor(StepCursor{1, 0, view == u"norms" ? Phase::BackwardHidden : Phase::Sum});

    QWidget *widget = nullptr;
    if (view == u"graph")
        widget = window.graphView()->viewport();
    else if (view == u"heatmap")
        widget = window.findChild<HeatmapWidget *>();
    else if (view == u"equations")
        widget = window.findChild<EquationView *>();
    else if (view == u"norms")
        widget = window.stepByHand()->findChild<GradientNormPlot *>();
    else
        widget = window.findChild<LossPlot *>();
    QVERIFY(widget);
    QTRY_VERIFY(widget->isVisible() && !widget->size().isEmpty());
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QCOMPARE(image.size(), widget->size() * 2);
    const int fine = finerThanALogicalPixel(image);
    QVERIFY2(fine > 100,
             qPrintable(QStringLiteral("%1: only %2 blocks finer than a logical pixel: drawn at 1× and "
                                       "enlarged?")
                            .arg(view)
                            .arg(fine)));
}

QTEST_MAIN(TestHiDpi)
#include "tst_hidpi.moc"
