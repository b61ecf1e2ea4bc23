// SPDX-License-Identifier: MIT
// ReaderNumber (issue 19): a number on screen is written in the locale the language choice made
// QLocale's default — a decimal comma in German, French and Spanish, a point in English, Japanese,
// Korean and Chinese — never grouped below 10 000; and ErrorNumber follows it.
#include "ui/common/errornumber.h"
#include "ui/common/readernumber.h"

#include <QLocale>
#include <QTest>

using namespace rnnlab;

class TestReaderNumber : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void follows_data();
    void follows();
    void countsGroupFromTenThousand();
    void errorNumberFollowsTheReader();
};

void TestReaderNumber::follows_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<QString>("significant");
    QTest::addColumn<QString>("fromC");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("-0.990") << QStringLiteral("1.5e-05")
                             << QStringLiteral("1.5×10⁷");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("-0,990") << QStringLiteral("1,5e-05")
                            << QStringLiteral("1,5×10⁷");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("-0,990") << QStringLiteral("1,5e-05")
                            << QStringLiteral("1,5×10⁷");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("-0,990") << QStringLiteral("1,5e-05")
                             << QStringLiteral("1,5×10⁷");
    QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("-0.990") << QStringLiteral("1.5e-05")
                              << QStringLiteral("1.5×10⁷");
    QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("-0.990") << QStringLiteral("1.5e-05")
                            << QStringLiteral("1.5×10⁷");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("-0.990") << QStringLiteral("1.5e-05")
                             << QStringLiteral("1.5×10⁷");
}

void TestReaderNumber::follows()
{
    QFETCH(QString, language);
    QFETCH(QString, fixed);
    QFETCH(QString, significant);
    QFETCH(QString, fromC);
    // As Language::install sets it for `--language CODE`.
    QLocale::setDefault(QLocale(language));
    QCOMPARE(ReaderNumber::fixed(-0.98999, 3), fixed);
    QCOMPARE(ReaderNumber::significant(1.5e-5, 3), significant);
    QCOMPARE(ReaderNumber::fromC(QStringLiteral("1.5×10⁷")), fromC);
    // Whole numbers have no separator to change.
    QCOMPARE(ReaderNumber::fixed(150.0, 0), QStringLiteral("150"));
    // The minus sign is the caller's: kept as given.
    QCOMPARE(ReaderNumber::fromC(QStringLiteral("−0.25")).front(), QChar(0x2212));
    // A list of numbers stays readable: "0,12; −0,34", never "0,12, −0,34".
    QCOMPARE(ReaderNumber::listSeparator(), fixed.contains(u',') ? QStringLiteral("; ") : QStringLiteral(", "));
}

void TestReaderNumber::countsGroupFromTenThousand()
{
    QLocale::setDefault(QLocale(QStringLiteral("de")));
    QCOMPARE(ReaderNumber::count(1234), QStringLiteral("1234")); // not "1.234", which reads as a decimal
    QCOMPARE(ReaderNumber::count(12345), QStringLiteral("12.345"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    QCOMPARE(ReaderNumber::count(9999), QStringLiteral("9999"));
    QCOMPARE(ReaderNumber::count(1234567), QStringLiteral("1,234,567"));
}

void TestReaderNumber::errorNumberFollowsTheReader()
{
    // The caption's, status bar's and Signal tab's losses: the reader's separator, and the same
    // text wherever they show (ErrorNumber::text() with no locale is the reader's).
    QLocale::setDefault(QLocale(QStringLiteral("fr")));
    QCOMPARE(ErrorNumber::text(0.0034412), QStringLiteral("0,00344"));
    QCOMPARE(ErrorNumber::text(-1234.4), QStringLiteral("−1234")); // no group separator
    QCOMPARE(ErrorNumber::text(1.234e-9), QStringLiteral("1,23×10⁻⁹"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    QCOMPARE(ErrorNumber::text(0.0034412), QStringLiteral("0.00344"));
}

QTEST_GUILESS_MAIN(TestReaderNumber)

#include "tst_readernumber.moc"
