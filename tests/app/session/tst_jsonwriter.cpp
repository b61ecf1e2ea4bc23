// SPDX-License-Identifier: MIT
// JsonWriter: floats read back as the same float32; strings are escaped as JSON requires; the
// output is valid JSON that QJsonDocument reads.
#include "app/session/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>

using namespace rnnlab;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void floatsRoundTrip();
    void escapesStrings();
    void writesValidJson();
    void cannotWriteANonFiniteNumber_data();
    void cannotWriteANonFiniteNumber();
};

void TestJsonWriter::floatsRoundTrip()
{
    std::mt19937 random(1);
    for (int i = 0; i < 100000; ++i) {
        std::uint32_t bits = random();
        float f;
        std::memcpy(&f, &bits, sizeof f);
        if (!std::isfinite(f))
            continue;
        const std::string text = JsonWriter::formatNumber(static_cast<double>(f));
        const float back = static_cast<float>(std::strtod(text.c_str(), nullptr));
        QVERIFY2(std::memcmp(&back, &f, sizeof f) == 0, text.c_str());
    }
    QCOMPARE(JsonWriter::formatNumber(0.1f), std::string("0.10000000149011612")); // as Python's json
}

void TestJsonWriter::escapesStrings()
{
    QCOMPARE(JsonWriter::quoted("a\"b\\c\nd\te\x01"), std::string("\"a\\\"b\\\\c\\nd\\te\\u0001\""));
    QCOMPARE(JsonWriter::quoted("h\xC3\xA9"), std::string("\"h\xC3\xA9\"")); // UTF-8 kept, as ensure_ascii=False
}

void TestJsonWriter::writesValidJson()
{
    JsonWriter w;
    w.beginObject();
    w.key("name");
    w.value("x");
    w.key("matrix");
    w.beginArray();
    for (int r = 0; r < 2; ++r)
        w.numberArray(std::vector<float>{1.5f, -2.0f, 0.25f});
    w.endArray();
    w.key("empty");
    w.beginObject();
    w.endObject();
    w.key("list");
    w.beginArray();
    w.endArray();
    w.key("none");
    w.null();
    w.endObject();
    const std::string text = w.finish();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("matrix")).toArray().at(1).toArray().at(2).toDouble(), 0.25);
    QVERIFY(o.value(QStringLiteral("none")).isNull());
}

void TestJsonWriter::cannotWriteANonFiniteNumber_data()
{
    QTest::addColumn<double>("number");
    QTest::newRow("inf (an Adam step of 1e39 as float32)") << double(std::numeric_limits<float>::infinity());
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("the largest double: finite, written") << std::numeric_limits<double>::max();
}

void TestJsonWriter::cannotWriteANonFiniteNumber()
{
    // "step": inf is not JSON: a session saved with it could not be opened again (issue 18, defect
    // 3). The writer gives no document at all instead, and says so.
    QFETCH(double, number);
    JsonWriter w;
    w.beginObject();
    w.key("step");
    w.value(number);
    w.endObject();
    const std::string text = w.finish();
    QCOMPARE(w.spoiled(), !std::isfinite(number));
    QCOMPARE(text.empty(), !std::isfinite(number));
    if (!text.empty())
        QVERIFY(!QJsonDocument::fromJson(QByteArray::fromStdString(text)).isNull());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
