// SPDX-License-Identifier: MIT
#include "ui/teaching/printedarithmetic.h"

#include "ui/teaching/equationview.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

//! The shown row of \a item that is row \a full of the whole, or −1.
int shownRow(const EquationItem &item, int full)
{
    const auto at = std::find(item.rowIndex.cbegin(), item.rowIndex.cend(), full);
    return at == item.rowIndex.cend() ? -1 : int(at - item.rowIndex.cbegin());
}

//! Every row and column of \a item is shown (no gap), so that a reader can add them all.
bool whole(const EquationItem &item)
{
    return item.rows() == item.fullRows && item.columns() == item.fullColumns
        && std::none_of(item.rowIndex.cbegin(), item.rowIndex.cend(), [](int i) { return i < 0; })
        && std::none_of(item.columnIndex.cbegin(), item.columnIndex.cend(), [](int i) { return i < 0; });
}

} // namespace

namespace {

//! A printed number in plain ASCII scientific form: "−1.5×10⁷" → "-1.5e7", "−2.5e−05" → "-2.5e-05".
QString ascii(QString text)
{
    text.replace(QChar(0x2212), u'-');
    if (const qsizetype times = text.indexOf(QStringLiteral("×10")); times >= 0) {
        static const QString raised = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
        QString exponent;
        for (QChar c : text.mid(times + 3))
            exponent += c == QChar(0x207B) ? QChar(u'-') : QChar(char16_t(u'0' + raised.indexOf(c)));
        text = text.left(times) + u'e' + exponent;
    }
    return text;
}

double apply(LineArithmetic::Function function, double x)
{
    switch (function) {
    case LineArithmetic::Function::Tanh: return std::tanh(x);
    case LineArithmetic::Function::Sigmoid: return 1.0 / (1.0 + std::exp(-x));
    case LineArithmetic::Function::Relu: return std::max(0.0, x);
    case LineArithmetic::Function::Exp: return std::exp(x);
    }
    return x;
}

} // namespace

double PrintedArithmetic::printed(const EquationItem &item, int r, int c)
{
    if (item.rowIndex[std::size_t(r)] < 0 || item.columnIndex[std::size_t(c)] < 0)
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double value = ascii(EquationView::plainNumber(item.at(r, c), EquationView::decimals(item))).toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

double PrintedArithmetic::halfUnit(const EquationItem &item, int r)
{
    const QString text = ascii(EquationView::plainNumber(item.at(r, 0), EquationView::decimals(item)));
    // Scientific ("2.5e−05", "1.5×10⁷": two significant digits): a unit of 10^(E − 1).
    if (const qsizetype e = text.indexOf(u'e'); e >= 0)
        return 0.5 * std::pow(10.0, text.mid(e + 1).toInt() - 1);
    const qsizetype point = text.indexOf(u'.');
    return 0.5 * std::pow(10.0, point < 0 ? 0 : -int(text.size() - point - 1));
}

bool PrintedArithmetic::differs(const EquationLine &line)
{
    using Kind = LineArithmetic::Kind;
    const auto valid = [&line](int i) {
        return i >= 0 && i < int(line.items.size()) && line.items[std::size_t(i)].kind == EquationItem::Kind::Matrix;
    };
    for (const LineArithmetic &a : line.arithmetic) {
        if (!valid(a.result) || !std::all_of(a.terms.cbegin(), a.terms.cend(), valid))
            continue;
        const auto item = [&line](int i) -> const EquationItem & { return line.items[std::size_t(i)]; };
        const EquationItem &result = item(a.result);
        if (result.columns() != 1)
            continue;
        for (int r = 0; r < result.rows(); ++r) {
            const int full = result.rowIndex[std::size_t(r)];
            double computed = std::numeric_limits<double>::quiet_NaN();
            switch (a.kind) {
            case Kind::Sum:
                computed = 0.0;
                for (int term : a.terms) {
                    const int row = shownRow(item(term), full);
                    computed += row < 0 || item(term).columns() != 1 ? std::numeric_limits<double>::quiet_NaN()
                                                                     : printed(item(term), row, 0);
                }
                break;
            case Kind::Total:
                if (a.terms.size() == 1 && whole(item(a.terms[0])) && result.rows() == 1) {
                    const EquationItem &from = item(a.terms[0]);
                    computed = 0.0;
                    for (int i = 0; i < from.rows(); ++i) {
                        for (int c = 0; c < from.columns(); ++c)
                            computed += printed(from, i, c);
                    }
                }
                break;
            case Kind::Ratio:
                if (a.terms.size() == 2 && item(a.terms[1]).values.size() == 1) {
                    const int row = shownRow(item(a.terms[0]), full);
                    if (row >= 0)
                        computed = printed(item(a.terms[0]), row, 0) / printed(item(a.terms[1]), 0, 0);
                }
                break;
            case Kind::Affine: {
                if (a.terms.size() != 3)
                    break;
                const EquationItem &m = item(a.terms[0]);
                const EquationItem &v = item(a.terms[1]);
                const int row = shownRow(m, full);
                const int bias = shownRow(item(a.terms[2]), full);
                // Only a whole row times a whole vector: gaps hide products the reader cannot add.
                const bool columnsWhole = m.columns() == m.fullColumns
                    && std::none_of(m.columnIndex.cbegin(), m.columnIndex.cend(), [](int i) { return i < 0; });
                if (row < 0 || bias < 0 || !columnsWhole || !whole(v) || v.rows() != m.columns())
                    break;
                computed = printed(item(a.terms[2]), bias, 0);
                for (int c = 0; c < m.columns(); ++c)
                    computed += printed(m, row, c) * printed(v, c, 0);
                break;
            }
            case Kind::Map:
                if (a.terms.size() == 1) {
                    const int row = shownRow(item(a.terms[0]), full);
                    if (row >= 0)
                        computed = apply(a.function, printed(item(a.terms[0]), row, 0));
                }
                break;
            case Kind::Softmax:
                // Every entry of y is needed for the sum; max y first, as the engine does.
                if (a.terms.size() == 1 && whole(item(a.terms[0]))) {
                    const EquationItem &y = item(a.terms[0]);
                    const int row = shownRow(y, full);
                    double top = -std::numeric_limits<double>::infinity();
                    for (int i = 0; i < y.rows(); ++i)
                        top = std::max(top, printed(y, i, 0));
                    double sum = 0.0;
                    for (int i = 0; i < y.rows(); ++i)
                        sum += std::exp(printed(y, i, 0) - top);
                    if (row >= 0)
                        computed = std::exp(printed(y, row, 0) - top) / sum;
                }
                break;
            case Kind::Dot: {
                // Two rows of the same units, none left out: the sum of their printed products.
                if (a.terms.size() != 2 || result.rows() != 1)
                    break;
                const EquationItem &u = item(a.terms[0]);
                const EquationItem &v = item(a.terms[1]);
                const auto gapless = [](const EquationItem &e) {
                    return e.rows() == 1
                        && std::none_of(e.columnIndex.cbegin(), e.columnIndex.cend(), [](int i) { return i < 0; });
                };
                if (!gapless(u) || !gapless(v) || u.columnIndex != v.columnIndex)
                    break;
                computed = 0.0;
                for (int c = 0; c < u.columns(); ++c)
                    computed += printed(u, 0, c) * printed(v, 0, c);
                break;
            }
            case Kind::SquaredDifference:
            case Kind::Scaled:
            case Kind::ScaledDifference:
            case Kind::CellState:
            case Kind::OutputGate:
            case Kind::Blend:
            case Kind::ResetSum: {
                // Entry by entry: each term's printed entry of the same unit.
                std::vector<double> v;
                for (int term : a.terms) {
                    const int row = shownRow(item(term), full);
                    v.push_back(row < 0 || item(term).columns() != 1 ? std::numeric_limits<double>::quiet_NaN()
                                                                     : printed(item(term), row, 0));
                }
                if (a.kind == Kind::CellState && v.size() == 4)
                    computed = v[0] * v[1] + v[2] * v[3];
                else if (a.kind == Kind::OutputGate && v.size() == 2)
                    computed = v[0] * std::tanh(v[1]);
                else if (a.kind == Kind::Blend && v.size() == 3)
                    computed = (1.0 - v[0]) * v[1] + v[0] * v[2];
                else if (a.kind == Kind::ResetSum && v.size() == 3)
                    computed = v[0] + v[1] * v[2];
                else if (a.kind == Kind::SquaredDifference && v.size() == 2)
                    computed = (v[0] - v[1]) * (v[0] - v[1]);
                else if (a.kind == Kind::Scaled && v.size() == 1)
                    computed = a.scale * v[0];
                else if (a.kind == Kind::ScaledDifference && v.size() == 2)
                    computed = a.scale * (v[0] - v[1]);
                break;
            }
            }
            const double shown = full < 0 ? std::numeric_limits<double>::quiet_NaN() : printed(result, r, 0);
            if (!std::isfinite(computed) || !std::isfinite(shown))
                continue;
            // A result is true to its printed operands when their exact outcome rounds to it (ties
            // either way; a relative epsilon for the binary fractions of the decimals).
            if (std::abs(computed - shown) > halfUnit(result, r) * (1.0 + 1e-9) + 1e-12)
                return true;
        }
    }
    return false;
}

} // namespace rnnlab
