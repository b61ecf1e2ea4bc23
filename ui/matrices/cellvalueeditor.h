// SPDX-License-Identifier: MIT
// The inline editor of one heatmap cell: a line edit over the cell with the current value selected;
// Enter (or moving the focus elsewhere) commits, Esc cancels. Numbers are read in the C locale
// ("0.5", "-1.25e-3", whatever the system's language) and must be finite float32 values: anything
// else is refused in place — a red outline and a tooltip that says why — and the editor stays
// open. Nothing is ever clamped or rounded beyond float32's own rounding. Not the cell geometry or
// the drag gesture (heatmapediting.h); it only knows a rectangle and a number.
#pragma once

#include <QLineEdit>
#include <QPointer>

#include <optional>

namespace rnnlab {

class CellValueEditor : public QLineEdit
{
    Q_OBJECT

public:
    //! What parse() made of a text: a value, or why there is none.
    struct Parsed
    {
        std::optional<float> value;
        QString problem; //!< empty when value is set
    };
    //! \a text read as a float32 weight in the C locale (surrounding spaces allowed). Refused, with
    //! a sentence that says why: an empty text, anything that is not a number (a decimal comma
    //! gets its own hint), "inf" and "nan", and numbers beyond float32's range (|x| > 3.4e38).
    static Parsed parse(const QString &text);

    explicit CellValueEditor(QWidget *parent = nullptr);
    ~CellValueEditor() override;

    //! Shows the editor over \a cell (in the parent's coordinates; the editor is at least wide
    //! enough for a 9-digit number and may overhang the cell), with \a value written exactly
    //! (formatExactValue()) and selected, and takes the keyboard focus.
    void open(const QRect &cell, float value);
    //! Moves an open editor over \a cell (the heatmap moved or its cells changed size).
    void reposition(const QRect &cell);
    //! Hides the editor without emitting anything.
    void dismiss();
    bool isOpen() const { return m_open; }
    //! The widget that gets the keyboard focus back when Enter or Esc closes the editor (the
    //! heatmap, so that the arrow keys go on from the cell).
    void setFocusReturn(QWidget *widget) { m_focusReturn = widget; }

    //! Commits the text: emits committed() and closes when it is a valid number different from the
    //! text the editor opened with; closes without a signal when the text is unchanged; otherwise
    //! shows the refusal and stays open. Returns whether the editor closed.
    bool commit();
    //! Why the last commit() was refused (also the editor's tooltip while it is shown); empty when
    //! it was not, or the text changed since to a valid number.
    QString refusal() const { return m_refusal; }

signals:
    void committed(float value);
    void cancelled();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showRefusal(const QString &problem);
    void clearRefusal();
    void place(const QRect &cell);

    QPointer<QWidget> m_focusReturn;
    QString m_openedText;
    QString m_refusal;
    bool m_open = false;
};

} // namespace rnnlab
