// SPDX-License-Identifier: MIT
#include "app/session/seriestext.h"
#include "app/session/problemtext.h"

#include <QByteArray>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace rnnlab {

namespace {

//! One line of numbers as typed: its 1-based line and its cells.
struct Row
{
    int line = 0;
    QStringList cells;
};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text.size() > 24 ? text.left(24) + QStringLiteral("…") : text);
}

//! The cells of one line: split at commas or semicolons if it has any (a CSV's way), else at tabs
//! and spaces. Cells are trimmed; a comma-separated line may have empty cells (named as such).
QStringList cellsOf(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList cells = line.contains(separators) ? line.split(separators) : line.split(spaces, Qt::SkipEmptyParts);
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

//! \a cell as a double, or std::nullopt if it is not a number at all ("abc", "1.2.3").
//! U+2212 (the minus sign rnnlab prints) reads as "-"; "nan" and "inf" are numbers, refused later.
std::optional<double> numberOf(QString cell)
{
    cell.replace(QChar(0x2212), u'-');
    if (cell.startsWith(u'+'))
        cell.remove(0, 1);
    const QByteArray bytes = cell.toLatin1();
    if (bytes.isEmpty() || cell.size() != bytes.size())
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (end != bytes.constData() + bytes.size())
        return std::nullopt;
    if (error == std::errc::result_out_of_range) // beyond double: certainly beyond float32
        return bytes.startsWith('-') ? -std::numeric_limits<double>::infinity()
                                     : std::numeric_limits<double>::infinity();
    if (error != std::errc())
        return std::nullopt;
    return value;
}

//! Why \a cell is not a value of a series, or empty if it is one (then in \a value, as a float32).
QString cellProblem(const QString &cell, double &value)
{
    if (cell.isEmpty())
        return QStringLiteral("is empty: every cell needs a number");
    const std::optional<double> number = numberOf(cell);
    if (!number)
        return QStringLiteral("%1 is not a number: write numbers such as 0.5, -2 or 1e-3, with a decimal point")
            .arg(quoted(cell));
    if (std::isnan(*number) || (std::isinf(*number) && cell.contains(QStringLiteral("inf"), Qt::CaseInsensitive)))
        return QStringLiteral("%1 is not a finite number: a series holds finite numbers only").arg(quoted(cell));
    const float f = static_cast<float>(*number);
    if (!std::isfinite(f))
        return QStringLiteral("%1 is too large for float32, which the network computes in: values must lie within "
                              "±3.4e38")
            .arg(quoted(cell));
    value = static_cast<double>(f);
    return {};
}

//! Where a cell is, for a message: "Line 3, column 2 (“temp”)", "Line 1, number 4".
QString placeOf(const Row &row, qsizetype column, bool transposed, const QStringList &names)
{
    if (transposed)
        return QStringLiteral("Line %1, number %2").arg(row.line).arg(column + 1);
    QString place = QStringLiteral("Line %1").arg(row.line);
    if (row.cells.size() > 1 || !names.isEmpty())
        place += QStringLiteral(", column %1").arg(column + 1);
    if (column < names.size() && !names.at(column).isEmpty())
        place += QStringLiteral(" (%1)").arg(quoted(names.at(column)));
    return place;
}

//! One block of rows as one series, appended to \a out; false (and a problem) if it is not one.
//! \a allowOneLine: a single line of several numbers is one feature (typed text, not a CSV).
bool readBlock(const std::vector<Row> &block, bool allowOneLine, const QStringList &names, ParsedSeries &out,
               const std::string &field)
{
    const auto refuse = [&](const QString &message) {
        out.problems.push_back({field, message.toStdString()});
        return false;
    };
    const bool transposed = allowOneLine && block.size() == 1 && block.front().cells.size() > 1;
    SeriesValues series;
    std::vector<int> lines;
    const Row &first = block.front();
    const qsizetype width = transposed ? 1 : first.cells.size();
    if (width > limits::maxFeatures)
        return refuse(QStringLiteral("Line %1 has %2 columns; the limit is %3 features (every feature is an input the "
                                     "graph draws at every time step)")
                          .arg(first.line)
                          .arg(width)
                          .arg(limits::maxFeatures));
    for (const Row &row : block) {
        if (!transposed && row.cells.size() != width)
            return refuse(QStringLiteral("Line %1 has %2 but line %3 has %4: every line of a series has one column "
                                         "per feature")
                              .arg(row.line)
                              .arg(row.cells.size() == 1 ? QStringLiteral("1 column")
                                                         : QStringLiteral("%1 columns").arg(row.cells.size()))
                              .arg(first.line)
                              .arg(width));
        std::vector<double> point;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            double value = 0.0;
            const QString problem = cellProblem(row.cells.at(c), value);
            if (!problem.isEmpty())
                return refuse(placeOf(row, c, transposed, names)
                              + (problem.startsWith(QStringLiteral("is ")) ? QStringLiteral(" ") : QStringLiteral(": "))
                              + problem);
            if (transposed) {
                series.push_back({value});
                lines.push_back(row.line);
            } else {
                point.push_back(value);
            }
        }
        if (!transposed) {
            series.push_back(std::move(point));
            lines.push_back(row.line);
        }
    }
    if (series.size() < 2)
        return refuse(QStringLiteral("Series %1 (line %2) has 1 point: a series needs at least 2 (an input and the "
                                     "value after it)")
                          .arg(out.series.size() + 1)
                          .arg(first.line));
    if (!out.series.empty() && out.series.front().front().size() != series.front().size())
        return refuse(QStringLiteral("Series %1 (from line %2) has %3 but series 1 has %4: every series needs the "
                                     "same features (columns)")
                          .arg(out.series.size() + 1)
                          .arg(first.line)
                          .arg(series.front().size() == 1 ? QStringLiteral("1 column")
                                                          : QStringLiteral("%1 columns").arg(series.front().size()))
                          .arg(out.series.front().front().size()));
    out.series.push_back(std::move(series));
    out.lines.push_back(std::move(lines));
    return true;
}

void checkTotal(ParsedSeries &out, const std::string &field)
{
    std::int64_t points = 0;
    for (const SeriesValues &series : out.series)
        points += static_cast<std::int64_t>(series.size());
    if (points > limits::maxTotalPoints)
        out.problems.push_back({field,
                                QStringLiteral("The series have %1 points in all; the limit is %2 (every point "
                                               "is a time step rnnlab traces and draws)")
                                    .arg(points)
                                    .arg(limits::maxTotalPoints)
                                    .toStdString()});
}

QString shortest(double value)
{
    char buffer[64];
    const float f = static_cast<float>(value);
    // A float32 value (what the panel and the generator make) in float's shortest form ("0.309017",
    // not "0.30901700258255005"); any other double in double's, so that it reads back the same.
    const auto [end, error] = static_cast<double>(f) == value ? std::to_chars(buffer, buffer + sizeof buffer, f)
                                                              : std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? QString::fromLatin1(buffer, end - buffer) : QString::number(value, 'g', 17);
}

} // namespace

ParsedSeries SeriesText::parse(const QString &text, const std::string &field)
{
    ParsedSeries out;
    std::vector<std::vector<Row>> blocks(1);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u'#'))
            continue;
        if (line.isEmpty()) {
            if (!blocks.back().empty())
                blocks.emplace_back();
            continue;
        }
        blocks.back().push_back({int(i + 1), cellsOf(line)});
    }
    for (const std::vector<Row> &block : blocks) {
        if (!block.empty() && !readBlock(block, true, {}, out, field))
            break; // one problem at a time: the later series are read again once it is fixed
    }
    if (out.ok())
        checkTotal(out, field);
    return out;
}

ParsedSeries SeriesText::parseCsv(const QByteArray &bytes, const std::string &field)
{
    ParsedSeries out;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<Row> rows;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        QStringList cells = line.split(separators);
        for (QString &cell : cells) {
            cell = cell.trimmed();
            if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
                cell = cell.mid(1, cell.size() - 2).trimmed(); // "1.5" as a spreadsheet quotes it
        }
        rows.push_back({int(i + 1), cells});
    }
    if (rows.empty()) {
        out.problems.push_back({field,
                                "The file has no rows: a CSV has one row per time point, one column per "
                                "feature (a header row is optional)"});
        return out;
    }
    // A first row with any cell that is not a number names the columns.
    QStringList names;
    bool header = false;
    for (const QString &cell : rows.front().cells)
        header = header || !numberOf(cell);
    if (header) {
        names = rows.front().cells;
        rows.erase(rows.begin());
        if (rows.empty()) {
            out.problems.push_back({field,
                                    QStringLiteral("The file has a header row (line 1) and no numbers below it: "
                                                   "give one row per time point")
                                        .toStdString()});
            return out;
        }
        // A column of text (dates, names) is named as a whole rather than at its first cell.
        for (qsizetype c = 0; c < names.size(); ++c) {
            bool text = true;
            for (const Row &row : rows)
                text = text && c < row.cells.size() && !row.cells.at(c).isEmpty() && !numberOf(row.cells.at(c));
            if (text) {
                out.problems.push_back(
                    {field,
                     QStringLiteral("Column %1 (%2) is not numeric (line %3 has %4): every column must be a "
                                    "feature of numbers; remove it from the file, or save only the number "
                                    "columns")
                         .arg(c + 1)
                         .arg(quoted(names.at(c)))
                         .arg(rows.front().line)
                         .arg(quoted(rows.front().cells.at(c)))
                         .toStdString()});
                return out;
            }
        }
    }
    readBlock(rows, false, names, out, field);
    if (out.ok())
        checkTotal(out, field);
    return out;
}

QString SeriesText::format(const std::vector<SeriesValues> &list)
{
    QString text;
    for (std::size_t k = 0; k < list.size(); ++k) {
        if (k > 0)
            text += u'\n';
        for (const std::vector<double> &point : list[k]) {
            for (std::size_t d = 0; d < point.size(); ++d) {
                if (d > 0)
                    text += QStringLiteral(", ");
                text += shortest(point[d]);
            }
            text += u'\n';
        }
    }
    return text;
}

QString SeriesText::inWords(const Problem &problem, const ParsedSeries *train, const ParsedSeries *test)
{
    QString text = ProblemText::text(problem);
    static const QRegularExpression field(QStringLiteral(
        "data\\.(generator\\.)?(test_)?series(?:\\[(\\d+)\\])?(?:\\[(\\d+)\\])?(?:\\[(\\d+)\\])?(\\.[a-z0-9_.]+)?"));
    static const std::pair<const char *, const char *> generatorNames[] = {
        {".period", "the period"},
        {".period2", "the second period"},
        {".amplitude", "the amplitude"},
        {".amplitude2", "the second amplitude"},
        {".phase", "the phase"},
        {".length", "the length"},
        {".noise", "the noise σ"},
        {".noise_seed", "the noise seed"},
        {".anomaly.at", "the anomaly's place (at)"},
        {".anomaly.length", "the anomaly's length"},
        {".anomaly.size", "the anomaly's size"},
    };
    QString result;
    qsizetype from = 0;
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const bool isTest = m.hasCaptured(2);
        QString words = isTest ? QStringLiteral("the test series") : QStringLiteral("the series");
        if (m.hasCaptured(1)) { // a generator's field
            words = isTest ? QStringLiteral("the test series' generator") : QStringLiteral("the generator");
            const QString name = m.captured(6);
            for (const auto &[key, said] : generatorNames) {
                if (name == QLatin1String(key))
                    words = QString::fromUtf8(said) + (isTest ? QStringLiteral(" of the test series") : QString());
            }
        } else if (m.hasCaptured(3)) {
            const int k = m.captured(3).toInt();
            const ParsedSeries *parsed = isTest ? test : train;
            words = (isTest ? QStringLiteral("test series %1") : QStringLiteral("series %1")).arg(k + 1);
            const bool known = parsed && k < int(parsed->lines.size());
            if (m.hasCaptured(4)) {
                const int t = m.captured(4).toInt();
                if (known && t < int(parsed->lines[std::size_t(k)].size()))
                    words += QStringLiteral(", line %1").arg(parsed->lines[std::size_t(k)][std::size_t(t)]);
                else
                    words += QStringLiteral(", point %1").arg(t + 1);
                if (m.hasCaptured(5))
                    words += QStringLiteral(", column %1").arg(m.captured(5).toInt() + 1);
            } else if (known && !parsed->lines[std::size_t(k)].empty()) {
                words += QStringLiteral(" (from line %1)").arg(parsed->lines[std::size_t(k)].front());
            }
        }
        result += words;
    }
    result += text.mid(from);
    if (!result.isEmpty())
        result[0] = result[0].toUpper();
    return result;
}

} // namespace rnnlab
