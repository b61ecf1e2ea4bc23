// SPDX-License-Identifier: MIT
// Characters are code points: UTF-8 decoding is strict, and the vocabulary counts "é", "한" and
// "🙂" as one character each, in order of first appearance.
#include "engine/dataset.h"
#include "engine/unicode.h"
#include "engine/vocabulary.h"

#include <QTest>

using namespace rnnlab;

class TestUnicode : public QObject
{
    Q_OBJECT

private slots:
    void decodesCodePoints();
    void refusesInvalidUtf8_data();
    void refusesInvalidUtf8();
    void vocabularyInOrderOfFirstAppearance();
    void datasetShiftsByOne();
    void describesInvisibleCharacters();
};

void TestUnicode::decodesCodePoints()
{
    const auto decoded = fromUtf8("h\xC3\xA9\xED\x95\x9C\xF0\x9F\x99\x82"); // h é 한 🙂
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), std::size_t(4));
    QCOMPARE(int((*decoded)[3]), 0x1F642);
    QCOMPARE(toUtf8(*decoded), std::string("h\xC3\xA9\xED\x95\x9C\xF0\x9F\x99\x82"));
    QCOMPARE(toUtf8(char32_t(0xD800)), std::string("\xEF\xBF\xBD")); // never emits invalid UTF-8
}

void TestUnicode::refusesInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("truncated") << QByteArray("a\xE2\x82") << 1;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << 0;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("bad lead byte") << QByteArray("\xFF") << 0;
}

void TestUnicode::refusesInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    std::size_t at = 99;
    QVERIFY(!fromUtf8(std::string_view(bytes.constData(), std::size_t(bytes.size())), &at));
    QCOMPARE(int(at), offset);
}

void TestUnicode::vocabularyInOrderOfFirstAppearance()
{
    const Vocabulary v = Vocabulary::fromTexts({U"héllo", U"한🙂 é"});
    QVERIFY(v.characters() == U"hélo한🙂 ");
    QCOMPARE(v.size(), 7);
    QCOMPARE(v.indexOf(U'🙂'), 5);
    QCOMPARE(v.indexOf(U'x'), -1);
}

void TestUnicode::datasetShiftsByOne()
{
    DataConfig data;
    data.texts = {U"hello", U"oh"};
    const Dataset d = Dataset::fromConfig(data);
    QCOMPARE(d.sequences.size(), std::size_t(2));
    QCOMPARE(d.sequences[0].inputs, (std::vector<int>{0, 1, 2, 2})); // h e l l
    QCOMPARE(d.sequences[0].targets, (std::vector<int>{1, 2, 2, 3})); // e l l o
    QCOMPARE(d.sequences[1].inputs, std::vector<int>{3});
    QCOMPARE(d.targetCount(), 5);
    data.vocabulary = U"olhe";
    QCOMPARE(Dataset::fromConfig(data).sequences[0].inputs, (std::vector<int>{2, 3, 1, 1}));
}

void TestUnicode::describesInvisibleCharacters()
{
    QCOMPARE(describeCharacter(U'x'), std::string("'x'"));
    QCOMPARE(describeCharacter(U' '), std::string("U+0020 (space)"));
    QCOMPARE(describeCharacter(U'\n'), std::string("U+000A (line feed)"));
}

QTEST_GUILESS_MAIN(TestUnicode)
#include "tst_unicode.moc"
