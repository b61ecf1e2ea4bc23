// SPDX-License-Identifier: MIT
// Time series as a person types, pastes or exports them (issue 15): the text of the model panel's
// numbers box and the bytes of a CSV file, read into a forecast session's series. Not the session
// file's JSON (SeriesJson) nor what a valid series is for the engine (ForecastTask::validate): the
// refusals here are the ones only the text can name — a line, a column, a cell.
//
// Typed text:  one line is one time point; its numbers (separated by commas, semicolons, tabs or
//              spaces) are its features, so several columns make several features. A block of one
//              line of several numbers is one feature instead ("0, 0.5, 0.87, 1"). An empty line
//              starts the next series; a line starting with # is a comment.
// CSV:         one row per time point, one column per feature, comma- or semicolon-separated; a
//              first row with any cell that is not a number is a header (its names are used in
//              messages); one file is one series; empty lines are skipped.
// Every value must be a finite number that float32 can hold (|x| ≤ 3.4e38); it is rounded to
// float32, as the network reads it (torch.tensor(…, dtype=torch.float32)). Lines count from 1.
// QtCore only.
#pragma once

#include "engine/session.h"

#include <QString>
#include <QStringList>

#include <vector>

class QByteArray;

namespace rnnlab {

//! What a text or CSV file held: its series (each value already a float32), where each point came
//! from, and the problems (field: the \a field given to the parser; message: a whole sentence
//! naming the line and column).
struct ParsedSeries
{
    std::vector<SeriesValues> series;
    std::vector<std::vector<int>> lines; // [k][t]: the 1-based line of point t of series k
    std::vector<Problem> problems;

    bool ok() const { return problems.empty(); }
};

class SeriesText
{
public:
    //! Reads typed or pasted \a text (see the top of this file). An empty text has no series and
    //! no problems. Problems carry \a field.
    static ParsedSeries parse(const QString &text, const std::string &field);
    //! Reads a CSV file's \a bytes (UTF-8, an optional byte-order mark) as one series.
    static ParsedSeries parseCsv(const QByteArray &bytes, const std::string &field);
    //! \a series as parse() reads them back: one point a line, its features comma-separated, a
    //! blank line between series; every number in its shortest form that reads back the same.
    static QString format(const std::vector<SeriesValues> &series);
    //! \a problem (the engine's, naming session fields such as "data.series[1][4]" or
    //! "data.generator.series[0].period") in the words of the panel: "series 2, line 9", "period".
    //! \a train and \a test give the lines of the typed series (null: not typed).
    static QString inWords(const Problem &problem, const ParsedSeries *train, const ParsedSeries *test);
};

} // namespace rnnlab
