// SPDX-License-Identifier: MIT
// ExactJson: a negative zero inside an array survives Qt's JSON reader (as −0.0, sign and all);
// nothing else changes — not strings, not object values, not numbers that merely start with -0.
#include "app/session/exactjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestExactJson : public QObject
{
    Q_OBJECT

private slots:
    void marksNegativeZeros_data();
    void marksNegativeZeros();
    void readsThemBackAsNegativeZero_data();
    void readsThemBackAsNegativeZero();
    void errorsPointIntoTheText();
};

void TestExactJson::marksNegativeZeros_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("changed");
    QTest::newRow("a bias element") << QByteArray("[1, -0, 2]") << QByteArray("[1, -5e-324, 2]") << true;
    QTest::newRow("every spelling of zero")
        << QByteArray("[-0.0, -0e5, -0.00E-3]") << QByteArray("[-5e-324, -5e-324, -5e-324]") << true;
    QTest::newRow("a matrix row") << QByteArray("{\"w\": [[0.5, -0], [-0.0, 1]]}")
                                  << QByteArray("{\"w\": [[0.5, -5e-324], [-5e-324, 1]]}") << true;
    QTest::newRow("not zero") << QByteArray("[-0.5, -10, -0.01]") << QByteArray("[-0.5, -10, -0.01]") << false;
    QTest::newRow("small but not zero") << QByteArray("[-0.001, -1e-3]") << QByteArray("[-0.001, -1e-3]") << false;
    QTest::newRow("inside a string") << QByteArray("[\"x -0 [-0]\", \"\\\"-0\"]")
                                     << QByteArray("[\"x -0 [-0]\", \"\\\"-0\"]") << false;
    QTest::newRow("an object's value") << QByteArray("{\"momentum\": -0}") << QByteArray("{\"momentum\": -0}") << false;
    QTest::newRow("a lone minus") << QByteArray("[-]") << QByteArray("[-]") << false;
    QTest::newRow("no digit after the minus") << QByteArray("[-.0]") << QByteArray("[-.0]") << false;
    QTest::newRow("an array in an object in an array")
        << QByteArray("[{\"a\": -0, \"b\": [-0]}]") << QByteArray("[{\"a\": -0, \"b\": [-5e-324]}]") << true;
}

void TestExactJson::marksNegativeZeros()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QFETCH(bool, changed);
    bool wasChanged = !changed;
    QCOMPARE(ExactJson::keepNegativeZeros(text, &wasChanged), expected);
    QCOMPARE(wasChanged, changed);
}

void TestExactJson::readsThemBackAsNegativeZero_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("negative");
    QTest::newRow("-0") << QByteArray("[1, -0]") << 1 << 0.0 << true;
    QTest::newRow("-0.0e0") << QByteArray("[-0.0e0]") << 0 << 0.0 << true;
    QTest::newRow("0") << QByteArray("[0]") << 0 << 0.0 << false;
    QTest::newRow("-2.5") << QByteArray("[-2.5]") << 0 << -2.5 << true;
    QTest::newRow("the smallest negative double is read as -0") << QByteArray("[-5e-324]") << 0 << 0.0 << true;
}

void TestExactJson::readsThemBackAsNegativeZero()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    QFETCH(double, value);
    QFETCH(bool, negative);
    QJsonParseError error;
    const QJsonDocument document = ExactJson::parse(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const double number = ExactJson::number(document.array().at(index));
    QCOMPARE(number, value);
    QCOMPARE(std::signbit(number), negative);
}

void TestExactJson::errorsPointIntoTheText()
{
    // The offset of a syntax error is the text's own, not that of the marked copy (where every
    // -0 before it would have moved it).
    const QByteArray text("[-0, -0, -0,]");
    QJsonParseError error;
    ExactJson::parse(text, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QJsonParseError plain;
    QJsonDocument::fromJson(text, &plain);
    QCOMPARE(error.offset, plain.offset);
}

QTEST_GUILESS_MAIN(TestExactJson)
#include "tst_exactjson.moc"
