// SPDX-License-Identifier: MIT
// Presentation mode's large type reaches the plots (offscreen): the tick labels and axis labels of
// every plot of the window — the gradient plot beside the walk by hand, the loss plot — are at
// least the readability rule's 1/60 of the window's height in presentation mode (13 px at 800,
// 18 px at 1080), larger on a larger screen, and back to the normal size when it is turned off.
// (QCustomPlot's axes keep the font they were made with: they stayed at about 9 px.)
#include "tests/support/testsupport.h"

#include "ui/common/readability.h"
#include "ui/plots/gradientnormplot.h"
#include "ui/plots/lossplot.h"
#include "ui/plots/plotwidget.h"
#include "ui/window/mainwindow.h"

#include <QStandardPaths>
#include <QTest>

using namespace rnnlab;

class TestPresentationMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void plotAxesFollowTheLargeType_data();
    void plotAxesFollowTheLargeType();
};

void TestPresentationMode::plotAxesFollowTheLargeType_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestPresentationMode::plotAxesFollowTheLargeType()
{
    QFETCH(QSize, size);
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<PlotWidget *> plots = window.findChildren<PlotWidget *>();
    QVERIFY(window.findChild<GradientNormPlot *>());
    QVERIFY(window.findChild<LossPlot *>());

    QHash<PlotWidget *, double> normal;
    for (PlotWidget *plot : plots) {
        normal[plot] = plot->smallestAxisTextPixels();
        QVERIFY2(normal[plot] >= Readability::normalPixels,
                 qPrintable(QStringLiteral("%1: %2 px")
                                .arg(QString::fromLatin1(plot->metaObject()->className()))
                                .arg(normal[plot])));
    }

    window.setPresentationMode(true);
    QCOMPARE(window.height(), size.height());
    const double wanted = Readability::minimumPixels(true, size.height());
    for (PlotWidget *plot : plots) {
        const double pixels = plot->smallestAxisTextPixels();
        QVERIFY2(pixels >= wanted && pixels > normal[plot],
                 qPrintable(QStringLiteral("%1 at %2x%3: %4 px, wanted %5 (normal %6)")
                                .arg(QString::fromLatin1(plot->metaObject()->className()))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(pixels)
                                .arg(wanted)
                                .arg(normal[plot])));
    }

    window.setPresentationMode(false);
    for (PlotWidget *plot : plots)
        QCOMPARE(plot->smallestAxisTextPixels(), normal[plot]);
}

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
