// SPDX-License-Identifier: MIT
#include "ui/teaching/symboltext.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace rnnlab {

namespace {

bool scriptCharacter(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

QFont scriptFont(const QFont &font)
{
    QFont f = font;
    if (font.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * SymbolText::scriptScale))));
    else
        f.setPointSizeF(font.pointSizeF() * SymbolText::scriptScale);
    return f;
}

} // namespace

std::vector<SymbolText::Run> SymbolText::runs(const QString &symbols)
{
    std::vector<Run> out;
    QString plainText;
    const auto flush = [&] {
        if (!plainText.isEmpty())
            out.push_back(Run{plainText, 0});
        plainText.clear();
    };
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const QChar c = symbols[i];
        if ((c == u'_' || c == u'^') && i + 1 < symbols.size()) {
            const int shift = c == u'_' ? -1 : 1;
            if (symbols[i + 1] == u'{') {
                const qsizetype close = symbols.indexOf(u'}', i + 2);
                if (close > i + 1) {
                    flush();
                    out.push_back(Run{symbols.mid(i + 2, close - i - 2), shift});
                    i = close;
                    continue;
                }
            } else if (scriptCharacter(symbols[i + 1])) {
                qsizetype end = i + 1;
                while (end < symbols.size() && scriptCharacter(symbols[end]))
                    ++end;
                flush();
                out.push_back(Run{symbols.mid(i + 1, end - i - 1), shift});
                i = end - 1;
                continue;
            }
        }
        plainText += c;
    }
    flush();
    return out;
}

QString SymbolText::html(const QString &symbols, bool escape)
{
    QString out;
    for (const Run &run : runs(symbols)) {
        const QString escaped = escape ? run.text.toHtmlEscaped() : run.text;
        out += run.shift < 0 ? QStringLiteral("<sub>%1</sub>").arg(escaped)
            : run.shift > 0  ? QStringLiteral("<sup>%1</sup>").arg(escaped)
                             : escaped;
    }
    return out;
}

QString SymbolText::unicode(const QString &symbols)
{
    static const QString plainChars = QStringLiteral("0123456789+−-=()aehijklmnoprstuvx");
    static const QString lowered = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ");
    static const QString raised = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵉʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛˣ");
    QString out;
    for (const Run &run : runs(symbols)) {
        if (run.shift == 0) {
            out += run.text;
            continue;
        }
        const QString &table = run.shift < 0 ? lowered : raised;
        QString converted;
        for (QChar c : run.text) {
            const qsizetype i = plainChars.indexOf(c);
            if (i < 0) {
                converted.clear();
                break;
            }
            converted += table[i];
        }
        const QChar mark = run.shift < 0 ? u'_' : u'^';
        const bool plainRun = std::all_of(run.text.cbegin(), run.text.cend(), scriptCharacter);
        out += !converted.isEmpty() ? converted : plainRun ? mark + run.text : mark + (u'{' + run.text + u'}');
    }
    return out;
}

QString SymbolText::plain(const QString &symbols)
{
    QString out;
    for (const Run &run : runs(symbols))
        out += run.text;
    return out;
}

double SymbolText::width(const QString &symbols, const QFont &font)
{
    const QFontMetricsF normal(font);
    const QFontMetricsF script(scriptFont(font));
    double w = 0;
    for (const Run &run : runs(symbols))
        w += run.shift == 0 ? normal.horizontalAdvance(run.text) : script.horizontalAdvance(run.text);
    return w;
}

void SymbolText::draw(QPainter &painter, const QRectF &rect, int alignment, const QString &symbols)
{
    const QFont font = painter.font();
    const QFont small = scriptFont(font);
    const QFontMetricsF fm(font);
    const double total = width(symbols, font);
    double x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - total;
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - total) / 2;
    double baseline = rect.top() + (rect.height() - fm.height()) / 2 + fm.ascent();
    if (alignment & Qt::AlignTop)
        baseline = rect.top() + fm.ascent();
    else if (alignment & Qt::AlignBottom)
        baseline = rect.bottom() - fm.descent();
    const QFontMetricsF sm(small);
    for (const Run &run : runs(symbols)) {
        if (run.shift == 0) {
            painter.setFont(font);
            painter.drawText(QPointF(x, baseline), run.text);
            x += fm.horizontalAdvance(run.text);
            continue;
        }
        // A subscript hangs a third of the x-height below the baseline; a superscript's middle
        // sits at the capitals' top.
        const double y =
            run.shift < 0 ? baseline + fm.xHeight() * 0.45 : baseline - fm.capHeight() + sm.xHeight() * 0.5;
        painter.setFont(small);
        painter.drawText(QPointF(x, y), run.text);
        x += sm.horizontalAdvance(run.text);
    }
    painter.setFont(font);
}

QFont SymbolText::characterFont(const QFont &font)
{
    QFont f = font;
    f.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK KR"),
                   QStringLiteral("Noto Sans Mono CJK JP")});
    f.setStyleHint(QFont::TypeWriter);
    return f;
}

std::vector<QString> SymbolText::wrap(const QString &symbols, const QFont &font, double width)
{
    // Words: split at spaces outside {…}.
    std::vector<QString> words;
    QString word;
    int depth = 0;
    for (QChar c : symbols) {
        if (c == u'{')
            ++depth;
        else if (c == u'}')
            depth = std::max(0, depth - 1);
        if (c == u' ' && depth == 0) {
            words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    words.push_back(word);
    std::vector<QString> lines;
    QString line;
    for (const QString &w : words) {
        const QString candidate = line.isEmpty() ? w : line + u' ' + w;
        if (!line.isEmpty() && SymbolText::width(candidate, font) > width) {
            lines.push_back(line);
            line = w;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty() || lines.empty())
        lines.push_back(line);
    return lines;
}

} // namespace rnnlab
