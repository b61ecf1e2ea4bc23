// SPDX-License-Identifier: MIT
// Compare mode's summary table as text: one row per model — its parameter count, the step it is
// at, the loss of that step, the first step at which every prediction was right, the time a step
// takes and the steps per second. The one place that decides the columns and how each number is
// written, so that `rnnlab-cli compare` prints the very cells the window's table shows. Plain C++
// (no Qt): the CLI, the window's table model and ThreadSanitizer builds all use it. Not where the
// numbers come from (RunSummary, the worker's timing) and not a widget.
#pragma once

#include "engine/runsummary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rnnlab {

struct CompareRow
{
    std::string model; // "A: 1 layer" (see CompareTable::modelName)
    std::int64_t parameters = 0; // trainable numbers: ParameterLayout::totalSize()
    RunSummary summary; // step, loss, first all-right step
    std::optional<double> secondsPerStep; // time spent training / steps trained (none yet: nullopt)
    std::optional<double> stepsPerSecond; // how fast the run advances (in lock step: the slowest's pace)
};

class CompareTable
{
public:
    enum Column { Model, Parameters, Step, Loss, FirstAllCorrect, TimePerStep, StepsPerSecond, ColumnCount };

    //! The column's title ("loss", "all right at step", …).
    static std::string header(int column);
    //! One sentence on what the column means (the window's tooltip, the CLI's --help).
    static std::string explanation(int column);
    //! The text of \a row's cell in \a column; "-" when there is no number yet.
    static std::string cell(const CompareRow &row, int column);
    //! "A: 1 layer" — the model's letter and what sets it apart (distinguishingLabels), or just "A".
    static std::string modelName(int index, const std::string &label);

    //! The whole table as aligned plain text, a header line and one line per row (UTF-8, columns
    //! separated by at least two spaces; numbers right-aligned), as rnnlab-cli compare prints it.
    static std::string text(const std::vector<CompareRow> &rows);

    //! Number formats, exposed for tests: a loss as rnnlab-cli train prints it ("%.9g"); a time
    //! with its unit ("2.31 µs", "0.412 ms", "1.25 s"); a rate ("823", "12.5").
    static std::string lossText(float loss);
    static std::string durationText(double seconds);
    static std::string rateText(double perSecond);
};

} // namespace rnnlab
