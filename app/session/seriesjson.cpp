// SPDX-License-Identifier: MIT
#include "app/session/seriesjson.h"

#include "app/session/exactjson.h"
#include "app/session/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rnnlab {

namespace {

std::string index(qsizetype i)
{
    return "[" + std::to_string(i) + "]";
}

//! One list of series ("series" or "test_series").
std::vector<SeriesValues> readList(const QJsonValue &value, const std::string &field, std::vector<Problem> &problems)
{
    std::vector<SeriesValues> list;
    if (!value.isArray()) {
        problems.push_back({field,
                            "must be a list of series, each a list of numbers (one feature) or of rows of numbers "
                            "(several features), e.g. [[0.0, 0.5, 0.87]]"});
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype k = 0; k < array.size(); ++k) {
        const std::string name = field + index(k);
        if (!array.at(k).isArray()) {
            problems.push_back({name, "must be a list of numbers (one feature) or of rows of numbers (several)"});
            continue;
        }
        const QJsonArray points = array.at(k).toArray();
        SeriesValues series;
        const bool rows = !points.isEmpty() && points.at(0).isArray();
        bool ok = true;
        for (qsizetype t = 0; t < points.size() && ok; ++t) {
            const QJsonValue point = points.at(t);
            if (rows != point.isArray()) {
                problems.push_back({name + index(t),
                                    rows ? std::string("must be a row of numbers like ") + name
                                            + "[0] (every point of a series has the same features)"
                                         : "must be a number like " + name
                                            + "[0] (one feature; give every point as a row for several)"});
                ok = false;
                break;
            }
            std::vector<double> row;
            const QJsonArray values = rows ? point.toArray() : QJsonArray{point};
            for (qsizetype d = 0; d < values.size(); ++d) {
                if (!values.at(d).isDouble()) {
                    problems.push_back({name + index(t) + (rows ? index(d) : ""),
                                        "must be a number: a series holds finite numbers only (not text, null, NaN "
                                        "or Infinity)"});
                    ok = false;
                    break;
                }
                row.push_back(ExactJson::number(values.at(d)));
            }
            series.push_back(std::move(row));
        }
        if (ok)
            list.push_back(std::move(series));
    }
    return list;
}

std::optional<double> numberOf(const QJsonObject &o, const char *key, const std::string &field,
                               std::vector<Problem> &problems)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        problems.push_back({field + "." + key, "must be a number"});
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<std::int64_t> wholeOf(const QJsonObject &o, const char *key, const std::string &field,
                                    std::vector<Problem> &problems)
{
    const std::optional<double> value = numberOf(o, key, field, problems);
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value || std::abs(*value) > 9.0e15) {
        problems.push_back({field + "." + key, std::to_string(*value) + " is not a whole number"});
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*value);
}

void checkKeys(const QJsonObject &o, const std::string &field, std::initializer_list<const char *> allowed,
               std::vector<Problem> &problems)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        std::string names;
        for (const char *name : allowed) {
            known = known || it.key() == QLatin1String(name);
            names += (names.empty() ? "" : ", ") + std::string(name);
        }
        if (!known)
            problems.push_back({field + "." + it.key().toStdString(),
                                "is not a field of \"" + field + "\" (check the spelling); allowed: " + names});
    }
}

std::optional<SignalSpec> readSpec(const QJsonValue &value, const std::string &field, std::vector<Problem> &problems)
{
    if (!value.isObject()) {
        problems.push_back({field, "must be an object ({\"wave\": \"sine\", \"period\": 20, …})"});
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    checkKeys(
        o, field,
        {"wave", "period", "amplitude", "phase", "length", "period2", "amplitude2", "noise", "noise_seed", "anomaly"},
        problems);
    SignalSpec spec;
    const QJsonValue wave = o.value(QLatin1String("wave"));
    const auto kind = wave.isString() ? waveKindFromString(wave.toString().toStdString()) : std::nullopt;
    if (!kind)
        problems.push_back(
            {field + ".wave", "must be \"sine\", \"square\", \"sawtooth\", \"triangle\" or \"two_sines\""});
    else
        spec.wave = *kind;
    if (!o.contains(QLatin1String("period")) || !o.contains(QLatin1String("length")))
        problems.push_back({field, "needs \"period\" (time steps) and \"length\" (points)"});
    for (const auto &[key, target] : {std::pair{"period", &spec.period},
                                      {"amplitude", &spec.amplitude},
                                      {"phase", &spec.phase},
                                      {"period2", &spec.period2},
                                      {"amplitude2", &spec.amplitude2},
                                      {"noise", &spec.noise}}) {
        if (auto v = numberOf(o, key, field, problems))
            *target = *v;
    }
    if (auto v = wholeOf(o, "length", field, problems))
        spec.length = *v;
    if (auto v = wholeOf(o, "noise_seed", field, problems))
        spec.noiseSeed = *v;
    const QJsonValue anomaly = o.value(QLatin1String("anomaly"));
    if (!anomaly.isUndefined() && !anomaly.isNull()) {
        const std::string name = field + ".anomaly";
        if (!anomaly.isObject()) {
            problems.push_back({name, "must be an object ({\"kind\": \"spike\", \"at\": 60, \"size\": 3})"});
        } else {
            const QJsonObject a = anomaly.toObject();
            checkKeys(a, name, {"kind", "at", "length", "size"}, problems);
            AnomalySpec spec2;
            const QJsonValue k = a.value(QLatin1String("kind"));
            const auto anomalyKind = k.isString() ? anomalyKindFromString(k.toString().toStdString()) : std::nullopt;
            if (!anomalyKind)
                problems.push_back({name + ".kind", "must be \"spike\", \"level_shift\" or \"flat\""});
            else
                spec2.kind = *anomalyKind;
            if (auto v = wholeOf(a, "at", name, problems))
                spec2.at = *v;
            if (auto v = wholeOf(a, "length", name, problems))
                spec2.length = *v;
            if (auto v = numberOf(a, "size", name, problems))
                spec2.size = *v;
            spec.anomaly = spec2;
        }
    }
    return spec;
}

std::vector<SignalSpec> readSpecs(const QJsonValue &value, const std::string &field, std::vector<Problem> &problems)
{
    std::vector<SignalSpec> specs;
    if (value.isUndefined() || value.isNull())
        return specs;
    if (!value.isArray()) {
        problems.push_back({field, "must be a list of generators, one per series"});
        return specs;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto spec = readSpec(array.at(i), field + index(i), problems))
            specs.push_back(*spec);
    }
    return specs;
}

void writeList(JsonWriter &w, const std::vector<SeriesValues> &list)
{
    w.beginArray();
    for (const SeriesValues &series : list) {
        w.beginArray();
        for (const std::vector<double> &point : series) {
            if (point.size() == 1)
                w.value(point.front());
            else
                w.numberArray(point);
        }
        w.endArray();
    }
    w.endArray();
}

} // namespace

void SeriesJson::read(const QJsonObject &data, DataConfig &config, std::vector<Problem> &problems)
{
    const QJsonValue series = data.value(QLatin1String("series"));
    if (!series.isUndefined() && !series.isNull())
        config.series = readList(series, "data.series", problems);
    const QJsonValue test = data.value(QLatin1String("test_series"));
    if (!test.isUndefined() && !test.isNull())
        config.testSeries = readList(test, "data.test_series", problems);
    const QJsonValue generator = data.value(QLatin1String("generator"));
    if (generator.isUndefined() || generator.isNull())
        return;
    if (!generator.isObject()) {
        problems.push_back(
            {"data.generator", "must be an object: {\"series\": [one generator per series], \"test_series\": […]}"});
        return;
    }
    const QJsonObject o = generator.toObject();
    checkKeys(o, "data.generator", {"series", "test_series"}, problems);
    config.seriesGenerators = readSpecs(o.value(QLatin1String("series")), "data.generator.series", problems);
    config.testSeriesGenerators =
        readSpecs(o.value(QLatin1String("test_series")), "data.generator.test_series", problems);
}

void SeriesJson::writeSpec(JsonWriter &w, const SignalSpec &spec)
{
    w.beginObject();
    w.key("wave");
    w.value(toString(spec.wave));
    w.key("period");
    w.value(spec.period);
    w.key("amplitude");
    w.value(spec.amplitude);
    w.key("phase");
    w.value(spec.phase);
    w.key("length");
    w.value(spec.length);
    w.key("period2"); // written for every wave, so that a spec reads back as it was
    w.value(spec.period2);
    w.key("amplitude2");
    w.value(spec.amplitude2);
    w.key("noise");
    w.value(spec.noise);
    w.key("noise_seed");
    w.value(spec.noiseSeed);
    if (spec.anomaly) {
        w.key("anomaly");
        w.beginObject();
        w.key("kind");
        w.value(toString(spec.anomaly->kind));
        w.key("at");
        w.value(spec.anomaly->at);
        w.key("length");
        w.value(spec.anomaly->length);
        w.key("size");
        w.value(spec.anomaly->size);
        w.endObject();
    }
    w.endObject();
}

void SeriesJson::write(JsonWriter &w, const DataConfig &config)
{
    w.key("series");
    writeList(w, config.series);
    if (!config.testSeries.empty()) {
        w.key("test_series");
        writeList(w, config.testSeries);
    }
    if (config.seriesGenerators.empty() && config.testSeriesGenerators.empty())
        return;
    w.key("generator");
    w.beginObject();
    for (const auto &[key, specs] :
         {std::pair{"series", &config.seriesGenerators}, {"test_series", &config.testSeriesGenerators}}) {
        if (specs->empty())
            continue;
        w.key(key);
        w.beginArray();
        for (const SignalSpec &spec : *specs)
            writeSpec(w, spec);
        w.endArray();
    }
    w.endObject();
}

} // namespace rnnlab
