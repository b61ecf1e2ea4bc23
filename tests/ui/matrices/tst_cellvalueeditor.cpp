// SPDX-License-Identifier: MIT
// CellValueEditor: which texts are weights (C locale, finite float32) and which are refused with
// what reason; the editor opened over a cell with the exact value selected; Enter commits, Esc
// cancels, moving the focus away commits; an unchanged text is no edit; a refused text stays in
// place with a red outline and a tooltip, and the refusal goes once the text is a number again.
#include "ui/matrices/cellvalueeditor.h"
#include "ui/matrices/matrixlabels.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rnnlab;

class TestCellValueEditor : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void opensWithTheExactValueSelected();
    void enterCommits();
    void escapeCancels();
    void unchangedTextIsNoEdit();
    void refusedInPlace_data();
    void refusedInPlace();
    void focusOutCommits();
    void staysInsideItsHost();

private:
    struct Host
    {
        QWidget window;
        CellValueEditor *editor;
        Host()
            : editor(new CellValueEditor(&window))
        {
            window.resize(300, 200);
            window.show();
        }
    };
};

void TestCellValueEditor::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<float>("value");
    QTest::newRow("0.5") << QStringLiteral("0.5") << 0.5f;
    QTest::newRow("negative, exponent, spaces") << QStringLiteral("  -1.25e-3 ") << -1.25e-3f;
    QTest::newRow("leading plus") << QStringLiteral("+2") << 2.0f;
    QTest::newRow("no leading zero") << QStringLiteral(".75") << 0.75f;
    QTest::newRow("9 digits round-trip") << formatExactValue(-0.123456791) << -0.123456791f;
    QTest::newRow("largest float") << QStringLiteral("3.40282347e38") << std::numeric_limits<float>::max();
    QTest::newRow("below float's smallest: rounds to 0") << QStringLiteral("1e-50") << 0.0f;
}

void TestCellValueEditor::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(float, value);
    const CellValueEditor::Parsed parsed = CellValueEditor::parse(text);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.problem));
    QCOMPARE(*parsed.value, value);
    QVERIFY(parsed.problem.isEmpty());
}

void TestCellValueEditor::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // a part of the message
    QTest::newRow("empty") << QString() << QStringLiteral("Type a number");
    QTest::newRow("abc") << QStringLiteral("abc") << QStringLiteral("\u201cabc\u201d is not a number");
    QTest::newRow("inf") << QStringLiteral("inf") << QStringLiteral("finite");
    QTest::newRow("-inf") << QStringLiteral("-inf") << QStringLiteral("finite");
    QTest::newRow("nan") << QStringLiteral("nan") << QStringLiteral("finite");
    QTest::newRow("1e40: beyond float32") << QStringLiteral("1e40") << QStringLiteral("Too large for a float32");
    QTest::newRow("-1e39") << QStringLiteral("-1e39") << QStringLiteral("Too large for a float32");
    QTest::newRow("decimal comma") << QStringLiteral("0,5") << QStringLiteral("decimal separator: 0.5");
    QTest::newRow("grouping is no number") << QStringLiteral("1,000") << QStringLiteral("decimal separator");
    QTest::newRow("trailing garbage") << QStringLiteral("0.5x") << QStringLiteral("is not a number");
}

void TestCellValueEditor::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const CellValueEditor::Parsed parsed = CellValueEditor::parse(text);
    QVERIFY(!parsed.value.has_value());
    QVERIFY2(parsed.problem.contains(problem), qPrintable(parsed.problem));
}

void TestCellValueEditor::opensWithTheExactValueSelected()
{
    Host host;
    QVERIFY(QTest::qWaitForWindowExposed(&host.window));
    QVERIFY(!host.editor->isVisible());
    const QRect cell(100, 80, 20, 20);
    host.editor->open(cell, -0.123456789f);
    QVERIFY(host.editor->isOpen());
    QVERIFY(host.editor->isVisible());
    QCOMPARE(host.editor->text(), formatExactValue(-0.123456789f));
    QCOMPARE(host.editor->selectedText(), host.editor->text()); // typing replaces it
    // Over the cell, and wide enough for 9 digits even over a small cell.
    QVERIFY(host.editor->geometry().contains(cell.center()));
    QVERIFY(host.editor->width() > host.editor->fontMetrics().horizontalAdvance(host.editor->text()));
}

void TestCellValueEditor::enterCommits()
{
    Host host;
    QSignalSpy committed(host.editor, &CellValueEditor::committed);
    host.editor->open(QRect(10, 10, 40, 40), 0.25f);
    QTest::keyClicks(host.editor, QStringLiteral("0.5"));
    QCOMPARE(host.editor->text(), QStringLiteral("0.5"));
    QTest::keyClick(host.editor, Qt::Key_Return);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).toFloat(), 0.5f);
    QVERIFY(!host.editor->isOpen());
    QVERIFY(!host.editor->isVisible());
    // The keypad's Enter too.
    host.editor->open(QRect(10, 10, 40, 40), 0.25f);
    QTest::keyClicks(host.editor, QStringLiteral("-3e-2"));
    QTest::keyClick(host.editor, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(committed.count(), 2);
    QCOMPARE(committed.at(1).at(0).toFloat(), -0.03f);
}

void TestCellValueEditor::escapeCancels()
{
    Host host;
    QSignalSpy committed(host.editor, &CellValueEditor::committed);
    QSignalSpy cancelled(host.editor, &CellValueEditor::cancelled);
    host.editor->open(QRect(10, 10, 40, 40), 0.25f);
    QTest::keyClicks(host.editor, QStringLiteral("0.5"));
    QTest::keyClick(host.editor, Qt::Key_Escape);
    QCOMPARE(committed.count(), 0);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!host.editor->isVisible());
}

void TestCellValueEditor::unchangedTextIsNoEdit()
{
    Host host;
    QSignalSpy committed(host.editor, &CellValueEditor::committed);
    host.editor->open(QRect(10, 10, 40, 40), 0.1f);
    QTest::keyClick(host.editor, Qt::Key_Return);
    QCOMPARE(committed.count(), 0);
    QVERIFY(!host.editor->isOpen());
}

void TestCellValueEditor::refusedInPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("abc") << QStringLiteral("abc");
    QTest::newRow("inf") << QStringLiteral("inf");
    QTest::newRow("1e40") << QStringLiteral("1e40");
    QTest::newRow("empty") << QString();
}

void TestCellValueEditor::refusedInPlace()
{
    QFETCH(QString, text);
    Host host;
    QVERIFY(QTest::qWaitForWindowExposed(&host.window));
    QSignalSpy committed(host.editor, &CellValueEditor::committed);
    host.editor->open(QRect(10, 10, 40, 40), 0.25f);
    QTest::keyClick(host.editor, Qt::Key_Backspace); // the selected value goes
    QTest::keyClicks(host.editor, text);
    QCOMPARE(host.editor->text(), text); // typed as is: no keystroke swallowed
    QTest::keyClick(host.editor, Qt::Key_Return);
    QCOMPARE(committed.count(), 0);
    QVERIFY(host.editor->isOpen());
    QVERIFY(host.editor->isVisible());
    QCOMPARE(host.editor->text(), text); // not clamped, not cleared
    const QString expected = CellValueEditor::parse(text).problem;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(host.editor->refusal(), expected);
    QCOMPARE(host.editor->toolTip(), expected);
    // The red outline: the editor's border pixels are red.
    const QImage image = host.editor->grab().toImage().scaled(host.editor->size());
    const QColor border = image.pixelColor(1, image.height() / 2);
    QVERIFY2(border.red() > 180 && border.green() < 90 && border.blue() < 90, qPrintable(border.name()));

    // A number again: the refusal goes, and Enter commits it.
    QTest::keyClick(host.editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(host.editor, QStringLiteral("0.75"));
    QVERIFY(host.editor->refusal().isEmpty());
    QVERIFY(host.editor->toolTip().isEmpty());
    QTest::keyClick(host.editor, Qt::Key_Return);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).toFloat(), 0.75f);
}

void TestCellValueEditor::focusOutCommits()
{
    Host host;
    auto *other = new QLineEdit(&host.window);
    other->move(0, 150);
    other->show();
    host.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&host.window));
    QSignalSpy committed(host.editor, &CellValueEditor::committed);
    host.editor->open(QRect(10, 10, 40, 40), 0.25f);
    QTRY_VERIFY(host.editor->hasFocus());
    QTest::keyClicks(host.editor, QStringLiteral("1.5"));
    other->setFocus(Qt::MouseFocusReason);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).toFloat(), 1.5f);
    QVERIFY(!host.editor->isVisible());
    QVERIFY(other->hasFocus()); // the commit does not take the focus back

    // A refused text stays where it is when the focus leaves it.
    host.editor->open(QRect(10, 10, 40, 40), 0.25f);
    QTRY_VERIFY(host.editor->hasFocus());
    QTest::keyClicks(host.editor, QStringLiteral("abc"));
    other->setFocus(Qt::TabFocusReason);
    QCOMPARE(committed.count(), 1);
    QVERIFY(host.editor->isOpen());
    QVERIFY(!host.editor->refusal().isEmpty());
}

void TestCellValueEditor::staysInsideItsHost()
{
    Host host;
    // A cell at the host's right edge: the editor is wider than the cell and moves left.
    host.editor->open(QRect(285, 10, 14, 14), 0.5f);
    QVERIFY(host.editor->geometry().right() <= host.window.width() - 1);
    QVERIFY(host.editor->geometry().left() >= 0);
}

QTEST_MAIN(TestCellValueEditor)
#include "tst_cellvalueeditor.moc"
