// SPDX-License-Identifier: MIT
// HeatmapInteraction on a real HeatmapWidget: a click opens the inline editor over the cell, Enter
// commits one cellEdited, Esc none; a vertical drag changes the value live and commits exactly one
// edit on release (Shift for finer steps, Esc cancels, back to the start is no edit); the arrow
// keys move a keyboard cursor and Enter edits there, ahead of window shortcuts on the same keys;
// nothing of this while the heatmap is not editable (no editor, no ↕ cursor).
#include "ui/matrices/cellvalueeditor.h"
#include "ui/matrices/heatmapinteraction.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixlabels.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace rnnlab;

class TestHeatmapInteraction : public QObject
{
    Q_OBJECT

private slots:
    void dragValue_data();
    void dragValue();
    void clickOpensTheEditorOverTheCell();
    void typeAndEnterEditsTheCell_data();
    void typeAndEnterEditsTheCell();
    void escapeEditsNothing();
    void nothingWhenNotEditable();
    void turningEditingOffClosesTheEditor();
    void aNewMatrixClosesTheEditor();
    void dragEditsOnce();
    void shiftDragIsFiner();
    void escapeCancelsADrag();
    void dragBackToTheStartIsNoEdit();
    void arrowKeysAndEnter();
    void cellKeysBeatWindowShortcuts();

private:
    // A heatmap in a window (the editor's host), shown.
    struct Fixture
    {
        QWidget window;
        HeatmapWidget *heatmap;
        Fixture();
        QPoint centre(int row, int column) const { return heatmap->currentLayout().cellFillRect(row, column).center(); }
        CellValueEditor *editor() const { return heatmap->interaction()->editor(); }
    };
    static RowMatrix<float> matrix();
    static void send(QWidget *widget, QEvent::Type type, const QPoint &position, Qt::MouseButtons buttons,
                     Qt::KeyboardModifiers modifiers = {});
};

RowMatrix<float> TestHeatmapInteraction::matrix()
{
    RowMatrix<float> m(3, 4);
    m << 0.27f, -0.5f, 0.1f, 0.0f, //
        -1.3f, 0.9f, 0.0003f, -0.05f, //
        0.4f, -0.123456789f, 0.6f, 0.8f;
    return m;
}

TestHeatmapInteraction::Fixture::Fixture()
    : heatmap(new HeatmapWidget(&window))
{
    heatmap->setMatrix(QStringLiteral("W_hh"), QStringLiteral("rnn.weight_hh_l0"), matrix(), hiddenLabels(3),
                       hiddenLabels(4), 2.0);
    heatmap->setCellSize(40);
    heatmap->move(20, 60); // room above for the drag label
    heatmap->resize(heatmap->sizeHint());
    heatmap->setEditable(true);
    window.resize(heatmap->geometry().bottomRight().x() + 120, heatmap->geometry().bottom() + 60);
    window.show();
}

// A mouse event with the modifiers a drag needs (QTest's mouseMove sends none).
void TestHeatmapInteraction::send(QWidget *widget, QEvent::Type type, const QPoint &position, Qt::MouseButtons buttons,
                                  Qt::KeyboardModifiers modifiers)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(position), QPointF(widget->mapToGlobal(position)), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

void TestHeatmapInteraction::dragValue_data()
{
    QTest::addColumn<float>("start");
    QTest::addColumn<int>("pixelsUp");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("fine");
    QTest::addColumn<float>("expected");
    QTest::newRow("30 px up, scale 1: +0.3") << 0.25f << 30 << 1.0 << false << 0.55f;
    QTest::newRow("30 px down") << 0.25f << -30 << 1.0 << false << -0.05f;
    QTest::newRow("Shift: a tenth") << 0.25f << 30 << 1.0 << true << 0.28f;
    QTest::newRow("scale 0.05: 0.0005 per pixel") << 0.0f << 10 << 0.05 << false << 0.005f;
    QTest::newRow("scale 2.5") << -1.0f << 100 << 2.5 << false << 1.5f;
    QTest::newRow("no scale: as 1") << 0.5f << 10 << 0.0 << false << 0.6f;
    QTest::newRow("not rounded to the step") << 0.123f << 1 << 1.0 << false << 0.133f;
}

void TestHeatmapInteraction::dragValue()
{
    QFETCH(float, start);
    QFETCH(int, pixelsUp);
    QFETCH(double, scale);
    QFETCH(bool, fine);
    QFETCH(float, expected);
    QCOMPARE(HeatmapInteraction::dragValue(start, pixelsUp, scale, fine), expected);
}

void TestHeatmapInteraction::clickOpensTheEditorOverTheCell()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QVERIFY(!f.heatmap->interaction()->isEditing());
    QTest::mouseClick(f.heatmap, Qt::LeftButton, {}, f.centre(2, 1));
    QVERIFY(f.heatmap->interaction()->isEditing());
    CellValueEditor *editor = f.editor();
    QVERIFY(editor);
    QCOMPARE(editor->parentWidget(), &f.window); // may overhang the heatmap
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), formatExactValue(-0.123456789f));
    QCOMPARE(editor->selectedText(), editor->text());
    QVERIFY(editor->geometry().contains(f.heatmap->mapTo(&f.window, f.centre(2, 1))));
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(1, 2));
    // The ↕ cursor over the cells says they can be edited.
    QTest::mouseMove(f.heatmap, f.centre(0, 0));
    QCOMPARE(f.heatmap->cursor().shape(), Qt::SizeVerCursor);
}

void TestHeatmapInteraction::typeAndEnterEditsTheCell_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<float>("value");
    QTest::newRow("(0, 0) = 0.5") << 0 << 0 << QStringLiteral("0.5") << 0.5f;
    QTest::newRow("(2, 3) = -2") << 2 << 3 << QStringLiteral("-2") << -2.0f;
    QTest::newRow("(1, 2) = 1e-3") << 1 << 2 << QStringLiteral("1e-3") << 1e-3f;
}

void TestHeatmapInteraction::typeAndEnterEditsTheCell()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(float, value);
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    QTest::mouseClick(f.heatmap, Qt::LeftButton, {}, f.centre(row, column));
    QVERIFY(f.editor());
    QTest::keyClicks(f.editor(), text);
    QTest::keyClick(f.editor(), Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toInt(), row);
    QCOMPARE(edited.at(0).at(1).toInt(), column);
    QCOMPARE(edited.at(0).at(2).toFloat(), value);
    QVERIFY(!f.heatmap->interaction()->isEditing());
    // The heatmap shows what it is given, not what was typed: the caller's snapshot brings it.
    QCOMPARE(f.heatmap->values(), matrix());
}

void TestHeatmapInteraction::escapeEditsNothing()
{
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    QTest::mouseClick(f.heatmap, Qt::LeftButton, {}, f.centre(1, 1));
    QTest::keyClicks(f.editor(), QStringLiteral("0.5"));
    QTest::keyClick(f.editor(), Qt::Key_Escape);
    QCOMPARE(edited.count(), 0);
    QVERIFY(!f.heatmap->interaction()->isEditing());
}

void TestHeatmapInteraction::nothingWhenNotEditable()
{
    Fixture f;
    f.heatmap->setEditable(false);
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    QTest::mouseClick(f.heatmap, Qt::LeftButton, {}, f.centre(1, 1));
    QVERIFY(!f.heatmap->interaction()->isEditing());
    QVERIFY(!f.editor());
    QTest::mouseMove(f.heatmap, f.centre(0, 0));
    QVERIFY(f.heatmap->cursor().shape() != Qt::SizeVerCursor);
    QTest::mousePress(f.heatmap, Qt::LeftButton, {}, f.centre(1, 1));
    send(f.heatmap, QEvent::MouseMove, f.centre(1, 1) - QPoint(0, 50), Qt::LeftButton);
    QTest::mouseRelease(f.heatmap, Qt::LeftButton, {}, f.centre(1, 1) - QPoint(0, 50));
    QTest::keyClick(f.heatmap, Qt::Key_Return);
    QCOMPARE(edited.count(), 0);
    QVERIFY(!f.heatmap->interaction()->isEditing());
    QVERIFY(!f.heatmap->toolTipForCell(0, 0).contains(editHint()));
    f.heatmap->setEditable(true);
    QVERIFY(f.heatmap->toolTipForCell(0, 0).endsWith(editHint()));
}

void TestHeatmapInteraction::turningEditingOffClosesTheEditor()
{
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    QTest::mouseClick(f.heatmap, Qt::LeftButton, {}, f.centre(1, 1));
    QTest::keyClicks(f.editor(), QStringLiteral("0.5"));
    f.heatmap->setEditable(false); // e.g. the user rewound to an earlier step
    QVERIFY(!f.editor()->isVisible());
    QCOMPARE(edited.count(), 0);
}

void TestHeatmapInteraction::aNewMatrixClosesTheEditor()
{
    Fixture f;
    QTest::mouseClick(f.heatmap, Qt::LeftButton, {}, f.centre(1, 1));
    QVERIFY(f.editor()->isVisible());
    // New values of the same shape (the next snapshot): the editor stays.
    f.heatmap->setValues(matrix() * 2.0f, 4.0);
    QVERIFY(f.editor()->isVisible());
    // Another matrix: it goes.
    f.heatmap->setMatrix(QStringLiteral("W_xh"), QStringLiteral("rnn.weight_ih_l0"), RowMatrix<float>::Zero(2, 2), {},
                         {}, 1.0);
    QVERIFY(!f.editor()->isVisible());
}

void TestHeatmapInteraction::dragEditsOnce()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    const QPoint start = f.centre(1, 1); // 0.9
    const int threshold = QApplication::startDragDistance();
    QTest::mousePress(f.heatmap, Qt::LeftButton, {}, start);
    // Less than the drag distance: still a click.
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, threshold - 1), Qt::LeftButton);
    QVERIFY(!f.heatmap->interaction()->isDragging());
    // From the drag distance on, a drag measured from there: no jump when it starts.
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, threshold), Qt::LeftButton);
    QVERIFY(f.heatmap->interaction()->isDragging());
    QCOMPARE(f.heatmap->interaction()->preview()->value, 0.9f);
    for (int dy = 1; dy <= 30; ++dy)
        send(f.heatmap, QEvent::MouseMove, start - QPoint(0, threshold + dy), Qt::LeftButton);
    const float expected = HeatmapInteraction::dragValue(0.9f, 30, 2.0, false);
    QCOMPARE(expected, 0.9f + 30 * 0.01f * 2.0f);
    // Live: the cell previews the value, a label beside it prints it, nothing is emitted yet.
    const std::optional<HeatmapInteraction::Preview> preview = f.heatmap->interaction()->preview();
    QVERIFY(preview);
    QCOMPARE(preview->row, 1);
    QCOMPARE(preview->column, 1);
    QCOMPARE(preview->value, expected);
    QLabel *label = f.heatmap->interaction()->dragLabel();
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().startsWith(QString::number(expected, 'g', 6)), qPrintable(label->text()));
    QCOMPARE(edited.count(), 0);
    QTest::mouseRelease(f.heatmap, Qt::LeftButton, {}, start - QPoint(0, threshold + 30));
    QCOMPARE(edited.count(), 1); // one edit per drag, not one per pixel
    QCOMPARE(edited.at(0).at(0).toInt(), 1);
    QCOMPARE(edited.at(0).at(1).toInt(), 1);
    QCOMPARE(edited.at(0).at(2).toFloat(), expected);
    QVERIFY(!f.heatmap->interaction()->isDragging());
    QVERIFY(!label->isVisible());
    QVERIFY(!f.heatmap->interaction()->isEditing()); // a drag is not a click
}

void TestHeatmapInteraction::shiftDragIsFiner()
{
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    const QPoint start = f.centre(0, 0); // 0.27
    const int threshold = QApplication::startDragDistance();
    send(f.heatmap, QEvent::MouseButtonPress, start, Qt::LeftButton);
    send(f.heatmap, QEvent::MouseMove, start + QPoint(0, threshold), Qt::LeftButton); // down
    send(f.heatmap, QEvent::MouseMove, start + QPoint(0, threshold + 20), Qt::LeftButton);
    const float coarse = HeatmapInteraction::dragValue(0.27f, -20, 2.0, false);
    QCOMPARE(f.heatmap->interaction()->preview()->value, coarse);
    // Shift from here on: 20 more pixels down in tenths, without a jump where Shift was pressed.
    send(f.heatmap, QEvent::MouseMove, start + QPoint(0, threshold + 20), Qt::LeftButton, Qt::ShiftModifier);
    QCOMPARE(f.heatmap->interaction()->preview()->value, coarse);
    send(f.heatmap, QEvent::MouseMove, start + QPoint(0, threshold + 40), Qt::LeftButton, Qt::ShiftModifier);
    const float fine = HeatmapInteraction::dragValue(coarse, -20, 2.0, true);
    send(f.heatmap, QEvent::MouseButtonRelease, start + QPoint(0, threshold + 40), Qt::NoButton, Qt::ShiftModifier);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(2).toFloat(), fine);
}

void TestHeatmapInteraction::escapeCancelsADrag()
{
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    const QPoint start = f.centre(2, 2);
    QTest::mousePress(f.heatmap, Qt::LeftButton, {}, start);
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, 40), Qt::LeftButton);
    QVERIFY(f.heatmap->interaction()->isDragging());
    QTest::keyClick(f.heatmap, Qt::Key_Escape);
    QVERIFY(!f.heatmap->interaction()->isDragging());
    QTest::mouseRelease(f.heatmap, Qt::LeftButton, {}, start - QPoint(0, 40));
    QCOMPARE(edited.count(), 0);
    QVERIFY(!f.heatmap->interaction()->isEditing());
}

void TestHeatmapInteraction::dragBackToTheStartIsNoEdit()
{
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    const QPoint start = f.centre(2, 2);
    const int threshold = QApplication::startDragDistance();
    QTest::mousePress(f.heatmap, Qt::LeftButton, {}, start);
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, threshold), Qt::LeftButton);
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, threshold + 25), Qt::LeftButton);
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, threshold), Qt::LeftButton);
    QTest::mouseRelease(f.heatmap, Qt::LeftButton, {}, start - QPoint(0, threshold));
    QCOMPARE(edited.count(), 0);
}

void TestHeatmapInteraction::arrowKeysAndEnter()
{
    Fixture f;
    QSignalSpy edited(f.heatmap, &HeatmapWidget::cellEdited);
    QCOMPARE(f.heatmap->focusPolicy(), Qt::StrongFocus); // reachable with Tab
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(-1, -1));
    QTest::keyClick(f.heatmap, Qt::Key_Right); // the first key picks the first cell
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(0, 0));
    QTest::keyClick(f.heatmap, Qt::Key_Right);
    QTest::keyClick(f.heatmap, Qt::Key_Down);
    QTest::keyClick(f.heatmap, Qt::Key_Down);
    QTest::keyClick(f.heatmap, Qt::Key_Down); // stops at the last row
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(1, 2));
    QTest::keyClick(f.heatmap, Qt::Key_Up);
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(1, 1));
    // The focused cell is described for screen readers.
    QCOMPARE(f.heatmap->accessibleDescription(), f.heatmap->toolTipForCell(1, 1));
    QTest::keyClick(f.heatmap, Qt::Key_Return);
    QVERIFY(f.heatmap->interaction()->isEditing());
    QCOMPARE(f.editor()->text(), formatExactValue(0.9f));
    QTest::keyClicks(f.editor(), QStringLiteral("0.5"));
    QTest::keyClick(f.editor(), Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toInt(), 1);
    QCOMPARE(edited.at(0).at(1).toInt(), 1);
    QCOMPARE(edited.at(0).at(2).toFloat(), 0.5f);
    // F2 edits as well.
    QTest::keyClick(f.heatmap, Qt::Key_F2);
    QVERIFY(f.heatmap->interaction()->isEditing());
}

void TestHeatmapInteraction::cellKeysBeatWindowShortcuts()
{
    // The main window walks time steps with → and leaves the walk with Esc; in a focused heatmap
    // → moves the cell cursor, and Esc cancels a drag or leaves the cells.
    Fixture f;
    QAction next(&f.window);
    next.setShortcut(QKeySequence(Qt::Key_Right));
    QAction leave(&f.window);
    leave.setShortcut(QKeySequence(Qt::Key_Escape));
    QAction step(&f.window);
    step.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    f.window.addActions({&next, &leave, &step});
    QSignalSpy nextSpy(&next, &QAction::triggered);
    QSignalSpy leaveSpy(&leave, &QAction::triggered);
    QSignalSpy stepSpy(&step, &QAction::triggered);
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.heatmap->setFocus();
    QTRY_VERIFY(f.heatmap->hasFocus());
    QTest::keyClick(f.heatmap, Qt::Key_Right);
    QTest::keyClick(f.heatmap, Qt::Key_Right);
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(1, 0));
    QCOMPARE(nextSpy.count(), 0);
    // With a modifier the key is the window's (Ctrl+→: one training step).
    QTest::keyClick(f.heatmap, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(stepSpy.count(), 1);
    // Esc leaves the cells first (issue 19: Escape leaves edit mode, then the cell mode); the next
    // Esc, with no cell, is the window's.
    QTest::keyClick(f.heatmap, Qt::Key_Escape);
    QCOMPARE(f.heatmap->interaction()->currentCell(), QPoint(-1, -1));
    QCOMPARE(leaveSpy.count(), 0);
    QTest::keyClick(f.heatmap, Qt::Key_Escape);
    QCOMPARE(leaveSpy.count(), 1);
    const QPoint start = f.centre(0, 1);
    QTest::mousePress(f.heatmap, Qt::LeftButton, {}, start);
    send(f.heatmap, QEvent::MouseMove, start - QPoint(0, 40), Qt::LeftButton);
    QVERIFY(f.heatmap->interaction()->isDragging());
    QTest::keyClick(f.heatmap, Qt::Key_Escape);
    QVERIFY(!f.heatmap->interaction()->isDragging());
    QCOMPARE(leaveSpy.count(), 1);
    QTest::mouseRelease(f.heatmap, Qt::LeftButton, {}, start - QPoint(0, 40));
}

QTEST_MAIN(TestHeatmapInteraction)
#include "tst_heatmapinteraction.moc"
