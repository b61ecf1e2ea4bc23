// SPDX-License-Identifier: MIT
// The lecture's symbols with real subscripts and superscripts. Labels and equations keep one
// plain, searchable spelling ("h_t", "W_hh h_{t−1}", "x^2"); SymbolText turns it into runs that a
// painter draws lowered or raised in a smaller font, measures, or writes as HTML (<sub>) for
// tooltips — never the raw "_" or "{…}" on screen. Not a TeX engine: only _x…, _{…}, ^x…, ^{…},
// where x… is a run of ASCII letters and digits ("W_hhᵀ": the ᵀ stays on the baseline). Also the
// font a text's characters are drawn in, so that 'l' and 'I' never look alike.
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

class QFont;
class QPainter;

namespace rnnlab {

class SymbolText
{
public:
    struct Run
    {
        QString text;
        int shift = 0; // 0 on the baseline, −1 subscript, +1 superscript
        bool operator==(const Run &) const = default;
    };

    //! \a symbols cut into runs: "h_{t−1} + b" → {"h", 0}, {"t−1", −1}, {" + b", 0}.
    static std::vector<Run> runs(const QString &symbols);
    //! \a symbols as HTML for a rich-text tooltip: "h<sub>t−1</sub>"; the text escaped unless
    //! \a escape is false (\a symbols is HTML already: "h_1<br>…").
    static QString html(const QString &symbols, bool escape = true);
    //! \a symbols in Unicode's sub- and superscript characters where every character of a run has
    //! one ("dL_10/dh_t" → "dL₁₀/dhₜ"), for text that cannot be rich (a plot's axis label); a run
    //! without them keeps its markup.
    static QString unicode(const QString &symbols);
    //! \a symbols without the markup, as a screen reader or a search should read it: "ht−1".
    static QString plain(const QString &symbols);
    //! How wide \a symbols is drawn in \a font.
    static double width(const QString &symbols, const QFont &font);
    //! Draws \a symbols in the painter's font and pen into \a rect, aligned by \a alignment
    //! (Qt::AlignLeft/Right/HCenter with AlignTop/Bottom/VCenter). The one place a symbol is drawn.
    static void draw(QPainter &painter, const QRectF &rect, int alignment, const QString &symbols);
    //! \a symbols broken at spaces into lines no wider than \a width in \a font (a word wider than
    //! that gets a line of its own); never inside a {…} group.
    static std::vector<QString> wrap(const QString &symbols, const QFont &font, double width);

    //! The font a training text's characters are drawn in (the graph's inputs, predictions and
    //! output rows): \a font's size and weight in a monospace family whose l, I and 1 differ
    //! (DejaVu Sans Mono, the CJK monospace for Hangul and Kanji) — in DejaVu Sans l and I are
    //! the same bar.
    static QFont characterFont(const QFont &font);

    //! The size of a sub- or superscript relative to the text's.
    static constexpr double scriptScale = 0.72;
};

} // namespace rnnlab
