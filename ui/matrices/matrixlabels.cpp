// SPDX-License-Identifier: MIT
#include "ui/matrices/matrixlabels.h"

#include "engine/task.h"
#include "engine/vocabulary.h"
#include "ui/common/readernumber.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace rnnlab {

namespace {

// Rounds |value| > 0 to \a digits significant digits and returns the decimal exponent of the
// rounded value (rounding can carry: 9.96 → 10 at 2 digits moves the exponent from 0 to 1).
int roundedExponent(double &value, int digits)
{
    int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const double unit = std::pow(10.0, exponent - digits + 1);
    value = std::round(value / unit) * unit;
    exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    return exponent;
}

// "1.20" → "1.2", "3.0" → "3"; leaves integers without a point alone.
QString trimZeros(QString text)
{
    if (!text.contains(u'.'))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString nonFinite(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
}

// "3e-4", "2.5e-5", "-2e3": mantissa with \a digits significant digits, exponent without "+" or
// leading zeros.
QString compactExponent(double value, int exponent, int digits)
{
    const double mantissa = value / std::pow(10.0, exponent);
    return trimZeros(QString::number(mantissa, 'f', digits - 1)) + u'e' + QString::number(exponent);
}

} // namespace

QString visibleCharacter(char32_t c)
{
    switch (c) {
    case U' ': return QStringLiteral("␣");
    case U'\n': return QStringLiteral("⏎");
    case U'\t': return QStringLiteral("⇥");
    case U'\r': return QStringLiteral("␍");
    case 0x7F: return QString(QChar(0x2421)); // ␡
    default: break;
    }
    if (c < 0x20)
        return QString(QChar(static_cast<char16_t>(0x2400 + c))); // ␀ … ␟
    // C1 controls, lone surrogates and non-characters have no glyph: show the replacement character.
    if ((c >= 0x80 && c < 0xA0) || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF)
        return QString(QChar(0xFFFD));
    return QString::fromUcs4(&c, 1);
}

QStringList outputLabels(const Task &task)
{
    QStringList labels;
    labels.reserve(task.outputSize());
    for (int row = 0; row < task.outputSize(); ++row)
        labels << outputLabel(task, row);
    return labels;
}

QString outputLabel(const Task &task, int index)
{
    if (index < 0 || index >= task.outputSize())
        return QStringLiteral("—");
    const std::u32string name = task.outputName(index);
    // A translation's tokens <sos> and <eos> are characters' neighbours with names of their own.
    if (task.outputKind() == OutputKind::Character && name.size() == 1)
        return visibleCharacter(name.front());
    QString label;
    for (char32_t c : name)
        label += c < 0x20 || c == 0x7F ? visibleCharacter(c) : QString::fromUcs4(&c, 1);
    return label;
}

QString visibleText(const std::u32string &text, int maximum)
{
    QString out;
    for (std::size_t i = 0; i < text.size() && int(i) < maximum; ++i)
        out += visibleCharacter(text[i]);
    if (int(text.size()) > maximum)
        out += QStringLiteral("…");
    return out;
}

QStringList characterLabels(const Vocabulary &vocabulary)
{
    QStringList labels;
    labels.reserve(vocabulary.size());
    for (char32_t c : vocabulary.characters())
        labels.append(visibleCharacter(c));
    return labels;
}

QStringList gateRowLabels(CellKind cell, int hidden)
{
    const int gates = cell == CellKind::Lstm ? 4 : cell == CellKind::Gru ? 3 : 0;
    if (gates == 0)
        return hiddenLabels(hidden);
    const QString letters = cell == CellKind::Lstm ? QStringLiteral("ifgo") : QStringLiteral("rzn");
    QStringList labels;
    for (int g = 0; g < gates; ++g) {
        for (int i = 1; i <= hidden; ++i)
            labels << letters.at(g) + QString::number(i);
    }
    return labels;
}

QStringList hiddenLabels(int count)
{
    QStringList labels;
    labels.reserve(count);
    for (int i = 1; i <= count; ++i)
        labels.append(u'h' + QString::number(i));
    return labels;
}

QString formatCellValue(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    if (value == 0.0)
        return QStringLiteral("0");
    double rounded = value;
    const int exponent = roundedExponent(rounded, 2);
    if (exponent >= -2 && exponent <= 2)
        return ReaderNumber::fromC(trimZeros(QString::number(rounded, 'f', exponent >= 1 ? 0 : 1 - exponent)));
    double single = value;
    const int singleExponent = roundedExponent(single, 1);
    return ReaderNumber::fromC(compactExponent(single, singleExponent, 1));
}

CellNumberFormat CellNumberFormat::forScale(double scale)
{
    CellNumberFormat format;
    if (!(scale > 0.0) || !std::isfinite(scale))
        return format;
    // The scale's decade; the nudge keeps an exact power of ten (0.01, whose log10 may come out as
    // -1.9999999999999996) in its own decade.
    const int decade = static_cast<int>(std::floor(std::log10(scale) + 1e-9));
    if (decade >= -1 && decade <= 0) {
        format.decimals = 2;
    } else if (decade == 1) {
        format.decimals = 1;
    } else if (decade == 2) {
        format.decimals = 0;
    } else {
        format.exponent = decade;
        format.decimals = 2;
    }
    return format;
}

QString CellNumberFormat::format(double value) const
{
    if (!std::isfinite(value))
        return nonFinite(value);
    if (value == 0.0)
        return QStringLiteral("0");
    QString text = QString::number(value / std::pow(10.0, exponent), 'f', decimals);
    // A tiny negative value rounds to "-0.00": its sign is noise at this precision.
    if (text.startsWith(u'-') && QStringView(text).mid(1).toDouble() == 0.0)
        text.remove(0, 1);
    return ReaderNumber::fromC(text);
}

QString CellNumberFormat::unitNote() const
{
    return exponent == 0 ? QString() : u'×' + powerOfTen(exponent);
}

QStringList CellNumberFormat::widestTexts()
{
    // |value| ≤ scale < 10^(decade + 1): at most one digit before the point with 2 decimals, two
    // with 1, three with none — sign + 4 characters in every case.
    // The reader's decimal separator: a comma is about as wide as a point, but measured, not assumed.
    return {ReaderNumber::fromC(QStringLiteral("-8.88")), ReaderNumber::fromC(QStringLiteral("-88.8")),
            QStringLiteral("-888")};
}

QString powerOfTen(int exponent)
{
    static const char16_t superscripts[] = {u'⁰', u'¹', u'²', u'³', u'⁴', u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    QString text = QStringLiteral("10");
    if (exponent < 0)
        text += u'⁻';
    for (const QChar digit : QString::number(std::abs(exponent)))
        text += QChar(superscripts[digit.digitValue()]);
    return text;
}

QString formatTickValue(double value)
{
    QString text;
    if (!std::isfinite(value)) {
        text = nonFinite(value);
    } else if (value == 0.0) {
        text = QStringLiteral("0");
    } else {
        double rounded = value;
        const int exponent = roundedExponent(rounded, 3);
        text = exponent >= -3 && exponent <= 3
            ? trimZeros(QString::number(rounded, 'f', exponent >= 2 ? 0 : 2 - exponent))
            : compactExponent(rounded, exponent, 3);
    }
    return ReaderNumber::fromC(text).replace(u'-', QChar(0x2212));
}

QString formatExactValue(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    return ReaderNumber::significant(value, 9);
}

double maxProbabilityOfBoundedLogits(int vocabularySize)
{
    if (vocabularySize <= 1)
        return 1.0;
    const double e = std::exp(1.0);
    return e / (e + (vocabularySize - 1) / e);
}

QString noOutputLayerNote(CellKind cell, int vocabularySize)
{
    // Each variant one whole message, so that a translation can order its sentences freely.
    if (vocabularySize < 2)
        return QCoreApplication::translate("rnnlab::MatrixLabels",
                                           "No W_hy: the outputs are h_t itself (the lecture's setup).");
    if (cell == CellKind::RnnRelu) {
        // ReLU's h_t is ≥ 0 but unbounded: the target's score can grow while the others stay 0.
        return QCoreApplication::translate("rnnlab::MatrixLabels",
                                           "No W_hy: the outputs are h_t itself (the lecture's setup). "
                                           "With ReLU the logits are ≥ 0 but unbounded, so the "
                                           "loss can approach 0.");
    }
    // tanh (and the tanh-squashed h_t of LSTM and GRU) keeps every logit in [−1, 1].
    const double p = maxProbabilityOfBoundedLogits(vocabularySize);
    // 2 decimals, or 2 significant digits for a large vocabulary whose p_max would print as 0.00.
    const QString pText = p >= 0.1 ? ReaderNumber::fixed(p, 2) : ReaderNumber::significant(p, 2);
    //: %1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.
    return QCoreApplication::translate("rnnlab::MatrixLabels",
                                       "No W_hy: the outputs are h_t itself (the lecture's setup). "
                                       "With tanh the logits stay in [−1, 1], so no probability can "
                                       "exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below "
                                       "−log p ≈ %3 and never reaches 0; an output layer removes this "
                                       "floor.")
        .arg(QString::number(vocabularySize - 1), pText, ReaderNumber::fixed(-std::log(p), 2));
}

QString indexedName(const QString &pytorchName, int row, int column, bool isVector)
{
    QString name = pytorchName + u'[' + QString::number(row) + u']';
    if (!isVector)
        name += u'[' + QString::number(column) + u']';
    return name;
}

QString elementMeaning(const QString &title, const QString &rowDescription, const QString &columnDescription,
                       bool isVector)
{
    if (isVector)
        //: A bias entry's tooltip: %1 the matrix's title, %2 the unit it belongs to.
        return QCoreApplication::translate("rnnlab::MatrixLabels", "%1: bias of %2").arg(title, rowDescription);
    //: A weight's tooltip: %1 the matrix's title, %2 the unit it comes from, %3 the unit it goes to.
    return QCoreApplication::translate("rnnlab::MatrixLabels", "%1: from %2 to %3")
        .arg(title, columnDescription, rowDescription);
}

QString editedCellNote(std::int64_t step, double before)
{
    //: %1 a training step, %2 the value before the edit.
    return QCoreApplication::translate("rnnlab::MatrixLabels", "set by hand at step %1 (was %2)")
        .arg(QString::number(step), formatExactValue(before));
}

QString rewoundNote(std::int64_t step)
{
    return QCoreApplication::translate("rnnlab::MatrixLabels",
                                       "Rewound to step %1: resume from here (on the timeline) to edit")
        .arg(QString::number(step));
}

QString editHint()
{
    return QCoreApplication::translate("rnnlab::MatrixLabels",
                                       "Click to type a new value, or drag up or down to change it (Shift: finer)");
}

QString effectiveLearningRateNote(double rate, OptimizerKind optimizer)
{
    const QString value = formatTickValue(rate);
    if (optimizer == OptimizerKind::Sgd)
        //: %1 is the learning rate.
        return QCoreApplication::translate(
                   "rnnlab::MatrixLabels",
                   "effective learning rate of this entry: %1 (SGD: lr, the same for every entry)")
            .arg(value);
    // Adam's update is Δw = −lr · m̂ / (√v̂ + ε) (Kingma & Ba 2015, Algorithm 1): per entry, a step
    // of lr / (√v̂ + ε) along the bias-corrected mean gradient m̂.
    //: %1 is the learning rate.
    return QCoreApplication::translate("rnnlab::MatrixLabels",
                                       "effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))")
        .arg(value);
}

QString noMemoryCaption(const QString &name)
{
    //: %1 is a matrix's name (W_hh).
    return QCoreApplication::translate("rnnlab::MatrixLabels", "%1 = 0 in the graph (what if there were no memory?)")
        .arg(name);
}

} // namespace rnnlab
