// SPDX-License-Identifier: MIT
// A forecast session's data to and from JSON (issue 15):
//   "data": {"series": [[0.0, 0.48, 0.84, …], [[0.1, 1.0], [0.2, 0.98], …]],  one feature: numbers;
//                                                                            D features: rows of D
//            "test_series": [[…]],                                           optional
//            "generator": {"series": [SPEC, …], "test_series": [SPEC, …]}}    optional, informative
//   SPEC: {"wave": "sine"|"square"|"sawtooth"|"triangle"|"two_sines", "period": 20, "amplitude": 1,
//          "phase": 0, "length": 100, "period2": 7, "amplitude2": 0.5, "noise": 0, "noise_seed": 0,
//          "anomaly": {"kind": "spike"|"level_shift"|"flat", "at": 60, "length": 1, "size": 3}}
// Values are read as doubles (the engine rounds them to float32). Checks the JSON's shape here
// (a value that is not a number, a row among numbers); what the numbers may be is the task's
// (ForecastTask::validate). Not the rest of a session (SessionReader, SessionWriter). QtCore only.
#pragma once

#include "engine/types.h"

#include <string>
#include <vector>

class QJsonObject;
class QJsonValue;

namespace rnnlab {

class JsonWriter;

class SeriesJson
{
public:
    //! Reads data.series, data.test_series and data.generator of \a data into \a config; problems
    //! name the field ("data.series[0][3]").
    static void read(const QJsonObject &data, DataConfig &config, std::vector<Problem> &problems);
    //! Writes the same keys (inside the open "data" object).
    static void write(JsonWriter &writer, const DataConfig &config);
    //! One SPEC object, for the CLI's generator options as well.
    static void writeSpec(JsonWriter &writer, const SignalSpec &spec);
};

} // namespace rnnlab
