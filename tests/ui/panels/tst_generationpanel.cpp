// SPDX-License-Identifier: MIT
// GenerationPanel: validates in place with the engine's validate() (an invalid prime disables
// Generate and shows the engine's own message), emits generateRequested() with the options of
// the fields, and shows snapshot->generated (the prime in bold, then the text, or the problem).
#include "engine/generation.h"
#include "tests/support/snapshotbuilder.h"
#include "ui/panels/generationpanel.h"

#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>

#include <algorithm>

using namespace rnnlab;
using rnnlab::test::SnapshotBuilder;

class TestGenerationPanel : public QObject
{
    Q_OBJECT

private slots:
    void waitsForAModel();
    void defaults();
    void invalidPrimeDisablesGenerate_data();
    void invalidPrimeDisablesGenerate();
    void validOptionsAreEmitted_data();
    void validOptionsAreEmitted();
    void showsTheGeneratedText();
    void showsARefusal();
    void keepsATypedPrimeAcrossResets();
    void typeGrowsWithTheWindow();
};

void TestGenerationPanel::waitsForAModel()
{
    GenerationPanel panel;
    QVERIFY(!panel.canGenerate());
    QVERIFY(!panel.generateButton()->isEnabled());
    QSignalSpy spy(&panel, &GenerationPanel::generateRequested);
    panel.requestGeneration();
    QCOMPARE(spy.count(), 0);
}

void TestGenerationPanel::defaults()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    GenerationPanel panel;
    panel.setSnapshot(run.snapshot());
    QCOMPARE(panel.primeEdit()->text(), QStringLiteral("h")); // the first character of the first text
    QCOMPARE(panel.lengthSpinBox()->value(), 20);
    QCOMPARE(panel.lengthSpinBox()->minimum(), 1);
    QCOMPARE(panel.lengthSpinBox()->maximum(), 1000);
    QVERIFY(!panel.sampleButton()->isChecked());
    QVERIFY(!panel.temperatureSpinBox()->isEnabled()); // greedy needs no temperature
    QVERIFY(panel.temperatureSpinBox()->minimum() > 0.0);
    QVERIFY(panel.canGenerate());
    QVERIFY(panel.generateButton()->isEnabled());
    QVERIFY(panel.problemText().isEmpty());
}

void TestGenerationPanel::invalidPrimeDisablesGenerate_data()
{
    QTest::addColumn<QString>("prime");
    QTest::newRow("empty") << QString();
    QTest::newRow("not in the vocabulary") << QStringLiteral("hx");
    QTest::newRow("space is not in \"hello\"") << QStringLiteral("he l");
    QTest::newRow("non-BMP") << QStringLiteral("h🙂");
}

void TestGenerationPanel::invalidPrimeDisablesGenerate()
{
    QFETCH(QString, prime);
    SnapshotBuilder run(rnnlab::lectureExample());
    GenerationPanel panel;
    panel.show();
    panel.setSnapshot(run.snapshot());
    QSignalSpy spy(&panel, &GenerationPanel::generateRequested);
    panel.primeEdit()->clear();
    // Typed where QTest can type it (ASCII), else pasted.
    const bool ascii = std::all_of(prime.begin(), prime.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(panel.primeEdit(), prime);
    else
        panel.primeEdit()->insert(prime);
    QCOMPARE(panel.primeEdit()->text(), prime);
    QVERIFY(!panel.canGenerate());
    QVERIFY(!panel.generateButton()->isEnabled());
    // The engine's own message, word for word.
    GenerationOptions options;
    options.prime = prime.toStdU32String();
    const std::vector<Problem> problems = validate(options, run.setup()->vocabulary);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(panel.problemText(), QString::fromStdString(problems.front().toString()));
    panel.requestGeneration();
    QTest::keyClick(panel.primeEdit(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    // Fixing the prime enables Generate again and removes the message.
    panel.primeEdit()->setText(QStringLiteral("hel"));
    QVERIFY(panel.generateButton()->isEnabled());
    QVERIFY(panel.problemText().isEmpty());
}

void TestGenerationPanel::validOptionsAreEmitted_data()
{
    QTest::addColumn<bool>("sample");
    QTest::newRow("greedy") << false;
    QTest::newRow("sample") << true;
}

void TestGenerationPanel::validOptionsAreEmitted()
{
    QFETCH(bool, sample);
    SnapshotBuilder run(rnnlab::lectureExample());
    GenerationPanel panel;
    panel.setSnapshot(run.snapshot());
    QSignalSpy spy(&panel, &GenerationPanel::generateRequested);
    panel.primeEdit()->setText(QStringLiteral("he"));
    panel.lengthSpinBox()->setValue(7);
    if (sample) {
        panel.sampleButton()->setChecked(true);
        QVERIFY(panel.temperatureSpinBox()->isEnabled());
        panel.temperatureSpinBox()->setValue(0.5);
        panel.seedSpinBox()->setValue(3);
    }
    QTest::mouseClick(panel.generateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto options = spy.first().first().value<GenerationOptions>();
    QVERIFY(options.prime == U"he");
    QCOMPARE(options.length, 7);
    QCOMPARE(options.temperature.has_value(), sample);
    if (sample) {
        QCOMPARE(*options.temperature, 0.5);
        QCOMPARE(options.seed, 3);
    }
    QVERIFY(validate(options, run.setup()->vocabulary).empty());
}

void TestGenerationPanel::showsTheGeneratedText()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    run.train(10);
    GenerationPanel panel;
    panel.setSnapshot(run.snapshot());
    QVERIFY(panel.resultText().isEmpty());
    GeneratedText generated;
    generated.requestId = 1;
    generated.options.prime = U"he";
    generated.text = U"llo";
    panel.setSnapshot(test::withGenerated(run.snapshot(), generated));
    QCOMPARE(panel.resultText(), QStringLiteral("hello"));
    // The prime is bold (and underlined), the generated text is not.
    auto *result = panel.findChild<QTextEdit *>();
    QVERIFY(result);
    QTextCursor cursor(result->document());
    cursor.setPosition(1);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));
    QVERIFY(cursor.charFormat().fontUnderline());
    cursor.setPosition(4);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Normal));
    QVERIFY(!cursor.charFormat().fontUnderline());
    // The next snapshot still carries the same result: nothing changes; a new request replaces it.
    panel.setSnapshot(test::withGenerated(run.snapshot(), generated));
    QCOMPARE(panel.resultText(), QStringLiteral("hello"));
    generated.requestId = 2;
    generated.options.prime = U"l";
    generated.text = U"lo";
    panel.setSnapshot(test::withGenerated(run.snapshot(), generated));
    QCOMPARE(panel.resultText(), QStringLiteral("llo"));
}

void TestGenerationPanel::showsARefusal()
{
    SnapshotBuilder run(rnnlab::lectureExample());
    GenerationPanel panel;
    panel.show();
    GeneratedText generated;
    generated.requestId = 5;
    generated.problem = Problem::of("prime", "is empty: give at least one character to start from");
    panel.setSnapshot(test::withGenerated(run.snapshot(), generated));
    QVERIFY(panel.resultText().isEmpty());
    bool shown = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        shown = shown
            || (label->isVisible()
                && label->text() == QStringLiteral("prime is empty: give at least one character to start from"));
    QVERIFY(shown);
}

void TestGenerationPanel::keepsATypedPrimeAcrossResets()
{
    SnapshotBuilder first(rnnlab::lectureExample(), 1);
    GenerationPanel panel;
    panel.setSnapshot(first.snapshot());
    panel.primeEdit()->clear();
    QTest::keyClicks(panel.primeEdit(), QStringLiteral("ll"));
    // A reset with texts that still have 'l': the typed prime stays.
    Session same = rnnlab::lectureExample();
    same.data.texts = {U"hello", U"all"};
    same.model.hiddenSize = 5;
    SnapshotBuilder second(same, 2);
    panel.setSnapshot(second.snapshot());
    QCOMPARE(panel.primeEdit()->text(), QStringLiteral("ll"));
    // A reset with texts without 'l': back to the default prime.
    Session other = rnnlab::lectureExample();
    other.data.texts = {U"abcd"};
    SnapshotBuilder third(other, 3);
    panel.setSnapshot(third.snapshot());
    QCOMPARE(panel.primeEdit()->text(), QStringLiteral("a"));
    QVERIFY(panel.canGenerate());
}

void TestGenerationPanel::typeGrowsWithTheWindow()
{
    // Presentation mode enlarges the window's font: the prime and the result, in the fixed-width
    // family, grew with it (they kept the system fixed font's 9 pt on a projector).
    QWidget window;
    auto *panel = new GenerationPanel(&window);
    QFont big = window.font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    window.setFont(big);
    auto *result = panel->findChild<QTextEdit *>();
    QVERIFY(result);
    for (QWidget *text : {static_cast<QWidget *>(panel->primeEdit()), static_cast<QWidget *>(result)}) {
        QCOMPARE(text->font().pointSizeF(), big.pointSizeF());
        QCOMPARE(text->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    }
}

QTEST_MAIN(TestGenerationPanel)
#include "tst_generationpanel.moc"
