// SPDX-License-Identifier: MIT
#include "ui/matrices/cellvalueeditor.h"

#include "ui/matrices/matrixlabels.h"

#include <QDoubleValidator>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

const QColor refusalColor(0xd3, 0x2f, 0x2f);

// QDoubleValidator in the C locale, but it never blocks a keystroke: a validator that swallows
// "a" or "," silently teaches nothing, so whatever is typed stays and commit() explains what is
// wrong with it (a refusal in place). The validator still tells QLineEdit which texts are
// acceptable (hasAcceptableInput()).
class LenientDoubleValidator : public QDoubleValidator
{
public:
    explicit LenientDoubleValidator(QObject *parent)
        : QDoubleValidator(parent)
    {
        setLocale(QLocale::c());
        setNotation(QDoubleValidator::ScientificNotation);
        setBottom(-std::numeric_limits<float>::max());
        setTop(std::numeric_limits<float>::max());
    }
    State validate(QString &input, int &position) const override
    {
        const State state = QDoubleValidator::validate(input, position);
        return state == Invalid ? Intermediate : state;
    }
    // Never rewrite the user's text (QDoubleValidator::fixup drops separators): it is refused as typed.
    void fixup(QString &) const override { }
};

QLocale cLocale()
{
    QLocale c = QLocale::c();
    // "1,000" must not read as 1000: the comma is a refused decimal separator, not grouping.
    c.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return c;
}

} // namespace

CellValueEditor::Parsed CellValueEditor::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, tr("Type a number, e.g. 0.5 or -1.2e-3")};
    bool ok = false;
    const double value = cLocale().toDouble(trimmed, &ok);
    if (!ok) {
        if (trimmed.contains(u','))
            return {std::nullopt,
                    tr("Use a point as the decimal separator: %1").arg(QString(trimmed).replace(u',', u'.'))};
        return {std::nullopt, tr("\u201c%1\u201d is not a number: type e.g. 0.5 or -1.2e-3").arg(trimmed)};
    }
    if (!std::isfinite(value))
        return {std::nullopt, tr("A weight must be a finite number (%1 would turn the loss into nan)").arg(trimmed)};
    // Checked before the conversion (a double beyond float's range does not convert: undefined).
    // From 2^128 − 2^103 on, float32 rounds to infinity; below, to at most FLT_MAX.
    constexpr double overflow = 0x1.ffffffp+127;
    if (std::fabs(value) >= overflow)
        return {std::nullopt,
                tr("Too large for a float32 weight: at most ±%1")
                    .arg(QString::number(double(std::numeric_limits<float>::max()), 'g', 9))}; // as it is typed: C
    return {static_cast<float>(value), QString()};
}

CellValueEditor::CellValueEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new LenientDoubleValidator(this));
    setAccessibleName(tr("New value"));
    hide();
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A refusal stays until the text is a number again.
        if (!m_refusal.isEmpty() && parse(text).value)
            clearRefusal();
    });
}

CellValueEditor::~CellValueEditor() = default;

void CellValueEditor::place(const QRect &cell)
{
    const QFontMetrics metrics(font());
    const int width = std::max(cell.width(), metrics.horizontalAdvance(QStringLiteral("-0.000123456789")) + 14);
    const int height = std::max(cell.height(), metrics.height() + 8);
    QRect r(0, 0, width, height);
    r.moveCenter(cell.center());
    if (const QWidget *host = parentWidget()) {
        // Inside the host when it is wide enough, so the text is never cut off at its edge.
        if (r.right() > host->width() - 1)
            r.moveRight(host->width() - 1);
        if (r.left() < 0)
            r.moveLeft(0);
    }
    setGeometry(r);
}

void CellValueEditor::open(const QRect &cell, float value)
{
    clearRefusal();
    // C, as parse() reads it back (formatExactValue() writes the reader's decimal separator).
    m_openedText = QString::number(double(value), 'g', 9);
    setText(m_openedText);
    place(cell);
    m_open = true;
    show();
    raise();
    selectAll();
    setFocus(Qt::OtherFocusReason);
}

void CellValueEditor::reposition(const QRect &cell)
{
    if (m_open)
        place(cell);
}

void CellValueEditor::dismiss()
{
    if (!m_open)
        return;
    // Closed before hide(): hiding the focus widget moves the focus, and that focus-out must not
    // commit again.
    m_open = false;
    clearRefusal();
    if (hasFocus() && m_focusReturn)
        m_focusReturn->setFocus(Qt::OtherFocusReason);
    hide();
}

bool CellValueEditor::commit()
{
    if (!m_open)
        return true;
    if (text() == m_openedText) {
        dismiss();
        return true;
    }
    const Parsed parsed = parse(text());
    if (!parsed.value) {
        showRefusal(parsed.problem);
        return false;
    }
    dismiss();
    emit committed(*parsed.value);
    return true;
}

void CellValueEditor::showRefusal(const QString &problem)
{
    m_refusal = problem;
    setToolTip(problem);
    setAccessibleDescription(problem);
    update();
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), problem, this);
}

void CellValueEditor::clearRefusal()
{
    if (m_refusal.isEmpty())
        return;
    m_refusal.clear();
    setToolTip(QString());
    setAccessibleDescription(QString());
    QToolTip::hideText();
    update();
}

bool CellValueEditor::event(QEvent *event)
{
    // Enter and Esc belong to the editor while it is open, not to a window shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void CellValueEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_open) {
            dismiss();
            emit cancelled();
        }
        event->accept();
        return;
    default: QLineEdit::keyPressEvent(event);
    }
}

void CellValueEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking or tabbing elsewhere commits; switching to another window or opening a menu does
    // not (the editor is still there when the user comes back).
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason)
        commit();
}

void CellValueEditor::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (m_refusal.isEmpty())
        return;
    // Drawn over the style's frame rather than with a style sheet, which would replace the
    // platform's look of the whole editor.
    QPainter painter(this);
    painter.setPen(QPen(refusalColor, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace rnnlab
