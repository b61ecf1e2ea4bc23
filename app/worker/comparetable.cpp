// SPDX-License-Identifier: MIT
#include "app/worker/comparetable.h"

#include "engine/comparison.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rnnlab {

namespace {

const char *const missing = "-";

std::string format(const char *pattern, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

//! Width on a terminal: code points (the table prints no wide or combining characters).
std::size_t displayWidth(const std::string &utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

std::string CompareTable::header(int column)
{
    switch (column) {
    case Model: return "model";
    case Parameters: return "parameters";
    case Step: return "step";
    case Loss: return "loss";
    case FirstAllCorrect: return "all right at step";
    case TimePerStep: return "time per step";
    case StepsPerSecond: return "steps/s";
    }
    return {};
}

std::string CompareTable::explanation(int column)
{
    switch (column) {
    case Model: return "The model's letter and what sets it apart from the others";
    case Parameters: return "How many numbers training adjusts: every weight and bias";
    case Step: return "Training steps taken";
    case Loss: return "The loss of that step's forward pass (before its update), as rnnlab-cli train prints it";
    case FirstAllCorrect: return "The first step at which every predicted character was right (- : not yet)";
    case TimePerStep:
        return "Time one training step takes: forward, backward through time, update (in the window also recording it "
               "for the plots and the history), waiting not counted";
    case StepsPerSecond: return "How fast the run advances; in lock step every model goes at the slowest one's pace";
    }
    return {};
}

std::string CompareTable::modelName(int index, const std::string &label)
{
    return label.empty() ? modelLetter(index) : modelLetter(index) + ": " + label;
}

std::string CompareTable::lossText(float loss)
{
    return format("%.9g", static_cast<double>(loss));
}

std::string CompareTable::durationText(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return missing;
    if (seconds < 1e-3)
        return format("%.3g µs", seconds * 1e6);
    if (seconds < 1.0)
        return format("%.3g ms", seconds * 1e3);
    return format("%.3g s", seconds);
}

std::string CompareTable::rateText(double perSecond)
{
    if (!std::isfinite(perSecond) || perSecond < 0)
        return missing;
    return format(perSecond >= 100 ? "%.0f" : "%.1f", perSecond);
}

std::string CompareTable::cell(const CompareRow &row, int column)
{
    switch (column) {
    case Model: return row.model;
    case Parameters: return std::to_string(row.parameters);
    case Step: return std::to_string(row.summary.step());
    case Loss: return row.summary.loss() ? lossText(*row.summary.loss()) : missing;
    case FirstAllCorrect:
        return row.summary.firstAllCorrectStep() ? std::to_string(*row.summary.firstAllCorrectStep()) : missing;
    case TimePerStep: return row.secondsPerStep ? durationText(*row.secondsPerStep) : missing;
    case StepsPerSecond: return row.stepsPerSecond ? rateText(*row.stepsPerSecond) : missing;
    }
    return {};
}

std::string CompareTable::text(const std::vector<CompareRow> &rows)
{
    std::vector<std::vector<std::string>> cells(rows.size() + 1);
    std::vector<std::size_t> widths(ColumnCount, 0);
    for (int c = 0; c < ColumnCount; ++c) {
        cells[0].push_back(header(c));
        for (std::size_t r = 0; r < rows.size(); ++r)
            cells[r + 1].push_back(cell(rows[r], c));
        for (const auto &line : cells)
            widths[static_cast<std::size_t>(c)] =
                std::max(widths[static_cast<std::size_t>(c)], displayWidth(line.back()));
    }
    std::string out;
    for (const auto &line : cells) {
        std::string text;
        for (int c = 0; c < ColumnCount; ++c) {
            const std::string &value = line[static_cast<std::size_t>(c)];
            const std::string pad(widths[static_cast<std::size_t>(c)] - displayWidth(value), ' ');
            if (c > 0)
                text += "  ";
            // The model names left-aligned, the numbers right-aligned (digits under digits).
            text += c == Model ? value + pad : pad + value;
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out += text + '\n';
    }
    return out;
}

} // namespace rnnlab
