// SPDX-License-Identifier: MIT
// The equation panel: draws an Equation (equationmodel.h) as a lecture would write it — matrices
// and vectors in brackets with their numbers, the current phase's terms emphasised, the row or
// column in focus tinted, each shared matrix's bracket in its identity colour. Only draws; the
// numbers are the model's (printed with U+2212 minus signs, right-aligned in their columns, never
// "−0.00"); symbols with real subscripts (SymbolText); the header wraps. Shrinks its text (down to
// a legible minimum, never below 10 px) to fit the panel, and asks for scrolling beyond that,
// scrolled to the current phase's last line.
// When a result it prints is not what its printed operands give (−1.92 + −2.25 shown as −4.18:
// the engine adds the unrounded values; tanh, σ, softmax and products alike), a quiet note under
// the equations says why.
#pragma once

#include "ui/common/layoutrecorder.h"
#include "ui/teaching/equationmodel.h"

#include <QWidget>

#include <utility>
#include <vector>

class QPainter;

namespace rnnlab {

class EquationView : public QWidget
{
    Q_OBJECT

public:
    explicit EquationView(QWidget *parent = nullptr);

    void setEquation(Equation equation);
    const Equation &equation() const { return m_equation; }
    //! The text scale used to fit the panel (1 = the widget's font).
    double fitScale() const { return m_scale; }

    //! \a value as a textbook prints it with \a decimals (−1: scientific): the minus sign U+2212,
    //! a value that rounds to zero as 0.00, never −0.00, and the reader's decimal separator
    //! (ReaderNumber: "0,42" in German).
    static QString number(float value, int decimals);
    //! The same number with a decimal point whatever the reader's locale: what PrintedArithmetic
    //! reads back (the digits are number()'s; only the separator differs).
    static QString plainNumber(float value, int decimals);
    //! The decimals number() gets for a column whose largest |value| is \a largest: two for weights
    //! and activations, more for small gradients (0.0041 does not read 0.00), −1 (scientific)
    //! below 0.001 — the same for every number of a column, so that they line up.
    static int decimalsFor(double largest);
    //! The decimals of \a item's numbers: decimalsFor() its largest |value|, and three where an
    //! entry is saturated (0.995 ≤ |value| < 1, which two decimals would print as 1.00).
    static int decimals(const EquationItem &item);
    //! The same for \a count values from \a values: a column of numbers shown outside the walk (the
    //! graph's x_t, y_t and x_{t+1} of a time series) printed as the walk prints it.
    static int decimalsOf(const float *values, std::size_t count);
    //! The widest text number() gives with \a decimals.
    static QString widest(int decimals);

    //! The note under the equations when a shown line's printed result differs from what its
    //! printed operands give (PrintedArithmetic).
    static QString roundingNote();
    //! Whether the note is shown now: a shown line's printed result differs.
    bool showsRoundingNote() const;

    //! The lines drawn now: every line, or only the current phase's when there is no room for the rest.
    std::vector<const EquationLine *> shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Metrics
    {
        double cellWidth, cellHeight, labelHeight, gap, bracket;
    };
    Metrics metrics(const QFont &font) const;
    //! The space between two lines of equations (less when that spares the panel a scroll bar).
    double lineGap(const Metrics &m) const;
    QSizeF naturalSize(const QFont &font) const;
    QSizeF itemSize(const EquationItem &item, const QFont &font, const Metrics &m) const;
    void fit();
    //! The room the equations may fill (see fit()).
    QSize room() const;
    QFont scaledFont(double scale) const;
    static QFont labelFont(const QFont &font); // a matrix's name under it
    struct HeaderLine
    {
        QString text;
        bool caption; // the walk's position (bold), else the lecture's equations (italic)
    };
    //! The caption and the symbolic equations wrapped to headerWidth() in \a font.
    std::vector<HeaderLine> headerLines(const QFont &font) const;
    //! Where roundingNote() goes: beside the equations when the room leaves a column for it
    //! right of their \a linesWidth (presentation mode has one: no height spent, nothing to
    //! scroll to), else under them, wrapped to headerWidth(); no lines when it is not shown.
    struct NotePlacement
    {
        std::vector<QString> lines;
        bool beside = false;
        double left = 8; // from the view's left edge
    };
    NotePlacement notePlacement(const QFont &font, double linesWidth) const;
    //! The top and bottom of the current phase's lines as drawn in \a font (−1: none current).
    std::pair<double, double> currentSpan(const QFont &font) const;
    //! In a scroll area: scrolls so that the current phase's last line shows whole.
    void revealCurrent();
    //! The widest shown line of equations in \a font.
    double linesWidth(const QFont &font) const;
    double headerWidth() const;
    //! Every text the view draws goes through here: symbols with real subscripts (SymbolText).
    void drawText(QPainter &painter, const QRectF &rect, int alignment, const QString &text,
                  const TextTag &tag = {"equations", "text"}) const;

    Equation m_equation;
    double m_scale = 1.0;
    bool m_currentOnly = false; // not room enough: the context lines are left out
    bool m_tightLines = false; // the lines closer together: so they fit without scrolling
    bool m_revealPending = false; // a new equation, to be scrolled to once laid out (revealCurrent)
    // Whether a line's printed result differs (printedResultDiffers): any line, any current one.
    bool m_roundingDiffers = false;
    bool m_roundingDiffersInCurrent = false;
    // Measuring wraps text, which costs: layouts ask for the size hints many times per equation
    // (every snapshot while training, up to 60 a second), and the caption and the symbolic lines
    // rarely change between two. Both are kept per font key, room and lines shown, until the
    // equation changes (sizes) or its caption does (header lines).
    mutable std::vector<std::pair<QString, QSizeF>> m_sizes;
    mutable std::vector<std::pair<QString, std::vector<HeaderLine>>> m_headers;
};

} // namespace rnnlab
