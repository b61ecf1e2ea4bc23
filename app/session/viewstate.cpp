// SPDX-License-Identifier: MIT
#include "app/session/viewstate.h"

#include "app/session/jsonwriter.h"

#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace rnnlab {

const QStringList &ViewState::tabNames()
{
    static const QStringList names = {
        QStringLiteral("step"),   QStringLiteral("loss"),    QStringLiteral("predictions"), QStringLiteral("generate"),
        QStringLiteral("memory"), QStringLiteral("pytorch"), QStringLiteral("signal")};
    return names;
}

const QStringList &ViewState::matrixModeNames()
{
    static const QStringList names = {QStringLiteral("weights"), QStringLiteral("gradients"),
                                      QStringLiteral("last_change")};
    return names;
}

namespace {

std::string quotedList(const QStringList &names)
{
    std::string text;
    for (const QString &name : names)
        text += (text.empty() ? "\"" : ", \"") + name.toStdString() + "\"";
    return text;
}

struct Reader
{
    const QJsonObject &object;
    std::vector<Problem> &problems;

    void add(const char *key, const std::string &message) { problems.push_back({std::string("view.") + key, message}); }

    void flag(const char *key, bool &target)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (v.isBool())
            target = v.toBool();
        else
            add(key, "must be true or false");
    }
    std::optional<int> whole(const QJsonValue &v, const char *key, int maximum)
    {
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble() || v.toDouble() < 0 || v.toDouble() > maximum) {
            add(key, "must be a whole number from 0 to " + std::to_string(maximum));
            return std::nullopt;
        }
        return static_cast<int>(v.toDouble());
    }
    void choice(const char *key, const QStringList &names, QString &target)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (v.isString() && names.contains(v.toString()))
            target = v.toString();
        else
            add(key,
                (v.isString() ? "\"" + v.toString().left(40).toStdString() + "\" is not one of " : "must be one of ")
                    + quotedList(names));
    }
};

} // namespace

ViewState ViewState::read(const QJsonValue &value, std::vector<Problem> &problems)
{
    ViewState view;
    if (!value.isObject()) {
        problems.push_back({"view", "must be an object (how the window showed the session)"});
        return view;
    }
    const QJsonObject o = value.toObject();
    static const QStringList keys = {QStringLiteral("folded"),   QStringLiteral("text_index"),
                                     QStringLiteral("tab"),      QStringLiteral("walk_order"),
                                     QStringLiteral("matrices"), QStringLiteral("what_if_no_memory"),
                                     QStringLiteral("speed"),    QStringLiteral("cursor")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            problems.push_back({"view." + it.key().toStdString(),
                                "is not a field of \"view\" (check the spelling); allowed: " + quotedList(keys)});
    }
    Reader r{o, problems};
    r.flag("folded", view.folded);
    r.flag("what_if_no_memory", view.whatIfNoMemory);
    if (o.contains(QLatin1String("text_index"))) {
        if (auto v = r.whole(o.value(QLatin1String("text_index")), "text_index", 1'000'000))
            view.textIndex = *v;
    }
    r.choice("tab", tabNames(), view.tab);
    r.choice("matrices", matrixModeNames(), view.matrices);
    QString order;
    r.choice("walk_order", {QStringLiteral("time"), QStringLiteral("layer")}, order);
    view.layerMajor = order == u"layer";
    const QJsonValue speed = o.value(QLatin1String("speed"));
    if (!speed.isUndefined()) {
        if (speed.isDouble() && std::isfinite(speed.toDouble()) && speed.toDouble() >= 0 && speed.toDouble() <= 1e9)
            view.speed = speed.toDouble();
        else
            r.add("speed", "must be a number of steps per second ≥ 0 (0: as fast as possible)");
    }
    const QJsonValue cursor = o.value(QLatin1String("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull()) {
        const QJsonObject c = cursor.toObject();
        const QJsonValue phase = c.value(QLatin1String("phase"));
        const auto t = r.whole(c.value(QLatin1String("t")), "cursor.t", 1'000'000);
        const auto layer = r.whole(c.value(QLatin1String("layer")), "cursor.layer", 7);
        if (!cursor.isObject() || !phase.isString() || c.size() != 3)
            r.add("cursor", "must be {\"t\": time step, \"layer\": layer (0-based), \"phase\": name}, or null");
        else if (t && layer)
            view.cursor = Cursor{*t, *layer, phase.toString()};
    }
    return view;
}

void ViewState::write(JsonWriter &w) const
{
    w.beginObject();
    w.key("folded");
    w.value(folded);
    w.key("text_index");
    w.value(textIndex);
    if (!tab.isEmpty()) {
        w.key("tab");
        w.value(tab.toStdString());
    }
    w.key("walk_order");
    w.value(layerMajor ? "layer" : "time");
    if (!matrices.isEmpty()) {
        w.key("matrices");
        w.value(matrices.toStdString());
    }
    w.key("what_if_no_memory");
    w.value(whatIfNoMemory);
    w.key("speed");
    w.value(speed);
    if (cursor) {
        w.key("cursor");
        w.beginObject();
        w.key("t");
        w.value(cursor->t);
        w.key("layer");
        w.value(cursor->layer);
        w.key("phase");
        w.value(cursor->phase.toStdString());
        w.endObject();
    }
    w.endObject();
}

} // namespace rnnlab
