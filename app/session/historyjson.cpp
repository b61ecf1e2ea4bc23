// SPDX-License-Identifier: MIT
#include "app/session/historyjson.h"

#include "app/session/jsonwriter.h"
#include "engine/unicode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rnnlab {

namespace {

std::optional<std::u32string> codePoints(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return fromUtf8(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace

SavedHistory HistoryJson::read(const QJsonValue &value, std::vector<Problem> &problems)
{
    SavedHistory history;
    if (!value.isObject()) {
        problems.push_back({"history", "must be an object with \"steps\", \"loss\", \"accuracy\" and \"predictions\""});
        return history;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"steps" && it.key() != u"loss" && it.key() != u"accuracy" && it.key() != u"predictions")
            problems.push_back({"history." + it.key().toStdString(),
                                "is not a field of \"history\" (check the "
                                "spelling); allowed: steps, loss, accuracy, predictions"});
    }
    const auto list = [&](const char *key) -> std::optional<QJsonArray> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray()) {
            problems.push_back({std::string("history.") + key, v.isUndefined() ? "is missing" : "must be a list"});
            return std::nullopt;
        }
        return v.toArray();
    };
    const auto steps = list("steps");
    const auto losses = list("loss");
    const auto accuracies = list("accuracy");
    if (!steps || !losses || !accuracies)
        return history;
    if (losses->size() != steps->size() || accuracies->size() != steps->size()) {
        problems.push_back({"history",
                            "has " + std::to_string(steps->size()) + " steps but " + std::to_string(losses->size())
                                + " losses and " + std::to_string(accuracies->size())
                                + " accuracies: one of each per step"});
        return history;
    }
    history.entries.reserve(static_cast<std::size_t>(steps->size()));
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const std::string index = "[" + std::to_string(i) + "]";
        const QJsonValue step = steps->at(i);
        const double s = step.toDouble(-1);
        if (!step.isDouble() || std::floor(s) != s || s < 1 || s > static_cast<double>(limits::maxSteps)) {
            problems.push_back(
                {"history.steps" + index, "must be a step number from 1 to " + std::to_string(limits::maxSteps)});
            return history;
        }
        if (!losses->at(i).isDouble() || !accuracies->at(i).isDouble()) {
            problems.push_back({std::string(losses->at(i).isDouble() ? "history.accuracy" : "history.loss") + index,
                                "must be a number"});
            return history;
        }
        if (!history.entries.empty() && static_cast<std::int64_t>(s) <= history.entries.back().step) {
            problems.push_back({"history.steps" + index,
                                JsonWriter::formatNumber(s) + " does not come after "
                                    + std::to_string(history.entries.back().step)
                                    + ": the steps of a history increase, from 1"});
            return history;
        }
        history.entries.push_back({static_cast<std::int64_t>(s), static_cast<float>(losses->at(i).toDouble()),
                                   static_cast<float>(accuracies->at(i).toDouble())});
    }
    const QJsonValue predictions = o.value(QLatin1String("predictions"));
    if (predictions.isUndefined() || predictions.isNull())
        return history;
    if (!predictions.isArray()) {
        problems.push_back({"history.predictions", "must be a list of {\"from_step\": N, \"texts\": [...]}"});
        return history;
    }
    const QJsonArray changes = predictions.toArray();
    std::size_t entry = 0;
    for (qsizetype p = 0; p < changes.size(); ++p) {
        const std::string field = "history.predictions[" + std::to_string(p) + "]";
        const QJsonObject change = changes.at(p).toObject();
        const QJsonValue from = change.value(QLatin1String("from_step"));
        const QJsonValue texts = change.value(QLatin1String("texts"));
        if (!changes.at(p).isObject() || change.size() != 2 || !from.isDouble() || !texts.isArray()) {
            problems.push_back(
                {field, "must be {\"from_step\": a step of the history, \"texts\": [one string per text]}"});
            return history;
        }
        // The index of the entry with that step (the changes come in step order).
        while (entry < history.entries.size() && static_cast<double>(history.entries[entry].step) < from.toDouble())
            ++entry;
        if (entry == history.entries.size() || static_cast<double>(history.entries[entry].step) != from.toDouble()) {
            problems.push_back({field + ".from_step",
                                JsonWriter::formatNumber(from.toDouble())
                                    + " is not one of the history's steps (after the previous change)"});
            return history;
        }
        SavedHistory::Predictions record;
        record.from = entry;
        for (const QJsonValue &text : texts.toArray()) {
            const auto decoded = text.isString() ? codePoints(text.toString()) : std::nullopt;
            if (!decoded) {
                problems.push_back({field + ".texts", "must be a list of strings (valid Unicode)"});
                return history;
            }
            record.texts.push_back(*decoded);
        }
        history.predictions.push_back(std::move(record));
        ++entry; // the next change comes strictly later
    }
    return history;
}

void HistoryJson::write(JsonWriter &w, const SavedHistory &history)
{
    w.beginObject();
    w.key("steps");
    w.beginArray();
    for (const auto &entry : history.entries)
        w.value(entry.step);
    w.endArray();
    w.key("loss");
    w.beginArray();
    for (const auto &entry : history.entries)
        w.value(entry.loss);
    w.endArray();
    w.key("accuracy");
    w.beginArray();
    for (const auto &entry : history.entries)
        w.value(entry.accuracy);
    w.endArray();
    w.key("predictions");
    w.beginArray();
    for (const auto &change : history.predictions) {
        w.beginObject();
        w.key("from_step");
        w.value(history.entries[change.from].step);
        w.key("texts");
        w.beginArray();
        for (const auto &text : change.texts)
            w.value(toUtf8(text));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace rnnlab
