// SPDX-License-Identifier: MIT
// The readability rule's numbers: 10 px in the normal window, screen height / 60 in presentation
// mode (18 px at 1080, 13.3 px at 800), and the point sizes that give them.
#include "ui/common/readability.h"

#include <QTest>

using namespace rnnlab;

class TestReadability : public QObject
{
    Q_OBJECT

private slots:
    void minimumPixels_data();
    void minimumPixels();
    void pointSizesRoundTrip_data();
    void pointSizesRoundTrip();
};

void TestReadability::minimumPixels_data()
{
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("pixels");
    QTest::newRow("normal window, 800 high") << false << 800 << 10.0;
    QTest::newRow("normal window, 2160 high: still 10 at 1x") << false << 2160 << 10.0;
    QTest::newRow("presentation 1920x1080") << true << 1080 << 18.0;
    QTest::newRow("presentation 1280x800") << true << 800 << 800 / 60.0;
    QTest::newRow("presentation 1024x768") << true << 768 << 12.8;
    QTest::newRow("presentation on a tiny screen: never below 10") << true << 480 << 10.0;
}

void TestReadability::minimumPixels()
{
    QFETCH(bool, presentation);
    QFETCH(int, height);
    QFETCH(double, pixels);
    QCOMPARE(Readability::minimumPixels(presentation, height), pixels);
}

void TestReadability::pointSizesRoundTrip_data()
{
    QTest::addColumn<double>("pixels");
    QTest::addColumn<double>("dpi");
    QTest::newRow("10 px at 96 dpi is 7.5 pt") << 10.0 << 96.0;
    QTest::newRow("18 px at 96 dpi") << 18.0 << 96.0;
    QTest::newRow("13.3 px at 144 dpi") << 800 / 60.0 << 144.0;
}

void TestReadability::pointSizesRoundTrip()
{
    QFETCH(double, pixels);
    QFETCH(double, dpi);
    const double points = Readability::pointSizeFor(pixels, dpi);
    QVERIFY(qFuzzyCompare(Readability::pixelsOf(points, -1, dpi), pixels));
    QCOMPARE(Readability::pixelsOf(points, 12, dpi), 12.0); // a font set in pixels is taken as it is
    if (dpi == 96.0 && pixels == 10.0)
        QCOMPARE(points, 7.5);
}

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"
