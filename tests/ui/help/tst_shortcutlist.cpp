// SPDX-License-Identifier: MIT
// ShortcutList's text helpers: a title without its mnemonic marker, and the mnemonic letter it
// has (escaped "&&" is a literal ampersand, never a mnemonic); the HTML lists every key given.
#include "ui/help/shortcutlist.h"

#include <QTest>

using namespace rnnlab;

class TestShortcutList : public QObject
{
    Q_OBJECT

private slots:
    void plainTextAndMnemonic_data();
    void plainTextAndMnemonic();
    void htmlListsEveryKey();
};

void TestShortcutList::plainTextAndMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("mnemonic");
    QTest::newRow("first letter") << QStringLiteral("&File") << QStringLiteral("File") << QStringLiteral("F");
    QTest::newRow("inside, lower case") << QStringLiteral("Save session &as…") << QStringLiteral("Save session as…")
                                        << QStringLiteral("A");
    QTest::newRow("none") << QStringLiteral("Matrices") << QStringLiteral("Matrices") << QString();
    QTest::newRow("escaped ampersand") << QStringLiteral("Q&&A") << QStringLiteral("Q&A") << QString();
    QTest::newRow("escaped, then a mnemonic")
        << QStringLiteral("Q&&A &notes") << QStringLiteral("Q&A notes") << QStringLiteral("N");
    QTest::newRow("trailing ampersand") << QStringLiteral("odd&") << QStringLiteral("odd&") << QString();
}

void TestShortcutList::plainTextAndMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QFETCH(QString, mnemonic);
    QCOMPARE(ShortcutList::plainText(text), plain);
    const QChar letter = ShortcutList::mnemonic(text);
    QCOMPARE(letter.isNull() ? QString() : QString(letter), mnemonic);
}

void TestShortcutList::htmlListsEveryKey()
{
    const QString html = ShortcutList::html(
        {{QStringLiteral("File"), QStringLiteral("Save <as>"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}},
         {QStringLiteral("View"),
          QStringLiteral("Zoom in"),
          {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}}});
    QVERIFY2(html.contains(QStringLiteral("Save &lt;as&gt;")), qPrintable(html)); // escaped
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                    QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)})
        QVERIFY2(html.contains(key.toString(QKeySequence::NativeText).toHtmlEscaped()), qPrintable(html));
    // Every view key has a place, a description and at least one key.
    for (const ShortcutList::Entry &entry : ShortcutList::viewKeys())
        QVERIFY(!entry.where.isEmpty() && !entry.what.isEmpty() && !entry.keys.isEmpty());
}

QTEST_GUILESS_MAIN(TestShortcutList)
#include "tst_shortcutlist.moc"
