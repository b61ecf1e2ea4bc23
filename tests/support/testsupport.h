// SPDX-License-Identifier: MIT
// Shared by the tests: reading golden JSON (PyTorch's numbers) into engine types, and comparing
// with the tolerances of tests/data/parity/PRECISION.md; finding a problem in a list of them.
#pragma once

#include "engine/parameterset.h"
#include "engine/session.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace rnnlab::test {

//! tests/data/\a relative (a file or folder), or an empty string with a warning when it does not exist.
QString dataFile(const QString &relative);
//! \a relative to the repository's root (e.g. "resources/examples/sentiment.json"), or an empty
//! string with a warning when it does not exist.
QString sourceFile(const QString &relative);

//! A JSON file as an object; fails the current test (QFAIL-style, via QTest) when unreadable.
QJsonObject readJsonObject(const QString &path);

//! Parses a session file, failing the test with its problems when it is not valid.
Session readSession(const QString &path);

//! The problems for a failure message: Problem::toString() of each, joined by '|'.
QString problemsText(const std::vector<Problem> &problems);
//! Whether one of \a problems is about exactly \a field (empty: the whole file) and its message
//! contains \a message.
bool hasProblem(const std::vector<Problem> &problems, const QString &field, const QString &message);

//! Nested JSON arrays of numbers, flattened in row-major order.
std::vector<double> flatten(const QJsonValue &value);

//! A golden's {"name": nested values} as a ParameterSet of \a layout (names must match).
ParameterSet<float> tensorsFromJson(const QJsonObject &object, const std::shared_ptr<const ParameterLayout> &layout);

struct Mismatch
{
    double worst = 0.0; // largest |a − b|
    std::string where; // e.g. "rnn.weight_hh_l0[2][1]"
    bool ok(double tolerance) const { return worst <= tolerance; }
};

//! Largest |a − b| between two parameter sets of one layout, with where it is.
Mismatch compare(const ParameterSet<float> &actual, const ParameterSet<float> &expected);
//! Counts elements whose float32 bits differ.
int bitDifferences(const ParameterSet<float> &actual, const ParameterSet<float> &expected,
                   std::string *first = nullptr);

} // namespace rnnlab::test
