// SPDX-License-Identifier: MIT
// Label colours against what is under them: WCAG 2.1's contrast ratio, translucent fills as seen,
// and the text colour for the themes' real backgrounds — including the highlighted prediction's
// bar (issue 14: its value was black on blue in the dark theme, invisible on yellow in high
// contrast).
#include "ui/common/contrast.h"

#include <QTest>

using namespace rnnlab;

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void ratioOfKnownPairs_data();
    void ratioOfKnownPairs();
    void over();
    void textOnKeepsContrast_data();
    void textOnKeepsContrast();
};

void TestContrast::ratioOfKnownPairs_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white: 21") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour: 1") << QColor(0x33, 0x66, 0x99) << QColor(0x33, 0x66, 0x99) << 1.0;
    // WCAG's own example: #777 on white is 4.48, just under AA.
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
}

void TestContrast::ratioOfKnownPairs()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(std::abs(Contrast::ratio(a, b) - ratio) < 0.01, qPrintable(QString::number(Contrast::ratio(a, b))));
    QCOMPARE(Contrast::ratio(a, b), Contrast::ratio(b, a));
}

void TestContrast::over()
{
    QColor blue(0, 0, 255);
    blue.setAlphaF(0.5);
    const QColor seen = Contrast::over(blue, QColor(Qt::white));
    QVERIFY(std::abs(seen.red() - 128) <= 1); // half of 255, either way of rounding
    QCOMPARE(seen.blue(), 255);
    QCOMPARE(seen.alpha(), 255);
    QCOMPARE(Contrast::over(QColor(Qt::red), QColor(Qt::black)), QColor(Qt::red)); // opaque: itself
}

void TestContrast::textOnKeepsContrast_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("preferred");
    QTest::addColumn<QColor>("expected"); // invalid: any colour that keeps 4.5
    QColor darkBar(0x3d, 0xae, 0xe9); // the dark theme's highlight, 95 % over its base
    darkBar.setAlphaF(0.95);
    QTest::newRow("dark theme: the predicted bar")
        << Contrast::over(darkBar, QColor(0x23, 0x26, 0x29)) << QColor(0xef, 0xf0, 0xf1) << QColor();
    QTest::newRow("high contrast: yellow highlight, white text preferred")
        << QColor(Qt::yellow) << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("light theme text on white is kept")
        << QColor(Qt::white) << QColor(0x23, 0x26, 0x29) << QColor(0x23, 0x26, 0x29);
    QTest::newRow("mid grey, no preference") << QColor(0x80, 0x80, 0x80) << QColor() << QColor();
    QTest::newRow("dark blue cell") << QColor(0x05, 0x30, 0x61) << QColor() << QColor(Qt::white);
}

void TestContrast::textOnKeepsContrast()
{
    QFETCH(QColor, background);
    QFETCH(QColor, preferred);
    QFETCH(QColor, expected);
    const QColor text = Contrast::textOn(background, preferred);
    QVERIFY2(
        Contrast::ratio(text, background) >= Contrast::minimumRatio,
        qPrintable(
            QStringLiteral("%1 on %2: %3").arg(text.name(), background.name()).arg(Contrast::ratio(text, background))));
    if (expected.isValid())
        QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
