// SPDX-License-Identifier: MIT
// A loss, an error or a threshold printed one way (issue 15's review): three significant figures,
// never "0.0000" for a value that is not zero, and the same text where the caption, the status bar
// and the Signal tab show the same number.
#include "ui/common/errornumber.h"

#include <QLocale>
#include <QTest>

using namespace rnnlab;

class TestErrorNumber : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void localeRoundTrip();
};

void TestErrorNumber::text_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a trained loss, not 0.0000") << 2.311e-5 << QStringLiteral("0.0000231");
    QTest::newRow("a threshold, not 0.00008") << 0.000075 << QStringLiteral("0.0000750");
    QTest::newRow("the Signal tab's threshold") << 0.0034412 << QStringLiteral("0.00344");
    QTest::newRow("a series' mean error²") << 0.024031 << QStringLiteral("0.0240");
    QTest::newRow("a largest error²") << 2.2671 << QStringLiteral("2.27");
    QTest::newRow("an untrained loss") << 12.345 << QStringLiteral("12.3");
    QTest::newRow("large") << 1234.4 << QStringLiteral("1234");
    QTest::newRow("rounding carries") << 0.099996 << QStringLiteral("0.100");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative") << -0.0123 << QStringLiteral("−0.0123");
    QTest::newRow("tiny") << 1.234e-9 << QStringLiteral("1.23×10⁻⁹");
    QTest::newRow("NaN") << std::nan("") << QStringLiteral("NaN");
}

void TestErrorNumber::text()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(ErrorNumber::text(value), expected);
}

void TestErrorNumber::localeRoundTrip()
{
    // The spin box parses its text back: in German the decimal comma, the same value.
    const QLocale german(QLocale::German);
    const QString text = ErrorNumber::text(0.0034412, german);
    QCOMPARE(text, QStringLiteral("0,00344"));
    QCOMPARE(german.toDouble(text), 0.00344);
}

QTEST_GUILESS_MAIN(TestErrorNumber)
#include "tst_errornumber.moc"
